"""Recall and false alarms of the uncited-claim rule (CIT001) on an independent corpus.

    python benchmarks/claims.py                  # every case
    python benchmarks/claims.py --half dev       # odd case numbers (the development half)
    python benchmarks/claims.py --half held-out  # even case numbers (measured, never tuned on)
    python benchmarks/claims.py --scope block    # CIT001's scope for the run (default: the rule's default)

The corpus, benchmarks/corpora/claims.yaml, was written by someone who never saw
the lint (its header gives the format and the labelling principle). Each case is
a MyST snippet with one target span marked ⟦…⟧. The markers are removed, the
snippet is written as docs/index.md of a temporary project (refs.bib holds the
keys src-a … src-e; pyproject.toml selects CIT001 only) and checked through the
lint's API (lint.runner.check_page). A case counts as flagged when the sentence a
CIT001 finding flags overlaps the target span: the finding's [start, end] (CIT001
findings carry the end of their sentence, as ruff's end_location) shares a
character with the target's first … last character. So a sentence that contains
the target counts even when it begins before it (a title line with no `#` forms
one sentence with the target below it).

The old test is printed beside it so nothing is hidden: a finding's start inside
the target span (on its line between its first and last column; a target spanning
lines: at or after its start on the first line, before its end on the last,
anywhere on the lines between). A finding with no end is tested by its start alone.

Prints recall (flag cases flagged) and false alarms (pass cases flagged) per
category and overall, then every failing case with a one-line reason, so that a
developer sees the design gap rather than a number. Without --corpus, one line
follows for every fresh corpus (claims-blind*, claims-review*: written apart from
the rule) and each kind pooled: the figures issue 11 is judged by. Writes
benchmarks/results/claims.json.
"""

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from corpus_file import fresh_table, read_corpus  # noqa: E402

from lint.runner import check_page, make_session  # noqa: E402

CORPUS = HERE / "corpora" / "claims.yaml"
# Written later by another author who saw neither the code nor the first corpus, and measured
# once the design was settled: the honest figure for text the design was not built around.
HELD_OUT_CORPUS = HERE / "corpora" / "claims-heldout.yaml"
RESULTS = HERE / "results"
OPEN, CLOSE = "⟦", "⟧"
KEYS = ("src-a", "src-b", "src-c", "src-d", "src-e")


def strip_target(markdown):
    """(text without the markers, ((line, column), (line, column))): the target's first and last character, 1-based."""
    start = markdown.index(OPEN)
    end = markdown.index(CLOSE, start)
    text = markdown[:start] + markdown[start + 1 : end] + markdown[end + 1 :]
    first = _line_column(text, start)
    last = _line_column(text, max(end - 2, start))  # end - 1 in the stripped text is past the last character
    return text, (first, last)


def _line_column(text, offset):
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def within(finding, span):
    (l1, c1), (l2, c2) = span
    if not l1 <= finding.line <= l2:
        return False
    if finding.line == l1 and finding.column < c1:
        return False
    if finding.line == l2 and finding.column > c2:
        return False
    return True


def overlaps(finding, span):
    """The finding's flagged text [start, end] shares a character with the target span."""
    if not getattr(finding, "end_line", None):  # a finding without its end (designs before the tenth round)
        return within(finding, span)
    first, last = span
    return (finding.line, finding.column) <= last and first <= (finding.end_line, finding.end_column)


def case_number(case):
    match = re.search(r"(\d+)$", case["id"])
    return int(match.group(1)) if match else 0


def project(folder, scope):
    folder = Path(folder)
    (folder / "docs").mkdir()
    (folder / "refs.bib").write_text(
        "".join(
            f"@misc{{{key},\n  title = {{Source {key[-1].upper()}}},\n  year = {{2024}},\n  evidence = {{guideline}},\n}}\n\n"
            for key in KEYS
        ),
        encoding="utf-8",
    )
    settings = '[tool.pvt-lint]\nselect = ["CIT001"]\nbib = "refs.bib"\n'
    if scope:
        settings += f'\n[tool.pvt-lint.rules.uncited-claim]\nscope = "{scope}"\n'
    (folder / "pyproject.toml").write_text(settings, encoding="utf-8")
    return make_session(root=folder, config_path=folder / "pyproject.toml", jobs=1)


