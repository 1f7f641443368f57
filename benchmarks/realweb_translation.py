"""TRN and SPL on real human translations (issue 12): the figure a translator's reviewer would see on pairs nobody
here wrote.

    python benchmarks/realweb_translation.py benchmarks/realweb/translation-real2-labels.yaml TEXTS.yaml [--half odd]

The labels file is in the repository (benchmarks/realweb/translation-real*-labels.yaml: each pair's address, the
SHA-256 of both sides and the label, faithful or not); the texts are their publishers' and are not: TEXTS.yaml is the
collector's local file (a YAML list of {id, msgid, msgstr}). Each side must match its SHA-256 (NFKC, stripped), or the
run stops; a pair missing from TEXTS.yaml is left out and counted (a sample recovered in part). The pairs are written
to catalogs and linted as benchmarks/translation.py does. Printed: unfaithful pairs flagged, faithful pairs with a
finding (some of them right by the checks' contract: a typo or a stray space in the published English), and with
--list each faithful pair flagged and each unfaithful pair, which makes the sample development data. --half odd or
even takes one half by the id's number (translation-real2: odd ids are read, even ids kept blind).
"""

import argparse
import hashlib
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from translation import evaluate, number  # noqa: E402


def fingerprint(text):
    return hashlib.sha256(unicodedata.normalize("NFKC", text).strip().encode()).hexdigest()


def load_pairs(labels_path, texts_path, half="all"):
    """(labels by id, the pairs as corpus entries, how many labels have no text); the run stops on a text that does
    not match its hash."""
    labels = {e["id"]: e for e in yaml.safe_load(Path(labels_path).read_text(encoding="utf-8"))}
    pairs = []
    for text in yaml.safe_load(Path(texts_path).read_text(encoding="utf-8")) or []:
        label = labels.get(text["id"])
        if label is None:
            sys.exit(f"{texts_path}: {text['id']} is not in {labels_path}")
        if fingerprint(text["msgid"]) != label["msgid_sha256"] or fingerprint(text["msgstr"]) != label["msgstr_sha256"]:
            sys.exit(f"{texts_path}: the texts of {text['id']} do not match their SHA-256 in {labels_path}")
        if half == "all" or (number(text["id"]) % 2 == 1) == (half == "odd"):
            pairs.append({"id": text["id"], "msgid": text["msgid"], "msgstr": text["msgstr"]})
    missing = len(labels) - len(yaml.safe_load(Path(texts_path).read_text(encoding="utf-8")) or [])
    return labels, pairs, missing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels")
    parser.add_argument("texts")
    parser.add_argument("--half", choices=("all", "odd", "even"), default="all")
    parser.add_argument(
        "--list", action="store_true", help="print the faithful pairs flagged and every unfaithful pair"
    )
    args = parser.parse_args()
    labels, pairs, missing = load_pairs(args.labels, args.texts, args.half)
    found = evaluate("real", pairs)
    unfaithful = [p for p in pairs if not labels[p["id"]]["faithful"]]
    faithful = [p for p in pairs if labels[p["id"]]["faithful"]]
    caught = [p for p in unfaithful if found.get(p["id"])]
    alarms = [p for p in faithful if found.get(p["id"])]
    print(f"{Path(args.labels).name} ({args.half}): {len(pairs)} pairs ({missing} labels without a text)")
    print(
        f"  unfaithful pairs flagged {len(caught)}/{len(unfaithful)} ({100 * len(caught) / max(1, len(unfaithful)):.1f} %)"
    )
    print(
        f"  faithful pairs with a finding {len(alarms)}/{len(faithful)} ({100 * len(alarms) / max(1, len(faithful)):.1f} %)"
    )
    print("  findings on faithful pairs by rule:", dict(Counter(f.split()[0] for p in alarms for f in found[p["id"]])))
    if args.list:
        for pair in alarms:
            print(f"  faithful, flagged {pair['id']}: {pair['msgid'][:60]} | {pair['msgstr'][:80]}")
            for finding in found[pair["id"]]:
                print("      " + finding)
        for pair in unfaithful:
            mark = "caught" if found.get(pair["id"]) else "missed"
            print(f"  unfaithful, {mark} {pair['id']} ({labels[pair['id']].get('kind', '')}): {pair['msgstr'][:80]}")


if __name__ == "__main__":
    main()
