"""CIT001, fifty-third session: a room or a fitting of a building said to be somewhere.

A statement that a thing is at a place of the institution was practical only when the place was the institution's
(自動精算機は、一階の会計窓口の隣にあります); when the thing located is itself a room or a fitting a visitor looks for (an
elevator, a bicycle park, a cash machine), where it stands is the statement, whatever the place is called
(エレベーターは、東側と西側の2か所にあります: claims-blind68 and claims-blind69 reported such lines). 正面 is a word of
relative position like 前 and 横: 病院正面 names a place beside the hospital, not a word of health. The thing
located is the subject marked が when a topic stands before it (トイレは、ドアノブに汚れがあります).
What is located in the body, at home, or with a word of health stays a claim. A statement that a control of the web
page changes how it shows (文字の大きさは、画面右上のボタンで変えられます: claims-blind68 and claims-blind69) is the
page's chrome; a request to press a button stays the visit's logistics (ナースコールのボタンを押してください before
getting up is care). In English, a word of health before a
facility's noun names the facility (hand gel dispensers, baby-changing facilities: claims-blind69), as it names a
service before "clinic" or "unit".

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "エレベーターは、北側と南側の2か所にあります。\n",
        "自動販売機は、各階の談話室の隣にあります。\n",
        "授乳室は、2階の小児科待合の奥にございます。\n",
        "駐輪場は、病院正面の左側にあります。\n",
        "コインロッカーは、本館1階の通用口付近に設置しています。\n",
    ],
)
def test_a_room_or_fitting_located_is_practical(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "胆のうは、肝臓のすぐ下にあります。\n",  # anatomy: a body part located
        "トイレは、寝室のすぐ近くにあると夜間の転倒を防げます。\n",  # at home, and an effect
        "病院の待合室には、かぜのウイルスが多くあります。\n",  # how much, and a word of health
        "階段には、転倒の危険があります。\n",  # a risk exists, no thing located
        "エレベーターは、股関節の手術後しばらくは必ず使ってください。\n",  # an instruction of care
        # (from the review) the fitting as a topic, another thing the one located (dirt, mould)
        "トイレは、便座よりもドアノブのほうに汚れがあります。\n",
        "エレベーターは、ボタンに汚れがいちばん多くあります。\n",
        "カビは、病院のトイレや廊下にもあります。\n",
        # (from the final review) a fitting named in a relative clause is not the thing located
        "カビは、エレベーターがある廊下の壁にもあります。\n",
        "アスベストは、食堂がある古い建物の天井にあります。\n",
    ],
)
def test_what_is_located_in_the_body_or_with_health_stays_a_claim(reasons, text):
    assert any(status == "uncited" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hand gel dispensers are at every ward entrance.\n",
        "Baby-changing facilities are on the ground floor, next to the café.\n",
        "Payment can be made by card at the cashier's office.\n",
    ],
)
def test_a_facility_named_by_a_word_of_health_is_practical(reasons, text):
    # and the place of payment with a possessive (the cashier's office: claims-blind69)
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hand hygiene stations reduce hospital infections.\n",  # an effect
        "Skin care facilities help eczema heal faster.\n",
        "Babies often cry at night.\n",
        "Payment can be made by card at the patient's bedside after surgery.\n",  # words of care after the place
    ],
)
def test_what_a_facility_does_for_health_stays_a_claim(reasons, text):
    assert any(status == "uncited" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "文字の大きさは、画面右上のボタンで変えられます。\n",
        "表示する言語は、ページ上部のメニューから切り替えられます。\n",
        "文字の大きさは、ページ上部のボタンで変更できます。\n",
    ],
)
def test_the_page_changed_by_its_controls_is_practical(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "痛みの強さは、アプリのボタンで記録できます。\n",  # a word of health
        "起き上がる前に、ナースコールのボタンを押してください。\n",  # a request of care
        "ボタン電池を飲み込むと、食道に穴があくことがあります。\n",
        # (from the review) an effect after a control's verb, with no word of health the vocabulary knows
        "ボタンを押して枕の高さを変えると、朝まで一度も起きずに過ごせます。\n",
        "スライダーで画面を暗く変えると、朝までぐっすりです。\n",
        "AEDのボタンを押せば、倒れた人が息を吹き返します。\n",
        "メニューから毎朝ちがう体操を選んで続けると、手すりなしで階段を上れるようになります。\n",
    ],
)
def test_a_button_of_care_stays_a_claim(reasons, text):
    assert any(status == "uncited" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "では、実際の吸入の手順を確認していきます。\n",
        "さて、ここまでで検査の準備について一通り確認しました。\n",
        "それでは、治療の流れを見ていきます。\n",
    ],
)
def test_the_page_going_through_a_topic_after_a_transition_is_no_claim(reasons, text):
    # (claims-blind68 and claims-blind69) a verb of going through, with a topic's name as its object
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "さて、この薬は肝臓で分解されることを確認しました。\n",  # a finding under the verb
        "さて、吸入の手順を守ると、発作が半分に減ります。\n",  # an effect
        "では、実際の研究で、吸入の効果が確認されています。\n",
        # (from the review) a topic described by a clause says what it does; a clause after the object is a finding
        "では、発作が起きたときに命を守るための手順を確認します。\n",
        "では、副作用が出にくい服薬のポイントを振り返ります。\n",
        "さて、妊娠中でも飲める薬の種類を確認します。\n",
        "では、正しい手順を守れば薬は安全だと確認しました。\n",
    ],
)
def test_a_finding_after_a_transition_stays_a_claim(reasons, text):
    assert any(status == "uncited" for status, *_ in reasons(text)), (text, reasons(text))
