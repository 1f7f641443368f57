"""The quotative read whole, abbreviations the spelling check accepts, and percent placeholders with no flag
(fifty-sixth session, issue 12).

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

The sentences were written for these tests; none is taken from the article or a corpus.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import check, install, po  # noqa: E402

from lint.analysis.structure import format_flags, split_japanese_sentences, without_abbreviations  # noqa: E402


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
        ("%s様、ご予約ありがとうございます。", (), ("python-format",)),
        ("%(name)sさんの結果が届きました。", ("fuzzy",), ("fuzzy", "python-format")),
        ("あと%d日です。", (), ("python-format",)),
        # a flag that says which format it is is kept as it is
        ("%s様", ("no-python-format",), ("no-python-format",)),
        ("%s様", ("c-format",), ("c-format",)),
        # a percent sign of prose is no placeholder
        ("有効率は95%です。", (), ()),
        ("50%d", (), ()),
        ("{name}様", (), ()),
        ("最終受診日：{date:%Y-%m-%d}", (), ()),
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


def test_a_string_off_the_pages_is_formatted_as_the_build_will(tmp_path):
    # no page gave it (the extensions' strings): the build formats it, and a lone % cannot be formatted
    path = install(tmp_path, "page.po", po(("%s様の服薬率は100%です。", "%s, your adherence is 100%.")))
    assert "not a valid format string" in check(path, codes=["TRN013"])[1][0].message
