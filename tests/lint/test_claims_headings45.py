"""CIT001, forty-fifth session (issue 11): a heading that names an illness by its course, with what brings it on.

A noun-phrase heading whose head is an illness and whose relative clause gives its course (悪くなる, 起こる, うつる,
再発する) with a cause, a means, a source, a place conceded or a condition (ストレスで, ペットから人へ, 室内でも, 浴びると,
治っても) states a medical fact; a topic's ending after the head (について, とは) leaves the illness the head for this
reading only (a trend before とは, 年齢とともに増える不整脈とは, stays a label as an earlier review decided). A clause
with only a subject or a time (子どもがかかる病気) names a kind.

An independent review wrote 50 honest headings close to this shape and 40 headings that state a fact: none of the 50
flagged, before or after; 24 of the 40 flagged before, 34 after (the rest: illness names the health-word test does not
read as illnesses, such as アトピー性皮膚炎 and エリテマトーデス, and shapes outside the rule). The sentences were written
for these tests; none is taken from a corpus.
"""

import pytest


def _heading_status(reasons, heading):
    return reasons(f"## {heading}\n\n詳しく説明します。\n")[0][0]


@pytest.mark.parametrize(
    "heading",
    [
        "ストレスで悪くなる過敏性腸症候群",
        "犬や猫から人へうつる白癬",
        "屋内でも起こる熱中症",
        "一度治っても再発する帯状疱疹について",
        "性交渉でうつる梅毒とは",
    ],
)
def test_an_illness_named_by_its_course_and_cause(reasons, heading):
    assert _heading_status(reasons, heading) == "uncited", (heading, reasons(f"## {heading}\n"))


@pytest.mark.parametrize(
    "heading",
    [
        "子どもがかかる病気",
        "進行した大腸がん",
        "糖尿病について",
        "当院の外来で相談できる病気",
    ],
)
def test_a_kind_of_illness_stays_a_label(reasons, heading):
    assert _heading_status(reasons, heading) == "exempt", (heading, reasons(f"## {heading}\n"))


# (forty-fifth session) an English numbered figure or table as the subject, presented by a copula or a verb of showing:
# the page names its picture, as 図1は…です does
@pytest.mark.parametrize(
    "sentence",
    [
        "Figure 1 is a copy of the bladder diary you will be asked to fill in.",
        "Table 3 is a map of the clinic's floors.",
    ],
)
def test_an_english_figure_named_by_the_page(reasons, sentence):
    assert all(status == "exempt" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))


# (forty-fifth session) a figure or a text that shows a proposition of health: the finding is the claim, whatever shows
# it (the older reading let any sentence whose verb presents and which names a figure through); the page's notation
# explained stays page discourse
@pytest.mark.parametrize(
    "sentence",
    [
        "Figure 2 shows that the risk of bleeding rises with age.",
        "図3は、喫煙によって肺の機能が低下することを示しています。",
    ],
)
def test_a_finding_shown_by_a_figure_is_a_claim(reasons, sentence):
    assert any(status == "uncited" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    ["本文中の「※」印は、ページ下の注に補足があることを示しています。", "図1は、検査室までの道順を示しています。"],
)
def test_the_pages_notation_and_maps_stay_page_discourse(reasons, sentence):
    assert all(status == "exempt" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))
