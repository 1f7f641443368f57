"""The MED rules on a real-web sample of advertising and health pages (issue 18): the figure on text no corpus author wrote.

    python benchmarks/realweb_ads.py benchmarks/realweb/medical-ads-real3-labels.yaml TEXTS.yaml [--list] [--recovered]

The labels file is in the repository; the sentences are their publishers' text and are not: TEXTS.yaml is the
collector's local file (a YAML list of {id, text}). Each text must match the SHA-256 of its label entry (NFKC,
stripped), or the run stops. Each sentence is checked as a page of its own, as benchmarks/medical_ads.py checks a
corpus entry; it counts as flagged when any MED rule reports it. Figures are over the sentences both labellers agree
on; --list prints the false alarms and misses (which makes the sample development data).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from medical_ads import percent, run  # noqa: E402
from realweb_claims import load_sample, sample_arguments  # noqa: E402


def main():
    args = sample_arguments(__doc__.splitlines()[0])
    labels, texts = load_sample(args.labels, args.texts, args.recovered)
    agreed = [e for e in labels if e["first"]["expect"] == e["second"]["expect"]]
    results = run([{"id": e["id"], "text": texts[e["id"]]} for e in agreed])
    flags = [e for e in agreed if e["first"]["expect"] == "flag"]
    passes = [e for e in agreed if e["first"]["expect"] == "pass"]
    hit = sum(bool(results[e["id"]]) for e in flags)
    false = sum(bool(results[e["id"]]) for e in passes)
    print(f"{Path(args.labels).name}: {len(agreed)} of {len(labels)} sentences labelled alike")
    print(
        f"  recall {percent(hit, len(flags))} ({hit}/{len(flags)}), false alarms {percent(false, len(passes))} ({false}/{len(passes)})"
    )
    if args.list:
        for e in agreed:
            found = results[e["id"]]
            if (e["first"]["expect"] == "flag") != bool(found):
                kind = "missed     " if not found else "false alarm"
                print(f"  {kind} {e['id']} {' '.join(found) or '-':14} {texts[e['id']].strip()[:100]}")


if __name__ == "__main__":
    main()
