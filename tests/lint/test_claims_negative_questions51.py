"""CIT001, fifty-first session (issue 11, from an audit): a negative question about an event is a question.

〜ませんか on a verb of an act invites the reader to do it (毎日少し歩きませんか: advice, which needs a source); on a
verb of a state it asks (痛みは残りませんか). The verbs of a state were a list, and a patient's FAQ asks about events
the list did not hold (手術の傷あとは目立ちませんか, がんは転移しませんか), read as invitations, hence instructions. Now
the grammar looks at who does it: a subject with が, or a topic with は that is a thing of health before a verb JMdict
gives as intransitive only (or a noun + する), names what undergoes the event, and no one is invited. A topic that is a
time, a place, an occasion or a person frames an invitation, and a transitive verb's topic is its object.
Left (the audit's probes: 9 → 12 of 24): questions with no subject (子どもにうつりませんか, 薬をやめても再発しませんか).
The sentences were written for these tests.
"""

import pytest

from lint.analysis import grammar


@pytest.mark.parametrize(
    "text",
    [
        "手術の傷あとは目立ちませんか？",
        "この病気は遺伝しませんか？",
        "がんは転移しませんか？",
        "傷口が化膿しませんか？",
        "治療中に髪が抜けませんか？",
        "お酒を飲むと効き目が弱まりませんか？",
        "入れ歯で口の中が傷つきませんか？",
    ],
)
def test_a_question_about_an_event_is_a_question(reasons, text):
    assert reasons(text + "\n")[-1] == ("exempt", "question")


@pytest.mark.parametrize(
    "text",
    [
        "毎日少し歩きませんか？",
        "一緒に禁煙を始めませんか？",
        "週末は少し休みませんか。",
        "夕食後は少し歩きませんか？",
        "朝食はしっかり食べませんか？",
        "リハビリは毎日続けませんか？",
        "たばこを吸っている方は、この機会に禁煙に取り組んでみませんか。",
        "この機会に受診して、瘤が大きくなるのを抑えませんか？",
        "流行地に行く予定があるなら、出発前にワクチンを済ませておきませんか。",
    ],
)
def test_an_invitation_stays_advice(reasons, text):
    assert reasons(text + "\n")[-1][0] == "uncited"


def test_the_reading_marks_no_invitation_for_a_subject_of_an_event():
    assert not grammar.read("傷口が化膿しませんか？").invitation
    assert grammar.read("毎日少し歩きませんか？").invitation
