"""Fifty-second session (issue 12), two false alarms of translation-dropped-blind1's development half:

- An initialism inside a name (The U.S. Centers for Disease Control and Prevention) ended an English sentence, so a
  citation at the end of the name's sentence looked moved (TRN004). An initialism that opens its sentence (after an
  article at most) ends none; after other words it may (We moved to the U.S. Then we…): the words that open a sentence
  are an open class, and a list of them merged sentences (from the review).
- 改善しなければ受診してください ("if it does not get better, see a doctor") was read as an ending said without
  negation, so "does not get better" looked reversed (TRN011): the negative condition なければ negates the verb too.

The sentences were written for these tests; none is taken from the article or a corpus.
"""

import pytest

from lint.analysis.negation import reversed_going_away
from lint.analysis.structure import split_english_sentences


@pytest.mark.parametrize(
    "text, count",
    [
        ("The U.S. Centers for Disease Control and Prevention recommends the vaccine. Ask your doctor.", 2),
        ("U.K. Biobank data were used. It was a large study.", 2),
        ("We moved to the U.S. Then we found a new doctor.", 2),
        ("She trained in the U.K. She now works here.", 2),
        # (from the review) after other words an initialism may end its sentence, whatever word follows
        ("This drug is approved in the U.S. Japan has not approved it.", 2),
        ("It is common in the U.S. Doctors there use it often.", 2),
        ("Clinic hours are 9 a.m. to 5 p.m. Call us before you come.", 2),
    ],
)
def test_an_initialism_opening_its_sentence_ends_none(text, count):
    assert len(split_english_sentences(text)) == count


@pytest.mark.parametrize(
    "source, translation",
    [
        (
            "2〜3日様子を見て、改善しなければ受診してください。",
            "Wait 2 to 3 days. If it does not get better, see a doctor.",
        ),
        ("痛みが治まらなければ、もう一度薬を飲んでください。", "If the pain does not go away, take another dose."),
    ],
)
def test_an_ending_in_a_negative_condition_is_negated_in_the_source(source, translation):
    assert reversed_going_away(source, translation) == ""


def test_an_ending_said_plainly_and_denied_in_english_is_still_reversed():
    found = reversed_going_away("腫れは2〜3日で引きます。", "The swelling does not go away in 2 to 3 days.")
    assert found.startswith("the source says it ends or improves")


def test_an_ending_said_plainly_beside_a_negated_one_is_still_read():
    # (from a review) one English denial answers the negated ending; a second one denies the plain ending
    source = "通常は1週間で改善しますが、改善しなければ受診してください。"
    assert (
        reversed_going_away(source, "It usually improves within a week, but if it does not improve, see a doctor.")
        == ""
    )
    found = reversed_going_away(
        source, "It usually fails to improve in a week, but if it does not improve, see a doctor."
    )
    assert found.startswith("the source says it ends or improves")


def test_an_obligation_is_no_negative_condition():
    # (from the final review) 飲まなければなりません obliges; the ending before it is said plainly
    found = reversed_going_away(
        "痛みが治まるまで薬を飲まなければなりません。", "Take the medicine until the pain does not go away."
    )
    assert found.startswith("the source says it ends or improves")
