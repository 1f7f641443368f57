"""Safe, valid and reproducible outputs.

* External links in the web edition carry ``rel="noopener noreferrer"``: a
  page opened from the article gets no handle on it (``window.opener``) and no
  ``Referer`` telling it which page of a health article the reader came from.
  Done when the build finishes, on every written ``.html`` file, so that the
  theme's links (footer) are covered too. The HTML is read with the standard
  library's ``html.parser``; only the start tags of external ``<a>`` elements
  are changed, everything else is left byte for byte. Running it again
  changes nothing.
* The ePub is rewritten deterministically: the same sources and the same
  ``SOURCE_DATE_EPOCH`` give a byte-identical file. Sphinx's zip stores each
  file's modification time; here every member gets the date of
  ``SOURCE_DATE_EPOCH`` (1980-01-01 when it is unset), fixed permissions,
  ``mimetype`` first and stored uncompressed, the rest deflated in Sphinx's
  order.
* ePub metadata that EPUB 3 requires is never left at Sphinx's placeholders:
  an empty ``version`` (an empty ``ibooks:version``, an epubcheck error)
  falls back to the ``[project] version`` of pyproject.toml, and
  ``epub_identifier`` / ``epub_uid`` left at ``"unknown"`` become a name made
  from the edition's web address (``pvt_site_url`` + language), the same in
  both places because the NCX repeats the identifier. Values set in conf.py win.
* Each ePub page says its language (``<html lang="ja" xml:lang="ja">``):
  Sphinx's ePub pages carry none, and a reader that does not know a page is
  Japanese may draw its kanji with Chinese glyphs.
* Every element id is unique within its page. sphinxcontrib-bibtex's cite role
  takes an id from the document it is parsed in, and Sphinx parses each
  translated paragraph as a small document of its own, so citations in the
  English edition repeated ids already used on the page (dozens of them); a
  repeated id is invalid HTML and an epubcheck error. A repeat is renamed
  ``<id>-2``, ``<id>-3``, …; the first element keeps the id, so links to it
  still land where they did.
"""

from __future__ import annotations

import html
import os
import re
import time
import tomllib
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config

WEB_BUILDERS = ("html", "dirhtml", "singlehtml")
REL_TOKENS = ("noopener", "noreferrer")
ZIP_EPOCH = 315532800  # 1980-01-01T00:00:00Z, the earliest date a zip file can hold
PLACEHOLDER = "unknown"  # Sphinx's default for epub_identifier, epub_uid, ...


# -- external links ----------------------------------------------------------


def is_external(href: str | None) -> bool:
    """A link that leaves the site: http(s) or protocol-relative."""
    if not href:
        return False
    href = href.strip()
    if href.startswith("//"):
        return True
    return urlsplit(href).scheme.lower() in ("http", "https")


