"""Japanese sentence splitting, fifty-third session (issue 12, TRN015): a quoted sentence taken up by a quotative
particle is part of the sentence that quotes it.

「薬は水で飲む。」と覚えておきましょう is one sentence: the 。 inside the brackets closes the quotation, and と goes on.
Split there, the source had one sentence more than its English ("Remember: \"Take medicine with water.\""), and TRN015
asked whether one was dropped (translation-blind84). A closing bracket followed by anything else still ends a sentence.

The sentences were written for these tests; none is taken from the article or a corpus.
"""

import pytest

from lint.analysis.structure import split_japanese_sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("「熱は冷やす。」と覚えておきましょう。", ["「熱は冷やす。」と覚えておきましょう。"]),
        (
            "先生は「無理はしないでください。」とおっしゃいました。次の受診は来月です。",
            ["先生は「無理はしないでください。」とおっしゃいました。", "次の受診は来月です。"],
        ),
        ("『痛い！』って言えば大丈夫です。", ["『痛い！』って言えば大丈夫です。"]),
        ("毎朝「今日も飲んだ？」と声をかけましょう。", ["毎朝「今日も飲んだ？」と声をかけましょう。"]),
        # the white space between the pieces kept: each sentence is a substring of the source (from the final review)
        ("先生は「水で飲む。」\nと言いました。次です。", ["先生は「水で飲む。」\nと言いました。", "次です。"]),
        # a closing bracket with no quotative particle after it ends its sentence, as before, even when the next
        # sentence begins with と (from the review: とりあえず, とくに, ところが)
        ("「無理はしない。」とりあえず今日は休みましょう。", ["「無理はしない。」", "とりあえず今日は休みましょう。"]),
        ("「熱が出た。」ところが翌朝は下がりました。", ["「熱が出た。」", "ところが翌朝は下がりました。"]),
        ("「はい。」次の質問に進みます。", ["「はい。」", "次の質問に進みます。"]),
        ("（詳しくは後で説明します。）まず準備です。", ["（詳しくは後で説明します。）", "まず準備です。"]),
        ("はい。。。次！？ね", ["はい。。。", "次！？", "ね"]),
    ],
)
def test_a_quoted_sentence_taken_up_by_a_particle_is_not_split(text, expected):
    assert split_japanese_sentences(text) == expected


def test_long_runs_are_split_whole():
    # a hundred thousand full stops, and a quoted end repeated: read once each (a nested repetition that gave back
    # characters read each run again from every one of its characters)
    assert split_japanese_sentences("。" * 100_000) == []
    assert len(split_japanese_sentences("あ。」と" * 20_000 + "。")) == 1
