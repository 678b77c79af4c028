"""unsupported-figure: what a whole leaves after the parts a source sentence names, where that
sentence says the balance, the rest or the remainder goes somewhere, is supported ("an increase of
£15,200 ... £6,800 for grounds and £4,500 towards the play area, with the balance going on insurance"
gives insurance £3,900); another figure for it is still reported."""

from __future__ import annotations

import pytest
from against_source import unsupported

_BUDGET = (
    "The draft budget of £186,400 is up from £171,200 this year, an increase of £15,200. The main increases "
    "are £6,800 for grounds maintenance and £4,500 towards the play area, with the balance going on insurance "
    "and audit fees."
)
_GRANT = (
    "The trust received a grant of £48,000. It will spend £30,000 on the roof and £11,500 on new windows, with "
    "the rest going on the churchyard wall."
)
_CREW = (
    "The lifeboat station has 64 volunteers. Of those, 22 are boat crew and 17 are shore crew, the rest to "
    "fundraising and the shop."
)
BALANCE_RIGHT = [
    ("Insurance and audit fees account for £3,900 of the budget increase.", _BUDGET),
    ("About £6,500 of the grant will go on the churchyard wall.", _GRANT),
    ("Some 25 of the station's volunteers work in fundraising and the shop.", _CREW),
]
BALANCE_WRONG = [
    ("Insurance and audit fees account for £4,900 of the budget increase.", _BUDGET, "£4,900"),
    ("About £9,500 of the grant will go on the churchyard wall.", _GRANT, "About £9,500"),
]


@pytest.mark.parametrize(("draft", "source"), BALANCE_RIGHT)
def test_the_balance_a_whole_leaves_after_its_named_parts_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


@pytest.mark.parametrize(("draft", "source", "figure"), BALANCE_WRONG)
def test_another_balance_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
