"""Read a benchmark corpus (a YAML list of entries), or stop with a message naming the file and line."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
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


def fresh_table(
    title: str, paths: Iterable[Path], outcomes: Callable[[Path], Iterable[tuple[str, bool]]], only_fresh: bool = False
) -> dict:
    """Print one line per corpus (recall, false alarms) and each kind of fresh corpus pooled: the blind ones
    (``*-blind*``, written by an author who saw neither the checks nor the corpora) and the review sets (``*-review*``).
    ``outcomes(path)`` gives (expect, reported) for each entry of a corpus; ``only_fresh`` leaves the others out. The
    figures the open issues are judged by (shared by the claims and translation benchmarks)."""
    rows, pooled = {}, {"blind": [0, 0, 0, 0], "review": [0, 0, 0, 0]}
    print(f"\n== {title}")
    print(f"  {'corpus':28} {'recall':>16} {'false alarms':>16}")
    for path in sorted(paths, key=lambda p: (len(p.stem), p.stem)):
        kind = "blind" if "-blind" in path.stem else "review" if "-review" in path.stem else ""
        if only_fresh and not kind:
            continue
        counts = [0, 0, 0, 0]  # reported, to report, reported wrongly, correct
        for expect, reported in outcomes(path):
            counts[0 if expect == "flag" else 2] += bool(reported)
            counts[1 if expect == "flag" else 3] += 1
        if kind:
            pooled[kind] = [a + b for a, b in zip(pooled[kind], counts, strict=True)]
        rows[path.stem] = counts
        print(f"  {path.stem:28} {_share(counts[0], counts[1])} {_share(counts[2], counts[3])}")
    for kind, counts in pooled.items():
        print(
            f"  {'all ' + kind + ' corpora, pooled':28} {_share(counts[0], counts[1])} {_share(counts[2], counts[3])}"
        )
    return {"corpora": rows, "pooled": pooled}


def _share(part: int, whole: int) -> str:
    return f"{part:4}/{whole:<4} {part / max(whole, 1):6.1%}"
