"""MED009, forty-fourth session (issue 18): decay driven by an adverb, vivid ruin, onlookers, and fear asked.

The body said to decay relentlessly (どんどん, みるみる, 日に日に before a verb of decay) or described in words no
clinical text uses (ボロボロ, ヘドロ, a body rusting or rotting, thick "muddy" blood), whoever is addressed; the people
around the reader deriding or leaving them now, in the active voice (指さして笑っています, ウンザリしています, 愛情が
冷めていきます, 陰口を叩かれている); the reader asked whether a ruin is wanted, whether a harmful habit goes on
regardless, or told it is too late; and neglect asked with 本当に, whose pattern had been written as two words that the
tokenizer reads as one (本当に). Hedged or slow clinical change, debunked slogans, laughter that is no derision, a fright
shared and a patient's own questions are not.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "甘い飲み物をやめないと、歯はどんどん溶けていきます。",
        "何もしなければ、筋肉は日に日に衰えていきます。",
        "運動しない生活で、関節はボロボロになります。",
        "便秘を放っておくと、腸の中はヘドロのような汚れでいっぱいに。",
        "酸化した体は中から錆びついていきます。",
        "血液がドロドロのまま放っておく気ですか。",
        "その口臭、同僚がこっそり指さして笑っていますよ。",
        "お腹まわりのぜい肉に、恋人は内心うんざりしています。",
        "白髪を放置していると、奥さんの気持ちはどんどん冷めていきます。",
        "その体臭のせいで、陰口を叩かれているかもしれません。",
        "職場の人、みんな気付いていますよ。あなたの口臭に。",
        "このまま何もしないで、ほんとうに大丈夫？",
        "その年で失明したいですか？",
        "それでもまだ、夜更かしを続けますか？",
        "歩けなくなってからでは手遅れだと思いませんか？",
    ],
)
def test_fear_by_decay_onlookers_or_a_question(sentence):
    assert "MED009" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "歯周病が進むと、歯を支える骨が少しずつ溶けていくことがあります。",
        "認知症では、脳が少しずつ縮んでいきます。",
        "虫歯が進むと、歯がボロボロになることがあります。",
        "「血液ドロドロ」という言葉には、医学的な定義がありません。",
        "体が錆びるという広告の説明には、十分な根拠がありません。",
        "傷口から腐ったようなにおいがするときは、早めに受診してください。",
        "会話の相手が笑っているのに内容が聞き取れないときは、難聴のサインかもしれません。",
        "人を指差して笑うのはやめましょう。",
        "吃音のあるお子さんは、友だちに笑われた経験から話すのを避けることがあります。",
        "介護が続くと、ご家族がうんざりしてしまうこともありますが、自然な気持ちです。",
        "高いところに立つと、足がすくんでぞっとしませんか？",
        "Q. このお薬は、ずっと飲み続けてもいいですか？",
        "Q. まだ薬を続けますか？それとも減らしますか？",
        "寝たきりにならないためには、どうすればいいですか？",
        "Q. 無痛分娩の口コミを見て不安になりました。本当に大丈夫でしょうか？",
    ],
)
def test_not_fear(sentence):
    assert "MED009" not in codes_on(sentence), sentence
