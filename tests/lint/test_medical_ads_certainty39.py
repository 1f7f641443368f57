"""MED, thirty-ninth session (issue 18): a certainty said outright, and a certain thing said not to exist.

An adverb of certainty right before a verb, in the page's own statement (認知症の進行を確実に食い止めます, 体重は
間違いなく落ちます), guarantees the outcome (MED001); a request (必ず受けてください), the institution's rule (必ず受けて
いただきます), a purpose (確実に飲めるよう) or a measured certainty (ほぼ確実に) does not. A certain remedy said not to
be known, found or developed (必ず治る方法は見つかっていません, 確実に防ぐ食品や飲み物は知られていません) is denied,
as 〜はありません denies it, nouns coordinated by や included.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "当院の点滴で、疲れやすさは確実に消えていきます。",
        "このサプリを飲めば、血糖値は間違いなく下がります。",
        "ひざの痛みは必ず引きます。",
    ],
)
def test_a_certainty_said_outright_guarantees(sentence):
    assert "MED001" in codes_on(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "手術の前日は、必ず入浴してください。",
        "年に一度の検診を必ず受けていただきます。",
        "飲み忘れがないよう、確実に飲める時間を決めておきましょう。",
        "はしかは、二回の予防接種でほぼ確実に防ぐことができます。",
        "必ず治る方法は、現在のところ見つかっていません。",
        "がんを確実に防ぐ食べ物や飲み物は知られていません。",
        "必ず効く薬や治療法はありません。",
    ],
)
def test_requests_rules_measured_certainty_and_denials_are_not_guarantees(sentence):
    assert "MED001" not in codes_on(sentence)
