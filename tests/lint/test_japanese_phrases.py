"""The word-pattern lists of JAS013, JAS015, JAS016 and JAS024 (lint/data/ja-*.toml) and their loaders.

Each shipped list must load; a broken entry (a bad pattern, a missing field) must
stop the lint with a ConfigError that names the file and the entry's number.
"""

import re
from pathlib import Path

import pytest

from lint.errors import ConfigError
from lint.japanese.expressions import load_expressions
from lint.japanese.phrases import DATA, load_token_phrases
from lint.rules.japanese import no_double_negative_ja
from lint.runner import UsageError, check_page, make_session

ROOT = Path(__file__).resolve().parents[2]

DOUBLE_NEGATIVES = DATA / "ja-double-negatives.toml"
WEAK_PHRASES = DATA / "ja-weak-phrases.toml"
REDUNDANT = DATA / "ja-redundant-expressions.toml"
ABUSAGE = DATA / "ja-abusage.toml"


def broken(tmp_path, source, number, change, table="phrase"):
    """A copy of ``source`` whose [[table]] entry #``number`` is ``change(entry text)``."""
    separator = f"\n[[{table}]]\n"
    head, *entries = source.read_text(encoding="utf-8").split(separator)
    entries[number - 1] = change(entries[number - 1])
    path = tmp_path / source.name
    path.write_text(separator.join([head, *entries]), encoding="utf-8")
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
        (ABUSAGE, False, 4),  # JAS024's morpheme patterns (可変する has no rewrite, as upstream)
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


# ---------------------------------------------------------------- JAS024: captures, unless_next, prh entries


def test_abusage_phrases_capture_and_next_word():
    phrases = {p.name: p for p in load_token_phrases(ABUSAGE)}
    assert len(load_expressions(ABUSAGE)) == 73  # dict/prh.yml's entries, all of them
    zurai = phrases["〜ずらい (ず + らい)"]
    assert zurai.captures == ((0, "$1"),) and zurai.surfaces == (frozenset({"ず"}), frozenset({"らい"}))
    assert phrases["を適応"].unless_next and not phrases["可変する"].rewrite


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda e: e.replace('_capture = "$1"', '_capture = "1"'), ('word #1: _capture must be "$1"',)),
        (lambda e: e.replace('rewrite = "$1づらい"', 'rewrite = "づらい"'), ("_capture $1 is not used in rewrite",)),
        (
            lambda e: e.replace('{ surface_form = "ず" }', '{ surface_form = "ず", _skippable = true }'),
            ("cannot be used with _skippable",),
        ),
    ],
)
def test_abusage_capture_errors(tmp_path, change, words):
    message = expect_error(broken(tmp_path, ABUSAGE, 3, change), 3, *words)
    assert "(〜ずらい (ず + らい))" in message


def test_abusage_unless_next_errors(tmp_path):
    path = broken(tmp_path, ABUSAGE, 1, lambda e: e.replace('{ pos = "助詞" }', '{ pso = "助詞" }'))
    expect_error(path, 1, "unless_next: word #1: unknown field 'pso'")
    path = broken(tmp_path, ABUSAGE, 1, lambda e: e.replace('{ pos = "助詞" }', '{ pos = "助詞", _skippable = true }'))
    expect_error(path, 1, "unless_next: word #1: unknown field '_skippable'")


def expect_expression_error(path, number, *words):
    with pytest.raises(ConfigError) as caught:
        load_expressions(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: [[expression]] #{number}"), message
    for word in words:
        assert word in message, message
    return message


@pytest.mark.parametrize(
    "change, words",
    [
        # a spec the entry does not satisfy (prh checks its specs on loading, so does the loader)
        (lambda e: e.replace('to = "関数の返り値"', 'to = "関数の戻り値"'), ("spec #2 fails", "「関数の返り値」")),
        (
            lambda e: e.replace('regex = "(メソッド|関数)の返却値"', 'regex = "(メソッド|関数の返却値"'),
            ("not a regular expression",),
        ),
        (lambda e: e.replace("regex = ", 'text = "返却値"\nregex = '), ("exactly one of regex",)),
        (lambda e: e.replace("note =", "prh =", 1), ("unknown key 'prh'",)),
        (lambda e: e.replace("specs = [", "specs = [\n  { from = 1, to = 2 },", 1), ("spec #1 must be a table",)),
    ],
)
def test_abusage_expression_errors(tmp_path, change, words):
    message = expect_expression_error(broken(tmp_path, ABUSAGE, 2, change, "expression"), 2, *words)
    assert "($1の返り値)" in message


def test_abusage_expression_missing_fields(tmp_path):
    path = broken(tmp_path, ABUSAGE, 3, lambda e: e.replace('expected = "例外を捕捉"\n', ""), "expression")
    expect_expression_error(path, 3, "missing expected")
    path = broken(tmp_path, ABUSAGE, 3, lambda e: e.replace('text = "例外を補足"\n', ""), "expression")
    expect_expression_error(path, 3, "exactly one of regex")
    missing = tmp_path / "missing.toml"
    with pytest.raises(ConfigError, match=re.escape(f"{missing}: cannot read the expression list")):
        load_expressions(missing)


def test_prh_replacement_groups(tmp_path):
    """$N is group N, empty when the group took no part, kept as written when there is no group N."""
    path = tmp_path / "list.toml"
    path.write_text('[[expression]]\nexpected = "$1$2$0だ"\nregex = "(い)る"\n', encoding="utf-8")
    assert load_expressions(path)[0].apply("いる") == "い$2$0だ"
    entries = {e.source: e for e in load_expressions(ABUSAGE)}
    assert entries["精魂(が)?尽き"].apply("精魂尽きる、精魂が尽きる") == "精根尽きる、精根が尽きる"
    assert (
        entries["(取り付く|とりつく)(?:暇|ヒマ|ひま)(も|が)(無い|ない)"].apply("取り付く暇もない") == "取り付く島もない"
    )
