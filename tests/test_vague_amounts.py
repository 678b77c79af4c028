"""Vague amounts ("hundreds of homes", "tens of thousands of fans") are intervals: compared with
figures, they flag what they cannot be and pass what they can."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck
from numcheck.model import ClaimKind

READ = [
    ("Hundreds of people were evacuated from the valley.", "Hundreds", ClaimKind.COUNT, None, 200, 10_000),
    ("Dozens of flights were cancelled at the airport.", "Dozens", ClaimKind.COUNT, None, 24, 1_200),
    ("Tens of thousands of fans lined the route.", "Tens of thousands", ClaimKind.COUNT, None, 20_000, 100_000),
    ("Hundreds of thousands of homes lost power.", "Hundreds of thousands", ClaimKind.COUNT, None, 200_000, 1e6),
    ("Several hundred nurses joined the strike.", "Several hundred", ClaimKind.COUNT, None, 200, 1_000),
    ("A few thousand tickets remain unsold.", "A few thousand", ClaimKind.COUNT, None, 2_000, 10_000),
    ("A couple of hundred protesters gathered outside.", "A couple of hundred", ClaimKind.COUNT, None, 200, 300),
    ("The fraud cost the council millions of pounds.", "millions of pounds", ClaimKind.MONEY, "GBP", 2e6, 1e8),
    ("Pilgrims walk hundreds of miles to the shrine.", "hundreds of miles", ClaimKind.MEASURE, "mile", 200, 10_000),
    ("Thousands marched through the capital on Saturday.", "Thousands", ClaimKind.COUNT, None, 2_000, 100_000),
    ("Scores of villagers fled the fighting.", "Scores", ClaimKind.COUNT, None, 40, 2_000),
    ("They came in their thousands to see the eclipse.", "thousands", ClaimKind.COUNT, None, 2_000, 100_000),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "unit", "low", "high"), READ)
def test_vague_amounts_are_read_as_intervals(
    sentence: str, text: str, kind: ClaimKind, unit: str | None, low: float, high: float
) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert (claim.kind, claim.unit) == (kind, unit)
    assert (claim.low, claim.high, claim.low_inclusive, claim.high_inclusive) == (low, high, True, False)
    assert _is_vague(claim)


NOT_AMOUNTS = [
    "Test scores of 80% were common this year.",
    "The band played its greatest hits from the 1990s.",
    "The millions-strong audience tuned in.",
    "He has been a member since the eighties.",
    "She kept two dozens of eggs.",  # a figure before: read as the figure it is, not as "dozens"
]


_VAGUE_ENDINGS = ("dozens", "scores", "hundreds", "thousands", "millions", "billions", "dozen", "hundred", "thousand")


def _is_vague(claim: numcheck.Claim) -> bool:
    """A vague amount's qualifier is its own words: "hundreds", "tens of thousands"."""
    text = " ".join(claim.text.lower().split())
    return claim.qualifier is not None and text.startswith(claim.qualifier) and claim.qualifier.endswith(_VAGUE_ENDINGS)


@pytest.mark.parametrize("sentence", NOT_AMOUNTS)
def test_what_is_no_vague_amount_is_left_alone(sentence: str) -> None:
    assert not [c for c in numcheck.extract(sentence) if _is_vague(c)]


def _flagged(draft: str, source: str) -> list[str]:
    return [
        rule for rule, _ in flagged(draft, source) if rule in ("figure-mismatch", "hedge-conflict", "magnitude-slip")
    ]


CONTRADICTIONS = [
    ("Hundreds of people were evacuated from Marlow.", "In Marlow, 40 people were evacuated."),
    ("Dozens of flights were cancelled at Ashby airport.", "Ashby airport cancelled 9 flights."),
    ("Thousands of nurses joined the strike in Wexham.", "In Wexham, 650 nurses joined the strike."),
    ("Tens of thousands of fans lined the parade route.", "About 4,000 fans lined the parade route."),
    ("Several hundred homes in Brill lost power.", "In Brill, 3,400 homes lost power."),
    ("The fraud cost Hadley council millions of pounds.", "The fraud cost Hadley council £350,000."),
    ("Hundreds of thousands of voters in Kent stayed home.", "In Kent, 45,000 voters stayed home."),
]

AGREEMENTS = [
    ("Hundreds of people were evacuated from Marlow.", "In Marlow, 430 people were evacuated."),
    ("Dozens of flights were cancelled at Ashby airport.", "Ashby airport cancelled 61 flights."),
    ("Thousands of nurses joined the strike in Wexham.", "In Wexham, 6,500 nurses joined the strike."),
    ("Tens of thousands of fans lined the parade route.", "About 40,000 fans lined the parade route."),
    ("Several hundred homes in Brill lost power.", "In Brill, 340 homes lost power."),
    ("The fraud cost Hadley council millions of pounds.", "The fraud cost Hadley council £3.5 million."),
    ("Hundreds of thousands of voters in Kent stayed home.", "In Kent, 450,000 voters stayed home."),
    ("A couple of hundred protesters marched in Deal.", "In Deal, about 250 protesters marched."),
]


@pytest.mark.parametrize(("draft", "source"), CONTRADICTIONS)
def test_a_vague_amount_the_figure_cannot_be_is_flagged(draft: str, source: str) -> None:
    assert _flagged(draft, source)


@pytest.mark.parametrize(("draft", "source"), AGREEMENTS)
def test_a_vague_amount_the_figure_fits_passes(draft: str, source: str) -> None:
    assert _flagged(draft, source) == []
