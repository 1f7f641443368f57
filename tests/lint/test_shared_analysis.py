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


def test_the_english_word_list_is_read_once_for_spelling_and_negation(monkeypatch):
    """SPL001 and the negation analysis (TRN011) share one reading of pyspellchecker's English list;
    the project's words SPL001 adds stay out of the counts the negation analysis reads."""
    import spellchecker

    from lint.analysis import english_words, negation
    from lint.rules import spelling

    loads = []
    original = spellchecker.SpellChecker.__init__

    def counting(self, language="en", *args, **kwargs):
        if language:
            loads.append(language)
        original(self, language, *args, **kwargs)

    monkeypatch.setattr(spellchecker.SpellChecker, "__init__", counting)
    for cached in (english_words.word_counts, spelling._speller, negation.lexical_negative):
        cached.cache_clear()
    monkeypatch.chdir(ROOT)
    catalog = "locale/en/LC_MESSAGES/basics.po"
    try:
        report = runner.run([catalog], runner.make_session(root=ROOT, select=["SPL001", "TRN011"], jobs=1, cache=False))
        assert negation.lexical_negative("unwell")  # "un" + a common word: read from the shared counts
        speller = spelling._speller(spelling.WORD_LIST, spelling.GLOSSARY, ())
        project_only = sorted(w for w in speller.project_words if w.isalpha() and w not in english_words.word_counts())
    finally:
        for cached in (english_words.word_counts, spelling._speller, negation.lexical_negative):
            cached.cache_clear()
    assert report.files["catalog"] == [catalog]
    assert loads == ["en"]
    assert project_only, "the project's word list has words pyspellchecker does not know"
    assert speller.checker.known(project_only[:1])  # in SPL001's copy, not in the shared counts
