"""A hedge on a fall read as a multiplier turns round: "more than halved" went below half (a bigger
fall), "almost halved" stayed just above it. Before, "more than halved" allowed only values over a
half, so a wait that fell from 580 to 250 seconds was reported as not having more than halved. A
bound in words reaches to the next common multiplier, as news copy rounds to them."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck

_WAITS = (
    "The council's phone line answered in 4 minutes 10 seconds on average last year, "
    "against 9 minutes 40 seconds before."
)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Waits more than halved.", 0.0, 0.5),
        ("Waits almost halved.", 0.5, 0.55),
        ("Numbers nearly halved.", 0.5, 0.55),
    ],
)
def test_a_hedged_halving_turns_round(text: str, low: float, high: float) -> None:
    (claim,) = numcheck.extract(text, "t.txt")
    assert (claim.low, claim.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    ["Sales more than doubled.", "Sales nearly doubled."],
)
def test_a_hedged_rise_keeps_its_sense(text: str) -> None:
    (claim,) = numcheck.extract(text, "t.txt")
    assert claim.low is not None and claim.low >= 1.8


def test_more_than_halved_is_supported_by_a_fall_below_half() -> None:
    assert not flagged("Council phone waits more than halved last year.", _WAITS)


@pytest.mark.parametrize(
    "draft", ["Council phone waits almost halved last year.", "Council phone waits tripled last year."]
)
def test_a_fall_the_figures_do_not_give_is_reported(draft: str) -> None:
    assert flagged(draft, _WAITS)
