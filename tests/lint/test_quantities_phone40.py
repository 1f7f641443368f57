"""The quantity parser, fortieth session: a local or British telephone number is a contact, not a health number.

A number after a verb of calling and the words of whom to call (Call 555-0142; Telephone the eye clinic on 01234
567890) and a British number of two groups with a zero first were read as quantities, so CIT001 asked an opening-hours
line for a source. A number of health after the same verbs (Call if your fever is above 38.5; Phone us if you take
more than 2 tablets) stays a quantity. The translation check reads numbers with the same parser.

The sentences were written for these tests.
"""

import pytest

from lint.analysis.quantities import quantities


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Call 555-0142, Monday through Friday, 8 a.m. to 5 p.m.", ["555-0142"]),
        ("Telephone the eye clinic on 01234 567890, Monday to Friday.", ["01234", "567890"]),
        ("To change your appointment, call the booking team on 01632 960412.", ["01632", "960412"]),
        ("Ring us at 020 7946 0123.", ["020", "7946", "0123"]),
        ("Text the ward at 07700 900123 if you are running late.", ["07700", "900123"]),
        ("Our fax number is 01632 960000.", ["01632", "960000"]),
        ("If you are worried, ring 555-0142 at any time.", ["555-0142"]),
        ("Call 020-7946-0123.", ["020-7946", "0123"]),
    ],
)
def test_a_telephone_number_is_a_contact(text, digits):
    found = {q.text: q.kind for q in quantities(text)}
    assert all(found.get(d) == "contact" for d in digits), found


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Call your doctor if your fever is above 38.5 degrees.", "38.5"),
        ("Call us if it lasts 10-14 days.", "10-14"),
        ("Phone us if you take more than 2 tablets.", "2"),
        ("Call if your blood sugar stays above 250.", "250"),
        # (from the review of a first version that took any groups of digits after these verbs)
        ("Call if you take more than 3000-4000 mg of paracetamol a day.", "3000-4000 mg"),
        ("Call if your platelet count is 20 000-50 000.", "20"),
        ("Telephone triage handled 3000-4000 calls about chest pain a week.", "3000-4000"),
        ("Phone support is offered to 1000-1500 new mothers each year.", "1000-1500"),
        ("Call us if you drink more than 500-1000 ml a day.", "500-1000 ml"),
    ],
)
def test_a_number_of_health_after_a_verb_of_calling_stays_a_quantity(text, number):
    found = {q.text: q.kind for q in quantities(text)}
    assert found.get(number) == "quantity", found


def test_an_opening_hours_line_with_a_local_number_needs_no_source(reasons):
    found = reasons("Call 555-0199 to book an appointment (Monday to Friday, 9 a.m. to 4 p.m.).\n")
    assert found and all(status == "exempt" for status, _ in found), found
