"""The tokenizer's repairs of IPADIC's analysis (lint.japanese.tokenizer), on the words themselves.

(thirtieth session) IPADIC splits some compound nouns of medicine and tags their second kanji as a verb (健 + 診る,
保 + 湿る, 頻る + 尿); the stem is read back into the noun. A one-kanji verb that acts as a verb stays one.
"""

import pytest

from lint.japanese.tokenizer import tokenize


def _pos(text, surface):
    return next(t.pos for t in tokenize(text) if t.surface_form == surface)


@pytest.mark.parametrize(
    "text, stem",
    [
        ("乳幼児健診で相談できます。", "診"),  # before a case particle
        ("健診の日時をご確認ください。", "診"),  # before の
        ("細胞診と一緒に受けられます。", "診"),
        ("保湿剤を毎日塗りましょう。", "湿"),  # the stem form before a noun
        ("夜間頻尿とは、夜中に何度も起きることです。", "頻"),
        ("肘内障は、小さなお子さんに多いけがです。", "障"),
        ("二度寝が続く日もあります。", "寝"),  # a noun of its own: 二度寝
    ],
)
def test_a_verb_stem_inside_a_compound_noun_is_a_noun(text, stem):
    assert _pos(text, stem) == "名詞", [(t.surface_form, t.pos) for t in tokenize(text)]


@pytest.mark.parametrize(
    "text, verb",
    [
        ("近くを長時間見続けると、目が疲れます。", "見"),  # another verb follows
        ("夜は十分寝ているのに、日中も眠くなります。", "寝"),  # て follows
        ("テレビを見に行きます。", "見"),  # after a particle, not a noun
        ("一度見てもらいましょう。", "見"),  # after an adverb
        # (from the review) before に, たり, も or a comma
        ("週末は映画見に行きます。", "見"),
        ("休みの日は映画見たりします。", "見"),
        ("一晩中寝もしないで看病しました。", "寝"),
        ("毎日夜寝、朝起きる生活です。", "寝"),
    ],
)
def test_a_verb_of_its_own_stays_a_verb(text, verb):
    assert _pos(text, verb) == "動詞", [(t.surface_form, t.pos) for t in tokenize(text)]
