"""A bound on an amount reaches no further than its figure on its closed side: "more than 4,600"
is no rounding of a source's 4,580, though "4,600" and "more than 4,500" are."""

from __future__ import annotations

import pytest
from against_source import unsupported

_HOMES = "The housebuilder completed 4,580 homes in the year to June, its chief executive said."
_BEDS = "The hospital trust had 306 beds open in its winter wards on Monday."


@pytest.mark.parametrize(
    ("draft", "figure"),
    [
        ("The housebuilder completed more than 4,600 homes in the year to June.", "more than 4,600"),
        ("The housebuilder completed at least 4,600 homes in the year to June.", "at least 4,600"),
        ("The hospital trust had fewer than 300 beds open in its winter wards on Monday.", "fewer than 300"),
    ],
)
def test_a_bound_its_source_figure_falls_short_of_is_reported(draft: str, figure: str) -> None:
    source = _HOMES if "homes" in draft else _BEDS
    assert figure in unsupported(draft, source)


@pytest.mark.parametrize(
    "draft",
    [
        "The housebuilder completed more than 4,500 homes in the year to June.",
        "The housebuilder completed about 4,600 homes in the year to June.",
        "The hospital trust had fewer than 310 beds open in its winter wards on Monday.",
        "The hospital trust had about 300 beds open in its winter wards on Monday.",
    ],
)
def test_a_bound_or_rounding_that_holds_is_not_reported(draft: str) -> None:
    source = _HOMES if "homes" in draft else _BEDS
    assert unsupported(draft, source) == []
