"""Data derived from a data file, kept the way Python keeps compiled bytecode.

Building the MED pattern table (lint/data/medical-ads.toml: MeCab's reading of every pattern
word, hundreds of compiled word patterns) costs more than unpickling the result. ``derived``
stores the built object in a ``__pycache__`` folder next to the data file, keyed by a digest of
the data file's bytes, the source of the code that builds it and the Python version, and rebuilds
it whenever any of them changes: like a ``.pyc`` file, it is a cache of what the lint computes
from its own files, never of a result that depends on the pages or the settings, so it is used
under ``--no-cache`` too. The code that builds it is the module that defines ``build`` and every
lint module it imports, at any depth (``from ..x import y`` lines, those inside functions too):
an edit of another rule family's module leaves the stored object valid, as it leaves the other
modules' ``.pyc`` files (a digest of the whole lint made every such edit rebuild the MED table,
and with ``PYTHONDONTWRITEBYTECODE`` set, as in the development shells, no run stored it again).
A ``build`` defined outside the lint, or a module that imports by name at run time
(with ``importlib``), is keyed by the whole lint's source. Like bytecode it is not written when
Python is told not to write bytecode (``PYTHONDONTWRITEBYTECODE``, ``-B``) and a folder that
cannot be written only means the object is built each run. ``PVT_LINT_NO_DERIVED=1`` turns it
off (the benchmarks measure a cold run with it).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

LINT_DIR = Path(__file__).resolve().parents[1]
FORMAT = b"derived-1"  # a change makes every stored object a miss


# an import of a lint module: "from .x import a", "from ..x.y import (a, b)", "from .. import x", "import lint.x"
_IMPORT_RE = re.compile(
    r"^[ \t]*(?:from[ \t]+(\.+|lint\b)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)|import[ \t]+(lint[\w.]*))", re.M
)
_NAME_RE = re.compile(r"\w+")
# importlib imported: a module imported by a name computed at run time (the rule loader's way)
_DYNAMIC_RE = re.compile(r"^[ \t]*(?:import|from)[ \t]+importlib\b", re.M)


@lru_cache(maxsize=1024)
def _module_file(parts: tuple[str, ...]) -> Path | None:
    """The source file of the lint module ``parts`` (lint/a/b.py or lint/a/b/__init__.py), or None."""
    base = LINT_DIR.joinpath(*parts[1:])
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=1024)
def _imports(path: Path) -> frozenset[Path] | None:
    """The files of the lint modules the file ``path`` imports, with their packages' __init__
    files; None when it imports by a name computed at run time. Read once a run: the objects of
    one run are keyed by overlapping sets of modules (32 readings of 21 files before)."""
    source = path.read_text(encoding="utf-8", errors="replace")
    if "importlib" in source and _DYNAMIC_RE.search(source):  # the test first: the scan takes a file's length
        return None
    package = ("lint", *path.parent.relative_to(LINT_DIR).parts)
    found = set()
    for dots, name, names, absolute in _IMPORT_RE.findall(source):
        if absolute:
            target = tuple(absolute.split("."))
            candidates = [target]
        else:
            base = ("lint",) if dots == "lint" else package[: len(package) - (len(dots) - 1)]
            target = (*base, *(n for n in name.split(".") if n))
            # "from .. import x": x may be a module of the package
            candidates = [target, *((*target, n) for n in _NAME_RE.findall(names))]
        for parts in candidates:
            for depth in range(1, len(parts) + 1):  # the packages on the way are imported too
                file = _module_file(parts[:depth])
                if file is not None:
                    found.add(file)
    return frozenset(found)


@lru_cache(maxsize=16)
def source_files(module: str | None = None) -> tuple[Path, ...]:
    """The source files an object built by ``module`` depends on: that lint module and every lint
    module it imports, at any depth; the whole lint (lint/**/*.py) for None, a module outside the
    lint, or one that imports by a name computed at run time."""
    parts = tuple(module.split(".")) if module else ()
    start = _module_file(parts) if parts[:1] == ("lint",) else None
    if start is not None:
        # the module and the packages it is in
        files = {file for depth in range(1, len(parts) + 1) if (file := _module_file(parts[:depth])) is not None}
        todo = list(files)
        while todo:
            imported = _imports(todo.pop())
            if imported is None:
                break
            todo.extend(imported - files)
            files |= imported
        else:
            return tuple(sorted(files))
    return tuple(sorted(path for path in LINT_DIR.rglob("*.py") if "__pycache__" not in path.parts))


@lru_cache(maxsize=16)
def source_digest(module: str | None = None) -> bytes:
    """A digest of source_files(module): an edit of that code makes a stored object a miss."""
    digest = hashlib.sha256()
    for path in source_files(module):
        digest.update(os.fsencode(path.relative_to(LINT_DIR).as_posix()) + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.digest()


def derived(path: Path, build: Callable[[], T], kind: type | None = None, extra_key: bytes = b"") -> T:
    """``build()``, the object derived from data file ``path``: from its stored copy when the
    file, the code that builds it (see source_digest) and Python are unchanged, else built (and
    stored for the next run).

    ``kind``: the type ``build`` returns; a stored object of another type is a miss. ``extra_key``:
    whatever else the object depends on (the tokenizer's dictionary for MeCab's readings)."""
    if os.environ.get("PVT_LINT_NO_DERIVED"):
        return build()
    try:
        data = path.read_bytes()
    except OSError:
        return build()  # build() names the file that cannot be read
    code = source_digest(getattr(build, "__module__", None))
    key = hashlib.sha256(FORMAT + code + sys.version.encode() + extra_key + b"\0" + data).hexdigest()[:24]
    stored = path.parent / "__pycache__" / f"{path.stem}.{key}.pickle"
    try:
        with open(stored, "rb") as file:
            value = pickle.load(file)  # noqa: S301 - the lint's own cache folder, as trusted as its .pyc files
        if kind is None or isinstance(value, kind):
            return value
    except Exception:  # noqa: BLE001 - missing, truncated or unreadable: a miss
        pass
    value = build()
    if not sys.dont_write_bytecode:
        _store(stored, path.stem, value)
    return value


def _store(stored: Path, stem: str, value: object) -> None:
    """Write atomically, removing this data file's older copies; a failure leaves no file."""
    import tempfile

    try:
        stored.parent.mkdir(exist_ok=True)
        # older copies, and temporary files a run killed while writing left behind
        for old in [*stored.parent.glob(f"{stem}.*.pickle"), *stored.parent.glob(f".{stem}.*.tmp")]:
            old.unlink(missing_ok=True)
        handle, temporary = tempfile.mkstemp(dir=stored.parent, prefix=f".{stem}.", suffix=".tmp")
        try:
            os.chmod(temporary, 0o644)  # readable like a .pyc file (mkstemp makes it private)
            with os.fdopen(handle, "wb") as file:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, stored)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except Exception:  # noqa: BLE001 - a read-only installation builds each run, as without bytecode
        return
