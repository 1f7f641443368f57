"""CIT001, forty-seventh session (issue 11): when a person or a group of the service sees patients or meets.

A doctor named by a title, or the writer's or a named group, class or clinic, then see / meet / hold / run, then a day of
the week or a time of day (Dr. Rivera sees patients on Tuesdays and Thursdays; Our support group meets on the first
Tuesday of every month at the community centre) says when the service runs. Doctors in general, a count of patients, a
condition of the patients seen or a reason are claims.
The sentences were written for these tests; none is taken from a corpus.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Rivera sees patients on Tuesdays and Thursdays.",
        "Dr. Sato and Dr. Ito see new patients on Tuesdays.",
        "Our support group meets on the first Tuesday of every month at the community centre.",
        "Dr. Yamada, head of the rheumatology team, sees patients on Monday mornings.",
        "Our support group meets on the last Thursday of each month at 7 p.m.",
    ],
)
def test_when_the_service_sees_patients(reasons, text):
    assert [status for status, _ in reasons(text + "\n")] == ["exempt"], text


@pytest.mark.parametrize(
    "text",
    [
        "Doctors see more flu in winter.",
        "Dr. Smith sees patients with migraine on Tuesdays.",
        "Our team sees most strokes within an hour on weekdays.",
        "The clinic sees about 40 patients on Mondays.",
        "Dr. Lee sees patients on Tuesdays because migraines peak then.",
        # from the review of the first version (reworded): a clause after the day, a duration of care, an appositive claim
        "The balance class meets on Tuesdays and halves the number of falls among members.",
        "Our team sees patients on weekdays and 9 in 10 go home within 48 hours.",
        "The stroke team sees patients in under 20 minutes at weekends.",
        "Dr. Morgan, who never loses a patient, sees patients on Tuesdays.",
        "Our group meets on Thursdays and can help people regain their confidence.",
        # from the final review: a word after the day that is no time or place, a praise in the appositive
        "Dr. Rivera sees patients on Mondays with guaranteed results.",
        "Dr. Rivera, famous for miracle results, sees patients on Mondays.",
    ],
)
def test_claims_in_the_words_of_a_schedule(reasons, text):
    assert reasons(text + "\n")[0][0] == "uncited", text
