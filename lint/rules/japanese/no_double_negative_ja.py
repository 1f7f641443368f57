"""JAS013: the textlint rule no-double-negative-ja, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import WARNING
from ...japanese.phrases import DATA, load_token_phrases
from ...japanese.tokenizer import match_sequences, tokenize
from ...registry import rule
from ._common import prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


PHRASES = DATA / "ja-double-negatives.toml"
NAI = ("ない", "無い")  # every pattern of the file has two words of this basic form


@rule("JAS013", "no-double-negative", target="page", severity=WARNING, needs_tokenizer=True)
def no_double_negative(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A double negative (textlint: no-double-negative-ja).

    What: finds 〜なくはない, 〜ないでもない, 〜ないものではない, 〜ないことはない,
    〜ないわけではない, 〜ないとはいいきれない, 〜ないとはかぎらない and their も forms.
    Why: a patient should not have to untangle two negations to learn whether
    something can happen.
    Example: 「出血が起こらないとは限らない。」 Fix: 「出血が起こることがあります。」
    """
    phrases = load_token_phrases(PHRASES)
    for unit in prose_units(page):
        for sentence in sentences_of(unit):
            text = sentence.text
            if text.count("な") + text.count("無") < 2:
                continue  # a double negative has two ない
            tokens = tokenize(text)
            if sum(t.basic_form in NAI for t in tokens) < 2:
                continue
            reported = set()
            for phrase in phrases:
                for _, matched in match_sequences(tokens, phrase.pattern):
                    if matched[0].start in reported:
                        continue
                    reported.add(matched[0].start)
                    text = "".join(t.surface_form for t in matched)
                    yield report_at(
                        ctx,
                        unit,
                        sentence.start + matched[0].start,
                        f"double negative 「{text}」 ({phrase.name}); say it positively",
                        context=shorten(sentence.text, 120),
                    )
