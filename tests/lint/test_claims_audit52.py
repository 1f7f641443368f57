"""CIT001, fifty-second session (from an audit of issue 11): three ways a claim was hidden or a greeting flagged.

- The page named only inside a clause that modifies a noun (この章で説明した症状が出たら…) says where the symptoms were
  described; a main predicate of presenting (呼ぶ of 救急車を呼んでください, read as 〜と呼ぶ) makes no page discourse.
- An English pointer set off by a comma (As Figure 2 shows, …; …, as the table shows) stands beside a clause of its
  own, which is what the sentence says.
- A greeting is compared as read, not as written: おだいじに is お大事に; ご自愛ください closes a letter.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "この章で説明した症状が出たら救急車を呼んでください。\n",
        "このページで挙げたような発作が起きたときは、すぐに119番に電話してください。\n",
        # (from the final review) a numbered figure or table named with no demonstrative
        "図1で示した症状が出たら、すぐに救急車を呼んでください。\n",
        "図3に示した部位に湿布を貼ってください。\n",
        "As Figure 2 shows, statins lower LDL cholesterol by about a third.\n",
        "As Table 3 shows, Lyme disease is most common in early summer.\n",
        "Most people recover within a week, as the table shows.\n",
        "As shown in Figure 1, the clot blocks the portal vein in most patients.\n",
        "Statins, as the graph below shows, lower LDL cholesterol.\n",  # the pointer inside the clause
        "As Figure 2 shows, statins lower LDL cholesterol\nby about a third.\n",  # wrapped over two lines
    ],
)
def test_a_claim_beside_a_pointer_to_the_page_is_a_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited"


@pytest.mark.parametrize(
    "text",
    [
        "この章では、救急車を呼ぶべき症状を説明します。\n",
        "この章で説明した内容を、最後にまとめます。\n",
        "足の指の巻き爪については、別のページで説明する予定です。\n",  # the clause is the predicate (予定です)
        "Figure 2 shows the parts of the liver.\n",
        "As described in the next section, we will explain the test step by step.\n",
        # statements of the writer presenting, not requests: the clause test is for requests only (from the review)
        "手順のうち、特に大切な点を次の表に挙げます。\n",
        "この章で紹介した内容を、次の章でまとめます。\n",
        "図1を見てください。\n",
    ],
)
def test_the_page_presenting_itself_stays_exempt(reasons, text):
    assert reasons(text)[-1] == ("exempt", "page-discourse")


@pytest.mark.parametrize(
    "text",
    [
        "おだいじに。\n",
        "オダイジニ。\n",
        "ご自愛ください。\n",
        "寒い日が続きますので、くれぐれもご自愛ください。\n",
        "どうぞお大事になさってください。\n",
    ],
)
def test_a_greeting_in_other_letters_is_a_greeting(reasons, text):
    assert reasons(text)[-1] == ("exempt", "greeting")


def test_a_request_that_only_quotes_a_greeting_is_still_read(reasons):
    assert reasons("「おだいじに」と言われた薬も、最後まで飲み切りましょう。\n")[-1][0] == "uncited"


@pytest.mark.parametrize(
    "text",
    [
        "抗生物質は最後まで飲み切って、お大事に。\n",
        "抗生物質は、最後まで飲み切ってお大事に。\n",  # no comma before the greeting (from the second review)
        "お酒を控えて肝臓をおだいじに。\n",
        "睡眠不足は免疫を下げるので、ご自愛ください。\n",
        "辛い物は控えて、胃をおだいじに。\n",
        "妊娠中はお酒をやめて、お体をご自愛ください。\n",
        # (from the final review) a verb of presenting the text elsewhere (付ける, 見る, 話す) is no page talk here
        "マスクを付けて、お大事に。\n",
        "医師に話したとおり抗生物質を最後まで飲み切って、お大事に。\n",
    ],
)
def test_advice_before_a_closing_greeting_is_read_as_advice(reasons, text):
    assert reasons(text)[-1][0] == "uncited"


@pytest.mark.parametrize(
    "text",
    [
        "寒い日が続きますので、どうぞご自愛ください。\n",
        "肝臓をおだいじに。\n",
    ],
)
def test_the_occasion_before_a_closing_greeting_is_part_of_the_greeting(reasons, text):
    # (the season said with a word of health, 朝晩は冷え込みますので、お大事に, is reported: 冷え reads as one)
    assert reasons(text)[-1] == ("exempt", "greeting")


def test_a_chain_of_greetings_is_read_once(reasons):
    # (a review's hostile input: a thousand frames recursed a thousand levels and failed)
    assert reasons("お大事に、" * 1000 + "お大事に。\n")[-1][0] == "exempt"


def test_a_long_sentence_before_a_greeting_is_read(reasons):
    # (the final review's hostile input: 16,000 characters before a greeting; its time is the benchmark's to watch, the
    # words of courtesy are now sought on the last characters only)
    assert reasons("あ" * 16000 + "お大事に。\n")[-1] == ("exempt", "greeting")
