"""MED rules, fifty-third session (issue 18): two readings of stance that medical-ads-blind81 showed missing.

- What the media present said to lack evidence (SNSで紹介されている治療情報には、根拠の不確かなものも含まれます) is a
  warning about it, not an endorsement; the same media with evidence claimed (科学的根拠のある) still endorse.
- A predicate denied as a whole by の / から + ではない (参考にするのではなく, 愛用しているからではなく: "not by", "not
  because") is denied, as a noun + ではなく is; 〜のではないでしょうか suggests what it seems to deny and is not read as a
  denial, and the plain endorsement is still reported.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "テレビで話題の健康法にも、科学的な根拠がはっきりしないものがあります。",
        "雑誌で紹介されるサプリメントには、根拠の乏しいものも少なくありません。",
        "芸能人の体験談を基準にするのではなく、主治医と相談して決めましょう。",
        "有名人が使っているからではなく、成分と副作用を確かめて選びましょう。",
    ],
)
def test_media_without_evidence_and_a_denied_endorsement_are_not_claims(sentence):
    assert "MED003" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "テレビで紹介された、科学的根拠のある最新の治療法です。",
        "人気タレントも愛用している美容液です。",
        "有名人が愛用しているのは、効果が高いからです。",
    ],
)
def test_endorsements_are_still_reported(sentence):
    assert "MED003" in codes_on(sentence), sentence
