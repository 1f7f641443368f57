"""Where the two editions live: their URLs, and which builds make the web edition.

``pvt_site_url`` is the site; each edition is below it at
``pvt_site_edition_path`` (``"{language}/"``; ``"{language}/latest/"`` for Read
the Docs' layout). ``html_baseurl`` is set per edition when conf.py leaves it
empty, so Sphinx writes the canonical link.
"""

from __future__ import annotations

import posixpath

from sphinx.application import Sphinx
from sphinx.config import Config

WEB_BUILDERS = ("html", "dirhtml")  # builders that make the web edition


def editions(config: Config) -> list[str]:
    """The editions' languages; the first is x-default."""
    return [str(lang) for lang in config.pvt_site_languages]


def other_editions(config: Config) -> list[str]:
    language = config.language or "ja"
    return [lang for lang in editions(config) if lang != language]


def edition_base(config: Config, language: str) -> str:
    """Absolute URL of an edition's root, ending in '/'."""
    site = config.pvt_site_url.rstrip("/") + "/"
    path = config.pvt_site_edition_path.format(language=language).strip("/")
    return site + (path + "/" if path else "")


def page_url(config: Config, builder, language: str, docname: str) -> str:
    """Absolute URL of a page in an edition."""
    return edition_base(config, language) + builder.get_target_uri(docname)


def relative_url(config: Config, builder, from_language: str, to_language: str, docname: str) -> str:
    """Link from this page of one edition to the same page of another."""
    site = config.pvt_site_url.rstrip("/") + "/"
    here = page_url(config, builder, from_language, docname)[len(site):]
    there = page_url(config, builder, to_language, docname)[len(site):]
    start = posixpath.dirname(here) or "."
    relative = posixpath.relpath(there or ".", start)
    return relative + ("/" if there.endswith("/") and not relative.endswith("/") else "")


def is_web_build(app: Sphinx) -> bool:
    """True for the web edition's builders (never the ePub)."""
    return getattr(app.builder, "name", "") in WEB_BUILDERS


def default_baseurl(app: Sphinx, config: Config) -> None:
    if not config.html_baseurl:
        config.html_baseurl = edition_base(config, config.language or "ja")


def setup(app: Sphinx) -> dict:
    app.add_config_value("pvt_site_url", "https://japanesehealth.org/portal-vein-thrombosis/", "html", str)
    app.add_config_value("pvt_site_languages", ["ja", "en"], "html", list)
    # Path of an edition below pvt_site_url; "{language}/latest/" for Read the Docs' layout.
    app.add_config_value("pvt_site_edition_path", "{language}/", "html", str)
    app.connect("config-inited", default_baseurl)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
