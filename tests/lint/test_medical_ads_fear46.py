"""MED009, forty-sixth session (issue 18): an act left undone, then a change driven on without end.

ホワイトニングをしないと、歯はどんどん黄ばんでいきます; 頭皮ケアをしないと、毛根は枯れていく一方です; 早く治療しないと、歯は
すべて抜けてしまいます: whatever the verb of change, the adverb of relentless change (どんどん, ますます, みるみる, 日に日に)
with 〜ていく/〜てしまう, 〜ていく一方, or the ruin of all (すべて…てしまう) after a negated condition is the fear. Said as
a possibility (〜ことがあります) or a tendency (〜しやすくなります) it is what a patient page says.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "このクリームを塗らないと、シミはますます濃くなっていきます。",
        "今すぐ矯正しないと、歯並びは日に日に崩れていく一方です。",
        "このまま育毛ケアをしなければ、髪はみるみる抜けてしまいます。",
    ],
)
def test_an_act_left_undone_then_a_change_without_end(sentence):
    assert "MED009" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "治療をしないと、病気が進行することがあります。",
        "保湿をしないと、肌が乾燥しやすくなります。",
        "リハビリを続けないと、筋力が少しずつ落ちていくことがあります。",
        "薬を飲み忘れても、すべてが台無しになるわけではありません。",
    ],
)
def test_a_possibility_or_a_tendency_after_an_act_left_undone(sentence):
    assert "MED009" not in codes_on(sentence), sentence
