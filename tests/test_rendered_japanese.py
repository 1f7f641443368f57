"""(thirty-seventh session, from an audit of issue 12) Japanese in what an English page shows around its content.

A toctree's :caption: is shown in every page's navigation, and a stale or emptied catalog entry for it left Japanese
there while the lint and the build passed. The build now reads each written page of a non-Japanese edition as the
reader gets it (pvt_sphinx.translation_check.check_rendered_output).
"""

import os
import sys

import pytest
from conftest import ROOT, run_sphinx

pytestmark = pytest.mark.build

PAGE = """# はじめに

この冊子は病気の説明です。

```{toctree}
:caption: 目次

second
```
"""
SECOND = "# 二ページ目\n\n二ページ目の本文です。\n"
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
INDEX_PO = (
    HEADER
    + 'msgid "はじめに"\nmsgstr "Introduction"\n\nmsgid "この冊子は病気の説明です。"\nmsgstr "This booklet explains the illness."\n\n'
)
SECOND_PO = (
    HEADER + 'msgid "二ページ目"\nmsgstr "Page two"\n\nmsgid "二ページ目の本文です。"\nmsgstr "The text of page two."\n'
)
CONF = """extensions = ["myst_parser", "pvt_sphinx.translation_check", "pvt_sphinx.stale_output"]
language = "ja"
locale_dirs = ["../locale"]
gettext_compact = False
html_theme = "alabaster"
copyright = "2026"
version = "1"
"""


def project(tmp_path, caption_translated):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "conf.py").write_text(CONF, encoding="utf-8")
    (docs / "index.md").write_text(PAGE, encoding="utf-8")
    (docs / "second.md").write_text(SECOND, encoding="utf-8")
    messages = tmp_path / "locale" / "en" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    caption = 'msgid "目次"\nmsgstr "Contents"\n' if caption_translated else ""
    (messages / "index.po").write_text(INDEX_PO + caption, encoding="utf-8")
    (messages / "second.po").write_text(SECOND_PO, encoding="utf-8")
    return tmp_path


def build(root, builder="html"):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "docs" / "_ext")])}
    out = root / "_build" / builder
    result = run_sphinx(builder, "en", out, root / "_build" / "doctrees", source=root / "docs", cwd=root, env=env)
    return result, out


def test_a_japanese_toctree_caption_fails_the_english_build(tmp_path):
    result, _out = build(project(tmp_path, caption_translated=False))
    assert result.returncode != 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "built page" in line]
    assert len(lines) == 1, result.stderr  # one report for the caption, however many pages show it
    assert "'目次'" in lines[0] and "other pages" in lines[0] and "nox -s update-po" in lines[0], lines[0]


def test_the_same_project_translated_builds(tmp_path):
    result, out = build(project(tmp_path, caption_translated=True))
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    assert "Contents" in (out / "index.html").read_text(encoding="utf-8")


def test_the_check_reads_the_epub_too(tmp_path):
    result, _out = build(project(tmp_path, caption_translated=False), "epub")
    assert result.returncode != 0 and "'目次'" in result.stderr, result.stderr


def test_a_japanese_page_description_is_found():
    from pvt_sphinx.translation_check import rendered_japanese

    page = '<html><head><meta name="description" content="門脈血栓症の説明"></head><body><p>Text</p></body></html>'
    assert rendered_japanese(page, []) == [(1, "<meta content=>", "門脈血栓症の説明")]
    quoted = '<html><body><p lang="ja">日本語</p><code>門脈</code><p>The guideline 「門脈血栓症ガイドライン」</p></body></html>'
    assert rendered_japanese(quoted, []) == []


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__]))


