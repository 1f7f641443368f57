"""JAS019: the textlint rule max-comma, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import WARNING
from ...registry import rule
from ._common import PARAGRAPH_KINDS, prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


@rule("JAS019", "max-comma", target="page", severity=WARNING, options=("max",))
def max_comma(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """Too many ASCII commas (,) in one sentence (textlint: max-comma).

    What: counts the ASCII commas of each sentence of paragraphs and list items (inline
    code is not counted, as in textlint); more than the maximum is reported at the last comma.
    JAS002 counts the Japanese 、.
    Why: a sentence with many commas (often English terms or lists pasted into Japanese
    text) is a list in disguise; a reader loses its subject.
    Example: 「検査はCT, MRI, 超音波, 血液検査, 内視鏡で行います。」 (four commas)
    Fix: a bulleted list, or 、 and fewer items.
    Options: max = 3 (the preset's setting; textlint's rule alone defaults to 4).
    """
    limit = ctx.option("max", 3)
    for unit in prose_units(page, PARAGRAPH_KINDS):
        if "," not in unit.plain:
            continue
        for sentence in sentences_of(unit):
            if sentence.text.count(",") > limit:
                yield report_at(
                    ctx,
                    unit,
                    sentence.start + sentence.text.rindex(","),
                    f"{sentence.text.count(',')} commas (,) in one sentence (max {limit}); "
                    "split the sentence or make a list",
                    context=shorten(sentence.text, 120),
                )
