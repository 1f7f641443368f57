"""EAT rules: E-E-A-T metadata of pages, on real pages and records written to tmp_path.

Fixtures are in tests/lint/fixtures/eeat/. The only named reviewer in them,
架空 太郎 in reviewer-complete.yaml, is fictional and marked so.
"""

import datetime
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from lint.context import Context
from lint.core.eeat import EeatReferenceError, load_record
from lint.core.files import read_text
from lint.parsing.markdown import parse_page
from lint.registry import RULES
from lint.runner import load_rules

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures" / "eeat"
REAL_RECORD = ROOT / "docs" / "_meta" / "eeat.yaml"
TODAY = "2026-11-30"  # fixed for the tests that call rules directly


def real_status_line():
    """Line of reviewer.status in the real record (the record is edited; do not hard-code it)."""
    node = yaml.compose(REAL_RECORD.read_text(encoding="utf-8"))
    reviewer = next(v for k, v in node.value if k.value == "reviewer")
    return next(k.start_mark.line + 1 for k, v in reviewer.value if k.value == "status")


load_rules()


def make_project(tmp_path, record=None, pages=("article.md",), record_text=None):
    """A docs-like folder: _meta/eeat.yaml, _includes/disclaimer.md and the pages."""
    (tmp_path / "_meta").mkdir(exist_ok=True)
    (tmp_path / "_includes").mkdir(exist_ok=True)
    shutil.copy(FIXTURES / "disclaimer.md", tmp_path / "_includes" / "disclaimer.md")
    if record_text is not None:
        (tmp_path / "_meta" / "eeat.yaml").write_text(record_text, encoding="utf-8")
    elif record is not None:
        source = record if isinstance(record, Path) else FIXTURES / record
        shutil.copy(source, tmp_path / "_meta" / "eeat.yaml")
    parsed = []
    for name in pages:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            shutil.copy(FIXTURES / Path(name).name, path)
        parsed.append(parse_page(str(path), read_text(path)))
    return parsed


def context(tmp_path, pages=(), profile="default", **config):
    return Context(root=tmp_path, config={"today": TODAY, **config}, profile=profile, pages=list(pages))


def check(code, pages, ctx):
    return [f for page in pages for f in RULES[code].check(page, ctx)]


def record_path(tmp_path):
    return str((tmp_path / "_meta" / "eeat.yaml").resolve())


def lines_of(findings):
    return sorted((Path(f.path).name, f.line) for f in findings)


# ------------------------------------------------------------------ EAT001


def test_eat001_page_without_eeat_key_is_flagged_at_front_matter(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["no-eeat.md"])
    findings = check("EAT001", pages, context(tmp_path, pages))
    assert [(f.rule, f.line, f.severity) for f in findings] == [("EAT001", 1, "error")]
    assert "no eeat: key" in findings[0].message


def test_eat001_page_without_front_matter_is_flagged_at_line_1(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["no-front-matter.md"])
    findings = check("EAT001", pages, context(tmp_path, pages))
    assert [(f.line, f.message) for f in findings] == [(1, "page has no E-E-A-T record: it has no front matter")]


def test_eat001_clean_page_and_fragments_pass(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["article.md"])
    fragment = tmp_path / "_includes" / "disclaimer.md"
    pages.append(parse_page(str(fragment), read_text(fragment)))
    ctx = context(tmp_path, pages)
    for code in ("EAT001", "EAT007"):
        assert check(code, pages, ctx) == []


def test_eat001_exclude_option_declares_non_articles(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["no-eeat.md"])
    ctx = context(tmp_path, pages, rules={"missing-eeat-metadata": {"exclude": ["*/no-eeat.md"]}})
    assert check("EAT001", pages, ctx) == []


# ------------------------------------------------------------------ EAT002


def test_eat002_missing_record_file_is_flagged_at_the_eeat_line(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["wrong-reference.md"])
    findings = check("EAT002", pages, context(tmp_path, pages))
    assert [(f.rule, f.line) for f in findings] == [("EAT002", 3)]
    assert "'_meta/eat.yaml' not found" in findings[0].message
    assert findings[0].context == "eeat: _meta/eat.yaml"


def test_eat002_invalid_yaml_names_the_record_line(tmp_path):
    pages = make_project(tmp_path, "invalid-yaml.yaml", ["article.md"])
    findings = check("EAT002", pages, context(tmp_path, pages))
    assert [(Path(f.path).name, f.line) for f in findings] == [("article.md", 2)]
    assert "eeat.yaml:5 is not valid YAML" in findings[0].message
    assert "flow sequence at line 4" in findings[0].message


