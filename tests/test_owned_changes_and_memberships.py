"""A change owned by its thing ("the club's rise of 64 members", "its fall of 12%") is a change,
as "a rise of" is; an amount lost ("the loss of 124 square miles") stays an amount. A body's
"membership" ("readership", "ridership") counts its members (readers, riders)."""

from __future__ import annotations

import pytest
from one_document import flags

import numcheck
from numcheck.model import ClaimKind


@pytest.mark.parametrize(
    "text",
    [
        "The club's rise of 64 members was the biggest in the league.",
        "Its fall of 12% was the first in a decade.",
        "The charity's increase of £40,000 came from legacies.",
        "Their drop of 300 passengers a day worried the operator.",
        "This jump of 9% surprised traders.",
    ],
)
def test_a_change_owned_by_its_thing_is_a_change(text: str) -> None:
    assert [c for c in numcheck.extract(text, "t.txt") if c.kind is ClaimKind.CHANGE]


@pytest.mark.parametrize(
    "text",
    [
        "Opponents said the loss of 124 square miles of grazing would hurt farms.",
        "The gain of 40 seats gave the party control.",
        "The fall of Rome took 300 years.",
    ],
)
def test_an_amount_lost_or_gained_is_no_change(text: str) -> None:
    assert not [c for c in numcheck.extract(text, "t.txt") if c.kind is ClaimKind.CHANGE]


WRONG = [
    "Membership rose by 46 this year, to 218. The club's rise of 64 members was the biggest in the league.",
    "The paper's readership fell to 41,000. Its 52,000 readers make it the smallest daily in the county.",
    "The line's ridership reached 2.3 million last year. Its 2.9 million riders last year paid £4.1m.",
]
RIGHT = [
    "Membership rose by 46 this year, to 218. The club's rise of 46 members was the biggest in the league.",
    "The paper's readership fell to 41,000. Its 41,000 readers make it the smallest daily in the county.",
    "The line's ridership reached 2.3 million last year. Its 2.3 million riders last year paid £4.1m.",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_membership_and_its_members_disagreeing_is_flagged(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize("text", RIGHT)
def test_a_membership_and_its_members_agreeing_is_silent(text: str) -> None:
    assert flags(text) == []
