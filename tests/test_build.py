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
        assert f"EPUB/{page}.xhtml" in names or f"OEBPS/{page}.xhtml" in names, page


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_citation_resolves_to_a_numbered_entry(built, language):
    html = built / "html" / language
    bibliography = soup(html / "references.html")
    entries = {}
    for label in bibliography.select("div.citation, dl.citation > dt, div[role=doc-biblioentry]"):
        anchor = label.get("id") or (label.find(id=True) or {}).get("id")
        entries[anchor] = label.get_text(" ", strip=True)
    numbered = {k: v for k, v in entries.items() if k and re.match(r"^\[?\d+\]?", v)}
    assert numbered, "no numbered bibliography entries found"
    cited = 0
    for page in PAGES:
        for link in soup(html / f"{page}.html").select("span[role=doc-cite] a, a.citation, span.citation a"):
            target = link["href"].split("#")[1]
            assert link["href"].split("#")[0] in ("", "references.html"), link
            assert target in numbered or soup(html / "references.html").find(id=target), target
            assert re.fullmatch(r"\d+", link.get_text(strip=True)), link
            cited += 1
    assert cited > 100  # every factual sentence is cited


@pytest.mark.parametrize("language", LANGUAGES)
def test_comparison_table_has_four_rows_and_three_columns(built, language):
    page = soup(built / "html" / language / "treatment.html")
    table = page.select_one("table#guideline-comparison") or page.find("span", id="guideline-comparison").find_parent("table")
    header = table.select("thead tr")
    body = table.select("tbody tr")
    assert len(header) == 1 and len(header[0].find_all(["th", "td"])) == 3
    assert len(body) == 4
    for row in body:
        assert len(row.find_all(["td", "th"])) == 3


KEY_FIGURES = {
    "ja": ["71%", "42%", "33%", "9%", "0.6", "16%", "25%", "30", "40%", "85%", "770", "2万", "346", "3〜6か月", "6か月"],
    "en": ["71%", "42%", "33%", "9%", "0.6", "16%", "25%", "30", "40%", "85%", "770", "20,000", "346", "3–6 months", "6 months"],
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
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    for page in PAGES:
        if page == "references":
            continue
        body = soup(built / "html" / "en" / f"{page}.html").select_one("div.body, div[role=main]")
        for bib in body.select("div.citation, dl.citation"):
            bib.decompose()
        leftover = japanese.findall(body.get_text())
        assert not leftover, f"{page}: {''.join(leftover)[:80]}"
