"""pvt_sphinx: the E-E-A-T block, the language switch, head metadata, sitemap and {pvt-sources}.

Two kinds of build:

* the real article (the session fixture ``built`` of conftest.py: HTML and ePub,
  Japanese and English), for what every page must carry;
* small temporary projects made here from the real conf.py (its extensions
  are the installed package pvt_sphinx), docs/_static, the real E-E-A-T
  record and locale/en/LC_MESSAGES/pvt_site.po,
  with made-up pages and a made-up refs.bib (keys test-*, DOIs under the
  10.5555 test prefix), for what the real article cannot show: a completed
  review, hostile metadata, the {pvt-sources} directive in every detail, the
  gettext extraction. The reviewer names used here are fictional.
"""

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import DOCS, LANGUAGES, PAGES, ROOT, run_sphinx

pytestmark = pytest.mark.build  # builds temporary projects and reads the shared build

PACKAGE = DOCS / "_ext" / "pvt_sphinx"
EVIDENCE = ROOT / "lint" / "core" / "evidence.py"  # the {pvt-sources} headings, marked N_()
RECORD = DOCS / "_meta" / "eeat.yaml"
SITE_PO = ROOT / "locale" / "en" / "LC_MESSAGES" / "pvt_site.po"
SITE_URL = "https://japanesehealth.org/portal-vein-thrombosis/"
OTHER = {"ja": "en", "en": "ja"}
PENDING = {"ja": "医学監修: 確認中", "en": "Medical review: pending"}
NOT_REVIEWED = {
    "ja": "この記事は、まだ医師による医学的な監修を受けていません。",
    "en": "No physician has reviewed this article yet.",
}
LABELS = {
    "ja": ["著者:", "最終更新日:", "編集部による最終確認日:", "次回見直し予定:"],
    "en": ["Author:", "Last updated:", "Last checked by the editors:", "Next review due:"],
}
POLICY_LINK = {"ja": "編集方針", "en": "Editorial policy"}
SWITCH_TEXT = {"ja": "English", "en": "日本語"}
# Extensions the temporary projects load (the rest of conf.py is kept as is).
TEMP_EXTENSIONS = (
    "myst_parser",
    "sphinxcontrib.bibtex",
    "pvt_sphinx.references",
    "pvt_sphinx.catalogs",
    "pvt_sphinx.eeat_block",
    "pvt_sphinx.language_switch",
    "pvt_sphinx.structured_data",
    "pvt_sphinx.sitemap",
    "pvt_sphinx.sources",
)


def soup(path):
    return BeautifulSoup(Path(path).read_text(encoding="utf-8"), "html.parser")


def json_ld(page):
    scripts = page.find_all("script", type="application/ld+json")
    assert len(scripts) == 1, scripts
    return json.loads(scripts[0].string)


def block_text(page):
    block = page.select_one("div.pvt-eeat")
    assert block is not None, "no E-E-A-T block"
    return re.sub(r"\s+", " ", block.get_text(" ")).strip(), block


def right_after_title(page):
    """The E-E-A-T block follows the H1 (the language switch may stand between them)."""
    h1 = page.find("h1")
    following = [el for el in h1.find_next_siblings() if el.name]
    if following and "pvt-langswitch" in (following[0].get("class") or []):
        following = following[1:]
    return bool(following) and "pvt-eeat" in (following[0].get("class") or [])


def epub_pages(epub_dir):
    (path,) = Path(epub_dir).glob("*.epub")
    with zipfile.ZipFile(path) as epub:
        return {Path(n).stem: epub.read(n).decode("utf-8") for n in epub.namelist() if n.endswith(".xhtml")}


def cite_numbers(page):
    return [a.get_text(strip=True) for a in page.select("span.bibtex-citation a")]


# -- temporary projects -------------------------------------------------------

