"""The MED rules, forty-eighth session (issue 18): an advertiser's disclaimer that closes a sentence changes nothing.

A disclaimer in brackets or in a ※ note at the end of a sentence (（個人の感想です）, ※効果には個人差があります) had made a
testimonial pass that is reported without it. The sentence is now read without the disclaimer as well; for MED006 that
reading counts only when the text tells a relief with no negation (a memoir or a worsening under （個人の体験です） is no
testimonial), nor is a relief awaited (〜が治まるまで1か月かかりました). A note that names the wording it closes (※個人の感想です、という広告には注意しましょう) is no disclaimer.
For the other rules the bracket keeps its reading (a caveat such as （効果には個人差があります） after an honest statement of
effect). The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from lint.rules.medical_ads import without_disclaimer
from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "「3日で腰痛が消えました」（個人の感想です）",
        "「3日で腰痛が消えました」※個人の感想です",
        "「肩のこりがすっかり良くなりました」※個人の感想であり、効果を保証するものではありません",
        "「1か月で膝の痛みが和らぎました」（効果には個人差があります）。",
    ],
)
def test_a_testimonial_under_a_disclaimer_is_reported_as_without_it(sentence):
    assert "MED006" in codes_on(sentence), sentence
    assert "MED006" in codes_on(without_disclaimer(sentence)), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "「抗がん剤治療中は髪が抜けてつらかったです」（個人の感想です）",  # a memoir: no relief
        "「市販薬を飲みましたが、全然良くなりませんでした」（個人の感想です）",  # a relief denied
        "「痛みが消えた」（個人の感想です）といった広告には注意しましょう。",  # the wording warned about
        "「痛みが消えた」※個人の感想です、という広告には注意しましょう。",
        "ダウンタイムの目安は1週間です（個人差があります）。",
        "「咳が治まるまで1か月かかりました」（個人の感想です）",  # how long it took (from the review)
        "「副作用の吐き気がつらかったけれど、今は落ち着きました」と話す会員さんもいます（個人の体験です）。",
    ],
)
def test_no_testimonial_where_the_disclaimed_voice_tells_no_relief_or_is_warned_about(sentence):
    assert "MED006" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # (from the review of a first version) for the other rules the bracket is an honest statement's caveat
        "当院で治療を受けた方の約7割で症状が改善しました（効果には個人差があります）。",
        "当院の採血は細い針を使うので、痛みは少なめです（痛みの感じ方には個人差があります）。",
    ],
)
def test_a_caveat_in_brackets_keeps_its_reading_for_the_other_rules(sentence):
    assert codes_on(sentence) == [], sentence


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("「3日で腰痛が消えました」（個人の感想です）", "「3日で腰痛が消えました」"),
        ("「体が軽くなりました」※個人の感想であり、効果を保証するものではありません。", "「体が軽くなりました」"),
        ("※個人の感想です。", "※個人の感想です。"),  # only the disclaimer: kept
        ("「痛みが消えた」※個人の感想です、という広告には注意", "「痛みが消えた」※個人の感想です、という広告には注意"),
        ("治療の効果（個人差があります）について説明します。", "治療の効果（個人差があります）について説明します。"),
    ],
)
def test_only_a_closing_disclaimer_is_set_aside(text, read):
    assert without_disclaimer(text) == read