def test_eat002_record_that_is_not_a_mapping(tmp_path):
    pages = make_project(tmp_path, "not-a-mapping.yaml", ["article.md"])
    findings = check("EAT002", pages, context(tmp_path, pages))
    assert len(findings) == 1 and findings[0].line == 2
    assert "must be a mapping" in findings[0].message


def test_eat002_eeat_value_of_wrong_type(tmp_path):
    page = tmp_path / "number.md"
    page.write_text("---\ntitle: x\neeat: 3\n---\n\n# x\n", encoding="utf-8")
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["number.md"])
    findings = check("EAT002", pages, context(tmp_path, pages))
    assert [(f.line, f.message.split(";")[0]) for f in findings] == [(3, "eeat: is a int")]


def test_eat002_reference_resolves_from_a_subfolder_upward(tmp_path):
    (tmp_path / "sub").mkdir()
    shutil.copy(FIXTURES / "article.md", tmp_path / "sub" / "article.md")
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["sub/article.md"])
    ctx = context(tmp_path, pages)
    for code in ("EAT001", "EAT002", "EAT003", "EAT004", "EAT005", "EAT006"):
        assert check(code, pages, ctx) == [], code


def test_eat002_a_leading_slash_means_the_docs_root_as_in_sphinx(tmp_path):
    (tmp_path / "sub").mkdir()
    text = (FIXTURES / "article.md").read_text(encoding="utf-8").replace("eeat: _meta/", "eeat: /_meta/")
    assert "eeat: /_meta/" in text
    (tmp_path / "sub" / "article.md").write_text(text, encoding="utf-8")
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["sub/article.md"])
    assert check("EAT002", pages, context(tmp_path, pages)) == []


def test_eat002_clean(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["article.md", "inline.md"])
    assert check("EAT002", pages, context(tmp_path, pages)) == []


# ------------------------------------------------------------------ EAT003


def test_eat003_missing_fields_are_flagged_in_the_record_once_per_run(tmp_path):
    shutil.copy(FIXTURES / "article.md", tmp_path / "second.md")
    pages = make_project(tmp_path, "missing-field.yaml", ["article.md", "second.md"])
    findings = check("EAT003", pages, context(tmp_path, pages))
    assert {str(Path(f.path).resolve()) for f in findings} == {record_path(tmp_path)}
    got = sorted((f.line, f.message.split(" (")[0]) for f in findings)
    assert got == [
        (9, "reviewer.name is empty"),
        (14, "dates.next_review is missing"),
        (20, "disclosure.funding has no en text"),
    ]


def test_eat003_inline_mapping_is_flagged_in_the_page(tmp_path):
    pages = make_project(tmp_path, None, ["inline.md"])
    findings = check("EAT003", pages, context(tmp_path, pages))
    assert [(Path(f.path).name, f.line, f.message) for f in findings] == [
        ("inline.md", 12, "disclosure.funding is missing"),
    ]


def test_eat003_unknown_review_status(tmp_path):
    text = (FIXTURES / "reviewer-complete.yaml").read_text(encoding="utf-8")
    pages = make_project(tmp_path, pages=["article.md"], record_text=text.replace("status: complete", "status: done"))
    findings = check("EAT003", pages, context(tmp_path, pages))
    assert [(f.line, f.message) for f in findings] == [
        (10, "reviewer.status is 'done'; expected one of: pending, complete"),
    ]


def test_eat003_clean(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["article.md"])
    assert check("EAT003", pages, context(tmp_path, pages)) == []


def real_record_day():
    """The real record's last update: the first day on which its dates are all valid."""
    import yaml

    return str(yaml.safe_load(REAL_RECORD.read_text(encoding="utf-8"))["dates"]["last_updated"])


def test_eat003_real_record_is_complete(tmp_path):
    pages = make_project(tmp_path, REAL_RECORD, ["article.md"])
    ctx = context(tmp_path, pages, today=real_record_day())
    for code in ("EAT002", "EAT003", "EAT004", "EAT005"):
        assert check(code, pages, ctx) == [], code


# ------------------------------------------------------------------ EAT004


def test_eat004_malformed_future_and_out_of_order_dates(tmp_path):
    pages = make_project(tmp_path, "malformed-date.yaml", ["article.md"])
    findings = check("EAT004", pages, context(tmp_path, pages))
    assert [(f.line, f.message) for f in findings] == [
        (7, "dates.published is '2026-02-30', not a YYYY-MM-DD date"),
        (8, "dates.last_updated 2099-01-01 is in the future (today is 2026-11-30)"),
        (10, "dates.next_review 2026-05-01 is before dates.last_reviewed 2026-11-20"),
    ]
    assert {str(Path(f.path).resolve()) for f in findings} == {record_path(tmp_path)}


def test_eat004_impossible_date_in_record_is_a_finding_not_a_crash(tmp_path):
    record = load_record(FIXTURES / "malformed-date.yaml", "malformed-date.yaml")
    assert record.get("dates.published") == "2026-02-30"
    assert record.line("dates.published") == 7


