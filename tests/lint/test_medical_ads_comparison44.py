"""MED005, forty-fourth session (issue 18): the offer pointed at after より, a treatment called outdated, an average
multiplied.

A product or programme pointed at with この after より (〜するよりも、この〇〇のほうが…効きます), a treatment called
outdated by its own topic (〇〇はもう古い), and a clinic's rate given as a multiple of the national average in the
advertising register. Not このような after より, not その前に, not a comparison hedged as patient information gives it
(whose wording no entry of this session reads), and not a region's statistics against the national average.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "痛み止めを飲み続けるよりも、この体操のほうが腰痛にはずっと効きます。",
        "注射に通うより、このサプリを飲むほうが膝にはよく効きます。",
        "ブリッジ矯正はもう古い。これからは当院の新しい方法です。",
        "当院の人工授精の妊娠率は、全国平均の3倍！",
    ],
)
def test_comparison(sentence):
    assert "MED005" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "薬を飲むより、その前に生活習慣を見直すほうが大切です。",
        "手術よりも、このような体への負担が少ない治療が選ばれる場合もあります。",
        "この地域の高齢化率は、全国平均の約1.5倍です。",
        "喫煙者の肺がんのリスクは、吸わない人の約4倍とされています。",
    ],
)
def test_not_comparison(sentence):
    assert "MED005" not in codes_on(sentence), sentence
