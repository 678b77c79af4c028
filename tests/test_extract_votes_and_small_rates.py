"""Two readings news copy makes of shares:
- "voted by 71.8% to 28.2%", "won 62% to 38%": the two sides of a vote, written high to low and
  adding up to 100, are two shares, not a range whose middle is 50%;
- "four out of five", "two out of three": a small whole in words is a rate, as "nine out of ten"
  is; "12 out of 40 schools" and "twelve out of forty" still state two counts."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.model import ClaimKind


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("Members voted by 71.8% to 28.2% to merge.", [71.8, 28.2]),
        ("The yes side won 62% to 38%.", [62.0, 38.0]),
        ("Tenants backed the transfer by 58% to 42% on a 71% turnout.", [58.0, 42.0, 71.0]),
    ],
)
def test_the_two_sides_of_a_vote_are_two_shares(text: str, shares: list[float]) -> None:
    claims = numcheck.extract(text, "t.txt")
    assert [c.value for c in claims if c.kind is ClaimKind.PERCENT] == shares


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices ranged from 28% to 72%.", 50.0),
        ("Rates of 5% to 8% apply.", 6.5),
        ("Between 40% and 60% agreed.", 50.0),
    ],
)
def test_a_range_of_shares_is_still_a_range(text: str, value: float) -> None:
    (claim,) = numcheck.extract(text, "t.txt")
    assert claim.value == value
    assert claim.low is not None and claim.high is not None and claim.low < claim.high


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Four out of five members backed the merger.", "Four out of five", 0.8),
        ("Two out of three voters agreed.", "Two out of three", 2 / 3),
        ("Eight out of ten owners said so.", "Eight out of ten", 0.8),
    ],
)
def test_a_small_whole_in_words_makes_a_rate(text: str, figure: str, value: float) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.kind is ClaimKind.RATIO
    assert claim.value == pytest.approx(value, abs=1e-9)


@pytest.mark.parametrize("text", ["12 out of 40 schools closed.", "Twelve out of forty schools closed."])
def test_a_larger_whole_states_two_counts(text: str) -> None:
    assert [c.kind for c in numcheck.extract(text, "t.txt")] == [ClaimKind.COUNT, ClaimKind.COUNT]
