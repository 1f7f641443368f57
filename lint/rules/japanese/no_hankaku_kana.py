"""JAS007: the textlint rule no-hankaku-kana, in Python."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...registry import rule
from ._common import prose_units, report_at

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


HANKAKU_KANA = re.compile("[\uff61-\uff9f]+")


@rule("JAS007", "no-hankaku-kana", target="page")
def no_hankaku_kana(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """Half-width katakana (textlint: no-hankaku-kana).

    What: finds ｱｲｳ-style half-width katakana and half-width 。「」、・ in prose.
    Why: half-width kana are a legacy encoding artefact; screen readers and
    search treat them differently, and they look broken in print.
    Example: 「ﾜﾙﾌｧﾘﾝ」 Fix: 「ワルファリン」 (the suggestion is the NFKC form).
    """
    for unit in prose_units(page):
        for match in HANKAKU_KANA.finditer(unit.plain):
            text = match.group()
            yield report_at(
                ctx,
                unit,
                match.start(),
                f"half-width katakana 「{text}」; write 「{unicodedata.normalize('NFKC', text)}」",
                context=text,
                suggestion=unicodedata.normalize("NFKC", text),
            )
