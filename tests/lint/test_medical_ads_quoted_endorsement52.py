"""MED003, fifty-second session (issue 18, from medical-ads-blind80's misses): a quotation of a professional or a celebrity
made the attribute of the thing offered (現役看護師が「もう手放せない」と語る着圧ソックス). Whatever the quotation's words,
the speaker's standing is lent to the product the copy names, read in the register of advertising (a catch-copy
headline, an exclamation, an offer). A quotation that stands as a sentence, one before a
formal noun (〜と言う場合), the people who say it, the talk or video it is said in, and a thing said to exist as a warning
(〜と言うサプリメントもあります) stay patient information.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "現役の助産師が「もう手放せない」と語る骨盤ベルト",
        "人気モデルの〇〇さんが「ここでしか受けない」と話す美容鍼！",
        "多くの歯科医師が「家族にも使わせたい」と言う歯ブラシ",
        "プロ野球選手が「毎日欠かさない」と語るプロテイン",
    ],
)
def test_a_quotation_of_standing_made_the_attribute_of_a_product_endorses(sentence):
    assert "MED003" in codes_on(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "医師が「薬を自己判断でやめないで」と話しています。",
        "医師が「経過観察でよい」と言う場合もあります。",
        "看護師が「大丈夫ですよ」と話す声に安心しました。",
        "主治医が「手術が必要」と言う理由を聞いてみましょう。",
        "医師が「禁煙が大切」と話す講演会を開きます。",
        "専門医が「早期発見が大切」と語る動画を公開しました。",
        "医師が「効果はない」と言うサプリメントもあります。",
        # (from the review) a sentence that goes on to a predicate of its own after the noun
        "患者さんが「つらい」と話す症状には、次のようなものがあります。",
        "医師が「念のため」と言う検査でも、受ける必要がない場合があります。",
        "看護師が「よくある」と話す子どもの病気の一つです。",
        # (from the final review)
        "医師が「問題ない」と言う場合です。",
        "医師が「がん」と言う病気です。",
        "医師が「要注意」と話すサイン。",
    ],
)
def test_a_quotation_in_patient_information_is_no_endorsement(sentence):
    # (read in the register of advertising only: the same shape as a plain sentence, 〜と語る骨盤ベルトです。, is left
    # alone, as topic nouns of patient information take it too: 医師が「要注意」と話すサイン。, 〜と言う病気です。)
    assert "MED003" not in codes_on(sentence)
