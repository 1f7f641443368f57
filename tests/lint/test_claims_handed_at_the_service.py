"""CIT001, thirty-fourth session: a request to hand in, put or take a thing at a place or a person of the service.

Whatever words of health name the thing (吸入器, お薬, 検尿のコップ), a request to hand it over, put it, return it or take
it at the service's window, box, shelf or staff is a practical matter. Where the reader keeps or uses it at home, an act on
the body in the same request, and a regimen stay instructions of care.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "使い終わった吸入器は、薬局の回収箱にお入れください。\n",
        "お薬は、1階の窓口でお受け取りください。\n",
        "ご持参いただいたお薬は、入院の際に病棟の看護師へお渡しください。\n",
        "検尿のコップは、受付でお受け取りください。\n",
    ],
)
def test_a_thing_handed_at_the_service_is_a_practical_matter(reasons, text):
    assert reasons(text)[-1][0] == "exempt", text


@pytest.mark.parametrize(
    "text",
    [
        "目薬は冷蔵庫に入れてください。\n",  # kept at home: storage is care
        "薬は看護師に渡してから、決められた時間に飲んでください。\n",  # an act on the body in the request
        "湿布は、看護師に貼ってもらってください。\n",
        # (from the review) a purpose or a reason of care, another act before the handing, a place at home
        "使い残した貼り薬は、誤って貼ることのないよう、薬局の窓口にご返却ください。\n",
        "注射針は、キャップを付けてから、薬局の回収箱に入れてください。\n",
        "坐薬は、溶けないように冷蔵庫の棚に入れてください。\n",
    ],
)
def test_care_beside_a_place_of_the_service_stays_an_instruction(reasons, text):
    assert reasons(text)[-1][0] == "uncited", text
