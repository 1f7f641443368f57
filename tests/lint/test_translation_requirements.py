"""TRN011, thirty-third session: a double negative of requirement rendered as the requirement, and a request to refrain
in the mandative subjunctive.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from lint.analysis.negation import negation_mismatch


@pytest.mark.parametrize(
    "source, translation",
    [
        # a negated condition before a denied possibility: "not without" is "only with", "need"
        ("紹介状がなければ、予約をお取りすることはできません。", "You need a referral letter to book an appointment."),
        (
            "保険証を確認できない場合、お薬をお渡しできません。",
            "We can hand over your medicine only after checking your insurance card.",
        ),
        # a polite request to refrain, in the mandative subjunctive
        ("病室での喫煙はご遠慮ください。", "We ask that visitors not smoke in the rooms."),
    ],
)
def test_requirements_and_requests_to_refrain_keep_their_meaning(source, translation):
    assert negation_mismatch(source, translation) == ""


@pytest.mark.parametrize(
    "source, translation",
    [
        # a negated condition before "not needed" is no requirement: the main negation is dropped here
        (
            "最後の接種から5年たっていなければ、追加の接種は必要ありません。",
            "If it has been less than 5 years, you will need another dose.",
        ),
        # a denied possibility with no condition: "need" renders nothing of it
        ("この薬は妊娠中には使えません。", "You need this medicine during pregnancy."),
    ],
)
def test_a_dropped_negation_is_still_found(source, translation):
    assert negation_mismatch(source, translation) != ""
