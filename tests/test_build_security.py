"""The build refuses what would run script or leak files, in every edition (issue 14).

Each test copies the project (docs, locale, refs.bib, pyproject.toml) into a temporary
folder, plants hostile content where the lint does not look (catalogs, included files,
eval-rst, the E-E-A-T record, refs.bib, the site title's catalog) and builds one edition
as nox does (``-W --keep-going``). The build must fail, each finding must name the file
and line it comes from (the PO entry, the included file), nothing outside the source
folder may be published, and no page may carry the script. The last tests look at the
real build: every page passes the output check and carries its Content-Security-Policy.
"""

import re
import shutil
from pathlib import Path

import pytest
from conftest import run_sphinx

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.build


def copy_project(folder: Path) -> Path:
    for name in ("docs", "locale"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("_build", "*.mo"))
    for name in ("refs.bib", "pyproject.toml"):
        shutil.copyfile(ROOT / name, folder / name)
    return folder


def build(project: Path, language: str, builder: str = "html"):
    out = project / "_build" / builder / language
    doctrees = project / "_build" / "doctrees" / builder / language
    result = run_sphinx(builder, language, out, doctrees, source=project / "docs", cwd=project, timeout=600)
    return result, out


def set_msgstr(po: Path, msgid_start: str, new_msgstr: str, after: int = 0) -> int:
    """Replace the msgstr of the entry ``after`` entries past the first whose msgid starts with
    msgid_start; returns its line number."""
    import polib

    catalog = polib.pofile(str(po))
    index = next(i for i, e in enumerate(catalog) if e.msgid.startswith(msgid_start))
    entry = catalog[index + after]
    entry.msgstr = new_msgstr
    entry.flags = [f for f in entry.flags if f != "fuzzy"]
    catalog.save(str(po))
    return polib.pofile(str(po)).find(entry.msgid).linenum


def test_hostile_catalogs_fail_the_english_build(tmp_path):
    project = copy_project(tmp_path / "project")
    faq = project / "locale/en/LC_MESSAGES/faq.po"
    heading = set_msgstr(faq, "門脈血栓症は治りますか", "Can it be cured? <img src=x onerror=alert(1)>")
    download = set_msgstr(
        faq,
        "血液をサラサラ",  # the paragraph after this question
        "See {download}`this <../../../../../../../../../proc/self/environ>`.",
        after=1,
    )
    in_heading = set_msgstr(faq, "血液をサラサラ", "Lifelong? {download}`env <../../../../../../../etc/hostname>`")
    import polib

    lines = {e.msgstr: e.linenum for e in polib.pofile(str(faq))}  # after every edit
    heading, download, in_heading = (
        next(n for text, n in lines.items() if needle in text) for needle in ("onerror", "environ", "hostname")
    )
    site = project / "locale/en/LC_MESSAGES/pvt_site.po"
    set_msgstr(site, "門脈血栓症：", "PVT <script>alert(1)</script>")

    result, out = build(project, "en")
    log = result.stderr
    assert result.returncode != 0
    assert "Traceback" not in log
    assert re.search(rf"faq\.po:{heading}: WARNING: SEC001 .*onerror=", log), log[-3000:]
    assert re.search(rf"faq\.po:{download}: WARNING: SEC005 download of a file outside the source folder", log), log
    assert re.search(r"pvt_site\.po:\d+: WARNING: SEC001 the setting project", log), log[-3000:]
    assert re.search(rf"faq\.po:{in_heading}: WARNING: SEC005 {{download}} in a heading", log), log[-3000:]
    assert not list(out.rglob("environ")), "a file outside the source folder was published"
    assert not list(out.rglob("hostname")), "a file outside the source folder was published"
    # the output check refuses each page that carries the handler (the navigation copies the heading)
    assert re.search(r"faq\.html:\d+: WARNING: SEC006 built page refused: event-handler attribute onerror=", log)
    assert "PATH=" not in log  # no message echoes the environment


def test_hostile_pages_and_data_fail_the_japanese_build(tmp_path):
    project = copy_project(tmp_path / "project")
    docs = project / "docs"
    (docs / "evil.txt").write_text("<p>x</p>\n<script>alert(1)</script>\n", encoding="utf-8")
    (docs / "hostile.md").write_text(
        "---\norphan: true\n---\n\n# 攻撃\n\n"
        "```{eval-rst}\n.. raw:: html\n\n   <img src=x onerror=alert(2)>\n```\n\n"
        "```{include} evil.txt\n```\n\n"
        "```{raw} html\n:file: /etc/hostname\n```\n\n"
        "```{include} ../../../../../../../../etc/os-release\n:literal:\n```\n",
        encoding="utf-8",
    )
    record = docs / "_meta/eeat.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(re.sub(r"(\n  url: ).*", r'\1"javascript:alert(3)"', text, count=1), encoding="utf-8")
    bib = project / "refs.bib"
    bib.write_text(
        re.sub(r"url = \{[^}]*\}", "url = {javascript:alert(4)}", bib.read_text(encoding="utf-8"), count=1),
        encoding="utf-8",
    )

    result, out = build(project, "ja")
    log = result.stderr
    assert result.returncode != 0
    assert "Traceback" not in log
    assert re.search(r"hostile\.md:\d+: WARNING: SEC001 raw HTML in the rendered page: .*onerror=", log), log[-3000:]
    assert re.search(r"evil\.txt:\d+: WARNING: SEC001 .*<script>", log), log[-3000:]
    assert re.search(r"WARNING: SEC002 link to a javascript: URL", log), log[-3000:]
    assert re.search(r"hostile\.md:\d+: WARNING: SEC005 content read from a file outside .*\(hostname\)", log)
    assert re.search(r"hostile\.md:\d+: WARNING: SEC005 content read from a file outside .*\(os-release\)", log)
    published = (out / "hostile.html").read_text(encoding="utf-8")
    assert "PRETTY_NAME" not in published and Path("/etc/hostname").read_text().strip() not in published
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "alert(1)</script>" not in html or "SEC006" in log


