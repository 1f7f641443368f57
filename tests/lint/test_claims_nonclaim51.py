"""CIT001, fifty-first session (issue 11, from an audit): a `nonclaim` container no longer hides what is added to it.

The container is the editor's decision for text whose grammar cannot tell (the publisher speaking of itself). It was
read as "never check again": a number, a contraindication or an instruction added inside it later passed. Now it
covers plain statements, and numbers and requests that say nothing of health (the project's test of medical content,
lint.analysis.medical.is_medical); a health number, a recommendation, a contraindication or an instruction of care
inside it is checked as anywhere else, as a paragraph's citation never covers them, and the help line points to a
reasoned suppression instead. A plain claim added inside it is still not seen (left). A container must also say why, in a comment on the line right above it.
The sentences were written for these tests.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_citations import lint_text, session  # noqa: E402, F401

REASON = "% nonclaim: the publisher speaking of itself\n"


def _in_container(sentence, reason=REASON):
    return f"{reason}:::{{container}} nonclaim\n{sentence}\n:::\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "当サイトの記事は、糖尿病の方の約3割に合併症があることを伝えています。",  # a health number
        "ワルファリンを飲んでいる方は、納豆を食べないでください。",  # a contraindication
        "胃の検査の前日は、夜9時以降は何も食べないでください。",  # an instruction with a number
        "高血圧の方には、減塩をお勧めします。",  # a recommendation
        "治療を開始する前に医師に相談してください。",  # a disclaimer's advice of care is advice too (an editorial call)
    ],
)
def test_what_needs_a_source_inside_the_container_is_reported(tmp_path, session, sentence):  # noqa: F811
    (finding,) = lint_text(tmp_path, _in_container(sentence), session)
    assert finding.line == 3
    assert "lint: ignore[CIT001]" in finding.suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        "当サイトは、編集委員会が運営しています。",
        "この記事は、編集部が公開した情報をもとにまとめたものです。",
        "記事の内容は、年に2回見直しています。",  # a number of the publisher's, nothing of health
        "記事の誤りに気づいた場合は、お問い合わせフォームからお知らせください。",  # a request of the publisher's
        "編集委員会は、この記事について開示すべき利益相反はないと申告しています。",  # すべき describes a noun
    ],
)
def test_a_plain_statement_inside_stays_the_editors_decision(tmp_path, session, sentence):  # noqa: F811
    assert lint_text(tmp_path, _in_container(sentence), session) == []


@pytest.mark.parametrize(
    "text",
    [
        _in_container("当サイトは、編集委員会が運営しています。", reason=""),
        _in_container("当サイトは、編集委員会が運営しています。", reason="% nonclaim: the publisher\n\n"),
        _in_container("当サイトは、編集委員会が運営しています。", reason="% TODO\n"),  # a comment, but no reason
        ":::{admonition} 編集部より\n:class: nonclaim\n\n当サイトは、編集委員会が運営しています。\n:::\n",
    ],
)
def test_a_container_without_its_reason_is_reported(tmp_path, session, text):  # noqa: F811
    (finding,) = lint_text(tmp_path, text, session)
    assert "does not say why" in finding.message
    assert text.split("\n")[finding.line - 1].startswith(":::")


def test_an_english_container_is_read_by_the_english_test_of_health(tmp_path, session):  # noqa: F811
    assert lint_text(tmp_path, _in_container("We review this article twice a year."), session) == []
    (finding,) = lint_text(tmp_path, _in_container("Take two tablets a day with food."), session)
    assert finding.line == 3


def test_a_reason_in_a_block_quote_is_seen_and_the_fence_is_reported_where_it_stands(tmp_path, session):  # noqa: F811
    quoted = (
        "> % nonclaim: the publisher\n> :::{container} nonclaim\n> 当サイトは、編集委員会が運営しています。\n> :::\n"
    )
    assert lint_text(tmp_path, quoted, session) == []
    in_item = "- 運営について\n\n  :::{container} nonclaim\n  当サイトは、編集委員会が運営しています。\n  :::\n"
    (finding,) = lint_text(tmp_path, in_item, session)
    assert (finding.line, finding.column) == (3, 3)


def test_a_plain_claim_outside_a_container_is_pointed_to_it(tmp_path, session):  # noqa: F811
    (finding,) = lint_text(tmp_path, "胆石は、女性に多い病気です。\n", session)
    assert "nonclaim" in finding.suggestion
