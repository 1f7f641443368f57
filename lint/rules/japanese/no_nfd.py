"""JAS009: the textlint rule no-nfd, in Python."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...registry import rule
from ._common import in_link, prose_units, report_at

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


NFD_MARKS = re.compile("[\u3099\u309a\u309b\u309c]")


@rule("JAS009", "no-nfd", target="page")
def no_nfd(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """Decomposed (NFD, "UTF8-MAC") voiced marks (textlint: no-nfd).

    What: finds a kana followed by a separate dakuten/handakuten (U+3099, U+309A,
    or the spacing ゛゜ U+309B, U+309C), as macOS file names and some PDFs produce.
    Why: 「ハ\u309a」 looks like 「パ」 but is two characters: search, sorting and
    the tokenizer treat it as a different word.
    Example: 「ヘ\u309aリン」 Fix: 「ペリン」 (the suggestion is the composed form).
    """
    for unit in prose_units(page, quotes=False):
        plain = unit.plain
        for match in NFD_MARKS.finditer(plain):
            index = match.start()
            if index == 0 or in_link(unit, index - 1):  # link text: textlint skips it
                continue
            pair = plain[index - 1 : index + 1]
            composed = unicodedata.normalize("NFC", pair.replace("\u309b", "\u3099").replace("\u309c", "\u309a"))
            yield report_at(
                ctx,
                unit,
                index - 1,
                f"decomposed voiced mark: 「{pair[0]}」 + U+{ord(pair[1]):04X}; write the composed 「{composed}」",
                context=pair,
                suggestion=composed,
            )
