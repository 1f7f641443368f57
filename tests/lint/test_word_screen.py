"""The screen of word patterns by a sentence's keys (issue 16, speed): lint.japanese.wordpattern's
Element.keys and WordIndex.keys, find_each, on the MED pattern file and a corpus's sentences."""

from pathlib import Path

from lint.rules import medical_ads

# ---------------------------------------------------------------- issue 16, speed: the sentence's keys screen patterns
# A pattern one of whose needed elements has no key in the sentence (WordIndex.keys, Element.keys) is not tried,
# and a frame (a tuple of patterns) skips such patterns without calling find_all (find_each). Skipping must never
# lose a span: on every sentence of a corpus, no element the screen rules out can match at any token, and each
# frame, context, clause and exemption of the file gives the spans of find_all on an index of every word.


def _corpus_sentences(name):
    import yaml

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "corpora" / name
    return [case["text"] for case in yaml.safe_load(path.read_text(encoding="utf-8"))]


def _groups(loaded):
    """Every tuple of patterns the file tries as a whole: frames, verdict clauses, contexts and exemptions."""
    groups = [*loaded.frames.values()]
    for _, entry in loaded.verdicts:
        groups.extend((entry.patterns, entry.context, entry.unless))
    for entries in loaded.entries.values():
        for entry in entries:
            groups.extend((entry.context, entry.unless, entry.unless_paragraph))
    return [group for group in groups if group]


def test_the_screen_skips_only_patterns_that_cannot_match():
    from lint.japanese.wordpattern import _element_lengths, find_all, find_each, word_index

    loaded = medical_ads.load_patterns()
    groups = _groups(loaded)
    patterns = [p for group in groups for p in group] + [p for _, p in loaded.pairs]
    elements = list({id(e): e for p in patterns for e in p.required}.values())
    sentences = _corpus_sentences("medical-ads.yaml")
    ruled_out = 0
    for number, sentence in enumerate(sentences):
        _, tokens, masked, index = medical_ads.analyse(sentence)
        for element in elements if number % 16 == 0 else ():  # one sentence in 16: a scan is slow
            if element.keys.isdisjoint(index.keys):  # screened: the element is nowhere in the sentence
                ruled_out += 1
                assert not any(_element_lengths(tokens, i, element, frozenset()) for i in range(len(tokens))), (
                    sentence,
                    sorted(map(str, element.keys))[:5],
                )
        full = word_index(tokens)  # every word of the sentence, not only the file's vocabulary
        for group in groups:
            expected = [span for pattern in group for span in find_all(tokens, pattern, masked, full)]
            assert find_each(tokens, group, masked, index) == expected, (sentence, [p.source for p in group])
    assert ruled_out > len(sentences) // 16 * len(elements) // 2  # the screen had work to do


def test_an_elements_keys_say_what_the_index_tables_say():
    # Element.keys and WordIndex.keys merge five tables: an element is in a sentence exactly when one of its
    # words, spellings, parts of speech, first or last characters is among the sentence's in the same table
    from lint.japanese.wordpattern import word_index

    loaded = medical_ads.load_patterns()
    elements = {id(e): e for _, p in loaded.pairs for e in p.required}.values()
    for sentence in _corpus_sentences("medical-ads.yaml")[:120]:
        _, tokens, _, _ = medical_ads.analyse(sentence)
        index = word_index(tokens)
        for e in elements:
            by_table = not (
                index.words.keys().isdisjoint(e.words)
                and index.spellings.keys().isdisjoint(e.spellings)
                and index.parts.keys().isdisjoint(e.pos_keys)
                and index.firsts.keys().isdisjoint(e.firsts)
                and index.lasts.keys().isdisjoint(e.lasts)
            )
            assert by_table == (not e.keys.isdisjoint(index.keys)), (sentence, sorted(map(str, e.keys))[:5])


def _scanned(tokens, pattern, masked):
    """find_all's spans by definition: a match tried from every token, left to right, without overlap."""
    from lint.japanese.wordpattern import _match

    spans, i = [], 0
    while i < len(tokens):
        end = _match(tokens, pattern.elements, 0, i, masked)
        if end is not None and end > i:
            spans.append((i, end))
            i = end
        else:
            i += 1
    return spans


def test_starts_out_of_reach_of_the_next_word_are_the_only_ones_skipped():
    # find_all tries a start only where the pattern's next needed word can follow within the lengths of the
    # elements before it (wordpattern._reach): on the corpus's sentences, every pattern the words allow
    # finds what a try from every token finds
    from lint.japanese.wordpattern import _reach, find_all

    loaded = medical_ads.load_patterns()
    patterns = [p for group in _groups(loaded) for p in group] + [p for _, p in loaded.pairs]
    patterns = list({id(p): p for p in patterns}.values())
    assert sum(_reach(p) is not None for p in patterns) > len(patterns) // 2
    tried = 0
    for sentence in _corpus_sentences("medical-ads.yaml"):
        _, tokens, masked, index = medical_ads.analyse(sentence)
        for pattern in patterns:
            if any(element.keys.isdisjoint(index.keys) for element in pattern.required):
                continue  # screened (the tests above)
            tried += 1
            assert find_all(tokens, pattern, masked, index) == _scanned(tokens, pattern, masked), (
                sentence,
                pattern.source,
            )
    assert tried > 1000