def test_eat004_clean(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["article.md"])
    assert check("EAT004", pages, context(tmp_path, pages)) == []


# ------------------------------------------------------------------ EAT005


def test_eat005_review_overdue(tmp_path):
    pages = make_project(tmp_path, "overdue.yaml", ["article.md"])
    findings = check("EAT005", pages, context(tmp_path, pages))
    assert [(f.line, f.severity) for f in findings] == [(9, "error"), (10, "error")]
    assert "more than 365" in findings[0].message
    assert "2024-07-10 has passed" in findings[1].message


def test_eat005_max_age_days_option(tmp_path):
    pages = make_project(tmp_path, "overdue.yaml", ["article.md"])
    ctx = context(tmp_path, pages, rules={"review-overdue": {"max_age_days": 5000}})
    assert [f.line for f in check("EAT005", pages, ctx)] == [10]


def test_eat005_clean(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["article.md"])
    assert check("EAT005", pages, context(tmp_path, pages)) == []


# ------------------------------------------------------------------ EAT006


def test_eat006_real_pending_record_warns_by_default_and_fails_publish(tmp_path):
    pages = make_project(tmp_path, REAL_RECORD, ["article.md"])
    default = check("EAT006", pages, context(tmp_path, pages))
    publish = check("EAT006", pages, context(tmp_path, pages, profile="publish"))
    assert [(f.line, f.severity) for f in default] == [(real_status_line(), "warning")]
    assert [(f.line, f.severity) for f in publish] == [(real_status_line(), "error")]
    assert str(Path(publish[0].path).resolve()) == record_path(tmp_path)
    assert publish[0].context.startswith("status: pending")


def test_eat006_inline_pending_is_flagged_in_the_page(tmp_path):
    pages = make_project(tmp_path, None, ["inline.md"])
    findings = check("EAT006", pages, context(tmp_path, pages, profile="publish"))
    assert [(Path(f.path).name, f.line, f.severity) for f in findings] == [("inline.md", 6, "error")]


def test_eat006_complete_review_passes_publish(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["article.md"])
    assert check("EAT006", pages, context(tmp_path, pages, profile="publish")) == []


def test_fixture_reviewer_is_fictional_and_never_in_real_pages():
    record = yaml.safe_load((FIXTURES / "reviewer-complete.yaml").read_text(encoding="utf-8"))
    assert record["reviewer"]["fictional"] is True
    assert record["reviewer"]["name"] == "架空 太郎"
    for path in [*(ROOT / "docs").rglob("*.md"), *(ROOT / "docs").rglob("*.yaml")]:
        assert "架空" not in path.read_text(encoding="utf-8"), path


# ------------------------------------------------------------------ EAT007


def test_eat007_page_without_disclaimer_is_flagged_at_its_last_line(tmp_path):
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["no-disclaimer.md"])
    findings = check("EAT007", pages, context(tmp_path, pages))
    assert [(f.line, f.rule) for f in findings] == [(10, "EAT007")]
    assert len(pages[0].lines) == 10


@pytest.mark.parametrize("page", ["article.md", "disclaimer-admonition.md"])
def test_eat007_clean(tmp_path, page):
    pages = make_project(tmp_path, "reviewer-complete.yaml", [page])
    assert check("EAT007", pages, context(tmp_path, pages)) == []


def test_eat007_an_included_disclaimer_that_does_not_exist_is_flagged_at_the_directive(tmp_path):
    # (from a review of hostile inputs) the directive alone satisfied the rule: a checkout without the file passed
    pages = make_project(tmp_path, "reviewer-complete.yaml", ["article.md"])
    (tmp_path / "_includes" / "disclaimer.md").unlink()
    findings = check("EAT007", pages, context(tmp_path, pages))
    assert [f.rule for f in findings] == ["EAT007"] and "does not exist" in findings[0].message
    assert pages[0].lines[findings[0].line - 1].strip().startswith(("```{include}", ":::{include}"))


# ------------------------------------------------------------------ the real project


def test_real_pages_resolve_the_shared_record():
    pages = [parse_page(str(p.relative_to(ROOT)), read_text(p)) for p in sorted((ROOT / "docs").glob("*.md"))]
    ctx = Context(root=ROOT, config={"today": real_record_day()}, pages=pages)
    for code in ("EAT001", "EAT002", "EAT003", "EAT004"):
        assert check(code, pages, ctx) == [], code
    pending = check("EAT006", pages, ctx)
    assert [(Path(f.path).resolve(), f.line, f.severity) for f in pending] == [
        (REAL_RECORD, real_status_line(), "warning"),
    ]


