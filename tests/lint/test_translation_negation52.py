"""TRN011, fifty-second session (issue 12): a negation under a negated verb of asserting or denying.

ではないとは言い切れません and 可能性は否定できません say that something may be so. The English renders that with two
negations ("does not rule out"), one with a word of possibility ("you could still be infected"), or with a modal alone
("this medicine may still work"): the negations are answered without being demanded (translation-blind82 flagged two
such correct translations). Turned into a plain denial ("This test ruled out cancer") the meaning is reversed, and that
is still found.

The sentences were written for these tests; none is taken from the article or a corpus.
"""

import pytest

from lint.analysis.negation import negation_mismatch


@pytest.mark.parametrize(
    "source, right, reversed_",
    [
        (
            "感染している可能性は否定できません。",
            "You could still be infected.",
            "Infection is ruled out.",
        ),
        (
            "インフルエンザではないとは言い切れません。",
            "We cannot say for certain that it is not the flu.",
            "It is not the flu.",
        ),
        (
            "検査で異常がなくても、病気がないとは言えません。",
            "A normal test result does not mean you have no disease.",
            "A normal test result means you have no disease.",
        ),
        (
            "結核の可能性は否定できません。",
            "Tuberculosis cannot be ruled out.",
            "Tuberculosis can be ruled out.",  # a "can" of the denial keeps no possibility
        ),
        (
            "がんの可能性を完全には除外できません。",
            "We cannot completely exclude cancer.",
            "This test completely excluded cancer.",
        ),
        (
            "副作用が全くないとは断言できません。",
            "Side effects may still occur.",
            "There are no side effects at all.",
        ),
    ],
)
def test_a_negation_under_a_negated_assertion_may_be_rendered_by_possibility(source, right, reversed_):
    assert negation_mismatch(source, right) == ""
    assert "reversed" in negation_mismatch(source, reversed_)


@pytest.mark.parametrize(
    "source, right",
    [
        ("症状がなくても、感染している可能性は否定できません。", "Even without symptoms, you could still be infected."),
        (
            "熱がないからといって、インフルエンザではないとは言い切れません。",
            "Having no fever does not rule out the flu.",
        ),
    ],
)
def test_a_correct_rendering_beside_another_negation_is_not_flagged(source, right):
    # (a reversal beside a negation of its own, "Having no fever means it is not the flu", keeps the count of
    # negations and is not found: the count does not tell which clause each negation belongs to)
    assert negation_mismatch(source, right) == ""


@pytest.mark.parametrize(
    "source, right",
    [
        ("この治療は副作用が少ないとは言えません。", "We cannot say that this treatment has few side effects."),
        ("この運動が危ないとは言えません。", "We cannot say that this level of exercise is dangerous."),
    ],
)
def test_an_adjective_ending_in_nai_is_no_double_negation(source, right):
    # (from a review) 少ない and 危ない end in ない but negate nothing: one negation, rendered by "cannot"
    assert negation_mismatch(source, right) == ""
