"""A change's start said after its end and a time ("rose by 28% to 1.42 million in the year to
March, from 1.2 million") is the change's own start, as it is with nothing between, so the change
is checked against its two ends. Not a figure after a clause of its own."""

from __future__ import annotations

import pytest
from one_document import flags_at

import numcheck
from numcheck.model import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Entries and exits rose by 28% to 1.42 million in the year to March, from 1.2 million.", 1.2e6, 1.42e6),
        ("Sales rose 30% to £4.2m last year, from £3.5m.", 3.5e6, 4.2e6),
        ("Membership fell 10% to 540 in 2025, from 600.", 600, 540),
        ("Profit grew 12% to £8.1m this year, from £7.2m.", 7.2e6, 8.1e6),
    ],
)
def test_a_start_after_the_end_and_a_time_is_the_change_s(sentence: str, start: float, end: float) -> None:
    change = next(c for c in numcheck.extract(sentence) if c.kind is ClaimKind.CHANGE and c.unit == "percent")
    assert (change.from_value, change.to_value) == (start, end)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Entries and exits rose by 28% to 1.42 million in the year to March, from 1.2 million.", "28%"),
        ("Sales rose 30% to £4.2m last year, from £3.5m.", "30%"),
    ],
)
def test_a_change_its_ends_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


@pytest.mark.parametrize(
    "text",
    [
        "Entries and exits rose by 18% to 1.42 million in the year to March, from 1.2 million.",
        # a start of another thing, in a clause of its own
        "Sales rose 30% to £4.2m last year, while costs fell from £3.5m to £3.1m.",
    ],
)
def test_a_change_its_ends_give_or_another_thing_s_start_is_not_flagged(text: str) -> None:
    assert not flags_at(text, "")
