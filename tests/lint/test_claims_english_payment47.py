"""CIT001, forty-seventh session (issue 11): how the reader pays, in English.

A fee of the service stated as an amount of money (The copay for a standard office visit is $25.00) and the means of
payment taken (Payment can be made by cash or credit card; We accept cash, debit and credit cards) are practical. A cost
in general, a price in a figure of speech, a claim after the fee and what else is "accepted" stay claims.
The sentences were written for these tests; none is taken from a corpus.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The copay for a standard office visit is $25.00.",
        "The fee for a copy of your records is £10.",
        "Payment can be made by cash or credit card.",
        "Payment can be made by cash, card or mobile wallet at the cashier on the ground floor.",
        "We accept cash, debit and credit cards.",
        "We accept Visa, Mastercard and American Express.",
    ],
)
def test_how_the_reader_pays(reasons, text):
    assert [status for status, _ in reasons(text + "\n")] == ["exempt"], text


@pytest.mark.parametrize(
    "text",
    [
        "The cost of treating a stroke is $50,000.",
        "We accept patients with any type of cancer.",
        "The price of smoking is your health.",
        "The fee is $25 and most patients recover in a week.",
        # from the review of the first version (reworded): a claim before the fee, in its "for", in a relative clause
        "The risk-free laser fee is $200.",
        "The fee for guaranteed results is $500.",
        "The price for a plan that reverses damage is $300.",
    ],
)
def test_claims_in_the_words_of_payment(reasons, text):
    assert reasons(text + "\n")[0][0] == "uncited", text
