"""A page's E-E-A-T record in the build, found and read by lint.core.eeat as the lint does.

The page's front matter names the record (``eeat: _meta/eeat.yaml``, looked up
from the page's folder up to the source folder, '/' = the source folder), or
holds it inline; pages without the key use ``pvt_site_eeat`` of conf.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from lint.core.eeat import EeatRecordError, find_record, load_record

FRONT_MATTER_KEY = "eeat"

# path -> (modification time, record data): the record is shared by every page.
_RECORD_CACHE: dict[Path, tuple[int, dict]] = {}


def load_record_file(path: Path) -> dict:
    """The record at *path* (a mapping), cached by modification time; raises EeatRecordError."""
    path = Path(path)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise EeatRecordError(f"eeat record {path} not found") from exc
    cached = _RECORD_CACHE.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    data = load_record(path).data
    _RECORD_CACHE[path] = (stamp, data)
    return data


def record_reference(env: BuildEnvironment, docname: str) -> str:
    """The front-matter value naming a page's record (a path, or inline JSON)."""
    meta = env.metadata.get(docname, {})
    return meta.get(FRONT_MATTER_KEY) or env.config.pvt_site_eeat


def record_path(env: BuildEnvironment, docname: str, reference: str) -> Path:
    """The record file a page's reference names; raises EeatReferenceError when there is none."""
    return find_record(reference, Path(env.doc2path(docname)), docs_root=Path(env.srcdir))


def page_record(env: BuildEnvironment, docname: str) -> tuple[dict, Path | None]:
    """(record, path or None for an inline record) for a page; raises EeatRecordError."""
    reference = str(record_reference(env, docname)).strip()
    if reference.startswith("{"):  # an inline mapping (MyST stores it as JSON)
        try:
            data = json.loads(reference)
        except ValueError as exc:
            raise EeatRecordError(f"inline E-E-A-T record is not a mapping: {exc}") from exc
        if not isinstance(data, dict):
            raise EeatRecordError("inline E-E-A-T record is not a mapping")
        return data, None
    path = record_path(env, docname, reference)
    return load_record_file(path), path


def setup(app: Sphinx) -> dict:
    # The record pages without an eeat: key use, and the page the block links to.
    app.add_config_value("pvt_site_eeat", "/_meta/eeat.yaml", "env", str)
    app.add_config_value("pvt_site_policy_doc", "editorial-policy", "env", str)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
