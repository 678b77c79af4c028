"""Within one document: an event's day said again as a weekday alone ("The reopening, on Thursday") or as an
ordinal that opens a quote's clause ("On the 12th we open our doors"), against the day the document dates
it ("reopens on Friday 3 April 2026"). Rows that must stay silent: the same weekday or day; a day that names
no weekday ("on 3 April"), which may be any; another event's weekday; an ordinal that is no day."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
WRONG_DAYS = [
    ("The swing bridge reopens to traffic on Friday 3 April 2026. The reopening, on Thursday, will draw a crowd "
     "of 300.", "Thursday"),
    ("The pool closes on Saturday 4 July. The closure, on Sunday, will last six weeks.", "Sunday"),
    ("The library opens on Monday 14 September. Its opening, on Tuesday, will be marked with a reading by the "
     "town's poet.", "Tuesday"),
    # a headline's weekday alone against the lede's day of the same event
    ("Market returns on Friday\n\nThe Kelby night market will return on Saturday 12 September after a year "
     "away.", "Friday"),
    ('The night market opens on Saturday 5 September. "On the 12th we open our doors and the whole street comes '
     'alive," said its organiser, Priya Lal.', "12th"),
]  # fmt: skip

RIGHT_DAYS = [
    "The swing bridge reopens to traffic on Friday 3 April 2026. The reopening, on Friday, will draw a crowd.",
    "The swing bridge reopens to traffic on 3 April. The reopening, on Friday, will draw a crowd of 300.",
    "The pool closes on Saturday 4 July. A farewell swim is on Friday, and the closure will last six weeks.",
    "The library opens on Monday 14 September. The mayor visits on Tuesday.",
    "Market returns on Saturday\n\nThe Kelby night market will return on Saturday 12 September after a year away.",
    # the lede's day is of another time
    "Staff to strike on Tuesday\n\nNurses at Kelby hospital, who last walked out on Friday 13 March, will strike "
    "again, their union said.",
    "Bridge closes on Monday\n\nThe Tamar swing bridge, which reopened on Friday 3 April after repairs, will close "
    "for a week from Monday, the council said.",
    'The night market opens on Saturday 5 September. "On the 5th we open our doors," said its organiser.',
    'The night market opens on Saturday 5 September. "On the 3rd floor we sell books," said its organiser.',
]


@pytest.mark.parametrize(("document", "figure"), WRONG_DAYS)
def test_an_events_day_said_again_otherwise_is_flagged(document: str, figure: str) -> None:
    assert flags_at(document, figure), document


@pytest.mark.parametrize("document", RIGHT_DAYS)
def test_the_same_day_or_another_events_is_quiet(document: str) -> None:
    assert not flags(document), document
