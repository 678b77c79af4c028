"""Currency forms of wire copy, fused or spaced: $US, US$, A$, $A, C$, NZ$, HK$, RM, R, Rs, kr, zł, ₹, ₩."""

from __future__ import annotations

import pytest

import numcheck

# (sentence, claim text, value, ISO code)
FORMS = [
    ("Revenue rose to $US1.8 billion in the half.", "$US1.8 billion", 1.8e9, "USD"),
    ("Investigators traced $US 9 million offshore.", "$US 9 million", 9e6, "USD"),
    ("Bonds worth US$500 million were sold.", "US$500 million", 5e8, "USD"),
    ("The club paid US$ 40 million for him.", "US$ 40 million", 4e7, "USD"),
    ("The group reported a profit of A$2.4 billion.", "A$2.4 billion", 2.4e9, "AUD"),
    ("The deal is worth $A3.2 billion.", "$A3.2 billion", 3.2e9, "AUD"),
    ("The miner raised C$350 million.", "C$350 million", 3.5e8, "CAD"),
    ("The bank set aside C$ 1.1 billion.", "C$ 1.1 billion", 1.1e9, "CAD"),
    ("Net profit reached NZ$148 million.", "NZ$148 million", 1.48e8, "NZD"),
    ("Revenue hit NZ$ 410 million.", "NZ$ 410 million", 4.1e8, "NZD"),
    ("The tower sold for HK$7.2 billion.", "HK$7.2 billion", 7.2e9, "HKD"),
    ("The court froze HK$ 300 million.", "HK$ 300 million", 3e8, "HKD"),
    ("The bank posted net income of RM1.2 billion.", "RM1.2 billion", 1.2e9, "MYR"),
    ("The utility will spend RM 4.8 billion.", "RM 4.8 billion", 4.8e9, "MYR"),
    ("The retailer's sales grew to R84 billion.", "R84 billion", 8.4e10, "ZAR"),
    ("The miner booked impairments of R 12.4 billion.", "R 12.4 billion", 1.24e10, "ZAR"),
    ("Shares in the cement maker rose to Rs112.", "Rs112", 112, "INR"),
    ("Police seized Rs 12 crore in cash.", "Rs 12 crore", 1.2e8, "INR"),
    ("The group's order intake was kr 41 billion.", "kr 41 billion", 4.1e10, "SEK"),
    ("The Oslo fund gained kr 2.2 trillion.", "kr 2.2 trillion", 2.2e12, "NOK"),
    ("The Copenhagen drugmaker's sales rose to kr 232 billion.", "kr 232 billion", 2.32e11, "DKK"),
    ("The insurer paid out 2.1 billion zł in claims.", "2.1 billion zł", 2.1e9, "PLN"),
    ("The government will borrow zł120 billion.", "zł120 billion", 1.2e11, "PLN"),
    ("The lender set aside zł 800 million.", "zł 800 million", 8e8, "PLN"),
    ("The airline's loss widened to ₹1,840 crore.", "₹1,840 crore", 1.84e10, "INR"),
    ("The bonds raised ₹ 5,000 crore.", "₹ 5,000 crore", 5e10, "INR"),
    ("The chipmaker expects ₩6.7 trillion of profit.", "₩6.7 trillion", 6.7e12, "KRW"),
    ("Sales rose to ₩ 42 trillion.", "₩ 42 trillion", 4.2e13, "KRW"),
]

# Letters before a figure that are no currency sign.
NOT_MONEY = [
    "The R2D2 toy was a hit.",
    "She sat in row R 5 of the stalls.",
    "The MH17 report and the A320 order.",
    "The flight left from Gate B12 at noon.",
]


# A verb's contraction that starts as a currency word does is no currency: "won't" names no won
CONTRACTIONS_AFTER_MONEY = [
    ("Your £8 monthly fee won't change.", "£8", "GBP"),
    ("The membership fee of £8 won't change this year.", "£8", "GBP"),
    ("A ticket at 12,000 won is still cheap, and prices won't rise.", "12,000 won", "KRW"),
]


@pytest.mark.parametrize(("sentence", "text", "code"), CONTRACTIONS_AFTER_MONEY)
def test_a_contraction_after_a_sum_is_no_currency(sentence: str, text: str, code: str) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence) if claim.kind.value == "money"}
    assert list(claims) == [text] and claims[text].unit == code, list(claims)


@pytest.mark.parametrize(("sentence", "text", "value", "code"), FORMS)
def test_currency_forms(sentence: str, text: str, value: float, code: str) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    claim = claims[text]
    assert (claim.value, claim.unit) == (pytest.approx(value), code)


@pytest.mark.parametrize("sentence", NOT_MONEY)
def test_letters_that_are_no_currency(sentence: str) -> None:
    assert [c.text for c in numcheck.extract(sentence) if c.kind.value == "money"] == []
