"""A fraction of a larger unit of time is the same quantity as its length in the smaller unit
(lint/analysis/quantities.py, read by TRN005's English numbers). The sentences are the tests' own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from lint.analysis.numbers import missing_numbers
from lint.analysis.quantities import english_fractions_of_units


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        ("Wait a quarter of an hour.", {15}),
        ("It takes three quarters of an hour.", {45}),
        ("Rest for half a day.", {12, 720}),
        ("Stay in bed for half a day.", {12, 720}),
        ("A third of a year later.", {4}),
        ("For half a year.", {6, 26}),
        ("For half a week.", {84}),  # 3.5 days: only the whole hours
    ],
)
def test_english_fractions_of_units(text, lengths):
    (found,) = english_fractions_of_units(text)
    assert found[2] == frozenset(Decimal(v) for v in lengths)


def test_no_fraction_of_a_unit_without_the_unit():
    assert english_fractions_of_units("Half of the patients recovered; a quarter of them relapsed.") == []
    assert english_fractions_of_units("two halves of a day") == []


def test_a_fraction_of_a_unit_renders_the_length_in_the_smaller_unit():
    assert missing_numbers("点滴は15分ほどで終わります。", "The drip takes about a quarter of an hour.")[0] == []
    assert (
        missing_numbers("手術の後は12時間ほど安静にします。", "After the operation you rest for about half a day.")[0]
        == []
    )
    assert (
        missing_numbers("説明には45分ほどかかります。", "The explanation takes about three quarters of an hour.")[0]
        == []
    )
    # a different length is still a changed number
    assert missing_numbers("点滴は20分ほどで終わります。", "The drip takes about a quarter of an hour.")[0]
    assert missing_numbers("手術の後は6時間ほど安静にします。", "After the operation you rest for about half a day.")[0]
