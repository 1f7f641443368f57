"""TRN015, forty-fourth session (issue 12): a Japanese sentence paired with one English sentence is read for content.

An independent check of issue 12 dropped each sentence of the project's catalog entries in turn: 3 of 332 went
unreported. With the first of three sentences dropped, the alignment paired the first Japanese sentence with the
English of the second (a pair of one sentence each was never read for content) and the third's long English with the
other two. An English sentence that holds a rendering of another Japanese sentence of the entry and none of its own
now renders that one. Sentences written for these tests.
"""

from lint.analysis.structure import sentence_without_counterpart

SOURCE = "ワルファリンは血液を固まりにくくする薬です。 検査は3か月ごとに行います。 アピキサバンは食事の影響を受けにくい薬です。"


def test_the_first_sentence_dropped_is_reported():
    english = (
        "Tests are done every 3 months. Apixaban is a newer blood thinner whose effect is hardly changed by what you "
        "eat, so you can take it at any time of day."
    )
    assert sentence_without_counterpart(SOURCE, english, 2.0, 2.5) is not None


def test_every_sentence_translated_passes():
    english = (
        "Warfarin is a medicine that makes the blood less likely to clot. Tests are done every 3 months. Apixaban is "
        "a medicine that food affects little."
    )
    assert sentence_without_counterpart(SOURCE, english, 2.0, 2.5) is None


def test_two_sentences_joined_pass():
    english = (
        "Warfarin makes the blood less likely to clot, and tests are done every 3 months. Apixaban is a medicine "
        "that food affects little."
    )
    assert sentence_without_counterpart(SOURCE, english, 2.0, 2.5) is None
