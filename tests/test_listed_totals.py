"""A list or fact box that gives parts line by line and then the whole ("- gardens: 610", "-
farmland: 390", "- total: 1,420") is one breakdown: parts-total sums the lines above the total line
(numcheck.listed, kinds `listed_parts_total`). Lines of one kind, unit and period, on consecutive
lines; a line that is a part of a part ("of whom under 5") breaks the run."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the total line's figure); every one was missed before
DO_NOT_ADD_UP = [
    ("Ferry passengers, 2025:\n- Kelby route: 41,200\n- Rona route: 18,300\n- Islay route: 9,700\n- total: 79,200\n",
     "79,200"),
    ("The appeal raised:\n- online: £12,400\n- street collections: £8,100\n- total: £18,500\n", "£18,500"),
    ("Cyclists counted\nNorth Road: 1,240\nQuay Street: 860\nTotal: 2,400\n", "2,400"),
    ("Referendum result\n- yes: 54%\n- no: 41%\n- total: 100%\n", "100%"),
    ("Library loans by branch:\n* Central: 48,000\n* Westgate: 21,500\n* Harbour: 9,000\n* Total loans: 87,500\n",
     "87,500"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), DO_NOT_ADD_UP)
def test_listed_parts_that_miss_their_total_line_are_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


ADD_UP_OR_NOT_A_BREAKDOWN = [
    "Hedgehogs counted:\n- gardens: 610\n- farmland: 390\n- woodland: 240\n- total: 1,240\n",
    "Staff by site:\n- adults: 420\n- children: 310\n- of whom under 5: 120\n- total: 730\n",
    "Visitors: 41,000\nStaff: 120\nBudget: £2.1m\n",
    # a total line of 100% is the whole, not one more share (percent-total flagged it before)
    "Volunteers by role:\n- shops: 41%\n- wards: 35%\n- drivers: 24%\n- total: 100%\n",
    "Entrants by year:\n- 2024: 1,080\n- 2025: 1,120\n",
    "Land use:\n- gardens: 0.6 million hectares\n- farmland: 0.4 million hectares\n- total: 1.1 million hectares\n",
    # a total of another unit is not the parts' total
    "Appeal:\n- online: £12,400\n- street collections: £8,100\n- total: 31 collectors\n",
    # a total line away from the list
    "Passengers:\n- Kelby route: 41,200\n- Rona route: 18,300\n\nThe ferries carried 2,400 cars.\n\nTotal: 60,000\n",
]


@pytest.mark.parametrize("text", ADD_UP_OR_NOT_A_BREAKDOWN)
def test_lists_that_add_up_or_are_no_breakdown_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
