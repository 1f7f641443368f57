"""CIT001, thirty-third session: a comment that is only a calendar date, and how long an English examination takes.

- 〜は、2027年2月20日（土）です says when, and nothing else; a span of months (流行のピークは1月から2月です) is a fact of
  health, and a topic of health (ワクチンの効果は、2027年3月までです) keeps the claim.
- The colonoscopy itself takes about 30 minutes is a step of the visit, as 採血は5分ほどです is; a treatment's length and a
  sentence that says more stay claims.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "糖尿病教室の次回の開催日は、2027年5月8日（土）です。\n",
        "この冊子の改訂は、令和9年4月1日です。\n",
        "友の会の次の集まりは、六月二十日の午後です。\n",
        "An echocardiogram usually takes about 40 minutes.\n",
        "Your appointment will take up to two hours.\n",
    ],
)
def test_a_date_or_a_length_of_the_visit_is_exempt(reasons, text):
    assert reasons(text)[-1][0] == "exempt"


@pytest.mark.parametrize(
    "text",
    [
        "花粉の飛散のピークは3月から4月です。\n",  # months of a season: a fact
        "ワクチンの効果は、2027年3月までです。\n",  # a topic of health
        "新しい診療ガイドラインの公表は、2024年3月です。\n",  # the date of a guideline: a fact of the world
        "The operation takes about an hour.\n",  # a treatment's length
        "The scan takes 10 minutes and shows how well the valves work.\n",  # says more
    ],
)
def test_facts_treatments_and_longer_sentences_stay_claims(reasons, text):
    assert reasons(text)[-1][0] == "uncited"
