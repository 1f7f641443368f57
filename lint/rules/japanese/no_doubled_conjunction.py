"""JAS014: the textlint rule no-doubled-conjunction, in Python."""

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


@rule("JAS014", "no-doubled-conjunction", target="page", severity=WARNING, needs_tokenizer=True)
def no_doubled_conjunction(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """The same conjunction opening consecutive sentences (textlint: no-doubled-conjunction).

    What: in a paragraph or list item, a sentence whose first conjunction (しかし,
    また, そして, さらに ...) is the same as that of the previous sentence that had
    one.
    Why: 「また、…。また、…。」 is monotonous and hides how the ideas relate.
    Example: 「しかし、出血が心配です。しかし、治療の利益が上回ります。」
    Fix: 「出血が心配です。それでも、治療の利益が上回ります。」
    """
    for unit in prose_units(page, PARAGRAPH_KINDS, quotes=False):
        sentences = sentences_of(unit)
        if len(sentences) < 2:
            continue
        previous = None
        for sentence in sentences:
            tokens = tokenize(sentence.text)
            conjunctions = [
                t
                for i, t in enumerate(tokens)
                if t.pos == "接続詞" and not (i and tokens[i - 1].pos_detail_1 == "空白")
            ]
            if conjunctions:
                first = conjunctions[0]
                if previous is not None and first.surface_form == previous.surface_form:
                    yield report_at(
                        ctx,
                        unit,
                        sentence.start + first.start,
                        f"conjunction 「{first.surface_form}」 repeats the previous sentence's; vary or drop it",
                        context=shorten(sentence.text, 120),
                    )
                previous = first
