"""CIT001, forty-third session (issue 11): the day a service starts, with the service as the topic.

A calendar-dated statement of the institution's (a verb of its service after a date that names a year or a day) says
nothing of health when its words of health only name, as the topic set off by は, the service whose day is given. A
subject with が is an event (a drug's insurance cover beginning), and a date before a rise is epidemiology: both stay
claims. The sentences were written for these tests; none is taken from a corpus.
"""

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "当院の2027年度の帯状疱疹ワクチン接種は、4月1日から始まります。",
        "本年度の骨粗しょう症検診は、2026年6月1日から始まります。",
    ],
)
def test_a_service_scheduled_as_the_topic(reasons, sentence):
    assert all(status == "exempt" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年4月1日から、新しい胃がんの薬の保険適用が始まりました。",
        "2026年の春から、百日せきの患者が増え始めています。",
    ],
)
def test_events_and_rises_on_a_date_stay_claims(reasons, sentence):
    assert any(status == "uncited" for status, *_ in reasons(sentence + "\n")), (sentence, reasons(sentence + "\n"))
