"""MED rules, fifty-third session (issue 18): two readings of stance that medical-ads-blind81 showed missing.

- What the media present said to lack evidence (SNSで紹介されている治療情報には、根拠の不確かなものも含まれます) is a
  warning about it, not an endorsement; the same media with evidence claimed (科学的根拠のある) still endorse.
- A predicate denied as a whole by の / から + ではない (参考にするのではなく, 愛用しているからではなく: "not by", "not
  because") is denied, as a noun + ではなく is; 〜のではないでしょうか suggests what it seems to deny and is not read as a
  denial, and the plain endorsement is still reported.

- Nouns coordinated with the span's (効果の保証や返金のお約束は…いたしかねます) are governed by the predicate of the whole
  phrase: its denial is each member's.
- MED008: a period named with に before 限り (今月に限り), then a price or a discount, is a time-limited lure as 今月限り
  is; a notice of the day (本日に限り、受付は正午までです) is not.
- MED004: a harm's possibility denied (やけどの可能性はありません) promises safety as its worry denied does; a
  possibility that is there, or not zero, is information.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "テレビで話題の健康法にも、科学的な根拠がはっきりしないものがあります。",
        "雑誌で紹介されるサプリメントには、根拠の乏しいものも少なくありません。",
        "芸能人の体験談を基準にするのではなく、主治医と相談して決めましょう。",
        "有名人が使っているからではなく、成分と副作用を確かめて選びましょう。",
    ],
)
def test_media_without_evidence_and_a_denied_endorsement_are_not_claims(sentence):
    assert "MED003" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "テレビで紹介された、科学的根拠のある最新の治療法です。",
        "人気タレントも愛用している美容液です。",
        "有名人が愛用しているのは、効果が高いからです。",
    ],
)
def test_endorsements_are_still_reported(sentence):
    assert "MED003" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("脱毛コース、今週に限り全身5回29,800円！", "MED008"),
        ("本日に限り、カウンセリング料が無料です。", "MED008"),
        ("当院の医療レーザーなら、やけどの可能性はありません。", "MED004"),
        ("この注射は、内出血の可能性はまったくありません。", "MED004"),
    ],
)
def test_lures_and_safety_promises_by_their_grammar(sentence, code):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("本日に限り、午後の受付は3時までです。", "MED008"),
        ("今月に限り、土曜日の診療はお休みします。", "MED008"),
        ("まれに、やけどの可能性があります。", "MED004"),
        ("内出血の可能性はゼロではありません。", "MED004"),
    ],
)
def test_notices_and_stated_risks_are_not_flagged(sentence, code):
    assert code not in codes_on(sentence), sentence


def test_a_denial_of_coordinated_nouns_is_each_ones():
    assert "MED001" not in codes_on("効果の保証や返金のお約束はいたしかねますので、あらかじめご了承ください。")
    assert "MED004" in codes_on("副作用やリスクは一切ありません。")
    assert "MED001" in codes_on("効果と安全性を保証します。")
