"""CIT001, twenty-seventh session: what a number is part of (a telephone number, the amount a measure is given per,
the title of a linked page, the label of a table) and feelings the writer supposes or shares.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # an emergency number inside a longer number is no emergency: 999 of 06-0000-9999, 119 of 0120-119-000
        ("夜間の問い合わせ先は、救急センター（電話 06-0000-9999）です。\n", ("exempt", "contact")),
        ("予約の電話番号は0120-119-000です。\n", ("exempt", "contact")),
        # the emergency numbers themselves still make a request urgent
        ("胸が痛むときは、すぐに119番に電話してください。\n", ("uncited", "instruction")),
        ("If you have chest pain, call 999.\n", ("uncited", "instruction")),
        ("Call 911 if you cannot breathe.\n", ("uncited", "instruction")),
    ],
)
def test_an_emergency_number_counts_only_as_a_number_of_its_own(reasons, text, expected):
    assert reasons(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the amount a measure is given per states nothing; the measure is a figure of its own
        ("表2では、よく使う食品100gあたりのカリウムの量を一覧にしています。\n", "exempt"),
        ("食品100gあたりのカリウムの量は、バナナで約360mgです。\n", "number"),
        ("1日あたりの塩分は6g未満にしましょう。\n", "number"),
        ("About 3 people per 1,000 get it.\n", "number"),
        ("The table lists the potassium per 100 g of some common foods.\n", "not a number"),
    ],
)
def test_the_amount_a_measure_is_given_per_is_no_figure(reasons, text, expected):
    status, reason = reasons(text)[-1]
    if expected == "exempt":
        assert status == "exempt"
    elif expected == "number":
        assert (status, reason) == ("uncited", "number")
    else:
        assert reason != "number"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number in the title of the page a link leads to names that page
        ("具体的な献立例は、[1週間の献立](menus.md)を参考にしてください。\n", ("exempt", "navigation")),
        ("詳しくは[3か月健診のご案内](checkup.md)をご覧ください。\n", ("exempt", "navigation")),
        # a link on the figure alone, or around the whole sentence, leaves the figure stated
        ("治療は[3〜6か月](https://example.org/guideline)続けます。\n", ("uncited", "number")),
        ("[門脈血栓症の3割は症状がありません。](https://example.org/a)\n", ("uncited", "number")),
        # a number outside the link is read as before
        ("治療は3〜6か月続けます（[ガイドライン](guideline.md)）。\n", ("uncited", "number")),
    ],
)
def test_a_number_in_a_linked_title_names_the_page(reasons, text, expected):
    assert reasons(text)[-1] == expected


@pytest.mark.parametrize(
    "text, exempt",
    [
        # a number after a part of the text labels it: the topic 表2 is the table, as 下の表 is
        ("図3では、血栓ができやすい場所を示しています。\n", True),
        ("表2では、患者の3割に再発がみられました。\n", False),  # what the table shows, with a figure
        ("図1では、門脈に血栓ができると脾臓が腫れることがわかります。\n", False),  # a finding read from the figure
    ],
)
def test_a_numbered_table_or_figure_is_the_text(reasons, text, exempt):
    assert (reasons(text)[-1][0] == "exempt") is exempt


@pytest.mark.parametrize(
    "text, exempt",
    [
        # a feeling made a noun and shared (〜ことですよね, 〜ものですよね), supposed of some readers (〜かもしれません)
        ("お子さんのつらそうな姿をそばで見守るのは、ご家族にとっても苦しいことですよね。\n", True),
        # (thirty-second session) a sign that keeps someone awake is the feeling's circumstance, as two independent corpus
        # authors wrote it (this case said "a fact of health" before); a sign counted among readers stays a claim
        ("熱で眠れないお子さんを見守るのは、苦しいことですよね。\n", True),
        ("熱で眠れない夜を過ごしている方も多いでしょう。\n", False),
        ("手術の前は、誰でも不安なものですよね。\n", True),
        ("検査を前に、緊張されている方もいらっしゃるかもしれませんね。\n", True),
        ("不安を感じている方も多いでしょう。\n", True),
        # importance shared is advice; a sign of the body supposed of some readers is a fact of health
        ("毎日薬を飲むのは大切なことですよね。\n", False),
        ("手術の後、吐き気が出る方もいらっしゃるかもしれません。\n", False),
        ("腰が痛む方もいらっしゃるかもしれませんね。\n", False),
    ],
)
def test_feelings_shared_or_supposed(reasons, text, exempt):
    assert (reasons(text)[-1][0] == "exempt") is exempt


@pytest.mark.parametrize(
    "text, expected",
    [
        # an invitation frame asks for the verb after it
        ("If you have any questions, please feel free to ask our outpatient nurses.\n", ("exempt", "referral")),
        ("Feel free to contact the clinic.\n", ("exempt", "referral")),
        ("Feel free to stop taking the tablets.\n", ("uncited", "instruction")),
        # a member of the care team offering to meet the reader
        ("Our dietitians can meet you in person or by video call.\n", ("exempt", "referral")),
        ("Your doctor will see you in clinic about six weeks after the operation.\n", ("uncited", "number")),
    ],
)
def test_english_invitations_and_offers_to_meet(reasons, text, expected):
    assert reasons(text)[-1] == expected


@pytest.mark.parametrize(
    "text, status",
    [
        # from the code review of the first version: figures a link only wears, あたり as "around", urgency by a word's
        # start, a matter judged rather than a feeling, a muscle's tension, seeing that is no visit
        ("Relapse occurs in [about 30%](https://example.org/a) of people.\n", "uncited"),
        ("治療は[3か月以上](https://example.org/a)続けます。\n", "uncited"),
        ("妊娠を考えている方は、[1日400μgの葉酸](folate.md)について、かかりつけ医に相談してください。\n", "uncited"),
        ("退院後2週間あたりで、外来を予約してください。\n", "uncited"),
        ("Speak to your pharmacist urgently.\n", "uncited"),
        ("迷ったときは、#7119に電話してください。\n", "uncited"),
        ("高血圧を放置するのは危険なことですよね。\n", "uncited"),
        ("年齢とともに筋肉が減るのは自然なことですよね。\n", "uncited"),
        ("肩や首の筋肉が緊張している方も多いでしょう。\n", "uncited"),
        ("Your doctor can see from a simple blood test whether you have diabetes.\n", "uncited"),
        # and what the first version was for still holds
        ("See [Diet in the first 3 months](diet.md) for more.\n", "exempt"),
        ("詳しくは[3か月健診のご案内](checkup.md)をご覧ください。\n", "exempt"),
    ],
)
def test_what_the_code_review_found(reasons, text, status):
    assert reasons(text)[-1][0] == status


@pytest.mark.parametrize(
    "text, expected",
    [
        # claims-blind38 read by mechanism: a linked page to consult (をご参照, をご確認) and a linked file to use
        ("手術後の食事については、[退院後の食事Q&A 20選](qa.md)をご参照ください。\n", ("exempt", "navigation")),
        ("[塩分の少ない食品リスト（PDF）](salt.pdf)もあわせてご利用ください。\n", ("exempt", "navigation")),
        ("[この薬](drug.md)を1日2回使ってください。\n", ("uncited", "number")),
        # the page revised, said of its parts (ページの構成を変更しました); care revised is not the text
        ("令和8年4月、ページの構成を一部変更しました。\n", ("exempt", "page-discourse")),
        ("このページの内容を修正しました。\n", ("exempt", "page-discourse")),
        ("薬の量を変更しました。\n", ("uncited", "claim")),
        # the nouns that name the text itself (文中の数値は, which IPADIC cuts from 本文中)
        ("本文中の数値は、ページ末尾に挙げた資料にもとづいています。\n", ("exempt", None)),
        ("本文中の薬は、1日2回飲みます。\n", ("uncited", "number")),
        # a count of booking slots is administration; a wish for the reader whoever wishes it
        ("禁煙外来の予約枠は1枠30分で、月曜と水曜の午後に設けています。\n", ("exempt", "contact")),
        ("Dr. Sato and the pediatrics team wish your child a speedy recovery.\n", ("exempt", "greeting")),
    ],
)
def test_claims_blind38_by_mechanism(reasons, text, expected):
    status, reason = reasons(text)[-1]
    assert status == expected[0] and (expected[1] is None or reason == expected[1]), (status, reason)


@pytest.mark.parametrize(
    "text, status",
    [
        # from the second code review: a wish for a recovery, not the words anywhere; a linked document used, not a
        # linked thing or the object of another clause's verb
        ("Most children with a cold get well soon on their own.\n", "uncited"),
        ("If you wish your child to be protected, the vaccine protects most children for life.\n", "uncited"),
        ("Get well soon!\n", "exempt"),
        ("脱水が疑われるときは、[経口補水液](ors.md)をご利用ください。\n", "uncited"),
        ("夜間に急に具合が悪くなったときは、[#7119](7119.md)をご利用ください。\n", "uncited"),
        (
            "[インスリン](ins.md)を使っている方は、低血糖に備えてブドウ糖を持ち歩き、必要なときにご利用ください。\n",
            "uncited",
        ),
    ],
)
def test_what_the_second_review_found(reasons, text, status):
    assert reasons(text)[-1][0] == status


@pytest.mark.parametrize(
    "text",
    [
        # (second review) navigation in other words: an adverb before the verb, a page presented as explaining, a label
        # that lists the link, English verbs of finding out
        "詳しくは[1日30分の運動で血圧が下がる理由](ex.md)をぜひご覧ください。\n",
        "関連ページ：[70歳以上の方の運動](ex.md)\n",
        "See also: [5 ways to lower your blood pressure](bp.md)\n",
        "Find out more about [the 3 stages of labour](labour.md).\n",
    ],
)
def test_navigation_in_other_words(reasons, text):
    assert reasons(text)[-1][0] == "exempt"


@pytest.mark.parametrize(
    "text, status",
    [
        # a state shared whose subject is a part of the body is a sensation stated, a sign (before: a greeting)
        ("胸が痛いですよね。\n", "uncited"),
        ("お腹がとても痛いですよね。\n", "uncited"),
        ("毎日の通院は大変ですよね。\n", "exempt"),
        # a care role meeting or seeing the reader, in other words
        ("Your specialist nurse will meet with you before the operation.\n", "exempt"),
        ("A physiotherapist will see and assess you on the ward.\n", "exempt"),
    ],
)
def test_a_body_state_shared_and_offers_to_meet_in_other_words(reasons, text, status):
    assert reasons(text)[-1][0] == status
