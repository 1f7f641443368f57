"""SEO001 missing-meta-description, on pages written to tmp_path (positions exact)."""

import subprocess
import sys
from pathlib import Path

from lint.context import Context
from lint.core.files import read_text
from lint.parsing.markdown import parse_page
from lint.registry import RULES
from lint.runner import load_rules

ROOT = Path(__file__).resolve().parents[2]

load_rules()


def findings(tmp_path, text, name="article.md", **config):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    page = parse_page(str(path), read_text(path))
    ctx = Context(root=tmp_path, config=config, profile="default", pages=[page])
    return [(f.rule, f.line, f.column, f.severity, f.message) for f in RULES["SEO001"].check(page, ctx)]


def test_both_descriptions_present_is_clean(tmp_path):
    text = '---\neeat: _meta/eeat.yaml\ndescription: 治療の説明です。\ndescription_en: "Treatment: what to expect."\n---\n\n# 治療\n'
    assert findings(tmp_path, text) == []


def test_missing_keys_are_reported_at_the_front_matter_line(tmp_path):
    text = "---\neeat: _meta/eeat.yaml\n---\n\n# 治療\n"
    assert findings(tmp_path, text) == [
        ("SEO001", 1, 1, "error", "page has no description: in its front matter (its meta description)"),
        ("SEO001", 1, 1, "error", "page has no description_en: in its front matter (its meta description)"),
    ]


def test_no_front_matter_at_all(tmp_path):
    assert [f[:3] for f in findings(tmp_path, "# 治療\n\n本文です。\n")] == [("SEO001", 1, 1), ("SEO001", 1, 1)]


def test_empty_value_is_reported_at_its_key(tmp_path):
    text = '---\neeat: _meta/eeat.yaml\ndescription: 治療の説明です。\ndescription_en: ""\n---\n\n# 治療\n'
    assert findings(tmp_path, text) == [("SEO001", 4, 1, "error", "front matter's description_en: is empty")]


def test_a_non_string_is_named_for_what_it_is(tmp_path):
    # a list is not empty: the message says what the value is, and that it must be text
    text = "---\ndescription:\n  - a list\ndescription_en: 3\n---\n\n# 治療\n"
    assert findings(tmp_path, text) == [
        ("SEO001", 2, 1, "error", "front matter's description: must be text, not a list"),
        ("SEO001", 4, 1, "error", "front matter's description_en: must be text, not an integer (3)"),
    ]


def test_a_key_without_a_value_is_empty(tmp_path):
    text = "---\ndescription:\ndescription_en: Treatment.\n---\n\n# 治療\n"
    assert findings(tmp_path, text) == [("SEO001", 2, 1, "error", "front matter's description: is empty")]


def test_languages_option_names_the_translations(tmp_path):
    text = "---\ndescription: 治療の説明です。\ndescription_en: Treatment.\n---\n\n# 治療\n"
    options = {"rules": {"missing-meta-description": {"languages": ["ja", "en", "zh"]}}}
    assert findings(tmp_path, text, **options) == [
        ("SEO001", 1, 1, "error", "page has no description_zh: in its front matter (its meta description)"),
    ]


def test_fragments_are_not_articles(tmp_path):
    assert findings(tmp_path, "本文の断片です。\n", name="_includes/fragment.md") == []


def test_every_real_page_has_both_descriptions():
    result = subprocess.run(
        [sys.executable, "-m", "lint", "--select", "SEO001", "docs"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_explain_has_every_section():
    result = subprocess.run(
        [sys.executable, "-m", "lint", "--explain", "SEO001"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0
    for section in ("What:", "Why:", "Example:", "Fix:"):
        assert section in result.stdout
