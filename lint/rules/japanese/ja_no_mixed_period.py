"""JAS006: the textlint rule ja-no-mixed-period, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...registry import rule
from ._common import BARE_URL, prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


JAPANESE_CHAR = re.compile("[々〇〻\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffffぁ-んァ-ヶ]")
END_EXCEPTIONS = set("!?！？)）」』")
TRAILING_ROLES = re.compile(r"^(\s*\{[^}\s]+\}`[^`]*`)+\s*$")


@rule("JAS006", "missing-period", target="page", options=("period_mark", "allow_period_marks"))
def missing_period(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A paragraph whose last sentence does not end with 。 (textlint: ja-no-mixed-period).

    What: the last character of each Japanese paragraph must be 。 (or ！？ or a
    closing bracket 」』）). A paragraph ending with "." is told to use 。. As in
    textlint, list items, headings, table cells and figure captions are not
    checked (they are often fragments), nor a paragraph that ends with code or a
    link. A paragraph that ends with a citation role and no 。
    (「…運びます{cite:p}`key`」) is reported: textlint skips it, but the house puts
    the citation before the 。, so the 。 is missing.
    Why: the full stop marks where a claim ends, for readers and for the citation
    rule (a citation belongs to the sentence before its 。).
    Example: 「門脈血栓症は治療できる病気です」 Fix: 「…病気です。」
    Options: period_mark = "。"; allow_period_marks = [] (more accepted endings).
    """
    mark = ctx.option("period_mark", "。")
    allowed = set(ctx.option("allow_period_marks", [])) | {mark}
    for unit in prose_units(page, ("paragraph",), quotes=False, footnotes=False):
        if "figure" in unit.containers:
            continue
        plain = unit.plain.rstrip()
        last = len(plain) - 1
        source = unit.source.rstrip()
        if unit.plain_map and unit.plain_map[last] != len(source) - 1:
            rest = source[unit.plain_map[last] + 1 :]
            if not TRAILING_ROLES.match(rest) or plain[last] in "。．.":
                continue  # ends with code, a link or markup (textlint does not check it either)
        if "://" in plain and BARE_URL.search(plain.split()[-1]):
            continue  # ends with a bare URL (a link to textlint)
        sentences = sentences_of(unit)
        tail = sentences[-1].text if sentences else plain
        if not JAPANESE_CHAR.search(_last_text(unit, last)):
            continue  # as textlint: the last run of text (not only its last sentence) holds no Japanese
        end = plain[last]
        if end in END_EXCEPTIONS or any(plain.endswith(m) for m in allowed):
            continue
        if end in ".．":
            message, suggestion = f"sentence ends with 「{end}」; Japanese sentences end with 「{mark}」", mark
        else:
            message, suggestion = f"sentence does not end with 「{mark}」", tail[-15:] + mark
        yield report_at(ctx, unit, last, message, context=shorten(tail, 120), suggestion=suggestion)


def _last_text(unit, last):
    """The plain text of the unit's last run of text up to ``last`` (textlint's last Str node): back to
    where markup was removed (a gap in the source positions)."""
    plain_map = unit.plain_map
    start = last
    while start > 0 and plain_map and plain_map[start - 1] == plain_map[start] - 1:
        start -= 1
    return unit.plain[start : last + 1]
