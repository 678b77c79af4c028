"""Within one document: a weekday read in the document's one year when that year is given with a
month ("in September 2026", "Updated March 2027"), as with a full date. A year said alone may be
any event's ("built in 1885", "reopens in 2026"), so a weekday is never read in it."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the date a finding must point at)
WRONG = [
    ("Updated March 2026. The council meets on Wednesday 10 March to set the budget.", "Wednesday 10 March"),
    ("The Brenmoor lido reopens in May 2027 after repairs. Swimmers get a free session on Friday 13 May.",
     "Friday 13 May"),
    ("Term starts in September 2026. Freshers arrive on Monday 14 September and lectures begin on Wednesday 22 "
     "September.", "Wednesday 22 September"),
    ("Newsletter, October 2025\n\nThe quiz night is on Saturday 17 October at the village hall.",
     "Saturday 17 October"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), WRONG)
def test_a_weekday_the_year_given_with_a_month_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


RIGHT_OR_UNKNOWN = [
    # the right weekdays in the year given with a month
    "Updated March 2026. The council meets on Tuesday 10 March to set the budget.",
    "The Brenmoor lido reopens in May 2027 after repairs. Swimmers get a free session on Thursday 13 May.",
    "Term starts in September 2026. Freshers arrive on Monday 14 September and lectures begin on Tuesday 22 September.",
    # a year said alone is any event's: no weekday is read in it
    "The mill, built in 1885, reopens to visitors on Tuesday 14 March.",
    "The Kelby bridge reopens in 2026. Walkers can cross again from Monday 14 September.",
    # two years named, with a month each: which year a bare day is in, the words must say
    "The pool shut in June 2025 and reopens in June 2026. A party is held on Friday 5 June.",
    # a span of months or years may carry the day past the one year named
    "Work on the stand, which began in June 2024, took 14 months, and the first fans take their seats on Saturday"
    " 9 August.",
    "The new bypass opened in May 2024, two years after work began. Its anniversary fun run is on Saturday 16 May.",
    # a year of what comes next is not the year the document's own days are in
    "Annual general meeting, Saturday 22 November, clubhouse. 64 members attended. The next AGM will be held in "
    "November 2026.",
    "Trustees met on Thursday 12 June. The next meeting is in June 2027.",
]


@pytest.mark.parametrize("text", RIGHT_OR_UNKNOWN)
def test_a_weekday_with_no_year_to_read_it_in_or_the_right_one_is_not_flagged(text: str) -> None:
    assert flags(text, "doc.txt") == []
