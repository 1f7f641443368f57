"""EAT008 and `python -m lint.review_record`: a completed review (a FICTIONAL fixture reviewer) covers
exactly the text it fingerprinted; any later change to a sentence or a translation is reported.

The project's real record stays pending: no real person has reviewed the article."""

import shutil
from pathlib import Path

import pytest

from lint.review_record import main as review_record
from lint.runner import make_session, run

FIXTURES = Path(__file__).parent / "fixtures" / "eeat"
PAGE = """---
eeat: _meta/eeat.yaml
---

# 門脈のはなし

門脈は腸から肝臓へ血液を運びます{cite:p}`k`。
抗凝固療法は通常6か月以上続けます{cite:p}`k`。
"""
CATALOG = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: en\\n"

msgid "門脈のはなし"
msgstr "About the portal vein"

msgid ""
"門脈は腸から肝臓へ血液を運びます{cite:p}`k`。 抗凝固療法は通常6か月以上続けます{cite:p}`k`。"
msgstr ""
"The portal vein carries blood from the intestines to the liver {cite:p}`k`. "
"Anticoagulation usually continues for at least 6 months {cite:p}`k`."
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.pvt-lint]\nselect = ["EAT008"]\n', encoding="utf-8")
    (tmp_path / "refs.bib").write_text("@misc{k, title = {T}, howpublished = {H}, year = {2024}}\n", encoding="utf-8")
    docs = tmp_path / "docs"
    (docs / "_meta").mkdir(parents=True)
    (docs / "_includes").mkdir()
    shutil.copy(FIXTURES / "disclaimer.md", docs / "_includes" / "disclaimer.md")
    record = (FIXTURES / "reviewer-complete.yaml").read_text(encoding="utf-8")
    record = record.replace("  bio:", "  fingerprint: review-fingerprint.json\n  bio:", 1)
    (docs / "_meta" / "eeat.yaml").write_text(record, encoding="utf-8")
    (docs / "conf.py").write_text('version = release = "2026.12"\n', encoding="utf-8")
    (docs / "page.md").write_text(PAGE, encoding="utf-8")
    catalogs = tmp_path / "locale" / "en" / "LC_MESSAGES"
    catalogs.mkdir(parents=True)
    (catalogs / "page.po").write_text(CATALOG, encoding="utf-8")
    return tmp_path


def findings(root, profile=None):
    return run([], make_session(root=root, profile=profile)).findings


def test_a_complete_review_without_a_fingerprint_is_reported_at_its_status(project):
    (found,) = findings(project)  # the record names a file nobody wrote
    assert found.rule == "EAT008" and found.path.endswith("eeat.yaml") and "does not exist" in found.message
    record = project / "docs" / "_meta" / "eeat.yaml"
    record.write_text(
        record.read_text(encoding="utf-8").replace("  fingerprint: review-fingerprint.json\n", ""), encoding="utf-8"
    )
    (found,) = findings(project)
    assert found.line == 10 and "has no fingerprint" in found.message  # reviewer.status


def test_the_fingerprinted_text_passes_and_each_later_change_is_named(project):
    assert review_record(["fingerprint", "--root", str(project)]) == 0
    written = project / "docs" / "_meta" / "review-fingerprint.json"
    assert '"version": "2026.12"' in written.read_text(encoding="utf-8")
    assert findings(project) == []
    page = project / "docs" / "page.md"
    page.write_text(PAGE.replace("6か月以上", "3か月"), encoding="utf-8")
    catalog = project / "locale" / "en" / "LC_MESSAGES" / "page.po"
    catalog.write_text(CATALOG.replace("About the portal vein", "On the portal vein"), encoding="utf-8")
    found = findings(project)
    assert [(f.rule, Path(f.path).name, f.line, f.severity) for f in found] == [
        ("EAT008", "page.md", 8, "warning"),
        ("EAT008", "page.po", 7, "warning"),
    ]
    assert found[0].context == "抗凝固療法は通常3か月続けます。" and "2026-11-20" in found[0].message
    assert {f.severity for f in findings(project, profile="publish")} == {"error"}


def test_a_citation_change_is_a_change(project):
    assert review_record(["fingerprint", "--root", str(project)]) == 0
    page = project / "docs" / "page.md"
    page.write_text(PAGE.replace("運びます{cite:p}`k`", "運びます"), encoding="utf-8")
    assert [f.line for f in findings(project)] == [7]


def test_no_fingerprint_can_be_written_for_a_pending_review(project, capsys):
    record = project / "docs" / "_meta" / "eeat.yaml"
    record.write_text(
        record.read_text(encoding="utf-8").replace("status: complete", "status: pending"), encoding="utf-8"
    )
    assert review_record(["fingerprint", "--root", str(project)]) == 2
    assert "not complete" in capsys.readouterr().err
    assert findings(project) == []  # nothing to compare while pending (EAT006 reports the pending review)


def test_the_real_article_is_not_reviewed_and_has_no_fingerprint():
    root = Path(__file__).resolve().parents[2]
    record = (root / "docs" / "_meta" / "eeat.yaml").read_text(encoding="utf-8")
    assert "status: pending" in record and "fingerprint" not in record
    assert not (root / "docs" / "_meta" / "review-fingerprint.json").exists()
