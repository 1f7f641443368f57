"""TRN011, fifty-third session (issue 12): restrictions English says with "only".

Two negations with one meaning are a restriction, which English says without any "not": a negated adverbial of manner
under a negated main predicate (医師の許可なく〜てはいけません, 相談せずに〜ないでください: "only once your doctor says
so", "only after talking to your doctor") and a limit in time before one (〜までは〜できません, "not until": "only once",
"only after"). translation-blind83 and translation-blind84 flagged three such correct translations. A limit in time
rendered "only until" reverses the request, and a translation that keeps the condition but drops the "only" drops the
restriction: both are still found. So is an "only" whose clause renders nothing of the source's condition ("take it
only after meals" for 相談せずにやめないで): it restricts something else.

The sentences were written for these tests; none is taken from the article or a corpus.
"""

import pytest

from lint.analysis.negation import negation_mismatch


@pytest.mark.parametrize(
    "source, right, wrong",
    [
        (
            "医師の許可なく運動を再開してはいけません。",
            "Resume exercise only once your doctor says it is safe.",
            "Resume exercise once your doctor says it is safe.",
        ),
        (
            "薬剤師に確認せずに、市販薬を一緒に飲まないでください。",
            "Take over-the-counter medicines with it only after checking with your pharmacist.",
            "Take over-the-counter medicines with it after checking with your pharmacist.",
        ),
        (
            "傷口が完全に乾くまでは、湯船につからないでください。",
            "Take a bath only after the wound has fully dried.",
            "Take a bath only until the wound has fully dried.",  # "only until" reverses "not until"
        ),
        (
            "主治医の指示なしに、薬の量を増やさないでください。",
            "Increase the dose only as your doctor instructs.",
            "Increase the dose as your doctor instructs.",
        ),
        (
            "予約なしで夜間に来院しないでください。",
            "Come to the hospital at night only with an appointment.",
            "Come to the hospital at night with an appointment.",
        ),
        (
            "麻酔から2.5時間たつまでは、食べないでください。",  # a decimal point ends no clause
            "Eat only after 2.5 hours have passed since the anesthesia.",
            "Eat only until 2.5 hours have passed since the anesthesia.",
        ),
        (
            "検査の結果がそろうまでは、治療方針を決めることはできません。",
            "The treatment plan can only be decided when all the test results are in.",
            "The treatment plan can be decided when all the test results are in.",
        ),
    ],
)
def test_a_restriction_may_be_rendered_by_only(source, right, wrong):
    assert negation_mismatch(source, right) == ""
    assert negation_mismatch(source, wrong) != ""


@pytest.mark.parametrize(
    "source, translation",
    [
        # one negation with a condition of time is no restriction: "only after eating" supplies a complement the
        # source does not say, and is left to the translator's reviewer as a finding
        ("空腹時には、この薬を飲まないでください。", "Take this medicine only after eating."),
        # the request itself ends in ないで: no adverbial of manner
        ("運転はしないでください。", "Drive only when you feel well."),
        # a state that becomes less (少なくなる) is no manner of acting
        ("痛みが少なくなるまでは、無理をしないでください。", "Push yourself only until the pain is less."),
    ],
)
def test_a_single_negation_is_not_answered_by_only(source, translation):
    assert negation_mismatch(source, translation) != ""


@pytest.mark.parametrize(
    "source, translation",
    [
        # (from the review) まで after a noun is a place, an hour or an amount, not "not until"
        ("病院までは、ご自分で運転しないでください。", "Drive yourself to the hospital only if you feel well."),
        (
            "1日2錠までにして、それ以上は飲まないでください。",
            "Take two tablets a day, and more only if the pain is strong.",
        ),
        # "only until" anywhere in the sentence, "only once a day", "only as much as"
        (
            "食事が終わるまでは、薬を飲まないでください。",
            "Take the medicine only until you finish eating, only if needed.",
        ),
        (
            "熱が下がるまでは、この薬を飲まないでください。",
            "Take this medicine only once a day after the fever goes down.",
        ),
        ("医師の指示なしに、薬を増やさないでください。", "Take only as much medicine as your doctor directed."),
        # なく, ず, ないで that are no "without"
        ("痛みがなくても、薬をやめないでください。", "Stop the medicine only when the pain has gone."),
        ("お酒を飲まないで、タバコも吸わないでください。", "Drink alcohol, and smoke only after meals."),
        ("薬を勝手にやめないでもらえますか。", "Could you stop the medicine only when you feel better?"),
        # a negation of the English's own beside the "only": the count still compares
        ("医師に相談せずに、薬をやめないでください。", "Stop the medicine only if you have not talked to your doctor."),
        # an "only" that restricts something else: nothing of the condition is in its clause
        ("医師に相談せずに、この薬をやめないでください。", "Take this medicine only after meals."),
        (
            "医師の許可なく、薬をやめないでください。",
            "Stop the medicine whenever you want, but take it only with water.",
        ),
        ("麻酔が切れるまでは、何も食べないでください。", "You can eat anything, but only when you feel hungry."),
        ("医師の指示がない限り、この薬を飲まないでください。", "Take only as much as directed."),
        # (from the final review) ず、 joins two clauses, "and not": no manner
        ("お酒を飲まず、タバコも吸わないでください。", "Smoke only after drinking alcohol."),
    ],
)
def test_what_is_no_restriction_is_still_compared(source, translation):
    assert negation_mismatch(source, translation) != ""


def test_a_long_condition_is_read_in_linear_time():
    # (from the final review) each candidate read its clause back to the last comma: 10,000 characters of one clause
    # repeated took 47 s; a condition is read a few words back, and a few candidates a sentence
    source = "相談せずに" * 2000 + "やめないでください。"
    assert negation_mismatch(source, "Stop only after lunch.") != ""
