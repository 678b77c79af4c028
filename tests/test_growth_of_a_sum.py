"""A sum said as "growth of" needs no article to be a rise ("Growth of £85,000 in three years"),
as "a rise of £85,000" is; a growth rate said so ("expect growth of 2-2.5%") stays a level, as the
news benchmark reads it."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.model import Direction


@pytest.mark.parametrize(
    ("sentence", "figure", "direction"),
    [
        ("Growth of £85,000 in three years beat the business plan.", "£85,000", Direction.UP),
        ("The village shop reported growth of £12,500 in its takings.", "£12,500", Direction.UP),
        ("Economists expect growth of 2-2.5% next year.", "2-2.5%", None),
    ],
)
def test_growth_of_a_sum_is_a_rise(sentence: str, figure: str, direction: Direction | None) -> None:
    (claim,) = [claim for claim in numcheck.extract(sentence) if claim.text == figure]
    assert claim.direction is direction
