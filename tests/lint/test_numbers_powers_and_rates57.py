"""TRN005, fifty-seventh session: a power, a fourfold rise and the base of a rate said in words.

2乗 reaches English as "the square of" or "squared" (BMI's formula: six corpora wrote it and each was reported as a
missing 2); 4倍に増えます as "quadruples", and a rise to 1.5 times (1.5倍に増えます, 1.5倍になります) as a rise by half or
by 50%; 100万人あたり and 10万人あたり as "per million" and "per hundred thousand", a
scale with no digit before it. Such words are read only where the source has their form (numbers._said_in_words): a
gauze square, a rise to 50 or a cost that drops by half answers nothing.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest

from lint.analysis.numbers import missing_numbers


@pytest.mark.parametrize(
    "source, translation",
    [
        ("BMIは体重を身長の2乗で割った値です。", "BMI is your weight divided by the square of your height."),
        ("BMIは体重を身長の2乗で割った値です。", "BMI is your weight divided by your height squared."),
        ("入院患者は10年で4倍に増えました。", "The number of inpatients quadrupled in ten years."),
        ("発症するのは100万人あたり年間3人です。", "It affects 3 people per million each year."),
        ("患者は人口10万人あたり5人です。", "There are 5 patients per hundred thousand people."),
        # a rise to 1.5 times is a rise by half, by 50%
        ("妊娠中は血液の量が約1.5倍に増えます。", "During pregnancy, blood volume increases by about half."),
        ("妊娠中は血液の量が約1.5倍になります。", "During pregnancy, blood volume rises by about 50%."),
        ("妊娠中は血液の量が約１．５倍に増えます。", "During pregnancy, blood volume increases by about half."),
        # a square of gauze is no power, and the count beside it is still read
        ("四角いガーゼを1日3回取り替えます。", "Change the square of gauze 3 times a day."),
    ],
)
def test_a_power_a_multiple_and_a_rates_base_in_words_are_kept(source, translation):
    missing, _extra = missing_numbers(source, translation)
    assert missing == [], (source, translation, missing)


@pytest.mark.parametrize(
    "source, translation",
    [
        ("BMIは体重を身長の3乗で割った値です。", "BMI is your weight divided by the square of your height."),
        ("入院患者は10年で3倍に増えました。", "The number of inpatients quadrupled in ten years."),
        ("発症するのは10万人あたり年間3人です。", "It affects 3 people per million each year."),
        ("妊娠中は血液の量が約2.5倍に増えます。", "During pregnancy, blood volume increases by about half."),
        # (from the final review) the words count only where the source has their form
        ("ガーゼを2枚用意してください。", "Prepare a gauze square."),
        ("2週間後に受診してください。", "Come back to the clinic on Market Square."),
        ("2錠飲みます。", "Take the tablets squared with water."),
        ("患者数は1.5倍に増えました。", "The number of patients rose to 50."),
        ("リスクが1.5倍になります。", "The risk falls to 50%."),
        ("費用は1.5倍になります。", "The cost drops by half."),
        ("感染者は1.2倍に増えました。", "Infections rose by 20 patients."),
        ("年間100万人が受診します。", "Patients visit per million."),
    ],
)
def test_the_wrong_power_multiple_or_base_is_found(source, translation):
    missing, _extra = missing_numbers(source, translation)
    assert missing, (source, translation)
