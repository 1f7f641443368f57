"""TRN011 on the article's own catalogs with one negation deleted (issue 12): every "not", "no", "never", "without",
"cannot" … of every translated entry of locale/en is removed in turn (the grammar kept: "does not" → "does", "no" →
"some", "without" → "with"), and each changed entry is linted as benchmarks/translation.py lints a corpus entry.

    python benchmarks/negation_deletions.py [--list]

Printed: how many of the deletions a TRN check reports, by the word deleted (--list: each one missed). Every deletion
reverses or garbles what the entry says, so each should be reported; the entries are real, multi-sentence paragraphs
(up to fourteen sentences), where a check of one sentence at a time is tested as a translator's slip meets it. It is
development data: the checks were changed while reading its misses (thirty-eighth session).
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import polib

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from translation import evaluate  # noqa: E402

# (the English negation, what is left when it is deleted)
DELETIONS = (
    (r"\bdo not\b", "do"),
    (r"\bdoes not\b", "does"),
    (r"\bdid not\b", "did"),
    (r"\bdon't\b", "do"),
    (r"\bdoesn't\b", "does"),
    (r"\bcannot\b", "can"),
    (r"\bcan't\b", "can"),
    (r"\bwill not\b", "will"),
    (r"\bwon't\b", "will"),
    (r"\bis not\b", "is"),
    (r"\bare not\b", "are"),
    (r"\bwas not\b", "was"),
    (r"\bwere not\b", "were"),
    (r"\bhas not\b", "has"),
    (r"\bhave not\b", "have"),
    (r"\bshould not\b", "should"),
    (r"\bmay not\b", "may"),
    (r"\bmust not\b", "must"),
    (r"\bnot\b ", ""),
    (r"\bnever\b ", ""),
    (r"\bno longer\b ", ""),
    (r"\bwithout\b", "with"),
    (r"\bno\b ", "some "),
    (r"\bneither\b", "either"),
    (r"\bnor\b", "or"),
)


def deletions(locale):
    """(catalog name, msgid, msgstr with one negation deleted, the words deleted) for each translated entry."""
    for path in sorted(Path(locale).glob("*.po")):
        for entry in polib.pofile(str(path)):
            if not entry.msgstr or entry.obsolete or "fuzzy" in entry.flags:
                continue
            for pattern, rest in DELETIONS:
                for match in re.finditer(pattern, entry.msgstr, flags=re.IGNORECASE):
                    kept = rest.capitalize() if match.group()[0].isupper() else rest
                    changed = entry.msgstr[: match.start()] + kept + entry.msgstr[match.end() :]
                    yield path.name, entry.msgid, changed, match.group().strip().lower()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print each deletion no check reports")
    parser.add_argument("--locale", default=str(HERE.parent / "locale" / "en" / "LC_MESSAGES"))
    args = parser.parse_args(argv)
    cases = list(deletions(args.locale))
    entries = [{"id": f"d-{i:04d}", "msgid": c[1], "msgstr": c[2], "flags": []} for i, c in enumerate(cases)]
    found = evaluate(None, entries)
    caught, total = Counter(), Counter()
    for entry, (catalog, _msgid, changed, word) in zip(entries, cases, strict=True):
        total[word] += 1
        if found.get(entry["id"]):
            caught[word] += 1
        elif args.list:
            print(f"missed {catalog} [{word}]: {changed[:160]}")
    print("negation deleted      caught")
    for word in sorted(total, key=lambda w: -total[w]):
        print(f"  {word:<18} {caught[word]:>4}/{total[word]:<4}")
    all_caught, all_total = sum(caught.values()), sum(total.values())
    print(f"== all: {all_caught}/{all_total} ({100 * all_caught / max(all_total, 1):.1f} %) deletions reported")
    return 0


if __name__ == "__main__":
    sys.exit(main())
