"""BibTeX loading (pybtex) and the BIB rules, on the .bib files in tests/lint/fixtures/bib/."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lint.context import Context
from lint.errors import LintInputError
from lint.parsing.bibtex import load_bibliography, parse_bibliography
from lint.parsing.markdown import parse_page
from lint.registry import RULES
from lint.runner import load_rules

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures" / "bib"
TODAY = "2026-11-30"

load_rules()
BIB_RULES = sorted(code for code, r in RULES.items() if r.family == "BIB" and r.target == "bib")


def context(bib=None, pages=(), **config):
    return Context(root=ROOT, config={"today": TODAY, **config}, bibliography=bib, pages=list(pages))


def findings(code, bib, ctx=None):
    return list(RULES[code].check(bib, ctx or context(bib)))


def line_text(path, line):
    return path.read_text(encoding="utf-8").split("\n")[line - 1]


# ------------------------------------------------------------------ loading


def test_entries_lines_fields_and_macros():
    bib = load_bibliography(FIXTURES / "clean.bib")
    assert bib.keys == ["easl-2016", "aasld-2021", "fixture-web-ja", "fixture-book"]
    assert [bib.line(k) for k in bib.keys] == [6, 18, 30, 41]
    assert bib.field_line("easl-2016", "doi") == 14
    assert bib.entries["easl-2016"].fields["journal"] == "J Hepatol"  # the @string macro, expanded
    assert bib.macros == {"jhep": "J Hepatol"}
    assert bib.duplicates == [] and bib.problems == []
    assert "EASL-2016" in bib  # keys are case-insensitive, as in BibTeX


def test_string_concatenation_and_month_macros():
    bib = load_bibliography(FIXTURES / "macros.bib")
    entry = bib.entries["macro-article"]
    assert entry.fields["title"] == "Anticoagulation and Portal Vein Thrombosis"
    assert entry.fields["journal"] == "Gastroenterology"
    assert entry.fields["month"] == "February"


def test_duplicate_keys_are_recorded_not_raised():
    bib = load_bibliography(FIXTURES / "duplicate-key.bib")
    assert bib.keys == ["fixture-a"]
    assert [(d.key, d.line, d.first_line) for d in bib.duplicates] == [("FIXTURE-A", 9, 1)]
    assert bib.entries["fixture-a"].fields["title"] == "First"  # BibTeX keeps the first


@pytest.mark.parametrize(
    "name, line, words",
    [
        ("syntax-missing-comma.bib", 4, "'}' expected"),
        ("syntax-unclosed.bib", 5, "not closed"),
        ("syntax-no-key.bib", 5, "entry has no key"),
        ("syntax-undefined-macro.bib", 3, "undefined @string macro 'nosuchmacro'"),
    ],
)
def test_parse_errors_raise_lint_input_error_with_the_line(name, line, words):
    with pytest.raises(LintInputError) as info:
        load_bibliography(FIXTURES / name)
    assert info.value.line == line
    assert words in info.value.message
    assert info.value.path.endswith(name)


def test_keyless_entry_written_with_a_field_first():
    with pytest.raises(LintInputError) as info:
        parse_bibliography("x.bib", "@misc{ok, title = {a}}\n\n@article{\n  title = {b},\n}\n")
    assert (info.value.line, info.value.message.split(" (")[0]) == (3, "entry has no key")


def test_bad_bytes_and_missing_file(tmp_path):
    bad = tmp_path / "latin1.bib"
    bad.write_bytes(b"@misc{a,\n  title = {Caf\xe9},\n}\n")
    with pytest.raises(LintInputError) as info:
        load_bibliography(bad)
    assert info.value.line == 2
    with pytest.raises(LintInputError):
        load_bibliography(tmp_path / "missing.bib")


# ------------------------------------------------------------------ every rule: clean files


@pytest.mark.parametrize("name", ["clean.bib", "macros.bib"])
@pytest.mark.parametrize("code", BIB_RULES)
def test_clean_files_pass(code, name):
    bib = load_bibliography(FIXTURES / name)
    assert findings(code, bib) == []


# ------------------------------------------------------------------ every rule: flagged at the line

CASES = [
    # (fixture, rule, [(line, text on that line)])
    ("duplicate-key.bib", "BIB001", [(9, "@misc{FIXTURE-A,")]),
    ("duplicate-work.bib", "BIB002", [(10, "@misc{fixture-b,"), (30, "@article{easl-vascular,")]),
    (
        "missing-required-field.bib",
        "BIB003",
        [(1, "@article{fixture-article,"), (10, "@book{fixture-book,"), (17, "@misc{fixture-web,")],
    ),
    (
        "malformed-doi.bib",
        "BIB004",
        [(8, "  doi = {https://doi.org/10.1002/hep.31646},"), (19, "  doi = {10.1002 hep.31646},")],
    ),
    (
        "web-source-without-access-date.bib",
        "BIB005",
        [
            (4, "  url = {https://example.org/a},"),
            (12, "  urldate = {Nov 1, 2026},"),
            (20, "  urldate = {2099-01-01},"),
        ],
    ),
    ("insecure-url.bib", "BIB006", [(4, "  url = {http://example.org/plain},")]),
    ("missing-evidence-level.bib", "BIB008", [(1, "@misc{fixture-no-evidence,"), (13, "  evidence = {review},")]),
    ("japanese-entry-without-english-title.bib", "BIB009", [(4, "  langid = {japanese},")]),
    ("malformed-pmid.bib", "BIB010", [(8, "  pmid = {PMID: 12345678},"), (19, "  pubmed = {PMC1234567},")]),
    ("duplicate-field.bib", "BIB011", [(8, "  year = {2022},")]),
    ("malformed-person-name.bib", "BIB012", [(3, "  author = {Example, Anne, Sample, Bob},")]),
    ("japanese-title-without-langid.bib", "BIB013", [(3, "  title = {テスト用の架空のページ},")]),
    ("text-outside-entry.bib", "BIB014", [(4, "  title = {{EASL} Clinical Practice Guidelines}},")]),
]


@pytest.mark.parametrize("name, code, expected", CASES, ids=[c[1] for c in CASES])
def test_rule_flags_the_exact_line(name, code, expected):
    path = FIXTURES / name
    got = findings(code, load_bibliography(path))
    assert [f.line for f in got] == [line for line, _ in expected]
    for finding, (line, text) in zip(got, expected, strict=False):
        assert line_text(path, line) == text
        assert finding.rule == code and Path(finding.path).resolve() == path
        assert finding.severity == RULES[code].severity


def test_messages_and_suggestions():
    doi = findings("BIB004", load_bibliography(FIXTURES / "malformed-doi.bib"))
    assert doi[0].suggestion == "doi = {10.1002/hep.31646}"
    pmid = findings("BIB010", load_bibliography(FIXTURES / "malformed-pmid.bib"))
    assert pmid[0].suggestion == "pmid = {12345678}" and pmid[1].suggestion == ""
    work = findings("BIB002", load_bibliography(FIXTURES / "duplicate-work.bib"))
    assert "same title and year as 'fixture-a'" in work[0].message
    assert "same DOI as 'easl-2016' (line 19)" in work[1].message
    web = findings("BIB003", load_bibliography(FIXTURES / "missing-required-field.bib"))
    assert [f.message for f in web] == [
        "article entry 'fixture-article' has no volume",
        "book entry 'fixture-book' has no author or editor",
        "misc entry 'fixture-web' has no author or howpublished or organization",
    ]


def test_each_bad_fixture_fails_only_its_own_rule():
    """The other rules pass on each fixture, so every rule is tested in isolation."""
    for name, code, _ in CASES:
        if name == "text-outside-entry.bib":
            continue  # the fields after the extra brace are lost, so BIB003/BIB008 fire too
        bib = load_bibliography(FIXTURES / name)
        others = [f for other in BIB_RULES if other != code for f in findings(other, bib)]
        assert others == [], (name, others)


def test_required_fields_are_configurable():
    bib = load_bibliography(FIXTURES / "missing-required-field.bib")
    ctx = context(bib, rules={"missing-required-field": {"required": {"article": ["title"]}}})
    assert [f.line for f in findings("BIB003", bib, ctx)] == [10, 17]


def test_evidence_levels_are_configurable():
    bib = load_bibliography(FIXTURES / "missing-evidence-level.bib")
    ctx = context(bib, rules={"BIB008": {"allowed": ["review"]}})
    assert [f.line for f in findings("BIB008", bib, ctx)] == [1]


# ------------------------------------------------------------------ BIB007 (project)


def page(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(f"---\neeat: _meta/eeat.yaml\n---\n\n# 見出し\n\n{body}\n", encoding="utf-8")
    return parse_page(str(path), path.read_text(encoding="utf-8"))


def test_bib007_uncited_entry_is_flagged_at_its_line(tmp_path):
    bib = load_bibliography(FIXTURES / "clean.bib")
    pages = [
        page(tmp_path, "a.md", "門脈血栓症の治療指針があります{cite:p}`easl-2016,aasld-2021`。"),
        page(tmp_path, "b.md", "解説のページです{cite:p}`fixture-web-ja`。"),
    ]
    ctx = context(bib, pages)
    got = list(RULES["BIB007"].check(ctx, ctx))
    assert [(f.line, f.severity, f.message) for f in got] == [
        (41, "warning", "entry 'fixture-book' is not cited on any page"),
    ]


def test_bib007_clean_when_every_entry_is_cited(tmp_path):
    bib = load_bibliography(FIXTURES / "clean.bib")
    pages = [
        page(
            tmp_path,
            "a.md",
            "本文です{cite:p}`easl-2016,AASLD-2021,fixture-web-ja`。\n\n別の文です{cite:t}`fixture-book`。",
        )
    ]
    ctx = context(bib, pages)
    assert list(RULES["BIB007"].check(ctx, ctx)) == []


def test_bib007_skipped_when_only_some_files_are_linted(tmp_path):
    bib = load_bibliography(FIXTURES / "clean.bib")
    ctx = context(bib, [page(tmp_path, "a.md", "本文です{cite:p}`easl-2016`。")])
    ctx.whole_project = False
    assert list(RULES["BIB007"].check(ctx, ctx)) == []


# ------------------------------------------------------------------ through the CLI

needs_cli = pytest.mark.skipif(
    not (ROOT / "lint" / "runner.py").exists() or not (ROOT / "lint" / "__main__.py").exists(),
    reason="the lint runner is not written yet",
)


def run_lint(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "lint", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


@needs_cli
@pytest.mark.parametrize("name, code, expected", CASES, ids=[c[1] for c in CASES])
def test_cli_reports_each_rule_at_its_line(name, code, expected):
    result = run_lint("--format", "json", "--select", code, FIXTURES / name)
    assert result.returncode == (1 if RULES[code].severity == "error" else 0), result.stderr
    got = [(f["rule"], f["line"]) for f in json.loads(result.stdout)]
    assert got == [(code, line) for line, _ in expected]


@needs_cli
def test_cli_clean_file_exits_0():
    result = run_lint("--format", "json", "--select", "BIB", FIXTURES / "clean.bib")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


@needs_cli
def test_cli_parse_error_exits_2_with_file_and_line():
    result = run_lint("--format", "json", "--select", "BIB", FIXTURES / "syntax-missing-comma.bib")
    assert result.returncode == 2
    assert "syntax-missing-comma.bib:4: BibTeX syntax error: '}' expected" in result.stderr
    assert "Traceback" not in result.stderr


@needs_cli
def test_cli_whole_project_reports_uncited_entry(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.pvt-lint]\nselect = ["BIB"]\n', encoding="utf-8")
    shutil.copy(FIXTURES / "clean.bib", tmp_path / "refs.bib")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text(
        "# 見出し\n\n本文です{cite:p}`easl-2016,aasld-2021,fixture-web-ja`。\n", encoding="utf-8"
    )
    result = run_lint("--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # BIB007 is a warning
    got = [(f["path"], f["line"], f["rule"]) for f in json.loads(result.stdout)]
    assert got == [("refs.bib", 41, "BIB007")]


@needs_cli
def test_cli_suppression_comment_before_an_entry(tmp_path):
    text = (FIXTURES / "insecure-url.bib").read_text(encoding="utf-8")
    bib = tmp_path / "refs.bib"
    bib.write_text("% lint: ignore[BIB006] this fictional site has no https\n" + text, encoding="utf-8")
    result = run_lint("--format", "json", "--select", "BIB", bib)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


# ------------------------------------------------------------------ robustness

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

TOKENS = [
    *'@{}()=,"#%\n \tabkey01-.:/門脈',
    "@article{",
    "@misc(",
    "@string{",
    "@comment{",
    "author = ",
    "title = ",
    " and ",
    "Doe, J, Roe, R",
]
BIBTEX_ISH = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(BIBTEX_ISH)
def test_any_text_parses_or_raises_lint_input_error(text):
    """No traceback: any input is a Bibliography or a LintInputError with a line in the file."""
    try:
        bib = parse_bibliography("fuzz.bib", text)
    except LintInputError as exc:
        assert 1 <= exc.line <= text.count("\n") + 1
        return
    ctx = context(bib)
    for code in BIB_RULES:
        for finding in RULES[code].check(bib, ctx):
            assert 1 <= finding.line <= text.count("\n") + 1
