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
from functools import lru_cache
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from .messages import MESSAGE_CATALOG, _

logger = logging.getLogger(__name__)

# Config values that carry the article's title or credits; conf.py holds the Japanese.
EDITION_CONFIG = (
    "project",
    "html_title",
    "html_short_title",
    "epub_title",
    "author",
    "copyright",
    "epub_author",
    "epub_publisher",
    "epub_copyright",
)


def locale_root(app: Sphinx) -> Path:
    """``pvt_site_locale_dir`` below the source folder, else the first of ``locale_dirs``."""
    if app.config.pvt_site_locale_dir:
        return Path(app.srcdir) / app.config.pvt_site_locale_dir
    dirs = list(app.config.locale_dirs or ["locales"])
    return Path(app.srcdir) / dirs[0]


def read_catalog(path: Path) -> tuple:
    """The entries of a PO file (read as gettext reads it: lint.parsing.catalog.pofile), read once per file and change:
    the build's checks ask for a page's catalog for each block or raw node they look at."""
    return _read_catalog(str(path), path.stat().st_mtime_ns)


@lru_cache(maxsize=64)
def _read_catalog(path: str, _mtime: int) -> tuple:
    from lint.parsing.catalog import pofile

    return tuple(pofile(Path(path)))


def format_error(msgid: str, msgstr: str, flags) -> str:
    """Why ``msgstr`` cannot be used where ``msgid`` is formatted ("" when it can).

    python-brace-format (``{year}``) is tried with the msgid's names and
    positions, python-format (``%s``, ``%(name)s``) with its arguments; a
    placeholder of the msgid missing from the msgstr is an error too (the built
    page would show "(year)" instead of the year).
    """
    import re
    import string

    if not msgstr:
        return ""
    flags = set(flags or ())
    if "python-brace-format" in flags or ("python-format" not in flags and re.search(r"\{\w+\}", msgid)):
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(msgid) if f is not None]
        except ValueError:
            return ""
        names = {re.split(r"[.\[]", f)[0] for f in fields if f and not f.isdigit()}
        positions = max([int(f) + 1 for f in fields if f.isdigit()] + [len([f for f in fields if f == ""])])
        try:
            fields_out = [f for _, f, _, _ in string.Formatter().parse(msgstr) if f is not None]
            msgstr.format(*range(positions), **{n: "" for n in names})
        except KeyError as exc:
            return (
                f"{{{exc.args[0]}}} is not a placeholder of the source (it has: {', '.join(sorted(names)) or 'none'})"
            )
        except (IndexError, ValueError, AttributeError, TypeError) as exc:
            return f"not a valid format string: {exc}"
        missing = sorted(names - {re.split(r"[.\[]", f)[0] for f in fields_out if f})
        if missing:
            return "placeholder " + ", ".join("{" + m + "}" for m in missing) + " of the source is missing"
        # (thirty-fifth session, from a second check of issue 12) a field must be written as the source writes it: an
        # attribute, an index, a conversion or a format spec the source does not have ({year.__class__}, {year!r},
        # {year:.2}) formats, and the page shows "<class 'str'>", "'2016'" or "20" instead of the year
        written = {(f, conversion or "", spec or "") for _, f, spec, conversion in string.Formatter().parse(msgid) if f}
        for _, f, spec, conversion in string.Formatter().parse(msgstr):
            if f and (f, conversion or "", spec or "") not in written:
                shown = "{" + f + ("!" + conversion if conversion else "") + (":" + spec if spec else "") + "}"
                return f"{shown} is not written as in the source (attributes, indexes, conversions and formats are not translated)"
    if "python-format" in flags:
        named = re.findall(r"%\((\w+)\)", msgid)
        try:
            if named:
                msgstr % {n: 1 for n in named}  # noqa: B018 - only checking that it formats
            else:
                msgstr % tuple(1 for _ in re.findall(r"%[^%(]*?[diouxXeEfFgGcrsa]", msgid.replace("%%", "")))  # noqa: B018
        except KeyError as exc:
            return f"%({exc.args[0]}) is not a placeholder of the source"
        except (ValueError, TypeError) as exc:
            return f"not a valid format string: {exc}"
    return ""


def check_catalog(po: Path, catalog) -> list[str]:
    """Log an error naming the PO file, line and msgid of each translation that cannot format.

    The translation is left out of the compiled catalog (the label stays
    Japanese), so no KeyError traceback; the logged error fails the build.
    """
    problems = []
    for message in catalog:
        if not message.id or message.fuzzy or isinstance(message.id, tuple):
            continue
        problem = format_error(message.id, message.string if isinstance(message.string, str) else "", message.flags)
        if problem:
            logger.error(
                "msgid %r: msgstr %r: %s (python -m lint --select TRN013 checks every catalog)",
                message.id,
                message.string,
                problem,
                location=f"{po}:{message.lineno}",
                type="pvt_site",
                subtype="catalog",
            )
            problems.append(message.id)
            message.string = ""
    return problems


def compile_catalogs(root: str | Path) -> None:
    """Compile every <root>/<lang>/LC_MESSAGES/pvt_site.po whose .mo is missing or older.

    Every catalog is checked first (check_catalog): a translated format string
    with a placeholder the source does not have ({yaer}) stops the build with
    the entry's file and line, instead of a KeyError traceback later.
    """
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in sorted(Path(root).glob(f"*/LC_MESSAGES/{MESSAGE_CATALOG}.po")):
        mo = po.with_suffix(".mo")
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=po.parent.parent.name, domain=MESSAGE_CATALOG)
        if check_catalog(po, catalog) and mo.exists():
            mo.unlink()  # compiled again without the broken translations
        if mo.exists() and mo.stat().st_mtime_ns >= po.stat().st_mtime_ns:
            continue
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
    except Exception as exc:  # noqa: BLE001 - a broken catalog must not hide the build's other problems
        logger.warning(
            "pvt_site: cannot compile %s catalogs in %s: %s",
            MESSAGE_CATALOG,
            root,
            exc,
            type="pvt_site",
            subtype="catalog",
        )
    app.add_message_catalog(MESSAGE_CATALOG, str(root))
    translate_edition_config(config)


def setup(app: Sphinx) -> dict:
    app.add_config_value("pvt_site_locale_dir", "", "env", str)
    app.connect("config-inited", on_config_inited)
    app.connect("env-get-outdated", reread_after_catalog_change)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
