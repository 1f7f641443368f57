"""The build's check of pvt_site.po translations (pvt_sphinx.catalogs.format_error), without a build."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "docs" / "_ext")]

from pvt_sphinx.catalogs import format_error  # noqa: E402


@pytest.mark.parametrize(
    "msgid, msgstr, flags, words",
    [
        ("（{year}年）", " ({yaer})", ["python-brace-format"], "{yaer} is not a placeholder of the source"),
        ("（{year}年）", " (year)", ["python-brace-format"], "placeholder {year} of the source is missing"),
        ("{0}件中{1}件", "{1} of {2}", ["python-brace-format"], "not a valid format string"),
        ("%(name)s さん", "Hello, %(nam)s", ["python-format"], "%(nam) is not a placeholder"),
        # (thirty-fifth session) a field not written as in the source formats, and shows the wrong thing
        ("（{year}年）", " ({year.__class__})", ["python-brace-format"], "not written as in the source"),
        ("（{year}年）", " ({year!r})", ["python-brace-format"], "not written as in the source"),
        ("（{year}年）", " ({year:.2})", ["python-brace-format"], "not written as in the source"),
        ("（{year}年）", " ({year:>8})", ["python-brace-format"], "not written as in the source"),
    ],
)
def test_a_translation_that_cannot_format_is_named(msgid, msgstr, flags, words):
    assert words in format_error(msgid, msgstr, flags)


@pytest.mark.parametrize(
    "msgid, msgstr, flags",
    [
        ("（{year}年）", " ({year})", ["python-brace-format"]),
        ("{year}年{month}月号", "{month} {year} issue", ["python-brace-format"]),
        ("対象者の%(percent)d%%が回答しました", "%(percent)d%% of those eligible responded", ["python-format"]),
        ("著者", "Author", []),
    ],
)
def test_good_translations_pass(msgid, msgstr, flags):
    assert format_error(msgid, msgstr, flags) == ""
