"""pvt_sphinx.lint_bridge: the lint's page rules run inside Sphinx, so `-W` stops on an uncited claim.

The temporary projects load the extension by name, as docs/conf.py does: the
project (lint and pvt_sphinx) is installed in the test environment.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.build  # runs Sphinx

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CONF = """
project = "bridge test"
extensions = ["myst_parser", "sphinxcontrib.bibtex", "pvt_sphinx.lint_bridge"]
myst_enable_extensions = ["colon_fence", "deflist"]
bibtex_bibfiles = ["../refs.bib"]
bibtex_reference_style = "label"
exclude_patterns = ["_build"]
"""

PAGE = """# 門脈

門脈は腸や脾臓からの血液を肝臓へ運びます{cite:p}`easl-2016`。

抗凝固療法は3〜6か月続けます。

:::{note}
妊娠中の治療は個別に決めます{cite:p}`easl-2016`。
:::

```{bibliography}
```
"""


def make_project(tmp_path, page=PAGE, config='select = ["CIT001", "CIT002", "CIT003"]'):
    (tmp_path / "pyproject.toml").write_text(f"[tool.pvt-lint]\n{config}\n", encoding="utf-8")
    (tmp_path / "refs.bib").write_text((FIXTURES / "refs.bib").read_text(encoding="utf-8"), encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "conf.py").write_text(CONF, encoding="utf-8")
    (docs / "index.md").write_text(page, encoding="utf-8")
    return tmp_path


def build(project, *extra):
    cmd = [
        sys.executable,
        "-m",
        "sphinx",
        "-b",
        "html",
        "-W",
        "--keep-going",
        "-q",
        *extra,
        str(project / "docs"),
        str(project / "_build"),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=project, timeout=300)


@pytest.fixture(scope="module")
def failing(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("bridge"))
    return project, build(project)


def test_uncited_sentence_fails_the_build_at_its_line(failing):
    project, result = failing
    assert result.returncode != 0
    docs_page = project / "docs" / "index.md"
    assert f"{docs_page}:5: WARNING: CIT001 [uncited-claim] sentence states a number (3〜6か月)" in result.stderr, (
        result.stderr
    )
    assert "[pvt-lint.CIT001]" in result.stderr
    assert result.stderr.count("WARNING") == 1, result.stderr


def test_page_with_findings_is_checked_again_on_an_incremental_build(failing):
    project, _ = failing
    again = build(project)  # the environment is reused; the page has not changed
    assert again.returncode != 0
    assert "CIT001" in again.stderr


def test_cited_page_builds_and_suppressions_are_honoured(tmp_path):
    page = PAGE.replace(
        "抗凝固療法は3〜6か月続けます。", "% lint: ignore[CIT001] テスト用の抑制\n抗凝固療法は3〜6か月続けます。"
    )
    result = build(make_project(tmp_path, page))
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr


def test_lint_warnings_do_not_fail_the_build(tmp_path):
    page = PAGE.replace(
        "抗凝固療法は3〜6か月続けます。",
        "% lint: ignore[CIT002] 何も抑制しない\n抗凝固療法は3〜6か月続けます{cite:p}`easl-2016`。",
    )
    result = build(make_project(tmp_path, page))  # LNT003 (unused suppression) is a warning
    assert result.returncode == 0, result.stderr


def test_unknown_key_is_reported_by_the_lint_too(tmp_path):
    page = PAGE.replace("抗凝固療法は3〜6か月続けます。", "抗凝固療法は3〜6か月続けます{cite:p}`easl-2061`。")
    result = build(make_project(tmp_path, page))
    assert result.returncode != 0
    assert (
        "index.md:5: WARNING: CIT002 [unknown-citation-key] citation key 'easl-2061' is not in refs.bib"
        in result.stderr
    ), result.stderr


def test_an_uncited_claim_in_an_included_file_stops_the_build_once_at_its_own_line(tmp_path):
    """MyST shows an included file's text as the including page's: the build checks it too (include-read), and
    names the included file once however many pages include it; a cited include builds."""
    project = make_project(
        tmp_path, PAGE.replace("抗凝固療法は3〜6か月続けます。", "```{include} _parts/shared.md\n```")
    )
    parts = project / "docs" / "_parts"
    parts.mkdir()
    (parts / "shared.md").write_text("本文の続きです。\n\n再発は約2割にみられます。\n", encoding="utf-8")
    (project / "docs" / "other.md").write_text("# 別のページ\n\n```{include} _parts/shared.md\n```\n", encoding="utf-8")
    (project / "docs" / "conf.py").write_text(
        CONF.replace(
            'exclude_patterns = ["_build"]',
            'exclude_patterns = ["_build", "_parts"]\nsuppress_warnings = ["toc.not_included"]',
        ),
        encoding="utf-8",
    )
    result = build(project)
    assert result.returncode != 0
    expected = f"{parts / 'shared.md'}:3: WARNING: CIT001 [uncited-claim] sentence states a number (2割)"
    assert result.stderr.count(expected) == 1, result.stderr
    assert result.stderr.count("WARNING") == 1, result.stderr
    (parts / "shared.md").write_text(
        "本文の続きです。\n\n再発は約2割にみられます{cite:p}`easl-2016`。\n", encoding="utf-8"
    )
    again = build(project)
    assert again.returncode == 0, again.stderr


def test_an_include_is_checked_as_it_is_shown(tmp_path):
    """(from the code review) MyST reads any included file as Markdown unless it is :literal: or :code:, and shows
    only the slice :start-after: and :end-before: give: the build checks what is shown, at the file's own lines."""
    page = PAGE.replace(
        "抗凝固療法は3〜6か月続けます。",
        "```{include} _parts/code.md\n:literal:\n```\n\n"
        "```{include} _parts/sliced.md\n:start-after: <!-- start -->\n:end-before: <!-- end -->\n```\n\n"
        "```{include} _parts/plain.txt\n```",
    )
    project = make_project(tmp_path, page)
    parts = project / "docs" / "_parts"
    parts.mkdir()
    (parts / "code.md").write_text("患者の3割で再発します。\n", encoding="utf-8")
    (parts / "sliced.md").write_text(
        "患者の4割で再発します。\n\n<!-- start -->\n\n本文の続きです。\n\n患者の5割で再発します。\n\n<!-- end -->\n\n"
        "患者の6割で再発します。\n",
        encoding="utf-8",
    )
    (parts / "plain.txt").write_text("患者の7割で再発します。\n", encoding="utf-8")
    (project / "docs" / "conf.py").write_text(
        CONF.replace('exclude_patterns = ["_build"]', 'exclude_patterns = ["_build", "_parts"]'), encoding="utf-8"
    )
    result = build(project)
    assert result.returncode != 0
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stderr)  # Sphinx colours its warnings on a terminal (CI)
    found = sorted(line.split(": WARNING")[0] for line in plain.splitlines() if "CIT001" in line)
    assert found == [f"{parts / 'plain.txt'}:1", f"{parts / 'sliced.md'}:7"], result.stderr


