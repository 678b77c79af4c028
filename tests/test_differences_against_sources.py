"""A difference ("nine more chicks than last year", "2,300 more books in 2026 than in 2025") is
read as one, a few words before its "than" included, and it never trades places with the amount it
leads to: "nine more chicks than last year, 23 in all" swaps nothing with a source that has 23
chicks and nine pairs. A difference of two source figures supports it; one that no two give is
reported."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck
from numcheck.frames import is_difference

_HARRIERS = ("Marsh harriers raised 23 chicks at the Fenwick Marsh reserve this summer, up from 14 last year, "
             "the trust said on Thursday. Nine pairs nested, two more than in 2025.")  # fmt: skip
_LIBRARY = ("Ashgrove library lent 41,200 books in 2026, against 38,900 in 2025. It opened on 12 more Saturdays "
            "and ran 7 more reading groups than a year earlier.")  # fmt: skip
_FERRIES = ("The Skerry ferry carried 186,000 passengers in 2026, up from 171,000 the year before, on 2,140 "
            "sailings, 15 more than in 2025.")  # fmt: skip

_CROWD = "The attendance of 1,212 was more than double their league average of 540."

DIFFERENCES = [
    ("Harriers raised nine more chicks this year than last.", "nine", True),
    ("Harriers raised nine more chicks this year than they did last year.", "nine", True),
    ("Harriers raised nine chicks, more than ever before.", "nine", False),
    ("The library lent 2,300 more books than the year before.", "2,300", True),
    ("The ferry carried 15,000 more passengers in 2026 than in 2025.", "15,000", True),
    ("The ferry carried 186,000 passengers in 2026.", "186,000", False),
    # a gap to a reference level
    ("Inspectors found a fridge running 3C above the legal limit.", "3C", True),
    ("The project came in £2m under its budget.", "£2m", True),
    ("The firm's profit was £4.1m below the analysts' average forecast.", "£4.1m", True),
    ("Inspectors found a fridge running at 11C, above the legal limit of 8C.", "11C", False),
    ("The wreck lies 40 metres below the surface.", "40 metres", False),
    ("Some 2,000 homes were built under the scheme.", "Some 2,000", False),
    ("The crowd was 672 above the club's league average.", "672", True),
    # the mark's own figure before it
    ("The roof repair came in at £47,500, £6,500 under its £54,000 estimate.", "£6,500", True),
    ("The new stand cost £3.1m, £400,000 over its £2.7m budget.", "£400,000", True),
    # an amount that a verb sets against another is the amount itself
    ("The attendance of 1,212 was more than double their league average.", "1,212", False),
    ("Membership, at 480, is higher than at any time since 1990.", "480", False),
]


@pytest.mark.parametrize(("sentence", "text", "difference"), DIFFERENCES)
def test_a_difference_is_told_from_an_amount(sentence: str, text: str, difference: bool) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert is_difference(found) is difference


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Marsh harriers at Fenwick Marsh raised nine more chicks this year than last, 23 in all.", _HARRIERS),
        ("Harriers at Fenwick Marsh raised 23 chicks, nine more than last year.", _HARRIERS),
        ("Ashgrove library lent 2,300 more books in 2026 than in 2025, 41,200 in all.", _LIBRARY),
        ("The Skerry ferry carried 15,000 more passengers in 2026 than the year before, 186,000 in all.", _FERRIES),
        ("The crowd was 672 above the club's league average.", _CROWD),
    ],
)
def test_a_difference_of_the_thing_it_counts_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        # (not "12 more chicks": 14 chicks less "two more" pairs makes 12, and a difference may be of
        # two things' figures, "70 fewer desks than there are staff")
        ("Ashgrove library lent 2,900 more books in 2026 than in 2025, 41,200 in all.", _LIBRARY, "2,900"),
        ("The Skerry ferry carried 17,000 more passengers in 2026 than the year before, 186,000 in all.", _FERRIES,
         "17,000"),
    ],
)  # fmt: skip
def test_a_difference_no_two_figures_of_its_thing_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)
