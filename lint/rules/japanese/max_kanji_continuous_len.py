"""JAS003: the textlint rule max-kanji-continuous-len, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...findings import WARNING
from ...japanese.terms import terms_for
from ...registry import rule
from ._common import in_link, prose_units, report_at

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


KANJI_RUN = re.compile("[々〇〻\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")


def _contiguous(unit, start, end):
    """Split plain[start:end] where markup was removed between two characters (source gaps)."""
    pieces, first = [], start
    plain_map = unit.plain_map
    for i in range(start + 1, end):
        if plain_map and plain_map[i] != plain_map[i - 1] + 1:
            pieces.append((first, i))
            first = i
    pieces.append((first, end))
    return pieces


@rule(
    "JAS003", "max-kanji-continuous", target="page", severity=WARNING, options=("max", "joined_max", "allow", "terms")
)
def max_kanji_continuous(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """More than six kanji in a row (textlint: max-kanji-continuous-len).

    What: finds runs of 7 or more kanji in any prose (headings and tables too).
    Established terms listed in lint/data/ja-terms.toml ([kanji] allow, e.g.
    原発性肝外門脈閉塞症) are allowed, alone or joined with words of up to three
    kanji (原発性肝外門脈閉塞症患者).
    Why: long kanji compounds are hard to read and to parse; patients read them
    as one opaque word.
    Example: 「門脈血栓症治療開始時期」. Fix: 「門脈血栓症の治療を始める時期」.
    Options: max = 6; allow = [] (more allowed terms); joined_max = 3 (longest
    word that may join a listed term); terms = path of another term list.
    Deliberate difference from textlint: textlint allows a listed term only when
    the run is exactly that term.
    """
    limit = ctx.option("max", 6)
    joined = ctx.option("joined_max", 3)
    extra = set(ctx.option("allow", []))
    terms = terms_for(ctx)
    for unit in prose_units(page, quotes=False):
        for match in KANJI_RUN.finditer(unit.plain):
            if match.end() - match.start() <= limit:
                continue
            for start, end in _contiguous(unit, match.start(), match.end()):
                run = unit.plain[start:end]
                if in_link(unit, start):
                    continue  # link text: textlint skips it
                if len(run) <= limit or run in extra or terms.kanji_run_allowed(run, limit, joined):
                    continue
                yield report_at(
                    ctx,
                    unit,
                    start,
                    f"{len(run)} kanji in a row 「{run}」 (max {limit}); add kana "
                    f"(の, を, する) or list the term in lint/data/ja-terms.toml",
                    context=run,
                )
