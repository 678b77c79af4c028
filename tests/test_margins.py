"""A margin ("a course record by 38 seconds", "won by 12 votes") is how far apart two amounts are,
never one of the amounts: it is not linked with them, in one document or across documents."""

from __future__ import annotations

import pytest
from against_source import findings

import numcheck
from numcheck.frames import is_margin

MARGINS = [
    ("She won in 2:21:40, a course record by 38 seconds.", "38 seconds", True),
    ("Labour won the seat by 1,200 votes.", "1,200", True),
    ("The council missed its recycling target by 4,000 tonnes.", "4,000 tonnes", True),
    ("Sales exceeded the forecast by £2m.", "£2m", True),
    ("He broke the world record by almost a second.", "almost a second", True),
    ("She won in 2:21:40, a course record by 38 seconds.", "2:21:40", False),
    ("Labour won 1,200 votes in the ward.", "1,200", False),
    ("Prices rose by 4% last year.", "4%", False),
]


@pytest.mark.parametrize(("sentence", "text", "margin"), MARGINS)
def test_a_margin_is_told_from_an_amount(sentence: str, text: str, margin: bool) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert is_margin(found) is margin


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The previous course record was 2:22:18.", "Chebet won in 2:21:40, a course record by 38 seconds."),
        ("Labour's candidate polled 1,200 votes.", "Labour's candidate won the seat by 1,200 votes."),
    ],
)
def test_a_margin_is_not_compared_with_an_amount(draft: str, source: str) -> None:
    assert not [f for f in findings(draft, source) if f.rule == "figure-mismatch"]
