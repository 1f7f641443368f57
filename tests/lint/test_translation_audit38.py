"""TRN005, TRN011 and TRN013, thirty-eighth session: gaps an audit of issue 12 found on the article's own catalogs.

A Roman numeral of a grade or an edition (重症度III, Baveno VII, grades I–V, ステージⅡ) is a number on both sides
("grade II" for 重症度III is changed, "grade 3" is the same); a kanji numeral before a class noun (三類) is the class's
number; a bound turned the other way (少なくとも → "at most", 以上 → "or younger") is a reversal; a furniture string with
a {name} field is validated as the build formats it, flags or not. The sentences were written for these tests.
"""

from pathlib import Path

import pytest

from lint.analysis.negation import negation_mismatch
from lint.analysis.numbers import missing_numbers, roman_numerals_as_digits
from lint.context import Context
from lint.parsing.catalog import load_catalog
from lint.registry import RULES
from lint.runner import load_rules

load_rules()


@pytest.mark.parametrize(
    "text, digits",
    [
        ("重症度III以上", "重症度3以上"),
        ("grades I–V", "grades 1–5"),
        ("Baveno VII", "Baveno 7"),
        ("ステージⅡ", "ステージ2"),
        ("Stage I", "Stage 1"),
        ("grade IV", "grade 4"),
        ("I think so", "I think so"),  # the pronoun
        ("an IV drip", "an IV drip"),  # intravenous
        ("Child-Pugh class B", "Child-Pugh class B"),
    ],
)
def test_roman_numerals_of_a_grade_are_numbers(text, digits):
    assert roman_numerals_as_digits(text) == digits


@pytest.mark.parametrize(
    "source, translation, changed",
    [
        ("重症度III以上の方が対象です。", "It is for people with grade II disease or higher.", True),
        ("重症度III以上の方が対象です。", "It is for people with grade 3 disease or higher.", False),
        ("Baveno VIIの合意に基づきます。", "It follows the Baveno VI consensus.", True),
        ("腸チフスは三類感染症です。", "Typhoid fever is a Category III infectious disease.", False),
        ("腸チフスは三類感染症です。", "Typhoid fever is a Category II infectious disease.", True),
        ("発作の前兆期に飲みます。", "Take it when you feel an attack coming on.", False),  # 兆 is no number here
    ],
)
def test_a_grade_changed_is_a_changed_number(source, translation, changed):
    missing, extra = missing_numbers(source, translation)
    assert bool(missing or extra) is changed, (source, translation, missing, extra)


@pytest.mark.parametrize(
    "source, translation, reported",
    [
        ("少なくとも6か月は治療を続けます。", "Treatment continues for at most 6 months.", True),
        ("少なくとも6か月は治療を続けます。", "Treatment continues for at least 6 months.", False),
        ("65歳以上の方が対象です。", "It is for people aged 65 or younger.", True),
        ("65歳以上の方が対象です。", "It is for people aged 65 or older.", False),
        ("1日2リットル以内にしてください。", "Drink no more than 2 liters a day.", False),
        (
            "入浴は15分以内にしてください。",
            "Do not stay in the bath for more than 15 minutes.",
            False,
        ),  # a negated bound
    ],
)
def test_a_bound_turned_the_other_way_is_reported(source, translation, reported):
    assert bool(negation_mismatch(source, translation)) is reported, (source, translation)


def test_a_furniture_format_string_is_validated_without_its_flag(tmp_path: Path):
    path = tmp_path / "pvt_site.po"
    header = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    path.write_text(header + 'msgid "（{year}年）"\nmsgstr " ({year})}"\n', encoding="utf-8")
    ctx = Context(root=tmp_path, config={}, profile="default")
    messages = [f.message for f in RULES["TRN013"].check(load_catalog(path), ctx) or ()]
    assert any("not a valid format string" in m for m in messages), messages
    path.write_text(header + 'msgid "（{year}年）"\nmsgstr " ({year})"\n', encoding="utf-8")
    assert not list(RULES["TRN013"].check(load_catalog(path), ctx) or ())


@pytest.mark.parametrize(
    "source, faithful, reversed_",
    [
        (
            "この治療は、すべての患者さんに当てはまるわけではありません。",
            "This treatment applies only to some patients.",
            "This treatment applies to all patients.",
        ),
        ("有効性はまだ証明されていません。", "Its benefit remains to be proven.", "Its benefit has been proven."),
        (
            "この薬はワルファリンと一緒に使えません。",
            "This medicine is contraindicated with warfarin.",
            "This medicine can be used with warfarin.",
        ),
        (
            "門脈血栓症は適応に含まれていません。",
            "PVT is excluded from its approved uses.",
            "PVT is included in its approved uses.",
        ),
    ],
)
def test_negations_said_by_a_word_of_their_kind_are_read(source, faithful, reversed_):
    # (from the audit: "only some", "remains to be proven", "contraindicated", "excluded" were false alarms)
    assert negation_mismatch(source, faithful) == ""
    assert negation_mismatch(source, reversed_)
