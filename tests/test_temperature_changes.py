"""A change of temperature is a difference of degrees, not a temperature: "fell by 9°C" is no
"-3°C" (282 kelvin is within 2% of 270), and the fall from 12°C to -3°C is 15 degrees. A bound
("did not drop below 22C") or an end ("fell to 3°C") is still a temperature."""

from __future__ import annotations

import pytest
from against_source import flagged

_NIGHT = "Overnight the temperature in Elmstead dropped from 12°C to -3°C, the coldest night of the winter."
_AFTERNOON = "Temperatures in Rask climbed from 18C at noon to 25C by 5pm on Sunday."
WRONG_CHANGE = [
    ("The temperature in Elmstead fell by 9°C overnight.", _NIGHT, "9°C"),
    ("Temperatures in Rask rose by 4C on Sunday afternoon.", _AFTERNOON, "4C"),
]
RIGHT = [
    ("The temperature in Elmstead fell by 15°C overnight.", _NIGHT),
    ("Temperatures in Rask rose by 7C on Sunday afternoon.", _AFTERNOON),
    ("In Rask the temperature did not drop below 18C on Sunday.", _AFTERNOON),
    ("Overnight the temperature in Elmstead fell to -3°C.", _NIGHT),
]


@pytest.mark.parametrize(("draft", "source", "figure"), WRONG_CHANGE)
def test_a_change_of_temperature_no_difference_gives_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


@pytest.mark.parametrize(("draft", "source"), RIGHT)
def test_a_difference_a_bound_or_an_end_of_temperatures_is_not(draft: str, source: str) -> None:
    assert not flagged(draft, source)
