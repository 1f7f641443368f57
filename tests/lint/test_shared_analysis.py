"""What several rules share is computed once a run (issue 16: tokenize each sentence once for all rules)."""

from collections import Counter
from pathlib import Path

from lint import runner
from lint.japanese import tokenizer

ROOT = Path(__file__).resolve().parents[2]


def test_each_text_of_the_pages_is_tokenized_once_for_all_rules(monkeypatch):
    """Every rule family on the project's pages, in one process: MeCab analyses no text twice (the
    CIT, MED and JAS rules and the claims analysis share the tokenizer's cache of sentences)."""
    analysed = Counter()
    analyse = tokenizer._tokenize_text

    def counting(text):
        analysed[text] += 1
        return analyse(text)

    monkeypatch.setattr(tokenizer, "_tokenize_text", counting)
    tokenizer.tokenize.cache_clear()
    monkeypatch.chdir(ROOT)
    pages = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "docs").glob("*.md"))
    report = runner.run(pages, runner.make_session(root=ROOT, select=["ALL"], jobs=1, cache=False))
    tokenizer.tokenize.cache_clear()  # later tests get MeCab's own tokens, not this test's counter's
    assert report.sentences and report.processes == 1
    assert analysed, "the pages were not tokenized at all"
    twice = {text: n for text, n in analysed.items() if n > 1}
    assert not twice, f"tokenized more than once: {list(twice)[:3]}"
