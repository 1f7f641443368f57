"""TRN005's unit parity: a duration or frequency whose number survives while its unit changes."""

import pytest

from lint.analysis.time_units import (
    changed_frequencies,
    changed_units,
    english_frequencies,
    japanese_frequencies,
    load_time_units,
)
from lint.errors import ConfigError


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("手術後5日以内に抜糸します。", "The stitches come out within 5 weeks of surgery.", [("5 weeks", "day")]),
        ("症状は2〜4週間続きます。", "Symptoms last 2 to 4 months.", [("2 months", "week"), ("4 months", "week")]),
        ("点滴は6時間かかります。", "The drip takes six days.", [("6 days", "hour")]),
    ],
)
def test_a_number_kept_in_another_unit_is_reported(source, translation, expected):
    assert changed_units(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("薬は3日間飲みます。", "Take the medicine for 72 hours."),  # the same length
        ("安静期間は7日間です。", "Rest for a week."),
        ("2週間後に受診してください。", "Come back after 14 days."),
        ("1歳6か月健診で見つかります。", "It is found at the 18-month check-up."),  # a compound's total
        ("4〜5歳の子どもに多い病気です。", "It is common in children age 4 to 5."),
        ("1年間の記録を見ます。", "We look at the record of the year before."),
        ("数日で治ります。", "It clears up in a few days."),
        ("24時間対応しています。", "We answer around the clock."),
        ("1日3回、5日間飲みます。", "Take it every 8 hours for 5 days."),
        ("多くは6か月から1年ほどで治ります。", "Most heal within six months to a year."),  # each end its unit
        ("検査は30分〜1時間です。", "The test takes 30 minutes to an hour."),
    ],
)
def test_a_correct_rendering_passes(source, translation):
    assert changed_units(source, translation) == []
    assert changed_frequencies(source, translation) == []


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("週に1回、体重を量ります。", "Weigh yourself once a month."),
        ("目薬は1日2回さします。", "Use the drops twice a week."),
        ("年に1回は検査を受けましょう。", "Have a check once a day."),
    ],
)
def test_a_count_kept_over_another_period_is_reported(source, translation):
    assert changed_frequencies(source, translation)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("半年に1回、検診を受けます。", "Have a check-up twice a year."),
        ("1日3回飲みます。", "Take it three times daily."),
        ("2日に1回、入浴します。", "Have a bath every other day."),
        ("毎日飲みます。", "Take it daily."),
        ("毎月第3金曜日に開きます。", "It meets on the third Friday of every month."),  # a weekday is no period
        ("3か月に1回、血液検査をします。", "You have a blood test every 3 months."),
        ("毎日の生活で、週に1回は運動しましょう。", "In daily life, exercise at least once a week."),
    ],
)
def test_a_frequency_rendered_in_other_words_passes(source, translation):
    assert changed_frequencies(source, translation) == []


def test_the_message_names_the_nearest_japanese_frequency():
    source, translation = "薬は毎日、6時間ごとに飲みます。", "Take it every day, every 4 hours."
    assert changed_frequencies(source, translation) == [("every 4 hours", "6時間ごと")]


def test_frequencies_read_on_both_sides():
    (ja,) = japanese_frequencies("週に2〜3回通います。")
    assert sorted(ja.counts) == [2, 3] and ja.period == "week"
    (en,) = english_frequencies("Go two to three times a week.")
    assert en.rates == ja.rates


def test_a_bad_data_file_is_named(tmp_path):
    bad = tmp_path / "units.toml"
    bad.write_text('[units.day]\nminutes = 0\njapanese = ["日"]\nenglish = ["day"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"units\.toml: units\.day: minutes must be a positive whole number"):
        load_time_units(bad)


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        # a range of intervals: each end is a frequency of its own, on both sides
        ("2か月から半年ごとに採血します。", "Blood is taken every two months to six months."),
        ("2か月から半年ごとに採血します。", "Blood is taken every six months or so."),
        ("3〜4週ごとに点滴をします。", "The drip is given every three to four weeks."),
        ("半年ごとに眼科を受診します。", "See an eye doctor every six months."),
    ],
)
def test_a_range_of_frequencies_passes(source, translation):
    assert changed_frequencies(source, translation) == []


@pytest.mark.parametrize(
    ("source", "translation", "said"),
    [
        # the English range's second end is a frequency the source does not give
        ("2か月から半年ごとに採血します。", "Blood is taken every two months to a year.", "every two months to a year"),
        # one end of the Japanese range does not cover another period
        ("2か月から半年ごとに採血します。", "Blood is taken every year.", "every year"),
        ("半年ごとに眼科を受診します。", "See an eye doctor every year.", "every year"),
    ],
)
def test_a_range_of_frequencies_changed_is_reported(source, translation, said):
    assert [found for found, _ in changed_frequencies(source, translation)] == [said]
