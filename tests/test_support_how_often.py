"""How often: "three times an hour" is a count per hour, not a multiplier, and the time between two
of something gives it ("a ferry every 20 minutes" runs three times an hour)."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck


@pytest.mark.parametrize(
    ("sentence", "figure", "per"),
    [
        ("The ferry will run three times an hour.", "three", "hour"),
        ("Buses call six times a day.", "six", "day"),
        ("The alarm was tested 4 times a week.", "4", "week"),
    ],
)
def test_times_a_period_is_a_count_per_period(sentence: str, figure: str, per: str) -> None:
    claim = next(claim for claim in numcheck.extract(sentence) if claim.text == figure)
    assert (claim.kind.value, claim.per) == ("count", per)


def test_times_without_a_period_is_still_a_multiplier() -> None:
    claim = numcheck.extract("Sales were three times higher than in 2020.")[0]
    assert (claim.text, claim.kind.value) == ("three times", "ratio")


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The ferry will run three times an hour.", "A temporary ferry will run every 20 minutes."),
        ("Trains leave four times an hour.", "Trains leave the station every 15 minutes."),
        ("The bin lorry comes twice a week.", "In the trial, the bin lorry came every 3.5 days."),
    ],
)
def test_the_time_between_two_gives_how_often(draft: str, source: str) -> None:
    assert not flagged(draft, source)
