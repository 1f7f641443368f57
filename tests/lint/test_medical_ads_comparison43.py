"""MED005, forty-third session (issue 18): another's provider or product marked as such, and another's care said to fail.

A provider, service or product marked as someone else's before its name (A社の, よくある, 普通の, 家電量販店の, 安物の) and
set against the page's own by a comparison's verdict (とは違う, 比べものにならない, に負けない, と比べて…まるで違う) is a
comparison; the word or the act of comparing (比較は行っておりません, 違いについてご説明します) and a disease compared are
not. Another's care said to have failed, with the page's own offered (〜で治らなかった腰痛も、当院なら), is a comparison;
sent to care in general it is advice.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "A社の青汁とは、栄養の濃さがまるで違います。",
        "よくある家庭用の脱毛器とは比べものになりません。",
        "駅前の整骨院には、技術でも料金でも負けません。",
        "他の整体院で良くならなかった肩こりも、当院ならお任せください。",
    ],
)
def test_comparisons_with_another_marked_or_failed(sentence):
    assert "MED005" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "当院では、他院との比較は行っておりません。",
        "市販の目薬と処方の目薬の違いについて、薬剤師がご説明します。",
        "インフルエンザは、普通の風邪とは違って高い熱が出ます。",
        "市販の痛み止めで良くならない場合は、医療機関を受診してください。",
    ],
)
def test_mentions_diseases_and_referrals_compare_nothing(sentence):
    assert "MED005" not in codes_on(sentence), sentence
