"""JAS015: the textlint rule ja-no-weak-phrase, in Python."""

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


PHRASES = DATA / "ja-weak-phrases.toml"
# a sentence without one of these holds no phrase of the file: it is not analysed (MeCab is the cost)
WEAK_HINTS = ("かも", "思", "示唆")


@rule("JAS015", "ja-no-weak-phrase", target="page", severity=WARNING, needs_tokenizer=True)
def ja_no_weak_phrase(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A weak phrase: かも, かもしれない, 思う, 思います, 可能性を示唆している (textlint: ja-no-weak-phrase).

    What: finds phrases that hedge without saying how sure the evidence is.
    Why: in medical text a hedge must carry information: how often, how likely,
    according to what. 「〜かもしれません」 tells the reader nothing.
    Example: 「抗凝固療法で血栓が消えるかもしれません。」
    Fix: 「抗凝固療法を受けた人の約7割で血栓が消えたと報告されています{cite:p}`loffredo-2017`。」
    A warning: real uncertainty may stay hedged; say 「〜可能性があります」 with a source.
    """
    phrases = load_token_phrases(PHRASES)
    for unit in prose_units(page):
        for sentence in sentences_of(unit):
            text = sentence.text
            if not any(hint in text for hint in WEAK_HINTS):
                continue
            tokens = tokenize(text)
            for phrase in phrases:
                for _, matched in match_sequences(tokens, phrase.pattern):
                    yield report_at(
                        ctx,
                        unit,
                        sentence.start + matched[0].start,
                        f"weak phrase {phrase.name}; say how likely, and cite the source",
                        context=shorten(text, 120),
                    )
