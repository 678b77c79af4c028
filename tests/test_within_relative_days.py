"""Within one document: a date set by its distance from an event the document dates ("tickets go on
sale a fortnight before the opening, on 29 August"), checked against the event's date by the
calendar: days, weeks, a fortnight or months before or after it, the day before or after, and a
weekday before or after it when the document gives the year. Rows that must stay silent: the right
day, an event dated twice, a weekday with no year, a distance the words do not count."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
MISPLACED = [
    ("The Ashbury food fair opens on 12 September. Stall bookings close a fortnight before the opening, on "
     "2 September.", "2 September"),
    ("Harl swimming baths close on 3 November for repairs. Season tickets will be refunded three days after the "
     "closure, 9 November.", "9 November"),
    ("The new Kelby library opens on 21 March. Volunteers will stack the shelves on the day before the opening, "
     "19 March.", "19 March"),
    ("The gallery reopens on Saturday 6 March 2027. Staff will rehang the paintings on the Thursday before the "
     "reopening, 25 February.", "25 February"),
    ("Pound Street closes on 15 January. Residents were told a month before the closure, on 12 December.",
     "12 December"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), MISPLACED)
def test_a_day_its_distance_from_the_event_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


PLACED_OR_UNCLEAR = [
    # the right day
    "The Ashbury food fair opens on 12 September. Stall bookings close a fortnight before the opening, on "
    "29 August.",
    "Harl swimming baths close on 3 November for repairs. Season tickets will be refunded three days after the "
    "closure, 6 November.",
    "The gallery reopens on Saturday 6 March 2027. Staff will rehang the paintings on the Thursday before the "
    "reopening, 4 March.",
    "Pound Street closes on 15 January. Residents were told a month before the closure, on 15 December.",
    # the event dated twice: which date the distance counts from is unclear
    "The fair opens on 12 September in Ashbury and on 19 September in Kelby. Bookings close a week before the "
    "opening, on 2 September.",
    # a weekday with no year
    "The gallery reopens on 6 March. Staff will rehang the paintings on the Thursday before the reopening, "
    "25 February.",
    # a distance the words do not count
    "The gallery reopens on 6 March. Staff will rehang the paintings some time before the reopening, on "
    "25 February.",
]  # fmt: skip


@pytest.mark.parametrize("text", PLACED_OR_UNCLEAR)
def test_a_placed_or_unclear_day_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
