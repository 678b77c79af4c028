"""A place in an order ("finished third", "its fourth title", "the 2nd-largest") is a figure the
sources state or not; it is never worked out by arithmetic. Before, ordinals had no evidence and no
family, so "finished second" against "finished third" went unreported."""

from __future__ import annotations

import pytest
from against_source import unsupported

_LEAGUE = "Dalby finished third in the regional league, 12 points behind the champions, Westfold."
_TITLES = "The Harwick crew won their fourth county rowing title on Saturday, beating Eskby by two lengths."
_CITY = "Tarnford is the 3rd-largest city in the region, with 240,000 people."


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Dalby finished second in the regional league.", _LEAGUE, "second"),
        ("The Harwick crew won their fifth county rowing title on Saturday.", _TITLES, "fifth"),
        ("Tarnford is the 2nd-largest city in the region.", _CITY, "2nd"),
    ],
)
def test_another_place_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Dalby finished third in the regional league.", _LEAGUE),
        ("The Harwick crew won their fourth county rowing title on Saturday.", _TITLES),
        ("Tarnford is the 3rd-largest city in the region.", _CITY),
        # a sentence about something the sources do not cover is left alone
        ("Dalby's under-12s came second in the county cup final.", _LEAGUE),
    ],
)
def test_the_same_place_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)
