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
        ("分類：[心臓と血管の病気](a.md) > [不整脈](b.md)\n", ("exempt", "navigation")),  # a trail of links
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


@pytest.mark.parametrize(
    "text, expected",
    [
        # a heading in the reader's words: a concern, no statement of the page
        ("## 寝言が気になる\n", ("exempt", "voice")),
        ("## 子どものいびきが心配\n", ("exempt", "voice")),
        ("## 寝言が気になります\n", ("exempt", "voice")),  # polite: still the reader's worry (after the review)
        ("## 薬を飲むと眠くなる\n", ("uncited", "claim")),  # a statement, no inner state
        ("## 再発が心配な方へ\n", ("exempt", "label")),
    ],
)
def test_a_heading_in_the_readers_words(reasons, text, expected):
    checks = reasons(text)
    if expected is None:
        assert checks[-1] != ("exempt", "voice"), checks
    else:
        assert checks[-1] == expected, checks


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name said to be in use, or named by a noun of naming with an adjective of register
        ("2010年ごろからは「慢性疲労症候群」という病名がよく使われています。\n", ("exempt", "naming")),
        ("「ロコモ」という呼び名が定着しています。\n", ("exempt", "naming")),
        ("正式な病名は「急性中耳炎」です。\n", ("exempt", "naming")),
        ("医学的な名称は「尋常性痤瘡」です。\n", ("exempt", "naming")),
        ("「胃炎」という病名が多くの患者に使われています。\n", ("uncited", "claim")),  # said of the patients
        (
            "この病気の原因となる菌の正式な名称は「ピロリ菌」です。\n",
            ("uncited", "claim"),
        ),  # what is named is described
        # a compound IPADIC splits into a verb and a noun (誤嚥) names no action
        ("これを誤嚥と呼びます。\n", ("exempt", "naming")),
        ("飲み込んだものが気管に入ることを誤嚥と呼びます。\n", ("uncited", "claim")),  # a definition by a clause
    ],
)
def test_names_in_use_and_compounds_split_by_the_tagger(reasons, text, expected):
    assert reasons(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("治療として\n", ("exempt", "lead-in")),  # a role: what follows says what it is
        ("毎日の工夫としては\n", ("exempt", "lead-in")),
        ("抗菌薬を使う治療として\n", None),  # a verb: a clipped statement, not a lead-in
    ],
)
def test_a_lead_in_may_close_on_toshite(reasons, text, expected):
    checks = reasons(text)
    if expected is None:
        assert checks[-1] != ("exempt", "lead-in"), checks
    else:
        assert checks[-1] == expected, checks


@pytest.mark.parametrize(
    "text, exempt",
    [
        ("今年も暑い季節を迎えました。\n", True),
        ("子どもたちが外で遊ぶ季節になりました。\n", True),
        ("インフルエンザが流行する時期になりました。\n", False),  # a word of health: a claim of the season
        ("寒い季節になると、血圧が上がりやすくなります。\n", False),  # the main clause states a tendency
        ("食中毒が増える季節がやってきました。\n", False),
    ],
)
def test_a_time_of_year_arriving_is_a_seasonal_greeting(reasons, text, exempt):
    assert (reasons(text)[-1] == ("exempt", "greeting")) is exempt


# ---------------------------------------------------------------- from the session's code review


@pytest.mark.parametrize(
    "text",
    [
        "## 夜更かしが続くと病気になる\n",  # 病気になる is no worry: 気 must be a word of its own
        "## 散歩をすると元気になる\n",
        "「甘い物をとりすぎると病気になる」\n",
        "## 長く続くせきは肺の病気が心配\n",  # a topic and a link between two things
        "## 湿布を貼るとかぶれるのが心配\n",  # a worry about a clause: what is worried about is stated
        "## 鼻炎の薬は眠くなるので困る\n",
    ],
)
def test_worries_that_state_something_stay_claims(reasons, text):
    assert reasons(text)[-1] == ("uncited", "claim")


@pytest.mark.parametrize(
    "text",
    [
        "## 子どもの歯ぎしりが気になっています\n",  # progressive and polite
        "## 花粉の季節がゆううつ\n",
        "## 手術の傷あとが心配です\n",
    ],
)
def test_a_worry_about_one_thing_in_any_register(reasons, text):
    assert reasons(text)[-1] == ("exempt", "voice")


@pytest.mark.parametrize(
    "text",
    [
        "胃の粘膜が傷つき潰瘍ができ、これを胃潰瘍と呼びます。",  # a clause ends before これ: a definition
        "血圧が上がり頭が痛くなり、これを高血圧緊急症と呼びます。",
    ],
)
def test_a_clause_before_the_pro_form_is_no_compound(reasons, text):
    assert reasons(text + "\n")[-1] == ("uncited", "claim")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("日本眼科学会は、年に一度眼科を受診することを勧めます。\n", "statement"),  # another's recommendation
        ("専門家は、かかりつけ医に相談することをすすめています。\n", "statement"),
        ("病院に行ったほうがいい？\n", "question"),  # the reader asking
        ("眼科を受診することを、お勧めします。\n", "request"),  # a comma inside the frame
    ],
)
def test_the_frame_is_the_writers_and_no_question(text, expected):
    assert read(text.strip()).mood == expected


