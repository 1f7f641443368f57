"""JAS015: the textlint rule ja-no-weak-phrase, in Python."""

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


WEAK_PHRASES = (
    ("「かも」", [{"surface_form": "かも", "pos": "助詞", "pos_detail_1": "副助詞"},
                 {"surface_form": "。", "pos": "記号", "pos_detail_1": "句点"}]),
    ("「かもしれない」", [{"surface_form": "かも", "pos": "助詞", "pos_detail_1": "副助詞"},
                       {"surface_form": "しれ", "pos": "動詞", "pos_detail_1": "自立", "conjugated_type": "一段",
                        "conjugated_form": ["連用形", "未然形"], "basic_form": "しれる"}]),
    ("「思う」", [{"surface_form": "思う", "pos": "動詞", "pos_detail_1": "自立",
                 "conjugated_type": "五段・ワ行促音便", "conjugated_form": "基本形", "basic_form": "思う"}]),
    ("「思います」", [{"surface_form": "思い", "pos": "動詞", "pos_detail_1": "自立",
                    "conjugated_type": "五段・ワ行促音便", "conjugated_form": "連用形", "basic_form": "思う"},
                   {"surface_form": "ます", "pos": "助動詞", "conjugated_type": "特殊・マス",
                    "conjugated_form": "基本形"}]),
    ("「可能性を示唆している」", [{"surface_form": "可能", "pos": "名詞"}, {"surface_form": "性", "pos": "名詞"},
                             {"surface_form": "を", "pos": "助詞"}, {"surface_form": "示唆", "pos": "名詞"},
                             {"surface_form": "し", "pos": "動詞", "basic_form": "する"},
                             {"surface_form": "て", "pos": "助詞"},
                             {"surface_form": "いる", "pos": "動詞", "pos_detail_1": "非自立"}]),
)


WEAK_PHRASES = tuple((label, compile_pattern(pattern)) for label, pattern in WEAK_PHRASES)


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
    for unit in prose_units(page):
        for sentence in sentences_of(unit):
            text = sentence.text
            if "かも" not in text and "思" not in text and "示唆" not in text:
                continue
            tokens = tokenize(text)
            for label, pattern in WEAK_PHRASES:
                for _, matched in match_sequences(tokens, pattern):
                    yield report_at(ctx, unit, sentence.start + matched[0].start,
                                    f"weak phrase {label}; say how likely, and cite the source",
                                    context=shorten(text, 120))
