"""CIT001, thirty-second session: an examination of the visit named as the topic of the service's arrangements.

How long an examination takes (採血は5分ほどです) is a step of the visit the reader plans the day by; an examination as
the topic of what the institution arranges (〜検査は、女性の技師が担当いたします) names the service, as an occasion does
(検査前に). A treatment's length, what happens after the examination, a body function (視力は) and an instruction of care
stay claims.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "心電図検査は、5分ほどで終わります。\n",
        "CT検査は、着替えを含めて15分ほどかかります。\n",
        "眼底検査そのものは、数分で終わります。\n",
        "乳がん検診のマンモグラフィ撮影は、女性の技師が担当いたします。\n",
        "肝炎ウイルス検査は、保健所で無料で受けていただけます。\n",
    ],
)
def test_an_examination_of_the_visit_is_the_services_name(reasons, text):
    assert reasons(text)[-1][0] == "exempt"


@pytest.mark.parametrize(
    "text",
    [
        "白内障の手術は、20分ほどで終わります。\n",  # a treatment's length
        "検査後、鎮静剤が切れるまで1時間ほどかかります。\n",  # after the examination: the sedation's course
        "視力は、ゆっくり落ちていきます。\n",  # a body function, not an examination
        "胃カメラの検査は、前日の夜9時から何も食べないでください。\n",  # an instruction of care
        "内視鏡検査は、麻酔を使うので1時間ほど休んでいただきます。\n",  # rest after sedation
    ],
)
def test_treatments_courses_and_instructions_stay_claims(reasons, text):
    assert reasons(text)[-1][0] == "uncited"