TEST_BIB = r"""
@book{test-guideline-ja,
  author = {{テスト学会}},
  title = {テスト診療ガイドライン2022},
  publisher = {テスト出版},
  year = {2022},
  url = {https://example.org/guideline},
  urldate = {2026-11-25},
  langid = {japanese},
  englishtitle = {Test Clinical Practice Guideline 2022},
  evidence = {clinical-guideline},
  keywords = {main-source}
}
@article{test-meta-2017,
  author = {Testa, Anna and Prova, Bruno},
  title = {A test meta-analysis of {anticoagulation}},
  journal = {Journal of Tests},
  year = {2017},
  volume = {1},
  pages = {1--2},
  doi = {10.5555/test.2017.1},
  evidence = {meta-analysis},
  keywords = {main-source}
}
@article{test-review-2024,
  author = {Esempio, Carla and others},
  title = {A test narrative review},
  journal = {Journal of Tests},
  year = {2024},
  volume = {2},
  pages = {3--4},
  doi = {10.5555/test.2024.2},
  evidence = {narrative-review},
  keywords = {test, main-source}
}
@misc{test-government,
  title = {テスト公的情報},
  howpublished = {テスト機関},
  year = {2023},
  url = {https://example.org/gov},
  urldate = {2026-11-25},
  langid = {japanese},
  englishtitle = {Test public information},
  evidence = {government},
  keywords = {main-source}
}
@misc{test-leaflet,
  title = {Test leaflet for patients},
  howpublished = {Test clinic},
  url = {https://example.org/leaflet},
  urldate = {2026-11-25},
  evidence = {patient-information}
}
"""

TEST_PAGES = {
    "index.md": """---
eeat: _meta/eeat.yaml
---

# テストの記事

門脈の説明です{cite:p}`test-leaflet`。
再開通の割合です{cite:p}`test-meta-2017`。

## 主な情報源

```{pvt-sources}
```

```{toctree}
basics
editorial-policy
references
```
""",
    "basics.md": """---
eeat: _meta/eeat.yaml
---

# 基礎知識

総説の記述です{cite:p}`test-review-2024,test-leaflet`。
ガイドラインの記述です{cite:p}`test-guideline-ja`。
""",
    "editorial-policy.md": """---
eeat: _meta/eeat.yaml
---

# 編集の方針

この記事の作り方を説明します。
""",
    "references.md": """---
eeat: _meta/eeat.yaml
---

# 参考文献

```{bibliography}
```
""",
}
TEST_CITED = {
    "index": ["test-leaflet", "test-meta-2017", "test-guideline-ja", "test-review-2024", "test-government"],
    "basics": ["test-review-2024", "test-leaflet", "test-guideline-ja"],
    "editorial-policy": [],
    "references": [],
}


