"""MED003, forty-sixth session (issue 18): a celebrity named by title and name as the agent of an act of fame.

俳優の北条ユウキさんが当院で二重手術を受けました: the tokenizer cuts a name into pieces (北条 ユウ キ), and the older pattern's
gap from the title to the act ran out. The title, the name and its honorific (さん, 氏, 様) followed by も or が make the
celebrity the agent; then acts of using a clinic or a product (受ける, 通う, 愛用, 絶賛 …; not 受診, 支持, 信頼). A celebrity
who is the topic of news (は, 公表, 明らかにした), of a campaign (呼びかける) or a population (芸能人が公表したことを
きっかけに…受ける人が増えた) is not read by this pattern.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "女優の南川サクラコさんも当院で目の下のたるみ取りを受けています。",
        "タレントのジョン・スミスさんが、こちらのクリニックで歯のホワイトニングを体験しました。",
        "プロゴルファーの西園寺マサヒロ氏も、当院の腰痛外来に通っています。",
        "闘病中の女優の川上ユキさんも、当院の点滴療法を受けています。",  # 闘病 is no news frame
    ],
)
def test_a_celebrity_named_by_title_and_name_as_the_agent(sentence):
    assert "MED003" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "俳優の東山ケンタロウさんは、自身の闘病経験を本にまとめています。",  # news of the person, no act with a clinic
        "歌手の中村ミナミさんが病気を公表したことで、検診を受ける人が増えたと報じられました。",  # others act
        "モデルの写真を使ったイメージ図です。",
        # from the review of the first version (reworded): a campaign, a cause supported, a consultation reported
        "元女優の森ミドリさんが、大腸がん検診の受診を呼びかけています。",
        "俳優の田中コウジさんが、難病の支援団体の活動を支持していると明かしました。",
        "人気歌手の北村さんがインフルエンザにかかり、医療機関を受診したと事務所が明らかにしました。",
    ],
)
def test_a_celebrity_who_is_not_the_agent_of_an_act_of_fame(sentence):
    assert "MED003" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # from the final review: 明らか and キャンペーン alone are ad words, no reporting frame
        "ノーベル賞級の研究から生まれた成分で、はっきりと明らかな違いを実感できます。",
        "オリンピック代表チームのトレーナーも推す鍼灸院で、キャンペーンを実施中です。",
    ],
)
def test_ad_words_are_no_news_frame(sentence):
    assert "MED003" in codes_on(sentence), sentence
