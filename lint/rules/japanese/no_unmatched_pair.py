"""JAS010: the textlint rule no-unmatched-pair, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...registry import rule
from ._common import BARE_URL, in_link, prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


PAIR_MARKS = (
    ('"', '"'),
    ("[", "]"),
    ("(", ")"),
    ("{", "}"),
    ("「", "」"),
    ("（", "）"),
    ("『", "』"),
    ("｛", "｝"),
    ("［", "］"),
    ("〚", "〛"),
    ("【", "】"),
    ("«", "»"),
    ("‹", "›"),
)
PAIR_BY_CHAR: dict[str, tuple[str, str]] = {}
for _open, _close in PAIR_MARKS:
    PAIR_BY_CHAR.setdefault(_open, (_open, _close))
    PAIR_BY_CHAR.setdefault(_close, (_open, _close))


@rule("JAS010", "no-unmatched-pair", target="page")
def no_unmatched_pair(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """An opening bracket or quote that is never closed in its sentence (textlint: no-unmatched-pair).

    What: 「」『』（）()【】［］[]｛｝{}"" and guillemets: an opening mark without
    its closing mark in the same sentence is reported at the opening mark. Checks
    every unit (textlint checks paragraphs only; the house checks headings and
    tables too). Brackets inside bare URLs are not counted.
    Why: an unclosed 「 or （ makes the rest of the sentence read as a quotation
    or an aside, and it breaks sentence splitting (the citation rules rely on it).
    Example: 「門脈（もんみゃく は肝臓へ血液を運びます。」 Fix: 「門脈（もんみゃく）は…」
    """
    for unit in prose_units(page, quotes=False):
        carried: list[tuple[int, tuple[str, str]]] = []  # an ASCII " still open from an earlier sentence
        for sentence in sentences_of(unit):
            text = sentence.text
            if not carried and not any(ch in PAIR_BY_CHAR for ch in text):
                continue
            if "://" in text:  # brackets inside a bare URL are not prose
                text = BARE_URL.sub(lambda m: " " * len(m.group()), text)
            open_marks: list[tuple[int, tuple[str, str]]] = carried  # [(plain index, (open, close))]
            for index, ch in enumerate(text):
                pair = PAIR_BY_CHAR.get(ch)
                if pair is None or in_link(unit, sentence.start + index):
                    continue
                inside = next((k for k, (_, p) in enumerate(open_marks) if p == pair), None)
                if inside is not None:
                    if ch == pair[1]:
                        del open_marks[inside]
                elif ch == pair[0]:
                    open_marks.append((sentence.start + index, pair))
            # the splitter cuts "Hello World!" at its !, where textlint's does not: a " waits for
            # the next sentence of the unit
            carried = [mark for mark in open_marks if mark[1][0] == '"' and sentence is not sentences_of(unit)[-1]]
            for index, (opening, closing) in open_marks:
                if (index, (opening, closing)) in carried:
                    continue
                yield report_at(
                    ctx,
                    unit,
                    index,
                    f"「{opening}」 is not closed with 「{closing}」 in this sentence",
                    context=shorten(text, 120),
                )
