"""MED001 and MED008, forty-seventh session (issue 18): a health food sold as removing a disease, and a fee waived or a
gift given as a lure.

A health food named after the relief it is sold for (がん細胞を消す水素水, 〜がんを防げる、還元水素水) or said to have an
effect on a disease's prevention (水素水は…がんの予防に効果があります); a fee waived for an act the clinic asks of the
reader (ご紹介いただくと、次回の…が無料になります), a gift to every visitor (ご来院いただいた方全員に…を差し上げます) and a fee
"given" (麻酔代と薬代をサービスいたします). Not: the claim denied or warned about, a public subsidy, a brochure offered.
The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("がん細胞を消す水素水、好評発売中。", "MED001"),
        ("毎日飲むだけでがんを防げる、還元水素水。", "MED001"),
        ("水素水は体内の活性酸素を取り除き、がんの予防に効果があります。", "MED001"),
        ("お友達をご紹介いただくと、次回のシミ取りが無料になります。", "MED008"),
        ("SNSでシェアしていただくと、ボトックス注射が1部位無料になります。", "MED008"),
        ("ご来院いただいた方全員にクオカード1,000円分を差し上げます。", "MED008"),
        ("カウンセリング当日のご契約で、麻酔代と薬代をサービスいたします。", "MED008"),
    ],
)
def test_a_food_sold_against_a_disease_and_a_lure(sentence, code):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "水素水でがんが治るという根拠はありません。",
        "がんを防げるとうたう水素水に注意してください。",
        "がんを防げる水素水はありません。",
        "65歳以上の方は、区の助成で無料になります。",
        "ご希望の方には、資料を差し上げます。",
        "ご予約いただくと、待ち時間が短くなります。",
        "送迎サービスをご利用ください。",
    ],
)
def test_a_claim_denied_a_subsidy_or_a_brochure(sentence):
    assert not set(codes_on(sentence)) & {"MED001", "MED008"}, sentence
