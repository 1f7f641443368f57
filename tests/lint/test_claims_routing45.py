"""CIT001, forty-fifth session (issue 11): a request that routes the visitors it selects.

A request that first says whom it is for (発熱のある方は, 杖をお使いの方は, マスクをお持ちでない方は) and then only sends them
to a door, a counter, a waiting room or a corner of the institution, or has them use its lift or machines, is a step of
the visit: the selector's words of health say whom the line is for. It stays a claim when it hurries or names care, when
the selector tells of an acute onset, when it goes round the queue or refuses the reader's own means (順番を待たずに,
お車ではなく), when the place is chosen for a property (ベッドのある採血ブース), or when the place's name holds a word of
health the selector does not (CT室の受付 after a head injury).

An independent review wrote 50 medical instructions in this shape to slip through and 40 service lines: the first
version let 9 of the 50 through; after the narrowing above, 1 (a waiting booth for patients with few white cells).
Some of the review's sentences are among the cases below. The sentences were written for these tests and the review;
none is taken from a corpus.
"""

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "杖をお使いの方は、エレベーターをご利用ください。",
        "発熱のある方は、正面玄関ではなく発熱外来入口からお入りください。",
        "マスクをお持ちでない方は、受付横の販売機をご利用ください。",
        "車いすが必要な方は、正面玄関横の貸出コーナーをご利用ください。",
        "松葉づえをお使いの方は、北口からお入りください。",
        "車いすの方は、正面玄関横のスロープからお入りください。",
        "面会の方は、夜間は救急外来横の通用口からお入りください。",
        "ベビーカーの方は、優先レーンにお並びください。",
        "付き添いの方は、待合室でお待ちください。",
        "2回目の接種の方は、3階の接種会場へお進みください。",
        "65歳以上の方は、2番窓口へお越しください。",
    ],
)
def test_visitors_routed_to_a_place_of_the_institution(reasons, sentence):
    assert all(status == "exempt" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "胸の痛みがある方は、すぐに救急外来へお越しください。",
        "咳が出る方は、マスクを着けて待合室へお進みください。",
        "息苦しくて横になれない方は、順番を待たずに処置室の入口からお入りください。",
        "片側の手足に急に力が入らなくなった方は、待合室を通らずにER受付へお越しください。",
        "血液をサラサラにする薬を飲んでいて頭を打った方は、CT室の受付へお越しください。",
        "採血でめまいを起こしたことのある方は、ベッドのある採血ブースをご利用ください。",
        "胃カメラで鎮静剤を使った方は、お車ではなく正面玄関のタクシー乗り場をご利用ください。",
        "急に今までにない激しい頭痛が起きた方は、順番を飛ばして脳神経外科の窓口へお越しください。",
        "めまいがある方は、待合室でしばらく横になってお待ちください。",
        "おなかの手術から1か月以内の方は、重い荷物をロッカーに預けてから病棟へお進みください。",
    ],
)
def test_triage_safety_and_rooms_of_care_stay_claims(reasons, sentence):
    assert any(status == "uncited" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))


# Visitors selected by a symptom and sent on by an acute onset, a department refused, a concession or a room of care
# (the kinds of the review's sentences that the older referral exemption let through), and sentences a code review of
# the first version found exempt by the routing: a sign appearing (血尿が見られた方は) is care-seeking, read first.
@pytest.mark.parametrize(
    "sentence",
    [
        "急に片目が見えにくくなった方は、予約がなくても眼科の受付へお越しください。",
        "顔の片側に発疹が出た方は、内科ではなく皮膚科の窓口へお越しください。",
        "ハチに刺されて注射薬を使った方は、症状が落ち着いても処置室へお進みください。",
        "妊娠中で出血がある方は、外来ではなく産科病棟へお進みください。",
        "発熱のある方は、症状が治まっても待合室へお進みください。",
        "発熱のある方は、救急外来の受付へお越しください。",
        "血尿が見られた方は、受付へお進みください。",
        "胸の痛みが出てきた方は、エレベーターをご利用ください。",
    ],
)
def test_triage_by_a_symptom_stays_a_claim(reasons, sentence):
    assert any(status == "uncited" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "熱のある方は、列に並ばずに職員にお声がけください。",
        "手術をご希望の方は、まず外来で担当医にお申し出ください。",
        "お薬について詳しく知りたい方は、薬剤師にお尋ねください。",
        # (from the code review) words read as characters matched inside others: お急ぎ, 救急, ワクチンを打った, いつでも
        "お急ぎの方は、自動精算機をご利用ください。",
        "ワクチンを打った方は、会計窓口へお進みください。",
        "妊娠中の方は、いつでも受付へお越しください。",
        "強い薬を処方された方は、薬局の窓口へお越しください。",
        "（杖をお使いの方は、エレベーターをご利用ください。）",
    ],
)
def test_keeping_fever_apart_and_consultations_stay_exempt(reasons, sentence):
    assert all(status == "exempt" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))
