"""Frames that make a figure something other than the plain quantity: a part beside "the rest" of a
whole (numcheck.frames.leaves_a_rest), and a difference said by a comparative ("four months longer")."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.frames import is_difference, leaves_a_rest

BESIDE_THE_REST = [
    ("The charity's 1,240 hampers for families each had a toy; the rest went to couples.", "1,240"),
    ("Some 310 of the runners were from the town, and the remainder came from across the county.", "Some 310"),
    ("The trust spent £2.1 million on the roof, with the rest of the grant going on the organ.", "£2.1 million"),
    ("Members bought about 4,500 tickets, and the rest were sold online.", "about 4,500"),
    ("The government is paying £198 million and the council the remaining £88 million.", "£198 million"),
]

NOT_BESIDE_THE_REST = [
    ("The airline carried 1,240 passengers a day in June and expects more for the rest of the year.", "1,240"),
    ("The club has 860 members, more than the rest of the county's clubs together.", "860"),
    ("Of the 1,860 hampers, 1,240 went to families and the rest to couples.", "1,860"),
    ("The government is paying £198 million and the council the remaining £88 million.", "£88 million"),
]


@pytest.mark.parametrize(("text", "figure"), BESIDE_THE_REST)
def test_a_figure_right_before_the_rest_leaves_one(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert leaves_a_rest(claim)


@pytest.mark.parametrize(("text", "figure"), NOT_BESIDE_THE_REST)
def test_a_figure_not_right_before_the_rest_leaves_none(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert not leaves_a_rest(claim)


DIFFERENCES = [
    ("The first phase took 26 months, four months longer than the builder had planned.", "four months"),
    ("The new span is 12 metres shorter than the old one.", "12 metres"),
    ("The winning marrow was 3 kg heavier than last year's.", "3 kg"),
    ("Tickets are £4 cheaper than in 2024.", "£4"),
    ("The bridge opened two years later than promised.", "two years"),
]


@pytest.mark.parametrize(("text", "figure"), DIFFERENCES)
def test_a_figure_before_a_comparative_is_a_difference(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert is_difference(claim)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The first phase took 26 months.", "26 months"),
        ("The tower is 52 metres tall, the tallest in town.", "52 metres"),
    ],
)
def test_a_plain_measure_is_no_difference(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert not is_difference(claim)
