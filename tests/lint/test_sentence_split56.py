"""The quotative read whole, abbreviations the spelling check accepts, percent placeholders with no flag, months cut
short and millimeters in inches (fifty-sixth session, issue 12).

A quotation ended by its full stop and taken up by the quotative particle the tokenizer reads whole (「…？」という相談,
「…。」といった思い込み) is part of the sentence that quotes it, as one taken up by と was: split there, the source had one
sentence more than its English and TRN015 asked whether one was dropped. というのも, というわけで and ということで open a
sentence of their own (from the review). The sentences inside a quotation of several stay sentences: joined, a sentence
dropped inside the quotation went unseen (the review: a safety warning dropped from a doctor's quoted words).

SPL001 accepts the one-word abbreviations the sentence splitter knows, where they are written with their full stop
("approx."): a word of no dictionary, which the splitter already read as an abbreviation.

TRN013 and the checks that leave placeholders out read a source that writes a percent placeholder (%s, %d, %(name)s)
as python-format when no flag says which format it is, as Babel's extractor and xgettext mark such a string: three
fresh corpora wrote them with no flag, and a dropped or renamed one went unreported.

TRN005 reads a month's name cut to three letters before a day (Dec. 29, Sept. 3) as the month, as it read the full
name, and a bracketed conversion of millimeters into inches (6 mm (about 0.25 in.)) as no number added.

The sentences were written for these tests; none is taken from the article or a corpus.
"""

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import check, install, po  # noqa: E402

from lint.analysis.numbers import missing_numbers  # noqa: E402
from lint.analysis.structure import (  # noqa: E402
    INFERRED_PERCENT_FLAG as INFERRED,
)
from lint.analysis.structure import (  # noqa: E402
    format_flags,
    placeholders,
    split_japanese_sentences,
    without_abbreviations,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "「夜中に何度も目が覚めるのですか？」という相談が増えています。寝る前の習慣を見直しましょう。",
            ["「夜中に何度も目が覚めるのですか？」という相談が増えています。", "寝る前の習慣を見直しましょう。"],
        ),
        ("「もう薬はいらない。」といった思い込みは危険です。", ["「もう薬はいらない。」といった思い込みは危険です。"]),
        # a sentence of its own after the quotation (from the review)
        (
            "「薬は自分でやめないでください。」というのも、症状がぶり返すからです。",
            ["「薬は自分でやめないでください。」", "というのも、症状がぶり返すからです。"],
        ),
        (
            "「受診は不要です。」ということで、様子を見ました。",
            ["「受診は不要です。」", "ということで、様子を見ました。"],
        ),
        # what the quotation means (from the second review)
        ("「水を飲みましょう。」ということです。", ["「水を飲みましょう。」ということです。"]),
        ("「薬が効かない。」っていう声もあります。", ["「薬が効かない。」っていう声もあります。"]),
        # the sentences inside a quotation of several stay sentences (from the review)
        (
            "医師は「食後に飲んでください。眠くなります。」と言いました。",
            ["医師は「食後に飲んでください。", "眠くなります。」と言いました。"],
        ),
    ],
)
def test_a_quotation_taken_up_by_the_quotative_read_whole(text, expected):
    assert split_japanese_sentences(text) == expected


def test_a_question_quoted_and_taken_up_is_no_dropped_sentence(tmp_path):
    msgid = "「薬を飲み忘れたらどうすればいいですか？」というお問い合わせをよくいただきます。気づいたときに1回分を飲んでください。"
    msgstr = 'People often ask us, \\"What should I do if I miss a dose?\\" Take one dose when you remember.'
    path = install(tmp_path, "page.po", po((msgid, msgstr)))
    assert check(path, codes=["TRN015"])[1] == []


def test_a_sentence_dropped_inside_a_quotation_is_still_reported(tmp_path):
    msgid = "医師は「この薬は食後に飲んでください。眠くなることがあります。車の運転は控えてください。」と説明しました。"
    msgstr = 'The doctor explained, \\"Take this medicine after meals. Do not drive.\\"'
    path = install(tmp_path, "page.po", po((msgid, msgstr)))
    assert [f.rule for f in check(path, codes=["TRN015"])[1]] == ["TRN015"]


