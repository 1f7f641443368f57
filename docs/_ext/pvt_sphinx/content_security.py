"""Check what is rendered, where it is rendered: the security checks on each edition's doctree.

The lint reads the Japanese pages as written; an edition is made of more than that:
translated paragraphs from the catalogs (a ``<script>`` in an English msgstr, a
``{download}`` role pointing at /proc/self/environ), included files, ``{eval-rst}``
bodies, the E-E-A-T record's links, the reference list's URLs, the translated site
title. Here every edition's own doctree is checked after Sphinx has applied
translations and includes and the other extensions have added their nodes
(``doctree-resolved``, late), with the analysis the lint uses (lint.core.html_safety,
lint.core.urls):

* raw nodes whose format is html: what SEC001/SEC002 refuse (script, event-handler
  attributes, javascript: URLs, …);
* reference, image and download targets: a scheme outside the allowlist
  (https, http, mailto, relative);
* text in any node (headings, which the navigation copies to every page, included):
  HTML tags that would run code, were they ever printed unescaped;
* downloads and images: a file outside the source folder is refused and never copied
  (``env.dlfiles`` / ``env.images``), so it cannot be published under _downloads/;
* template variables: the plain-text values templates print unescaped (project,
  html_title, …, translated from pvt_site.po) must hold no markup.

A finding is a warning (``-W`` stops the build) at the source: the page's line, the
included file's, or, in a translated edition, the catalog entry that holds the text
(``locale/en/LC_MESSAGES/faq.po:123``). Messages never quote a file's content.
"""

from __future__ import annotations

import os
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

from lint.core.html_safety import html_problems
from lint.core.urls import ALLOWED_SCHEMES, disallowed_scheme

logger = logging.getLogger(__name__)

WARNING_TYPE = "pvt-security"
# context values the templates print as they are ({{ project }}): text, never markup
TEXT_VARIABLES = (
    "project",
    "docstitle",
    "shorttitle",
    "theme_description",
    "copyright",
    "author",
    "html_title",
    "html_short_title",
    "pagetitle",
)
TEXT_CONFIG = (
    "project",
    "author",
    "copyright",
    "html_title",
    "html_short_title",
    "epub_title",
    "epub_author",
    "epub_publisher",
    "epub_copyright",
    "epub_description",
    "epub_contributor",
)
SKIP_TEXT_IN = (nodes.literal_block, nodes.literal, nodes.comment, nodes.raw)


# -- where a finding is ---------------------------------------------------------


def _catalog_location(app: Sphinx, docname: str, needle: str) -> str | None:
    """``catalog.po:line`` of the msgstr of this edition's catalog for docname that holds needle."""
    found = _catalog_entry(app, docname, needle)
    return found[0] if found else None


def _added_html(app: Sphinx, docname: str, html: str) -> str | None:
    """(thirty-fifth session, from a check of issue 12) The location of the catalog entry whose msgstr brings raw HTML
    that its msgid does not have (a translator's <b>, published as is by the build), or None."""
    found = _catalog_entry(app, docname, html.strip()[:80])
    if not found:
        return None
    from lint.analysis.structure import html_tags

    location, entry = found
    added = html_tags(entry.msgstr) - html_tags(entry.msgid)
    return location if added else None


def _catalog_entry(app: Sphinx, docname: str, needle: str):
    """(``catalog.po:line``, entry) of the msgstr of this edition's catalog for docname that holds needle, or None."""
    language = app.config.language or "ja"
    if language == "ja" or not needle:
        return None
    from .catalogs import read_catalog

    for folder in app.config.locale_dirs or ():
        path = Path(os.path.normpath(Path(app.srcdir, folder, language, "LC_MESSAGES", f"{docname}.po")))
        if not path.is_file():
            continue
        try:
            catalog = read_catalog(path)
        except (OSError, ValueError):
            return None
        for entry in catalog:
            texts = [entry.msgstr, *entry.msgstr_plural.values()]
            if any(needle in text for text in texts):
                return f"{path}:{entry.linenum}", entry
    return None


