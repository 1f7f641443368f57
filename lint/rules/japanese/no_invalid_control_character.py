"""JAS008: the textlint rule no-invalid-control-character and no-zero-width-spaces, in Python."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...registry import rule
from ._common import prose_units, report_at, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u202a-\u202e\u200b-\u200d\u2060\ufeff]")
CONTROL_NAMES = {"\u200b": "ZERO WIDTH SPACE", "\u200c": "ZERO WIDTH NON-JOINER",
                 "\u200d": "ZERO WIDTH JOINER", "\u2060": "WORD JOINER",
                 "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)"}


@rule("JAS008", "no-invalid-control-character", target="page")
def no_invalid_control_character(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """Invisible control characters and zero-width spaces in prose.

    What: finds C0/C1 control characters (other than tab and line feed), bidi
    embedding/override characters (U+202A–U+202E) and zero-width characters
    (U+200B–U+200D, U+2060, U+FEFF) (textlint: no-invalid-control-character and
    no-zero-width-spaces, merged into one rule).
    Why: they are invisible in the editor, break search and word counts, and are
    how copy-and-paste from PDFs and web pages smuggles garbage into the text.
    Example: 「門脈\u200b血栓症」 (a zero-width space inside the word). Fix: delete it.
    Options: allow = [] (characters to accept, e.g. ["\\u200d"] for emoji sequences).
    """
    allow = set(ctx.option("allow", []))
    for unit in prose_units(page):
        for match in CONTROL.finditer(unit.plain):
            char = match.group()
            if char in allow:
                continue
            name = CONTROL_NAMES.get(char) or unicodedata.name(char, "control character")
            yield report_at(ctx, unit, match.start(),
                            f"invisible character U+{ord(char):04X} ({name}); delete it",
                            context=shorten(unit.plain[max(0, match.start() - 10): match.end() + 10]))
