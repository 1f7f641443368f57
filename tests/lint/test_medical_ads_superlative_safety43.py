"""MED002, MED004 and MED001, forty-third session (issue 18): nothing better said to exist, a rank held, safety
promised to those most at risk, a bad outcome denied absolutely.

Nothing better said to exist (これ以上の〜はありません, 〜を超える〜はありません, 右に出る〜はありません) is a superlative by a
denied existence; no more needed (これ以上の検査は必要ありません) is not. A rank won where something is sold (〜第1位に選ばれ
ました, 〜の決定版) is one; a rank of causes of death is not. Safety promised to pregnant women, people with a pacemaker or
an illness, or for any amount (飲みすぎても害はありません) is a guarantee; some medicines that are fine, or a check asked
of the doctor, are advice.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("これ以上の腰痛ベルトはありません。", "MED002"),
        ("当院を超える歯科医院はありません。", "MED002"),
        ("人気ランキングで第１位に選ばれたクリニックです。", "MED002"),
        ("この整体は、腰痛ケアの決定版です。", "MED002"),
        ("持病のある方でも、このサプリなら全く問題ありません。", "MED004"),
        ("この青汁は、飲みすぎても体に害はありません。", "MED004"),
    ],
)
def test_superlatives_and_safety_promised(sentence, code):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "これ以上の検査は必要ありません。",
        "日本人の死因の第1位は、がんです。",
        "授乳中でも使える薬もあります。医師に相談しましょう。",
        "妊娠中でも受けられる検査かどうか、主治医に確認しましょう。",
    ],
)
def test_no_more_needed_ranks_of_causes_and_advice(sentence):
    assert not {"MED002", "MED004"} & set(codes_on(sentence)), sentence


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("当院の入れ歯なら、外れることは絶対にありません。", True),
        ("このリハビリを続ければ、歩けなくなることは決してありません。", True),
        ("水虫が家族にうつることは決してない、とは言えません。", False),
        ("帯状疱疹は、周りの人に帯状疱疹としてうつることは決してありません。", False),
    ],
)
def test_a_bad_outcome_denied_absolutely_where_care_is_sold(sentence, flagged):
    # (forty-third session) a guarantee by denial where a treatment or product is sold; a fact of a disease is not
    assert ("MED001" in codes_on(sentence)) is flagged, sentence
