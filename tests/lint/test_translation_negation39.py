"""TRN011, thirty-ninth session: three negations the check let go (issue 12, item 2), found by deleting each negation of
the article's catalogs in turn (benchmarks/negation_deletions.py: 118 → 124 of 148).

- Coordinated negated conditions (効かない場合や使えない場合): one English clause renders both ("when it does not work or
  cannot be used"); each conjunct is now read as its own condition, so a conjunct turned positive is found.
- "Unlike X" renders a likeness under a negated predicate (ワルファリンのような検査は必要ありません), as it renders と違って:
  it is a comparison, not the predicate's negation.
- A prohibition before a noun (一緒に使ってはいけない薬) forbids: no positive noun phrase renders it, so its negation is
  demanded even where a relative clause of pro-forms alone would have been let go.

The sentences were written for these tests; none is taken from the article or a corpus.
"""

import pytest

from lint.analysis.negation import negation_mismatch


@pytest.mark.parametrize(
    "source, wrong, right",
    [
        (
            "薬が効かない場合や飲めない場合には、点滴に切り替えます。",
            "If the medicine works or cannot be taken, we switch to a drip.",
            "If the medicine does not work or cannot be taken, we switch to a drip.",
        ),
        (
            "運動ができない場合や食事がとれない場合は、主治医に相談してください。",
            "If you can exercise or cannot eat, talk to your doctor.",
            "If you cannot exercise or cannot eat, talk to your doctor.",
        ),
    ],
)
def test_each_coordinated_negated_condition_is_read(source, wrong, right):
    assert "condition" in negation_mismatch(source, wrong)
    assert negation_mismatch(source, right) == ""


@pytest.mark.parametrize(
    "source, wrong, right",
    [
        (
            "インスリンのような注射は、この薬では必要ありません。",
            "Unlike insulin, this medicine needs injections.",
            "Unlike insulin, this medicine does not need injections.",
        ),
        (
            "ほかの抗菌薬のように毎日飲む必要はありません。",
            "Unlike other antibiotics, you need to take it every day.",
            "Unlike other antibiotics, you do not need to take it every day.",
        ),
        # a prohibition before a noun
        (
            "グレープフルーツジュースは、この薬と一緒に飲んではいけない飲み物です。",
            "Grapefruit juice is a drink that you should take with this medicine.",
            "Grapefruit juice is a drink that you must not take with this medicine.",
        ),
        (
            "授乳中に使ってはならない薬もあります。",
            "Some medicines can be used while breastfeeding.",
            "Some medicines must not be used while breastfeeding.",
        ),
    ],
)
def test_unlike_a_likeness_and_a_prohibition_before_a_noun(source, wrong, right):
    assert negation_mismatch(source, wrong)
    assert negation_mismatch(source, right) == ""


@pytest.mark.parametrize(
    "source, translation",
    [
        # a request to refrain in the subjunctive, with a long subject
        (
            "三歳未満のお子さんと一緒の面会はご遠慮ください。",
            "We ask that visitors with children under three years of age not come to the ward.",
        ),
        # a rule of fasting said with a modal of obligation
        (
            "検査の前日は夜8時以降、絶食となります。",
            "You must not eat anything after 8 p.m. on the day before the test.",
        ),
        # an act put after a condition, rendered "not … until"
        ("シャワーは抜糸が済んでからにしてください。", "Please do not shower until your stitches have been removed."),
        # a negation word mentioned in quotation marks
        ("質問には「はい」か「いいえ」でお答えください。", 'Please answer each question with "Yes" or "No."'),
    ],
)
def test_negations_that_render_a_positive_source(source, translation):
    assert negation_mismatch(source, translation) == ""


def test_an_added_negation_beside_them_is_still_found():
    assert negation_mismatch(
        "シャワーは抜糸が済んでからにしてください。", "Please do not shower after your stitches have been removed."
    )
    assert negation_mismatch(
        "検査の前日は夜8時以降、食事をとれます。", "You must not eat anything after 8 p.m. on the day before the test."
    )
