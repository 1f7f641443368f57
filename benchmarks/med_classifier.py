"""An experiment, not a gate: would a statistical classifier carry to fresh advertising text better than
the MED rules do? (issue 18; the figures and what they do and do not show are in benchmarks/README.md,
section 6, "An experiment: a character n-gram classifier").

A logistic regression on character 1–4-grams (TF-IDF, NFKC text) is trained on the MED corpora of
benchmarks/corpora and measured three ways:

1. temporal: each fresh corpus (blind5 on) scored by a model trained only on the corpora written
   before it, as each fresh corpus was run on the rules of its day;
2. beside the rules: on the two newest corpora, the rules alone, the classifier alone, the rules OR a
   confident classifier (recall), and the rules AND NOT a confident "legitimate" (false alarms);
3. on text its corpora's authors did not write: the sentences of the article's pages (docs/*.md),
   patient information with no advertising at all, as the share the classifier would flag.

Nothing here is used by the lint. scikit-learn is installed only for this part:
`nox -s benchmark -- med-classifier`.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPORA = HERE / "corpora"
sys.path.insert(0, str(HERE))

# oldest first: the order in which the corpora were written
ORDER = ["medical-ads", "medical-ads-heldout"] + [f"medical-ads-blind{n}" for n in range(3, 100)]
THRESHOLDS = (0.5, 0.7, 0.8)


def sentences(name):
    """(id, NFKC text, must flag) of one MED corpus."""
    entries = yaml.safe_load((CORPORA / f"{name}.yaml").read_text(encoding="utf-8"))
    return [
        (e["id"], unicodedata.normalize("NFKC", e["text"]), e["expect"] == "flag")
        for e in entries
        if e.get("expect") in ("flag", "pass")
    ]


def fit(train):
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 4), min_df=2, sublinear_tf=True)
    features = vectorizer.fit_transform([text for _, text, _ in train])
    model = LogisticRegression(max_iter=2000, C=4.0).fit(features, [flag for _, _, flag in train])
    return lambda texts: model.predict_proba(vectorizer.transform(texts))[:, 1]


def figures(test, flagged):
    """recall and false alarms (percent) of ``flagged`` (one bool per sentence of ``test``)."""
    positives = [hit for (_, _, flag), hit in zip(test, flagged, strict=True) if flag]
    negatives = [hit for (_, _, flag), hit in zip(test, flagged, strict=True) if not flag]
    return 100 * sum(positives) / len(positives), 100 * sum(negatives) / len(negatives)


def row(label, recall_and_false_alarms):
    recall, false_alarms = recall_and_false_alarms
    return f"| {label} | {recall:.1f} % | {false_alarms:.1f} % |"


def article_sentences():
    """The Japanese sentences of the article's pages, roles and code removed."""
    found = []
    for page in sorted((ROOT / "docs").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # front matter
        text = re.sub(r"```.*?```", " ", text, flags=re.S)
        text = re.sub(r"\{[\w:]+\}`[^`]*`", "", text)
        # prose lines only: no table rows, headings, directive fences or link targets
        lines = [re.sub(r"^\s*(?:[-*]|\d+\.)\s+", "", line) for line in text.splitlines()]
        text = "\n".join(line for line in lines if not re.match(r"\s*(?:\||#|:::|\[|\(|<)", line))
        for sentence in re.split(r"(?<=[。！？])|\n\s*\n", text):
            sentence = unicodedata.normalize("NFKC", sentence.strip())
            if len(sentence) > 8 and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", sentence):
                found.append(sentence)
    return found


def main():
    names = [name for name in ORDER if (CORPORA / f"{name}.yaml").is_file()]
    data = {name: sentences(name) for name in names}

    print("## 1. Temporal: trained only on the corpora written before\n")
    print("| corpus | training sentences | recall | false alarms |\n| --- | ---: | ---: | ---: |")
    for index, name in enumerate(names):
        if not name.startswith("medical-ads-blind") or int(name.removeprefix("medical-ads-blind")) < 5:
            continue
        train = [s for earlier in names[:index] for s in data[earlier]]
        score = fit(train)
        recall, false_alarms = figures(data[name], [p > 0.5 for p in score([t for _, t, _ in data[name]])])
        print(f"| {name} | {len(train)} | {recall:.1f} % | {false_alarms:.1f} % |")

    from medical_ads import run as rules_on  # the MED rules, as benchmarks/medical_ads.py runs them

    print("\n## 2. Beside the rules (each newest corpus left out of training)\n")
    for name in names[-2:]:
        test = data[name]
        score = fit([s for other in names if other != name for s in data[other]])
        probability = score([t for _, t, _ in test])
        reported = rules_on([{"id": i, "text": t} for i, t, _ in test])
        rules = [bool(reported[i]) for i, _, _ in test]
        print(f"### {name}\n\n| design | recall | false alarms |\n| --- | ---: | ---: |")
        print(row("rules alone", figures(test, rules)))
        for t in THRESHOLDS:
            print(row(f"classifier alone, p > {t}", figures(test, [p > t for p in probability])))
        for t in (0.7, 0.8):
            print(
                row(
                    f"rules OR classifier p > {t}",
                    figures(test, [r or p > t for r, p in zip(rules, probability, strict=True)]),
                )
            )
        for t in (0.2, 0.3):
            kept = [r and p >= t for r, p in zip(rules, probability, strict=True)]
            print(row(f"rules AND NOT classifier p < {t}", figures(test, kept)))
        both = [(r or p > 0.8) and p >= 0.3 for r, p in zip(rules, probability, strict=True)]
        print(row("(rules OR classifier p > 0.8) AND NOT classifier p < 0.3", figures(test, both)))
        print()

    print("## 3. The article's pages (no advertising; its corpora's authors did not write them)\n")
    score = fit([s for name in names for s in data[name]])
    article = article_sentences()
    probability = score(article)
    for t in THRESHOLDS:
        flagged = sum(p > t for p in probability)
        print(f"- p > {t}: {flagged} of {len(article)} sentences flagged ({100 * flagged / len(article):.1f} %)")


if __name__ == "__main__":
    main()
