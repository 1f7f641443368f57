"""Sentences inside a quotation, and abbreviations the spelling check accepts (fifty-sixth session, issue 12).

A full stop inside a quotation that is still open ends no sentence of the text: 「薬を飲み忘れました。どうすればいいですか。」
というご質問をよくいただきます is one sentence that quotes two, and so is its English, 'We often hear, "I forgot my
medicine. What should I do?"'. Split inside the quotation, the source counted two sentences more than its English and
TRN015 asked whether one was dropped. The quotative particle read whole by the tokenizer (という, といった) takes the
quotation up as と does. An opening mark never closed joins nothing.

SPL001 accepts the one-word abbreviations the sentence splitter knows, written with their full stop ("approx."): a word
of no dictionary, which the splitter already read as an abbreviation.

Over the development corpora (22,233 entries): 12 correct entries fewer reported, no defect fewer caught. The sentences
were written for these tests; none is taken from the article or a corpus.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import check, install, po  # noqa: E402

from lint.analysis.structure import (  # noqa: E402
    split_english_sentences,
    split_japanese_sentences,
    written_abbreviations,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "「夜に目が覚めます。どうしたらいいですか。」という相談が増えています。寝る前の習慣を見直しましょう。",
            [
                "「夜に目が覚めます。どうしたらいいですか。」という相談が増えています。",
                "寝る前の習慣を見直しましょう。",
            ],
        ),
        (
            "『もう平気。薬はいらない。』といった思い込みは危険です。",
            ["『もう平気。薬はいらない。』といった思い込みは危険です。"],
        ),
        # a quotation standing as its own sentence still ends where it closes
        (
            "「はい。朝食の後に飲んでください。」次は夕食後です。",
            ["「はい。朝食の後に飲んでください。」", "次は夕食後です。"],
        ),
        # an opening mark never closed (a typo) joins nothing
        ("「夜に目が覚めます。次に進みます。最後です。", ["「夜に目が覚めます。", "次に進みます。", "最後です。"]),
        # a sentence that begins with と after a quotation is its own, as before
        ("「熱が出た。」ところが翌朝は下がりました。", ["「熱が出た。」", "ところが翌朝は下がりました。"]),
    ],
)
def test_a_full_stop_inside_an_open_quotation_ends_no_sentence(text, expected):
    assert split_japanese_sentences(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'People often ask, "I woke up at night. What can I do?" Look at your habits before bed.',
            ['People often ask, "I woke up at night. What can I do?', "Look at your habits before bed."],
        ),
        (
            "She said, “Stop here. Rest now.” Then she left.",
            ["She said, “Stop here. Rest now.", "Then she left."],
        ),
        # a quotation never closed joins nothing
        ('He wrote "Stop here. Rest now. Then go.', ['He wrote "Stop here.', "Rest now.", "Then go."]),
    ],
)
def test_an_english_quotation_of_two_sentences_is_one(text, expected):
    assert split_english_sentences(text) == expected


def test_a_long_quotation_is_read_in_linear_time():
    assert len(split_japanese_sentences("「" + "あ。" * 50_000 + "」と言います。")) == 1
    assert len(split_english_sentences('"' + "A b. " * 50_000 + '" C.')) == 1


def test_a_question_quoted_and_joined_is_no_dropped_sentence(tmp_path):
    msgid = (
        "「薬を飲み忘れました。どうすればいいですか。」というお問い合わせをよくいただきます。"
        "気づいたときに1回分を飲んでください。"
    )
    msgstr = 'People often ask us, \\"I missed a dose. What should I do?\\" Take one dose when you remember.'
    path = install(tmp_path, "page.po", po((msgid, msgstr)))
    assert check(path, codes=["TRN015"])[1] == []


def test_a_sentence_dropped_after_a_quotation_is_still_reported(tmp_path):
    msgid = (
        "「薬を飲み忘れました。どうすればいいですか。」というお問い合わせをよくいただきます。"
        "気づいたときに1回分を飲んでください。"
        "ただし、次の服用時刻が近いときは、その回は飛ばしてください。"
    )
    msgstr = 'People often ask us, \\"I missed a dose. What should I do?\\" Take one dose when you remember.'
    path = install(tmp_path, "page.po", po((msgid, msgstr)))
    assert [f.rule for f in check(path, codes=["TRN015"])[1]] == ["TRN015"]


def test_the_splitters_abbreviations_are_words_of_the_spelling_check(tmp_path):
    assert written_abbreviations("It takes approx. 20 minutes; see Fig. 2 vs. the approx value.") == {
        "approx",
        "Fig",
        "vs",
    }
    path = install(tmp_path, "page.po", po(("検査は約20分です。", "The test takes approx. 20 minutes.")))
    assert check(path, codes=["SPL001"])[1] == []


def test_an_abbreviation_without_its_full_stop_is_still_a_misspelling(tmp_path):
    path = install(tmp_path, "page.po", po(("検査は約20分です。", "The test takes approx 20 minutes.")))
    assert [f.rule for f in check(path, codes=["SPL001"])[1]] == ["SPL001"]
