"""JAS002: the textlint rule max-ten, in Python."""

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


def _is_bracket(token):
    return (token.pos == "記号" and token.pos_detail_1.startswith("括弧")) or token.surface_form in "()"


def _neighbour(tokens, index, step):
    index += step
    while 0 <= index < len(tokens):
        if not _is_bracket(tokens[index]):
            return tokens[index]
        index += step
    return None


@rule(
    "JAS002",
    "max-ten",
    target="page",
    severity=WARNING,
    needs_tokenizer=True,
    options=("max", "strict", "touten", "kuten"),
)
def max_ten(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """More than three 読点 (、) in one sentence (textlint: max-ten).

    What: counts 、 in each sentence of paragraphs and list items; a 、 between
    two nouns (a list of nouns: 肝臓、脾臓、腸) is not counted, as in textlint.
    The finding points at the first 、 over the limit.
    Why: many commas mean many clauses; the reader loses the subject.
    Example: 「血栓は、門脈の中で、ゆっくりと、あるいは急に、できます。」
    Fix: split the sentence or drop commas that do not help.
    Options: max = 3; strict = false (true counts 、 between nouns too);
    touten = "、"; kuten = "。".
    """
    limit = ctx.option("max", 3)
    strict = ctx.option("strict", False)
    touten = ctx.option("touten", "、")
    separators = {"?", "!", "？", "！", ctx.option("kuten", "。")}
    for unit in prose_units(page, PARAGRAPH_KINDS, quotes=False):
        for sentence in sentences_of(unit):
            if sentence.text.count(touten) <= limit:
                continue
            tokens = tokenize(sentence.text)
            count = 0
            for index, token in enumerate(tokens):
                surface = token.surface_form
                if surface == touten:
                    before, after = _neighbour(tokens, index, -1), _neighbour(tokens, index, 1)
                    sandwiched = (
                        before is not None and after is not None and before.pos == "名詞" and after.pos == "名詞"
                    )
                    if strict or not sandwiched:
                        count += 1
                if surface in separators:
                    count = 0
                if count > limit:
                    yield report_at(
                        ctx,
                        unit,
                        sentence.start + token.start,
                        f"{limit + 1} or more 「{touten}」 in one sentence; split the sentence",
                        context=shorten(sentence.text, 120),
                    )
                    count = 0
