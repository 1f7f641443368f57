"""CIT001, forty-ninth session (issue 11): a question about what is required, and references in lower case.

〜なければいけませんか, 〜ないといけませんか and 〜てはいけませんか ask whether something is required or forbidden: the verb
before ませんか judges a condition (ば, と, ては, でも), so the sentence is no invitation to act (〜てみませんか) and no
contraindication, but a question (a fresh corpus's FAQ heading, Q. 血圧の薬は一生飲み続けなければいけませんか, was
reported as a contraindication). English running text names its parts in lower case too (in section 3 we describe …,
see table 2), which the reference reading took only with a capital. Two reviews found that a verb of presenting in an
aside (as shown in Figure 1, …) exempted the claim beside it, and that "figure 1, 40%" was read as a list of figures:
a number of health beside such an aside, after a semicolon or in a finding shown keeps the claim, a number with a unit
is no part's number, and a Latin unit must end its word (5 give). A number in a premise before a question (喫煙は…10倍
にするのに、…か？) was tried and withdrawn: the asker's own situation takes the same form (私は40歳ですが、…ですか？).
The sentences were written for these tests.
"""

import pytest

from lint.analysis import grammar


@pytest.mark.parametrize(
    "sentence",
    [
        "血圧の薬は一生飲み続けなければいけませんか？",
        "薬は飲んではいけませんか？",
        "毎日飲まないといけませんか？",
        "運動は完全にやめなければいけませんか。",
    ],
)
def test_a_question_about_a_requirement_is_a_question(sentence):
    assert grammar.read(sentence).mood == "question", sentence


@pytest.mark.parametrize(
    "sentence", ["一緒に歩いてみませんか。", "禁煙外来を受診してみませんか。", "時間があれば一緒に歩きませんか。"]
)
def test_an_invitation_stays_one(sentence):
    reading = grammar.read(sentence)
    assert reading.mood == "volitional" and reading.invitation, sentence


@pytest.mark.parametrize(
    "heading",
    ["Q. 血圧の薬は一生飲み続けなければいけませんか", "Q. 手術のあと、お風呂に入ってはいけませんか"],
)
def test_a_faq_heading_asking_about_a_requirement_is_no_claim(reasons, heading):
    status, reason = reasons(f"## {heading}\n\n詳しく説明します。\n")[0]
    assert status != "uncited", (heading, reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "In section 3 we describe the different treatment options.",
        "In section 3, we explain how the test works.",
        "We list the fees in table 2.",
        "See figure 1 for the location of the liver.",
    ],
)
def test_a_reference_in_lower_case_is_page_discourse(reasons, sentence):
    assert reasons(sentence + "\n")[0][0] != "uncited", reasons(sentence + "\n")


def test_a_number_beside_a_lower_case_reference_is_still_read(reasons):
    assert reasons("About 3 in 10 people in part 2 of the study had side effects.\n")[0][0] == "uncited"


@pytest.mark.parametrize(
    "sentence",
    [
        # (from the review) a verb of presenting in an aside, a second clause, or a finding shown: the claim stays
        "As shown in figure 1, 40% of patients relapse within a year.",
        "As shown in Figure 1, 40% of patients relapse within a year.",
        "Take 500 mg every 6 hours, as listed in table 3.",
        "Symptoms usually start within 2 weeks, as table 1 shows.",
        "In section 3 we explain that statins cut heart attacks by 30%.",
        "table 2 lists doses; children aged 6 to 12 take 250 mg twice a day.",
        "figure 1 shows that 40% of patients relapse within a year.",
        # (from the final review) "as shown" asserts what it stands beside, with no number too
        "Statins lower the risk of heart attack, as shown in figure 2.",
        "As table 3 shows, smoking doubles the risk of stroke.",
    ],
)
def test_a_claim_beside_a_reference_to_the_page_stays_a_claim(reasons, sentence):
    assert reasons(sentence + "\n")[0][0] == "uncited", reasons(sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Table 2 lists the side effects.",
        "See Tables 2, 3 and 4.",
        "Sections 3 and 4 cover the fees.",
        "tables 3, 4 and 5 give the contact details.",  # (from the second review) 5 give is no 5 g
        "The risks are explained below (see section 4).",
    ],
)
def test_the_page_naming_its_parts_stays_page_discourse(reasons, sentence):
    assert reasons(sentence + "\n")[0][0] != "uncited", reasons(sentence + "\n")
