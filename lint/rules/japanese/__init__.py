"""JAS: Japanese house style of the pages (textlint-rule-preset-ja-technical-writing, in Python).

One module a rule, named after the textlint rule it follows (``max_ten`` for
max-ten, ``no_doubled_joshi`` for no-doubled-joshi, ...), as each textlint rule
is one package; helpers several rules share are in ``_common``. The word
patterns of JAS013, JAS015 and JAS016 are data: lint/data/ja-double-negatives.toml,
ja-weak-phrases.toml and ja-redundant-expressions.toml, read and checked by
lint/japanese/phrases.py.

Every rule reads only the prose of a page (``ProseUnit.plain``: citation roles,
inline code, URLs, markup and front matter are already removed) and reports at
the page's line and column through ``unit.position``. Defaults are those of
textlint-rule-preset-ja-technical-writing 12.0.2; where the house differs it is
said in the rule's text. The logic of each rule follows the textlint rule named
in its text (MIT-licensed; word lists of ja-no-redundant-expression,
ja-no-weak-phrase and no-double-negative-ja © azu and textlint-ja, MIT).

Like textlint, a rule checks the units textlint would: "paragraph rules" check
paragraphs and list items (textlint's Paragraph nodes), "text rules" check every
unit (headings and table cells too). Rules marked ``needs_tokenizer`` use MeCab
with IPADIC (lint/japanese/tokenizer.py), loaded only when one of them runs.

Severity: errors are mistakes a reader sees or a house decision (mixed styles,
a missing 。, broken characters, unmatched brackets, repeated words, ら抜き,
spacing, spelling of terms). Warnings are judgments of readability that an
editor may decide to keep (long sentences, many 読点, long kanji runs, doubled
particles, double negatives, repeated conjunctions, hedges, redundant phrases).

A settings section may name a rule (sentence-length), its code (JAS001) or the
family (JAS); before the split it could also name the module ``japanese_style``,
which no longer exists (nothing used it).
"""
