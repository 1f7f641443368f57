"""MED stance, fiftieth session (issue 18): a claim nominalised by の and denied by a predicate of difficulty.

完全に治すことは難しい and 完全に治すのは難しい were read as denials; 完全に治すのが難しく、… (の before が, the usual shape
in a clause that goes on) was reported as a promise of cure (an older fresh corpus, medical-ads-blind76). の now heads a
complement as こと does, before が or は only: 〜のも無理はありません is an idiom ("no wonder"), and reading it as a
double denial reported a sentence of patient information. Over the development corpora and 30,073 sentences of patient
information nothing else changed. The sentences were written for these tests.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "乾癬は完全に治すのが難しく、症状を抑えて良い状態を保つことが目標です。",
        "一度できたシミを完全に消すのが難しいこともあります。",
    ],
)
def test_a_cure_said_to_be_difficult_is_no_promise(sentence):
    assert "MED001" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "完全に治すのが当院の強みです。",
        "完全に治すのが難しいと言われる病気も、当院の治療なら治ります。",
        "当院なら完全に治すのも難しくありません。",
    ],
)
def test_a_promise_of_cure_stays_one(sentence):
    assert "MED001" in codes_on(sentence), sentence
