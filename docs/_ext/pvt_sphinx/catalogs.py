"""The extensions' message catalog, and the edition's title and credits.

When the build starts, every ``<locale>/<lang>/LC_MESSAGES/pvt_site.po`` whose
``.mo`` is missing or older is compiled, and the catalog is registered with
Sphinx; a changed catalog makes every page be read again (the E-E-A-T block is
made when a page is read). Editions other than Japanese take the article's
title and credits in conf.py from the same catalog, as translators expect.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from .messages import MESSAGE_CATALOG, _

logger = logging.getLogger(__name__)

# Config values that carry the article's title or credits; conf.py holds the Japanese.
EDITION_CONFIG = ("project", "html_title", "html_short_title", "epub_title", "author", "copyright",
                  "epub_author", "epub_publisher", "epub_copyright")


def locale_root(app: Sphinx) -> Path:
    """``pvt_site_locale_dir`` below the source folder, else the first of ``locale_dirs``."""
    if app.config.pvt_site_locale_dir:
        return Path(app.srcdir) / app.config.pvt_site_locale_dir
    dirs = list(app.config.locale_dirs or ["locales"])
    return Path(app.srcdir) / dirs[0]


def compile_catalogs(root: str | Path) -> None:
    """Compile every <root>/<lang>/LC_MESSAGES/pvt_site.po whose .mo is missing or older."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in sorted(Path(root).glob(f"*/LC_MESSAGES/{MESSAGE_CATALOG}.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime_ns >= po.stat().st_mtime_ns:
            continue
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=po.parent.parent.name, domain=MESSAGE_CATALOG)
        # Write beside the target and rename, so a parallel build never reads half a file.
        fd, tmp = tempfile.mkstemp(prefix=f".{MESSAGE_CATALOG}.", suffix=".mo", dir=po.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                write_mo(handle, catalog, use_fuzzy=False)
            os.replace(tmp, mo)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def catalog_stamp(app: Sphinx) -> int | None:
    mo = locale_root(app) / (app.config.language or "ja") / "LC_MESSAGES" / f"{MESSAGE_CATALOG}.mo"
    return mo.stat().st_mtime_ns if mo.exists() else None


def reread_after_catalog_change(app: Sphinx, env: BuildEnvironment, added, changed, removed) -> list[str]:
    """New labels (a changed pvt_site.po) reach every page: the block is made when a page is read."""
    stamp = catalog_stamp(app)
    if getattr(env, "pvt_site_catalog", None) == stamp:
        return []
    env.pvt_site_catalog = stamp
    return sorted(env.found_docs)


def translate_edition_config(config: Config) -> None:
    """Other editions take the title and credits from this catalog, as translators expect."""
    if (config.language or "ja") == "ja":
        return
    texts = {
        "門脈血栓症：患者さんとご家族のための解説": _("門脈血栓症：患者さんとご家族のための解説"),
        "JapaneseHealth.org編集委員会": _("JapaneseHealth.org編集委員会"),
    }
    for name in EDITION_CONFIG:
        value = config[name]
        if isinstance(value, str):
            for source, translated in texts.items():
                value = value.replace(source, str(translated))
            config[name] = value


def on_config_inited(app: Sphinx, config: Config) -> None:
    root = locale_root(app)
    try:
        compile_catalogs(root)
    except Exception as exc:  # a broken catalog must not hide the build's other problems
        logger.warning("pvt_site: cannot compile %s catalogs in %s: %s", MESSAGE_CATALOG, root, exc,
                       type="pvt_site", subtype="catalog")
    app.add_message_catalog(MESSAGE_CATALOG, str(root))
    translate_edition_config(config)


def setup(app: Sphinx) -> dict:
    app.add_config_value("pvt_site_locale_dir", "", "env", str)
    app.connect("config-inited", on_config_inited)
    app.connect("env-get-outdated", reread_after_catalog_change)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
