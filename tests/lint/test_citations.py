"""CIT001–CIT003 on real pages: what must be flagged (exact line and column) and what must not."""

from pathlib import Path

import pytest

from lint.parsing.markdown import parse_page
from lint.rules import citations
from lint.runner import UsageError, check_page, make_session, run

ROOT = Path(__file__).resolve().parents[2]

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = FIXTURES / "pages"
BIB = FIXTURES / "refs.bib"
CONFIG = FIXTURES / "pyproject.toml"


def write_config(tmp_path, options="", select='["CIT001", "CIT002", "CIT003", "LNT"]'):
    path = tmp_path / "lint.toml"
    path.write_text(
        f"[tool.pvt-lint]\nselect = {select}\n\n[tool.pvt-lint.rules.uncited-claim]\n{options}\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def session():
    return make_session(root=FIXTURES, config_path=CONFIG, bib=BIB)


def findings_of(path, session, code=None):
    report = run([path], session)
    return [f for f in report.findings if code is None or f.rule == code]


def lint_text(tmp_path, text, session, code="CIT001", name="page.md"):
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return [f for f in check_page(page, text, session).findings if code is None or f.rule == code]


def at(path, line, column):
    """The page's text from (line, column) on: what a finding points at."""
    return path.read_text(encoding="utf-8").split("\n")[line - 1][column - 1 :]


# ---------------------------------------------------------------- CIT001: flagged


UNCITED_EXPECTED = [
    (7, 1, "門脈は腸や脾臓から", "neither has its paragraph"),  # a claim, no citation in its paragraph
    (9, 36, "再開通率は71%", "states a number (71%)"),  # the paragraph's other sentence is cited
    (10, 32, "ワルファリンは第一選択", "recommends a treatment (「第一選択」)"),
    (12, 3, "出血が０.６〜１６％", "states a number (０.６〜１６％)"),  # full-width digits and range
    (13, 3, "門脈は肝臓に", "neither has its paragraph"),  # a list item is its own block
    (17, 8, "３か月", "states a number (３か月)"),  # a table cell
    (20, 1, "この薬は妊娠中は避けます", "states a contraindication (「避け」)"),  # inside an admonition
]


def test_uncited_sentences_are_flagged_at_their_first_character(session):
    page = PAGES / "uncited.md"
    found = findings_of(page, session, "CIT001")
    assert [(f.line, f.column) for f in found] == [(line, col) for line, col, _, _ in UNCITED_EXPECTED]
    for finding, (line, column, start, message) in zip(found, UNCITED_EXPECTED, strict=False):
        assert at(page, line, column).startswith(start)
        assert finding.context.startswith(start)
        assert message in finding.message
        assert finding.severity == "error" and finding.name == "uncited-claim"
        assert finding.path.endswith("pages/uncited.md")


def test_number_in_sentence_needs_its_own_citation_even_when_the_block_has_one(tmp_path, session):
    text = "# 見出し\n\n門脈は肝臓へ血液を運びます{cite:p}`easl-2016`。治療は3か月続けます。\n"
    (finding,) = lint_text(tmp_path, text, session)
    assert (finding.line, finding.column) == (3, 34)
    assert finding.context == "治療は3か月続けます。"


def test_recommendation_needs_its_own_citation(tmp_path, session):
    text = "門脈は肝臓へ血液を運びます{cite:p}`easl-2016`。\n抗凝固療法の中止を検討します。\n"
    (finding,) = lint_text(tmp_path, text, session)
    assert (finding.line, finding.column) == (2, 1)
    assert "「中止」" in finding.message


def test_sentence_spanning_lines_is_reported_where_it_starts(tmp_path, session):
    text = "門脈は肝臓へ血液を運びます{cite:p}`easl-2016`。再開通は\n71%でした。\n"
    (finding,) = lint_text(tmp_path, text, session)
    assert (finding.line, finding.column) == (1, 34)
    assert finding.context == "再開通は71%でした。"


def test_sentence_scope_requires_a_citation_in_every_sentence(tmp_path):
    session = make_session(root=FIXTURES, config_path=write_config(tmp_path, 'scope = "sentence"'), bib=BIB)
    found = findings_of(PAGES / "clean.md", session, "CIT001")
    assert [(f.line, f.column) for f in found] == [(18, 1)]
    assert found[0].context == "門脈は消化管からの血液を集めます。"
    assert found[0].message == "sentence has no citation"


def test_recommendation_words_are_configurable(tmp_path):
    config = write_config(tmp_path, 'scope = "block"\nrecommendation_words = ["ご相談ください"]')
    session = make_session(root=FIXTURES, config_path=config, bib=BIB)
    text = "門脈は肝臓へ血液を運びます{cite:p}`easl-2016`。\n治療を開始します。\n主治医にご相談ください。\n"
    (finding,) = lint_text(tmp_path, text, session)
    assert finding.line == 3 and "「ご相談ください」" in finding.message


def test_uncited_sentence_inside_a_nested_admonition_is_found(tmp_path, session):
    text = "::::{important}\n:::{note}\n門脈は太い静脈です。\n:::\n::::\n"
    (finding,) = lint_text(tmp_path, text, session)
    assert (finding.line, finding.column) == (3, 1)


def test_list_table_body_cell_is_checked(tmp_path, session):
    text = "```{list-table}\n:header-rows: 1\n\n* - 項目\n  - 期間\n* - 抗凝固療法\n  - 6か月以上続けます。\n```\n"
    (finding,) = lint_text(tmp_path, text, session)
    assert (finding.line, finding.column) == (7, 5)
    assert finding.context == "6か月以上続けます。"


def test_raw_html_paragraph_and_cell_are_checked_where_they_stand(tmp_path, session):
    text = (
        "<div>\n  <p>門脈血栓症の患者の半数に腹痛がみられます。</p>\n"
        "  <table><tr><th>項目</th><th>内容</th></tr>\n  <tr><td>期間</td><td>6か月以上続けます。</td></tr></table>\n</div>\n"
    )
    found = lint_text(tmp_path, text, session)
    assert [(f.line, f.column, f.context) for f in found] == [
        (2, 6, "門脈血栓症の患者の半数に腹痛がみられます。"),
        (4, 22, "6か月以上続けます。"),
    ]


def test_a_table_does_not_inherit_the_headers_of_the_table_before_it(tmp_path, session):
    # 原因 over a first column makes each label a claim (header relation); the next table has no header row
    text = "| 原因 | 説明 |\n|---|---|\n| 喫煙 | 血管が傷みます{cite:p}`msd-home-pvt`。 |\n\n<table><tr><td>窓口</td><td>03-1234-5678</td></tr></table>\n"
    assert lint_text(tmp_path, text, session) == []


# ---------------------------------------------------------------- CIT001: not flagged


def test_clean_page_has_no_finding(session):
    """Headings, questions, citations before and after 。, block citations, tables, list-tables,
    admonitions, nonclaim containers, the disclaimer, a figure title, a toctree, a code block."""
    assert findings_of(PAGES / "clean.md", session) == []


@pytest.mark.parametrize(
    "text",
    [
        "# 治療期間（3〜6か月）\n",  # a heading without a predicate is a label
        "## 門脈血栓症は治りますか？\n",  # FAQ heading
        "門脈血栓症は治りますか？\n",  # question
        "治療はどのくらい（3か月？）続けますか?\n",  # ASCII question mark, number inside
        "門脈は血液を運びます{cite:p}`easl-2016`。\n",  # citation before 。
        "門脈は血液を運びます。{cite:p}`easl-2016`\n",  # citation after 。
        "治療は3か月です。{cite:p}`easl-2016` 再開通は71%です{cite:p}`loffredo-2017`。\n",  # after 。, then next
        "門脈は腸から血液を集めます。門脈は肝臓へ血液を運びます{cite:p}`easl-2016`。\n",  # block citation
        "- 門脈は腸から血液を集めます。\n\n  門脈は肝臓へ血液を運びます{cite:p}`easl-2016`。\n",  # one list item
        "% nonclaim: the page's plan\n:::{container} nonclaim\nこのページでは3つの点を説明します。\n:::\n",
        "% nonclaim: the publisher\n:::{container} nonclaim\n当サイトは、編集委員会が運営しています。\n:::\n",
        ":::{admonition} 受診の目安（24時間以内）\n強い腹痛は受診が必要です{cite:p}`easl-2016`。\n:::\n",
        "| 薬 | 3か月後 |\n| --- | --- |\n| ワルファリン | 71%{cite:p}`loffredo-2017` |\n",
        "| 71% | 42% |\n| --- | --- |\n| 53% | 33% |\n",  # no letters
        "```{toctree}\nbasics\ntreatment\n```\n",
        "- [よくある質問](faq.md)\n- [第3部 治療](treatment.md)\n",  # navigation links
        "詳しくは第3部で説明します{cite:p}`easl-2016`。第2部も参照してください。\n",  # 第N部 is not a number
        "門脈\n: 肝臓へ血液を運ぶ静脈です{cite:p}`easl-2016`。\n",  # definition term
        "```{figure} figures/a.svg\n:alt: 図\n\n門脈系の模式図\n```\n",  # a figure's title caption
        "```python\nx = 3  # 3 days\n```\n",
    ],
)
def test_not_flagged(tmp_path, session, text):
    assert lint_text(tmp_path, text, session, code=None) == []


def test_figure_caption_with_a_predicate_is_a_claim(tmp_path, session):
    text = "```{figure} figures/a.svg\n:alt: 図\n\n門脈血栓症の3割は肝硬変に伴う\n```\n"
    (finding,) = lint_text(tmp_path, text, session)
    assert (finding.line, finding.column) == (4, 1)
    assert "(3割)" in finding.message


def test_classify_counts_every_sentence(session):
    page_path = PAGES / "uncited.md"
    page = parse_page(str(page_path), page_path.read_text(encoding="utf-8"))
    ctx = session.context([page]).bind(session.selected["CIT001"], page)
    checks = citations.classify(page, ctx)
    statuses = [c.status for c in checks]
    assert statuses.count("uncited") == len(UNCITED_EXPECTED)
    assert {c.reason for c in checks if c.status == "exempt"} >= {"label", "header-cell", "label-column"}


@pytest.mark.parametrize(
    "options, key",
    [
        ('scope = "paragraph"', "scope"),
        ("label_columns = 1", "label_columns"),  # declared per table now
        ('recommendation_words = "推奨"', "recommendation_words"),
        ('ignore_numbers = ["第[0-9+部"]', "ignore_numbers"),
    ],
)
def test_bad_option_stops_the_run_naming_file_and_key(tmp_path, options, key):
    config = write_config(tmp_path, options)
    session = make_session(root=FIXTURES, config_path=config, bib=BIB)
    with pytest.raises(UsageError) as error:
        run([PAGES / "clean.md"], session)
    assert str(config) in str(error.value) and key in str(error.value)


# ---------------------------------------------------------------- CIT002 / CIT003


def test_unknown_and_malformed_citations(session):
    page = PAGES / "roles.md"
    found = [(f.rule, f.line, f.column) for f in findings_of(page, session) if f.rule in ("CIT002", "CIT003")]
    assert found == [
        ("CIT002", 3, 11),  # msd-home-pv: a typo
        ("CIT002", 4, 11),  # MSD-home-pvt: wrong case
        ("CIT003", 5, 11),  # {citep}
        ("CIT003", 6, 11),  # a,,b
        ("CIT003", 7, 11),  # blank key
        ("CIT003", 8, 11),  # {cite:p } is not a role at all
    ]
    for _, line, column in found:
        assert at(page, line, column).startswith("{cite")


def test_unknown_key_suggests_the_closest_key(session):
    (finding,) = [f for f in findings_of(PAGES / "roles.md", session, "CIT002") if f.line == 3]
    assert finding.message == "citation key 'msd-home-pv' is not in refs.bib"
    assert "msd-home-pvt" in finding.suggestion
    assert finding.context == "{cite:p}`msd-home-pv`"


def test_every_key_of_a_multi_key_role_is_checked(tmp_path, session):
    text = "門脈は血液を運びます{cite:p}`easl-2016,nosuch-2020,loffredo-2017`。\n"
    (finding,) = lint_text(tmp_path, text, session, code="CIT002")
    assert "'nosuch-2020'" in finding.message and (finding.line, finding.column) == (1, 11)


def test_unknown_role_suggests_a_valid_one(session):
    (finding,) = [f for f in findings_of(PAGES / "roles.md", session, "CIT003") if f.line == 5]
    assert finding.message == "unknown citation role {citep}"
    assert finding.suggestion == "write {cite:p}"


@pytest.mark.parametrize(
    "source",
    [
        "{cite:p}``",  # empty: MyST does not read it as a role
        "{cite:p} `easl-2016`",  # space before the backtick
        "{ cite:p}`easl-2016`",
    ],
)
def test_role_typos_that_myst_does_not_tokenise(tmp_path, session, source):
    text = f"門脈は血液を運びます{source}。\n"
    (finding,) = lint_text(tmp_path, text, session, code="CIT003")
    assert (finding.line, finding.column) == (1, 11)
    assert "is not read as a citation role" in finding.message


def test_role_names_match_sphinxcontrib_bibtex():
    from sphinxcontrib.bibtex.domain import BibtexDomain
    from sphinxcontrib.bibtex.foot_domain import BibtexFootDomain

    assert tuple(BibtexDomain._role_names) == citations.CITE_ROLE_NAMES
    assert tuple(BibtexFootDomain._role_names) == citations.FOOTCITE_ROLE_NAMES


def test_pre_and_post_text_in_a_role_are_not_keys(tmp_path, session):
    text = "門脈は血液を運びます{cite:ps}`{see}easl-2016{p. 3}`。\n"
    assert lint_text(tmp_path, text, session, code=None) == []


def test_without_a_bibliography_cit002_cannot_run(tmp_path):
    config = write_config(tmp_path, "")
    session = make_session(root=tmp_path, config_path=config)
    with pytest.raises(UsageError, match="bibliography not found"):
        run([PAGES / "clean.md"], session)


# ---------------------------------------------------------------- properties

from hypothesis import HealthCheck, given, settings  # noqa: E402 - the property tests below need hypothesis only here
from hypothesis import strategies as st  # noqa: E402

WORDS = st.sampled_from(["門脈", "血栓", "肝臓", "治療", "は", "が", "を", "に", "あります", "です", "、"])
NUMBERS = st.sampled_from(["3", "７１%", "3〜6か月", "0.6〜16%", "２０,０００人"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    head=st.lists(WORDS, min_size=1, max_size=6),
    number=NUMBERS,
    tail=st.lists(WORDS, max_size=4),
    cited=st.booleans(),
    after=st.booleans(),
)
def test_a_number_sentence_is_cited_exactly_when_it_has_its_own_citation(
    tmp_path, session, head, number, tail, cited, after
):
    body = "門脈は肝臓へ血液を運びます{cite:p}`easl-2016`。治療" + "".join(head) + number + "".join(tail)
    role = "{cite:p}`loffredo-2017`"
    sentence = body + ((("。" + role) if after else (role + "。")) if cited else "。")
    found = lint_text(tmp_path, sentence + "\n", session)
    if cited:
        assert found == []
    else:
        (finding,) = found
        assert (finding.line, finding.column) == (1, 34)


MARKUP = st.sampled_from(
    [
        "門脈",
        "3か月",
        "。",
        "？",
        "\n",
        "\n\n",
        "- ",
        "# ",
        "| a | b |\n| - | - |\n",
        "{cite:p}`easl-2016`",
        "{cite:p}`",
        "`",
        "{cite:p }",
        ":::{note}\n",
        ":::\n",
        "```{list-table}\n",
        "```\n",
        "* - ",
        "  - ",
        "[リンク](faq.md)",
        "% lint: ignore[CIT001] 理由\n",
        "**",
        "（",
        "）",
        "「",
        "」",
        "{",
        "}",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(MARKUP, max_size=25))
def test_any_page_is_checked_without_crashing(tmp_path, session, pieces):
    text = "".join(pieces)
    report = check_page(tmp_path / "fuzz.md", text, session)
    lines = text.split("\n")
    for finding in report.findings:
        assert 1 <= finding.line <= max(len(lines), 1)
        assert finding.column >= 1


def test_a_finding_carries_the_end_of_its_sentence(tmp_path, session):
    # a title line with no `#` and the sentence below it are one paragraph and one sentence: the
    # finding starts at the title, and its end is the 。 of the sentence on the next line
    text = "検査のめやす\n採血は年に2回受けます。\n"
    [finding] = lint_text(tmp_path, text, session)
    assert (finding.line, finding.column) == (1, 1)
    assert (finding.end_line, finding.end_column) == (2, len("採血は年に2回受けます。"))


def test_the_claims_benchmark_counts_a_sentence_that_contains_the_target(tmp_path):
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import claims as benchmark

    case = {
        "id": "t-001",
        "category": "number",
        "expect": "flag",
        "markdown": "検査のめやす\n⟦採血は年に2回受けます。⟧\n",
    }
    [result] = benchmark.evaluate([case])
    assert result["flagged"]  # the flagged sentence overlaps the target
    assert not result["flagged_start"]  # the old test: the finding starts before the target
