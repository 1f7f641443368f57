"""Recall and false alarms of the translation checks (TRN, SPL) on independent corpora.

    python benchmarks/translation.py                  # every entry of both corpora
    python benchmarks/translation.py --half dev       # odd entry numbers (the development half)
    python benchmarks/translation.py --half held-out  # even entry numbers (measured, never tuned on)

The corpora, benchmarks/corpora/translation.yaml (planted defects by family and
tricky-but-correct entries) and benchmarks/corpora/negation.yaml (labelled
negation pairs), were written by authors who never saw the lint; their headers
give the format and the labels. Each corpus becomes a temporary project: the
entries go into locale/en/LC_MESSAGES/page.po (with their ``flags``), except
the entries with a placeholder format flag, which go into pvt_site.po as the
extensions' catalog does. The lint runs through its API
(lint.runner.make_session(root=tmp, select=["TRN", "SPL"]) and run([po], session)).
An entry counts as flagged when any finding lands on its lines; the state
findings (TRN001–TRN003) and the orphan-catalog finding (TRN010) are not
about the translation and are ignored.

Prints recall per family (flag entries flagged) and false alarms (pass entries
flagged), overall and per corpus, then every failing id with the findings, and
writes benchmarks/results/translation.json.
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

from lint.runner import make_session, run  # noqa: E402

CORPORA = {"translation": HERE / "corpora" / "translation.yaml", "negation": HERE / "corpora" / "negation.yaml"}
# Written after the checks were built, by an author who saw neither them nor the corpora above.
HELD_OUT = HERE / "corpora" / "translation-heldout.yaml"
RESULTS = HERE / "results"
IGNORED = {"TRN001", "TRN002", "TRN003", "TRN010"}
PLACEHOLDER_FLAGS = {"python-format", "python-brace-format", "c-format"}
HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: benchmark\\n"\n"Language: en\\n"\n'
    '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n\n'
)


def number(entry_id):
    match = re.search(r"(\d+)$", entry_id)
    return int(match.group(1)) if match else 0


def in_half(entry_id, half):
    if half == "all":
        return True
    odd = number(entry_id) % 2 == 1
    return odd if half == "dev" else not odd


def family(corpus, entry):
    """The entry's defect family (translation corpora) or direction (the negation corpus), whichever it has:
    a corpus given with --corpus is named translation-… whatever its kind."""
    return entry.get("family") or entry.get("direction") or "(no family)"


def po_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")
    lines = escaped.split("\n")
    if len(lines) == 1:
        return f'"{escaped}"'
    parts = [line + "\\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
    return '""\n' + "\n".join(f'"{p}"' for p in parts)


def write_catalog(path, entries):
    """Write the entries; {id: (first line, last line)}."""
    text = HEADER
    spans = {}
    for entry in entries:
        first = text.count("\n") + 1
        block = f"#. {entry['id']}\n#: page.md:{number(entry['id'])}\n"
        flags = entry.get("flags") or []
        if flags:
            block += "#, " + ", ".join(flags) + "\n"
        block += f"msgid {po_string(entry['msgid'])}\nmsgstr {po_string(entry['msgstr'])}\n\n"
        text += block
        spans[entry["id"]] = (first, text.count("\n"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return spans


def evaluate(corpus, entries):
    """{id: [findings]} for the entries of one corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "docs").mkdir()
        (root / "docs" / "page.md").write_text("# page\n", encoding="utf-8")
        messages = root / "locale" / "en" / "LC_MESSAGES"
        groups = defaultdict(list)  # catalog name -> entries; a msgid at most once per catalog
        for entry in entries:
            base = "pvt_site" if set(entry.get("flags") or []) & PLACEHOLDER_FLAGS else "page"
            index = 0
            while any(e["msgid"] == entry["msgid"] for e in groups[(base, index)]):
                index += 1
            groups[(base, index)].append(entry)
        catalogs = {}
        for (base, index), members in groups.items():
            name = messages / (f"{base}.po" if index == 0 else f"{base}-{index}.po")
            catalogs[name] = write_catalog(name, members)
        session = make_session(root=root, select=["TRN", "SPL"])
        report = run([str(p) for p in catalogs], session)
        found = defaultdict(list)
        for finding in report.findings:
            if finding.rule in IGNORED:
                continue
            for path, spans in catalogs.items():
                if Path(finding.path).name != path.name:
                    continue
                for entry_id, (first, last) in spans.items():
                    if first <= finding.line <= last:
                        found[entry_id].append(f"{finding.rule} {finding.message}")
        return found


