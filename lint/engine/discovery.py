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
    if any(not str(raw).strip() for raw in given):
        # (from a review of hostile inputs) an empty argument ("$FILES" with nothing staged) read as "."
        raise UsageError("an empty path was given: name a file or folder, or give none to lint the project")
    # the project's root named as a folder (python -m lint .) stands for the project: its docs/, locale/ and refs.bib,
    # not the test fixtures and notes beside them (a folder without them is read whole, as any folder)
    root = Path(session.root).resolve()
    defaults = [session.root / p for p in DEFAULT_PATHS if (session.root / p).exists()]
    if defaults:
        given = [p for raw in given for p in (defaults if _is_folder(raw, root) else [Path(raw)])]
    files: dict[str, list[Path]] = {"page": [], "catalog": [], "bib": []}
    seen = set()
    for raw in given:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"{raw}: no such file or folder")
        if not path.is_file() and not path.is_dir():
            raise UsageError(f"{raw}: {NOT_REGULAR}")
        if path.is_file():
            kind = KINDS.get(path.suffix.lower())
            if kind is None:
                raise UsageError(
                    f"{raw}: cannot lint a {path.suffix or 'extensionless'} file "
                    "(the lint reads .md pages, .po catalogs and .bib bibliographies)"
                )
            candidates = [path]
        else:
            _check_folders_readable(path, session)
            named = [p for p in _listed(path) if p.suffix.lower() in KINDS and not _skipped(p, path, session)]
            # a page name that is no file (a FIFO, a socket, a broken link) is said, never skipped in silence
            special = next((p for p in named if not p.is_file() and not p.is_dir()), None)
            if special is not None:
                raise UsageError(f"{special}: {NOT_REGULAR}")  # as written: display() would follow a link
            candidates = [p for p in named if p.is_file()]
            if not candidates:
                raise UsageError(f"{raw}: no .md, .po or .bib file to lint in this folder")
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                files[KINDS[candidate.suffix.lower()]].append(candidate)
    return files


NOT_REGULAR = "not a regular file (a FIFO, a socket, a device or a broken link): the lint reads files only"


def _check_folders_readable(folder: Path, session: Session) -> None:
    """UsageError naming the first folder under ``folder`` that cannot be listed (rglob skips it in silence);
    the folders the lint never reads (hidden, _build, the configuration's exclude) are not listed."""
    import os

    errors: list[OSError] = []
    for base, dirs, _files in os.walk(folder, onerror=errors.append):
        dirs[:] = [
            d
            for d in dirs
            if d not in SKIPPED_FOLDERS
            and not d.startswith(".")
            and not _skipped(Path(base) / d / "_", folder, session)
        ]
        if errors:
            break
    if errors:
        error = errors[0]
        raise UsageError(f"{error.filename}: cannot read the folder: {error.strerror or error}")


def run_paths(paths: list, session: Session) -> list:
    """The paths as a run reads them: none (the whole project's run: its project rules, its cache key) when every path
    names the project's root (python -m lint .), else the paths given. The command line and the engine both ask."""
    return [] if paths and all(names_the_root(path, session) for path in paths) else paths


def names_the_root(raw, session: Session) -> bool:
    """Whether the argument ``raw`` names the root of a project (python -m lint .): the folder itself, holding one of
    docs/, locale/ or refs.bib (any other folder is read whole)."""
    root = Path(session.root)
    if not str(raw).strip():
        return False  # an empty argument is refused as such, never read as "." (from the second code review)
    return _is_folder(raw, root.resolve()) and any((root / p).exists() for p in DEFAULT_PATHS)


def _is_folder(raw, folder: Path) -> bool:
    """Whether the argument ``raw`` names the folder ``folder`` itself."""
    path = Path(raw)
    return path.is_dir() and path.resolve() == folder


def _listed(folder: Path) -> list[Path]:
    """Every path under ``folder``, sorted, following links to folders as Sphinx does (a page in a linked folder is
    published, so it is linted); a folder reached twice (a loop of links) is listed once."""
    import os

    seen: set[str] = set()
    found: list[Path] = []
    for base, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(base)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = [d for d in dirs if d not in SKIPPED_FOLDERS and not d.startswith(".")]
        found.extend(Path(base) / name for name in [*dirs, *files])
    return sorted(found)


def _skipped(path: Path, base: Path, session: Session) -> bool:
    parts = path.relative_to(base).parts[:-1]
    if any(p in SKIPPED_FOLDERS or p.startswith(".") for p in parts):
        return True
    try:
        relative = path.resolve().relative_to(session.root).as_posix()
    except (ValueError, OSError, RuntimeError):  # outside the project, or a loop of links (reported as no file)
        relative = path.as_posix()
    return any(
        fnmatch.fnmatch(relative, pattern) or relative.startswith(pattern.rstrip("/") + "/")
        for pattern in session.config.exclude
    )
