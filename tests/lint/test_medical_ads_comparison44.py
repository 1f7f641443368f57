"""MED005, forty-fourth session (issue 18): a clinic's rate as a multiple of the average.

A clinic's rate given as a multiple of the national (or the trade's) average in the advertising register (妊娠率は全国
平均の3倍！) is a comparison with others; a region's public statistics against the national average and a risk ratio
are not. Two further patterns of the session (the product pointed at with この after より, and 〇〇はもう古い) were
dropped after an independent review: honest pages compare seasons, postures and forms of a medicine the same way (夏より、
この時期のほうが脱水に気づきにくい; この吸入薬のほうが全身への副作用が少ない) and call old results old (前回の検査結果は
もう古い。); those sentences are below.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "当院の人工授精の妊娠率は、全国平均の3倍！",
        "体外受精の妊娠率は全国平均の２倍！",
    ],
)
def test_average_multiplied(sentence):
    assert "MED005" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "この地域の高齢化率は、全国平均の約1.5倍です。",
        "喫煙者の肺がんのリスクは、吸わない人の約4倍とされています。",
        "薬を飲むより、その前に生活習慣を見直すほうが大切です。",
        "夏より、この時期のほうが脱水に気づきにくいので注意しましょう。",
        "立った姿勢より、この姿勢のほうが腰への負担が小さくなります。",
        "前回の検査結果はもう古い。半年以上たっている場合は、もう一度検査をします。",
    ],
)
def test_not_comparison(sentence):
    assert "MED005" not in codes_on(sentence), sentence
