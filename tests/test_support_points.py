"""A move or gap in percentage points is the difference of two percentages the sources give, and
only that: "up 25 points" is not the 25% that 4% to 5% is in relative terms, so it is reported.
Before, a figure in points had nothing in the sources to be compared with and went unreported."""

from __future__ import annotations

import pytest
from against_source import unsupported

import numcheck
from numcheck.model import ClaimKind


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The jobless rate in Fenwick rose by one percentage point.", "Unemployment in Fenwick rose from 4% to 5%."),
        ("Turnout at Ashby fell three points, to 61%.", "Turnout at Ashby fell from 64% to 61% this year."),
        (
            "The Greens' share of the vote in Tolley rose seven points.",
            "The Greens' share of the vote in Tolley was 31% in 2019 and 38% in 2024.",
        ),
        (
            "Rents for studios rose 1.3 points faster than the average.",
            "Rents for studios rose by 5.1%, against an average of 3.8% for all homes.",
        ),
        (
            "About five points of the 7% growth in sales came from prices.",
            "Sales grew 7%; volumes rose 2%, prices the rest.",
        ),
        (
            "The pass rate is up two percentage points on last year.",
            "This year's pass rate was 78%, up from 76% last year.",
        ),
    ],
)
def test_a_gap_in_points_the_percentages_give_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        (
            "The jobless rate in Fenwick rose by 25 percentage points.",
            "Unemployment in Fenwick rose from 4% to 5%.",
            "25 percentage points",
        ),
        (
            "The jobless rate in Fenwick rose by two percentage points to 5%.",
            "Unemployment in Fenwick rose from 4% to 5%.",
            "two percentage points",
        ),
        (
            "The Greens' share of the vote in Tolley rose nine points.",
            "The Greens' share of the vote in Tolley was 31% in 2019 and 38% in 2024.",
            "nine points",
        ),
        (
            "The pass rate is up four percentage points on last year.",
            "This year's pass rate was 78%, up from 76% last year.",
            "four percentage points",
        ),
    ],
)
def test_a_gap_in_points_the_percentages_do_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The rate rose by one percentage point.", "one percentage point"),
        ("Support fell one percentage point to 40%.", "one percentage point"),
        ("A one-percentage-point rise is likely.", "one-percentage-point"),
    ],
)
def test_one_percentage_point_is_a_move(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.kind is ClaimKind.CHANGE
    assert claim.value == 1


@pytest.mark.parametrize("text", ["At one point the queue reached the gate.", "It was, at one point, the only shop."])
def test_at_one_point_is_still_an_idiom(text: str) -> None:
    assert numcheck.extract(text, "t.txt") == []
