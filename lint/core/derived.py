"""Data derived from a data file, kept the way Python keeps compiled bytecode.

Building the MED pattern table (lint/data/medical-ads.toml: MeCab's reading of every pattern
word, hundreds of compiled word patterns) costs more than unpickling the result. ``derived``
stores the built object in a ``__pycache__`` folder next to the data file, keyed by a digest of
the data file's bytes, the lint's own source (lint/**/*.py) and the Python version, and rebuilds
it whenever any of them changes: like a ``.pyc`` file, it is a cache of what the lint computes
from its own files, never of a result that depends on the pages or the settings, so it is used
under ``--no-cache`` too. Like bytecode it is not written when Python is told not to write
bytecode (``PYTHONDONTWRITEBYTECODE``, ``-B``) and a folder that cannot be written only means
the object is built each run. ``PVT_LINT_NO_DERIVED=1`` turns it off (the benchmarks measure a
cold run with it).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

LINT_DIR = Path(__file__).resolve().parents[1]
FORMAT = b"derived-1"  # a change makes every stored object a miss


@lru_cache(maxsize=1)
def source_digest() -> bytes:
    """A digest of the lint's source (lint/**/*.py): any edit of the code that builds an object
    makes the stored one a miss."""
    digest = hashlib.sha256()
    for path in sorted(LINT_DIR.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        digest.update(os.fsencode(path.relative_to(LINT_DIR).as_posix()) + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.digest()


def derived(path: Path, build: Callable[[], T], kind: type | None = None, extra_key: bytes = b"") -> T:
    """``build()``, the object derived from data file ``path``: from its stored copy when the
    file, the lint's source and Python are unchanged, else built (and stored for the next run).

    ``kind``: the type ``build`` returns; a stored object of another type is a miss. ``extra_key``:
    whatever else the object depends on (the tokenizer's dictionary for MeCab's readings)."""
    if os.environ.get("PVT_LINT_NO_DERIVED"):
        return build()
    try:
        data = path.read_bytes()
    except OSError:
        return build()  # build() names the file that cannot be read
    key = hashlib.sha256(FORMAT + source_digest() + sys.version.encode() + extra_key + b"\0" + data).hexdigest()[:24]
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
