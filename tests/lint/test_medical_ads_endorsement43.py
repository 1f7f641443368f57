"""MED003, forty-third session (issue 18): endorsement by fame of any trade, by a profession's share or reputation,
by its author, and by a prize.

People of fame are read by their role's head (評論家, アナウンサー, -研究家, 議員, インスタグラマー), doing more with a clinic
or product (推す, 試す, 入居, 通院, its 主治医); a governor or a minister in office (県知事の指定, 大臣の承認) is no celebrity.
A profession's share that answered (医師の9割が「…」と回答した青汁) and a reputation among a profession (看護師の間で評判の
〜) endorse the thing they qualify; a survey reported as a finding does not. A prize (〜賞受賞, アワード) sells where the page
sells; a laureate's discovery told as history does not.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "人気アナウンサーの○○さんも通院している皮膚科です。",
        "有名な健康評論家が絶賛した酵素ドリンク。",
        "現役薬剤師の8割が「家族にも使わせたい」と回答した湿布です。",
        "看護師たちの間で話題の着圧タイツ。",
        "国際健康アワード金賞受賞のサプリメント！",
        "皮膚科医が開発して推奨する保湿クリームです。",
        "○○県知事も利用した人間ドックです。",
    ],
)
def test_endorsement_by_fame_share_reputation_author_or_prize(sentence):
    assert "MED003" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "看護師の8割が夜勤の疲れを感じていると回答しました。",
        "当院は県知事から災害拠点病院の指定を受けています。",
        "厚生労働大臣の承認を受けた医療機器を使っています。",
        "2015年にノーベル生理学・医学賞を受賞した研究で、寄生虫の薬が生まれました。",
        "パーソナルトレーナーの資格や料金を比べて、ジムを選びましょう。",
        "皮膚科医が開発した塗り薬の使い方を説明します。",
    ],
)
def test_offices_findings_and_history_endorse_nothing(sentence):
    assert "MED003" not in codes_on(sentence), sentence
