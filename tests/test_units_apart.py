"""Two figures written in two units of one dimension and more than a factor of 50 apart are figures of
two things, not one figure restated wrongly: "in 135 years of records" is no length of "the month's
30 days". A wrong conversion stays nearer than that, and one number in two units ("ten weeks" and
"ten years") is a unit slip however far apart: both are still reported."""

from __future__ import annotations

import pytest
from against_source import findings, flagged, only

_RAIN = ("November was the wettest month on record at the Hexham Moor station. Rain fell on 26 of the month's 30 "
         "days. The station's records go back to 1891.")  # fmt: skip
_FERRY = "The ferry crossing to Skerry takes two hours, and the ferry carries 310 passengers."
_VOYAGE = "The research ship's voyage lasted ten weeks, and it covered 14,000 km."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("It was the station's wettest month in 135 years of records.", _RAIN),
        ("November, with rain on 26 days, was the wettest month in the station's 135 years of records.", _RAIN),
    ],
)
def test_lengths_of_two_things_in_two_units_are_not_compared(draft: str, source: str) -> None:
    assert not findings(draft, source, only("figure-mismatch"))


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The ferry crossing to Skerry takes 55 minutes.", _FERRY, "55 minutes"),
        ("The research ship's voyage lasted 100 days.", _VOYAGE, "100 days"),
        ("The research ship's voyage covered 1,400 miles.", _VOYAGE, "1,400 miles"),
        ("The research ship's voyage lasted ten years.", _VOYAGE, "ten years"),
    ],
)
def test_one_figure_restated_wrongly_in_another_unit_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)


# Whole days a week against hours a week: on how many days, and for how long; a working day is no
# 24 hours, so neither restates the other, in one document or against a source
DAYS_AND_HOURS = [
    ("The shed is open three days a week. Volunteers say it is open 12 hours a week.", ""),
    ("The pantry is staffed 20 hours a week.", "The pantry opens four days a week."),
    ("Nurses there work three days a week, about 37 hours a week in all.", ""),
    ("The studio can be hired two days a month.", "The studio can be hired 16 hours a month."),
]


@pytest.mark.parametrize(("draft", "source"), DAYS_AND_HOURS)
def test_days_a_week_and_hours_a_week_are_not_compared(draft: str, source: str) -> None:
    assert not findings(draft, source, only("figure-mismatch"))


def test_days_a_week_against_days_a_week_are_still_compared() -> None:
    assert flagged("The shed is open four days a week.", "The shed is open three days a week.")
