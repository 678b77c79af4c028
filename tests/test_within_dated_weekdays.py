"""Within one document that prints no year, or one: a dated weekday after another that the calendar
puts on another day ("Thursday 3 December", then "Saturday 7 December": a Saturday is the 5th), and
"the following Monday" on a day that is no Monday after the dated one. In any year, so no year need be
printed; never across the end of February without one, and never in a document of two years."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the date a finding must point at)
APART = [
    ("The Kelsey ferry stops on Thursday 3 December for a safety check. It resumes on Saturday 7 December.",
     "Saturday 7 December"),
    ("The Kelsey ferry stops on Thursday 3 December and resumes the following Monday, 8 December.",
     "8 December"),
    ("Ballots are counted on Wednesday 14 October; the result is declared the next Friday, on 17 October.",
     "17 October"),
    ("The pop-up clinic opens on Monday, June 8. Its last session is on Friday, June 19, and a review "
     "follows on Tuesday, June 24.", "Tuesday, June 24"),
    ("Term ends on Friday 18 December. Pupils return on Monday 5 January, after the break.", "Monday 5 January"),
    ("The Orley 10k is on Sunday 12 April 2026. Number collection is on Friday 11 April.", "Friday 11 April"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), APART)
def test_a_weekday_the_dated_one_before_it_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


AGREE_OR_UNKNOWN = [
    "The Kelsey ferry stops on Thursday 3 December for a safety check. It resumes on Saturday 5 December.",
    "The Kelsey ferry stops on Thursday 3 December and resumes the following Monday, 7 December.",
    "Ballots are counted on Wednesday 14 October; the result is declared the next Friday, on 16 October.",
    "Term ends on Friday 18 December. Pupils return on Monday 4 January, after the break.",
    # no weekday named with the later day
    "The Kelsey ferry stops on Thursday 3 December and resumes on 9 December after repairs.",
    # across the end of February with no year: the days between depend on a leap year
    "Talks began on Monday 28 February and ended on Friday 4 March.",
    # more than six weeks apart: the document may mean two years it does not print
    "The first open day was on Saturday 7 March. The second is on Saturday 23 May.",
    # two years printed: which year each day is in, the words must say
    "The pool shut on Thursday 5 June 2025 and reopened in 2026, with a party on Sunday 7 June.",
]


@pytest.mark.parametrize("text", AGREE_OR_UNKNOWN)
def test_weekdays_that_agree_or_cannot_be_counted_are_not_flagged(text: str) -> None:
    assert flags(text, "doc.txt") == []
