"""JAS016: the textlint rule ja-no-redundant-expression, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...findings import WARNING
from ...japanese.phrases import DATA, load_token_phrases
from ...japanese.tokenizer import match_sequences, tokenize
from ...registry import rule
from ._common import PARAGRAPH_KINDS, in_link, prose_units, report_at, sentences_of

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


PHRASES = DATA / "ja-redundant-expressions.toml"
# a sentence without these holds no phrase of the file: it is not analysed (MeCab is the cost)
REDUNDANT_HINT = re.compile("こと|事|ある|有る|行|実行")


@rule(
    "JAS016", "ja-no-redundant-expression", target="page", severity=WARNING, needs_tokenizer=True, options=("disabled",)
)
def ja_no_redundant_expression(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A redundant expression (textlint: ja-no-redundant-expression).

    What: in paragraphs and list items, finds 「することが可能」「することができる」
    「であると言えます」「であると考えている」「〜を行う」「〜を実行」.
    Why: shorter sentences are easier to read; these add words, not meaning.
    Example: 「血液検査を行います。」「治療することができます。」
    Fix: 「血液検査をします。」「治療できます。」
    Options: disabled = [] (phrases not to report, by their name above, e.g.
    ["〜を行う"]).
    """
    disabled = set(ctx.option("disabled", []))
    active = [phrase for phrase in load_token_phrases(PHRASES, rewrite=True) if phrase.name not in disabled]
    for unit in prose_units(page, PARAGRAPH_KINDS, quotes=False):
        for sentence in sentences_of(unit):
            if not REDUNDANT_HINT.search(sentence.text):
                continue
            tokens = tokenize(sentence.text)
            for phrase in active:
                for _, matched in match_sequences(tokens, phrase.pattern):
                    text = "".join(t.surface_form for t in matched)
                    if any(a.search(text) for a in phrase.unless) or in_link(unit, sentence.start + matched[0].start):
                        continue
                    yield report_at(
                        ctx,
                        unit,
                        sentence.start + matched[0].start,
                        f"redundant expression 「{text}」: {phrase.rewrite}",
                        context=text,
                    )
