"""Extraction of money: ISO 4217 codes as units, scale words and minor units multiplied out."""

from __future__ import annotations

import pytest
from claim_table import check, quantity_row


def money(value: float, unit: str, subject: str | None, **more: object) -> dict[str, object]:
    return quantity_row({"kind": "money", "value": value, "unit": unit, "subject": subject, **more})


CASES = [
    (
        "The government announced £100 million of funding for schools.",
        "£100 million",
        money(1e8, "GBP", "funding", base_value=1e8, base_unit="GBP"),
    ),
    ("The club paid £4.5m for the striker.", "£4.5m", money(4.5e6, "GBP", "striker")),
    ("The company raised $1.2bn from investors.", "$1.2bn", money(1.2e9, "USD", "company")),
    ("The deal was worth US$2.5bn, the firm said.", "US$2.5bn", money(2.5e9, "USD", "deal")),
    ("The EU pledged €3 billion in aid.", "€3 billion", money(3e9, "EUR", "aid")),
    # an ISO code fused to its figure, as in financial reports
    ("Revenue rose to USD115 million in the quarter.", "USD115 million", money(1.15e8, "USD", "revenue")),
    ("The fund paid out EUR2.5bn last year.", "EUR2.5bn", money(2.5e9, "EUR", "fund")),
    ("The project will cost 500 million euros.", "500 million euros", money(5e8, "EUR", "project")),
    # the head of "N1 of N2" is N1, except after a portion or container word (vocabulary portion_words)
    ("A loaf of bread now costs 50p more.", "50p", money(0.5, "GBP", "bread")),
    # a loss of money is an amount, as a profit is, not a fall
    ("The firm posted a loss of £1.1bn for the year.", "£1.1bn", money(1.1e9, "GBP", "loss")),
    ("The club reported losses of £40m.", "£40m", money(4e7, "GBP", "loss")),
    ("The house sold for $500,000.", "$500,000", money(500000, "USD", "house", precision=100000)),
    ("The fine was set at £250,000.", "£250,000", money(250000, "GBP", "fine")),
    ("Tesla reported revenue of $25.2 billion.", "$25.2 billion", money(2.52e10, "USD", "revenue")),
    (
        "The museum received a donation of 2 million dollars.",
        "2 million dollars",
        money(2e6, "USD", "donation"),
    ),
    (
        "Ticket prices will be £12.50 next season.",
        "£12.50",
        money(12.5, "GBP", "ticket price", precision=0.01),
    ),
    ("Japan will spend ¥1 trillion on defence.", "¥1 trillion", money(1e12, "JPY", None)),
    ("The charity raised A$1.5 million.", "A$1.5 million", money(1.5e6, "AUD", "charity")),
    (
        "Russia's budget deficit reached 3.3 trillion roubles.",
        "3.3 trillion roubles",
        money(3.3e12, "RUB", "budget deficit"),
    ),
    ("The footballer earns £350,000 a week.", "£350,000 a week", money(350000, "GBP", "footballer", per="week")),
    ("He was fined 500 pounds for the offence.", "500 pounds", money(500, "GBP", "fine")),
    (
        "The contract is worth £1.2 billion.",
        "£1.2 billion",
        money(1.2e9, "GBP", "deal", precision=1e8),
    ),
    ("Investors poured €750m into the start-up.", "€750m", money(7.5e8, "EUR", "investor")),
    ("The bill came to $75.", "$75", money(75, "USD", "bill")),
    ("Stamps will cost 95p from April.", "95p", money(0.95, "GBP", "stamp")),
    ("The scheme has cost taxpayers £37bn so far.", "£37bn", money(3.7e10, "GBP", "scheme")),
    # currencies written after the figure, as ISO codes, symbols or words
    ("The museum charges visitors 25 € for entry.", "25 €", money(25, "EUR", "entry")),
    ("Analysts value the deal at 450 million USD.", "450 million USD", money(4.5e8, "USD", None)),
    ("The firm reported revenue of USD 75 million.", "USD 75 million", money(7.5e7, "USD", "revenue")),
    ("The contract is worth 120 MEUR, the ministry said.", "120 MEUR", money(1.2e8, "EUR", "deal")),
    ("Fans paid 20 quid for a ticket.", "20 quid", money(20, "GBP", "fan")),
    # country-marked dollars, with the space some agencies put before "$"
    ("Aid pledges reached US $2.5bn on Monday.", "US $2.5bn", money(2.5e9, "USD", "aid pledge")),
    ("The government issued Mex$ 10 billion in bonds.", "Mex$ 10 billion", money(1e10, "MXN", "bond")),
    # currencies named with their country, and retired ones in archive copy
    ("The central bank sold 4 billion Turkish lira.", "4 billion Turkish lira", money(4e9, "TRY", "central bank")),
    (
        "The airline was sold for 420 million Finnish markka.",
        "420 million Finnish markka",
        money(4.2e8, "FIM", "airline"),
    ),
    ("The hackers demanded 10 bitcoins in ransom.", "10 bitcoins", money(10, "XBT", "ransom")),
    # a major and a minor unit are one amount
    ("A pint now costs three pounds fifty.", "three pounds fifty", money(3.5, "GBP", "pint", precision=0.01)),
    ("The fare went up to 2 dollars and 75 cents.", "2 dollars and 75 cents", money(2.75, "USD", "fare")),
    (
        "Pensioners will get an extra £3 and 50p a week.",
        "£3 and 50p a week",
        money(3.5, "GBP", "pensioner", per="week"),
    ),
    # fractions of a scale word, and Indian digit grouping
    (
        "The scheme will cost a quarter of a billion pounds.",
        "a quarter of a billion pounds",
        money(2.5e8, "GBP", "scheme"),
    ),
    ("The court imposed a penalty of Rs 12,50,000 on the firm.", "Rs 12,50,000", money(1.25e6, "INR", "fine")),
    ("The coffee costs one dollar.", "one dollar", money(1, "USD", "coffee")),
    # "$" before the next figure is that figure's
    ("He paid with three $10 bills.", "$10", money(10, "USD", "bill")),
    ("The firm was fined £2m for the breach.", "£2m", money(2e6, "GBP", "fine")),
    ("Germany pledged €2 billion in aid.", "€2 billion", money(2e9, "EUR", "aid")),
]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    CASES,
    ids=[str(c.values[0] if hasattr(c, "values") else c[0])[:40] for c in CASES],
)
def test_money(sentence: str, text: str, expected: dict[str, object]) -> None:
    check(sentence, text, expected)
