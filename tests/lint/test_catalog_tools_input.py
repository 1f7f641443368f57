"""python -m lint.catalog_tools on bad names (hostile inputs, fourth session): a page name that leaves locale/,
a hidden or empty name, control characters, the build's own catalog, or a language that is no language code
is refused with a message and exit 2, and nothing is moved."""

import shutil
from pathlib import Path

import pytest

from lint.catalog_tools import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def locale(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "locale" / "en" / "LC_MESSAGES"


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("../../../outside", "NEW is not a page name"),
        ("/tmp/absolute", "NEW is not a page name"),
        ("", "NEW is not a page name"),
        (".", "NEW is not a page name"),
        ("a\x01b", r"a\x01b: NEW is not a page name"),
        ("pvt_site", "NEW is the catalog of the build's own text"),
    ],
)
def test_a_bad_new_name_moves_nothing(locale, capsys, new, message):
    before = sorted(p.name for p in locale.rglob("*"))
    assert main(["rename", "faq", new]) == 2
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in locale.rglob("*")) == before


@pytest.mark.parametrize("language", ["a/b", "../../x", "en\x1b"])
def test_a_language_that_is_no_code_is_refused(locale, capsys, language):
    assert main(["update", "-l", language]) == 2
    assert "not a language code" in capsys.readouterr().err


def test_a_good_rename_still_moves_the_catalog(locale, capsys):
    assert main(["rename", "faq.md", "questions.md"]) == 0
    assert (locale / "questions.po").is_file() and not (locale / "faq.po").exists()


def test_a_page_name_may_hold_a_dot(locale, capsys):
    # (review) notes-v1.2 is a valid Sphinx page name
    assert main(["rename", "faq", "faq-v1.2"]) == 0
    assert (locale / "faq-v1.2.po").is_file()
