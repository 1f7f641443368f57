"""CIT001, thirty-ninth session: requests of the visit under a condition, and words read on their boundaries.

A request of the visit's logistics under a condition that says nothing of health (順番が来ましたら, 保険証が変わった
ときは, 紹介状があれば) is logistics: the condition is a turn, a paper or a thing, not a state of the reader. A condition
with a sign, a word of health (a treatment missed: 透析をキャンセルした場合は) or a measure (15cm以上離せば) keeps the
request care. Words are read on the tokenizer's boundaries: the ordinal 目 of 2回目 is no eye, the 再発 of 再発行 (a
reissue) no relapse, and 控え read as a noun (領収書の控え: a copy) no refraining.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest

from lint.analysis import grammar, medical
from lint.analysis.claims import _unfaced


@pytest.mark.parametrize(
    "text",
    [
        "番号札の番号が呼ばれましたら、二番の窓口へお進みください。\n",
        "住所や電話番号が変わったときは、受付でお申し出ください。\n",
        "予約の時間に遅れる場合は、受付にお電話でご連絡ください。\n",
        "診察券があれば、再来受付機に通してください。\n",
    ],
)
def test_a_request_of_the_visit_under_a_condition_of_logistics_needs_no_source(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "透析を休んだ場合は、その日のうちに透析室へご連絡ください。\n",  # a treatment missed
        "血圧が180以上のときは、受付にお申し出ください。\n",  # a measure
        "息苦しさが出てきたら、近くの職員にお声がけください。\n",  # a sign
        "手術のあとで熱が出たら、病棟にお電話ください。\n",
    ],
)
def test_a_condition_of_health_keeps_the_request_care(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3回目以降のご来院は予約制です。", []),
        ("2番目の窓口でお待ちください。", []),
        ("右の目が赤く腫れます。", ["目", "腫れ"]),  # the eye itself stays
    ],
)
def test_an_ordinal_suffix_is_no_word_of_the_body(text, expected):
    found = medical.medical_words(grammar.read(text).tokens)
    assert [w for w in found if w in expected] == expected and not [w for w in found if w not in expected], found


def test_a_morpheme_counts_only_on_word_boundaries():
    reissue = grammar.read("カードの再発行を承ります。").tokens
    relapse = grammar.read("がんが再発しました。").tokens
    assert not medical.mentions_health(reissue)
    assert medical.mentions_health(relapse)


@pytest.mark.parametrize(
    "text, copy",
    [
        ("領収書の控えを大切に保管してください。", True),
        ("申込書の控えはお客様がお持ちください。", True),
        ("お酒は控えてください。", False),
        ("激しい運動はお控えください。", False),
    ],
)
def test_a_copy_is_not_refraining(text, copy):
    assert ("控え" not in _unfaced(text)) is copy, _unfaced(text)


@pytest.mark.parametrize(
    "text",
    [
        "名前を呼ばれたら、三番の診察室へお進みください。\n",
        "受付を済ませたら、二階の採血室へお上がりください。\n",
    ],
)
def test_going_to_a_place_of_the_institution_is_a_step_of_the_visit(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "夜中にトイレへ行くときは、足元の明かりをつけてゆっくり歩いてください。\n",  # care of the reader's day
        "胸の痛みが続くときは、救急外来へ向かってください。\n",  # a sign: care-seeking
    ],
)
def test_going_somewhere_for_care_keeps_its_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "お車でお越しの方は、病院東側の立体駐車場をご利用ください。\n",
        "会計の順番が来るまで、番号札をお取りになってお並びください。\n",
        "再来受付機の画面で「受付」ボタンを押してください。\n",
    ],
)
def test_using_a_facility_queueing_and_pressing_a_button_are_logistics(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "訪問看護を利用すると、自宅で点滴を続けられます。\n",  # a word of health: a claim
        "胸のあたりを手のひらで強く押してください。\n",  # pressing the body
    ],
)
def test_the_same_verbs_with_health_keep_their_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))


# From a review of the first version, which read a condition with no word of health as logistics and let these through:
# states of the reader in everyday words, rooms of a home, services of care, refraining said with 控え.
@pytest.mark.parametrize(
    "text",
    [
        "赤ちゃんがぐったりして泣かなくなったら、夜間でもご来院ください。\n",
        "言葉が急に出にくくなったら、救急外来の受付へご連絡ください。\n",
        "親の物忘れが目立つようになったら、もの忘れ外来へご予約ください。\n",
        "冬の朝は、脱衣所を暖めてから浴室へお入りください。\n",
        "気分の落ち込みが続くときは、地域の相談窓口をご利用ください。\n",
        "急に倒れた人を見つけたら、AEDのボタンを押してください。\n",
        "お薬を飲んでいる間は、お酒の控えをお願いします。\n",
    ],
)
def test_care_in_everyday_words_keeps_its_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "お名前が呼ばれましたら、三番の診察室にお入りください。\n",
        "精算が終わるまで、自動精算機の前にお並びください。\n",
        "受付票の控えは、お帰りの際に会計でお出しください。\n",
    ],
)
def test_the_visit_in_the_same_shapes_needs_no_source(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


# From a second review: a change in the reader under nouns of the visit, going somewhere from a day on, household
# things and times of the reader's own.
@pytest.mark.parametrize(
    "text",
    [
        "自分の電話番号が思い出せなくなったら、ご家族から主治医にご連絡ください。\n",
        "翌日からは、看護師と一緒に病棟の売店まで歩いてください。\n",
        "梅雨の間は、部屋の除湿機をご利用ください。\n",
        "傷口がふさがるまでは、移動には車いすをご利用ください。\n",
        "ベッドから起き上がる前に、ナースコールのボタンを押してください。\n",
        "次の予約までに様子が変わったら、外来にご連絡ください。\n",
    ],
)
def test_the_readers_care_in_the_visits_words_keeps_its_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))


# A change in the reader (なる after an adjective, a negation or よう; 〜てくる) is care even beside a moment or a
# document of the visit, and a booking named only as a time bound is no question of the reader's.
@pytest.mark.parametrize(
    "text",
    [
        "会計を済ませたあとに、気分が悪くなったら、近くの職員にお声がけください。\n",
        "診察を待っている間に、めまいがしてきたら、受付にお知らせください。\n",
        "お薬手帳の字が読みにくくなったら、眼科にご相談ください。\n",
        "予約した日をたびたび忘れるようになったら、物忘れ外来にご相談ください。\n",
    ],
)
def test_a_change_in_the_reader_beside_the_visit_keeps_its_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))
