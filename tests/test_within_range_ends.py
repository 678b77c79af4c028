"""Within one document: a range of days ("9-17 October") against the one day the document says
opens the run or the one it says closes it. Rows that must stay silent: the range's own first and
last days; a day of another thing ("the new gallery opens"); a day a label's range does not say
is the run's ("Bookings open on 1 September"); two ranges."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
RANGE_AGAINST_AN_END = [
    ("The Carrick folk festival runs 9-17 October. It opens on Friday 12 October with a ceilidh.",
     "Friday 12 October"),
    ("Dates: 9-17 October. Bands: 40. Stages: 3.\n\nThe fair opens on 11 October with a parade.",
     "11 October"),
    ("The Carrick folk festival runs 9–17 October. Its closing concert, on 19 October, is sold out.",
     "19 October"),
    ("The Carrick folk festival runs 9 to 17 October. The festival ends on 15 October with a late session.",
     "15 October"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), RANGE_AGAINST_AN_END)
def test_a_first_or_last_day_the_range_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


RANGE_AND_OTHER_DAYS = [
    "The Carrick folk festival runs 9-17 October. It opens on Monday 9 October with a ceilidh.",
    "The Carrick folk festival runs 9–17 October. Its closing concert, on 17 October, is sold out.",
    "The Carrick folk festival runs 9-17 October. The new town gallery opens on 12 October.",
    "Dates: 9-17 October. Bands: 40.\n\nBookings open on 1 September and close on 1 October.",
    "The Carrick folk festival runs 9-17 October. The fringe runs 10-16 October and opens on 12 October.",
    "The Carrick folk festival runs 9-17 October. Tickets go on sale on 1 August.",
]  # fmt: skip


@pytest.mark.parametrize("text", RANGE_AND_OTHER_DAYS)
def test_the_ranges_own_days_or_other_things_days_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


CLOSURE_RANGES = [
    # a closure's range ends the day before its reopening
    "Brook Lane is shut 3-14 April for resurfacing. It reopens on 15 April.",
    "The baths are closed from 3 to 14 April while the boiler is replaced, and reopen on 15 April.",
]


@pytest.mark.parametrize("text", CLOSURE_RANGES)
def test_a_closures_range_and_its_reopening_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