def _location(app: Sphinx, docname: str, node: nodes.Node, needle: str = ""):
    located = _catalog_location(app, docname, needle.strip()[:80])
    if located:
        return located
    source, line = node.source, node.line
    parent = node
    while (source is None or line is None) and parent.parent is not None:
        parent = parent.parent
        source = source or parent.source
        line = line or parent.line
    if source and line:
        return f"{source}:{line}"
    return (docname, line) if line else docname


def _warn(app: Sphinx, message: str, location) -> None:
    # (thirty-seventh session, from the issue-12 audit) once for each place: an added <b>…</b> is two raw nodes of one
    # PO entry, and was reported twice
    seen = app.__dict__.setdefault("_pvt_security_warned", set())
    if (message, str(location)) in seen:
        return
    seen.add((message, str(location)))
    app._pvt_security_findings = getattr(app, "_pvt_security_findings", 0) + 1
    logger.warning(message, location=location, type=WARNING_TYPE, subtype="content")


# -- the doctree ----------------------------------------------------------------


def _url_finding(url: str) -> str | None:
    scheme = disallowed_scheme(url)
    if scheme:
        return f"a {scheme}: URL (only {', '.join(ALLOWED_SCHEMES)} or relative URLs are rendered)"
    return None


def _allowed_roots(app: Sphinx) -> list[Path]:
    roots = [Path(app.srcdir).resolve()]
    roots += [Path(app.srcdir, folder).resolve() for folder in app.config.locale_dirs or ()]
    return roots


def _foreign_file(app: Sphinx, node: nodes.Element) -> str | None:
    """The file a node's content was read from when it lies outside the source and locale folders."""
    source = node.get("source") or node.source  # the attribute: {raw} :file:, a literal {include}
    if not source or not os.path.isabs(str(source)):
        return None
    real = Path(str(source)).resolve()
    if any(real == root or root in real.parents for root in _allowed_roots(app)):
        return None
    return str(source)


