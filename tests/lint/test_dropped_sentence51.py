"""TRN015, fifty-first session (issue 12): a dropped sentence hidden by another split in two.

TRN015 read an entry only when the English had fewer sentences than the Japanese. A translator who splits one long
Japanese sentence into two English ones while leaving another out keeps the count whole, and the drop passed: in a
fresh corpus of dropped sentences (translation-dropped-blind1, development half), 12 of the 17 drops missed had as many
English sentences as Japanese ones or more. The content test of the forty-ninth session (a Japanese sentence with two
anchors or more of which nothing in the English is a rendering) now reads those entries too. The parts of a hyphenated
English word render as the word does (injector of auto-injector, life of life-threatening). Entries written for
these tests.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import check, install, po  # noqa: E402

from lint.analysis.structure import _EnglishWords, untraced_sentence  # noqa: E402


def _trn015(tmp_path, msgid, msgstr):
    path = install(tmp_path, "page.po", po((msgid, msgstr)))
    return check(path, codes=["TRN015"])[1]


# one sentence dropped, another split in two: as many English sentences as Japanese ones, or more
SPLIT_AND_DROPPED = [
    (
        "胃潰瘍の多くは、ピロリ菌の感染が原因です。除菌治療では、3種類の薬を1週間飲み続けます。"
        "治療後は、便や呼気の検査で除菌できたかを確かめます。",
        "Most stomach ulcers are caused by an H. pylori infection. After treatment, a stool test or a breath test "
        "shows whether the bacteria are gone. Your doctor will explain the results.",
    ),
]

# correct translations that split or expand sentences: every Japanese sentence is rendered
SPLIT_AND_KEPT = [
    (
        "大腸カメラの前日は、消化のよい食事をとってください。検査当日の朝から下剤を飲み、腸をきれいにします。",
        "On the day before a colonoscopy, eat foods that are easy to digest. On the morning of the test, you will "
        "start drinking a laxative. It empties and cleans your bowel.",
    ),
    (
        "エピペンは、迷ったら使ってください。使うのが遅れると、命にかかわることがあります。",
        "If you are unsure whether to use your auto-injector, use it. A delay can be life-threatening.",
    ),
    (
        "骨粗しょう症では、骨がもろくなり、転んだだけで骨折することがあります。カルシウムとビタミンDを十分にとりましょう。",
        "Osteoporosis makes bones fragile. Even a simple fall can then break a bone. Get enough calcium and "
        "vitamin D in your diet.",
    ),
]


@pytest.mark.parametrize(("msgid", "msgstr"), SPLIT_AND_DROPPED)
def test_a_drop_hidden_by_a_split_is_reported(tmp_path, msgid, msgstr):
    findings = _trn015(tmp_path, msgid, msgstr)
    assert len(findings) == 1
    assert "nothing in the translation renders" in findings[0].message
    assert "is a sentence missing?" in findings[0].message


@pytest.mark.parametrize(("msgid", "msgstr"), SPLIT_AND_KEPT)
def test_a_split_that_keeps_every_sentence_passes(tmp_path, msgid, msgstr):
    assert _trn015(tmp_path, msgid, msgstr) == []


def test_the_finding_names_the_dropped_sentence():
    msgid, msgstr = SPLIT_AND_DROPPED[0]
    assert untraced_sentence(msgid, msgstr) == "除菌治療では、3種類の薬を1週間飲み続けます。"


def test_a_hyphenated_word_counts_once():
    # blood-thinning is one rendering of 血液, not two: the second sentence's 血液 is left without one
    msgid = "血液をサラサラにする薬を飲んでいます。血液検査を毎月受けてください。"
    assert untraced_sentence(msgid, "You are taking a blood-thinning medicine.") is not None


def test_a_hyphenated_word_renders_through_its_parts():
    # 注射 (injection) is rendered by the injector of auto-injector: without the parts, nothing in the English
    # rendered the first sentence, and a correct translation was reported
    english = _EnglishWords("When in doubt, use your epinephrine auto-injector. Call an ambulance after using it.")
    assert english.glossed("注射") == {"injector"}
    msgid = "アドレナリン自己注射薬は、判断に迷ったときも打ってください。救急車は、打ったあとに呼びます。"
    assert untraced_sentence(msgid, english.text) is None
