"""JAS001: the textlint rule sentence-length, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core.language import display_width
from ...findings import WARNING
from ...registry import rule
from ._common import (
    PARAGRAPH_KINDS,
    only_a_link,
    option_regexes,
    prose_units,
    report_at,
    sentences_of,
    shorten,
    without_urls,
)

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


@rule("JAS001", "sentence-length", target="page", severity=WARNING, options=("max", "skip_patterns"))
def sentence_length(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A sentence longer than 100 characters (textlint: sentence-length).

    What: counts the characters of each sentence of paragraphs and list items
    (citations, code and URLs, bare ones too, are not counted; line breaks are
    not characters).
    Why: long sentences are hard to follow, above all for patients reading about
    their own illness; one idea per sentence.
    Example: a 130-character sentence that lists causes, symptoms and a test.
    Fix: split it at a natural boundary (「〜です。また、〜」).
    Options ([tool.pvt-lint.rules.sentence-length]): max = 100;
    skip_patterns = [] (regular expressions removed before counting).
    Deliberate difference from textlint: textlint counts MyST citation roles
    ({cite:p}`key`) as text; they are not prose and are not counted here.
    """
    limit = ctx.option("max", 100)
    skips = option_regexes(ctx, "skip_patterns")
    for unit in prose_units(page, PARAGRAPH_KINDS, quotes=False):
        if only_a_link(unit):
            continue  # as textlint: a paragraph that is one link is not measured
        for sentence in sentences_of(unit):
            text = without_urls(sentence.text)
            for pattern in skips:
                text = pattern.sub("", text)
            length = display_width(text)
            if length > limit:
                yield report_at(
                    ctx,
                    unit,
                    sentence.start,
                    f"sentence is {length} characters long (max {limit}); split or shorten it",
                    context=shorten(sentence.text, 120),
                )
