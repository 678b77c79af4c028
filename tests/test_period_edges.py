"""A figure at the start of a period and one at its end are two figures, however alike their words:
"had 251 members at the start of 2027" does not contradict "286 members at the end of 2027". One
edge against a figure that names none, or the same edge twice, still may be one figure. Across a
draft and its source, a figure its words put in the past ("597 stores a year earlier") is not the
one the other gives for now; two past figures are still compared."""

from __future__ import annotations

import pytest
from against_source import findings, flagged, only

import numcheck
from numcheck.linking import period_edge

EDGES = [
    ("The club had 286 members at the end of 2027.", "286", "end"),
    ("The club began the year with 251 members.", "251", "start"),
    ("Pantry Foods ended the year with 412 stores.", "412", "end"),
    ("At the start of the season the squad had 31 players.", "31", "start"),
    ("The fund's opening balance was £84,000.", "£84,000", "start"),
    ("By the close of the financial year it held £1.2 million.", "£1.2 million", "end"),
    ("The club has 286 members.", "286", None),
    ("The end of the road is 14 miles away.", "14 miles", None),
]


@pytest.mark.parametrize(("sentence", "text", "edge"), EDGES)
def test_the_edge_of_a_period_is_read(sentence: str, text: str, edge: str | None) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert period_edge(found) == edge


_CLUB = "The Wendle rowing club had 286 members at the end of 2027, the secretary told its annual meeting."
_FUND = "The Ashby hardship fund started the year with £84,000 and ended it with £31,500, its report says."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The Wendle rowing club had 251 members at the start of 2027.", _CLUB),
        ("The Ashby hardship fund started the year with £31,500.", _FUND),
        ("The Wendle rowing club began the year with 251 members.", _CLUB),
    ],
)
def test_two_edges_of_a_period_are_not_compared(draft: str, source: str) -> None:
    # (a figure the source does not give may still be reported as unsupported)
    assert not findings(draft, source, only("figure-mismatch"))


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The Wendle rowing club had 268 members at the end of 2027.", _CLUB, "268"),
        ("The Wendle rowing club has 268 members.", _CLUB, "268"),
        ("The Ashby hardship fund ended the year with £13,500.", _FUND, "£13,500"),
    ],
)
def test_one_edge_against_the_same_edge_or_none_is_compared(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)


def test_the_same_edge_twice_is_supported() -> None:
    assert not flagged("The Ashby hardship fund held £31,500 at the end of the year.", _FUND)


_SHOPS = "We opened 24 stores and closed 9, ending the year with 612, the chief executive said."
_PRICES = "A season ticket now costs £640, against £590 a year ago."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Paperlane had 597 stores a year earlier.", _SHOPS),
        ("Two years ago a season ticket cost £560.", _PRICES),
    ],
)
def test_a_past_figure_is_not_compared_with_a_present_one(draft: str, source: str) -> None:
    assert not findings(draft, source, only("figure-mismatch"))


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("A season ticket cost £540 a year ago.", _PRICES, "£540"),
        ("A season ticket now costs £680.", _PRICES, "£680"),
    ],
)
def test_a_past_figure_is_compared_with_a_past_one(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)
