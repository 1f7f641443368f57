"""TRN011, fifty-fourth session (issue 12): two renderings translation-dropped-blind3 flagged as negations.

- "Why not …?" before a verb is a suggestion: it renders 〜しましょう (今日から始めましょう → "so why not start today?"), and
  a negation dropped elsewhere in the sentence is still found.
- A cost the patient pays (自己負担, 自費, 保険適用外) is rendered as "not covered (by insurance)": the English negation
  answers the source's word, and it answers nothing else.

The sentences were written for these tests; none is taken from the article or a corpus.
"""

import pytest

from lint.analysis.negation import negation_mismatch


@pytest.mark.parametrize(
    "source, translation",
    [
        (
            "毎日10分の散歩なら無理なく続けられます。今日から始めてみましょう。",
            "A ten-minute walk each day is easy to keep up, so why not start today?",
        ),
        (
            "気になる症状があれば、かかりつけ医に相談しましょう。",
            "Why not talk to your family doctor about any symptoms that worry you?",
        ),
        ("人間ドックの費用は全額自己負担です。", "The cost of a full health checkup is not covered by insurance."),
        ("この検査は保険適用外となります。", "This test isn't covered by health insurance."),
    ],
)
def test_a_suggestion_and_a_cost_not_covered_are_no_negation(source, translation):
    assert not negation_mismatch(source, translation), (source, translation)


@pytest.mark.parametrize(
    "source, translation",
    [
        # the suggestion masks its own "not" only: a real negation beside it still counts
        ("散歩を始めましょう。", "Why not start walking? Do not walk after meals."),
        # "not covered" where the source names no cost of the patient's
        ("この検査は保険が適用されます。", "This test is not covered by insurance."),
        # "why not" before a gerund is a reason and a negation, not a suggestion
        ("水分をとることが大切です。", "That is why not drinking enough water is dangerous."),
    ],
)
def test_a_negation_beside_them_is_still_found(source, translation):
    assert negation_mismatch(source, translation), (source, translation)
