"""MED009, forty-third session (issue 18): fear by a dare, by rejection, by a deadline and by toxins.

A ruin the reader is dared to accept as a question (〜に奪われてもいいのですか, 〜覚悟はありますか, 〜と言い切れますか, a ruin
called frightening); nobody left for the reader (誰にも好かれない, 相手にされません, 誘われなくなります); a catastrophe due
at any moment or time run out, where the reader is addressed, and a deadline on care; toxins said to fill the body or
to be flushed out. A patient's own question of what is allowed, a fear of heights, uraemic and bacterial toxins and an
emergency's call for an ambulance are not.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "大切な休日を、腰痛に奪われてもいいのですか？",
        "膝が曲がらなくなる覚悟はありますか？",
        "5年後も自分の歯で噛めていると言い切れますか？",
        "寝たきりの生活、怖くないですか？",
        "口のにおいがきつい人は、誰にも好かれません。",
        "肌荒れを放っておくと、職場で相手にされません。",
        "あなたの血管は、明日詰まってもおかしくありません。",
        "治療を始めるなら、今が最後の機会です。",
        "毎日の外食で、体には毒素がたまる一方です。",
        "このスープで、腸にこびりついた宿便をデトックス。",
        "その肌荒れ、数年後には取り返しがつかなくなります。",
        "あなたの血管は、本当に大丈夫ですか？",
    ],
)
def test_fear_by_a_dare_rejection_deadline_or_toxins(sentence):
    assert "MED009" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "抜歯の翌日は、シャワーを浴びてもいいですか？",
        "大腸カメラは怖くないですか？",
        "高い橋の上に立つと、ぞっとしませんか？",
        "腎臓の働きが落ちると、体に毒素がたまっていきます。",
        "食中毒は、細菌が出す毒素が原因で起こることがあります。",
        "胸の痛みが続くときは、迷っている時間はありません。すぐに救急車を呼んでください。",
        "いぼは放置しても大丈夫ですか？",
        "治療が遅れると、取り返しがつかなくなる場合があります。",
    ],
)
def test_questions_toxins_and_emergencies_of_patient_information(sentence):
    assert "MED009" not in codes_on(sentence), sentence
