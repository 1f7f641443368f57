"""CIT001, thirty-eighth session: the institution showing its premises.

A statement in the courteous existence or copula of a reception desk (売店は一階にございます, 受付は二階でございます) with no
word of health is the institution's voice, as いたします and おります are; and a katakana word the tokenizer's
dictionary does not know, but that is written wholly of katakana nouns it does know (エントランスホール, キッズルーム), is a
compound of everyday loanwords, not the name of a medicine or a test (アピキサバン, フェリチン), which no such split makes.
Each keeps its claims: a word of health in the same courteous voice, a medicine's unknown name.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest

from lint.analysis.medical import _known_katakana_compound


@pytest.mark.parametrize(
    "text",
    [
        "自動販売機とコインロッカーは、一階のエントランスホールにございます。\n",
        "お手洗いは、各階のエレベーターの横にございます。\n",
        "入院の受付は、本館二階の七番窓口でございます。\n",
    ],
)
def test_the_premises_in_the_courteous_voice_need_no_source(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "まれに、発疹などの副作用が出ることがございます。\n",  # a word of health in the same voice
        "アピキサバンは、腎臓の働きが落ちている方には量を減らすことがございます。\n",
        "ダビガトランの飲み忘れにご注意ください。\n",  # an unknown katakana name of a medicine
    ],
)
def test_health_in_the_same_voice_keeps_its_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))


@pytest.mark.parametrize("word", ["エントランスホール", "ベッドサイドモニター"])
def test_a_compound_of_known_loanwords_is_everyday(word):
    assert _known_katakana_compound(word)


@pytest.mark.parametrize(
    "word",
    [
        "アピキサバン",
        "ワルファリン",
        "フェリチン",
        "マンモグラフィ",
        "クレアチニン",
        "ダビガトラン",
        "ヘルペス",
        "ロスバスタチン",
    ],
)
def test_a_medicine_or_test_name_does_not_split_into_known_words(word):
    assert not _known_katakana_compound(word)
