"""TRN005's unit parity of measures: a length, a mass, a volume or a temperature whose number survives
while its unit changes (lint/analysis/measure_units.py). Sentences written for these tests."""

import pytest

from lint.analysis.measure_units import changed_measures, load_measure_units
from lint.errors import ConfigError


@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        (
            "標高2500メートルを超えると症状が出やすくなります。",
            "Symptoms are likelier above 2,500 feet.",
            [("2,500 feet", "meter")],
        ),
        ("体重が2kg増えたら連絡してください。", "Call us if you gain 2 lb.", [("2 lb", "kilogram")]),
        ("1回250mgを飲みます。", "Take 250 g at a time.", [("250 g", "milligram")]),
        ("3〜5ミリの石", "a stone of 3 to 5 cm", [("3 to 5 cm", "millimeter")]),
        ("38℃以上の熱", "a fever of 38°F or more", [("38°F", "celsius")]),
        ("1日1.5リットルの水", "1.5 mL of water a day", [("1.5 mL", "liter")]),
        # (forty-fourth session) mcg is a microgram on the Japanese side too
        ("1日100mcgを飲みます。", "Take 100 mg a day.", [("100 mg", "microgram")]),
    ],
)
def test_a_number_kept_in_another_unit_of_measure_is_reported(source, translation, expected):
    assert changed_measures(source, translation) == expected


@pytest.mark.parametrize(
    ("source", "translation"),
    [
        ("3キロメートル歩きます。", "Walk 3,000 meters."),  # the same length
        ("5kg減らします。", "Lose 5 kg (11 lb)."),  # a conversion added: a number of its own
        ("38℃以上の熱", "a temperature of 100.4°F (38°C) or higher"),
        ("10人に1人", "1 in 10 people"),  # "in" is no inch
        ("2500メートル", "2.5 km"),
        ("38度の熱", "a fever of 38 degrees"),  # 度 alone names no scale here
        # (forty-fourth session, from an independent check of issue 12) the m of 100mcg is no meter
        ("量は100mcgです。", "The dose is 100 mcg."),
        ("量は100mcgです。", "The dose is 100 µg."),
        ("量は100mcgです。", "The dose is 100 micrograms."),
    ],
)
def test_the_same_measure_passes(source, translation):
    assert changed_measures(source, translation) == []


def test_a_bad_data_file_is_named(tmp_path):
    bad = tmp_path / "measure-units.toml"
    bad.write_text(
        '[units.meter]\ndimension = "length"\nsize = -1\njapanese = ["m"]\nenglish = ["m"]\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="measure-units.toml: units.meter: size must be a positive number"):
        load_measure_units(bad)
    bad.write_text(
        '[units.a]\ndimension = "length"\nsize = 1\njapanese = ["m"]\nenglish = ["m"]\n'
        '[units.b]\ndimension = "length"\nsize = 2\njapanese = ["m"]\nenglish = ["x"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="units.b: japanese word 'm' is already a word of a"):
        load_measure_units(bad)


def trn005_messages(tmp_path, msgid, msgstr):
    """TRN005's messages on a one-entry English catalog, as the lint reports them."""
    from lint.runner import make_session, run

    po = tmp_path / "locale" / "en" / "LC_MESSAGES" / "page.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'
        f'msgid "{msgid}"\nmsgstr "{msgstr}"\n',
        encoding="utf-8",
    )
    config = tmp_path / "lint.toml"
    config.write_text('[tool.pvt-lint]\nselect = ["TRN005"]\n', encoding="utf-8")
    report = run([po], make_session(root=tmp_path, config_path=config))
    return [f.message for f in report.findings]


@pytest.mark.parametrize(
    ("msgid", "msgstr", "message"),
    [
        (
            "標高2500メートルを超えると症状が出やすくなります。",
            "Symptoms are likelier above 2,500 feet.",
            "the translation says 2,500 feet; the source gives that number in meters",
        ),
        # the unit named in words (degrees Celsius, not "celsiuss")
        (
            "38℃以上の熱が出たら受診してください。",
            "See a doctor if your temperature is 38°F or higher.",
            "the translation says 38°F; the source gives that number in degrees Celsius",
        ),
    ],
)
def test_the_rule_reports_a_changed_measure(tmp_path, msgid, msgstr, message):
    assert trn005_messages(tmp_path, msgid, msgstr) == [message]


# Eleventh session: a unit after "per" or a unit's slash is one of it, as 1kgあたり is: the Japanese one is written, the
# English one is not, so a changed unit there changed no number and passed.
@pytest.mark.parametrize(
    ("source", "translation", "expected"),
    [
        ("体重1kgあたり15mgを服用します。", "Take 15 mg per pound of body weight.", [("per pound", "kilogram")]),
        ("体重1kgあたり15mgを服用します。", "Take 15 mg/lb of body weight.", [("/lb", "kilogram")]),
        ("体重1kgあたり15mgを服用します。", "Take 15 mg per kilogram of body weight.", []),
        ("体重1kgあたり15mgを服用します。", "Take 15 mg/kg of body weight.", []),
        ("1Lあたり5gの塩を溶かします。", "Dissolve 5 g of salt per liter.", []),
        ("1日の塩分は6g未満にします。", "Keep salt under 6 g per day.", []),  # a day is no measure
    ],
)
def test_a_unit_after_per_or_a_slash_is_one_of_it(source, translation, expected):
    assert changed_measures(source, translation) == expected


@pytest.mark.parametrize(
    ("msgid", "msgstr", "messages"),
    [
        ("体重1kgあたり15mgを服用します。", "Take 15 mg/kg of body weight.", []),  # the slash renders the one
        (
            "1錠を服用します。",
            "Take two tablets (mg/kg).",  # a slash of another dimension renders no tablet
            [
                "numbers of the source missing from the translation: 1錠 (= 1); the translation has 2 instead",
                # (thirty-seventh session) and the dose's count changed, said in words
                "the translation says 'two tablets'; the source gives 1 tablet(s): is the dose changed?",
            ],
        ),
    ],
)
def test_a_unit_slash_renders_the_one_of_its_own_measure(tmp_path, msgid, msgstr, messages):
    assert trn005_messages(tmp_path, msgid, msgstr) == messages
