"""lint.core: what the build and the lint share, importable without the Sphinx stack."""

import datetime
import subprocess
import sys
from pathlib import Path

import pytest

from lint.core.dates import as_date
from lint.core.evidence import FALLBACK_LEVEL, HEADINGS, LEVELS, level_of
from lint.core.language import display_width, is_japanese_entry, is_wide

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_neither_sphinx_nor_docutils():
    code = (
        "import sys, lint.core.eeat, lint.core.dates, lint.core.evidence, lint.core.language; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sphinx', 'docutils', 'myst_parser')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_as_date_reads_days_and_makes_a_datetime_its_date():
    assert as_date("2026-11-25") == datetime.date(2026, 11, 25)
    assert as_date(" 2026-11-25 ") == datetime.date(2026, 11, 25)
    assert as_date(datetime.date(2026, 11, 25)) == datetime.date(2026, 11, 25)
    assert as_date(datetime.datetime(2026, 11, 25, 10, 30)) == datetime.date(2026, 11, 25)
    for value in ("2026-02-30", "2026-11-25 10:30", "20261125", "", None, 20261125):
        assert as_date(value) is None, value


def test_evidence_vocabulary():
    assert LEVELS[0] == "clinical-guideline" and FALLBACK_LEVEL in LEVELS
    assert set(HEADINGS) == set(LEVELS)
    assert level_of({"evidence": " Video "}) == "video" and level_of({}) == ""


def test_language_helpers():
    assert is_japanese_entry("japanese") and is_japanese_entry("Japanese")
    assert not is_japanese_entry("english") and not is_japanese_entry(None)
    assert is_wide("門") and is_wide("。") and is_wide("Ａ") and not is_wide("a") and not is_wide("ｱ")
    assert display_width("か\u3099ん\n") == 2  # NFC joins the voiced mark; line breaks do not count


def test_a_suppression_written_inside_a_code_block_is_example_text():
    # (from a review of hostile inputs) a comment line shown in a code block suppressed the block after it
    from lint.engine.suppressions import parse_suppressions

    page = (
        "# T\n\n```text\n% lint: ignore[CIT001] shown as an example\n```\n本文です。\n\n"
        "```{note}\n% lint: ignore[CIT001] a real comment inside a directive that holds MyST\n本文です。\n```\n"
    )
    assert [s.line for s in parse_suppressions("page.md", page, ".md")] == [9]


@pytest.mark.parametrize(
    "page, lines",
    [
        # (from the code review) inline code at a line's start is no fence: the suppression after it stays one
        (
            "# T\n\n```yaml``` の形式で設定を書きます。\n\n% lint: ignore[CIT001] 出典は次の節に示します\n本文です。\n",
            [5],
        ),
        # a code block inside a directive, or indented in a nested list item, is example text too
        ("# T\n\n````{note}\n```text\n% lint: ignore[CIT001] example\n```\n本文です。\n````\n", []),
        (
            "# T\n\n- a\n\n  - b\n\n      ```text\n      % lint: ignore[CIT001] example\n      ```\n      本文です。\n",
            [],
        ),
        (
            "# T\n\n:::{note}\n```text\n% lint: ignore[CIT001] example\n```\n% lint: ignore[CIT001] a real one\n本文です。\n:::\n",
            [7],
        ),
        # (second review) a colon fence of a literal directive; a fence left open inside a directive
        ("# T\n\n:::{code-block} text\n% lint: ignore[CIT001] example\n:::\n本文です。\n", []),
        (
            "# T\n\n````{note}\n```text\n% lint: ignore[CIT001] example\n````\n% lint: ignore[CIT001] real\n本文です。\n",
            [7],
        ),
    ],
)
def test_code_blocks_are_found_as_the_parser_finds_them(page, lines):
    from lint.engine.suppressions import parse_suppressions

    assert [s.line for s in parse_suppressions("page.md", page, ".md")] == lines
