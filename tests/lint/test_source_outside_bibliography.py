"""CIT005 on real pages: a source cited in words is reported where it stands, and CIT001 takes it as the citation."""

from pathlib import Path

import pytest

from lint.analysis.sources_in_words import sources_in_words
from lint.runner import check_page, make_session

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def session(tmp_path):
    config = tmp_path / "lint.toml"
    config.write_text('[tool.pvt-lint]\nselect = ["CIT001", "CIT005"]\n', encoding="utf-8")
    return make_session(root=FIXTURES, config_path=config, bib=FIXTURES / "refs.bib")


def lint_findings(tmp_path, session, text):
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return check_page(page, text, session).findings


def lint(tmp_path, session, text):
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    return [(f.rule, f.line, f.column, f.message) for f in check_page(page, text, session).findings]


IN_WORDS = [
    # (text, the source as found)
    ("Most wounds had healed within two weeks (Tanaka et al., 2021).", "(Tanaka et al., 2021)"),
    ("Itch persisted in 12.5% of patients (Smith et al. 2018; see Fig. 2).", "(Smith et al. 2018; see Fig. 2)"),
    ("Smith et al.（2019）は高齢者を調べました。", "Smith et al.（2019）"),
    ("Relapse was rare (McDonald et al., 2020; O'Brien, 2019).", "(McDonald et al., 2020; O'Brien, 2019)"),
    ("麻疹の感染力はきわめて強いとされています（田中ら、2021）。", "（田中ら、2021）"),
    ("田中ら（2021）は、再発の多くが一年以内に起こると報告しています。", "田中ら（2021）"),
    ("再発は二年以内に多いとされます（山田ら，2020年）。", "（山田ら，2020年）"),
    ("鈴木ら（2018）の研究では、半数が三か月で回復しました。", "鈴木ら（2018）"),
    ("Most wounds had healed within two weeks (Tanaka et al.,2021).", "(Tanaka et al.,2021)"),  # no space
    ("再発は一年以内に多いとされます（田中ら、２０２１）。", "（田中ら、２０２１）"),  # full-width digits
]

NOT_SOURCES = [
    "この指針は令和3年（2021年）に改訂されました。",
    "The clinic has been open since 2019 (Since 2019, the hours are longer).",
    "The leaflet was last revised (Updated 2023) by the nursing team.",
    "Smith et al. found that the risk is highest in the first 90 days.",
    "Type 2 diabetes (Type 2, 2019 data) is common.",
    "（日本、2020年）の調査では、多くの人が治療を続けていました。",
    # a single name, an acronym, an organisation, a company or a place with a year: left to CIT001 (the safe side)
    "The vaccine is given in two doses (WHO, 2023).",
    "妊娠中の服用は避けます（厚生労働省、2023年）。",
    "Cases rose during the games (Tokyo 2020) and fell after.",
    "One dose (Johnson & Johnson, 2021) was about 66% effective.",
    "Household cleaners (Procter & Gamble, 2019) cause many poisonings.",
    # two names, ほか / 他, more words after the year (from the second review)
    "Smith and Jones (2020) found the same in older adults.",
    "In England and Wales (2021), one in eight adults smoked.",
    "Pfizer and Moderna (2021) vaccines cut the risk of death.",
    "再発は二年以内に多いとされます（山田ほか，2020年）。",
    "この薬は武田ほか（2020年）から発売され、よく効きます。",
    "検診の受診率は五割です（山本ら、2024年4月現在）。",
    # ら / ほか after a word that is no person's name
    "被災者ら（2011年）の約半数が眠れないと答えました。",
    "地震のあと（熊本県ほか、2016年）、肺塞栓症が増えました。",
    "ワクチン（ファイザーら、2021年）は発症を減らします。",
    "私たちは自ら（2019年）この取り組みを始めました。",
]


@pytest.mark.parametrize(("text", "source"), IN_WORDS)
def test_a_source_in_words_is_found(text, source):
    assert [text[a:b] for a, b in sources_in_words(text)] == [source]


