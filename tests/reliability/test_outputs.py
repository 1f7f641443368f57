"""The built outputs are valid: epubcheck-clean ePubs, HTML whose links and anchors all resolve,
images with alt text, one h1 per page, the right language, unique ids, and safe external links."""

import posixpath
import re
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

LANGUAGES = ("ja", "en")


def html_pages(built, language):
    return sorted((built / "html" / language).glob("*.html"))


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def epub_file(built, language):
    (path,) = (built / "epub" / language).glob("*.epub")
    return path


# ---------------------------------------------------------------- ePub


@pytest.mark.parametrize("language", LANGUAGES)
def test_epubcheck_finds_no_error_and_no_warning(built, epubcheck, language):
    epub = epub_file(built, language)
    result = subprocess.run([*epubcheck, str(epub)], capture_output=True, text=True, timeout=600)
    report = result.stdout + result.stderr
    problems = [line for line in report.splitlines() if re.match(r"(FATAL|ERROR|WARNING)\b", line)]
    assert not problems, "\n".join(problems[:50])
    counts = re.search(r"Messages: (\d+) fatals? / (\d+) errors? / (\d+) warnings?", report)
    if counts:  # epubcheck prints no summary line when everything is fine in some versions
        assert counts.groups() == ("0", "0", "0"), report[-2000:]
    assert result.returncode == 0, report[-2000:]
    assert "No errors or warnings detected" in report or counts, report[-2000:]


@pytest.mark.parametrize("language", LANGUAGES)
def test_epub_pages_have_language_and_alt_text(built, language):
    with zipfile.ZipFile(epub_file(built, language)) as epub:
        for name in epub.namelist():
            if not name.endswith(".xhtml"):
                continue
            page = BeautifulSoup(epub.read(name).decode("utf-8"), "html.parser")
            html = page.find("html")
            assert language in (html.get("lang"), html.get("xml:lang")), f"{name}: {html.attrs}"
            for image in page.find_all("img"):
                assert (image.get("alt") or "").strip(), f"{name}: image without alt text: {image}"


# ---------------------------------------------------------------- HTML


def local_target(page, reference, html_root):
    """(file, fragment) a local href/src points to, or None for an external or special URL."""
    if not reference:
        return None
    parts = urlsplit(reference)
    if parts.scheme or reference.startswith("//"):
        return None
    path = unquote(parts.path)
    target = page if not path else (page.parent / path)
    return Path(posixpath.normpath(str(target))), unquote(parts.fragment)


def ids_of(path, cache):
    if path not in cache:
        document = soup(path)
        cache[path] = {e["id"] for e in document.find_all(id=True)} | {
            e["name"] for e in document.find_all("a", attrs={"name": True})
        }
    return cache[path]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_internal_link_and_anchor_resolves(built, language):
    html_root = built / "html"
    cache, broken, checked = {}, [], 0
    for page in html_pages(built, language):
        document = soup(page)
        references = [(a.name, a.get("href")) for a in document.find_all(["a", "link"], href=True)]
        references += [(e.name, e.get("src")) for e in document.find_all(["img", "script", "source"], src=True)]
        for tag, reference in references:
            target = local_target(page, reference, html_root)
            if target is None:
                continue
            path, fragment = target
            checked += 1
            where = f"{page.relative_to(built)}: <{tag}> {reference}"
            if path.is_dir():
                path = path / "index.html"
            if not path.is_file():
                broken.append(f"{where}: no file {path.relative_to(built) if path.is_relative_to(built) else path}")
                continue
            if fragment and path.suffix == ".html" and fragment not in ids_of(path, cache):
                broken.append(f"{where}: no element with id {fragment!r}")
    assert checked > 200
    assert not broken, "\n".join(broken[:50])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_image_has_alt_text(built, language):
    for page in html_pages(built, language):
        for image in soup(page).find_all("img"):
            assert (image.get("alt") or "").strip(), f"{page.name}: image without alt text: {image}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_page_has_exactly_one_h1_and_its_language(built, language):
    for page in html_pages(built, language):
        document = soup(page)
        headings = document.find_all("h1")
        assert len(headings) == 1, (
            f"{page.name}: {len(headings)} h1 elements: {[h.get_text(strip=True) for h in headings]}"
        )
        assert document.find("html").get("lang") == language, f"{page.name}: {document.find('html').attrs}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_ids_are_unique_within_each_page(built, language):
    for page in html_pages(built, language):
        seen, repeated = set(), set()
        for element in soup(page).find_all(id=True):
            (repeated if element["id"] in seen else seen).add(element["id"])
        assert not repeated, f"{page.name}: repeated ids {sorted(repeated)[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_external_links_carry_noopener_noreferrer(built, language):
    external = 0
    for page in html_pages(built, language):
        for link in soup(page).find_all("a", href=True):
            if urlsplit(link["href"]).scheme in ("http", "https") or link["href"].startswith("//"):
                external += 1
                rel = link.get("rel") or []
                assert {"noopener", "noreferrer"} <= set(rel), f"{page.name}: {link}"
            else:
                assert "noreferrer" not in (link.get("rel") or []), f"{page.name}: internal link changed: {link}"
    assert external > 20  # the references page alone links every web source


def test_rel_rewrite_changes_only_external_start_tags():
    """pvt_sphinx.safety.add_rel_to_external_links: a real parser, minimal edits, idempotent."""
    from pvt_sphinx.safety import add_rel_to_external_links

    page = (
        '<p><a class="reference external" href="https://example.org/">x</a>\n'
        '<a href="basics.html#id1">internal</a> <a href="//cdn.example/">p</a>\n'
        '<a rel="nofollow" href="http://example.org/?a=1&amp;b=2">y</a>'
        "<script>var s = \"<a href='https://no.example/'>\";</script>\n"
        '<!-- <a href="https://comment.example/"> --></p>'
    )
    rewritten = add_rel_to_external_links(page)
    assert rewritten == (
        '<p><a class="reference external" href="https://example.org/" rel="noopener noreferrer">x</a>\n'
        '<a href="basics.html#id1">internal</a> <a href="//cdn.example/" rel="noopener noreferrer">p</a>\n'
        '<a rel="nofollow noopener noreferrer" href="http://example.org/?a=1&amp;b=2">y</a>'
        "<script>var s = \"<a href='https://no.example/'>\";</script>\n"
        '<!-- <a href="https://comment.example/"> --></p>'
    )
    assert add_rel_to_external_links(rewritten) == rewritten
