"""Read a benchmark corpus (a YAML list of entries), or stop with a message naming the file and line."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def read_corpus(path: Path) -> list[dict]:
    """The entries of the corpus at ``path``; exit 2 with a plain message if it cannot be used."""
    try:
        entries = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        _stop(f"{path}: cannot read the corpus: {error.strerror or error}")
    except UnicodeDecodeError as error:
        _stop(f"{path}: the corpus is not UTF-8 text (byte {error.start})")
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        _stop(f"{path}{where}: the corpus is not valid YAML: {getattr(error, 'problem', None) or error}")
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "id" in e for e in entries):
        _stop(f"{path}: a corpus is a YAML list of entries, each with an id")
    return entries


def _stop(message: str):
    print(message, file=sys.stderr)
    raise SystemExit(2)
