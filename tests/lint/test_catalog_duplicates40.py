"""(fortieth session, issue 12) Two entries of one source in a catalog, obsolete ones included, are refused as
msgfmt refuses them: update-po had read two obsolete entries of one msgid as one and dropped the first translation.
The refusal names the file and the line, exits 2 and leaves the catalog as it was; the lint reports the same."""

import subprocess
import sys
from pathlib import Path

import pytest

from lint.catalog_tools import main

ROOT = Path(__file__).resolve().parents[2]
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
ACTIVE = '#: ../../docs/page.md:1\nmsgid "今日は晴れです。"\nmsgstr "It is sunny today."\n\n'

CASES = {
    "two obsolete": ACTIVE
    + '#~ msgid "古い段落です。"\n#~ msgstr "An old paragraph."\n\n'
    + '#, fuzzy\n#~ msgid "古い段落です。"\n#~ msgstr "A second translation."\n',
    "obsolete and active": ACTIVE + '#~ msgid "今日は晴れです。"\n#~ msgstr "Sunny today."\n',
}
WHICH = {
    "two obsolete": ("two obsolete (#~) entries", 10, 14),
    "obsolete and active": ("an obsolete (#~) entry", 7, 10),
}


def _project(tmp_path, text):
    (tmp_path / "pot").mkdir()
    (tmp_path / "pot" / "page.pot").write_text(
        HEADER + '#: ../../docs/page.md:1\nmsgid "今日は晴れです。"\nmsgstr ""\n'
    )
    po = tmp_path / "locale" / "en" / "LC_MESSAGES" / "page.po"
    po.parent.mkdir(parents=True)
    po.write_text(HEADER + text, encoding="utf-8")
    return po


@pytest.mark.parametrize("case", sorted(CASES))
def test_update_refuses_a_duplicate_and_keeps_the_catalog(tmp_path, monkeypatch, capsys, case):
    po = _project(tmp_path, CASES[case])
    before = po.read_bytes()
    monkeypatch.chdir(tmp_path)
    assert main(["update", "-p", "pot", "-d", "locale", "-l", "en"]) == 2
    err = capsys.readouterr().err
    which, first, line = WHICH[case]
    assert f"page.po:{line}: duplicate message definition (msgid first defined at line {first}): {which}" in err
    assert po.read_bytes() == before  # both translations still there for the translator to choose


def test_msgfmt_agrees_that_the_catalog_is_wrong(tmp_path, msgfmt):
    po = _project(tmp_path, CASES["two obsolete"])
    result = subprocess.run([msgfmt, "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True, check=False)
    assert result.returncode != 0 and "duplicate message definition" in result.stderr


def test_the_lint_reports_the_duplicate_with_its_line(tmp_path):
    po = _project(tmp_path, CASES["two obsolete"])
    (tmp_path / "pyproject.toml").write_text('[tool.pvt-lint]\nselect = ["TRN"]\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "lint", "--no-cache", str(po.relative_to(tmp_path))],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0, result.stdout + result.stderr
    assert "page.po:14" in result.stdout + result.stderr
    assert "duplicate message definition" in result.stdout + result.stderr
