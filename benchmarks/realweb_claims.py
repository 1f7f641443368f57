"""CIT001 on a real-web sample, page by page (issue 11): the figure an editor would see on fresh real pages.

    python benchmarks/realweb_claims.py benchmarks/realweb/claims-real5-labels.yaml TEXTS.yaml [--list] [--recovered]

The labels file is in the repository (benchmarks/realweb/*-labels.yaml); the sentences are their publishers' text and
are not: TEXTS.yaml is the collector's local file (a YAML list of {id, text}). Each text must match the SHA-256 of its
label entry (NFKC, stripped), or the run stops. Each page's lines are given to the lint in their order, as MyST would
read them: a heading as `## `, a list item as `- ` (consecutive items one list), any other line as a paragraph; each
line is marked in turn and counts as flagged when a CIT001 finding overlaps it. Figures are over the lines both
labellers agree on, for the whole sample and again without the site's own lines (navigation, form, other: menus,
banners, account features, which an editor's MyST page does not hold); --list prints the false alarms and misses
(which makes the sample development data).
"""

import argparse
import hashlib
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims import evaluate  # noqa: E402

BULLETS = "-・●○◆■□◇▶ "
# roles of a web page's lines that belong to the site, not to the article (see the collector's prompt)
SITE_ROLES = frozenset({"navigation", "form", "other"})


def fingerprint(text):
    return hashlib.sha256(unicodedata.normalize("NFKC", text).strip().encode()).hexdigest()


def render(lines, target, texts):
    """The page's Markdown with ``target`` marked."""
    out, previous = [], None
    for entry in lines:
        role = entry.get("role", "paragraph")
        text = texts[entry["id"]].strip()
        if role == "list-item":
            text = text.lstrip(BULLETS)
        if entry is target:
            text = "⟦" + text + "⟧"
        block = {"heading": "## " + text, "list-item": "- " + text}.get(role, text)
        if out and not (role == "list-item" and previous == "list-item"):
            out.append("")
        out.append(block)
        previous = role
    return "\n".join(out) + "\n"


def load_sample(labels_path, texts_path, recovered=False):
    """(the label entries, id -> text) of a real-web sample; the run stops when a text is missing or does not match
    its label's SHA-256 (benchmarks/realweb_ads.py reads its samples the same way). ``recovered``: the texts are
    those found again by hash after the collector's copy was lost, so the labels without a text are left out
    (a page is then read with its recovered lines only)."""
    labels = yaml.safe_load(Path(labels_path).read_text(encoding="utf-8"))
    texts = {e["id"]: e["text"] for e in yaml.safe_load(Path(texts_path).read_text(encoding="utf-8"))}
    if recovered:
        labels = [entry for entry in labels if entry["id"] in texts]
    for entry in labels:
        if entry["id"] not in texts:
            sys.exit(f"{texts_path}: no text for {entry['id']} (--recovered leaves out the labels without a text)")
        if fingerprint(texts[entry["id"]]) != entry["sha256"]:
            sys.exit(f"{texts_path}: the text of {entry['id']} does not match its SHA-256 in {labels_path}")
    return labels, texts


def sample_arguments(description):
    """The command line of a real-web benchmark (labels, texts, --list); benchmarks/realweb_ads.py takes the same."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("labels")
    parser.add_argument("texts")
    parser.add_argument("--list", action="store_true", help="print false alarms and misses")
    parser.add_argument(
        "--recovered", action="store_true", help="texts recovered by hash: leave out the labels without a text"
    )
    return parser.parse_args()


def main():
    args = sample_arguments(__doc__.splitlines()[0])
    labels, texts = load_sample(args.labels, args.texts, args.recovered)
    pages = []
    for entry in labels:
        if pages and pages[-1][0] == entry["url"]:
            pages[-1][1].append(entry)
        else:
            pages.append((entry["url"], [entry]))
    cases = [
        {
            "id": e["id"],
            "expect": e["first"]["expect"],
            "category": e.get("role", "paragraph"),
            "markdown": render(lines, e, texts),
        }
        for _, lines in pages
        for e in lines
    ]
    second = {e["id"]: e["second"]["expect"] for e in labels}
    agreed = [r for r in evaluate(cases) if second[r["id"]] == r["expect"]]
    claims = [r for r in agreed if r["expect"] == "flag"]
    others = [r for r in agreed if r["expect"] == "pass"]
    hit, alarms = sum(r["flagged"] for r in claims), sum(r["flagged"] for r in others)
    print(f"{Path(args.labels).name}: {len(pages)} pages, {len(agreed)} of {len(labels)} lines labelled alike")
    print(
        f"  recall {100 * hit / len(claims):.1f} % ({hit}/{len(claims)}), false alarms {100 * alarms / len(others):.1f} % ({alarms}/{len(others)})"
    )
    print("  false alarms by role:", dict(Counter(r["category"] for r in others if r["flagged"])))
    # the lines a page's own text has, without the site around it (menus, forms, banners): what an editor's MyST
    # page would hold; shown beside the whole, never instead of it
    prose = [r for r in others if r["category"] not in SITE_ROLES]
    prose_claims = [r for r in claims if r["category"] not in SITE_ROLES]
    if prose and prose_claims:
        p_hit, p_alarms = sum(r["flagged"] for r in prose_claims), sum(r["flagged"] for r in prose)
        print(
            f"  without the site's lines ({', '.join(sorted(SITE_ROLES))}): recall {100 * p_hit / len(prose_claims):.1f} %"
            f" ({p_hit}/{len(prose_claims)}), false alarms {100 * p_alarms / len(prose):.1f} % ({p_alarms}/{len(prose)})"
        )
    if args.list:
        for r in agreed:
            if r["flagged"] != (r["expect"] == "flag"):
                print(
                    "  false alarm" if r["flagged"] else "  missed     ",
                    r["id"],
                    r["category"],
                    texts[r["id"]].strip()[:70],
                )


if __name__ == "__main__":
    main()
