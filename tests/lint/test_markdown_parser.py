"""The lint parses pages as the build does, without importing Sphinx, docutils or myst-parser."""

import subprocess
import sys
from pathlib import Path

import pytest

from lint.parsing.markdown import markdown_parser, parse_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").glob("*.md")) + sorted((ROOT / "tests" / "lint" / "fixtures").rglob("*.md"))


def myst_parser_tokens(text):
    """Tokens from myst-parser's own factory with the extensions of docs/conf.py."""
    pytest.importorskip("myst_parser")
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    return create_md_parser(MdParserConfig(enable_extensions={"colon_fence", "deflist"}), RendererHTML).parse(text)


def shape(tokens):
    return [(t.type, t.tag, t.map, t.markup, t.info, t.content, shape(t.children or [])) for t in tokens]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_same_tokens_as_myst_parser(page):
    text = page.read_text(encoding="utf-8")
    assert shape(markdown_parser().parse(text)) == shape(myst_parser_tokens(text))


def test_the_lint_imports_no_sphinx_docutils_or_myst_parser():
    code = (
        "import sys, lint.cli, lint.runner\n"
        "from lint.runner import load_rules, make_session, run\n"
        "load_rules()\n"
        "report = run([], make_session())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sphinx', 'docutils', 'myst_parser', "
        "'sphinxcontrib')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "content",
    [
        "elkrief-2024",
        "a,b",
        " a , b ",
        "{see}a{p. 3},b",
        "a,,b",
        "",
        "a b",
        "{pre}",
        "a,{x}b{y}",
        "a,",
        "日本-2018",
    ],
)
def test_citation_keys_read_as_sphinxcontrib_bibtex_reads_them(content):
    pytest.importorskip("sphinxcontrib.bibtex")
    from sphinxcontrib.bibtex.citation_target import parse_citation_targets as theirs

    from lint.parsing.citation_targets import parse_citation_targets as ours

    def read(parse):
        try:
            return [tuple(t) for t in parse(content)]
        except ValueError as exc:
            return str(exc)

    assert read(ours) == read(lambda c: list(theirs(c)))


@pytest.mark.parametrize(
    "text, line",
    [
        ("# 見出し\n\n```python\nprint(1)\n\nワルファリンを毎日10mg飲むべきです。\n", 3),
        ("# 見出し\n\n段落です。\n\n~~~\nコード\n", 5),
    ],
)
def test_a_code_fence_never_closed_is_kept_with_its_line(text, line):
    """(twenty-seventh session, a review of hostile inputs) the rest of the page is shown as code, unread: CIT001
    reports it (tests/reliability/test_bad_input.py runs the rule on it)."""
    assert parse_page("page.md", text).unclosed_code == (line, text.split("\n")[line - 1].strip()[:3])


@pytest.mark.parametrize(
    "text",
    [
        "# 見出し\n\n```python\nprint(1)\n```\n",
        "# 見出し\n\n````{note}\n注意です。\n````\n",
        "# 見出し\n\n```{note}\n注意です。\n```",  # closed on the last line, no newline after it
        "# 見出し\n\n```{note}\n注意です。\n",  # a directive never closed: its content is read as the directive's
        "# 見出し\n\n:::{note}\n注意です。\n",
    ],
)
def test_no_code_fence_left_open(text):
    assert parse_page("page.md", text).unclosed_code is None
