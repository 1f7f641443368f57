"""A page removed from the sources is removed from the built site.

Sphinx rebuilds incrementally into the same folder and never deletes the output of a page that
is gone from the sources: its HTML (or XHTML) file stays, reachable by its old address and
published with the folder. The checks that read every built page (translation_check's Japanese
in an English page, output_security's scripts) then judged that leftover file, and a clean tree's
build failed with advice that could not help (run update-po) until someone deleted the build
folder by hand (found by an independent check of issue 12, forty-fourth session).

When the environment reports a page removed since the last build, its output file and its copy
under ``_sources`` are deleted before anything is written, and every page is read and written again
when a page was added or removed, since each page's navigation names the others. The doctree cache of the edition is
what remembers the page: with that cache deleted too, nothing is known to remove (then delete
the build folder, as a fresh clone has none).
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)


def _outputs(app: Sphinx, docname: str) -> list[Path]:
    """The files the current builder writes for ``docname``: its page and its source copy (web builders)."""
    builder = app.builder
    found = []
    get_output_path = getattr(builder, "get_output_path", None)
    if get_output_path is not None:
        found.append(Path(get_output_path(docname)))
    sources = Path(app.outdir) / "_sources"
    if sources.is_dir():
        found.extend(sources.glob(f"{docname}.*"))
    return found


def remove_stale_pages(app: Sphinx, env, added: set, changed: set, removed: set) -> list[str]:
    """Delete the output of each removed page; with a page added or removed, every page is read and written again."""
    outdir = Path(app.outdir).resolve()
    for docname in sorted(removed):
        for path in _outputs(app, docname):
            path = path.resolve()
            if outdir in path.parents and path.is_file():
                path.unlink()
                logger.info("removed %s: its page is no longer in the sources", path.relative_to(outdir))
    # the other pages' navigation (previous/next links, the table of contents in the sidebar) names the pages:
    # Sphinx writes again only the pages that changed, so an unchanged page kept its link to the removed one
    return sorted(env.found_docs) if added or removed else []


def setup(app: Sphinx) -> dict:
    app.connect("env-get-outdated", remove_stale_pages)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
