"""How far the translation is: per catalog (page) and in total, like potodo.

    python -m lint.translation_status [--format text|json] [locale/en]

Counts each catalog's entries as translated, fuzzy, untranslated or obsolete
(as gettext counts them: a fuzzy entry is not translated; obsolete entries are
not part of the page and not part of the percentage). Percent translated =
translated / (translated + fuzzy + untranslated); a catalog with nothing to
translate is 100%. Exit 0 with the report; exit 2 (a message naming the file
and line, no traceback) when the directory is missing or a catalog cannot be read.
"""

import argparse
import json
import sys
from pathlib import Path

from .errors import LintInputError
from .parsing.catalog import FUZZY, OBSOLETE, TRANSLATED, UNTRANSLATED, load_catalog

COLUMNS = (TRANSLATED, FUZZY, UNTRANSLATED, OBSOLETE)


def catalog_paths(directory):
    """The .po files under ``directory`` (a language directory such as locale/en), sorted."""
    directory = Path(directory)
    if directory.is_file():
        return [directory]
    return sorted(directory.rglob("*.po"))


def status(directory):
    """{"locale": ..., "catalogs": [row, ...], "total": row}; raises LintInputError."""
    directory = Path(directory)
    if not directory.exists():
        raise LintInputError(str(directory), 0, "no such directory (give a language directory such as locale/en)")
    rows = []
    for path in catalog_paths(directory):
        catalog = load_catalog(path)
        counts = catalog.counts
        rows.append(_row(catalog.page, str(path), catalog.language, counts))
    total_counts = {state: sum(r[state] for r in rows) for state in COLUMNS}
    total = _row("total", str(directory), "", total_counts)
    return {"locale": str(directory), "catalogs": rows, "total": total}


def _row(page, path, language, counts):
    entries = counts[TRANSLATED] + counts[FUZZY] + counts[UNTRANSLATED]
    percent = 100.0 if entries == 0 else round(100.0 * counts[TRANSLATED] / entries, 1)
    row = {"page": page, "path": path, "language": language}
    row.update({state: counts[state] for state in COLUMNS})
    row["entries"] = entries
    row["percent_translated"] = percent
    return row


def format_text(report):
    rows = report["catalogs"]
    headers = ("page", "translated", "fuzzy", "untranslated", "obsolete", "done")
    table = [headers]
    for row in rows + [report["total"]]:
        table.append(
            (
                row["page"],
                f"{row[TRANSLATED]}/{row['entries']}",
                str(row[FUZZY]),
                str(row[UNTRANSLATED]),
                str(row[OBSOLETE]),
                f"{row['percent_translated']:.1f}%",
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(len(headers))]
    lines = [f"Translation status of {report['locale']} ({len(rows)} catalog{'' if len(rows) == 1 else 's'})"]
    for index, cells in enumerate(table):
        if index == len(table) - 1:
            lines.append("  ".join("-" * w for w in widths))
        lines.append(
            "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=False)))
        )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m lint.translation_status",
        description="Translation progress of each catalog (page) and in total.",
    )
    parser.add_argument(
        "directory",
        nargs="?",
        default="locale/en",
        help="a language directory of catalogs (default: locale/en) or one .po file",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    try:
        report = status(args.directory)
    except LintInputError as exc:
        print(f"{exc.path}:{exc.line}: {exc.message}" if exc.line else f"{exc.path}: {exc.message}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_text(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
