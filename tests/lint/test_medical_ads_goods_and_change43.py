"""MED001 and MED007, forty-third session (issue 18): goods that claim to heal, and a change named but not shown.

Goods sold for health that are not medicines (a tea, water, a massage chair, a necklace; [words] GOODS), named with this
or the shop's, claim a medicine's effect when a disease or complaint is relieved in the same clause (このお茶は花粉症の
つらい症状を和らげます). A medicine described in patient information is not goods.

A before/after noun phrase headed by a change (前後の変化, 術後の見た目の変化) is shown only by a verb of presenting, a word of
wonder, its size in figures or a promise to the reader; as the subject of a course, a condition, a record asked of the
reader or a hedge it shows nothing.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "当店のマッサージチェアは、慢性的な肩こりをすっきり解消します。",
        "このルイボス茶は、つらい便秘を改善します。",
    ],
)
def test_goods_that_claim_to_heal(sentence):
    assert "MED001" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "この薬は、血圧を下げる働きがあります。",
        "このお茶だけで、便秘が治るわけではありません。",
    ],
)
def test_medicines_and_denials_are_no_goods_claim(sentence):
    assert "MED001" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "治療前後の体重の変化を、毎朝ノートに書いておきましょう。",
        "手術後の腫れの変化は、2週間ほどで落ち着きます。",
        "服薬前後の変化が少ないと感じたら、主治医に伝えてください。",
    ],
)
def test_a_change_named_but_not_shown(sentence):
    assert "MED007" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "施術前後の変化をご覧ください！",
        "治療前後の肌の違いは一目瞭然です。",
        "治療前後の体重の変化は、平均で−6kgでした。",
    ],
)
def test_a_change_shown(sentence):
    assert "MED007" in codes_on(sentence), sentence
