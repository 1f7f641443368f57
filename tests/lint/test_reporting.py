"""Output formats: each parses, carries every finding, and keeps stdout machine-readable."""

import io
import json
import re
from pathlib import Path

import jsonschema
import pytest

from lint import reporting
from lint.cli import main
from lint.findings import Finding
from lint.runner import Report

ROOT = Path(__file__).resolve().parents[2]

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = FIXTURES / "pages"
SCHEMA = Path(__file__).resolve().parent / "schemas" / "sarif-schema-2.1.0.json"
KEYS = {
    "path",
    "line",
    "column",
    "rule",
    "name",
    "severity",
    "message",
    "context",
    "suggestion",
    "end_line",
    "end_column",
}


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def lint(fmt, *paths):
    out, err = io.StringIO(), io.StringIO()
    args = [
        "--config",
        str(FIXTURES / "pyproject.toml"),
        "--bib",
        str(FIXTURES / "refs.bib"),
        "--format",
        fmt,
        *[str(p) for p in paths],
    ]
    code = main(args, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


ALL = (PAGES / "uncited.md", PAGES / "roles.md", PAGES / "suppressed.md")


def test_json_is_one_list_of_findings():
    code, out, err = lint("json", *ALL)
    assert code == 1
    findings = json.loads(out)
    assert isinstance(findings, list) and len(findings) >= 15
    for finding in findings:
        assert set(finding) == KEYS
        assert isinstance(finding["line"], int) and isinstance(finding["column"], int)
        assert finding["severity"] in ("error", "warning")
    first = findings[0]
    assert first["rule"] in ("CIT001", "CIT002", "CIT003")
    assert any(f["context"] == "再開通率は71%でした。" for f in findings)  # not escaped: ensure_ascii off
    assert err.rstrip().splitlines()[-1].startswith("checked ")  # the summary is on stderr


def test_json_gives_where_a_flagged_sentence_ends():
    findings = json.loads(lint("json", PAGES / "uncited.md")[1])
    # line 9 of uncited.md: a cited sentence, then 再開通率は71%でした。 from column 36 to its 。
    (number,) = [f for f in findings if f["context"] == "再開通率は71%でした。"]
    assert (number["line"], number["column"]) == (9, 36)
    assert (number["end_line"], number["end_column"]) == (9, 36 + len("再開通率は71%でした。") - 1)
    # a rule that reports a point gives no end rather than a made-up one
    point = Finding("a.md", 1, 1, "LNT003", "x", "warning", "m")
    assert point.as_dict()["end_line"] is None and point.as_dict()["end_column"] is None


def test_json_of_a_clean_page_is_an_empty_list():
    code, out, _ = lint("json", PAGES / "clean.md")
    assert code == 0 and json.loads(out) == []


def test_github_annotations():
    code, out, err = lint("github", *ALL)
    assert code == 1
    lines = out.splitlines()
    pattern = re.compile(r"^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[A-Z]{3}\d{3} [a-z0-9-]+::.+$")
    assert lines and all(pattern.match(line) for line in lines), out
    assert "::error file=tests/lint/fixtures/pages/uncited.md,line=7,col=1,title=CIT001 uncited-claim::" in out
    assert any(line.startswith("::warning ") and "LNT003" in line for line in lines)
    assert "checked " in err


def test_github_escapes_newlines_and_separators():
    report = Report(
        findings=[
            Finding("a,b:c.md", 3, 4, "CIT001", "uncited-claim", "error", "50% of\ncases", context="文", suggestion="")
        ]
    )
    out = reporting.format_github(report)
    assert out == "::error file=a%2Cb%3Ac.md,line=3,col=4,title=CIT001 uncited-claim::50%25 of%0Acases%0A文\n"


def test_sarif_is_valid_sarif_2_1_0():
    code, out, err = lint("sarif", *ALL)
    assert code == 1
    log = json.loads(out)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "pvt-lint"
    rules = {r["id"]: r for r in driver["rules"]}
    for code_ in ("CIT001", "CIT002", "CIT003"):
        rule = rules[code_]
        assert rule["name"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert "Example violation" in rule["help"]["text"]
    results = run["results"]
    assert len(results) == len(json.loads(lint("json", *ALL)[1]))
    first = next(
        r
        for r in results
        if r["ruleId"] == "CIT001"
        and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("uncited.md")
    )
    assert first["level"] == "error"
    assert first["message"]["text"]
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "tests/lint/fixtures/pages/uncited.md"
    assert location["region"]["startLine"] == 7 and location["region"]["startColumn"] == 1
    # the whole sentence 門脈は腸や脾臓からの血液を肝臓へ運びます。 (21 characters); SARIF's end is exclusive
    assert (location["region"]["endLine"], location["region"]["endColumn"]) == (7, 22)
    assert {r["level"] for r in results} == {"error", "warning"}
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    assert "checked " in err


def test_sarif_without_findings_is_valid():
    code, out, _ = lint("sarif", PAGES / "clean.md")
    assert code == 0
    log = json.loads(out)
    jsonschema.validate(log, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert log["runs"][0]["results"] == []


def test_vendored_schema_is_a_valid_json_schema():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)
    # and it rejects what SARIF forbids: a result without a message, a level outside the enum
    bad = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x"}},
                "results": [{"ruleId": "X", "level": "fatal", "message": {"text": "m"}}],
            }
        ],
    }
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_text_output_with_statistics_goes_to_stdout_and_others_to_stderr():
    code, out, err = lint("text", "--statistics", PAGES / "suppressed.md")
    assert "findings by rule:" in out and err == ""
    code, out, err = lint("json", "--statistics", PAGES / "suppressed.md")
    json.loads(out)
    assert "findings by rule:" in err


def test_summary_wording():
    report = Report(files={"page": ["a.md"], "catalog": [], "bib": []})
    report.sentences.update(checked=1, cited=1)
    assert reporting.summary(report) == (
        "checked 1 sentence in 1 page: 1 cited, 0 exempt, 0 uncited, 0 suppressed; 0 errors, 0 warnings"
    )


def test_output_file_keeps_the_report_and_stdout_empty(tmp_path):
    target = tmp_path / "pvt-lint.sarif"
    code, out, err = lint("sarif", "--output", target, *ALL)
    assert code == 1 and out == ""
    jsonschema.validate(json.loads(target.read_text(encoding="utf-8")), json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert "checked " in err


def test_unwritable_output_exits_2(tmp_path):
    code, _, err = lint("json", "--output", tmp_path / "no" / "such" / "dir.json", PAGES / "clean.md")
    assert code == 2 and "cannot write" in err
