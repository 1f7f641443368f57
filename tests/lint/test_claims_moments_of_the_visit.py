"""CIT001, thirty-sixth session: a condition that is a moment of the visit, no state of the reader.

検査が終わりましたら, 診察が済んだら, お薬を受け取る際は: an examination or a consultation ends, or the reader does a thing
of the visit's logistics. Such a condition situates a request; it is no sign under which the reader must seek care.
Whether the request itself is care is still read from its own words: a regimen, an act on the body, an intake or a
purpose of care after the same moment stays an instruction.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "採血が終わりましたら、呼び出し用の受信機を二番窓口へお返しください。\n",
        "診察が済んだら、会計の窓口で診察券をお受け取りください。\n",
        "処方箋を受け取る際は、受付の前の椅子でお待ちください。\n",
        "検査が済みましたら、ロッカーの鍵を更衣室の係へお渡しください。\n",
    ],
)
def test_a_request_at_a_moment_of_the_visit_is_a_practical_matter(reasons, text):
    assert reasons(text)[-1][0] == "exempt", text


@pytest.mark.parametrize(
    "text",
    [
        "検査が終わったら、水分を多めにとってください。\n",  # an intake after the moment
        "検査が終わったら、しばらく安静にしてください。\n",  # rest
        "診察が終わったら、傷口を清潔に保ってください。\n",  # care of the body
        "お薬を受け取ったら、すぐに1回分を飲んでください。\n",  # a dose
        "注射が終わったら、15分ほど院内でお待ちください。\n",  # observation after an injection
        "お薬を受け取る際は、飲み忘れがないよう看護師と確認してください。\n",  # a purpose of care
        "痛みが強い場合は、受付にお申し出ください。\n",  # a sign, not a moment
        # (from the review of the first version) a referral's head after a moment is read by its words; the request's
        # own word of health stays when the moment names it too; a bound by まで or an act withheld is care; a moment
        # of the reader's day is no moment of the visit
        "抗がん剤の点滴が終わりましたら、針を刺した所が赤くなっていないか毎日ご覧ください。\n",
        "目薬を受け取ったら、目薬は冷蔵庫で保管してください。\n",
        "散瞳の検査が終わったら、視界がはっきりするまで院内でお待ちください。\n",
        "鎮静剤を使った検査が済んだら、今日は車を運転するのはご遠慮ください。\n",
        "入れ歯を外したら、専用の洗浄液に入れてください。\n",
    ],
)
def test_care_after_a_moment_of_the_visit_stays_an_instruction(reasons, text):
    assert reasons(text)[-1][0] == "uncited", text


# (thirty-seventh session) what ends may be any act of the visit named as a noun (an IPADIC サ変接続 head), not only a
# listed examination: its end is a moment of the visit too. A bodily process or a sign that ends on its own (生理, 発作,
# a word of illness before the act) is no such act, and the request's own words still decide.
@pytest.mark.parametrize(
    "text",
    [
        "血圧の測定が済みましたら、測定票を二番窓口にお出しください。\n",
        "装具の調整が済みましたら、会計窓口で番号札をお受け取りください。\n",
        "胃の透視が終わりましたら、検査着のまま更衣室へお戻りください。\n",
    ],
)
def test_the_end_of_an_act_of_the_visit_is_a_moment_of_the_visit(reasons, text):
    assert reasons(text)[-1][0] == "exempt", text


@pytest.mark.parametrize(
    "text",
    [
        "生理が終わったら、婦人科の検査をお受けください。\n",  # a bodily process ends: timing of care
        "発作が終わったら、横向きに寝かせてください。\n",  # a sign ends
        "喘息の治療が終わったら、吸入器は毎日洗ってください。\n",  # an illness names the act; a regimen follows
        "点滴が終わったら、30分は横になってお休みください。\n",  # care after the moment
    ],
)
def test_the_end_of_a_bodily_process_or_care_after_the_end_stays_an_instruction(reasons, text):
    assert reasons(text)[-1][0] == "uncited", text
