"""JAS012: the textlint rule no-dropping-the-ra, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...japanese.tokenizer import tokenize
from ...registry import rule
from ._common import in_link, prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


RA_HINT = re.compile("(?<![らさ])れ")  # ら抜き has れ right after the verb stem (見れる), never られ/される


@rule("JAS012", "no-dropping-the-ra", target="page", needs_tokenizer=True)
def no_dropping_the_ra(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """ら抜き言葉 (textlint: no-dropping-the-ra).

    What: finds the potential form of 一段 verbs without ら (見れる, 来れる,
    食べれる, 寝れる).
    Why: ら抜き is colloquial; in written and medical text it reads as careless.
    Example: 「超音波検査で血流が見れます。」 Fix: 「…見られます。」
    """
    for unit in prose_units(page, quotes=False):
        for sentence in sentences_of(unit):
            if not RA_HINT.search(sentence.text):
                continue
            tokens = tokenize(sentence.text)
            for index, token in enumerate(tokens):
                found = None
                if token.pos == "動詞" and token.basic_form in ("来れる", "見れる"):
                    found = token.surface_form
                elif index and token.pos == "動詞" and token.pos_detail_1 == "接尾" and token.basic_form == "れる":
                    prev = tokens[index - 1]
                    if (
                        prev.pos == "動詞"
                        and prev.pos_detail_1 == "自立"
                        and prev.conjugated_type == "一段"
                        and prev.conjugated_form == "未然形"
                    ):
                        found = prev.surface_form + token.surface_form
                        token = prev
                if found and not in_link(unit, sentence.start + token.start):  # link text: textlint skips it
                    yield report_at(
                        ctx,
                        unit,
                        sentence.start + token.start,
                        f"ら抜き言葉 「{found}」; write the potential form with ら (見られる, 来られる)",
                        context=shorten(sentence.text, 120),
                    )