def test_record_loader_rejects_missing_file(tmp_path):
    with pytest.raises(EeatReferenceError):
        load_record(tmp_path / "nope.yaml", "nope.yaml")


# ------------------------------------------------------------------ through the CLI

needs_cli = pytest.mark.skipif(
    not (ROOT / "lint" / "runner.py").exists() or not (ROOT / "lint" / "__main__.py").exists(),
    reason="the lint runner is not written yet",
)


def run_lint(*args, cwd=ROOT):
    result = subprocess.run(
        [sys.executable, "-m", "lint", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    return result


def current_record():
    """The fictional complete record with review dates of today."""
    data = (FIXTURES / "reviewer-complete.yaml").read_text(encoding="utf-8")
    today = datetime.date.today()
    data = (
        data.replace("published: 2026-11-01", f"published: {today - datetime.timedelta(days=30)}")
        .replace("last_updated: 2026-11-20", f"last_updated: {today}")
        .replace("last_reviewed: 2026-11-20", f"last_reviewed: {today}")
        .replace("next_review: 2027-05-20", f"next_review: {today + datetime.timedelta(days=180)}")
    )
    return data


@needs_cli
def test_cli_publish_profile_fails_with_the_real_pending_record(tmp_path):
    make_project(tmp_path, REAL_RECORD, ["article.md"])
    page = tmp_path / "article.md"
    default = run_lint("--format", "json", "--select", "EAT006", page)
    publish = run_lint("--format", "json", "--select", "EAT006", "--profile", "publish", page)
    assert default.returncode == 0, default.stdout + default.stderr
    assert publish.returncode == 1, publish.stdout + publish.stderr
    findings = _json_findings(publish.stdout)
    assert [(f["rule"], f["line"], f["severity"]) for f in findings] == [("EAT006", real_status_line(), "error")]
    assert findings[0]["path"].endswith("_meta/eeat.yaml")


@needs_cli
def test_cli_publish_profile_passes_with_a_complete_current_review(tmp_path):
    """A completed (fictional) review whose fingerprint covers the page as it is passes the publish gate."""
    from lint.analysis.fingerprint import page_sentences
    from lint.core.review import Fingerprint

    record = current_record().replace(
        "  status: complete\n", "  status: complete\n  fingerprint: fingerprint.json\n", 1
    )
    assert "fingerprint:" in record
    (page,) = make_project(tmp_path, pages=["article.md"], record_text=record)
    seen = Fingerprint("test", "2026-11-20", {"article": {"text": [d for d, _, _ in page_sentences(page)], "en": []}})
    (tmp_path / "_meta" / "fingerprint.json").write_text(seen.as_json(), encoding="utf-8")
    result = run_lint("--format", "json", "--select", "EAT", "--profile", "publish", tmp_path / "article.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert _json_findings(result.stdout) == []


@needs_cli
def test_cli_reports_missing_disclaimer_and_eeat(tmp_path):
    make_project(tmp_path, pages=["no-disclaimer.md", "no-eeat.md"], record_text=current_record())
    result = run_lint(
        "--format",
        "json",
        "--select",
        "EAT",
        "--ignore",
        "EAT008",  # no fingerprint here
        tmp_path / "no-disclaimer.md",
        tmp_path / "no-eeat.md",
    )
    assert result.returncode == 1, result.stdout + result.stderr
    got = sorted((Path(f["path"]).name, f["line"], f["rule"]) for f in _json_findings(result.stdout))
    assert got == [("no-disclaimer.md", 10, "EAT007"), ("no-eeat.md", 1, "EAT001")]


def _json_findings(stdout):
    data = json.loads(stdout)
    return data["findings"] if isinstance(data, dict) else data


# ------------------------------------------------------------------ robustness

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=12),
    st.sampled_from(["2026-11-25", "2026-02-30", "pending", "complete", "2026-11-25 10:00"]),
)
KEYS = st.sampled_from(
    [
        "author",
        "name",
        "reviewer",
        "status",
        "dates",
        "published",
        "last_updated",
        "last_reviewed",
        "next_review",
        "disclosure",
        "funding",
        "conflicts_of_interest",
        "ja",
        "en",
        "bio",
    ]
)
RECORDS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(KEYS, inner, max_size=5)),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=RECORDS)
def test_any_record_gives_findings_not_tracebacks(tmp_path, record):
    text = yaml.safe_dump(record, allow_unicode=True)
    pages = make_project(tmp_path, pages=["article.md"], record_text=text)
    for profile in ("default", "publish"):
        ctx = context(tmp_path, pages, profile=profile)
        for code in ("EAT001", "EAT002", "EAT003", "EAT004", "EAT005", "EAT006", "EAT007"):
            for finding in check(code, pages, ctx):
                assert finding.line >= 1
