"""A unit of two sizes, the US and the imperial pint or gallon, agrees with a source in either: a
British summary's "about three pints" of a 1.7-litre kettle is in imperial pints (2.99), where US
pints would make it 3.6. The same figure moved is still a contradiction in both sizes."""

from __future__ import annotations

import pytest
from against_source import flagged

_KETTLE = "The recalled kettle holds 1.7 litres and boils in four minutes."
_TANK = "Each water butt holds 45 litres and costs £30."
_US_TANK = "Each rain barrel holds 38 litres and costs $30."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The recalled kettle holds about three pints.", _KETTLE),
        ("Each water butt holds 10 gallons.", _TANK),
        ("Each rain barrel holds 10 gallons.", _US_TANK),
        ("The recalled kettle holds 1.7 litres, about three pints.", _KETTLE),
    ],
)
def test_a_unit_of_two_sizes_agrees_in_either(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The recalled kettle holds about five pints.", _KETTLE, "about five pints"),
        ("Each water butt holds 14 gallons.", _TANK, "14 gallons"),
    ],
)
def test_a_figure_neither_size_gives_is_still_flagged(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)
