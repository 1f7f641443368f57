"""The four outputs build and carry the whole article in both languages."""

import re
import zipfile

import pytest
from bs4 import BeautifulSoup
from conftest import FORMATS, LANGUAGES, PAGES


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def page_text(root, language):
    return "\n".join(soup(root / "html" / language / f"{p}.html").get_text(" ") for p in PAGES)


def epub_file(root, language):
    (path,) = (root / "epub" / language).glob("*.epub")
    return path


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_build_succeeds_without_warnings(build_root, fmt, language):
    _, results = build_root
    result = results[(fmt, language)]
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr


def test_article_has_every_part():
    for page in ("index", "basics", "diagnosis", "treatment", "living", "faq", "summary", "references"):
        assert page in PAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_exists_in_both_formats(built, language):
    with zipfile.ZipFile(epub_file(built, language)) as epub:
        names = set(epub.namelist())
    for page in PAGES:
        assert (built / "html" / language / f"{page}.html").is_file()
        assert f"{page}.xhtml" in names, page


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_citation_resolves_to_a_numbered_entry(built, language):
    html = built / "html" / language
    numbers = {}  # bibliography anchor -> its number
    for entry in soup(html / "references.html").select("div.citation-list > div.citation"):
        label = entry.select_one("span.label").get_text(strip=True)
        numbers[entry["id"]] = re.fullmatch(r"\[(\d+)\]", label).group(1)
    assert sorted(map(int, numbers.values())) == list(range(1, len(numbers) + 1))
    cited = 0
    for page in PAGES:
        for link in soup(html / f"{page}.html").select("span.bibtex-citation a"):
            document, _, anchor = link["href"].partition("#")
            assert document in ("", "references.html"), link
            assert anchor in numbers, f"{page}: {link}"
            assert link.get_text(strip=True) == numbers[anchor], f"{page}: {link}"
            cited += 1
    assert cited > 250  # every factual sentence carries a citation


@pytest.mark.parametrize("language", LANGUAGES)
def test_comparison_table_has_four_rows_and_three_columns(built, language):
    page = soup(built / "html" / language / "treatment.html")
    table = (
        page.select_one("table#guideline-comparison")
        or page.select_one("#guideline-comparison table")
        or page.find("span", id="guideline-comparison").find_parent("table")
    )
    header = table.select("thead tr")
    body = table.select("tbody tr")
    assert len(header) == 1 and len(header[0].find_all(["th", "td"])) == 3
    assert len(body) == 4
    for row in body:
        assert len(row.find_all(["td", "th"])) == 3


KEY_FIGURES = {
    "ja": ["71%", "42%", "33%", "9%", "0.6", "16%", "25%", "30", "40%", "85%", "770", "346", "6か月"],
    "en": ["71%", "42%", "33%", "9%", "0.6", "16%", "25%", "30", "40%", "85%", "770", "346", "6 months"],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_key_figures_reach_both_editions(built, language):
    text = page_text(built, language)
    missing = [figure for figure in KEY_FIGURES[language] if figure not in text]
    assert not missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_epub_is_a_valid_container_with_its_language(built, language):
    with zipfile.ZipFile(epub_file(built, language)) as epub:
        assert epub.testzip() is None
        assert epub.namelist()[0] == "mimetype"
        assert epub.read("mimetype") == b"application/epub+zip"
        opf_name = next(n for n in epub.namelist() if n.endswith(".opf"))
        opf = epub.read(opf_name).decode("utf-8")
    assert f"<dc:language>{language}</dc:language>" in opf


def test_english_html_has_no_japanese_outside_references(built):
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff5e]")
    for page in PAGES:
        document = soup(built / "html" / "en" / f"{page}.html")
        # Reference entries keep Japanese names; the language switch names the
        # other edition in its own language; scripts are not text.
        for element in document.select("div.citation, [lang|=ja], script, style"):
            element.decompose()
        leftover = japanese.findall(document.get_text())
        assert not leftover, f"{page}: {''.join(leftover)[:80]}"


# Every drug, procedure and red-flag sign of the manuscript, as each edition names it.
NAMED = {
    "ja": [
        "低分子量ヘパリン",
        "ワルファリン",
        "リバーロキサバン",
        "アピキサバン",
        "エドキサバン",
        "ダビガトラン",
        "内視鏡的静脈瘤結紮術",
        "内視鏡的硬化療法",
        "β遮断薬",
        "利尿薬",
        "血栓溶解療法",
        "TIPS",
        "シャント",
        "Meso-Rex",
        "肝生検",
        "エラストグラフィ",
        "ドップラー超音波検査",
        "血を吐",
        "黒い便",
        "黄疸",
        "腹痛",
    ],
    "en": [
        "low-molecular-weight heparin",
        "warfarin",
        "rivaroxaban",
        "apixaban",
        "edoxaban",
        "dabigatran",
        "endoscopic variceal ligation",
        "sclerotherapy",
        "beta-blocker",
        "diuretic",
        "thromboly",
        "TIPS",
        "shunt",
        "Meso-Rex",
        "liver biopsy",
        "elastography",
        "Doppler ultrasound",
        "vomit",
        "black",
        "jaundice",
        "abdominal pain",
    ],
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_drug_procedure_and_red_flag_reaches_both_editions(built, language):
    text = page_text(built, language).lower()
    missing = [name for name in NAMED[language] if name.lower() not in text]
    assert not missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_red_flags_stand_in_a_warning_and_every_page_has_the_disclaimer(built, language):
    basics = soup(built / "html" / language / "basics.html")
    warning = basics.select_one("div.admonition.warning")
    assert warning is not None and len(warning.select("li")) >= 4
    for page in PAGES:
        assert soup(built / "html" / language / f"{page}.html").select_one("div.admonition.disclaimer"), page


def test_japanese_references_have_no_english_connectors(built):
    kana_kanji = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    entries = soup(built / "html" / "ja" / "references.html").select("div.citation")
    japanese = []
    for entry in entries:
        for link in entry.select("a"):  # URLs may contain any word
            link.decompose()
        # The access date "（参照 …）" is the edition's own wording, not the source's language.
        if kana_kanji.search(re.sub(r"（参照[^）]*）", "", entry.get_text())):
            japanese.append(entry.get_text(" ", strip=True))
    assert len(japanese) >= 10
    for text in japanese:
        assert not re.search(r"\b(and|In|visited on|accessed)\b", text), text


def test_english_edition_shows_english_titles_of_japanese_references(built):
    entries = soup(built / "html" / "en" / "references.html").select("div.citation")
    texts = [e.get_text(" ", strip=True) for e in entries]
    assert any("Practice Guide for Portal Hypertension 2022 [in Japanese]" in t for t in texts)
    assert not any("門脈圧亢進症の診療ガイド" in t for t in texts)
