"""A multiplier that compares two changes ("rose three times as fast as wages") is no change of its
own: it is never read as a rise, nor set against the change it compares. A multiplier that is a
change ("tripled", "rose threefold") still is."""

from __future__ import annotations

import pytest
from one_document import flags

import numcheck


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Rents in Dunmere rose nearly three times as fast as wages last year.", "nearly three times"),
        ("Ticket sales grew twice as quickly as the club had planned for.", "twice"),
        ("Bus fares went up 2.5 times as much as rail fares over the decade.", "2.5 times"),
        ("The river rose four times as rapidly as in the 2019 floods.", "four times"),
    ],
)
def test_a_multiplier_comparing_two_changes_has_no_direction(text: str, figure: str) -> None:
    claim = next(claim for claim in numcheck.extract(text, "doc.md") if claim.text == figure)
    assert claim.direction is None


@pytest.mark.parametrize(
    "text",
    [
        "House prices in Kelvedge rose 6.2%, against 2.5% across the region. Prices in Kelvedge rose"
        " nearly two and a half times as fast as in the region.",
        "Membership of the gym rose 8% this year, and 2% at its rivals. Membership grew four times as fast"
        " as at the other gyms in town.",
        "Rents climbed 9% while wages went up 3%. Rents rose three times as quickly as wages.",
    ],
)
def test_the_comparison_is_not_set_against_either_change(text: str) -> None:
    assert flags(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sales at the bakery tripled to £300,000 from £150,000.",
        "Membership rose threefold, from 200 to 400 members.",
    ],
)
def test_a_multiplier_that_is_a_change_is_still_checked(text: str) -> None:
    assert flags(text) != []
