"""MED005, forty-sixth session (issue 18): a rival's product or provider disparaged.

The rival named (他社, 他院, よそ, A社) or another provider or product of the trade (他の皮膚科, ほかの検査サービス, 他の
プロテイン) as the topic or the place, then a word of poor quality or carelessness (まずい, 粗悪, 雑; a quality named low: 精度が
低い) or a failure of what it is for (効かない, 見つからない, 役に立たない; not 治らない, which the illness does). A drug or a treatment compared is
information; a disparagement denied, a case allowed (〜こともあります) or the reader's own worry (〜のではと不安な方) is none.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "他社の青汁は苦くて飲みにくく、品質も劣ります。",
        "他院のホワイトニングは雑で、すぐに色が戻ります。",
        "ほかの脱毛サロンでは効かなかった毛も、当院のレーザーならきれいになります。",
        "他社の検査キットでは見つからない小さな異常も、当院なら見つけられます。",
        "B社のコラーゲンは吸収率が低く、ほとんど役に立ちません。",
    ],
)
def test_a_rival_disparaged(sentence):
    assert "MED005" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "ほかの薬では効果が低い場合に、この薬を使うことがあります。",  # a drug compared: information
        "他院で処方された薬が効かないのではと心配な方は、お薬手帳をお持ちください。",  # the reader's worry
        "他院の治療が雑だというわけではありません。",  # denied
        "他院で受けた検査の結果があれば、受診の際にお持ちください。",
        "他の医療機関で治療を受けている方は、必ずお知らせください。",
        "他院の健診で、血糖値が高いと言われた方もご相談ください。",  # a value of the reader's, not the rival's quality
        "ほかの病院で見落とされやすい骨折について解説します。",  # a topic the page explains
        # from the review of the first version (reworded): the reader's illness, quality control, a means, a denial,
        # a person's placeholder
        "他院で治療を続けても良くならないと感じている方は、セカンドオピニオンもご利用いただけます。",
        "他院で撮影したMRI画像に見落としがないか、専門の医師がもう一度確認します。",
        "他のサプリでカルシウムをとっている場合は、吸収率が低くなる組み合わせに注意してください。",
        "他社の体温計でも、精度が低いものは販売されていません。",
        "〇〇さんは、手術のあとも痛みが改善せず、通院を続けています。",
    ],
)
def test_a_rival_named_without_disparagement(sentence):
    assert "MED005" not in codes_on(sentence), sentence