class _ExternalLinks(HTMLParser):
    """Collects (line, column, start-tag text, attributes) of external <a> tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag != "a":
            return
        values = dict(attrs)
        if is_external(values.get("href")):
            line, column = self.getpos()
            self.found.append((line, column, self.get_starttag_text(), attrs))

    handle_startendtag = handle_starttag


def _with_rel(tag_text, attrs):
    """The start tag with rel holding noopener and noreferrer; None if it already does."""
    rel = next((value for name, value in attrs if name == "rel"), None)
    tokens = (rel or "").split()
    missing = [t for t in REL_TOKENS if t not in (x.lower() for x in tokens)]
    if not missing:
        return None
    if rel is None:
        end = len(tag_text) - (2 if tag_text.endswith("/>") else 1)
        return tag_text[:end].rstrip() + ' rel="noopener noreferrer"' + tag_text[end:]
    # Rebuild the tag from its parsed attributes, with the rel tokens added.
    parts = []
    for name, value in attrs:
        if name == "rel":
            value = " ".join(tokens + missing)
        parts.append(name if value is None else f'{name}="{html.escape(value, quote=True)}"')
    closing = "/>" if tag_text.endswith("/>") else ">"
    return "<a " + " ".join(parts) + closing


def add_rel_to_external_links(text: str) -> str:
    """The HTML text with rel="noopener noreferrer" on every external link."""
    parser = _ExternalLinks()
    parser.feed(text)
    parser.close()
    if not parser.found:
        return text
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)
    pieces, cursor = [], 0
    for line, column, tag_text, attrs in parser.found:
        start = line_starts[line - 1] + column
        if tag_text is None or text[start : start + len(tag_text)] != tag_text:
            continue  # the parser's position does not match: leave this tag alone
        new = _with_rel(tag_text, attrs)
        if new is None:
            continue
        pieces.append(text[cursor:start])
        pieces.append(new)
        cursor = start + len(tag_text)
    pieces.append(text[cursor:])
    return "".join(pieces)


def rewrite_html_tree(outdir: str | Path) -> list[Path]:
    """Add the rel tokens in every .html file below outdir; returns the files changed."""
    changed = []
    for path in sorted(Path(outdir).rglob("*.html")):
        if "_sources" in path.relative_to(outdir).parts:
            continue
        text = path.read_text(encoding="utf-8")
        new = add_rel_to_external_links(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed


# -- deterministic ePub ------------------------------------------------------


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH as an int (ZIP_EPOCH when unset or unusable)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    try:
        return max(int(value), ZIP_EPOCH) if value else ZIP_EPOCH
    except ValueError:
        return ZIP_EPOCH


def rewrite_epub(path: str | Path, epoch: int | str | None = None) -> None:
    """Rewrite an ePub so its bytes depend on its content and ``epoch`` only."""
    path = Path(path)
    date_time = time.gmtime(source_date_epoch() if epoch is None else max(int(epoch), ZIP_EPOCH))[:6]
    with zipfile.ZipFile(path) as source:
        names = [info.filename for info in source.infolist() if not info.is_dir()]
        members = {name: source.read(name) for name in names}
    order = (["mimetype"] if "mimetype" in members else []) + [n for n in names if n != "mimetype"]
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as target:
        for name in order:
            info = zipfile.ZipInfo(name, date_time)
            info.create_system = 3  # Unix, whatever machine builds it
            info.external_attr = 0o100644 << 16
            if name == "mimetype":
                info.compress_type = zipfile.ZIP_STORED
                target.writestr(info, members[name])
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(info, members[name], compresslevel=9)
    os.replace(tmp, path)


# -- ePub metadata -----------------------------------------------------------


def project_version(confdir: str | Path) -> str:
    """[project] version of the nearest pyproject.toml above conf.py, or ''."""
    for folder in (Path(confdir), *Path(confdir).parents):
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                return ""
            version = data.get("project", {}).get("version", "")
            return version if isinstance(version, str) else ""
    return ""


def identifier_name(url: str, language: str) -> str:
    """An XML name (what Sphinx needs for epub_uid) made from a web address and a language.

    https://japanesehealth.org/portal-vein-thrombosis/ + ja -> japanesehealth.org-portal-vein-thrombosis-ja
    """
    parts = urlsplit(url)
    words = [parts.netloc, *parts.path.split("/"), language]
    name = "-".join(w for w in (re.sub(r"[^\w.-]+", "-", w).strip("-") for w in words) if w)
    return name if re.match(r"^[a-zA-Z_]", name) else "pvt-" + name


def fill_metadata(app: Sphinx, config: Config) -> None:
    if not config.version:
        config.version = project_version(app.confdir) or "1"
        if not config.release:
            config.release = config.version
    url = config.pvt_site_url if "pvt_site_url" in config else ""
    if url and config.epub_identifier in ("", PLACEHOLDER) and config.epub_uid in ("", PLACEHOLDER):
        # The OPF's unique identifier and the NCX's dtb:uid must be the same string.
        name = identifier_name(url, config.language or "ja")
        config.epub_identifier = config.epub_uid = name


# -- unique ids --------------------------------------------------------------


def make_ids_unique(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Rename the second and later elements that carry an id already used on the page."""
    taken = {i for node in doctree.findall(nodes.Element) for i in node.get("ids", ())}
    seen = set()
    for node in doctree.findall(nodes.Element):
        ids = node.get("ids")
        if not ids:
            continue
        renamed = []
        for id_ in ids:
            if id_ in seen:
                n = 2
                while f"{id_}-{n}" in taken:
                    n += 1
                id_ = f"{id_}-{n}"
                taken.add(id_)
            seen.add(id_)
            renamed.append(id_)
        node["ids"] = renamed


# -- ePub page language -----------------------------------------------------


def epub_page_language(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if getattr(app.builder, "name", "") != "epub":
        return
    tag = context.get("html_tag") or getattr(app.builder, "html_tag", "")
    language = html.escape(app.config.epub_language or app.config.language or "", quote=True)
    if tag.startswith("<html") and language and " lang=" not in tag:
        context["html_tag"] = tag[:-1].rstrip() + f' lang="{language}" xml:lang="{language}">'


# -- events ------------------------------------------------------------------


def on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None:
        return
    name = getattr(app.builder, "name", "")
    if name in WEB_BUILDERS:
        rewrite_html_tree(app.outdir)
    elif name == "epub":
        epub = Path(app.outdir) / f"{app.config.epub_basename}.epub"
        if epub.is_file():
            rewrite_epub(epub)


def setup(app: Sphinx) -> dict:
    app.connect("config-inited", fill_metadata, priority=900)  # after conf.py and other extensions
    app.connect("html-page-context", epub_page_language)
    app.connect("doctree-resolved", make_ids_unique, priority=900)  # after other extensions add nodes
    app.connect("build-finished", on_build_finished, priority=900)  # after files of other extensions
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
