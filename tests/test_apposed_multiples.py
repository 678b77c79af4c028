"""A multiple set after a level by a comma is of that level ("4,800 members, more than double last
year's figure"), so the level before it is implied ("fewer than 2,400 a year earlier"); a level it
does not give is reported. "Double last year's" multiplies, as "double the figure" does."""

from __future__ import annotations

import pytest
from against_source import flagged
from claim_table import find

_CLUB = ("The Wenlow cycling club ended the year with 4,800 members, more than double last year's "
         "figure, and raised its fee from £30 to £36.")  # fmt: skip
_FARM = "The Ossett farm shop sold 9,000 boxes of eggs this spring, triple the figure a year earlier."
_LAB = "The lab processed 62,000 samples, twice last year's total, and hired 40 new technicians."

SUPPORTED = [
    ("The Wenlow cycling club had fewer than 2,400 members a year earlier.", _CLUB),
    ("A year earlier the Ossett farm shop sold 3,000 boxes of eggs in the spring.", _FARM),
    ("Last year the lab processed 31,000 samples.", _LAB),
]
REPORTED = [
    ("The Wenlow cycling club had fewer than 3,400 members a year earlier.", _CLUB, "fewer than 3,400"),
    ("A year earlier the Ossett farm shop sold 4,500 boxes of eggs in the spring.", _FARM, "4,500"),
    # the technicians after the multiple are no level it is of
    ("Last year the lab processed 20 samples.", _LAB, "20"),
]


@pytest.mark.parametrize(("draft", "source"), SUPPORTED)
def test_the_level_before_an_apposed_multiple_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), REPORTED)
def test_another_level_before_it_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Sales reached 3.2 million, more than double last year's.", "more than double"),
        ("Attendance was 900, double last season's gate.", "double"),
        ("Its profit of £8m was triple last quarter's.", "triple"),
        ("The lab processed 62,000 samples, twice last year's total.", "twice"),
    ],
)
def test_a_multiple_of_last_year_s_figure_is_read(sentence: str, text: str) -> None:
    claim = find(sentence, text)
    assert claim.kind.value == "ratio" and claim.direction is not None and claim.direction.value == "up"