def make_project(root, record=None):
    """A copy of the project's build set-up with the test pages; *record* replaces eeat.yaml."""
    docs = root / "docs"
    docs.mkdir()
    shutil.copytree(DOCS / "_static", docs / "_static")
    (docs / "_meta").mkdir()
    if record is None:
        shutil.copy(RECORD, docs / "_meta" / "eeat.yaml")
    else:
        (docs / "_meta" / "eeat.yaml").write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")
    (root / "locale" / "en" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(SITE_PO, root / "locale" / "en" / "LC_MESSAGES" / "pvt_site.po")
    (root / "refs.bib").write_text(TEST_BIB, encoding="utf-8")
    for name, text in TEST_PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    (docs / "conf.py").write_text(
        "# The project's conf.py, with only the extensions these tests need.\n"
        f"exec(compile(open({str(DOCS / 'conf.py')!r}, encoding='utf-8').read(), __file__, 'exec'))\n"
        f"extensions = [e for e in extensions if e in {TEMP_EXTENSIONS!r}]\n"
        "version = globals().get('version') or 'test'  # the EPUB3 builder wants one\n",
        encoding="utf-8",
    )
    return root


def sphinx(root, builder, language="ja"):
    out = root / "_build" / builder / language
    doctrees = root / "_build" / "doctrees" / (builder if builder == "gettext" else language)
    result = run_sphinx(builder, language, out, doctrees, source=root / "docs", cwd=root)
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    return out


@pytest.fixture(scope="module")
def pending_site(tmp_path_factory):
    """The test project with the real (pending) record, in all four outputs and gettext."""
    root = make_project(tmp_path_factory.mktemp("pending"))
    for builder in ("html", "epub"):
        for language in LANGUAGES:
            sphinx(root, builder, language)
    sphinx(root, "gettext")
    return root / "_build"


def complete_record(**reviewer):
    record = yaml.safe_load(RECORD.read_text(encoding="utf-8"))
    record["reviewer"] = {
        "status": "complete",
        "name": {"ja": "架空 花子（テスト用の架空の人物）", "en": "Hanako Kakuu (fictional, for tests)"},
        "credentials": {"ja": "医師（架空）", "en": "MD (fictional)"},
        "position": {"ja": "消化器内科 部長（架空）", "en": "Head of Gastroenterology (fictional)"},
        "affiliation": {"ja": "架空総合病院", "en": "Fictional General Hospital"},
        "bio": {"ja": "架空の経歴です。", "en": "A fictional biography."},
        **reviewer,
    }
    record["dates"]["last_reviewed"] = "2026-12-01"
    return record


@pytest.fixture(scope="module")
def complete_site(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("complete"), complete_record())
    for language in LANGUAGES:
        sphinx(root, "html", language)
    return root / "_build"


HOSTILE = 'Dr. "Quote" </script><script>alert(1)</script>\nsecond line <!-- & \u2028 \u2029 \' end'


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    record = complete_record(
        name={"ja": HOSTILE, "en": HOSTILE},
        position="</SCRIPT >\n<img src=x onerror=alert(2)>",
        affiliation="A & B <b>",
        credentials='"MD"',
    )
    record["author"]["name"] = {"ja": HOSTILE, "en": HOSTILE}
    record["publisher"] = {"type": "organization", "name": HOSTILE, "url": 'https://example.org/?a=1&b="2"'}
    root = make_project(tmp_path_factory.mktemp("hostile"), record)
    for language in LANGUAGES:
        sphinx(root, "html", language)
    sphinx(root, "epub", "ja")
    return root / "_build"


# -- the message catalog of the extension -------------------------------------


def test_every_label_has_an_english_translation():
    from babel.messages.extract import extract_from_file
    from babel.messages.pofile import read_po

    msgids = {
        message
        for module in sorted(PACKAGE.glob("*.py"))
        for _, message, _, _ in extract_from_file("python", module, keywords={"_": None})
    }
    msgids |= {message for _, message, _, _ in extract_from_file("python", EVIDENCE, keywords={"N_": None})}
    assert len(msgids) >= 15
    with SITE_PO.open("rb") as handle:
        catalog = read_po(handle)
    translated = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    missing = sorted(msgids - set(translated))
    assert not missing, f"untranslated in {SITE_PO.name}: {missing}"
    japanese = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    assert not [s for s in translated.values() if japanese.search(s)]


def test_catalog_is_compiled_only_when_outdated(tmp_path):
    from pvt_sphinx.catalogs import compile_catalogs

    po_dir = tmp_path / "en" / "LC_MESSAGES"
    po_dir.mkdir(parents=True)
    shutil.copy(SITE_PO, po_dir / "pvt_site.po")
    compile_catalogs(tmp_path)
    mo = po_dir / "pvt_site.mo"
    assert mo.is_file()
    stamp = mo.stat().st_mtime_ns
    compile_catalogs(tmp_path)
    assert mo.stat().st_mtime_ns == stamp  # up to date: not rewritten
    import gettext

    with mo.open("rb") as handle:
        assert gettext.GNUTranslations(handle).gettext("医学監修") == "Medical review"


def test_changed_catalog_relabels_every_page(tmp_path):
    """An incremental build re-reads the pages when pvt_site.po changes (the block is made at read time)."""
    root = make_project(tmp_path)
    out = sphinx(root, "html", "en")
    assert "Author:" in block_text(soup(out / "basics.html"))[0]
    po = root / "locale" / "en" / "LC_MESSAGES" / "pvt_site.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Author"', 'msgstr "Written by"'), encoding="utf-8")
    out = sphinx(root, "html", "en")
    assert "Written by:" in block_text(soup(out / "basics.html"))[0]


def test_json_for_script_cannot_close_its_element():
    from pvt_sphinx.structured_data import json_for_script

    text = json_for_script({"name": HOSTILE})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"name": HOSTILE}


