"""Which files to lint: the project's docs/, locale/ and refs.bib, or the paths given, by kind."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..findings import display
from .errors import UsageError

if TYPE_CHECKING:
    from .session import Session

KINDS = {".md": "page", ".po": "catalog", ".bib": "bib"}


DEFAULT_PATHS = ("docs", "locale", "refs.bib")


SKIPPED_FOLDERS = {"_build", "__pycache__", "node_modules"}


def collect_files(paths: Iterable[str | Path], session: Session) -> dict[str, list[Path]]:
    """Files to lint by kind ("page", "catalog", "bib"); UsageError for what cannot be linted."""
    given = list(paths)
    if not given:
        given = [session.root / p for p in DEFAULT_PATHS if (session.root / p).exists()]
        if not given:
            raise UsageError(f"{display(session.root)}: nothing to lint here (no docs/, locale/ or refs.bib)")
    files: dict[str, list[Path]] = {"page": [], "catalog": [], "bib": []}
    seen = set()
    for raw in given:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"{raw}: no such file or folder")
        if path.is_file():
            kind = KINDS.get(path.suffix.lower())
            if kind is None:
                raise UsageError(
                    f"{raw}: cannot lint a {path.suffix or 'extensionless'} file "
                    "(the lint reads .md pages, .po catalogs and .bib bibliographies)"
                )
            candidates = [path]
        else:
            candidates = [
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in KINDS and not _skipped(p, path, session)
            ]
            if not candidates:
                raise UsageError(f"{raw}: no .md, .po or .bib file to lint in this folder")
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                files[KINDS[candidate.suffix.lower()]].append(candidate)
    return files


def _skipped(path: Path, base: Path, session: Session) -> bool:
    parts = path.relative_to(base).parts[:-1]
    if any(p in SKIPPED_FOLDERS or p.startswith(".") for p in parts):
        return True
    try:
        relative = path.resolve().relative_to(session.root).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(
        fnmatch.fnmatch(relative, pattern) or relative.startswith(pattern.rstrip("/") + "/")
        for pattern in session.config.exclude
    )
