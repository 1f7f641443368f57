"""MED004, fortieth session (issue 18): harm denied with a word of "none at all" (何ひとつ, 何一つ, ひとつも, 一つも, 一度も)
is a guarantee of safety, as 一切 and まったく were: リスクは何ひとつありません, トラブルは一度もありません. Asked or quoted
as an advertisement to beware of, the same words claim nothing.

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "当院の施術には、リスクは何ひとつありません。",
        "このクリームなら、副作用は一つもありません。",
        "当院の脱毛で、トラブルは一度もありません。",
        "自然由来なので、副作用は何一つございません。",
    ],
)
def test_harm_denied_with_none_at_all_guarantees_safety(sentence):
    assert "MED004" in codes_on(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "副作用が何ひとつないか、心配な方は医師にご相談ください。",
        "「リスクは何ひとつありません」という広告には注意しましょう。",
    ],
)
def test_the_same_words_asked_or_quoted_are_not_claims(sentence):
    assert "MED004" not in codes_on(sentence)
