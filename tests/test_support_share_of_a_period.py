"""A share of a calendar period that the source gives as a length of it is supported: "for half of
each year" from "for six months of the year", "a third of the year" from "four months a year", "a
quarter of the day" from "six hours a day". The draft must name the period, and a source sentence
it is about must give a length of the same period. Two rates per different periods give no
percentage change ("six hours a day" against "four months a year" is no change of a third)."""

from __future__ import annotations

import pytest
from against_source import unsupported

_PARK = ("From 1 April, dogs in Wealby Park must be kept on short leads for six months of the year. "
         "The lido opens for four months a year, and for eight hours a day.")  # fmt: skip
_CLINIC = "The Marl Street clinic is staffed for 12 hours a day, and its lab runs three days a week."

SHARE_OF_A_PERIOD_SUPPORTED = [
    ("Dogs in Wealby Park must be on leads for half of each year.", _PARK),
    ("Dogs in Wealby Park must be kept on leads half the year from April.", _PARK),
    ("The lido opens for a third of the year.", _PARK),
    ("The lido is open for a third of each day in the season.", _PARK),
    ("The Marl Street clinic is staffed for half of every day.", _CLINIC),
    ("The Marl Street clinic is staffed 50% of the day.", _CLINIC),
]  # fmt: skip
SHARE_OF_A_PERIOD_REPORTED = [
    ("Dogs in Wealby Park must be on leads for a third of each year.", _PARK, "a third"),
    ("The lido opens for half the year.", _PARK, "half"),
    ("The lido is open for a quarter of each day in the season.", _PARK, "a quarter"),
    ("The Marl Street clinic is staffed for a third of every day.", _CLINIC, "a third"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), SHARE_OF_A_PERIOD_SUPPORTED)
def test_a_share_of_a_period_a_source_length_gives_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), SHARE_OF_A_PERIOD_REPORTED)
def test_a_share_of_a_period_no_source_length_gives_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
