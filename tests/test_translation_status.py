"""`python -m lint.translation_status`: per-page and total translation progress (like potodo)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lint.translation_status import main, status

ROOT = Path(__file__).resolve().parent.parent

FIXTURES = ROOT / "tests" / "lint" / "fixtures" / "po"


@pytest.fixture
def locale(tmp_path):
    """locale/en with the half-translated status.po (as "diagnosis") and the finished clean.po (as "basics")."""
    folder = tmp_path / "locale" / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copyfile(FIXTURES / "status.po", folder / "diagnosis.po")
    shutil.copyfile(FIXTURES / "clean.po", folder / "basics.po")
    return tmp_path / "locale" / "en"


def test_counts_of_each_catalog_and_the_total(locale):
    report = status(locale)
    rows = {row["page"]: row for row in report["catalogs"]}
    assert list(rows) == ["basics", "diagnosis"]
    diagnosis = rows["diagnosis"]
    assert {k: diagnosis[k] for k in ("translated", "fuzzy", "untranslated", "obsolete", "entries")} == {
        "translated": 4,
        "fuzzy": 2,
        "untranslated": 3,
        "obsolete": 2,
        "entries": 9,
    }
    assert diagnosis["percent_translated"] == 44.4
    basics = rows["basics"]
    assert (basics["translated"], basics["entries"], basics["percent_translated"]) == (16, 16, 100.0)
    total = report["total"]
    assert (total["translated"], total["fuzzy"], total["untranslated"], total["obsolete"], total["entries"]) == (
        20,
        2,
        3,
        2,
        25,
    )
    assert total["percent_translated"] == 80.0


def test_text_table(locale, capsys):
    assert main([str(locale)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"Translation status of {locale} (2 catalogs)"
    assert out[1].split() == ["page", "translated", "fuzzy", "untranslated", "obsolete", "done"]
    assert out[2].split() == ["basics", "16/16", "0", "0", "0", "100.0%"]
    assert out[3].split() == ["diagnosis", "4/9", "2", "3", "2", "44.4%"]
    assert out[-1].split() == ["total", "20/25", "2", "3", "2", "80.0%"]


def test_json_report(locale, capsys):
    assert main(["--format", "json", str(locale)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["total"]["percent_translated"] == 80.0
    assert [row["page"] for row in report["catalogs"]] == ["basics", "diagnosis"]
    assert report["catalogs"][1]["path"].endswith("diagnosis.po")


def test_an_empty_catalog_is_complete(tmp_path, capsys):
    folder = tmp_path / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "empty.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n', encoding="utf-8"
    )
    assert status(tmp_path / "en")["total"]["percent_translated"] == 100.0


def test_missing_directory_exits_2_without_traceback(tmp_path, capsys):
    assert main([str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "no such directory" in err and "Traceback" not in err


def test_unreadable_catalog_exits_2_naming_file_and_line(locale, capsys):
    shutil.copyfile(FIXTURES / "broken" / "duplicate-msgid.po", locale / "LC_MESSAGES" / "faq.po")
    assert main([str(locale)]) == 2
    err = capsys.readouterr().err
    assert f"{locale / 'LC_MESSAGES' / 'faq.po'}:14: duplicate message definition" in err


def test_module_entry_point(locale):
    result = subprocess.run(
        [sys.executable, "-m", "lint.translation_status", "--format", "json", str(locale)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"]["entries"] == 25


@pytest.mark.skipif(not (ROOT / "locale" / "en").is_dir(), reason="no English catalogs yet")
def test_the_project_default_directory():
    result = subprocess.run([sys.executable, "-m", "lint.translation_status"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Translation status of locale/en")
    assert result.stdout.splitlines()[-1].startswith("total")
