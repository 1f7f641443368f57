"""Another edition must not show Japanese paragraphs: a stale catalog or a rejected translation.

Sphinx falls back to the Japanese source, without a warning, when a paragraph
has no translation in the catalog (the page changed and ``nox -s update-po`` was
not run) or when it rejects the msgstr (it is no longer one paragraph: a list
marker, a heading marker or a blank line was added; ``python -m lint`` reports
that as TRN012). In an edition other than Japanese, every paragraph, title, list
item, table cell and caption is checked after the page is resolved: Japanese
text there is an error naming the page and line, with the fix. Not checked:
inline and block code, raw HTML, the reference list and citations (a source's
Japanese title is quoted as published), and text in Japanese quotation marks
(「…」, 『…』) or in the names the lint allows ([tool.pvt-lint.rules.japanese-left-in-translation]
``allow``). When the build starts, every translated entry of the edition's page catalogs must parse as
its source does (``check_catalog_blocks``): a msgstr that gained a second block loses English text with
no Japanese left to see.
"""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

JAPANESE_RE = re.compile(r"[\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
JAPANESE_RUN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")  # each run of Japanese in a text
QUOTED_RE = re.compile(r"「[^」]*」|『[^』]*』")
SKIPPED = (
    nodes.literal,
    nodes.literal_block,
    nodes.raw,
    nodes.citation,
    nodes.footnote,
    nodes.comment,
    nodes.system_message,
)
BLOCKS = (nodes.paragraph, nodes.title, nodes.term, nodes.caption, nodes.rubric, nodes.line)


def _skipped(node: nodes.Node) -> bool:
    parent = node
    while parent is not None:
        if isinstance(parent, SKIPPED) or "bibliography" in (getattr(parent, "get", lambda *_: [])("classes") or []):
            return True
        if isinstance(parent, nodes.Element) and parent.get("lang", parent.get("xml:lang", "")).startswith("ja"):
            return True
        parent = parent.parent
    return False


def _allowed(app: Sphinx) -> list[str]:
    try:
        from lint.config import find_root, load_config

        rules = load_config(None, root=find_root(app.confdir)).rules
        allow = (rules.get("japanese-left-in-translation") or rules.get("TRN009") or {}).get("allow", [])
    except Exception:  # noqa: BLE001 - the check works without the lint's settings
        allow = []
    return [a for a in allow if isinstance(a, str) and a]


def check_doctree(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if (app.config.language or "ja").startswith("ja") or not app.config.pvt_untranslated_check:
        return
    allowed = _allowed(app)
    # (thirty-fifth session, from a second check of issue 12) an image's alt text is what a screen reader says: Japanese
    # left there is as wrong as in a paragraph
    for image in doctree.findall(nodes.image):
        alt = _unquoted(image.get("alt", ""), allowed)
        if JAPANESE_RE.search(alt) and not _skipped(image):
            logger.error(
                "Japanese text in the %s edition, in an image's alt text: %r. %s",
                app.config.language,
                alt[:60],
                _why_alt(app, docname, image.get("alt", "")),
                location=image,
                type="pvt_site",
                subtype="untranslated",
            )
    # (thirty-seventh session, from an audit of issue 12) a toctree's caption, which the page and every page's navigation
    # show: an attribute of the toctree node, no text node of the doctree
    from sphinx import addnodes

    for toctree in doctree.findall(addnodes.toctree):
        caption = _unquoted(toctree.get("caption") or "", allowed)
        if JAPANESE_RE.search(caption):
            po, _entries = _catalog(app, docname)
            logger.error(
                "Japanese text in the %s edition, in a toctree's caption: %r. %s",
                app.config.language,
                caption[:60],
                _stale(po, "caption"),
                location=toctree,
                type="pvt_site",
                subtype="untranslated",
            )
    for block in doctree.findall(lambda n: isinstance(n, BLOCKS)):
        if _skipped(block):
            continue
        text = _unquoted("".join(t.astext() for t in block.findall(nodes.Text) if not _skipped(t.parent)), allowed)
        match = JAPANESE_RE.search(text)
        if match and not _suppressed(app, docname, block):
            start = max(match.start() - 20, 0)
            logger.error(
                "Japanese text in the %s edition: %r. %s",
                app.config.language,
                text[start : match.start() + 40].strip(),
                _why(app, docname, block),
                location=block,
                type="pvt_site",
                subtype="untranslated",
            )


def _unquoted(text: str, allowed: list[str]) -> str:
    """The text without what may stay Japanese: quotations (「…」) and the names the lint allows."""
    text = QUOTED_RE.sub(" ", text)
    for name in allowed:
        text = text.replace(name, " ")
    return text


def _catalog(app: Sphinx, name: str):
    """(path, entries) of this edition's catalog ``name``.po; entries is empty when the file is missing. Read once per
    file and change (the checks below ask for it for each block that shows Japanese)."""
    from .catalogs import locale_root, read_catalog

    po = locale_root(app) / app.config.language / "LC_MESSAGES" / f"{name}.po"
    return po, read_catalog(po) if po.is_file() else ()


def _catalogs(app: Sphinx):
    """(path, entries) of each catalog of this edition, in name order (none when the folder is missing)."""
    from .catalogs import locale_root, read_catalog

    folder = locale_root(app) / app.config.language / "LC_MESSAGES"
    return [(po, read_catalog(po)) for po in sorted(folder.glob("*.po"))] if folder.is_dir() else []


def _stale(po: Path, what: str) -> str:
    return (
        f"The {what} is not in its catalog {po}: the page changed and the catalogs were not updated. "
        "Run nox -s update-po and translate the new entries."
    )


_SUPPRESSION_RE = re.compile(r"lint:\s*ignore\[[^\]]*(?:TRN009|japanese-left-in-translation)[^\]]*\]\s*\S")


def _suppressed(app: Sphinx, docname: str, block: nodes.Node) -> bool:
    """(from a second check of issue 12) The block's entry carries the lint's own suppression of Japanese left in a
    translation, with its reason (README: # lint: ignore[TRN009] product name has no English form): the build
    honours what the lint honours."""
    _po, entries = _catalog(app, docname)
    source = " ".join((getattr(block, "rawsource", "") or block.astext()).split())
    shown = " ".join(block.astext().split())
    for entry in entries:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgstr:
            continue
        if " ".join(entry.msgid.split()) == source or " ".join(entry.msgstr.split()) in (source, shown):
            return bool(_SUPPRESSION_RE.search(entry.tcomment or ""))
    return False


def _why(app: Sphinx, docname: str, block: nodes.Node) -> str:
    """The PO entry of the paragraph (a msgstr Sphinx rejected), or the fix for a stale catalog."""
    po, entries = _catalog(app, docname)
    source = " ".join((getattr(block, "rawsource", "") or block.astext()).split())
    for entry in entries:
        if " ".join(entry.msgid.split()) == source and not entry.obsolete:
            state = _untranslated(entry) or (
                # (from a second check of issue 12) a translation that keeps Japanese is used as it is
                "still holds Japanese in its translation (python -m lint shows TRN009; a name that stays "
                "Japanese on purpose takes a comment # lint: ignore[TRN009] with the reason)"
                if JAPANESE_RE.search(QUOTED_RE.sub(" ", entry.msgstr))
                else "was rejected by Sphinx: it is no longer one paragraph (a list or heading marker, a "
                "blank line; python -m lint shows TRN012)"
            )
            return f"Its entry {po}:{entry.linenum} {state}."
    furniture = _furniture_entry(app, block.astext())
    if furniture is not None:
        return furniture
    return _stale(po, "paragraph")


def _untranslated(entry) -> str:
    """Why an entry's translation is not used: fuzzy or empty ("" when neither)."""
    if "fuzzy" in entry.flags:
        return "is fuzzy (review it and remove the fuzzy flag)"
    return "" if entry.msgstr else "is empty"


def _why_alt(app: Sphinx, docname: str, alt: str) -> str:
    """The alt text's PO entry and its state, or the fix for a stale catalog."""
    po, entries = _catalog(app, docname)
    for entry in entries:
        if entry.msgid.strip() == alt.strip() and not entry.obsolete:
            return f"Its entry {po}:{entry.linenum} {_untranslated(entry) or 'is empty'}."
    return _stale(po, "alt text")


# a message as the page shows it: each placeholder filled in ({year} → 2026), as a pattern over the escaped message
_FILLED_IN = re.compile(r"\\\{[^{}]*\\\}|%(?:\\\([^)]*\\\))?[sdif]")


def _shown(message: str) -> str:
    return _FILLED_IN.sub(".+?", re.escape(message))


def _furniture_entry(app: Sphinx, text: str) -> str | None:
    """The page furniture's entry (pvt_site.po) whose Japanese the text shows, and why its translation is not used; None
    when the text is none of the furniture's. (From a check of issue 12: a rejected {yaer} sent editors to update-po.)"""
    from .catalogs import format_error
    from .messages import MESSAGE_CATALOG

    po, entries = _catalog(app, MESSAGE_CATALOG)
    for entry in entries:
        if entry.obsolete or not entry.msgid or not JAPANESE_RE.search(entry.msgid):
            continue
        # a translation that keeps Japanese, as the page shows it
        if entry.msgstr and JAPANESE_RE.search(entry.msgstr) and re.search(_shown(entry.msgstr), text):
            return (
                f"The text is the page furniture's: its entry {po}:{entry.linenum} still holds Japanese in its "
                "translation (python -m lint shows TRN009)."
            )
        if not re.search(_shown(entry.msgid), text):
            continue
        problem = format_error(entry.msgid, entry.msgstr, entry.flags)
        state = f"was left out of the build: {problem} (see the error naming it)" if problem else _untranslated(entry)
        if not state:
            continue  # translated and usable: not why this text is Japanese (総説 is also a word of a paragraph)
        return f"The text is the page furniture's: its entry {po}:{entry.linenum} {state}."
    return None


def check_catalog_blocks(app: Sphinx) -> None:
    """(thirty-sixth session) Each translated entry of this edition's page catalogs must parse as its source does.

    Sphinx parses a msgstr again and keeps only its first block when it is the source's kind: a translation that
    became a heading (a line of = under it) is dropped for the Japanese, which check_doctree reports; one that gained a
    second block (a line starting with %, a MyST comment) keeps its first paragraph and loses the rest of the English
    without a word. The blocks are compared as the lint's TRN012 compares them (lint.analysis.structure.block_difference),
    and a difference is an error naming the PO entry."""
    if (app.config.language or "ja").startswith("ja") or not app.config.pvt_untranslated_check:
        return
    from lint.analysis.structure import block_difference

    from .messages import MESSAGE_CATALOG

    for po, entries in _catalogs(app):
        if po.stem == MESSAGE_CATALOG:
            continue  # the furniture's strings are no Markdown (catalogs.check_catalog reads their formats)
        for entry in entries:
            if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid or not entry.msgstr:
                continue
            difference = block_difference(entry.msgid, entry.msgstr)
            if difference:
                logger.error(
                    "msgid %r: %s. Sphinx would show the Japanese or drop part of the English (python -m lint shows "
                    "TRN012)",
                    entry.msgid[:60],
                    difference,
                    location=f"{po}:{entry.linenum}",
                    type="pvt_site",
                    subtype="catalog",
                )


# -- what the reader gets: the written pages ------------------------------------------
#
# (thirty-seventh session, from an audit of issue 12) The doctree check reads each page's own content. Text the theme
# puts around it comes from elsewhere: a toctree's caption shown in every page's navigation (:caption: edited and
# update-po skipped), the page's description in <meta name="description">, a string of pvt_site.po. The audit found
# Japanese reaching the English navigation with the lint and the build both passing. So every written page of the
# edition is read as the reader gets it, its text and the attributes a reader or a search engine is shown.

_REFERENCE_CLASSES = frozenset(("citation", "bibtex-citation", "citation-reference", "footnote", "footnote-reference"))
OUTPUT_SKIPPED = frozenset(("code", "pre", "kbd", "samp", "script", "style", "noscript", "template"))
SHOWN_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
DESCRIBING_META = ("description", "og:description", "og:title", "twitter:description", "twitter:title")


def _output_skipped(element) -> bool:
    """Inside code, a script, an element marked Japanese (the language switch), the reference list, or the page's own
    content (role="main": check_doctree reads it from the doctree, with the entry that holds it)."""
    while element is not None and getattr(element, "name", None):
        if element.name in OUTPUT_SKIPPED or element.get("role") == "main":
            return True
        if (element.get("lang") or element.get("xml:lang") or "").startswith("ja"):
            return True
        # (from the review) the reference list and the citations by their own classes, not any class holding the word
        if any(c in _REFERENCE_CLASSES or c.startswith("bibliography") for c in element.get("class") or []):
            return True
        element = element.parent
    return False


def rendered_japanese(html: str, allowed: list[str]) -> list[tuple[int, str, str]]:
    """(line, where, text) for each piece of Japanese a built page shows outside what may stay Japanese."""
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(html, "html.parser")
    found = []
    for string in soup.find_all(string=True):
        if isinstance(string, Comment) or _output_skipped(string.parent):
            continue
        text = _unquoted(str(string), allowed)
        if JAPANESE_RE.search(text):
            found.append((string.parent.sourceline or 1, f"<{string.parent.name}>", " ".join(text.split())[:60]))
    for element in soup.find_all(True):
        if _output_skipped(element):
            continue
        names = list(SHOWN_ATTRIBUTES)
        if element.name == "meta" and (element.get("name") or element.get("property")) in DESCRIBING_META:
            names.append("content")
        for name in names:
            value = element.get(name)
            if isinstance(value, str) and JAPANESE_RE.search(_unquoted(value, allowed)):
                found.append((element.sourceline or 1, f"<{element.name} {name}=>", " ".join(value.split())[:60]))
    return found


def _suppressed_japanese(app: Sphinx) -> list[str]:
    """The Japanese of the edition's translated entries that carry the lint's suppression of Japanese left in a
    translation, with its reason (as _suppressed honours it for the page's content): the heading's copy in the
    navigation shows it too."""
    found = []
    for _po, entries in _catalogs(app):
        for entry in entries:
            if entry.msgstr and _SUPPRESSION_RE.search(entry.tcomment or ""):
                found.extend(JAPANESE_RUN_RE.findall(entry.msgstr))
    return found


def _translation_holding(app: Sphinx, text: str) -> str:
    """The catalog entry whose translation holds ``text`` ("locale/…/x.po:LINE"), or "": Japanese a translator left in
    a msgstr needs that entry translated, not update-po (from an independent check of issue 12)."""
    runs = JAPANESE_RUN_RE.findall(text)  # the Japanese of a longer text (<title>)
    for po, entries in _catalogs(app):
        for entry in entries:
            if entry.msgstr and runs and all(run in entry.msgstr for run in runs):
                return f"{po}:{entry.linenum}"
    return ""


def check_rendered_output(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or (app.config.language or "ja").startswith("ja") or not app.config.pvt_untranslated_check:
        return
    name = getattr(app.builder, "name", "")
    if name not in ("html", "dirhtml", "singlehtml", "epub"):
        return
    from .output_security import output_files

    allowed = _allowed(app) + _suppressed_japanese(app)
    # one report for each text, at its first page: a caption in the navigation is on every page
    places: dict[tuple[str, str], list[str]] = {}
    for page in output_files(Path(app.outdir), name != "epub"):
        for line, where, text in rendered_japanese(page.read_text(encoding="utf-8"), allowed):
            places.setdefault((where, text), []).append(f"{page}:{line}")
    for (where, text), found in places.items():
        others = f" (and on {len(found) - 1} other pages)" if len(found) > 1 else ""
        entry = _translation_holding(app, text)
        if entry:
            logger.warning(
                "Japanese text in the %s edition's built page%s, in %s: %r. It is the translation of %s, which is "
                "still in Japanese: translate that entry.",
                app.config.language,
                others,
                where,
                text,
                entry,
                location=found[0],
                type="pvt_site",
                subtype="untranslated",
            )
            continue
        logger.warning(
            "Japanese text in the %s edition's built page%s, in %s: %r. Text around the page's own content (a "
            "toctree's :caption:, the page's description, a string of the theme) comes from a catalog or conf.py: "
            "run nox -s update-po and translate the new entries (the site's own strings are in "
            "locale/%s/LC_MESSAGES/pvt_site.po).",
            app.config.language,
            others,
            where,
            text,
            app.config.language,
            location=found[0],
            type="pvt_site",
            subtype="untranslated",
        )
    if places:
        app.statuscode = 1  # refused even without -W


def setup(app: Sphinx) -> dict:
    app.setup_extension("pvt_sphinx.catalogs")  # locale_root reads its pvt_site_locale_dir
    app.add_config_value("pvt_untranslated_check", True, "env", bool)
    app.connect("builder-inited", check_catalog_blocks)
    app.connect("doctree-resolved", check_doctree)
    app.connect("build-finished", check_rendered_output, priority=960)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
