"""JAS016: the textlint rule ja-no-redundant-expression, in Python."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import WARNING
from ...japanese.tokenizer import compile_pattern, match_sequences, tokenize
from ...registry import rule
from ._common import PARAGRAPH_KINDS, prose_units, report_at, sentences_of

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


PUNCTUATION = ["、", "､", "，", ","]
SURU = {"surface_form": "する", "pos": "動詞", "pos_detail_1": "自立", "conjugated_type": "サ変・スル",
        "conjugated_form": "基本形", "basic_form": "する"}
DE_ARU = [{"surface_form": "で", "pos": "助動詞", "conjugated_type": "特殊・ダ", "conjugated_form": "連用形",
           "basic_form": "だ"}, {"reading": "アル"}]
SAHEN_WO = [{"pos": "名詞", "pos_detail_1": "サ変接続"},
            {"surface_form": "を", "pos": "助詞", "pos_detail_1": "格助詞", "pos_detail_2": "一般"},
            {"surface_form": PUNCTUATION, "_skippable": True}]
REDUNDANT = (
    ("することが可能", "「〜することが可能」→「〜できる」「〜可能」",
     [SURU, {"pos": "名詞", "reading": "コト"}, {"pos": "助詞"}, {"surface_form": PUNCTUATION, "_skippable": True},
      {"basic_form": ["可", "可能", "不可能", "不能", "不可"]}, {"pos": "助動詞"}], ()),
    ("することができる", "「〜することができます」→「〜できます」",
     [SURU, {"pos": "名詞", "reading": "コト"}, {"pos": "助詞"}, {"surface_form": PUNCTUATION, "_skippable": True},
      {"pos": "動詞", "pos_detail_1": "自立", "basic_form": "できる"}, {}], ()),
    ("であると言えます", "「〜であると言えます」→「〜です」",
     DE_ARU + [{"surface_form": PUNCTUATION, "_skippable": True}, {"surface_form": "と", "pos": "助詞"},
               {"surface_form": PUNCTUATION, "_skippable": True},
               {"pos": "動詞", "pos_detail_1": "自立", "conjugated_type": "一段", "conjugated_form": "連用形",
                "reading": "イエ"},
               {"surface_form": "ます", "pos": "助動詞", "conjugated_type": "特殊・マス",
                "conjugated_form": "基本形"}], ()),
    ("であると考えている", "「〜であると考えています」→「〜と考えています」",
     DE_ARU + [{"surface_form": PUNCTUATION, "_skippable": True}, {"surface_form": "と", "pos": "助詞"},
               {"surface_form": PUNCTUATION, "_skippable": True},
               {"surface_form": "考え", "pos": "動詞", "pos_detail_1": "自立", "conjugated_form": "連用形",
                "basic_form": "考える"},
               {"surface_form": "て", "pos": "助詞", "pos_detail_1": "接続助詞"},
               {"surface_form": PUNCTUATION, "_skippable": True},
               {"pos": "動詞", "pos_detail_1": "非自立", "basic_form": "いる"},
               {"surface_form": "ます", "pos": "助動詞", "conjugated_type": "特殊・マス", "_skippable": True}], ()),
    ("〜を行う", "「〜を行う」→「〜する」（例: 検査を行います → 検査します）",
     SAHEN_WO + [{"pos": "動詞", "pos_detail_1": "自立", "conjugated_type": "五段・ワ行促音便",
                  "basic_form": "行う"}],
     (re.compile("^処理を行[ぁ-ん]"), re.compile("^[ァ-ヶ]+を.?行[ぁ-ん]"), re.compile("^[a-zA-Z]+を.?行[ぁ-ん]"))),
    ("〜を実行", "「〜を実行する」→「〜する」",
     SAHEN_WO + [{"surface_form": "実行", "pos": "名詞", "pos_detail_1": "サ変接続"}],
     (re.compile("^処理を実行"), re.compile("^[ァ-ヶ]+を.?実行"), re.compile("^[a-zA-Z]+を.?実行"))),
)


REDUNDANT = tuple((name, advice, compile_pattern(pattern), allows) for name, advice, pattern, allows in REDUNDANT)
REDUNDANT_HINT = re.compile("こと|事|ある|有る|行|実行")  # a sentence without these cannot match


@rule("JAS016", "ja-no-redundant-expression", target="page", severity=WARNING, needs_tokenizer=True)
def ja_no_redundant_expression(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A redundant expression (textlint: ja-no-redundant-expression).

    What: in paragraphs and list items, finds 「することが可能」「することができる」
    「であると言えます」「であると考えている」「〜を行う」「〜を実行」.
    Why: shorter sentences are easier to read; these add words, not meaning.
    Example: 「血液検査を行います。」「治療することができます。」
    Fix: 「血液検査をします。」「治療できます。」
    Options: disabled = [] (phrases not to report, by their name above, e.g.
    ["〜を行う"]).
    """
    disabled = set(ctx.option("disabled", []))
    active = [entry for entry in REDUNDANT if entry[0] not in disabled]
    for unit in prose_units(page, PARAGRAPH_KINDS):
        for sentence in sentences_of(unit):
            if not REDUNDANT_HINT.search(sentence.text):
                continue
            tokens = tokenize(sentence.text)
            for name, advice, pattern, allows in active:
                for _, matched in match_sequences(tokens, pattern):
                    text = "".join(t.surface_form for t in matched)
                    if any(a.search(text) for a in allows):
                        continue
                    yield report_at(ctx, unit, sentence.start + matched[0].start,
                                    f"redundant expression 「{text}」: {advice}", context=text)
