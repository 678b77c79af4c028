"""Freedoms correct summaries take with percentages that unsupported-figure used to report:
- a percentage bounded on one side reaches as far as a writer rounds to it ("more than 15%" of a
  15.7% rise, "more than a third" of 37%, "nearly a quarter" of 23%), never past the next round value;
- two shares one source sentence lists, taken together where the draft says so ("together",
  "between them", "combined"); not two shares added up with no such word."""

from __future__ import annotations

import pytest
from against_source import flagged, unsupported

import numcheck
from numcheck.model import ClaimKind


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Pool visits are up by more than 15% on last year.", "Pool visits rose from 356 last year to 412 this year."),
        (
            "Waiting times at the clinic were cut by more than a third.",
            "Waiting times at the clinic fell from 9.5 weeks to 6 weeks.",
        ),
        (
            "Profit at the bakery chain rose by nearly a quarter.",
            "The bakery chain's profit rose from £58.2 million to £71.8 million.",
        ),
        ("Ticket sales at the lido rose by almost 30%.", "Ticket sales at the lido rose from 2,050 to 2,640."),
        (
            "Cars and vans together made up 71% of the traffic.",
            "Cars were 44% of the traffic on the bridge, and vans 27%.",
        ),
        (
            "Burglaries and thefts between them made up more than half of reported crimes.",
            "Burglaries accounted for 31% of reported crimes, and thefts for a further 22%.",
        ),
    ],
)
def test_a_bound_or_a_sum_the_sources_give_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        # past the next round value: 15.7% is not "more than 20%", 37% not "more than half"
        (
            "Pool visits are up by more than 20% on last year.",
            "Pool visits rose from 356 last year to 412 this year.",
            "more than 20%",
        ),
        (
            "Waiting times at the clinic were cut by more than half.",
            "Waiting times at the clinic fell from 9.5 weeks to 6 weeks.",
            "more than half",
        ),
        # "nearly" a value the change passes is no bound it meets: 23% is not nearly 20%
        (
            "Profit at the bakery chain rose by nearly a fifth.",
            "The bakery chain's profit rose from £58.2 million to £71.8 million.",
            "nearly a fifth",
        ),
        # two shares add up to something, but the draft gives no word that takes them together
        ("Vans made up 71% of the traffic.", "Cars were 44% of the traffic on the bridge, and vans 27%.", "71%"),
        (
            "Cars and vans together made up 81% of the traffic.",
            "Cars were 44% of the traffic on the bridge, and vans 27%.",
            "81%",
        ),
    ],
)
def test_a_bound_or_a_sum_the_sources_do_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in [text for _, text in flagged(draft, source)]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Falls accounted for 22% of call-outs.", "22%"),
        ("Collisions accounted for 31% of call-outs, and falls for a further 22%.", "22%"),
        ("Cuts made up 40% of the savings.", "40%"),
        ("Drops were 12% of the deliveries.", "12%"),
    ],
)
def test_a_change_word_that_is_the_subject_makes_no_change(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.kind is ClaimKind.PERCENT
    assert claim.direction is None


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The firm cut its workforce 10%.", "10%"),
        ("It raised prices 5%.", "5%"),
        ("Sales fell for a third month, down 2%.", "2%"),
    ],
)
def test_a_change_verb_with_its_object_still_makes_a_change(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.kind is ClaimKind.CHANGE
