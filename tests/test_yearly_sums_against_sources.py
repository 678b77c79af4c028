"""A year's sum of a price paid each month, said in a summary ("Over a year, her monthly payments
add up to £195" of "Your monthly payment will go up from £14.50 to £16.25"): the source's price is
a month's, in a move said with the period before it, and the summary's sum a year's, with "add up
to" a sum and not a bound. The right sum is supported; a wrong one is reported."""

from __future__ import annotations

import pytest
from against_source import flagged

SOURCE = (
    "Your monthly payment will go up from £14.50 to £16.25, because your boiler is now more than 10 years old. "
    "Your excess stays at £60 a claim."
)


@pytest.mark.parametrize(
    "draft",
    [
        "Over a year, her new monthly payments add up to £195.",
        "Over a year, her new payments come to £195.",
        "Her new payments come to £195 a year.",
        "Her monthly payment will go from £14.50 to £16.25.",
    ],
)
def test_a_years_sum_of_a_monthly_price_is_supported(draft: str) -> None:
    assert flagged(draft, SOURCE) == []


@pytest.mark.parametrize(
    "draft",
    [
        "Over a year, her new monthly payments add up to £295.",
        "Over a year, her new payments come to £185.",
        "Her new payments come to £295 a year.",
        "Her monthly payment will go from £16.25 to £14.50.",
    ],
)
def test_a_wrong_sum_or_move_is_reported(draft: str) -> None:
    assert flagged(draft, SOURCE)
