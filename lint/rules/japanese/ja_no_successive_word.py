"""JAS011: the textlint rule ja-no-successive-word, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...japanese.tokenizer import tokenize
from ...registry import rule
from ._common import option_regexes, prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


ONOMATOPOEIA = re.compile("^[ァ-ロワヲンー]*$")
REPEAT = re.compile(r"(\S{1,12}?)\1")


@rule("JAS011", "ja-no-successive-word", target="page", needs_tokenizer=True, options=("allow_onomatopoeia", "allow"))
def ja_no_successive_word(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """The same word twice in a row (textlint: ja-no-successive-word).

    What: finds a word immediately repeated (「のの」「血栓血栓」). Not reported, as in
    textlint: numerals (九九) and repeated katakana words (onomatopoeia: ドキドキ).
    Why: almost always a typing or editing slip.
    Example: 「門脈の血栓血栓が」 Fix: 「門脈の血栓が」
    Options: allow_onomatopoeia = true; allow = [] (regular expressions of words
    that may repeat).
    """
    allow_onomatopoeia = ctx.option("allow_onomatopoeia", True)
    allow = option_regexes(ctx, "allow")
    for unit in prose_units(page):
        for sentence in sentences_of(unit):
            if not REPEAT.search(sentence.text):
                continue  # no text repeats itself: no word can
            tokens = tokenize(sentence.text)
            context = None  # made once per sentence: a long sentence may repeat a word thousands of times
            for prev, current in zip(tokens, tokens[1:], strict=False):
                word = current.surface_form
                if prev.surface_form != word or not word.strip():
                    continue
                if any(p.search(word) for p in allow):
                    continue
                if prev.pos == current.pos == "名詞" and prev.pos_detail_1 == current.pos_detail_1 == "数":
                    continue
                if allow_onomatopoeia and ONOMATOPOEIA.match(word):
                    continue
                context = context if context is not None else shorten(sentence.text, 120)
                yield report_at(
                    ctx,
                    unit,
                    sentence.start + current.start,
                    f"「{word}」 twice in a row; delete one",
                    context=context,
                    suggestion=word,
                )
