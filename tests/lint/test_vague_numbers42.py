"""TRN005, forty-second session (issue 12): vague quantities, half of one unit, and every other day.

A vague Japanese number has no value for the number parity to compare: 数千人 is "several thousand people", 数日 "a
few days". The size (数十 tens, 数百 hundreds, 数千 thousands) and the unit of "a few" are compared instead, and a
change is reported only when the English gives a vague quantity of another size or unit and none of the source's.
"Half an hour" says half of one hour, so it no longer renders 一時間; 一日おき (every other day) rendered "every day" is
reported, and so is a count of three or more things the English adds to a source with no number ("four towels").
Sentences written for these tests.
"""

import pytest

from lint.analysis.numbers import added_count_words, changed_alternation, changed_vague_quantities, missing_numbers


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        (
            "毎年、数千人が救急搬送されます。",
            "Several hundred people are taken to hospital each year.",
            [("数千", "Several hundred")],
        ),
        ("毎日数十人が来院します。", "Hundreds of people come every day.", [("数十", "Hundreds of")]),
        ("かゆみは数日で治まります。", "The itching settles within a few weeks.", [("数日", "a few weeks")]),
        ("数週間で効果が出ます。", "It works within a few days.", [("数週間", "a few days")]),
    ],
)
def test_a_vague_quantity_of_another_size_or_unit_is_reported(source, translation, expected):
    assert changed_vague_quantities(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("毎年、数千人が救急搬送されます。", "Several thousand people are taken to hospital each year."),
        ("毎日数十人が来院します。", "Dozens of people come every day."),
        ("かゆみは数日で治まります。", "The itching settles within a few days."),
        ("軽ければ数日、重ければ数か月かかります。", "A mild case takes a few days; a severe one can take months."),
        (
            "毎年、数千人が救急搬送されます。",
            "About 3,000 people are taken to hospital each year.",
        ),  # digits: not read here
    ],
)
def test_a_vague_quantity_rendered_at_its_size_is_not_reported(source, translation):
    assert changed_vague_quantities(source, translation) == []


def test_half_an_hour_does_not_render_one_hour():
    missing, _ = missing_numbers(
        "食後一時間は横にならないでください。", "Do not lie down for half an hour after eating."
    )
    assert [n.text for n in missing] == ["一時間"]
    missing, _ = missing_numbers("食後一時間は横にならないでください。", "Do not lie down for an hour after eating.")
    assert missing == []


@pytest.mark.parametrize(
    ("source", "translation", "changed"),
    [
        ("この薬は一日おきに飲んでください。", "Take this medicine every day.", True),
        ("この薬は隔日で塗ってください。", "Apply it daily.", True),
        ("この薬は一日おきに飲んでください。", "Take this medicine every other day.", False),
        ("この薬は毎日飲んでください。", "Take this medicine every day.", False),
    ],
)
def test_every_other_day_rendered_as_every_day_is_reported(source, translation, changed):
    assert changed_alternation(source, translation) is changed


@pytest.mark.parametrize(
    ("source", "translation", "added"),
    [
        (
            "入院の日は、寝巻きとタオルをご用意ください。",
            "On the day you are admitted, bring pajamas and four towels.",
            ["four towels"],
        ),
        ("治療には二つの種類があります。", "There are two kinds of treatment.", []),  # the source counts them
        ("手術と薬の治療があります。", "There are three types of treatment.", []),  # a count of kinds before a list
        ("両手でしっかり洗ってください。", "Wash well with both hands.", []),
    ],
)
def test_a_count_the_translation_adds_is_reported(source, translation, added):
    assert added_count_words(source, translation) == added
