"""MED001, forty-fifth session (issue 18): a certainty over a result no word of effect names, and a result promised in
the passive (a result only: a code review found secrets, appointments, pensions and living costs promised or
guaranteed in the first version).

A word of certainty (必ず, 確実に, 間違いなく, 誰でも) over a state of health or of life regained (正常に戻る, 元の生活に
戻れる), a thing obtained or a wish come true (手に入る, 叶う), a pregnancy, or a change (割れる); a result said to be
promised (理想の歯並びが約束されます). Not a negation, a request, a way said not to exist, a clause a procedure checks, money
or a card returned, or a pregnancy test.

An independent review (50 honest sentences written to tempt the patterns, 40 advertising ones) flagged 4 more honest
sentences with the first version (必ず意識が戻ったことを確認して, 必ず妊娠検査を, 差額は必ず戻ります, お手元に戻る); after
narrowing, none more than the older entries (5 of 50), and 38 of 40 ads (35 before).

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "このサプリを3か月続ければ、血圧は必ず正常値に戻ります。",
        "確実に妊娠できる体づくりをサポートします。",
        "当院のレーシックなら、誰でも裸眼の生活に戻れます。",
        "飲むだけで、理想のスリムな体が必ず手に入ります。",
        "この矯正で、理想の歯並びが約束されます。",
        "付けて寝るだけで、かならずお腹が割れるベルトです。",
    ],
)
def test_a_certain_result(sentence):
    assert "MED001" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "治療をしても、必ず元の生活に戻れるわけではありません。",
        "必ず妊娠できるとは限りません。",
        "認知症を確実に防ぐ方法は、まだ見つかっていません。",
        "麻酔が覚めたら、必ず意識が戻ったことを看護師が確認します。",
        "月内に保険証をお持ちいただければ、お支払いいただいた差額は必ず戻ります。",
        "服用から3週間たったら、必ず妊娠検査を受けてください。",
        "個人情報は適切に管理されることが保証されています。",
        # (from a code review of the first version)
        "個人情報の秘密は約束されています。",
        "将来の年金額が保証されます。",
        "検査がすべて終われば、いつもの生活に戻れます。",
        "妊娠する前に、必ず主治医に相談してください。",
    ],
)
def test_honest_certainty_is_not_a_promise(sentence):
    assert "MED001" not in codes_on(sentence), sentence
