"""CIT001, thirtieth session: a deadline read past a bracketed aside, a condition that changes or cancels a booking,
the day of a procedure (検査日, 手術の日) and a count of days before one (検査の3日前) as occasions of the visit, and
caps that belong to the service (people) apart from caps of what the reader takes in.

The sentences were written for these tests; none is taken from a corpus or a real sample. Each mechanism has its
near miss beside it, most of them from a review that wrote claims against the first version of these mechanisms.
"""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # a deadline whose まで follows an aside (平日のみ, 土日を除く): the number sets when to act
        ("検査の2日前（土日を除く）までに、お電話でご連絡ください。\n", "exempt"),
        ("予約の取り消しは、受診日の2日前（平日のみ）までにお電話ください。\n", "exempt"),
        # a duration or a frequency after an aside is how long or how often the act is done: a regimen
        ("傷口は、1日2回（朝と夜）清潔なガーゼで覆ってください。\n", "uncited"),
        ("この薬は、7日間（朝夕の2回）続けて飲んでください。\n", "uncited"),
        # a cap of what the reader takes in is a regimen, with an aside or without (the first version read any まで as a
        # cap of the service)
        ("透析の前日は、水を500ml（お茶やスープも含めて）までにしてください。\n", "uncited"),
        ("透析の前日は、水を500mlまでにしてください。\n", "uncited"),
        ("検査の当日は、水をコップ1杯（お茶は不可）までにしてください。\n", "uncited"),
        # a condition that changes or cancels a booking is the reader's plan, not a state of health
        ("面会の日時を変更される場合は、3日前までにご連絡ください。\n", "exempt"),
        ("入院日を延期される場合は、病棟へご連絡ください。\n", "exempt"),
        ("If you need to cancel or reschedule your appointment, please call the clinic.\n", "exempt"),
        # (IPADIC reads 健診 as 健 + the verb 診る; the tokenizer reads the stem back into the noun: test_tokenizer)
        ("健診の日時を変更される場合は、3日前までにご連絡ください。\n", "exempt"),
        # a treatment, a medicine or a session of care changed is no booking: care-seeking advice
        ("治療を延期した場合は、かかりつけ医を受診してください。\n", "uncited"),
        ("薬を変更した場合は、主治医にご連絡ください。\n", "uncited"),
        ("透析をキャンセルした場合は、当日中に必ず透析室へご連絡ください。\n", "uncited"),
        ("抗がん剤の投与を延期した場合は、毎日体温を測り、病院へご連絡ください。\n", "uncited"),
        ("If you cancel your dialysis, please see a doctor the same day.\n", "uncited"),
        ("If you reschedule your chemotherapy, please see your GP for a blood test first.\n", "uncited"),
        # a change of the reader's state keeps the request care-seeking advice
        ("息切れが強くなった場合は、すぐにご連絡ください。\n", "uncited"),
        # the day of a procedure and a count of days before it are occasions of the visit
        ("予約の変更は、検査日の3日前（土日祝を除く）までにご連絡ください。\n", "exempt"),
        ("術前検査の日には、同意書など4種類の書類をお渡しします。\n", "exempt"),
        # the time after it is care (翌日, N日後), and a count of days before it that starts a regimen is one
        ("手術日の翌日に、ガーゼを外してください。\n", "uncited"),
        ("退院日の翌日から、散歩を始めてください。\n", "uncited"),
        ("手術の翌日に、ガーゼを外してください。\n", "uncited"),
        ("手術の2週間前から、この薬を止めてください。\n", "uncited"),
        ("検査の3日前から、食物繊維の多い食事を控えてください。\n", "uncited"),
        ("手術日から2週間ほどで、傷の痛みはおさまります。\n", "uncited"),
    ],
)
def test_thirtieth_session_sentences(reasons, text, expected):
    """``expected`` is the status (exempt, uncited)."""
    assert reasons(text)[-1][0] == expected, reasons(text)