def test_an_abbreviation_is_blanked_only_where_written_with_its_full_stop():
    assert without_abbreviations("approx. 30 or approx 300; Fig. 2") == "        30 or approx 300;      2"


@pytest.mark.parametrize(
    "msgstr, reported",
    [
        ("The test takes approx. 20 minutes.", []),
        ("The test takes approx 20 minutes.", ["SPL001"]),
        ("It costs approx. 3,000 yen, or approx 30 dollars.", ["SPL001"]),
    ],
)
def test_the_splitters_abbreviations_are_words_of_the_spelling_check(tmp_path, msgstr, reported):
    path = install(tmp_path, "page.po", po(("検査は約20分です。", msgstr)))
    assert [f.rule for f in check(path, codes=["SPL001"])[1]] == reported


@pytest.mark.parametrize(
    "source, flags, expected",
    [
        ("%s様、ご予約ありがとうございます。", (), (INFERRED,)),
        ("%(name)sさんの結果が届きました。", ("fuzzy",), ("fuzzy", INFERRED)),
        ("あと%d日です。", (), (INFERRED,)),
        ("%s %d件", (), (INFERRED,)),
        # a flag that says which format it is is kept as it is
        ("%s様", ("no-python-format",), ("no-python-format",)),
        ("%s様", ("c-format",), ("c-format",)),
        # a percent sign of prose is no placeholder
        ("有効率は95%です。", (), ()),
        ("50%d", (), ()),
        ("{name}様", (), ()),
        ("最終受診日：{date:%Y-%m-%d}", (), ()),
        # a date's format written out (from the final review)
        ("日付は%Y-%m-%dの形式で入力してください。", (), ()),
        ("%H:%M", (), ()),
        # ASCII digits only, as Python's % reads them (from the final review)
        ("５０%d日", (), ()),
        ("50%d日", (), ()),
        # a brace placeholder makes it brace-format; code spans and roles are code (from the second review)
        ("{name}様、あと%d日です。", (), ()),
        ("`%d`のとき", (), ()),
        ("{math}`x=%d`のとき", (), ()),
        ("%s様", ("python-brace-format",), ("python-brace-format",)),
        ("%s様", ("no-c-format",), ("no-c-format",)),
        # a run of zeros is read once (the review: three minutes before the quantifiers were made possessive)
        ("%" + "0" * 80_000 + ".", (), ()),
    ],
)
def test_a_percent_placeholder_with_no_flag_is_python_format(source, flags, expected):
    assert format_flags(source, flags) == expected


@pytest.mark.parametrize(
    "msgid, msgstr, reported",
    [
        ("%s様、ご予約ありがとうございます。", "Thank you for your booking.", True),
        ("%(date)sまでにお支払いください。", "Please pay by %(day)s.", True),
        ("あと%d日で受診日です。", "Your visit is in a few days.", True),
        ("%(date)sまでにお支払いください。", "Please pay by %(date)s.", False),
        ("%s様、ご予約ありがとうございます。", "Thank you for your booking, %s.", False),
        ("有効率は95%です。", "It works in 95% of cases.", False),
        ("最終受診日：{date:%Y-%m-%d}", "Last visit: {date:%Y-%m-%d}", False),
        # a brace placeholder is still compared beside a percent one (from the second review)
        ("{name}様、あと%d日です。", "Dear {nmae}, %d days to go.", True),
        # a page's text is never formatted: a date's format written there is text (from the second review)
        ("日付は%Y-%m-%dの形式で入力してください。", "Enter the date in the format %Y-%m-%d.", False),
        ("%s様の服薬率は100%です。", "%s, your adherence is 100%.", False),
    ],
)
def test_a_dropped_percent_placeholder_with_no_flag_is_reported(tmp_path, msgid, msgstr, reported):
    path = install(tmp_path, "page.po", po(f'#: page.md:3\nmsgid "{msgid}"\nmsgstr "{msgstr}"'))
    assert bool(check(path, codes=["TRN013"])[1]) is reported


