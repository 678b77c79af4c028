"""A power's base or exponent ("a power of ten apart", "powers of two", "10 to the power of 6") is
arithmetic, not an amount: read as such it met real counts ("30 wards") as a magnitude slip in
technical writing. A power as a quantity ("a power of 10 kW") and a count after the words ("the
power of ten volunteers") stay amounts."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.model import ClaimKind


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The two figures are a power of ten apart.", "ten"),
        ("Buffer sizes are powers of two.", "two"),
        ("That is 10 to the power of 6.", "6"),
        ("Raise it to the power of 3 first.", "3"),
    ],
)
def test_a_base_or_exponent_is_no_amount(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.kind is ClaimKind.OTHER


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("The motor has a power of 10 kW.", "10 kW", ClaimKind.MEASURE),
        ("The power of ten volunteers kept the café open.", "ten", ClaimKind.COUNT),
        ("The power of 300 volunteers kept it open.", "300", ClaimKind.COUNT),
    ],
)
def test_a_power_that_is_a_quantity_or_a_count_after_it_stays_an_amount(
    text: str, figure: str, kind: ClaimKind
) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.kind is kind
