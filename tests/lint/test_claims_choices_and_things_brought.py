"""CIT001, thirty-third session: a choice left to the reader and the care team, and a thing had that the reader is asked
to bring.

- A decision reached with the care team (〜と話し合って決めましょう) whose objects stand only in its topic, a choice put
  as a question or as when or how (手術を受けるかどうかは, 運動を再開する時期は), advises nothing; a topic that weighs the
  choice (〜する必要があるかどうかは) or lists acts (〜たり) stays advice.
- A request to bring under a condition of having a thing, with at most its occasion between (〜の結果があれば、受診の際に
  お持ちください), seeks no care; a sign had (動悸があれば), or a reason or a manner between (保冷バッグに入れて), keeps it an
  instruction.

- A referral or a request of the visit whose purpose names a state of health (発作に備えて, 脱水を防ぐために) serves care and
  stays an instruction; a purpose that is an event, a treatment or an act of the visit (入院に備えて, 採血のために,
  お薬の受け取りのために) is only its occasion.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "抗がん剤治療を受けるかどうかは、ご家族も交えて主治医とよく話し合ってお決めください。\n",
        "どの検査を受けるかは、担当医と相談して決めましょう。\n",
        "仕事に復帰する時期は、主治医と相談して決めていきましょう。\n",
        "以前に撮ったレントゲン写真があれば、診察の日にお持ちください。\n",
        "市販の目薬をお使いの方は、その目薬があれば当日ご持参ください。\n",
        "入院に備えて、パジャマとタオルをご用意ください。\n",
        "採血のために、袖をまくりやすい服でお越しください。\n",
        "お薬の受け取りのために、処方箋を薬局にお持ちください。\n",
    ],
)
def test_choices_left_open_and_things_brought_are_exempt(reasons, text):
    assert reasons(text)[-1][0] == "exempt"


@pytest.mark.parametrize(
    "text",
    [
        "薬を減らす必要があるかどうかは、主治医と相談して決めてください。\n",  # the topic weighs a need
        "薬をやめるかどうかは、主治医と相談して決めてください。\n",  # a change to care under way
        "薬を飲んだり塗ったりする量は、主治医と相談して決めてください。\n",  # acts listed, and no choice as topic
        "めまいがあれば、救急外来にお越しください。\n",  # a sign had: care-seeking
        "動悸があれば、心電図の記録をお持ちください。\n",  # a sign had, whatever is brought
        "インスリン製剤があれば、持ち運ぶ間も保冷バッグに入れてお持ちください。\n",  # a manner of care between
        "効果の高い治療を受けるかどうかは、主治医と相談して決めましょう。\n",  # a quality of the option
        "手術を受けるかどうかは、破裂のおそれもあるため、担当医とよく話し合ってお決めください。\n",  # a reason beside
        "発作に備えて、吸入薬をいつもお持ちください。\n",  # a purpose of health
        "脱水を防ぐために、経口補水液をご用意ください。\n",
    ],
)
def test_weighed_choices_signs_and_purposes_stay_claims(reasons, text):
    assert reasons(text)[-1][0] == "uncited"
