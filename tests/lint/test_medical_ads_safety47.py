"""MED004, forty-seventh session (issue 18): safety promised across people or amounts, and a promise denied whole.

Safety across a range of people (赤ちゃんからお年寄りまで安心して飲めます), for any amount in the words of safety a page
uses (どれだけ飲んでも体にやさしい, 何粒飲んでも平気), and whatever the skin, used in safety (どんな敏感肌でも安心してお使い
いただけます). Not a claim: the same statement set out and then denied or doubted (〜ということはありません, 〜、とは言えません),
comfort in visiting or consulting (どなたでも安心してご来院ください), a range of people in a fact of illness or of the service.
The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "天然成分100%だから、赤ちゃんからお年寄りまで安心して飲めます。",
        "小さなお子さまからご高齢の方まで、安全にお使いいただけるサプリです。",
        "どれだけ飲んでも体にやさしいんです。",
        "いくら塗っても肌にやさしい、無添加のクリームです。",
        "どんな敏感肌でも安心してお使いいただけます。",
        "何杯飲んでも平気なお茶です。",
    ],
)
def test_safety_promised_across_people_or_amounts(sentence):
    assert "MED004" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "何錠飲んでも大丈夫、ということはありません。飲む量は必ず守ってください。",
        "妊娠中でも安全、ということはありません。",
        "どれだけ飲んでも安全、とは言えません。",
        "お子さまからご高齢の方まで、どなたでも安心してご来院ください。",
        "赤ちゃんからお年寄りまで、幅広い年代の方が受診されています。",
        "小さなお子さまからご高齢の方まで、それぞれに合った量を医師が決めます。",
        "赤ちゃんからお年寄りまで使える薬もありますが、量は年齢によって異なります。",
        "赤ちゃんからお年寄りまで、インフルエンザにかかる可能性があります。",
        "いくら安全といわれる薬でも、飲みすぎれば体に負担がかかります。",
    ],
)
def test_denied_welcoming_or_factual(sentence):
    assert "MED004" not in codes_on(sentence), sentence
