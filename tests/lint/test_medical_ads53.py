"""MED rules, fifty-third session (issue 18): two readings of stance that medical-ads-blind81 showed missing.

- What the media present said to lack evidence (SNSで紹介されている治療情報には、根拠の不確かなものも含まれます) is a
  warning about it, not an endorsement; the same media with evidence claimed (科学的根拠のある) still endorse.
- A predicate denied as a whole by の + ではない (参考にするのではなく) is denied, as a noun + ではなく is;
  〜のではないでしょうか suggests what it seems to deny, and 〜からではなく denies a reason and still says its clause: neither
  is read as a denial, and the plain endorsement is still reported. A lack of evidence reported (〜と言われてきましたが)
  or refuted (〜という批判は当たりません) is no warning.

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
        "SNSで紹介されている美容情報には、根拠の不確かなものも含まれます。",  # reported at the start
        "有名人の体験を参考にするのではなく、主治医の説明を受けて判断しましょう。",  # reported at the start
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
        # (from the final review) a lack of evidence reported or refuted, and a reason denied (the use still said)
        "テレビで話題のこの治療法は、根拠がないと言われてきましたが、実は効果が証明されています。",
        "雑誌で紹介されたこのサプリには、根拠が示されていないという批判は当たりません。",
        "芸能人が愛用しているからではなく、成分で選んでいます。",
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
        ("今月に限り、診察券の再発行には手数料500円がかかります。", "MED008"),  # a fee that applies then
        ("今週に限り、病棟の冷房をオフにしています。", "MED008"),
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