# ---------------------------------------------------------------- the real build


def test_every_built_page_passes_the_output_check_and_has_a_policy(built):
    from pvt_sphinx.output_security import content_security_policy, output_files, page_problems

    for language in ("ja", "en"):
        outdir = built / "html" / language
        pages = output_files(outdir, web=True)
        assert pages
        for page in pages:
            html = page.read_text(encoding="utf-8")
            assert (
                page_problems(
                    html, page, outdir, {"document.getElementById('searchbox').style.display = \"block\""}, web=True
                )
                == []
            )
            policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', html)
            assert policy, page
            assert "script-src 'self'" in policy.group(1)
            assert "unsafe-inline" not in policy.group(1).split("script-src")[1].split(";")[0]
            assert html.index("Content-Security-Policy") < html.index("<script")
        epub = built / "epub" / language
        for page in output_files(epub, web=False):
            assert page_problems(page.read_text(encoding="utf-8"), page, epub, set(), web=False) == []
    assert content_security_policy("<script>x()</script>", set()).startswith("default-src 'self'; script-src 'self';")


def test_html_a_translation_adds_fails_the_english_build_at_its_entry(tmp_path):
    """(thirty-fifth session, from a check of issue 12) A harmless tag a translator adds (<b>) is no script, but it is
    markup the Japanese source does not have: the lint reports it (TRN012) and the build refuses it too, at the entry,
    so that what builds is what the source says."""
    project = copy_project(tmp_path / "project")
    faq = project / "locale/en/LC_MESSAGES/faq.po"
    line = set_msgstr(faq, "門脈血栓症は治りますか", "Can it be <b>cured</b>?")
    result, _out = build(project, "en")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert re.search(rf"faq\.po:{line}: WARNING: TRN012 the translation adds HTML", result.stderr), result.stderr[
        -3000:
    ]
    # (thirty-seventh session, from the issue-12 audit) once, though <b> and </b> are two nodes of the page
    assert len(re.findall(rf"faq\.po:{line}: WARNING: TRN012 the translation adds HTML", result.stderr)) == 1


def test_an_alt_text_left_in_japanese_fails_the_english_build(tmp_path):
    """(thirty-fifth session, from a second check of issue 12) The figure's alt text edited in Japanese and the catalogs
    not updated: the English page's <img alt> would be Japanese for a screen reader. The build names it."""
    project = copy_project(tmp_path / "project")
    page = project / "docs" / "basics.md"
    text = page.read_text(encoding="utf-8")
    assert "を示した模式図\n" in text
    page.write_text(text.replace("を示した模式図\n", "を示した図\n", 1), encoding="utf-8")
    result, _out = build(project, "en")
    assert result.returncode != 0
    assert re.search(
        r"basics\.md:\d+: ERROR: Japanese text in the en edition, in an image's alt text", result.stderr
    ), result.stderr[-3000:]
    assert "Run nox -s update-po" in result.stderr


def test_japanese_left_in_a_translation_is_named_and_its_suppression_honoured(tmp_path):
    """(thirty-fifth session, from a second check of issue 12) Japanese kept in a msgstr was reported as a rejected
    paragraph (TRN012); it is named as TRN009, and an entry that carries the lint's own suppression with its reason
    (README: # lint: ignore[TRN009] …) does not fail the build the lint passes."""
    import polib

    project = copy_project(tmp_path / "project")
    faq = project / "locale/en/LC_MESSAGES/faq.po"
    catalog = polib.pofile(str(faq))
    translated = [e for e in catalog if e.msgstr and not e.obsolete and "fuzzy" not in e.flags]
    kept, allowed = translated[3], translated[5]
    kept.msgstr += " 門脈"
    allowed.msgstr += " 血栓"
    allowed.tcomment = "lint: ignore[TRN009] a term kept on purpose"
    catalog.save(str(faq))
    line = polib.pofile(str(faq)).find(kept.msgid).linenum
    result, _out = build(project, "en")
    assert result.returncode != 0
    assert re.search(
        rf"faq\.po:{line} still holds Japanese in its translation \(python -m lint shows TRN009", result.stderr
    )
    assert "血栓'" not in result.stderr, result.stderr[-3000:]
