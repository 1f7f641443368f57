"""Web edition only: ``sitemap.xml``, every page of both editions with its alternates, and
``robots.txt``, which allows every page and names the sitemap.

Written when the build finishes; a page's ``lastmod`` is its record's
``dates.last_updated``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from lint.core.eeat import EeatRecordError, record_dates

from .editions import edition_base, editions, is_web_build, page_url
from .record import page_record

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def sitemap_pages(env: BuildEnvironment) -> list[str]:
    """The root page first, then the others in name order."""
    root = env.config.root_doc
    return ([root] if root in env.found_docs else []) + sorted(d for d in env.found_docs if d != root)


def sitemap_xml(app: Sphinx) -> str:
    config, env = app.config, app.env
    langs = editions(config)
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for docname in sitemap_pages(env):
        try:
            record, _path = page_record(env, docname)
            lastmod = record_dates(record)["last_updated"]
        except EeatRecordError:
            lastmod = None
        for lang in langs:
            url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
            ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = page_url(config, app.builder, lang, docname)
            if lastmod:
                ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = lastmod.isoformat()
            for alt, target in [(a, a) for a in langs] + [("x-default", langs[0])]:
                ET.SubElement(
                    url,
                    f"{{{XHTML_NS}}}link",
                    rel="alternate",
                    hreflang=alt,
                    href=page_url(config, app.builder, target, docname),
                )
    ET.indent(urlset, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(urlset, encoding="unicode") + "\n"


def robots_txt(app: Sphinx) -> str:
    """Every page may be crawled; the sitemap is at the edition's root.

    Crawlers read robots.txt at the host's root: the site's server (or Read the Docs, which
    serves its own) puts it there; each edition's copy names that edition's sitemap.
    """
    sitemap = edition_base(app.config, app.config.language or "ja") + "sitemap.xml"
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n"


def write_sitemap(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or not is_web_build(app):
        return
    (Path(app.outdir) / "sitemap.xml").write_text(sitemap_xml(app), encoding="utf-8")
    (Path(app.outdir) / "robots.txt").write_text(robots_txt(app), encoding="utf-8")


def setup(app: Sphinx) -> dict:
    app.setup_extension("pvt_sphinx.editions")
    app.setup_extension("pvt_sphinx.record")
    app.connect("build-finished", write_sitemap)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
