"""JAS020: the textlint rule no-doubled-conjunctive-particle-ga, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import WARNING
from ...japanese.tokenizer import tokenize
from ...registry import rule
from ._common import PARAGRAPH_KINDS, prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page

SEPARATORS = (".", "．", "。", "?", "!", "？", "！")


@rule(
    "JAS020",
    "no-doubled-conjunctive-particle-ga",
    target="page",
    severity=WARNING,
    needs_tokenizer=True,
    options=("separators",),
)
def no_doubled_conjunctive_particle_ga(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """The conjunctive particle が twice in one sentence (textlint: no-doubled-conjunctive-particle-ga).

    What: in each sentence of paragraphs and list items (block quotes are not read, as in
    textlint), finds the conjunctive particle が (助詞・接続助詞, "but" or a mere link) used
    twice; reported at the first. A sentence mark inside brackets also ends the count.
    Why: 「〜ですが、〜ですが、〜」 hides which clause is the point and reads as hesitation.
    Example: 「薬は有効ですが、副作用もありますが、医師と相談します。」
    Fix: 「薬は有効です。ただし副作用もあるため、医師と相談します。」
    Options: separators = [".", "．", "。", "?", "!", "？", "！"] (marks that end the count).
    """
    separators = tuple(ctx.option("separators", list(SEPARATORS)))
    for unit in prose_units(page, PARAGRAPH_KINDS, quotes=False):
        for sentence in sentences_of(unit):
            if sentence.text.count("が") < 2:
                continue
            found = []
            for token in tokenize(sentence.text):
                if token.surface_form in separators:
                    found = [] if len(found) < 2 else found
                    if len(found) >= 2:
                        break
                elif token.pos_detail_1 == "接続助詞" and token.surface_form == "が":
                    found.append(token)
            if len(found) >= 2:
                yield report_at(
                    ctx,
                    unit,
                    sentence.start + found[0].start,
                    "the conjunctive particle 「が」 twice in one sentence; split the sentence",
                    context=shorten(sentence.text, 120),
                )
