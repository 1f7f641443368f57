"""CIT001, fifty-seventh session: a word of degree or praise is a claim's form even before a service's name.

A word of a claim's form (risk, success, rate) inside a compound that names a service is part of the name (the travel
risk questionnaire), so claim_form lets it pass. Words of degree and praise (best, safest, faster, excellent, leading,
proven) name no service: the best results, the safest surgeons and the leading stroke unit are claims. Radiation is a
word of health (a radiation-free design is a claim of safety).

A first version of this session also read "has" before a determiner as the main verb (The waiting room has a water
dispenser), so that a facility's statement reached the practical reading; its review wrote 113 claims of that shape and
31 went through (The shop sells a pillow designed to end snoring; Our programme has no dropouts): what follows the verb
would need its own reading. It was dropped.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest

from lint.analysis import medical_en


@pytest.mark.parametrize(
    "text",
    [
        "Our clinic has the best results in the region.",
        "We have the safest surgeons in the country.",
        "Ask about our leading stroke unit.",
        "Our excellent nurses will look after you.",
    ],
)
def test_degree_and_praise_are_a_claims_form_before_a_service_head(text):
    assert medical_en.claim_form(medical_en.content_words(text))


@pytest.mark.parametrize(
    "text",
    [
        "Please fill in the travel risk questionnaire.",
        "Bring your appointment letter.",
    ],
)
def test_a_service_name_is_no_claim_form(text):
    assert not medical_en.claim_form(medical_en.content_words(text))


def test_radiation_is_a_word_of_health():
    assert medical_en.health_words("The new machine has a radiation-free design.")


@pytest.mark.parametrize(
    "text",
    [
        "Our clinic has the best results in the region.\n",
        "Our clinic has the best surgeons in Japan.\n",
        "The new machine has a radiation-free design.\n",
    ],
)
def test_such_lines_stay_claims(reasons, text):
    assert any(status == "uncited" for status, *_ in reasons(text)), (text, reasons(text))
