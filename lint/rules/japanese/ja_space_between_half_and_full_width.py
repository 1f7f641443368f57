"""JAS017: the textlint rule ja-space-between-half-and-full-width, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...registry import rule
from ._common import option_regexes, prose_units, report_at, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


ZEN = "(?:[、。]|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\U00020000-\U0003ffff]|[ぁ-んァ-ヶ])"
HAN_SPACE_ZEN = re.compile(f"[A-Za-z0-9]([ \u3000]){ZEN}")
ZEN_SPACE_HAN = re.compile(f"{ZEN}([ \u3000])[A-Za-z0-9]")


@rule("JAS017", "space-between-full-and-half-width", target="page", options=("allows",))
def space_between_full_and_half_width(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A space between full-width and half-width characters (textlint: ja-space-between-half-and-full-width, "never").

    What: finds a space between Japanese (kanji, kana, 、。) and ASCII letters or
    digits: 「造影 CT 検査」, 「約 7 割」. A space next to 、 or 。 is left to
    other rules, as in textlint.
    Why: house setting: Japanese text sets Latin letters and digits without
    spaces (the typesetting adds the spacing), so the pages look the same
    everywhere and search finds 「造影CT」.
    Example: 「造影 CT で確認します。」 Fix: 「造影CTで確認します。」
    Options: allows = [] (regular expressions of text where a space is fine).
    """
    allows = option_regexes(ctx, "allows")
    for unit in prose_units(page):
        plain = unit.plain
        if " " not in plain and "\u3000" not in plain:
            continue
        allowed = [m.span() for p in allows for m in p.finditer(plain)]
        spaces = set()
        for pattern, zen_offset in ((HAN_SPACE_ZEN, 2), (ZEN_SPACE_HAN, 0)):
            for match in pattern.finditer(plain):
                space = match.start(1)
                if plain[match.start() + zen_offset] in "、。":
                    continue
                if any(a <= space < b for a, b in allowed):
                    continue
                spaces.add(space)
        for space in sorted(spaces):
            yield report_at(
                ctx,
                unit,
                space,
                "space between full-width and half-width characters; delete it",
                context=shorten(plain[max(0, space - 8) : space + 8]),
                suggestion="",
            )
