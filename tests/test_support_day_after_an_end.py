"""A day that marks a boundary may be said from either side of it: the day after a spell the
sources end on a day ("keep the old price until 31 August") is when what follows starts ("start
paying £5.99 on 1 September"), and "by 10 April" is "before 11 April". Any other day, or a day beside
a date that marks no boundary, is still reported."""

from __future__ import annotations

import pytest
from against_source import unsupported

_PRICE = "If you pay monthly, you keep the old price for three months, until 31 August. After that it costs £5.99."
_ROADWORKS = "The bridge stays shut to traffic until Friday 14 March while the deck is repaired."
_OPENING = "The gallery opened on 31 August with 40 paintings on loan."
_DISCOUNT = "Members who book before 3 June get 15% off the summer course fees."
_ENTRIES = "Entries for the photography prize must reach the judges no later than 20 September."
_SALE = "The clearance sale at the garden centre starts after 28 February and runs for a month."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Existing customers start paying £5.99 on 1 September.", _PRICE),
        ("The new price applies from 1 September.", _PRICE),
        ("Traffic can use the bridge again starting 15 March.", _ROADWORKS),
        ("Book by 2 June and members save 15% on summer course fees.", _DISCOUNT),
        ("Members have until 2 June to claim 15% off the summer course fees.", _DISCOUNT),
        ("Photography prize entries must reach the judges before 21 September.", _ENTRIES),
        ("The garden centre's clearance sale opens on 1 March for a month.", _SALE),
    ],
)
def test_the_day_after_an_end_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Existing customers start paying £5.99 on 2 September.", _PRICE, "2 September"),
        ("Traffic can use the bridge again starting 16 March.", _ROADWORKS, "16 March"),
        ("The loans start from 1 September.", _OPENING, "1 September"),
        ("Book by 1 June and members save 15% on summer course fees.", _DISCOUNT, "1 June"),
        ("Book by 4 June and members save 15% on summer course fees.", _DISCOUNT, "4 June"),
        ("Photography prize entries must reach the judges before 22 September.", _ENTRIES, "22 September"),
        ("Photography prize entries must reach the judges by 21 September.", _ENTRIES, "21 September"),
    ],
)
def test_another_day_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