# -- the real article: every page of the four outputs ---------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_pages_carry_the_block_in_html(built, language):
    for name in PAGES:
        page = soup(built / "html" / language / f"{name}.html")
        text, block = block_text(page)
        assert right_after_title(page), name
        assert PENDING[language] in text and NOT_REVIEWED[language] in text, name
        for label in LABELS[language]:
            assert label in text, (name, label)
        if name != "editorial-policy":
            link = block.find("a", string=POLICY_LINK[language])
            assert link is not None and link["href"] == "editorial-policy.html", name


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_pages_carry_the_block_in_epub(built, language):
    pages = epub_pages(built / "epub" / language)
    for name in PAGES:
        page = BeautifulSoup(pages[name], "html.parser")
        text, block = block_text(page)
        assert PENDING[language] in text and NOT_REVIEWED[language] in text, name
        if name != "editorial-policy":
            assert block.find("a", href="editorial-policy.xhtml") is not None, name
        # web-only parts stay out of the ePub
        assert not page.select("p.pvt-langswitch, script[type='application/ld+json'], link[rel=canonical]")


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_pages_json_ld(built, language):
    from pybtex.database import parse_file
    from pybtex.richtext import Text

    from lint.parsing.markdown import parse_page

    bib = parse_file(str(ROOT / "refs.bib")).entries
    main_sources = [k for k, e in bib.items() if "main-source" in e.fields.get("keywords", "")]

    def name(key):
        fields = bib[key].fields
        title = fields["title"]
        if language == "en" and fields.get("langid") == "japanese" and fields.get("englishtitle"):
            title = fields["englishtitle"]
        return re.sub(r"\s+", " ", Text.from_latex(title).render_as("text")).strip()

    for page_name in PAGES:
        source = (DOCS / f"{page_name}.md").read_text(encoding="utf-8")
        keys = []
        for unit in parse_page(page_name, source).units:
            for role in unit.roles:
                if role.name.startswith("cite"):
                    keys.extend(k for k in role.keys if k not in keys)
        if "{pvt-sources}" in source:
            keys.extend(k for k in main_sources if k not in keys)
        data = json_ld(soup(built / "html" / language / f"{page_name}.html"))
        assert data["@type"] == "MedicalWebPage" and data["inLanguage"] == language
        assert data["url"] == f"{SITE_URL}{language}/{page_name}.html"
        assert "reviewedBy" not in data and "lastReviewed" not in data  # the review is pending
        assert data["medicalAudience"]["@type"] == "Patient"
        assert data["about"]["code"] == {"@type": "MedicalCode", "code": "I81", "codingSystem": "ICD-10"}
        cited = [item["name"] for item in data.get("citation", [])]
        assert sorted(cited) == sorted(name(k) for k in keys), page_name
        for item, key in ((i, k) for i in data.get("citation", []) for k in keys if name(k) == i["name"]):
            doi = bib[key].fields.get("doi")
            assert item.get("sameAs") == (f"https://doi.org/{doi}" if doi else None), key


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_pages_head_and_language_switch(built, language):
    other = OTHER[language]
    for name in PAGES:
        path = built / "html" / language / f"{name}.html"
        page = soup(path)
        alternates = {link["hreflang"]: link["href"] for link in page.find_all("link", rel="alternate")}
        assert alternates == {
            "ja": f"{SITE_URL}ja/{name}.html",
            "en": f"{SITE_URL}en/{name}.html",
            "x-default": f"{SITE_URL}ja/{name}.html",
        }
        assert page.find("link", rel="canonical")["href"] == f"{SITE_URL}{language}/{name}.html"
        og = {m["property"]: m["content"] for m in page.find_all("meta", property=True)}
        assert og["og:type"] == "article" and og["og:url"] == f"{SITE_URL}{language}/{name}.html"
        assert og["og:locale"] == {"ja": "ja_JP", "en": "en_US"}[language]
        assert og["og:description"] and og["og:title"] and og["og:site_name"]
        switch = page.select_one("p.pvt-langswitch a")
        assert switch["hreflang"] == other and switch["lang"] == other
        assert switch.get_text() == SWITCH_TEXT[language]
        assert switch["href"] == f"../{other}/{name}.html"
        assert (path.parent / switch["href"]).resolve().is_file()


def test_real_sitemaps_list_both_editions(built):
    sitemaps = [(built / "html" / language / "sitemap.xml").read_text(encoding="utf-8") for language in LANGUAGES]
    assert sitemaps[0] == sitemaps[1]
    check_sitemap(sitemaps[0], PAGES)


def test_real_citation_numbers_follow_first_citation(built):
    check_first_citation_order(built / "html" / "ja", reading_order(built / "html" / "ja"))


