"""CIT001, thirty-third session: the page comparing or touching on things (比べる, 比較, ふれる) presents them, as
説明します does; a study that compared, and a comparison's result, stay claims.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "表3では、二つの検査の特徴を比べています。\n",
        "このページの最後で、飲み薬と貼り薬の違いを比較します。\n",
        "ここでは、似た症状が出る病気にも少しふれます。\n",
    ],
)
def test_the_page_comparing_presents(reasons, text):
    assert reasons(text)[-1][0] == "exempt"


@pytest.mark.parametrize(
    "text",
    [
        "この研究では、二つの薬の効果を比べました。\n",  # a study's comparison: evidence
        "飲み薬と貼り薬を比べると、効き目はほぼ同じです。\n",  # the comparison's result
    ],
)
def test_a_comparison_that_finds_stays_a_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited"