def remove_foreign_content(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Content read from a file outside the source folder ({raw} :file:, {include} of ../../etc/…) is
    removed before it is written, and reported by name only: its text is never echoed."""
    for node in list(doctree.findall(nodes.Element)):
        if node.parent is None:
            continue  # inside an element already removed
        foreign = _foreign_file(app, node)
        if foreign and _foreign_file(app, node.parent) is None:
            _warn(
                app,
                f"SEC005 content read from a file outside the source folder is not published ({Path(foreign).name})",
                (docname, node.line) if node.line else docname,
            )
            node.parent.remove(node)


def check_doctree(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    remove_foreign_content(app, doctree, docname)
    for node in doctree.findall(nodes.Node):
        if isinstance(node, nodes.raw):
            if {"html", "epub"} & set(node.get("format", "").lower().split()):
                text = node.astext()
                for code, _line, _offset, message, _suggestion in html_problems(text):
                    if code in ("SEC001", "SEC002"):
                        _warn(
                            app, f"{code} raw HTML in the rendered page: {message}", _location(app, docname, node, text)
                        )
                added = _added_html(app, docname, text)
                if added:
                    _warn(
                        app,
                        "TRN012 the translation adds HTML that the Japanese source does not have: markup belongs in "
                        "the source page (python -m lint shows the entry)",
                        added,
                    )
        elif isinstance(node, nodes.Text):
            parent = node.parent
            if "<" in node and parent is not None and not isinstance(parent, SKIP_TEXT_IN):
                for code, _line, _offset, message, _suggestion in html_problems(str(node)):
                    if code in ("SEC001", "SEC002"):
                        _warn(
                            app,
                            f"{code} HTML in the text of <{parent.tagname}>: {message}",
                            _location(app, docname, parent, str(node)),
                        )
                        break
        elif isinstance(node, nodes.Element):
            targets = []
            if isinstance(node, nodes.reference):
                targets.append(("link", node.get("refuri", "")))
            elif isinstance(node, nodes.image):
                targets.append(("image", node.get("uri", "")))
            if isinstance(node, addnodes.download_reference):
                targets.append(("download", node.get("reftarget", "")))
            for what, url in targets:
                problem = _url_finding(url) if url else None
                if problem:
                    _warn(app, f"SEC002 {what} to {problem}", _location(app, docname, node, url))


# -- roles the navigation cannot copy ----------------------------------------------


def flatten_title_downloads(app: Sphinx, doctree: nodes.document) -> None:
    """A {download} role in a heading becomes its text, before the table of contents copies it.

    Sphinx's navigation copies headings and crashes on a download reference in one
    (KeyError 'refuri' / 'anchorname'); a translated heading can hold any role. The file
    is still checked (and, from outside the source folder, refused) by refuse_outside_files.
    """
    for title in list(doctree.findall(nodes.title)):
        for download in list(title.findall(addnodes.download_reference)):
            _warn(
                app,
                "SEC005 {download} in a heading: shown as text (the navigation cannot link it)",
                _location(app, app.env.docname, title, download.get("reftarget", "")),
            )
            download.replace_self(nodes.Text(download.astext()))


# -- files copied into the output -------------------------------------------------


def _outside(srcdir: Path, relative: str) -> bool:
    real = (srcdir / relative).resolve()
    return real != srcdir and srcdir not in real.parents


def refuse_outside_files(app: Sphinx, env) -> None:
    """Downloads and images from outside the source folder are reported and never copied."""
    srcdir = Path(app.srcdir).resolve()
    for kind, files in (("download", env.dlfiles), ("image", env.images)):
        for relative in [name for name in files if _outside(srcdir, str(name))]:
            docnames = sorted(files[relative][0])
            for docname in docnames:
                location = _catalog_location(app, docname, Path(str(relative)).name) or docname
                _warn(
                    app,
                    f"SEC005 {kind} of a file outside the source folder is not published ({Path(str(relative)).name})",
                    location,
                )
            del files[relative]


# -- template variables -----------------------------------------------------------


def _markup_problem(value: object) -> str | None:
    if not isinstance(value, str) or "<" not in value and "&" not in value:
        return None
    problems = [m for code, _l, _o, m, _s in html_problems(value) if code in ("SEC001", "SEC002")]
    if problems:
        return problems[0]
    return "holds markup" if "<" in value else None


def check_config(app: Sphinx, config: Config) -> None:
    """Plain-text settings (the edition's title, translated from pvt_site.po) hold no markup."""
    for name in TEXT_CONFIG:
        problem = _markup_problem(config[name] if name in config else None)
        if problem:
            where = _catalog_location(app, "pvt_site", "<") or "conf.py"
            _warn(
                app,
                f"SEC001 the setting {name} is printed by templates unescaped and {problem}; write it as plain text",
                where,
            )


def check_template_variables(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    seen = app.__dict__.setdefault("_pvt_security_variables", set())
    for name in TEXT_VARIABLES:
        value = context.get(name)
        problem = _markup_problem(value)
        if problem and (name, value) not in seen:  # once a build, at the first page that prints it
            seen.add((name, value))
            _warn(app, f"SEC001 template variable {name} is printed unescaped and {problem}", pagename)


def setup(app: Sphinx) -> dict:
    app.connect("config-inited", check_config, priority=950)  # after pvt_sphinx.catalogs translates the title
    app.connect("doctree-read", flatten_title_downloads, priority=400)  # before the toc collector (500)
    app.connect("doctree-resolved", check_doctree, priority=950)  # after the nodes of other extensions
    app.connect("env-updated", refuse_outside_files)
    app.connect("html-page-context", check_template_variables, priority=950)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
