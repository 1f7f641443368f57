"""The word-pattern lists of JAS013, JAS015 and JAS016 (lint/data/ja-*.toml) and their loader.

Each shipped list must load; a broken entry (a bad pattern, a missing field) must
stop the lint with a ConfigError that names the file and the entry's number.
"""

import re
from pathlib import Path

import pytest

from lint.errors import ConfigError
from lint.japanese.phrases import DATA, load_token_phrases
from lint.rules.japanese import no_double_negative_ja
from lint.runner import UsageError, check_page, make_session

ROOT = Path(__file__).resolve().parents[2]

DOUBLE_NEGATIVES = DATA / "ja-double-negatives.toml"
WEAK_PHRASES = DATA / "ja-weak-phrases.toml"
REDUNDANT = DATA / "ja-redundant-expressions.toml"


def broken(tmp_path, source, number, change):
    """A copy of ``source`` whose entry #``number`` is ``change(entry text)``."""
    head, *entries = source.read_text(encoding="utf-8").split("\n[[phrase]]\n")
    entries[number - 1] = change(entries[number - 1])
    path = tmp_path / source.name
    path.write_text("\n[[phrase]]\n".join([head, *entries]), encoding="utf-8")
    return path


def expect_error(path, number, *words, rewrite=False):
    with pytest.raises(ConfigError) as caught:
        load_token_phrases(path, rewrite=rewrite)
    message = str(caught.value)
    assert message.startswith(f"{path}: [[phrase]] #{number}"), message
    for word in words:
        assert word in message, message
    return message


@pytest.mark.parametrize(
    "path, rewrite, count",
    [
        (DOUBLE_NEGATIVES, False, 15),
        (WEAK_PHRASES, False, 5),
        (REDUNDANT, True, 6),  # JAS016 shows each entry's rewrite
    ],
)
def test_shipped_lists_load(path, rewrite, count):
    phrases = load_token_phrases(path, rewrite=rewrite)
    assert len(phrases) == count
    assert all(p.name and p.pattern for p in phrases)


@pytest.mark.parametrize(
    "change, words",
    [
        # a misspelt Token field
        (lambda e: e.replace("pos = ", "pso = ", 1), ("word #2", "unknown field 'pso'")),
        # a value that is not a string
        (lambda e: e.replace('surface_form = "は"', "surface_form = 1", 1), ("surface_form must be a string",)),
        # no pattern at all
        (lambda e: re.sub(r"pattern = \[.*?\n\]", "", e, flags=re.S), ("missing pattern",)),
    ],
)
def test_double_negatives_broken_entry(tmp_path, change, words):
    path = broken(tmp_path, DOUBLE_NEGATIVES, 2, change)  # 〜なくはない
    message = expect_error(path, 2, *words)
    assert "(〜なくはない)" in message


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda e: e.replace('name = "「思う」"\n', ""), ("missing name",)),
        # its only word made optional: it could never match
        (lambda e: e.replace("{ surface_form", "{ _skippable = true, surface_form", 1), ("only _skippable",)),
        (
            lambda e: re.sub(r"pattern = \[.*?\n\]", 'pattern = "思う"', e, flags=re.S),
            ("pattern must be a non-empty list",),
        ),
    ],
)
def test_weak_phrases_broken_entry(tmp_path, change, words):
    expect_error(broken(tmp_path, WEAK_PHRASES, 3, change), 3, *words)  # 「思う」


@pytest.mark.parametrize(
    "change, words",
    [
        (
            lambda e: e.replace("'^処理を行[ぁ-ん]'", "'^処理を行[ぁ-ん'"),
            ("unless '^処理を行[ぁ-ん'", "not a regular expression"),
        ),
        (lambda e: re.sub(r"rewrite = .*\n", "", e), ("missing rewrite",)),
        (lambda e: e.replace("rewrite =", "rewite =", 1), ("unknown key 'rewite'",)),
    ],
)
def test_redundant_expressions_broken_entry(tmp_path, change, words):
    message = expect_error(broken(tmp_path, REDUNDANT, 5, change), 5, *words, rewrite=True)
    assert "(〜を行う)" in message


def test_unreadable_list_names_the_file(tmp_path):
    path = tmp_path / "list.toml"
    path.write_text("[[phrase]\nname = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(f"{path}: cannot read the phrase list")):
        load_token_phrases(path)
    missing = tmp_path / "missing.toml"
    with pytest.raises(ConfigError, match=re.escape(f"{missing}: cannot read the phrase list")):
        load_token_phrases(missing)


def test_a_broken_list_stops_the_run_with_its_name(tmp_path, monkeypatch):
    """Through the runner: exit 2 (UsageError) naming file and entry, not a traceback or no findings."""
    path = broken(tmp_path, DOUBLE_NEGATIVES, 4, lambda e: e.replace("pos = ", "pos_detail = ", 1))
    monkeypatch.setattr(no_double_negative_ja, "PHRASES", path)
    page = tmp_path / "page.md"
    text = "出血が起こらないとは限らない。\n"
    with pytest.raises(UsageError, match=re.escape(f"{path}: [[phrase]] #4 (〜ないではない)")):
        check_page(page, text, make_session(root=tmp_path, select=["JAS013"]))
