"""TRN005 and TRN013, fortieth session (issue 12): two faithful translations the checks refused.

- A metric quantity restated in another unit of the same measure, its value converted exactly (4,000mg → "4 g", 1.5L →
  "1,500 mL"). Only with the unit written: "4 mg" or a bare 4 for 4,000mg is a dose a thousand times off and stays a
  changed number.
- A placeholder with a numeric format spec ({amount:,}): the validator formatted every field with a string, so a valid
  ¥{amount:,} was "not a valid format string". The field now gets a value of the kind the source's own spec takes;
  a misspelt field, a spec the source's value cannot take, or a spec other than the source's is an error.

A review of the first version (135 cases) found 22 regressions (a converted value counted for two numbers, a unit per
another unit, a spec changed where a numeric sample formats it); the cases below include some of them.

The entries were written for these tests.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import check, install, po  # noqa: E402


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("成人の1日の最大量は4,000mgです。", "The maximum daily dose for adults is 4 g."),
        ("1日に1.5Lの水を飲みましょう。", "Drink 1,500 mL of water a day."),
        ("傷の長さは15mmほどです。", "The wound is about 1.5 cm long."),
    ],
)
def test_a_quantity_restated_in_another_metric_unit_keeps_its_number(tmp_path, msgid, msgstr):
    _, findings = check(install(tmp_path, "page.po", po((msgid, msgstr))), codes=["TRN005"])
    assert findings == []


@pytest.mark.parametrize(
    "msgstr",
    ["The maximum daily dose for adults is 4 mg.", "The maximum daily dose for adults is 4.", "The dose is 40 g."],
)
def test_a_wrong_value_or_a_bare_number_is_still_a_changed_number(tmp_path, msgstr):
    _, findings = check(
        install(tmp_path, "page.po", po(("成人の1日の最大量は4,000mgです。", msgstr))), codes=["TRN005"]
    )
    assert [f.rule for f in findings] == ["TRN005"]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        # (from a review of the first version) the converted value counted for two numbers of the source
        ("1日4,000mgを4回に分けて飲みます。", "Take 4 g a day in divided doses."),
        ("1.5Lの水を飲みます。", "Drink 1,500 mL of water and eat 1,500 kcal."),
        # a unit per another unit, a concentration, an area
        ("濃度は0.5mg/mLです。", "The concentration is 500 µg/L."),
        ("1回15mg/kgです。", "The dose is 0.015 g per kg."),
        ("基準値は100mg/dLです。", "The reference value is 100 mg per 10 L."),
        ("長さは4,000mmです。", "It is 4 m² in size."),
    ],
)
def test_a_conversion_counts_once_and_only_for_the_unit_alone(tmp_path, msgid, msgstr):
    _, findings = check(install(tmp_path, "page.po", po((msgid, msgstr))), codes=["TRN005"])
    assert [f.rule for f in findings] == ["TRN005"]


def _brace_entry(msgid, msgstr):
    return f'#, python-brace-format\nmsgid "{msgid}"\nmsgstr "{msgstr}"\n'


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("お支払い額：¥{amount:,}", "Amount due: ¥{amount:,}"),
        ("達成率は{rate:.1%}です", "The rate achieved is {rate:.1%}"),
        ("{count:d}件の結果", "{count:d} results"),
    ],
)
def test_a_numeric_format_spec_is_a_valid_placeholder(tmp_path, msgid, msgstr):
    _, findings = check(install(tmp_path, "site.po", po(_brace_entry(msgid, msgstr))), codes=["TRN013"])
    assert findings == []


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("お支払い額：¥{amount:,}", "Amount due: ¥{amonut:,}"),  # a misspelt field
        ("{name}さん、こんにちは", "Hello, {name:d}"),  # a spec the source's value cannot take
        # (from a review) a spec changed by the translation, which a numeric sample would format
        ("合計：{total: >,}", "Total: {total: >%}"),
        ("{n: d}件", "{n: f} items"),
        ("結果：``{n:,}``", "Results: ``{n:.1%}``"),
    ],
)
def test_a_broken_placeholder_is_still_an_error(tmp_path, msgid, msgstr):
    _, findings = check(install(tmp_path, "site.po", po(_brace_entry(msgid, msgstr))), codes=["TRN013"])
    assert [f.rule for f in findings] == ["TRN013"]
