"""MED007, forty-seventh session (issue 18): a before and an after compared for the reader.

The reader asked to compare a treatment's before-and-after named as one word (ホワイトニング前後の歯の色を比べてみてください) or
a then and a now (３か月前と今の私、比べてみてください), a verdict on the pair compared (違いは一目でわかります, 差は歴然です) and
the change published in pictures (〜の変化を写真で公開中). A comparison made as a step of care (治療前と治療後で、聴力検査の結果を
比べてご説明します), an age (50歳前後) and a change asked about are none.
The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "ホワイトニング前後の歯の色を比べてみてください。",
        "３か月前と今の私、比べてみてください。",
        "ダイエット前とダイエット後の写真を並べれば、違いは一目でわかります。",
        "施術前後を見比べれば、差は歴然です。",
        "AGA治療６か月の変化を写真で公開中",
    ],
)
def test_a_before_and_after_compared_for_the_reader(sentence):
    assert "MED007" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "治療前と治療後で、聴力検査の結果を比べてご説明します。",
        "治療前の写真と比べてどの程度変化したかは、診察時に医師と一緒に確認しましょう。",
        "50歳前後の方は、年に一度の検診を受けてください。",
        "治療前後の変化を写真で記録し、カルテに保管します。",
        "服用前と比べて脈が速くなったと感じたら、ご相談ください。",
    ],
)
def test_comparisons_of_care(sentence):
    assert "MED007" not in codes_on(sentence), sentence
