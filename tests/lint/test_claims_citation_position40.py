"""CIT001, fortieth session: where a citation stands inside a sentence, and numbered items on one line.

A citation after a clause covers that clause, and a claim after it in the same sentence needs its own (…多い病気ですが
{cite}、大人もかかることがあります。). Two positions are no such clause: a condition states nothing alone (コルヒチンを
加えると{cite}、再発が減ることが示されています: the citation supports the conditional proposition, the sentence), and a
citation inside a clause that goes on with no comma (女性に多い{cite} ことが知られています: what follows is its frame).

A line of numbered items (1. はじめに　2. 肺炎のサイン　3. 家での看病) had been cut into sentences at each item's full
stop, and the item numbers read as health numbers.

The sentences were written for these tests.
"""

import pytest

from lint.parsing.text import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "アスピリンにコルヒチンを加えると{cite:p}`src-a`、再発が減ることが示されています。\n",
        "減塩を続ければ{cite:p}`src-a`、血圧は下がります。\n",
        "肺MAC症は、中高年のやせ型の女性に多い {cite:p}`src-a` ことが知られています。\n",
        "痛風は男性に多い{cite:p}`src-a` とされています。\n",
    ],
)
def test_a_citation_after_a_condition_or_inside_a_clause_cites_the_sentence(reasons, text):
    found = reasons(text)
    assert [status for status, _ in found] == ["cited"], found


@pytest.mark.parametrize(
    "text",
    [
        "子どもに多い病気ですが{cite:p}`src-a`、大人も3割ほどかかります。\n",
        "喘息の発作は夜間に起こりやすいとされ{cite:p}`src-a`、寝る前の吸入が大切です。\n",
        "改善がみられると報告されています {cite:p}`src-a` が、効果の程度には個人差があります。\n",
    ],
)
def test_a_claim_after_a_cited_clause_needs_its_own(reasons, text):
    found = reasons(text)
    assert "uncited" in [status for status, _ in found], found


def test_numbered_items_on_one_line_are_one_line():
    line = "1. はじめに　2. 肺炎のサイン　3. 家での看病　4. 相談窓口"
    assert [s.text for s in split_sentences(line)] == [line]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Take 2. Then rest.", 2),  # an English full stop after a digit still ends a sentence
        ("It was 2019. 次に進みます。", 2),
        ("手を洗います。2. 薬を塗ります。", 2),
    ],
)
def test_other_full_stops_after_a_digit_still_end_sentences(text, count):
    assert len(split_sentences(text)) == count


def test_a_line_of_numbered_items_needs_no_source(reasons):
    found = reasons("1. はじめに　2. 肺炎のサイン　3. 家での看病　4. 相談窓口\n")
    assert all(status == "exempt" for status, _ in found), found
