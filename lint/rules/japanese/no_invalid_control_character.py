"""JAS008: the textlint rule no-invalid-control-character and no-zero-width-spaces, in Python."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...registry import rule
from ._common import shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u202a-\u202e\u200b-\u200d\u2060\ufeff]")
CONTROL_NAMES = {
    "\u200b": "ZERO WIDTH SPACE",
    "\u200c": "ZERO WIDTH NON-JOINER",
    "\u200d": "ZERO WIDTH JOINER",
    "\u2060": "WORD JOINER",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)",
}


@rule("JAS008", "no-invalid-control-character", target="page", options=("allow",))
def no_invalid_control_character(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """Invisible control characters and zero-width spaces in prose.

    What: finds, anywhere in the page's text but code (front matter, code blocks and
    inline code are not read; image alt text and titles are), C0/C1 control characters (other than tab and line feed), bidi
    embedding/override characters (U+202A–U+202E) and zero-width characters
    (U+200B–U+200D, U+2060, U+FEFF) (textlint: no-invalid-control-character and
    no-zero-width-spaces, merged into one rule).
    Why: they are invisible in the editor, break search and word counts, and are
    how copy-and-paste from PDFs and web pages smuggles garbage into the text.
    Example: 「門脈\u200b血栓症」 (a zero-width space inside the word). Fix: delete it.
    Options: allow = [] (characters to accept, e.g. ["\\u200d"] for emoji sequences).
    """
    allow = set(ctx.option("allow", []))
    for line_number, line in _text_lines(page):
        for match in CONTROL.finditer(line):
            char = match.group()
            if char in allow:
                continue
            name = CONTROL_NAMES.get(char) or unicodedata.name(char, "control character")
            yield ctx.report(
                line_number,
                match.start() + 1,
                f"invisible character U+{ord(char):04X} ({name}); delete it",
                context=shorten(line[max(0, match.start() - 10) : match.end() + 10]),
            )


FENCE = re.compile(r"^\s*(`{3,}|~{3,}|:{3,})\s*(\S*)")
INLINE_CODE = re.compile(r"(`+)(.+?)\1")
CODE_DIRECTIVES = ("{code-block}", "{code}", "{sourcecode}", "{literalinclude}", "{eval-rst}")


def _text_lines(page: Page) -> Iterator[tuple[int, str]]:
    """(line number, line) of the page's Markdown source outside front matter, code blocks and
    inline code: what textlint's rule reads (its Str nodes, image alt text and titles), read from
    the source because the Markdown parser drops control characters at the start and end of a
    line before any unit holds them."""
    lines = page.lines
    first = 0
    if page.front_matter_line and lines and lines[0].strip() == "---":
        first = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
    fences: list[tuple[str, bool]] = []  # (fence marker, is code) of each open fence
    for index in range(first, len(lines)):
        line = lines[index]
        fence = FENCE.match(line)
        if fence:
            marker, info = fence.groups()
            open_marker = next(
                (
                    i
                    for i in range(len(fences) - 1, -1, -1)
                    if fences[i][0][0] == marker[0] and len(marker) >= len(fences[i][0])
                ),
                None,
            )
            if not info and open_marker is not None:
                del fences[open_marker:]
                continue
            is_code = marker[0] != ":" and (not info.startswith("{") or info.startswith(CODE_DIRECTIVES))
            fences.append((marker, is_code or any(code for _, code in fences)))
            continue
        if any(code for _, code in fences):
            continue
        if "`" in line:
            line = INLINE_CODE.sub(lambda m: " " * len(m.group()), line)
        yield index + 1, line
