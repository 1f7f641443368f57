"""CIT001, twenty-fifth session: a recommendation in the writer's voice read as the request it is, and the site's
own lines (landmarks, labelled trails, credits, the kana index).

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest

from lint.analysis.grammar import read


@pytest.mark.parametrize(
    "text, head, negative",
    [
        ("かかりつけの内科を受診されることをお勧めします。", "受診", False),
        ("気になるときは皮膚科に相談するほうがよいでしょう。", "相談", False),
        ("薬局で薬剤師に聞いた方がいいです。", "聞く", False),
        ("寝る前は画面を見ないほうがよいでしょう。", "見る", True),
        ("水分をこまめにとるのがよいでしょう。", "とる", False),
        ("ウォーキングを続けることがおすすめです。", "続ける", False),
    ],
)
def test_a_recommendation_frame_is_a_request_on_its_verb(text, head, negative):
    reading = read(text)
    assert (reading.mood, reading.head, reading.negative) == ("request", head, negative)
    assert reading.advice


@pytest.mark.parametrize(
    "text",
    [
        "日本皮膚科学会は、年に一度の受診を勧めています。",  # someone else's recommendation, reported
        "高齢の方がよい結果でした。",  # 方 of a person, not of a side
        "どちらの方法がよいかは、人によって違います。",
    ],
)
def test_other_sentences_with_the_frames_words_are_not_requests(text):
    reading = read(text)
    assert reading.mood != "request" and not reading.advice


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same referral line as the request: sent to a person or a service, with nothing urgent or conditioned
        ("一度、近くの眼科を受診されることをお勧めします。\n", ("exempt", "referral")),
        ("治療の進め方は、主治医とよく相談したほうがよいでしょう。\n", ("exempt", "referral")),
        ("手術の前に、麻酔科の医師に話を聞いておくのがよいでしょう。\n", ("exempt", "referral")),
        # urgent, insisted on, conditioned on a sign: care-seeking advice, a claim as its request twin is
        ("胸の痛みが続く場合は、受診することをお勧めします。\n", ("uncited", "recommendation")),
        ("すぐに救急外来を受診したほうがよいでしょう。\n", ("uncited", "recommendation")),
        # what is recommended is not a referral: advice of care
        ("毎朝、血圧を測ることをお勧めします。\n", ("uncited", "recommendation")),
        ("熱があるうちは入浴を控えたほうがよいでしょう。\n", ("uncited", "contraindication")),
        # a recommendation word inside what is recommended still makes it advice
        ("薬の中止は、主治医に相談して決めることをお勧めします。\n", ("uncited", "recommendation")),
    ],
)
def test_the_referral_line_holds_for_a_recommendation_frame(reasons, text, expected):
    assert reasons(text)[-1] == expected


@pytest.mark.parametrize(
    "text, referral",
    [
        ("一度は甲状腺の病気がないかどうかを確認してください。\n", False),  # to be tested: screening advice
        ("腎臓病があるかどうかを調べておくことをお勧めします。\n", False),
        ("お薬の飲み合わせに問題がないかを薬剤師に確認してください。\n", True),  # a question put to someone
        ("はじめに、緑内障がどんな病気なのかを確認しておきましょう。\n", True),  # what it is, not whether one has it
        ("次回の予約日を受付で確認してください。\n", True),
    ],
)
def test_a_request_to_check_for_a_condition_is_screening_advice(reasons, text, referral):
    assert (reasons(text)[-1] == ("exempt", "referral")) is referral


@pytest.mark.parametrize(
    "text, expected",
    [
        ("このページの先頭です。\n", ("exempt", "navigation")),
        ("ページの先頭です。\n", ("exempt", "navigation")),
        ("ここから本文です。\n", ("exempt", "page-discourse")),
        ("ページの先頭は混み合っています。\n", ("uncited", "claim")),  # a topic and a predicate: not a landmark
        ("分類：心臓と血管の病気 > 不整脈\n", ("exempt", "navigation")),  # a trail from a class of pages
        ("カテゴリー：子どもの病気 > 皮膚の病気\n", ("exempt", "navigation")),
        ("危険の大きさ：喫煙 > 肥満 > 運動不足\n", ("uncited", "claim")),  # a ranking has no class label
        ("監修（執筆・校閲）：総合内科 医師 高橋一郎\n", ("exempt", "byline")),  # the label glossed in brackets
        ("50音\n", ("exempt", "label")),  # the kana table: an index, no count
        ("５０音から病名を探す\n", None),
    ],
)
def test_the_sites_own_lines(reasons, text, expected):
    checks = reasons(text)
    if expected is None:
        assert all(reason != "number" for _, reason in checks), checks
    else:
        assert checks[-1] == expected, checks


def test_fifty_people_is_still_a_number(reasons):
    assert reasons("50人に1人がこの病気にかかります。\n")[-1] == ("uncited", "number")