@pytest.mark.parametrize(
    "text, exempt",
    [
        ("分類：喫煙 > 肥満 > 運動不足\n", False),  # a ranking under a class label
        ("分類：死亡の原因 心臓病 > 脳卒中 > 肺炎\n", False),
        ("分類：目の病気 > 子どもの目の病気\n", True),  # a class and its subclass
        ("現在地：トップ > 高血圧 > 放っておくと脳卒中につながります\n", False),  # the title states a fact
        ("現在地：トップ > 防災 > 熱中症にご注意ください\n", True),  # a title that asks stays a title
        ("カテゴリー：耳と鼻の病気\n", True),
        ("カテゴリー：がんの原因になるウイルス\n", False),
        ("本文ここまで。\n", True),
        ("サイトの推奨量です。\n", False),  # a recommendation word
    ],
)
def test_site_chrome_after_the_review(reasons, text, exempt):
    assert (reasons(text)[-1][0] == "exempt") is exempt


@pytest.mark.parametrize(
    "text, exempt",
    [
        ("離乳食を始める時期になりました。\n", False),  # a time of a child's age is advice, not a season
        ("交通事故が増える時期を迎えました。\n", False),
        (
            "| 薬 | 使い方 |\n|---|---|\n| メトホルミン | 2型糖尿病の初期治療として |\n",
            False,
        ),  # a cell completes its row
        ("重症のときは「敗血症性ショック」という病名が使われます。\n", False),  # a circumstance, not a time
        ("「」という病名が使われています。\n", False),
        ("「COPD」は「慢性閉塞性肺疾患」の略です。\n", True),
        ("「片頭痛」は「偏頭痛」と書かれることもあります。\n", True),  # a spelling of the word itself
        ("この薬は「よく効く」と書かれています。\n", False),  # what a text says
        ("これを帯状疱疹と呼ぶこともあります。\n", True),
    ],
)
def test_boundaries_after_the_review(reasons, text, exempt):
    assert (reasons(text)[-1][0] == "exempt") is exempt


@pytest.mark.parametrize(
    "text, referral",
    [
        ("甲状腺の病気がないか確認してください。\n", False),  # no を
        ("高血圧の有無を確認してください。\n", False),
        ("緑内障でないかどうかを眼科で確認しましょう。\n", False),  # the copula で
        ("腎臓の働きが落ちていないかを確認しておきましょう。\n", False),
        ("持病のある方は、飲み合わせに問題がないかを薬剤師に確認してください。\n", True),  # a topic before it
        ("吸入薬が手元にないかを確認してください。\n", True),  # a supply, not a condition
    ],
)
def test_checking_for_a_condition_after_the_review(reasons, text, referral):
    assert (reasons(text)[-1] == ("exempt", "referral")) is referral


@pytest.mark.parametrize(
    "text, exempt",
    [
        # the request line's own gaps, which the advice frame inherited (found by the review)
        ("動悸がある方は、内科を受診してください。\n", False),  # a symptom that is there
        ("動悸がある方は、内科を受診することをお勧めします。\n", False),
        ("血便が出た方は、消化器内科を受診したほうがよいでしょう。\n", False),  # a word of health that appears
        ("持病のある方は、かかりつけの内科を受診してください。\n", True),  # a condition held, even to be seen
        ("せきが続く方は、早めに受診してください。\n", False),
        ("子どもには大人用の湿布を使わず、小児科に相談するほうがよいでしょう。\n", False),  # an act withheld
        ("持病のある方は、飲む前に主治医に相談してください。\n", True),  # a condition held: whom it addresses
        ("ご質問がある方は、受付までお越しください。\n", True),
        ("迷わず、ご相談ください。\n", True),
        ("熱やせきなどの症状がある方は、受付でお申し出ください。\n", True),  # the front desk's notice: to tell
    ],
)
def test_people_with_a_symptom_and_acts_withheld(reasons, text, exempt):
    assert (reasons(text)[-1][0] == "exempt") is exempt


@pytest.mark.parametrize(
    "text, exempt",
    [
        ("「水痘」は「すいとう」と読みます。\n", True),  # a reading
        ("「帯状疱疹」は「帯状ヘルペス」と表記されることもあります。\n", True),
        ("骨粗しょう症は「骨粗鬆症」と漢字で書かれることもあります。\n", True),  # a bare term as topic
        ("慢性腎臓病は、英語名の頭文字から「CKD」と略されます。\n", True),
        ("糖尿病は「万病のもと」と書かれることがあります。\n", False),  # a judgement quoted, not a spelling
        ("高血圧は「サイレントキラー」と書かれることがあります。\n", False),  # a nickname in katakana
    ],
)
def test_spellings_readings_and_abbreviations(reasons, text, exempt):
    assert (reasons(text)[-1][0] == "exempt") is exempt
