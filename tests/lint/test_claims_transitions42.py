"""CIT001, forty-second session: the writer's move into a part of the text, and the text's account summed up.

本題に入りましょう was a transition; the writer's plain statement of the same move (ここから本題に入ります, 次に、治療の
話に移ります) is one too. 以上が…の概要です summed the text up; so do its account of a procedure and its end (以上が、
…の流れです, 以上で、…のご説明はおしまいです). Entering a bath (お風呂に入ります) and a reason stated (以上が、…理由です)
stay claims. An English price as the predicate (The fee for … is ¥2,200) is administrative, as a Japanese one is, and
an e-mail address is a contact, as a telephone number is. An English line of the service covers its own clause only: a
clause of health joined to it (… is free, and gives protection all winter) makes it a claim.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "少し前置きが長くなりましたが、ここからいよいよ本題に入ります。\n",
        "次に、手術のあとの話題に移ります。\n",
        "以上が、内視鏡検査の当日の流れです。\n",
        "以上で、入院生活についてのご説明はおしまいです。\n",
    ],
)
def test_the_writers_move_and_the_text_summed_up_need_no_source(reasons, text):
    assert reasons(text)[-1][0] == "exempt", (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "寝る前に、ぬるめのお風呂に入ります。\n",
        "以上が、痛風の発作が夜に起こりやすい理由です。\n",
    ],
)
def test_an_act_of_the_day_and_a_reason_stay_claims(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "The fee for a copy of your medical records is ¥2,200.\n",
        "The first-visit consultation fee is about 2,500 yen with insurance.\n",
        "If you arrive without a referral, a surcharge of 5,500 yen applies.\n",
    ],
)
def test_an_english_price_as_the_predicate_is_administrative(reasons, text):
    assert reasons(text)[-1] == ("exempt", "administrative"), (text, reasons(text))


def test_a_price_beside_an_effect_stays_a_claim(reasons):
    assert reasons("This tablet lowers the risk of a stroke and costs £5 a month.\n")[-1][0] == "uncited"


def test_an_e_mail_address_is_a_contact(reasons):
    assert reasons("You can write to the pharmacy team at pharmacy@example-clinic.jp.\n")[-1] == ("exempt", "contact")
    # care-seeking beside it stays a claim
    assert reasons("If you cough up blood, e-mail us at nurse@example-clinic.jp immediately.\n")[-1][0] == "uncited"


@pytest.mark.parametrize(
    "text",
    [
        "The flu jab is free for everyone over 65 and gives protection all winter.\n",
        "Ear wax drops are sold at the front desk, and using them keeps the ear canal clear.\n",
        "The ultrasound scan is available on Saturdays and involves no radiation.\n",
    ],
)
def test_a_clause_of_health_joined_to_a_line_of_the_service_is_a_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))


def test_a_second_clause_of_the_service_stays_exempt(reasons):
    assert reasons("The clinic is open on Saturdays, and parking is free.\n")[-1][0] == "exempt"


def test_a_word_that_begins_like_a_weekday_names_no_day(reasons):
    # Sunlight, month and Satisfied began like Sun, Mon and Sat, and made a fact of health a line of opening days
    assert reasons("Sunlight on the skin is the body's main source of vitamin D.\n")[-1][0] == "uncited"
    assert reasons("The eye clinic is open Mon–Fri, and the café on Sat.\n")[-1][0] == "exempt"