@pytest.mark.parametrize("text", NOT_SOURCES)
def test_no_source_is_read_where_there_is_none(text):
    assert sources_in_words(text) == []


@pytest.mark.parametrize(("text", "source"), IN_WORDS)
def test_cit005_reports_the_source_and_cit001_takes_it_as_cited(tmp_path, session, text, source):
    found = lint(tmp_path, session, f"# 見出し\n\n{text}\n")
    assert [rule for rule, *_ in found] == ["CIT005"]
    rule, line, column, message = found[0]
    assert (line, column) == (3, text.index(source) + 1)
    assert source in message and "refs.bib" in message


def test_a_footnote_that_is_a_reference_in_words_is_reported_at_the_footnote(tmp_path, session):
    text = (
        "# 見出し\n\n帯状疱疹ワクチンは発症を減らします[^gl]。\n\n"
        "[^gl]: 日本皮膚科学会「帯状疱疹診療ガイドライン」2023年.\n"
    )
    found = lint(tmp_path, session, text)
    assert [(rule, line) for rule, line, *_ in found] == [("CIT005", 5)]
    assert "[^gl]" in found[0][3]


def test_a_footnote_with_an_author_year_source_cites_its_sentence_and_is_reported(tmp_path, session):
    # (from the final review) [^1]: Tanaka et al. (2021). had left its sentence "with no citation"
    text = "# 見出し\n\n帯状疱疹ワクチンは発症を減らします[^t]。\n\n[^t]: Tanaka et al. (2021).\n"
    found = lint(tmp_path, session, text)
    assert [(rule, line) for rule, line, *_ in found] == [("CIT005", 5)]


def test_the_fix_cites_before_the_closing_mark(tmp_path, session):
    # (from the final review) a role written where a source opening a sentence stood would cite the sentence before
    (finding,) = lint_findings(
        tmp_path, session, "# 見出し\n\n田中ら（2021）は、再発が一年以内に多いと報告しています。\n"
    )
    assert "before the sentence's closing 。" in finding.suggestion and "{cite:t}" in finding.suggestion


def test_a_footnote_with_a_citation_role_is_not_reported(tmp_path, session):
    text = (
        "# 見出し\n\n帯状疱疹ワクチンは発症を減らします[^gl]。\n\n"
        "[^gl]: 日本皮膚科学会のガイドライン{cite:p}`easl-2016`.\n"
    )
    assert lint(tmp_path, session, text) == []


def test_a_source_opening_its_sentence_cites_that_sentence_not_the_one_before(tmp_path, session):
    # (from the second review) a role right after 。 belongs to the sentence before; a source in words opens its own
    found = lint(tmp_path, session, "# 見出し\n\nアスピリンは再発を減らします。田中ら（2021）は高齢者を調べました。\n")
    assert [(rule, line, column) for rule, line, column, _ in found] == [("CIT001", 3, 1), ("CIT005", 3, 16)]


def test_a_long_list_in_brackets_is_read_in_one_pass():
    # the first version backtracked exponentially on such lists (from the review): now each bracket is read once
    listed = "(" + ", ".join(f"ORG{i} 20{10 + i}" for i in range(16)) + ", and others)"
    unclosed = "(Smith et al. 2019" + "; Smith et al. 2019" * 500  # the list after ; runs on with no closing bracket
    assert sources_in_words(listed) == []
    assert sources_in_words(unclosed) == []


def test_a_claim_with_no_source_stays_cit001s(tmp_path, session):
    found = lint(tmp_path, session, "# 見出し\n\nSmith et al. found that the risk is highest in the first 90 days.\n")
    assert [rule for rule, *_ in found] == ["CIT001"]


def test_the_articles_pages_cite_no_source_in_words():
    root = Path(__file__).resolve().parents[2]
    pages = sorted((root / "docs").glob("*.md"))
    assert pages
    for page in pages:
        assert sources_in_words(page.read_text(encoding="utf-8")) == [], page.name
