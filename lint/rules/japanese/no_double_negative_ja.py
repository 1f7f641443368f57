"""JAS013: the textlint rule no-double-negative-ja, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import WARNING
from ...japanese.tokenizer import compile_pattern, match_sequences, tokenize
from ...registry import rule
from ._common import prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


NAI = ["ない", "無い"]
DOUBLE_NEGATIVES = (
    ("〜なくもない", [{"basic_form": NAI}, {"surface_form": "も", "pos": "助詞"},
                      {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜なくはない", [{"basic_form": NAI}, {"surface_form": "は", "pos": "助詞"},
                      {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないでもない", [{"basic_form": NAI}, {"surface_form": "で", "conjugated_form": "連用形"},
                        {"surface_form": "は", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないではない", [{"basic_form": NAI}, {"surface_form": "で", "pos": "助詞"},
                        {"surface_form": "も", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないものでもない", [{"basic_form": NAI}, {"reading": "モノ", "pos": "名詞"},
                            {"conjugated_form": "連用形", "basic_form": "だ"},
                            {"surface_form": "も", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないものではない", [{"basic_form": NAI}, {"reading": "モノ", "pos": "名詞"},
                            {"conjugated_form": "連用形", "basic_form": "だ"},
                            {"surface_form": "は", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないことはない", [{"basic_form": NAI}, {"reading": "コト", "pos": "名詞"},
                          {"surface_form": "は", "pos": "助詞"}, {"basic_form": NAI}]),
    ("〜ないこともない", [{"basic_form": NAI}, {"reading": "コト", "pos": "名詞"},
                          {"surface_form": "も", "pos": "助詞"},
                          {"basic_form": NAI, "conjugated_type": "特殊・ナイ"}]),
    ("〜ないこともない", [{"basic_form": NAI}, {"reading": "コト", "pos": "名詞"},
                          {"surface_form": "も", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないわけでもない", [{"basic_form": NAI}, {"reading": "ワケ", "pos": "名詞"},
                            {"conjugated_form": "連用形", "basic_form": "だ"},
                            {"surface_form": "も", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないわけではない", [{"basic_form": NAI}, {"reading": "ワケ", "pos": "名詞"},
                            {"conjugated_form": "連用形", "basic_form": "だ"},
                            {"surface_form": "は", "pos": "助詞"}, {"basic_form": NAI}]),
    ("〜ないといいきれない", [{"basic_form": NAI}, {"surface_form": "と", "pos": "助詞"},
                              {"reading": "イイ"}, {"reading": "キレ", "pos": "動詞"}, {"basic_form": NAI}]),
    ("〜ないとはいいきれない", [{"basic_form": NAI}, {"surface_form": "と", "pos": "助詞"},
                                {"surface_form": "は", "pos": "助詞"}, {"reading": "イイ"},
                                {"reading": "キレ", "pos": "動詞"}, {"basic_form": NAI}]),
    ("〜ないとはかぎらない", [{"basic_form": NAI}, {"surface_form": "と", "pos": "助詞"},
                              {"surface_form": "は", "pos": "助詞"}, {"reading": "カギラ", "pos": "動詞"},
                              {"basic_form": NAI}]),
    ("〜ないともかぎらない", [{"basic_form": NAI}, {"surface_form": "と", "pos": "助詞"},
                              {"surface_form": "も", "pos": "助詞"}, {"reading": "カギラ", "pos": "動詞"},
                              {"basic_form": NAI}]),
)


DOUBLE_NEGATIVES = tuple((label, compile_pattern(pattern)) for label, pattern in DOUBLE_NEGATIVES)


@rule("JAS013", "no-double-negative", target="page", severity=WARNING, needs_tokenizer=True)
def no_double_negative(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A double negative (textlint: no-double-negative-ja).

    What: finds 〜なくはない, 〜ないでもない, 〜ないものではない, 〜ないことはない,
    〜ないわけではない, 〜ないとはいいきれない, 〜ないとはかぎらない and their も forms.
    Why: a patient should not have to untangle two negations to learn whether
    something can happen.
    Example: 「出血が起こらないとは限らない。」 Fix: 「出血が起こることがあります。」
    """
    for unit in prose_units(page):
        for sentence in sentences_of(unit):
            text = sentence.text
            if text.count("な") + text.count("無") < 2:
                continue  # a double negative has two ない
            tokens = tokenize(text)
            if sum(t.basic_form in NAI for t in tokens) < 2:
                continue
            reported = set()
            for label, pattern in DOUBLE_NEGATIVES:
                for _, matched in match_sequences(tokens, pattern):
                    if matched[0].start in reported:
                        continue
                    reported.add(matched[0].start)
                    text = "".join(t.surface_form for t in matched)
                    yield report_at(ctx, unit, sentence.start + matched[0].start,
                                    f"double negative 「{text}」 ({label}); say it positively",
                                    context=shorten(sentence.text, 120))
