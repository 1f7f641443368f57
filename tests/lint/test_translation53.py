"""Translation checks, fifty-third session (issue 12): correct translations that translation-blind84 reported, by
mechanism, each tested both ways (the correct rendering passes, the defect it could hide is still reported).

- TRN013: a named or numbered field ({drug}, {0}, %(name)s) may be used fewer times than the source uses it, once at
  least: the build fills every use alike. More uses than the source's, a field dropped, and a field taken in turn
  (%s) used fewer times, or a field inside an HTML tag, are still reported.
- TRN012: ruby (<ruby>, <rt>, <rp>) is a reading given over kanji for a Japanese reader; English drops it with the
  kanji. Ruby the translation keeps in part, and any other tag dropped, are still reported.
- TRN009: an HTML element marked lang="ja", kept exactly as the source writes it, is Japanese on purpose; Japanese
  outside it, put inside it, or in an element the source marks otherwise is still reported.
- TRN005: "cut in half one year after" says a halving and one year, not half a year; "half a year" still says six
  months. A range converted in brackets may be written "between 36.0 and 37.0°C (96.8 and 98.6°F)", and a drink's
  millilitres converted to "ounces" (translation-dropped-blind2); a wrong conversion is still an added number.
Entries written for these tests.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import codes_of_entry as _codes  # noqa: E402

CORRECT = [
    (
        ["TRN013"],
        "python-brace-format",
        "{clinic}の予約は、{clinic}の受付でお取りください。",
        "Book at the reception desk of {clinic}.",
    ),
    (["TRN013"], "python-format", "%(name)s様、%(name)s様のお薬です。", "Here is your medicine, %(name)s."),
    (["TRN013"], "python-brace-format", "{病院名}の予約は{病院名}の受付で。", "Book at the desk of {病院名}."),
    (
        ["TRN012"],
        "",
        '<ruby class=\\"r\\"><rb>眩暈</rb><rt>めまい</rt></ruby>は、耳の病気でも起こります。',
        "Dizziness can also come from an ear disease.",
    ),
    (
        ["TRN012"],
        "",
        "<ruby>眩暈<rt>めまい</rt></ruby>は、耳の病気でも起こります。",
        "Dizziness can also come from an ear disease.",
    ),
    (
        ["TRN009"],
        "",
        '<span lang=\\"ja\\">養生</span>とは、体をいたわる暮らし方のことです。',
        '<span lang=\\"ja\\">養生</span> (yōjō) means a way of living that takes care of the body.',
    ),
    (
        ["TRN005"],
        "",
        "運動を始めて1年で、転倒が半減したと報告されています。",
        "Falls were cut in half one year after starting exercise, a study reports.",
    ),
    (
        ["TRN005"],
        "",
        "平熱は、多くの人で36.0〜37.0℃です。",
        "For most people, normal is between 36.0 and 37.0°C (96.8 and 98.6°F).",
    ),
    (["TRN005"], "", "1日に500mLほど多めに飲みましょう。", "Drink about 500 mL (roughly 17 ounces) more a day."),
]

DEFECTS = [
    (
        ["TRN013"],
        "python-brace-format",
        "{clinic}の予約は、{clinic}の受付でお取りください。",
        "Book at the reception desk of {clinic} ({clinic}, {clinic}).",  # more uses than the source's
    ),
    (["TRN013"], "python-brace-format", "{clinic}の予約は、{clinic}の受付で。", "Book at the reception desk."),
    (["TRN013"], "python-format", "%sの予約は、%sの受付で。", "Book at the reception desk of %s."),  # taken in turn
    (
        ["TRN012"],
        "",
        "<ruby>眩暈<rt>めまい</rt></ruby>は、耳の病気でも起こります。",
        "<ruby>Dizziness</ruby> can also come from an ear disease.",  # ruby kept in part
    ),
    (
        ["TRN012"],
        "",
        "<strong>眩暈</strong>は、耳の病気でも起こります。",
        "Dizziness can also come from an ear disease.",
    ),
    (
        ["TRN009"],
        "",
        '<span lang=\\"ja\\">養生</span>とは、体をいたわる暮らし方のことです。',
        '<span lang=\\"ja\\">養生</span> means a way of living that takes care of the 体.',
    ),
    (
        ["TRN005"],
        "",
        "運動を始めて1年で、転倒が半減したと報告されています。",
        "Falls were cut in half half a year after starting exercise, a study reports.",
    ),
    # (from the review) the element must be kept exactly as the source writes it: Japanese put inside it, a lang="en"
    # made "ja", and data-lang are read
    (
        ["TRN009"],
        "",
        '<span lang=\\"ja\\">養生</span>とは、体をいたわる暮らし方のことです。',
        '<span lang=\\"ja\\">養生とは、体をいたわる暮らし方のことです</span>',
    ),
    (
        ["TRN009"],
        "",
        '<span lang=\\"en\\">Kampo</span>は、漢方薬のことです。',
        '<span lang=\\"ja\\">漢方薬</span> is Kampo medicine.',
    ),
    (
        ["TRN009"],
        "",
        '<span data-lang=\\"ja\\">漢方薬</span>のことです。',
        '<span data-lang=\\"ja\\">漢方薬</span> means Kampo medicine.',
    ),
    # a field inside an HTML tag keeps its count: TRN012 does not compare attribute values
    (
        ["TRN013"],
        "python-brace-format",
        '<abbr title=\\"{drug}\\">{drug}</abbr>を飲んでいる方へ',
        '<abbr title=\\"\\">{drug}</abbr>: for people taking it',
    ),
    (["TRN005"], "", "1日に500mLほど多めに飲みましょう。", "Drink about 500 mL (roughly 27 ounces) more a day."),
    (
        ["TRN005"],
        "",
        "平熱は、多くの人で36.0〜37.0℃です。",
        "For most people, normal is between 36.0 and 37.0°C (86.8 and 98.6°F).",
    ),
]


@pytest.mark.parametrize("codes, flags, msgid, msgstr", CORRECT)
def test_correct_translations_pass(tmp_path, codes, flags, msgid, msgstr):
    assert _codes(tmp_path, msgid, msgstr, codes, flags) == []


@pytest.mark.parametrize("codes, flags, msgid, msgstr", DEFECTS)
def test_defects_are_still_reported(tmp_path, codes, flags, msgid, msgstr):
    assert _codes(tmp_path, msgid, msgstr, codes, flags) == codes
