"""JAS018: the house spelling of terms (lint/data/ja-terms.toml)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...japanese.terms import terms_for
from ...registry import rule
from ._common import prose_units, report_at, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


@rule("JAS018", "inconsistent-term", target="page", options=("terms",))
def inconsistent_term(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A term spelt differently from the house spelling (one spelling across all pages).

    What: lint/data/ja-terms.toml maps each preferred spelling to its variants
    (か月: ヶ月/カ月/ヵ月; 抗凝固療法: 抗凝固治療; 再開通: 再疎通; 骨髄増殖性腫瘍:
    骨髄増殖性疾患 ...); each use of a variant on any page is reported with the
    preferred form, so every page of the project ends up with one spelling.
    Why: one concept, one word: a reader who meets 抗凝固療法 and 抗凝固治療 on
    two pages wonders whether they are two treatments; search and the glossary
    find one spelling only.
    Example: 「6ヶ月間の抗凝固治療」 Fix: 「6か月間の抗凝固療法」
    Options: terms = path of another term list (relative to the project root).
    """
    terms = terms_for(ctx)
    for unit in prose_units(page):
        for start, _end, variant, term in terms.variants_in(unit.plain):
            note = f" {term.note}" if term.note else ""
            yield report_at(
                ctx,
                unit,
                start,
                f"「{variant}」: the house spelling is 「{term.preferred}」.{note}",
                context=shorten(unit.plain[max(0, start - 10) : start + len(variant) + 10]),
                suggestion=term.preferred,
            )
