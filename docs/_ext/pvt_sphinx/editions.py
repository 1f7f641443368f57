"""Where the two editions live: their URLs, and which builds make the web edition.

``pvt_site_url`` is the site; each edition is below it at
``pvt_site_edition_path`` (``"{language}/"``; ``"{language}/latest/"`` for Read
the Docs' layout). ``html_baseurl`` is set per edition when conf.py leaves it
empty, so Sphinx writes the canonical link.

On Read the Docs (each edition a translation project, served at
``https://HOST/<language>/<version>/``) the environment variable
``READTHEDOCS_CANONICAL_URL`` gives this edition's root; when it is set, ``pvt_site_url``
and ``pvt_site_edition_path`` follow it (``https://HOST/`` and ``"{language}/<version>/"``),
so the language switch, canonical, hreflang, OpenGraph and sitemap URLs all point into
Read the Docs' layout. The site's own host keeps conf.py's values.
"""

from __future__ import annotations

import os
import posixpath
from urllib.parse import urlsplit

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
    here = page_url(config, builder, from_language, docname)[len(site) :]
    there = page_url(config, builder, to_language, docname)[len(site) :]
    start = posixpath.dirname(here) or "."
    relative = posixpath.relpath(there or ".", start)
    return relative + ("/" if there.endswith("/") and not relative.endswith("/") else "")


def is_web_build(app: Sphinx) -> bool:
    """True for the web edition's builders (never the ePub)."""
    return getattr(app.builder, "name", "") in WEB_BUILDERS


def readthedocs_layout(canonical_url: str, language: str) -> tuple[str, str] | None:
    """(site URL, edition path pattern) from Read the Docs' canonical URL of this edition.

    ``https://pvt.readthedocs.io/ja/latest/`` with language ``ja`` gives
    (``https://pvt.readthedocs.io/``, ``"{language}/latest/"``); a URL without the language
    as a path segment gives None (a single-language project: keep conf.py's values).
    """
    parts = urlsplit(canonical_url)
    segments = [s for s in parts.path.split("/") if s]
    if language not in segments:
        return None
    at = len(segments) - 1 - segments[::-1].index(language)
    prefix = "/".join(segments[:at])
    site = f"{parts.scheme}://{parts.netloc}/" + (prefix + "/" if prefix else "")
    rest = "/".join(segments[at + 1 :])
    return site, "{language}/" + (rest + "/" if rest else "")


def default_baseurl(app: Sphinx, config: Config) -> None:
    canonical = os.environ.get("READTHEDOCS_CANONICAL_URL", "").strip()
    if canonical:
        layout = readthedocs_layout(canonical, config.language or "ja")
        if layout is not None:
            config.pvt_site_url, config.pvt_site_edition_path = layout
            config.html_baseurl = ""
    if not config.html_baseurl:
        config.html_baseurl = edition_base(config, config.language or "ja")


def setup(app: Sphinx) -> dict:
    app.add_config_value("pvt_site_url", "https://japanesehealth.org/portal-vein-thrombosis/", "html", str)
    app.add_config_value("pvt_site_languages", ["ja", "en"], "html", list)
    # Path of an edition below pvt_site_url; "{language}/latest/" for Read the Docs' layout.
    app.add_config_value("pvt_site_edition_path", "{language}/", "html", str)
    app.connect("config-inited", default_baseurl)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
