"""CIT001, fifty-seventh session: statements of the premises and requests at its places.

A plain statement free of any word of health and of any health number, in which the institution operates, offers or
takes something at a place only it has (窓口, 待合室, 病棟, 各階, 総合案内, 正面玄関) or under its bookings (予約), is
about the premises or the visit (車いすの貸し出しは、正面玄関の総合案内で行っています). Before, such a statement passed
only with the humble register, a topic of administration or a verb of placing; every other one was reported as an
uncited claim. A word of health, a health number, a negation and a condition keep the readings that had them. A request
that uses a thing at one of these places (各階へは、中央エレベーターをご利用ください) is a step of the visit, as it was
for the rooms of the visit. The front entrance (正面玄関) names the institution as 当院 does: a home has a 玄関, not a
正面玄関.

A review of the first version, which took a place named anywhere in the sentence, wrote 144 claims that name a place of
a hospital and no word of health: 9 went through. The place must now head the topic or be where or through what the
predicate acts, and the predicate must be a verb of the service's operation (open, run, take, lend, use, book).

A treatment named as the topic (予防接種は, 禁煙治療は) stays a claim's topic, as what a page says of a treatment is mostly
care (手術は全身麻酔で行います), unless every content word of its comment is the institution's arrangement: a day or a
time of the week, a place of the institution, a system of booking, the institution, a verb of the service's operation.

The sentences were written for these tests and by the review; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "杖の貸し出しは、総合案内で受け付けています。\n",
        "病院の正面玄関は、夜9時に閉まります。\n",
        "再診の予約は、会計窓口でも取ることができます。\n",
        "売店は、土曜日の午後も営業しています。\n",
        "タクシーは、正面玄関前の乗り場でお待ちいただけます。\n",
        "各階の談話室は、面会の方も使えます。\n",
        "お車いすのご用命は、病棟のナースステーションで承ります。\n",
    ],
)
def test_a_statement_of_the_premises_is_practical(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "各階へは、西側のエレベーターをご利用ください。\n",
        "院内には自動販売機がありますので、ご自由にご利用ください。\n",
        "杖が必要な方は、正面玄関の横にある杖をお使いください。\n",
        # 使う asks as 利用 does, over a thing at a place of the institution; a place closed by 横 or 前 is still one
        "ロビーの給茶機は、どなたでもご自由にお使いください。\n",
        "面会の方は、正面玄関横のエレベーターをお使いください。\n",
    ],
)
def test_a_request_to_use_a_thing_at_a_place_of_the_institution_is_practical(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        # a use of care: after an operation, in a symptom, for a body part, at home
        "手術の後しばらくは、病棟の廊下の手すりをお使いください。\n",
        "めまいがあるときは、院内の車いすをお使いください。\n",
        "ひざの手術を受けた方は、階段ではなく病院のエレベーターをお使いください。\n",
        "傷口を洗うときは、病室の洗面台の石けんをお使いください。\n",
        "退院後も、杖をお使いください。\n",
    ],
)
def test_a_use_of_care_stays_a_claim(reasons, text):
    assert any(status == "uncited" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        # a word of health, a health number or a condition keeps the claim
        "待合室で長く座っていると、足の血栓ができやすくなります。\n",
        "受付で測った血圧は、家で測るより高めに出ることがよくあります。\n",
        "病院の階段を上ると息が切れるようになったら、心臓の働きが落ちているサインです。\n",
        "外来で使う麻酔は、数時間で効き目が切れます。\n",
        # what lives or grows at a place of the institution, a risk there, how many
        "病院の廊下の手すりには、細菌がたくさん付いています。\n",
        "カビは、病院の売店の裏にも広がります。\n",
        "病棟の廊下では、夜中に転ぶ危険があります。\n",
        # a place any building has, without the institution named
        "階段の上り下りは、ひざに負担がかかります。\n",
        # (from the review of the first version, which took a place named anywhere) a place that only modifies the
        # subject, a booking word outside the topic, people as the topic, a predicate of effect
        "待合室で長く待つお子さんは、落ち着きをなくして泣き出します。\n",
        "受付で感じる緊張は、測る値を一時的に押し上げます。\n",
        "待合室に置かれた雑誌は、何週間も汚れを持ち続けます。\n",
        "正面玄関の段差でのつまずきは、お年寄りが寝込む大きなきっかけになります。\n",
        "待合室のおもちゃは、子どもから子どもへ汚れを移します。\n",
        "総合案内のタッチパネルは、トイレの取っ手よりも汚れています。\n",
        "予約の待ち日数の長さは、立ち直りの遅れにつながります。\n",
        "院内の照明は、お年寄りの昼夜の感覚を狂わせます。\n",
        "売店の黒酢ドリンクは、数値を下げます。\n",
        # (from the final review) an effect in a clause, a rank, an evaluation, a report of the past
        "院内のカフェでは、集中力が高まるコーヒーを販売しています。\n",
        "病棟は、全国トップクラスの体制で運営しています。\n",
        "当院の待合室は、日本一快適な空間として利用されています。\n",
        "正面玄関は、地域で最初にバリアフリー化を行いました。\n",
    ],
)
def test_health_a_risk_or_a_being_at_the_premises_stays_a_claim(reasons, text):
    assert any(status == "uncited" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "小児の予防接種は、月曜と木曜の午後に専用の時間帯を設けています。\n",
        "帯状疱疹の予防接種は、当院ホームページからのWeb予約制となっております。\n",
        "禁煙治療は、毎週火曜日の午後に行っています。\n",
    ],
)
def test_a_treatment_offered_on_the_institutions_arrangements_is_practical(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        # how it is done, how much, how often, where on the body, what is usual: care
        "手術は全身麻酔で行います。\n",
        "リハビリは毎日2時間行います。\n",
        "予防接種は、腕の筋肉に行います。\n",
        "手術は、平日の午前中に行うのが一般的です。\n",
        "透析は、週3回、午前に行います。\n",
        "点滴は、ゆっくり時間をかけて行います。\n",
        # (from the final review) how often or when in the day alone is the regimen, whatever place or system is named
        "抗がん剤の点滴は、毎週行います。\n",
        "インスリンの注射は、夜間に行います。\n",
        "放射線治療は、平日に行います。\n",
        "予防接種は、毎月行います。\n",
        "骨粗しょう症の注射は、毎月受付で行っております。\n",
        "透析は、週末も随時行っています。\n",
        "手術は、完全に行います。\n",
    ],
)
def test_a_treatment_with_a_comment_of_care_stays_a_claim(reasons, text):
    assert any(status == "uncited" for status, *_ in reasons(text)), (text, reasons(text))
