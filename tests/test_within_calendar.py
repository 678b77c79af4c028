"""Within one document: a date whose weekday is not the one its year gives it ("Friday 17 April" when
the document puts that day in 2027, a Saturday), with the year after the date, on the same day
elsewhere, or the document's only year; and a stretch inside a period ("the last two years of the
study") that is no second length of the period. Rows that must stay silent: the right weekday, no
year to read a day in, two years the day could be in, and sub-periods beside the whole."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
WRONG_WEEKDAYS = [
    # the year right after the day
    ("The Pellmoor beer festival opens on Friday 9 July 2026 and runs for four days.", "Friday 9 July"),
    ("Voting in the parish poll closes on Tuesday, 3 November 2025, the clerk said.", "Tuesday, 3 November"),
    ("Registration for the Harrowgate half marathon ends on Thursday, March 18, 2026, at noon.",
     "Thursday, March 18"),
    ("Minutes of the meeting held on Tuesday 2 December 2024 were approved without changes.", "Tuesday 2 December"),
    # the same day given with its year elsewhere in the document
    ("The Orley footbridge reopens on 21 May 2027. Walkers can cross again from Thursday 21 May, the trust said.",
     "Thursday 21 May"),
    ("The audit was signed off on 30 September 2025. The board saw it on Wednesday 30 September.",
     "Wednesday 30 September"),
    # the document's only year, given with a full date
    ("The Kestle ferry will stop on 1 March 2026 for repairs. Its last sailing, on Thursday 27 February, will be "
     "free.", "Thursday 27 February"),
    # a year the extractor reads as a count after the day ("2027 ends two years of work")
    ("The market's return on 8 May 2027 ends two years of work. The first stalls go up on Sunday 8 May.",
     "Sunday 8 May"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), WRONG_WEEKDAYS)
def test_a_weekday_its_year_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


RIGHT_OR_UNKNOWN = [
    # the right weekday, however the date is written
    "The Pellmoor beer festival opens on Thursday 9 July 2026 and runs for four days.",
    "Registration for the Harrowgate half marathon ends on Wednesday, March 18, 2026, at noon.",
    "The Orley footbridge reopens on 21 May 2027. Walkers can cross again from Friday 21 May, the trust said.",
    "The Kestle ferry will stop on 1 March 2026 for repairs. Its last sailing, on Friday 27 February, will be "
    "free.",
    # no year to read the day in
    "The Orley footbridge reopens on Thursday 21 May, the trust said, and walkers are glad.",
    "The board meets on Tuesday 14 March to approve the accounts.",
    # the same day in two years: the words must say which
    "The pool closed on 4 June 2025 and reopens on 4 June 2026. A party is planned for Friday 4 June.",
    # two years in the document, and a bare day: no year is the document's
    "The library opened in 1998. Its new wing opens on 14 March 2026, and the old one shuts on Tuesday 9 March "
    "for the last time before 2027.",
    # a day the month does not have is no weekday check
    "The rota starts on 2 January 2026. The last shift is on Monday 31 February, the union said.",
]  # fmt: skip


@pytest.mark.parametrize("text", RIGHT_OR_UNKNOWN)
def test_a_right_or_unplaced_weekday_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


SUB_PERIODS = [
    # a stretch inside a period is no second length of it
    "The study will run for three years. The last two years of the study will follow the children into "
    "secondary school.",
    "The Harl trial lasts 18 months. In the first six months of the trial, volunteers take no tablets.",
    "The grant runs for five years. For the final 12 months of the grant, the charity must match it pound for "
    "pound.",
    "The bridge will be closed for ten weeks. During the opening three weeks of the closure, buses will use "
    "the ford.",
    "The apprenticeship takes four years; the remaining two years of the apprenticeship are spent on site.",
]  # fmt: skip


@pytest.mark.parametrize("text", SUB_PERIODS)
def test_a_stretch_inside_a_period_is_not_its_length(text: str) -> None:
    assert not flags(text, "doc.txt")


WHOLE_PERIODS = [
    # the whole period given twice still disagrees
    ("The study will run for three years. The two years of the study will follow the children into secondary "
     "school.", "two years"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), WHOLE_PERIODS)
def test_the_whole_period_given_twice_is_still_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")
