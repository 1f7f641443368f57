"""Web edition only: what the theme (Furo) needs from us for an accessible page.

Sphinx writes a toctree's caption as ``<p class="caption" role="heading">`` without the
``aria-level`` that the heading role requires (axe-core and Lighthouse: aria-required-attr);
the page's body and Furo's navigation tree get ``aria-level="2"``.

On a phone a table is shown as cards (docs/_static/pvt.css): each data cell after the first
starts with its column's heading (``span.pvt-cell-label``, hidden from assistive technology,
which reads the real headers, and hidden on wide screens). Web addresses shown as their own
text (the reference list) are shown decoded: ``%E9%96%80`` reads as 門. Dates and numbers with
their units are kept on one line (``span.pvt-nowrap``). The ePub's cover is the edition's social card.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import unquote

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.locale import _ as sphinx_

from .editions import is_web_build
from .messages import _

CAPTION = re.compile(r'(<p class="caption" role="heading")(?![^>]*aria-level)')
PARTS = ("body", "furo_navigation_tree", "toctree")  # the page and the sidebar


def add_aria_level(html: str) -> str:
    """Every toctree caption gets aria-level="2"; a reference-list entry is a list item.

    docutils marks each entry ``role="doc-biblioentry"``, a role deprecated in DPUB-ARIA 1.1
    and not allowed inside the list docutils makes (axe-core: aria-deprecated-role,
    aria-allowed-role, aria-required-children); ``listitem`` is what the list requires.
    """
    return CAPTION.sub(r'\1 aria-level="2"', html).replace('role="doc-biblioentry"', 'role="listitem"')


def label_cells(doctree: nodes.document) -> None:
    """Each body cell after the first gets its column heading, for the phone's card layout."""
    for table in doctree.findall(nodes.table):
        head = next(iter(table.findall(nodes.thead)), None)
        if head is None:
            continue
        rows = list(head.findall(nodes.row))
        if not rows:
            continue
        labels = [entry.astext().strip() for entry in rows[-1].children]
        for body in table.findall(nodes.tbody):
            for row in body.children:
                for index, entry in enumerate(row.children):
                    if 0 < index < len(labels) and labels[index]:
                        span = f'<span class="pvt-cell-label" aria-hidden="true">{html.escape(labels[index])}</span>'
                        entry.insert(0, nodes.raw("", span, format="html"))


MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
NUMBER = r"\d+(?:[.,]\d+)*"
UNITS_JA = r"(?:%|％|か月|カ月|ヶ月|年|月|日間|日|週間|週|時間|分|秒|歳|人|割|倍|回|件|mg|mL|ml|cm|mm|kg|g)"
UNITS_EN = r"(?:%|months?|years?|weeks?|days?|hours?|minutes?|mg|mL|ml|cm|mm|kg|g|times|people|patients)\b"
# A date (2026年11月25日, 25 November 2026), or a number or range with its unit (3〜6か月, 30 mg,
# 6 months): the reader sees them whole, never split across two lines.
UNBREAKABLE = re.compile(
    rf"\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日)?"
    rf"|\d{{1,2}} {MONTHS} \d{{4}}|{MONTHS} \d{{1,2}}, \d{{4}}"
    rf"|{NUMBER}(?:\s?[〜~–-]\s?{NUMBER})?(?:{UNITS_JA}|\s{UNITS_EN})"
)
SKIP_PARENTS = (nodes.literal, nodes.literal_block, nodes.raw, nodes.reference, nodes.title, nodes.inline)


def keep_numbers_whole(doctree: nodes.document) -> None:
    """Dates and numbers with their units become ``span.pvt-nowrap`` (white-space: nowrap)."""
    for text in list(doctree.findall(nodes.Text)):
        parent = text.parent
        if parent is None or isinstance(parent, SKIP_PARENTS) or "pvt-nowrap" in parent.get("classes", []):
            continue
        value = str(text)
        matches = list(UNBREAKABLE.finditer(value))
        if not matches:
            continue
        pieces, start = [], 0
        for match in matches:
            if match.start() > start:
                pieces.append(nodes.Text(value[start : match.start()]))
            pieces.append(nodes.inline(match.group(), match.group(), classes=["pvt-nowrap"]))
            start = match.end()
        if start < len(value):
            pieces.append(nodes.Text(value[start:]))
        index = parent.index(text)
        parent.remove(text)
        for offset, piece in enumerate(pieces):
            parent.insert(index + offset, piece)


def decode_shown_urls(doctree: nodes.document) -> None:
    """A link whose text is its own percent-encoded address shows the address decoded."""
    for reference in doctree.findall(nodes.reference):
        uri = reference.get("refuri", "")
        if "%" not in uri or reference.astext() != uri or len(reference.children) != 1:
            continue
        if isinstance(reference.children[0], nodes.Text):
            decoded = unquote(uri, errors="strict") if _decodes(uri) else uri
            reference.children[0].parent.replace(reference.children[0], nodes.Text(decoded))


def _decodes(uri: str) -> bool:
    try:
        unquote(uri, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def on_doctree_resolved(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    decode_shown_urls(doctree)
    keep_numbers_whole(doctree)
    if is_web_build(app):
        label_cells(doctree)


def epub_cover(app: Sphinx, config) -> None:
    """The ePub's cover: the edition's social card, with a cover page."""
    language = config.language or "ja"
    if not config.epub_cover:
        config.epub_cover = (f"_static/social/card.{language}.png", "epub-cover.html")
    others = [f"_static/social/card.{lang}.png" for lang in config.pvt_site_languages if lang != language]
    config.epub_exclude_files = [*config.epub_exclude_files, *others]


def forget_old_cover(app: Sphinx) -> None:
    """An epub-cover.xhtml left by the previous build would enter the spine twice (Sphinx lists
    the output folder's pages as well as the cover it writes): remove it before building."""
    if getattr(app.builder, "name", "").startswith("epub"):
        (Path(app.outdir) / "epub-cover.xhtml").unlink(missing_ok=True)


def on_page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    # Labels for docs/_templates (Sphinx's own messages, translated by its catalogs). They are
    # given here, not with _() in the templates, so that the gettext build extracts no
    # template catalog (sphinx.pot) next to the pages' own.
    context["pvt_labels"] = {
        "search": sphinx_("Search"),
        "navigation": sphinx_("Navigation"),
        "contents": sphinx_("Table of Contents"),
        # Furo has no Japanese for "Back to top", "Next", "Previous": ours (pvt_site.po)
        "back_to_top": str(_("ページの先頭へ")),
        "next": str(_("次へ")),
        "previous": str(_("前へ")),
    }
    if not is_web_build(app):
        return
    for part in PARTS:
        value = context.get(part)
        if isinstance(value, str):
            context[part] = add_aria_level(value)


def setup(app: Sphinx) -> dict:
    app.setup_extension("pvt_sphinx.editions")
    # After Furo's own handler, which builds furo_navigation_tree.
    app.connect("html-page-context", on_page_context, priority=900)
    app.connect("doctree-resolved", on_doctree_resolved)
    app.connect("config-inited", epub_cover)
    app.connect("builder-inited", forget_old_cover)
    # After doctools.js (priority 200), before Sphinx's translations.js (500): no eval under the CSP.
    app.add_js_file("pvt-translations-no-eval.js", priority=300)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
