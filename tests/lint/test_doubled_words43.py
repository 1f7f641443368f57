"""TRN014, forty-third session (issue 12): repetitions that are English, not typing slips.

Three or more of a word in a row is a sound or emphasis ("ba ba ba", "go go go"), and the preposition "in" before a
Latin phrase of medicine that opens with "in" ("in in vitro studies") is said once each; a pair elsewhere stays a slip.
The sentences were written for these tests (the two kinds were false alarms on translation-blind71, development data).
"""

import pytest

from lint.analysis.structure import doubled_words


@pytest.mark.parametrize(
    "text",
    [
        'Babies often babble "ma ma ma" before their first words.',
        "The drug worked in in vivo tests on mice.",
        "Cells were grown in in vitro conditions.",
    ],
)
def test_repetitions_that_are_english(text):
    assert doubled_words(text) == [], text


@pytest.mark.parametrize(
    "text, found",
    [
        ("Take the the tablet after meals.", ["the the"]),
        ("Wash your hands in in the sink.", ["in in"]),
        ("The test is is painless.", ["is is"]),
    ],
)
def test_pairs_stay_slips(text, found):
    assert doubled_words(text) == found, text