@pytest.mark.parametrize(
    "msgid, msgstr",
    [
        # a percent sign of prose beside a placeholder is prose (from the final review: "% g" of "5% glucose" was read
        # as a placeholder, and SPL001 then reported "lucose")
        ("%s様、5%ブドウ糖液を使います。", "%s, we use a 5% glucose solution."),
        ("%s様、血圧が10%下がりました。", "%s, your blood pressure showed a 10% decrease."),
        ("%s様の服薬率は100%です。", "%s, your adherence is 100 percent."),
        ("日付は%Y-%m-%dの形式で入力してください。", "Enter the date in the format %Y-%m-%d."),
    ],
)
def test_a_percent_of_prose_beside_a_placeholder_is_no_placeholder(tmp_path, msgid, msgstr):
    path = install(tmp_path, "page.po", po(f'#: page.md:3\nmsgid "{msgid}"\nmsgstr "{msgstr}"'))
    assert check(path, codes=["TRN013", "SPL001"])[1] == []


@pytest.mark.parametrize("msgid, msgstr", [("%s様", "Dear {nmae}"), ("%(name)s様", "Dear %(nmae)s")])
def test_a_misspelt_placeholder_is_reported_as_a_placeholder(tmp_path, msgid, msgstr):
    # by TRN013 as a placeholder the source has not, not by SPL001 as a misspelling (from the final review: a brace
    # field beside an inferred percent format was read as text)
    path = install(tmp_path, "page.po", po((msgid, msgstr)))
    assert [f.rule for f in check(path, codes=["TRN013", "SPL001"])[1]] == ["TRN013"]


def test_a_name_opened_and_never_closed_is_read_in_linear_time():
    # every "%(" scanned to the end of the text was quadratic: 27 s for 80 kB (from the final review)
    assert placeholders("%s" + "%(" * 40_000, ("python-format",))["%"] == 40_000


def test_a_string_off_the_pages_is_formatted_as_the_build_will(tmp_path):
    # no page gave it (the extensions' strings): the build formats it, and a lone % cannot be formatted
    path = install(tmp_path, "page.po", po(("%s様の服薬率は100%です。", "%s, your adherence is 100%.")))
    assert "not a valid format string" in check(path, codes=["TRN013"])[1][0].message


@pytest.mark.parametrize(
    "source, translation",
    [
        ("年末年始の休診日は、12月29日から1月3日までです。", "We are closed from Dec. 29 through Jan. 3."),
        ("9月3日から受付を始めます。", "Booking opens on Sept. 3."),
        ("1月4日（月）から通常どおり診療します。", "Regular hours resume on Mon., Jan 4."),
        # a bracketed conversion of millimeters into inches adds no number
        ("ほくろの大きさが6mm以上なら受診してください。", "See a doctor if a mole is 6 mm (about 0.25 in.) or larger."),
    ],
)
def test_a_month_cut_short_and_millimeters_in_inches_keep_the_numbers(source, translation):
    assert missing_numbers(source, translation) == ([], Counter())


@pytest.mark.parametrize(
    "source, translation",
    [
        # a month the source has not is still a number added, and a wrong conversion keeps its number
        ("3日に受付を始めます。", "Booking opens on Mar 3."),
        ("ほくろの大きさが6mm以上なら受診してください。", "See a doctor if a mole is 6 mm (about 2.5 in.) or larger."),
    ],
)
def test_a_month_added_or_a_wrong_conversion_is_still_a_number_added(source, translation):
    assert missing_numbers(source, translation)[1]


@pytest.mark.parametrize(
    "msgid, msgstr, reported",
    [
        # "No." of a number before a placeholder that fills it in is no negation (fifty-sixth session)
        ("申請番号：{0}", "Request No. {0}", False),
        ("申請番号：%s", "Request No. %s", False),
        # an outright "no" still is
        ("申請番号があります。", "There is no request number.", True),
    ],
)
def test_the_abbreviation_of_number_before_a_placeholder_negates_nothing(tmp_path, msgid, msgstr, reported):
    path = install(tmp_path, "page.po", po((msgid, msgstr)))
    assert bool(check(path, codes=["TRN011"])[1]) is reported