def test_each_include_of_a_file_is_checked_with_its_own_options(tmp_path):
    """(second review) two includes of one file show two slices, a file included by an included file shows as that
    include says (here :literal:, code), and a page whose front matter MyST only warns about does not crash."""
    page = (
        "---\nreviewed: 2026-02-30\n---\n\n# 門脈\n\n"
        "```{include} _parts/s.md\n:end-before: <!-- a -->\n```\n\n"
        "```{include} _parts/s.md\n:start-after: <!-- b -->\n```\n\n"
        "```{include} _parts/outer.md\n```\n"
    )
    project = make_project(tmp_path, page)
    parts = project / "docs" / "_parts"
    parts.mkdir()
    (parts / "s.md").write_text(
        "本文です。\n\n<!-- a -->\n\n患者の4割で再発します。\n\n<!-- b -->\n\n患者の5割で再発します。\n",
        encoding="utf-8",
    )
    # MyST resolves a nested include from the page's folder, as the page's own
    (parts / "outer.md").write_text(
        "ここからは薬について説明します。\n\n```{include} _parts/code.txt\n:literal:\n```\n", encoding="utf-8"
    )
    (parts / "code.txt").write_text("患者の6割で再発します。\n", encoding="utf-8")
    (project / "docs" / "conf.py").write_text(
        CONF.replace('exclude_patterns = ["_build"]', 'exclude_patterns = ["_build", "_parts"]'), encoding="utf-8"
    )
    result = build(project, "-W")
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stderr)
    assert "Traceback" not in plain and "ExtensionError" not in plain, plain
    found = sorted(line.split(": WARNING")[0] for line in plain.splitlines() if "CIT001" in line)
    assert found == [f"{parts / 's.md'}:9"], plain
