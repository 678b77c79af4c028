"""A year that an age or an anniversary of the draft's own sentence counts from a source's year of
birth or founding ("turns 60 in 2031" from "born in 1971"), and the year before a yearly change
beside the level before it ("2,400 burglaries in 2023" from "fell by a quarter in 2024, to 1,800");
a year they do not give is still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

_SINGER = "The singer Maren Holt, born in 1971, released her first album in 1994."
_CLUB = "Ashby Rowing Club was founded in 1889 and has 240 members."
_BAKER = "Tomas Reyes opened his bakery on Mill Lane in 2004, aged 31."

SUPPORTED = [
    ("Maren Holt turns 60 in 2031.", _SINGER),
    ("Maren Holt turned 50 in 2021.", _SINGER),
    ("Ashby Rowing Club celebrates its 150th anniversary in 2039.", _CLUB),
    ("Maren Holt will mark her 70th birthday in 2041.", _SINGER),
    ("Maren Holt was aged 52 in 2023.", _SINGER),  # born in 1971: 51 or 52 in 2023
]
REPORTED = [
    ("Maren Holt turns 60 in 2033.", _SINGER, "2033"),
    ("Maren Holt was aged 52 in 2026.", _SINGER, "2026"),
    ("Ashby Rowing Club celebrates its 150th anniversary in 2041.", _CLUB, "2041"),
    # an age said of another year than the founding one: "opened ... in 2004" is no birth
    ("Tomas Reyes turns 40 in 2044.", _BAKER, "2044"),
]


@pytest.mark.parametrize(("draft", "source"), SUPPORTED)
def test_a_year_an_age_counts_from_a_birth_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), REPORTED)
def test_a_year_the_age_does_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


# The year before the one a yearly change is said of, beside the level before that change
_BURGLARY = "Burglaries in Westcombe fell by a quarter in 2024, to 1,800."
_RIDERS = "Ridership on the Fenby tram tripled in 2023, reaching 2.7 million journeys."
YEAR_BEFORE_SUPPORTED = [
    ("Westcombe recorded 2,400 burglaries in 2023.", _BURGLARY),
    ("The Fenby tram carried 900,000 journeys in 2022.", _RIDERS),
]
YEAR_BEFORE_REPORTED = [
    ("Westcombe recorded 2,400 burglaries in 2021.", _BURGLARY, "2021"),
    # the year is no year before the change beside a level that is not the one before it
    ("Westcombe recorded 1,800 burglaries in 2023.", _BURGLARY, "2023"),
    ("The Fenby tram carried 900,000 journeys in 2020.", _RIDERS, "2020"),
]


@pytest.mark.parametrize(("draft", "source"), YEAR_BEFORE_SUPPORTED)
def test_the_year_before_a_change_beside_its_level_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), YEAR_BEFORE_REPORTED)
def test_another_year_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))
