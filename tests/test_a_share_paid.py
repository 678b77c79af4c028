"""A share of a cost said by who pays it, with nothing after it ("New signs will cost £2,400, and
the parish council will pay half."): a share, so a summary's "£1,200" is that share of the cost."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck
from numcheck.model import ClaimKind

SOURCE = "New warning signs will cost £2,400, and the parish council will pay half."


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("New signs will cost £2,400, and the parish council will pay half.", 0.5),
        ("The trust will fund a third, and the council the rest.", 1 / 3),
        ("The club paid about a quarter.", 0.25),
        ("The state covers two-thirds.", 2 / 3),
    ],
)
def test_a_share_someone_pays_is_read(sentence: str, value: float) -> None:
    (share,) = [c for c in numcheck.extract(sentence) if c.kind is ClaimKind.RATIO]
    assert share.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", ["Half were late.", "He paid half price for it.", "They met a third time."])
def test_other_halves_are_no_share_paid(sentence: str) -> None:
    assert not [c for c in numcheck.extract(sentence) if c.kind is ClaimKind.RATIO and c.value == 0.5]


def test_the_share_of_the_cost_is_supported() -> None:
    assert flagged("The parish council will pay £1,200 towards the new warning signs.", SOURCE) == []


def test_another_sum_is_not() -> None:
    assert flagged("The parish council will pay £1,400 towards the new warning signs.", SOURCE)
