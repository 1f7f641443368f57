"""MED009, forty-fourth session (issue 18): decay of a body part driven by an adverb, vivid ruin, onlookers, neglect asked.

A body part said to decay relentlessly (骨は…どんどん溶けていきます), a body described in words no clinical text uses
(血管はボロボロ, 腸にヘドロ, a body rusting or rotting, thick "muddy" blood); the people around the reader deriding
or leaving them now, in the active voice and as the sentence's last word (指さして笑っています, ウンザリしています, 愛情が
冷めていきます, 陰口を叩かれている); and neglect asked with 本当に, clipped (放置して、本当に大丈夫？), whose pattern had
been written as two words that the tokenizer reads as one (本当に). Hedged or slow clinical change, things that are no
body, debunked slogans, laughter that is no derision, a third party's or a child's growing up, and patients' and
clinicians' questions are not.

An independent review (80 honest sentences written to tempt these patterns, 60 advertising ones) flagged 32 honest
sentences with the first version; the questions 〜たいですか, それでも…続けますか and 〜遅いと思いませんか, and decay with no
body part named were dropped or narrowed, and its honest sentences are among the cases below.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "甘い飲み物をやめないと、歯はどんどん溶けていきます。",
        "便秘を放っておくと、腸の中はヘドロのような汚れでいっぱいに。",
        "酸化した体は中から錆びついていきます。",
        "血液がドロドロのまま放っておく気ですか。",
        "その口臭、同僚がこっそり指さして笑っていますよ。",
        "お腹まわりのぜい肉に、恋人は内心うんざりしています。",
        "白髪を放置していると、奥さんの気持ちはどんどん冷めていきます。",
        "その体臭のせいで、陰口を叩かれているかもしれません。",
        "職場の人、みんな気付いていますよ。あなたの口臭に。",
        "こんな痛みを放置して、ほんとうに大丈夫？",
        "上司も、あなたの寝ぐせを見てうんざりしています。",
        "Q. あなたの腸、腐っていませんか？",
        "奥さんは本音ではあなたのいびきにあきれています。",
        "運動しない毎日で、あなたの体はもうボロボロです。",
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
        "Q. 60歳から運動を始めても遅いと思いませんか？",
        "最期はどこで過ごしたいですか？ご家族とも話し合っておきましょう。",
        "Q. 副作用が出ても、それでも治療を続けますか？",
        "Q. 小さなほくろは、放置しても本当に大丈夫ですか？",
        "このまま様子を見ても本当に大丈夫？",
        "使わない筋肉は日に日に衰えるため、入院中も早めにリハビリを始めます。",
        "爪がボロボロになる原因には、爪白癬や乾燥があります。",
        "夏場はチョコレートがどんどん溶けるので、低血糖の備えにはブドウ糖をお持ちください。",
        "鉄剤を飲んでも、体がサビることはありませんのでご安心ください。",
        "思春期になると、子どもの気持ちが親から離れていくのは自然な成長です。",
        "陰口を言われたことがきっかけで、学校に行けなくなるお子さんもいます。",
        "飲み薬より、この季節のほうが喘息の発作は起こりやすくなります。",
        "子どもが歯みがきを嫌がっています。",
        # a reader's question set out by an FAQ (Q. …か？) is none of the page's rhetoric
        "Q. 胆石は、このままで本当に大丈夫でしょうか？",
        "Q. 一生このままでいいのでしょうか？",
        "ご家族は、介護に疲れてうんざりしていることもあります。",
        "同僚が陰で噂しているのではと不安になる方もいます。",
        "Q. まだ薬を続けますか？それとも減らしますか？",
        "寝たきりにならないためには、どうすればいいですか？",
        "Q. 無痛分娩の口コミを見て不安になりました。本当に大丈夫でしょうか？",
    ],
)
def test_not_fear(sentence):
    assert "MED009" not in codes_on(sentence), sentence