def with_lint_bridge(root, select):
    """The project with the lint's build extension, its pyproject selecting ``select`` and an empty bibliography."""
    (root / "pyproject.toml").write_text(f"[tool.pvt-lint]\nselect = {select!r}\n".replace("'", '"'), encoding="utf-8")
    (root / "refs.bib").write_text("", encoding="utf-8")
    conf = root / "docs" / "conf.py"
    extensions = '"pvt_sphinx.translation_check", "pvt_sphinx.lint_bridge"'
    conf.write_text(
        conf.read_text(encoding="utf-8").replace('"pvt_sphinx.translation_check"', extensions), encoding="utf-8"
    )
    return root


def test_a_translation_that_adds_a_link_fails_the_build(tmp_path):
    """(from the same audit) The lint's catalog rules hold in the build: an added link to another site in a msgstr
    was published by a build that passed (only python -m lint reported it)."""
    root = with_lint_bridge(project(tmp_path, caption_translated=True), ["TRN", "SPL"])
    result, _out = build(root)
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    index = root / "locale" / "en" / "LC_MESSAGES" / "index.po"
    index.write_text(
        index.read_text(encoding="utf-8").replace(
            '"This booklet explains the illness."',
            '"This booklet explains the illness. See [more](https://evil.example)."',
        ),
        encoding="utf-8",
    )
    result, _out = build(root)
    assert result.returncode != 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "TRN006" in line]
    assert lines and "index.po:" in lines[0] and "https://evil.example" in lines[0], result.stderr


def test_a_catalog_the_lint_cannot_read_fails_the_build(tmp_path):
    """(from the second audit of issue 12) An unterminated msgstr: Sphinx built the page with the text cut off."""
    root = with_lint_bridge(project(tmp_path, caption_translated=True), ["TRN", "SPL", "LNT"])
    second = root / "locale" / "en" / "LC_MESSAGES" / "second.po"
    second.write_text(second.read_text(encoding="utf-8").replace('"Page two"', '"Page two'), encoding="utf-8")
    result, _out = build(root)
    assert result.returncode != 0 and "LNT001" in result.stderr and "second.po:" in result.stderr, result.stderr


@pytest.mark.parametrize("builder, suffix", [("html", ".html"), ("epub", ".xhtml")])
def test_a_page_removed_from_the_sources_leaves_no_file_to_fail_the_build(tmp_path, builder, suffix):
    """(forty-fourth session, from an independent check of issue 12) A page added without a catalog fails the English
    build; once it is removed again, the next build into the same folder passes: the removed page's old file, which
    shows Japanese, is deleted instead of being judged (and published) as part of the site, and the other pages'
    navigation no longer names it."""
    root = project(tmp_path, caption_translated=True)
    docs = root / "docs"
    (docs / "third.md").write_text("# 三ページ目\n\n三ページ目の本文です。\n", encoding="utf-8")
    (docs / "index.md").write_text(PAGE.replace("second\n", "second\nthird\n"), encoding="utf-8")
    result, out = build(root, builder)
    assert result.returncode != 0 and "三ページ目" in result.stderr, result.stderr
    assert list(out.rglob("third" + suffix)), "the first build wrote the new page"
    (docs / "third.md").unlink()
    (docs / "index.md").write_text(PAGE, encoding="utf-8")
    result, out = build(root, builder)
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    assert not list(out.rglob("third" + suffix)) and not list(out.rglob("third.md*"))


def test_japanese_left_in_a_translation_names_its_entry(tmp_path):
    """(forty-fourth session, from an independent check of issue 12) Japanese a translator left in a heading's msgstr
    shows in every page's navigation; the built-page check named update-po, which cannot help: it now names the entry."""
    root = project(tmp_path, caption_translated=True)
    po = root / "locale" / "en" / "LC_MESSAGES" / "second.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Page two"', 'msgstr "二ページ目"'), encoding="utf-8")
    result, _out = build(root)
    assert result.returncode != 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "built page" in line]
    assert lines, result.stderr
    assert all("second.po:" in line and "translate that entry" in line for line in lines), lines
    assert not any("update-po" in line for line in lines), lines