def test_real_gettext_catalogs_hold_no_generated_text(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "gettext",
            "-q",
            "-d",
            str(tmp_path / "doctrees"),
            str(DOCS),
            str(tmp_path / "gettext"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    check_no_generated_msgids(tmp_path / "gettext", DOCS)


# -- shared checks ----------------------------------------------------------------


def check_sitemap(text, pages):
    from xml.etree import ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urlset = ET.fromstring(text.encode("utf-8"))
    locs = [u.findtext("s:loc", namespaces=ns) for u in urlset.findall("s:url", ns)]
    expected = {f"{SITE_URL}{lang}/{page}.html" for lang in LANGUAGES for page in pages}
    assert set(locs) == expected and len(locs) == len(expected)
    record = yaml.safe_load(RECORD.read_text(encoding="utf-8"))
    for url in urlset.findall("s:url", ns):
        loc = url.findtext("s:loc", namespaces=ns)
        page = loc.rsplit("/", 1)[1]
        links = {x.get("hreflang"): x.get("href") for x in url.findall("x:link", ns)}
        assert links == {
            "ja": f"{SITE_URL}ja/{page}",
            "en": f"{SITE_URL}en/{page}",
            "x-default": f"{SITE_URL}ja/{page}",
        }
        assert url.findtext("s:lastmod", namespaces=ns) == str(record["dates"]["last_updated"])


def reading_order(html_dir):
    """Pages in the order of the toctree (index first), as the numbering counts them."""
    index = soup(html_dir / "index.html")
    order = ["index"]
    for link in index.select("div.toctree-wrapper a.reference.internal"):
        name = link["href"].split("#")[0].removesuffix(".html")
        if name and name not in order:
            order.append(name)
    return order


def check_first_citation_order(html_dir, order):
    seen = []
    for name in order:
        for number in cite_numbers(soup(html_dir / f"{name}.html")):
            if number not in seen:
                seen.append(number)
    assert seen and seen == [str(i) for i in range(1, len(seen) + 1)], seen


def check_no_generated_msgids(gettext_dir, docs_dir):
    """No label of the extension (nor any generated text) became a page message,
    unless the page's own Markdown says the same words."""
    from babel.messages.pofile import read_po

    with SITE_PO.open("rb") as handle:
        labels = {m.id for m in read_po(handle) if m.id}
    labels |= {PENDING["ja"], "English", "日本語", "（", "年）"}
    pots = sorted(Path(gettext_dir).glob("*.pot"))
    assert pots
    for pot in pots:
        with pot.open("rb") as handle:
            msgids = {m.id for m in read_po(handle) if m.id}
        source = (Path(docs_dir) / f"{pot.stem}.md").read_text(encoding="utf-8")
        leaked = sorted(m for m in msgids if m in labels and m not in source)
        assert not leaked, f"{pot.name}: {leaked}"
        assert not [m for m in msgids if re.search(r"\d{4}年）|\(\d{4}\)$", m) and m not in source], pot.name


# -- the test project (pending record) ---------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_block_in_html_and_epub(pending_site, language):
    xhtml = epub_pages(pending_site / "epub" / language)
    for name in TEST_PAGES:
        name = name.removesuffix(".md")
        for page in (
            soup(pending_site / "html" / language / f"{name}.html"),
            BeautifulSoup(xhtml[name], "html.parser"),
        ):
            text, _block = block_text(page)
            assert right_after_title(page), name
            assert PENDING[language] in text and NOT_REVIEWED[language] in text
            assert all(label in text for label in LABELS[language])
    date = {"ja": "2026年11月25日", "en": "November 25, 2026"}[language]
    assert date in block_text(soup(pending_site / "html" / language / "index.html"))[0]


def test_json_ld_of_test_pages(pending_site):
    for language in LANGUAGES:
        for name, keys in TEST_CITED.items():
            data = json_ld(soup(pending_site / "html" / language / f"{name}.html"))
            assert data["inLanguage"] == language and "reviewedBy" not in data and "lastReviewed" not in data
            titles = {
                "test-guideline-ja": {
                    "ja": "テスト診療ガイドライン2022",
                    "en": "Test Clinical Practice Guideline 2022",
                },
                "test-meta-2017": "A test meta-analysis of anticoagulation",
                "test-review-2024": "A test narrative review",
                "test-government": {"ja": "テスト公的情報", "en": "Test public information"},
                "test-leaflet": "Test leaflet for patients",
            }
            expected = [titles[k] if isinstance(titles[k], str) else titles[k][language] for k in keys]
            assert [c["name"] for c in data.get("citation", [])] == expected, (language, name)
            if name == "index":
                meta = data["citation"][1]
                assert meta["@type"] == "ScholarlyArticle" and meta["datePublished"] == "2017"
                assert meta["sameAs"] == meta["url"] == "https://doi.org/10.5555/test.2017.1"
                assert [a["name"] for a in meta["author"]] == ["Anna Testa", "Bruno Prova"]
                guideline = data["citation"][2]
                assert guideline["@type"] == "CreativeWork" and "sameAs" not in guideline
                assert guideline["author"] == [{"@type": "Organization", "name": "テスト学会"}]
            condition = {"ja": "門脈血栓症", "en": "Portal vein thrombosis"}[language]
            assert data["about"]["name"] == data["mainEntity"]["name"] == condition


def test_sources_directive(pending_site):
    for language in LANGUAGES:
        page = soup(pending_site / "html" / language / "index.html")
        sources = page.select_one("div.pvt-sources")
        headings = [h.get_text(strip=True) for h in sources.select("h3.rubric")]
        assert (
            headings
            == {
                "ja": ["診療ガイドライン", "メタアナリシス・システマティックレビュー", "総説", "公的機関の情報"],
                "en": [
                    "Clinical guidelines",
                    "Meta-analyses and systematic reviews",
                    "Narrative reviews",
                    "Government and public bodies",
                ],
            }[language]
        )
        items = [re.sub(r"\s+", " ", li.get_text(" ", strip=True)) for li in sources.select("li")]
        year = {"ja": "（2022年）", "en": "(2022)"}[language]
        title = {"ja": "テスト診療ガイドライン2022", "en": "Test Clinical Practice Guideline 2022"}[language]
        assert items[0].startswith(title) and year in items[0]
        # each item is a real citation of the numbered entry
        numbers = [li.select_one("span.bibtex-citation a").get_text(strip=True) for li in sources.select("li")]
        assert numbers == ["3", "2", "4", "5"]
        assert all(a["href"].startswith("references.html#") for a in sources.select("span.bibtex-citation a"))
    check_first_citation_order(pending_site / "html" / "ja", ["index", "basics", "editorial-policy", "references"])


def test_gettext_holds_no_generated_text(pending_site):
    check_no_generated_msgids(pending_site / "gettext" / "ja", pending_site.parent / "docs")
    index = (pending_site / "gettext" / "ja" / "index.pot").read_text(encoding="utf-8")
    assert "主な情報源" in index  # page text is still extracted
    assert "テスト診療ガイドライン2022" not in index and "著者" not in index


def test_test_project_language_switch_and_sitemap(pending_site):
    for language in LANGUAGES:
        for name in TEST_CITED:
            path = pending_site / "html" / language / f"{name}.html"
            link = soup(path).select_one("p.pvt-langswitch a")
            assert (path.parent / link["href"]).resolve() == (pending_site / "html" / OTHER[language] / f"{name}.html")
            assert link["hreflang"] == link["lang"] == OTHER[language]
        check_sitemap((pending_site / "html" / language / "sitemap.xml").read_text(encoding="utf-8"), TEST_CITED)


# -- a completed review --------------------------------------------------------------


def test_complete_review_names_the_reviewer(complete_site):
    for language in LANGUAGES:
        record = complete_record()["reviewer"]
        for name in TEST_CITED:
            page = soup(complete_site / "html" / language / f"{name}.html")
            text, _block = block_text(page)
            assert PENDING[language] not in text and NOT_REVIEWED[language] not in text
            for field in ("name", "credentials", "position", "affiliation"):
                assert record[field][language] in text, (name, field)
            assert (record["bio"][language] in text) == (name == "editorial-policy")
            reviewer = json_ld(page)["reviewedBy"]
            assert reviewer == {
                "@type": "Person",
                "name": record["name"][language],
                "jobTitle": record["position"][language],
                "affiliation": {"@type": "Organization", "name": record["affiliation"][language]},
                "hasCredential": {
                    "@type": "EducationalOccupationalCredential",
                    "name": record["credentials"][language],
                },
            }
            assert json_ld(page)["lastReviewed"] == "2026-12-01"


def test_complete_status_with_missing_fields_fails_the_build(tmp_path):
    root = make_project(tmp_path, complete_record(name=None))
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-W", "-q", str(root / "docs"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=root,
    )
    assert result.returncode != 0 and "reviewer name is empty" in result.stderr


# -- hostile metadata ------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_hostile_metadata_stays_inside_its_elements(hostile_site, language):
    for name in TEST_CITED:
        html_text = (hostile_site / "html" / language / f"{name}.html").read_text(encoding="utf-8")
        page = BeautifulSoup(html_text, "html.parser")
        assert "alert(1)</script>" not in html_text and "onerror=alert(2)>" not in html_text
        assert not page.find("img", onerror=True)
        scripts = page.find_all("script")
        assert not [s for s in scripts if s.string and "alert(" in s.string and s.get("type") != "application/ld+json"]
        data = json_ld(page)  # exactly one, and it parses
        assert data["reviewedBy"]["name"] == HOSTILE
        assert data["reviewedBy"]["jobTitle"] == "</SCRIPT >\n<img src=x onerror=alert(2)>"
        assert data["author"]["name"] == HOSTILE and data["publisher"]["name"] == HOSTILE
        raw = page.find("script", type="application/ld+json").string
        assert "</" not in raw and "\u2028" not in raw
        og = {m["property"]: m["content"] for m in page.find_all("meta", property=True)}
        assert og["og:site_name"] == HOSTILE
        text, _block = block_text(page)
        assert "alert(1)" in text  # shown as text, not run
    xhtml = epub_pages(hostile_site / "epub" / "ja")["index"]
    assert "<script>alert(1)" not in xhtml and "&lt;/script&gt;" in xhtml


def test_record_reference_resolves_like_the_lint(tmp_path):
    """A page in a sub-folder finds docs/_meta/eeat.yaml as the EAT rules do (lint.core.eeat); '/' is docs/."""
    import types

    from pvt_sphinx.record import record_path

    from lint.core.eeat import EeatReferenceError

    docs = tmp_path / "docs"
    (docs / "_meta").mkdir(parents=True)
    (docs / "_meta" / "eeat.yaml").write_text("reviewer: {status: pending}\n", encoding="utf-8")
    (docs / "sub").mkdir()
    env = types.SimpleNamespace(srcdir=str(docs), doc2path=lambda name: docs / f"{name}.md")
    expected = (docs / "_meta" / "eeat.yaml").resolve()
    assert record_path(env, "sub/page", "_meta/eeat.yaml") == expected
    assert record_path(env, "sub/page", "/_meta/eeat.yaml") == expected
    with pytest.raises(EeatReferenceError, match="'_meta/other.yaml' not found") as missing:
        record_path(env, "sub/page", "_meta/other.yaml")
    assert str(docs / "sub" / "_meta") in str(missing.value)  # the page's own folder comes first


# -- hosting: the site's own host and Read the Docs translation projects (issue 15) ----------


@pytest.mark.parametrize(
    "url, language, expected",
    [
        ("https://pvt.readthedocs.io/ja/latest/", "ja", ("https://pvt.readthedocs.io/", "{language}/latest/")),
        ("https://pvt.readthedocs.io/en/stable/", "en", ("https://pvt.readthedocs.io/", "{language}/stable/")),
        ("https://docs.example.org/pvt/en/2026.11/", "en", ("https://docs.example.org/pvt/", "{language}/2026.11/")),
        ("https://docs.example.org/pvt/ja/", "ja", ("https://docs.example.org/pvt/", "{language}/")),
        ("https://pvt.readthedocs.io/latest/", "ja", None),  # not a translation project: conf.py's values stay
    ],
)
def test_readthedocs_layout_from_its_canonical_url(url, language, expected):
    from pvt_sphinx.editions import readthedocs_layout

    assert readthedocs_layout(url, language) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_pages_description_social_card_and_robots(built, language):
    for name in PAGES:
        page = soup(built / "html" / language / f"{name}.html")
        description = page.find("meta", attrs={"name": "description"})["content"]
        og = {m["property"]: m["content"] for m in page.find_all("meta", property=True)}
        assert description and og["og:description"] == description
        if language == "en":
            assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", description), description
        else:
            assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", description), description
        assert og["og:image"] == f"{SITE_URL}{language}/_static/social/card.{language}.png"
        assert (built / "html" / language / "_static" / "social" / f"card.{language}.png").is_file()
    robots = (built / "html" / language / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in robots and f"Sitemap: {SITE_URL}{language}/sitemap.xml" in robots


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_epub_has_a_cover_and_no_index_page(built, language):
    epub = next((built / "epub" / language).glob("*.epub"))
    with zipfile.ZipFile(epub) as archive:
        names = archive.namelist()
        opf = archive.read("content.opf").decode("utf-8")
    assert "epub-cover.xhtml" in names and 'name="cover"' in opf
    assert f"_static/social/card.{language}.png" in names
    assert "genindex.xhtml" not in names


def test_readthedocs_translation_projects(tmp_path):
    """Each edition built as Read the Docs builds a translation project, served at /<lang>/latest/:
    the switch, canonical, hreflang and sitemap follow READTHEDOCS_CANONICAL_URL."""
    import os

    root = make_project(tmp_path)
    host = "https://pvt-test.readthedocs.io/"
    served = root / "served"
    for language in LANGUAGES:
        out = served / language / "latest"
        env = {**os.environ, "READTHEDOCS_CANONICAL_URL": f"{host}{language}/latest/"}
        doctrees = root / "_build" / "doctrees" / language
        result = run_sphinx("html", language, out, doctrees, source=root / "docs", cwd=root, env=env)
        assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    for language in LANGUAGES:
        other = OTHER[language]
        for name in TEST_CITED:
            path = served / language / "latest" / f"{name}.html"
            page = soup(path)
            link = page.select_one("p.pvt-langswitch a")
            assert link["href"] == f"../../{other}/latest/{name}.html"
            assert (path.parent / link["href"]).resolve() == (served / other / "latest" / f"{name}.html")
            assert page.find("link", rel="canonical")["href"] == f"{host}{language}/latest/{name}.html"
            alternates = {x["hreflang"]: x["href"] for x in page.find_all("link", rel="alternate")}
            assert alternates["ja"] == f"{host}ja/latest/{name}.html"
            assert alternates["en"] == f"{host}en/latest/{name}.html"
            og = {m["property"]: m["content"] for m in page.find_all("meta", property=True)}
            assert og["og:image"] == f"{host}{language}/latest/_static/social/card.{language}.png"
        sitemap = (served / language / "latest" / "sitemap.xml").read_text(encoding="utf-8")
        assert f"<loc>{host}{other}/latest/" in sitemap
        robots = (served / language / "latest" / "robots.txt").read_text(encoding="utf-8")
        assert f"Sitemap: {host}{language}/latest/sitemap.xml" in robots


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_pages_have_no_inline_script(built, language):
    """Every script is a file, or JSON-LD data (never run): a CSP without 'unsafe-inline' holds."""
    for path in sorted((built / "html" / language).glob("*.html")):
        inline = [
            s for s in soup(path).find_all("script") if not s.get("src") and s.get("type") != "application/ld+json"
        ]
        assert not inline, f"{path.name}: {inline[0]}"


def test_a_rejected_furniture_translation_is_named_not_taken_for_a_stale_catalog(tmp_path):
    """(thirty-fifth session, from a check of issue 12) {year} mistyped {yaer} in pvt_site.po: the build names the entry,
    and the Japanese the page then shows is traced to that entry, not sent to update-po as a stale catalog."""
    root = make_project(tmp_path)
    conf = root / "docs" / "conf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + "extensions.append('pvt_sphinx.translation_check')\n", encoding="utf-8"
    )
    po = root / "locale" / "en" / "LC_MESSAGES" / "pvt_site.po"
    text = po.read_text(encoding="utf-8")
    assert 'msgstr " ({year})"' in text
    po.write_text(text.replace('msgstr " ({year})"', 'msgstr " ({yaer})"'), encoding="utf-8")
    out = root / "_build" / "html" / "en"
    result = run_sphinx("html", "en", out, root / "_build" / "doctrees" / "en", source=root / "docs", cwd=root)
    assert result.returncode != 0
    assert "{yaer} is not a placeholder" in result.stderr, result.stderr
    # the test project's pages have no catalogs, so their paragraphs are Japanese too; the furniture's year is traced
    furniture = [line for line in result.stderr.splitlines() if "Japanese text" in line and "年）" in line]
    assert furniture, result.stderr
    for line in furniture:
        assert "pvt_site.po:" in line and "{yaer} is not a placeholder" in line and "update-po" not in line, line


def test_a_translation_that_parses_as_other_blocks_fails_the_build(tmp_path):
    """(thirty-sixth session) A msgstr with a MyST comment line keeps its first paragraph and loses the rest of the
    English, with no Japanese left for check_doctree to see: the build names the PO entry."""
    root = make_project(tmp_path)
    conf = root / "docs" / "conf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8") + "extensions.append('pvt_sphinx.translation_check')\n", encoding="utf-8"
    )
    po = root / "locale" / "en" / "LC_MESSAGES" / "index.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
        'msgid "治療は数か月続きます。再発を防ぐためです。"\n'
        'msgstr "Treatment lasts several months.\\n% It prevents a recurrence."\n',
        encoding="utf-8",
    )
    out = root / "_build" / "html" / "en"
    result = run_sphinx("html", "en", out, root / "_build" / "doctrees" / "en", source=root / "docs", cwd=root)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if "parses as" in line]
    assert lines and "index.po:6" in lines[0] and "a comment line (%)" in lines[0], result.stderr
