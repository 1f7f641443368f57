"""`python -m lint.review_record fingerprint`: record what a completed medical review covered.

Run it on the day a physician has reviewed the article, after recording the review in the
E-E-A-T record (reviewer.status: complete, the reviewer's fields, dates.last_reviewed). It
writes the fingerprint file that ``reviewer.fingerprint`` names (default
``review-fingerprint.json`` beside the record): a hash of every sentence of every page and of
every translated entry of its English catalog. From then on EAT008 reports any sentence or
translation that changes, and each page says which version was reviewed.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from .analysis.fingerprint import catalog_entries, page_sentences
from .core.eeat import EeatRecordError, load_record
from .core.files import read_text
from .core.review import FINGERPRINT_KEY, Fingerprint, fingerprint_path
from .errors import LintInputError
from .parsing.markdown import parse_page

DEFAULT_RECORD = Path("docs") / "_meta" / "eeat.yaml"


def fingerprint(root: Path, version: str, reviewed: str) -> Fingerprint:
    """The fingerprint of the project's pages (docs/*.md) and English catalogs as they are now."""
    result = Fingerprint(version, reviewed)
    for path in sorted((root / "docs").glob("*.md")):
        page = parse_page(str(path), read_text(path))
        catalog = root / "locale" / "en" / "LC_MESSAGES" / f"{path.stem}.po"
        result.pages[path.stem] = {
            "text": sorted({d for d, _, _ in page_sentences(page)}),
            "en": sorted({d for d, _, _ in catalog_entries(catalog)}),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lint.review_record", description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["fingerprint"])
    parser.add_argument("--root", default=".", help="the project root (default: the current folder)")
    parser.add_argument("--record", default=None, help=f"the E-E-A-T record (default: {DEFAULT_RECORD})")
    parser.add_argument(
        "--version",
        dest="article_version",
        default=None,
        help="the article's version that was reviewed (default: release in docs/conf.py)",
    )
    parser.add_argument("--reviewed", default=None, help="the review date YYYY-MM-DD (default: dates.last_reviewed)")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    record_file = Path(args.record) if args.record else root / DEFAULT_RECORD
    try:
        record = load_record(record_file)
    except (EeatRecordError, LintInputError) as exc:
        print(f"review_record: {exc}", file=sys.stderr)
        return 2
    if str(record.get("reviewer.status", "")).strip().lower() != "complete":
        print(
            f"review_record: {record_file}: reviewer.status is not complete; record the review first "
            "(only a real review by a qualified physician may be recorded)",
            file=sys.stderr,
        )
        return 2
    reviewed = args.reviewed or str(record.get("dates.last_reviewed", "") or "")
    try:
        datetime.date.fromisoformat(reviewed)
    except ValueError:
        print(f"review_record: the review date {reviewed!r} is not YYYY-MM-DD (give --reviewed)", file=sys.stderr)
        return 2
    version = args.article_version or _release(root)
    target = fingerprint_path(record_file, record.get(f"reviewer.{FINGERPRINT_KEY}", None) or "review-fingerprint.json")
    assert target is not None
    target.write_text(fingerprint(root, version, reviewed).as_json(), encoding="utf-8")
    print(f"wrote {target}; make sure {record_file} has reviewer.{FINGERPRINT_KEY}: {target.name}")
    return 0


def _release(root: Path) -> str:
    import re

    conf = read_text(root / "docs" / "conf.py")
    found = re.search(r"^version\s*=\s*release\s*=\s*\"([^\"]+)\"", conf, re.M) or re.search(
        r"^release\s*=\s*\"([^\"]+)\"", conf, re.M
    )
    return found.group(1) if found else "unknown"


if __name__ == "__main__":
    sys.exit(main())
