"""JAS021: the textlint rule no-exclamation-question-mark, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...findings import WARNING
from ...registry import rule
from ._common import BARE_URL, in_link, option_regexes, prose_units, report_at, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page

MARKS = {
    "!": "allow_half_width_exclamation",
    "！": "allow_full_width_exclamation",
    "?": "allow_half_width_question",
    "？": "allow_full_width_question",
}
BUILTIN_ALLOW = [re.compile(re.escape("Yahoo!"))]


@rule(
    "JAS021",
    "no-exclamation-question-mark",
    target="page",
    severity=WARNING,
    options=(
        "allow_half_width_exclamation",
        "allow_full_width_exclamation",
        "allow_half_width_question",
        "allow_full_width_question",
        "allow",
    ),
)
def no_exclamation_question_mark(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """Exclamation and question marks (textlint: no-exclamation-question-mark).

    What: finds ! ！ ? ？ in any prose (headings and tables too; block quotes, link text and
    bare URLs such as https://example.org/?q=1 are not read, as in textlint, whose Markdown
    parser makes a bare URL a link), except inside an allowed word (Yahoo!).
    Why: technical and medical writing states; exclamations sound like advertising and
    questions in running text are better as statements.
    Example: 「早めの受診が大切です！」 Fix: 「早めの受診が大切です。」
    Options: allow_half_width_exclamation = false; allow_full_width_exclamation = false;
    allow_half_width_question = false; allow_full_width_question = false; allow = []
    (regular expressions of words that may hold a mark). The project allows ？ (its FAQ
    headings are questions) in pyproject.toml.
    """
    marks = {mark for mark, option in MARKS.items() if not ctx.option(option, False)}
    allowed = BUILTIN_ALLOW + option_regexes(ctx, "allow")
    for unit in prose_units(page, quotes=False):
        text = unit.plain
        if not any(mark in text for mark in marks):
            continue
        spans = [m.span() for pattern in allowed for m in pattern.finditer(text)]
        if "://" in text:  # a query string's ? is part of the address, not prose
            spans += [m.span() for m in BARE_URL.finditer(text)]
        for index, char in enumerate(text):
            if char in marks and not in_link(unit, index) and not any(start <= index < end for start, end in spans):
                yield report_at(
                    ctx,
                    unit,
                    index,
                    f"「{char}」: end the sentence with 「。」 instead",
                    context=shorten(text[max(0, index - 20) : index + 1]),
                )