def evaluate(cases, scope=None):
    """Each case with 'flagged' (bool) and 'findings' (CIT001 messages on the page)."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        session = project(folder, scope)
        page = Path(folder) / "docs" / "index.md"
        for case in cases:
            text, span = strip_target(case["markdown"])
            page.write_text(text, encoding="utf-8")
            report = check_page(page, text, session)
            hits = [f for f in report.findings if f.rule == "CIT001"]
            results.append(
                {
                    **case,
                    "span": span,
                    "flagged": any(overlaps(f, span) for f in hits),
                    "flagged_start": any(within(f, span) for f in hits),
                    "text": text,
                    "findings": [f"{f.line}:{f.column} {f.message}" for f in hits],
                }
            )
    return results


def target_text(case):
    markdown = case["markdown"]
    return markdown[markdown.index(OPEN) + 1 : markdown.index(CLOSE)].replace("\n", " ")


def summary(results):
    """{category: (flag cases, flagged, pass cases, false alarms)} and the overall figures."""
    table = defaultdict(lambda: [0, 0, 0, 0])
    for r in results:
        row = table[r["category"]]
        if r["expect"] == "flag":
            row[0] += 1
            row[1] += r["flagged"]
        else:
            row[2] += 1
            row[3] += r["flagged"]
    total = [sum(row[i] for row in table.values()) for i in range(4)]
    return dict(table), total


def by_start(results):
    """The results under the old hit test (the finding's start inside the target)."""
    return [dict(r, flagged=r["flagged_start"]) for r in results]


def figures_line(results):
    _, (n_flag, hit, n_pass, alarm) = summary(results)
    return f"recall {percent(hit, n_flag)} ({hit}/{n_flag}), false alarms {percent(alarm, n_pass)} ({alarm}/{n_pass})"


def percent(part, whole):
    return f"{100 * part / whole:.1f}%" if whole else "–"


def print_report(results, title):
    table, total = summary(results)
    print(f"## {title}\n")
    print("| category | flag cases | recall | pass cases | false alarms |")
    print("|---|---:|---:|---:|---:|")
    for category in sorted(table):
        n_flag, hit, n_pass, alarm = table[category]
        print(
            f"| {category} | {n_flag or ''} | {percent(hit, n_flag) if n_flag else ''} "
            f"| {n_pass or ''} | {percent(alarm, n_pass) if n_pass else ''} |"
        )
    n_flag, hit, n_pass, alarm = total
    print(
        f"| **overall** | {n_flag} | **{percent(hit, n_flag)}** ({hit}) | {n_pass} "
        f"| **{percent(alarm, n_pass)}** ({alarm}) |\n"
    )
    print(f"old hit test (the finding's start inside the target): {figures_line(by_start(results))}\n")
    failures = [r for r in results if r["flagged"] != (r["expect"] == "flag")]
    if failures:
        print(f"failing cases ({len(failures)}):")
        for r in failures:
            what = "missed" if r["expect"] == "flag" else "false alarm"
            why = (
                r["findings"][0]
                if (r["findings"] and what == "false alarm")
                else (
                    "no CIT001 finding on the page"
                    if not r["findings"]
                    else f"findings elsewhere: {'; '.join(r['findings'])[:90]}"
                )
            )
            if what == "false alarm":
                hits = [f for f in r["findings"]]
                why = "; ".join(hits)[:110]
            print(f"  {r['id']:40s} {r['category']:26s} {what}: {target_text(r)[:60]!s} -- {why}")
        print()
    return total


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--half",
        choices=("all", "dev", "held-out", "both"),
        default="both",
        help="dev: odd case numbers; held-out: even ones; both: each half and all (default)",
    )
    parser.add_argument(
        "--scope", choices=("block", "sentence"), default=None, help="CIT001's scope (default: the rule's own default)"
    )
    parser.add_argument("--quiet", action="store_true", help="no list of failing cases")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="one corpus file (default: claims.yaml by halves, claims-heldout.yaml whole, then one line for every fresh "
        "corpus, claims-blind* and claims-review*, and each kind pooled)",
    )
    args = parser.parse_args(argv)
    if args.corpus is None:
        first = run_corpus(CORPUS, args, args.half)
        print()
        print(f"== fresh held-out corpus: {HELD_OUT_CORPUS.name}")
        second = run_corpus(HELD_OUT_CORPUS, args, "all")
        fresh = fresh_corpora(args)
        write_results({"claims.yaml": first, HELD_OUT_CORPUS.name: second}, args, fresh)
    else:
        write_results({args.corpus.name: run_corpus(args.corpus, args, args.half)}, args)
    return 0


def fresh_corpora(args):
    """(fifty-first session, from an audit of issue 11: the default run showed only claims.yaml and the held-out set,
    both read long ago) One line per corpus written apart from the rule (claims-blind*, claims-review*), and each
    kind pooled: the figures issue 11 is judged by."""

    def outcomes(path):
        return [(result["expect"], result["flagged"]) for result in evaluate(read_corpus(path), args.scope)]

    title = "fresh corpora (written apart from the rule; the newest blind one is kept unread)"
    return fresh_table(title, HERE.glob("corpora/claims-*.yaml"), outcomes, only_fresh=True)


def run_corpus(path, args, half_choice):
    """Print the figures of one corpus; return {"figures": ..., "failing": [...]}."""
    cases = read_corpus(path)
    results = evaluate(cases, args.scope)
    halves = {
        "dev": [r for r in results if case_number(r) % 2 == 1],
        "held-out": [r for r in results if case_number(r) % 2 == 0],
        "all": results,
    }
    shown = ("dev", "held-out", "all") if half_choice == "both" else (half_choice,)
    figures = {}
    for half in shown:
        subset = halves[half]
        if args.quiet:
            subset = [dict(r, flagged=r["flagged"]) for r in subset]
        title = {
            "dev": "development half (odd case numbers)",
            "held-out": "held-out half (even case numbers)",
            "all": "all cases",
        }[half]
        if args.quiet:
            print(f"{title}: {figures_line(subset)}; old hit test: {figures_line(by_start(subset))}")
        else:
            total = print_report(subset, f"{title}: {len(subset)} cases")
        table, total = summary(subset)
        figures[half] = {
            "categories": {
                k: dict(zip(("flag", "flagged", "pass", "false_alarms"), v, strict=True)) for k, v in table.items()
            },
            "overall": dict(zip(("flag", "flagged", "pass", "false_alarms"), total, strict=True)),
            "overall_old_hit_test": dict(
                zip(("flag", "flagged", "pass", "false_alarms"), summary(by_start(subset))[1], strict=True)
            ),
        }
    failing = sorted(r["id"] for r in results if r["flagged"] != (r["expect"] == "flag"))
    return {"figures": figures, "failing": failing}


def write_results(per_corpus, args, fresh=None):
    RESULTS.mkdir(exist_ok=True)
    data = {"scope": args.scope or "default", "corpora": per_corpus}
    if fresh is not None:
        data["fresh"] = fresh
    (RESULTS / "claims.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
