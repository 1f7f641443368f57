"""CIT001, forty-fourth session (issue 11): a place of the service's, named by the place that owns it.

A thing handed in or put at a place of the service (service_places: 窓口, 受付, 更衣室, 薬局) is a practical matter;
the place may be a thing of that room or desk (更衣室の棚, 薬局のごみ箱, 受付横のかご), as the tokenizer's compound
alone could not say. A shelf or a box of the reader's home stays care (冷蔵庫, 自宅の棚). The sentences were written
for these tests; none is taken from a corpus.
"""

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "使い終わった検査着は、更衣室の棚にお戻しください。",
        "飲み終わった薬の空き袋は、薬局のごみ箱にお入れください。",
    ],
)
def test_a_thing_put_at_a_place_of_the_service(reasons, sentence):
    assert all(status == "exempt" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "開封した目薬は、自宅の冷蔵庫に入れてください。",
        "使い終わった注射針は、自宅の棚ではなく硬い容器に入れてください。",
    ],
)
def test_a_place_of_the_home_stays_care(reasons, sentence):
    assert any(status == "uncited" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))
