"""The content-hash cache of the page rules' results (as ``ruff`` and ``textlint --cache`` keep one).

A page's findings and sentence checks are reused when nothing they depend on has changed: the
page's bytes and path, and the run's key: the lint's version and its own source (lint/**/*.py),
its data files (lint/data/*), the settings ([tool.pvt-lint] as read), the profile, the selected
rules, whether the whole project is linted, and the bibliography the citation rules read. Any
change to one of these is a miss; nothing depends on modification times. So is a change to the
other files rules read (the E-E-A-T records under docs/, files named by a setting) and a new day
(the E-E-A-T rules compare dates with today's).

One JSON file a run key, ``pages-<key>.json`` under the cache folder (``.pvt-lint-cache/`` of the
project by default; the command line's ``--no-cache`` turns it off, ``--cache-dir`` moves it):
page path -> {"hash": sha256 of the page's text, "findings": {rule position: [finding]},
"checks": [...]}. The few newest files are kept, so that runs with different selections (the
editor's --select JAS, the pre-commit hook's full run) do not evict each other. A file that
cannot be read or parsed is a miss; one that cannot be written leaves the run uncached.

Before any of this, ``python -m lint`` asks lint.engine.replay whether the very same command ran
on an unchanged tree; only when it did not does the lint import its rules and come here.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import stat
import tempfile
from dataclasses import asdict
from pathlib import Path

from ..findings import Finding
from .replay import PAGES_PREFIX, write_gitignore

LINT_DIR = Path(__file__).resolve().parents[1]
KEEP_FILES = 8  # run keys kept (newest first)
RUN_ENTRY = "<run>"  # the findings of every rule on the last run's files, before suppressions
FORMAT = 3  # the layout of a cache file; a change makes every old file a miss (2: keys hold included files; 3: records)


def _tree_digest(folder: Path, pattern: str) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob(pattern)):
        if "__pycache__" in path.parts:
            continue
        digest.update(os.fsencode(path.relative_to(folder).as_posix()))
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def lint_version() -> str:
    """The lint's version for the cache: a digest of its own source (lint/**/*.py), so that any
    change to the code, a release or an uncommitted edit, is a new version. (The installed
    version's string is not read: importlib.metadata costs more than a cached run.)"""
    return _tree_digest(LINT_DIR, "*.py")


def data_digest() -> str:
    return _tree_digest(LINT_DIR / "data", "*")


def run_key(session, whole_project: bool) -> str:
    """The part of every page's key that is the same for the whole run."""
    bib = b""
    if session.needs_bibliography() and session.bib_path is not None and session.bib_path.is_file():
        bib = session.bib_path.read_bytes()
    parts = {
        "format": FORMAT,
        "version": lint_version(),
        "data": data_digest(),
        "config": json.dumps(session.config.data, sort_keys=True, default=str, ensure_ascii=False),
        "profile": session.profile,
        "rules": list(session.selected),
        "whole_project": whole_project,
        "bibliography": hashlib.sha256(bib).hexdigest(),
        "side_files": side_files_digest(session),
        # the E-E-A-T rules compare dates with today's (a review falls due): a day is a new key
        "today": datetime.date.today().isoformat(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


def files_hash(texts: dict, session=None, page_key=None) -> str:
    """A digest of every file of a run ({path: (text, suffix)}) and of what their results depend on besides: the
    files each page includes, for a run with catalogs, the pages of the project's docs folders, and for a run with
    pages, the project's catalogs (TRN016 compares a page with its catalogs, and a catalog with its page)."""
    digest = hashlib.sha256()
    for path in sorted(texts):
        text, suffix = texts[path]
        digest.update(((page_key or page_hash)(path, text) if suffix == ".md" else text_hash(path, text)).encode())
    if session is not None and any(suffix == ".po" for _, suffix in texts.values()):
        for docs in docs_folders(session):
            _add_files(digest, docs_files(docs, ("*.md",)))
    if session is not None and any(suffix == ".md" for _, suffix in texts.values()):
        # TRN016 compares each page with its catalogs, which a run on the pages alone does not lint
        _add_files(digest, docs_files(Path(session.root) / "locale", ("*.po",)))
    return digest.hexdigest()


def docs_files(docs: Path, patterns) -> list[Path]:
    """The files of a docs folder matching ``patterns``, sorted, outside the folders the lint never reads (_build,
    __pycache__, node_modules and hidden ones: lint.engine.discovery's)."""
    from .discovery import SKIPPED_FOLDERS

    if not docs.is_dir():
        return []
    found = {p for pattern in patterns for p in docs.rglob(pattern)}
    return sorted(
        p
        for p in found
        if not any(part in SKIPPED_FOLDERS or part.startswith(".") for part in p.relative_to(docs).parts[:-1])
    )


def docs_folders(session) -> list[Path]:
    """The folders of the pages the catalogs translate: docs/ and any a rule's ``docs`` setting names (TRN010,
    TRN016; from the code review: with docs = "source" a page's edit did not reach a catalog run's key)."""
    root = Path(session.root)
    names = {"docs"}
    for section in (session.config.data.get("rules") or {}).values():
        if isinstance(section, dict) and isinstance(section.get("docs"), str):
            names.add(section["docs"])
    folders = []
    for name in sorted(names):
        folder = root / name
        try:
            inside = root.resolve() in folder.resolve().parents  # never the root or a folder outside (TRN016 refuses)
        except (OSError, RuntimeError, ValueError):
            inside = False
        if inside:
            folders.append(folder)
    return folders


LARGEST_READ = 2_000_000  # a larger file is keyed by its size and time, not read (SEC001 reads none larger)


def _add_files(digest, paths) -> None:
    """Each file's path and state into ``digest``: the bytes of a regular file (its size and time past LARGEST_READ),
    the kind of anything else (a FIFO is never opened: it would wait for a writer), a mark for one that is missing or
    cannot be read."""
    for path in paths:
        digest.update(os.fsencode(str(path)) + b"\0")
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                digest.update(f"\0special:{stat.S_IFMT(info.st_mode):o}".encode())
            elif info.st_size > LARGEST_READ:
                digest.update(f"\0large:{info.st_size}:{info.st_mtime_ns}".encode())
            else:
                digest.update(path.read_bytes())
        except (OSError, ValueError):
            digest.update(b"\0unreadable")


def page_hash(path: str, text: str) -> str:
    """The key of a page's results: its path and text, and the bytes of every file it includes (a missing one too),
    whose HTML SEC001 reads: an included file that gains a <script> must not be answered from the cache; and of the
    E-E-A-T record its front matter names (each place the reference may resolve to)."""
    from ..core.includes import page_inputs

    inputs = page_inputs(path, text)
    if not inputs:
        return text_hash(path, text)
    digest = hashlib.sha256(text_hash(path, text).encode())
    _add_files(digest, inputs)
    return digest.hexdigest()


def side_files_digest(session) -> str:
    """A digest of the other files rules read: the E-E-A-T records and other YAML under docs/
    (pages name them in their front matter), and any file a setting names (a term list, a word
    list, a phrase table)."""
    root = Path(session.root)
    paths: set[Path] = set()
    for docs in docs_folders(session):  # a configured docs folder's records too (from the second code review)
        paths.update(docs_files(docs, ("*.yaml", "*.yml")))
    for value in _strings(session.config.data):
        if len(value) < 300 and ("/" in value or "." in value):
            candidate = Path(value) if Path(value).is_absolute() else root / value
            try:
                if candidate.is_file():
                    paths.add(candidate)
            except OSError:
                continue
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(os.fsencode(str(path)) + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def text_hash(path: str, text: str) -> str:
    return hashlib.sha256(os.fsencode(path) + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()


class PageCache:
    """The cached page results of one run key."""

    def __init__(self, folder: Path, key: str) -> None:
        self.folder = Path(folder)
        self.file = self.folder / f"{PAGES_PREFIX}{key}.json"
        self.entries: dict = {}
        self.changed = False
        self._keys: dict = {}  # (path, text) -> page_hash: a page's includes are read once a run, not three times
        try:
            loaded = json.loads(self.file.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.entries = loaded
        except (OSError, ValueError):
            pass

    def page_key(self, path: str, text: str) -> str:
        """page_hash of the page, computed once for this run."""
        key = self._keys.get((path, text))
        if key is None:
            key = self._keys[(path, text)] = page_hash(path, text)
        return key

    def get(self, path: str, text: str):
        """(findings by rule position, checks) of the page when cached for this text, else None."""
        entry = self.entries.get(path)
        if not isinstance(entry, dict) or entry.get("hash") != self.page_key(path, text):
            return None
        try:
            findings = {int(position): [Finding(**f) for f in found] for position, found in entry["findings"].items()}
            checks = [tuple(check) for check in entry["checks"]]
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return findings, checks

    def put(self, path: str, text: str, findings: dict, checks: list) -> None:
        self.entries[path] = {
            "hash": self.page_key(path, text),
            "findings": {str(position): [asdict(f) for f in found] for position, found in findings.items()},
            "checks": [list(check) for check in checks],
        }
        self.changed = True

    def get_run(self, files_hash: str):
        """(findings, checks by page path) of the last run on exactly these files, else None."""
        entry = self.entries.get(RUN_ENTRY)
        if not isinstance(entry, dict) or entry.get("hash") != files_hash:
            return None
        try:
            findings = [Finding(**f) for f in entry["findings"]]
            checks = {path: [tuple(check) for check in found] for path, found in entry["checks"].items()}
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return findings, checks

    def put_run(self, files_hash: str, findings: list, checks: dict) -> None:
        self.entries[RUN_ENTRY] = {
            "hash": files_hash,
            "findings": [asdict(f) for f in findings],
            "checks": {path: [list(c) for c in found] for path, found in checks.items()},
        }
        self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_gitignore(self.folder)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=f".{PAGES_PREFIX}", suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                # ASCII escapes: a file name that is not UTF-8 (a surrogate) is stored as \udcXX
                json.dump(self.entries, out, separators=(",", ":"))
            os.replace(temporary, self.file)  # atomic: a concurrent run reads the old or the new file
            self._prune()
        except (OSError, ValueError):
            pass  # a read-only tree or an unstorable entry: the run is simply not cached

    def _prune(self) -> None:
        files = sorted(self.folder.glob(f"{PAGES_PREFIX}*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP_FILES:]:
            try:
                old.unlink()
            except OSError:
                pass