def fresh_corpora(half):
    """(thirty-fifth session, from a check of issue 12: the default run showed only the corpora tuned against) One line
    per corpus written apart from the checks (translation-blind*, translation-review*, the held-out set), and the blind
    ones pooled: the figures issue 12 is judged by."""

    def outcomes(path):
        entries = [e for e in read_corpus(path) if in_half(e["id"], half)]
        found = evaluate(path.stem, entries)
        return [(entry["expect"], bool(found.get(entry["id"]))) for entry in entries]

    return fresh_table(
        "fresh corpora (written apart from the checks)", HERE.glob("corpora/translation-*.yaml"), outcomes
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("all", "dev", "held-out"), default="all")
    parser.add_argument("--quiet", action="store_true", help="no list of failing entries")
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="only corpora/translation-heldout.yaml: written later by another author, run blind",
    )
    parser.add_argument("--corpus", type=Path, help="only this corpus file (entries with a `family`)")
    parser.add_argument(
        "--no-fresh",
        action="store_true",
        help="leave out the table of every fresh corpus (blind and review sets, one line each, and pooled)",
    )
    args = parser.parse_args(argv)
    corpora = {"translation-heldout": HELD_OUT} if args.heldout else CORPORA
    if args.corpus:
        name = args.corpus.stem
        corpora = {name if name.startswith("translation") else f"translation-{name}": args.corpus}
    summary = {}
    failures = []
    totals = {"flag": [0, 0], "pass": [0, 0]}
    for corpus, path in corpora.items():
        entries = [e for e in read_corpus(path) if in_half(e["id"], args.half)]
        found = evaluate(corpus, entries)
        families = defaultdict(lambda: [0, 0])  # family -> [hits, total]
        for entry in entries:
            hit = bool(found.get(entry["id"]))
            expect = entry["expect"]
            fam = family(corpus, entry)
            key = fam if expect == "flag" else f"{fam} (correct)"
            families[key][0] += hit
            families[key][1] += 1
            totals[expect][0] += hit
            totals[expect][1] += 1
            if hit != (expect == "flag"):
                failures.append((entry["id"], expect, fam, found.get(entry["id"], []), entry["msgstr"]))
        flag_hits = sum(v[0] for k, v in families.items() if not k.endswith("(correct)"))
        flag_total = sum(v[1] for k, v in families.items() if not k.endswith("(correct)"))
        pass_hits = sum(v[0] for k, v in families.items() if k.endswith("(correct)"))
        pass_total = sum(v[1] for k, v in families.items() if k.endswith("(correct)"))
        print(f"== {corpus} ({args.half}): {len(entries)} entries")
        for key in sorted(families):
            hits, total = families[key]
            label = "false alarms" if key.endswith("(correct)") else "recall"
            print(f"  {key:32} {label:12} {hits:3}/{total:<3} {hits / total:6.1%}")
        print(f"  {'recall':45} {flag_hits:3}/{flag_total:<3} {flag_hits / max(flag_total, 1):6.1%}")
        print(f"  {'false alarms':45} {pass_hits:3}/{pass_total:<3} {pass_hits / max(pass_total, 1):6.1%}")
        summary[corpus] = {
            "families": {k: {"hits": v[0], "total": v[1]} for k, v in families.items()},
            "recall": [flag_hits, flag_total],
            "false_alarms": [pass_hits, pass_total],
        }
    (fh, ft), (ph, pt) = totals["flag"], totals["pass"]
    print(
        f"== overall ({args.half}): recall {fh}/{ft} {fh / max(ft, 1):.1%}, "
        f"false alarms {ph}/{pt} {ph / max(pt, 1):.1%}"
    )
    summary["overall"] = {"recall": [fh, ft], "false_alarms": [ph, pt]}
    if failures and not args.quiet:
        print("\nfailing entries:")
        for entry_id, expect, fam, findings, msgstr in failures:
            what = "missed" if expect == "flag" else "false alarm"
            print(f"  {entry_id} [{fam}] {what}: {msgstr[:110]!r}")
            for finding in findings[:3]:
                print(f"      {finding[:160]}")
    summary["failing"] = [f[0] for f in failures]
    if not (args.corpus or args.heldout or args.no_fresh):
        summary["fresh"] = fresh_corpora(args.half)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"translation-{args.half}.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
