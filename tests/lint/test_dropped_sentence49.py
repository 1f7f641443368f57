"""TRN015, forty-ninth session (issue 12): a sentence dropped from a wordy translation is told by content.

TRN015 read content only where the English was short for the Japanese: a translator who renders the rest of an entry
generously leaves the whole long enough, and the dropped sentence passed (a fresh corpus: 5 of 10 such drops). Where
the English has fewer sentences and is long enough, a Japanese sentence with two anchors or more (sentence_anchors)
is now reported when nothing in the English renders it: no anchor traced as before, and no JMdict gloss of an anchor
or of one of its nouns in the English. A join renders each of its sentences in some word, however freely (喘息 →
asthma, 吸入 → inhaler); a short request with one anchor or none is not judged, nor is a kind of negation (cessation
of 治まる) counted as one. Over the development corpora: 4 more of 7,545 defects caught, 2 more of 11,314 correct
entries reported; a reviewer's 83 fresh entries: drops caught 22 → 31 of 41, correct entries reported 3 → 4 of 42 (a
free rendering, 医療機関 → "clinic or hospital" with "it" for a repeated 保険証). Entries written for these tests.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import check, install, po  # noqa: E402

from lint.analysis.structure import untraced_sentence  # noqa: E402


def _trn015(tmp_path, msgid, msgstr):
    path = install(tmp_path, "page.po", po((msgid, msgstr)))
    return [f for f in check(path, codes=["TRN015"])[1]]


DROPPED = [
    (
        "胃カメラは、口や鼻から細い管を入れて胃の中を調べる検査です。検査の前日の夜9時以降は食事をとらないでください。",
        "A gastroscopy is an examination in which a thin, flexible tube with a tiny camera at its tip is passed through "
        "your mouth or nose so that the doctor can look carefully at the inside of your stomach.",
    ),
    (
        "帯状疱疹は、水ぼうそうと同じウイルスで起こります。50歳以上の方はワクチンで予防できます。",
        "Shingles is caused by the very same virus that causes chickenpox, which stays quietly in the nerves for many "
        "years after the childhood illness has gone and can wake up again later in life.",
    ),
]

JOINED = [
    (
        "喘息の発作が起きたら、まず発作止めの吸入薬を使ってください。それでも良くならない場合は、救急外来を受診してください。",
        "If you have an asthma attack, use your reliever inhaler first, and if that does not help, go to the "
        "emergency department.",
    ),
    (
        "痛風は、血液中の尿酸が増えて関節に結晶がたまる病気です。足の親指の付け根がよく腫れます。",
        "Gout is a disease in which uric acid builds up in the blood and forms crystals in the joints, often making "
        "the base of the big toe swell.",
    ),
    (
        "検査着は更衣室にあります。鍵はご自身でお持ちください。",
        "You will find a gown in the changing room, and please keep the key with you at all times.",
    ),
    (
        "接種した部分が赤く腫れることがあります。多くは数日で治まります。",
        "The area where the shot was given may turn red and swollen, but this usually settles down within a few days.",
    ),
]


@pytest.mark.parametrize("msgid, msgstr", DROPPED)
def test_a_sentence_dropped_from_a_wordy_translation_is_reported(tmp_path, msgid, msgstr):
    assert untraced_sentence(msgid, msgstr) is not None
    findings = _trn015(tmp_path, msgid, msgstr)
    assert findings and "nothing in it renders" in findings[0].message, findings


@pytest.mark.parametrize("msgid, msgstr", JOINED)
def test_sentences_joined_in_a_long_translation_pass(tmp_path, msgid, msgstr):
    assert untraced_sentence(msgid, msgstr) is None
    assert not _trn015(tmp_path, msgid, msgstr)


def test_a_gloss_that_is_a_function_word_renders_nothing():
    # (from the final review) 自分 → "you", 早め → "than": no English renders a dropped sentence by them
    msgid = "甲状腺は首の前にある臓器です。ご自分で首のしこりに気づいたら、早めに病院を受診してください。"
    msgstr = (
        "The thyroid is a small, butterfly-shaped organ that sits at the front of your neck, and it is much smaller "
        "than most people think."
    )
    assert untraced_sentence(msgid, msgstr) == "ご自分で首のしこりに気づいたら、早めに病院を受診してください。"


def test_an_english_many_times_the_source_is_not_read_for_content():
    # a documented limit (from the final review): no wordy translation is six times its source
    msgid, within = DROPPED[0]
    beyond = within[:-1] + ", as everyone knows" * (6 * len(msgid) // 19) + "."
    assert untraced_sentence(msgid, within) is not None  # the dropped sentence is read at a usual length
    assert untraced_sentence(msgid, beyond) is None  # and not beyond six English characters a Japanese one
