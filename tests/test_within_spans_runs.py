"""Within one document: a spell dated at both ends whose length the document gives otherwise, where the
spell is a run that opens and closes (a festival, a ship's stay), a closure that ends when a road is
"open again", a note that labels its length, or a length set beside the spell's noun. Rows that must
stay silent: the length the dates give, counting both ends of a run of days; two openings; an
aside that counts from another event and agrees."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
WRONG_LENGTHS = [
    # a run that opens and ends: "the opening night", "the closing concert", "opens on"
    ("Harwick's book fair has its opening night on Friday 5 June. The fair's eight days end on Sunday 21 June "
     "with a poetry slam.", "eight days"),
    ("The Larkfield arts week runs for five days from Monday 7 September.\n\n| Event | Date |\n|---|---|\n"
     "| Opening concert | Monday 7 September |\n| Closing concert | Saturday 19 September |", "five days"),
    ("The Corrie jazz festival opens on Thursday 2 July and runs for six days (2 to 12 July), with 40 bands.",
     "six days"),
    # a stay, its end counted from its start in an aside
    ("The research vessel Skerry docks at Oban on Monday 3 August. Her departure, six nights after she "
     "docks, is set for Wednesday 5 August.", "six"),
    # a closure that ends when the road is "open again"
    ("The ford closure, a 20-day shutdown starting on Tuesday 1 September, lets engineers reline the culvert. "
     "The council said the lane would be open to cars again on Thursday 10 September.", "20-day"),
    # a note that labels the length of the closure
    ("Penlow lido:\n- closes: Monday 1 June\n- reopens: Monday 10 August\n- length of closure: 6 weeks",
     "6 weeks"),
    ("Corn Street bridge works:\n- start: 6 April\n- finish: 15 June\n- works duration: 4 weeks", "4 weeks"),
    # a length set beside the spell's noun
    ("The museum shuts on 2 February and reopens on 27 April. The refit, three weeks in all, is its first "
     "since 1994.", "three weeks"),
    # the length off by one of its own units, beyond any rounding
    ("The Whinmoor ice pad's nine-week closure starts on Monday 1 June. The curling club will use Ayr until the "
     "pad's reopening on Monday 24 August.", "nine-week"),
    # a date that opens its sentence, the event after it up to the comma
    ("3 May 2028 is when Kelby baths reopen, after closing in May 2026. 30 months after they shut, swimmers "
     "will have a new pool hall.", "30 months"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), WRONG_LENGTHS)
def test_a_runs_or_closures_length_its_dates_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


FITTING_OR_APART = [
    # a run of days counted with both its ends
    "Harwick's book fair has its opening night on Friday 5 June. The fair's ten days end on Sunday 14 June "
    "with a poetry slam.",
    "The Corrie jazz festival opens on Thursday 2 July and runs for 11 days (2 to 12 July), with 40 bands.",
    "The Larkfield arts week runs for 13 days from Monday 7 September.\n\n| Event | Date |\n|---|---|\n"
    "| Opening concert | Monday 7 September |\n| Closing concert | Saturday 19 September |",
    # the nights an aside counts agree with the dates
    "The research vessel Skerry docks at Oban on Monday 3 August. Her sailing, two nights after her arrival, "
    "is set for Wednesday 5 August.",
    # the lengths the dates give
    "The ford closure, a nine-day shutdown starting on Tuesday 1 September, lets engineers reline the culvert. "
    "The council said the lane would be open to cars again on Thursday 10 September.",
    "Penlow lido:\n- closes: Monday 1 June\n- reopens: Monday 10 August\n- length of closure: 10 weeks",
    "The museum shuts on 2 February and reopens on 27 April. The refit, 12 weeks in all, is its first since "
    "1994.",
    "The Whinmoor ice pad's 12-week closure starts on Monday 1 June. The curling club will use Ayr until the "
    "pad's reopening on Monday 24 August.",
    "3 May 2028 is when Kelby baths reopen, after closing in May 2026. Two years after they shut, swimmers "
    "will have a new pool hall.",
    # two openings: which one a length runs from, the words must say
    "The Corrie jazz festival opens on Thursday 2 July, and its fringe stage opens on Monday 6 July. The "
    "festival's eight days end on Saturday 11 July.",
    # a closure, then an opening: the opening is the closure's end, not a second start
    "Ferry Lane car park closes on 4 May and opens on 13 July after resurfacing, a ten-week job.",
    # a part of the run, and a length of something else
    "The fair opens on Friday 5 June and ends on Sunday 21 June. Its first three days are for schools.",
    "The festival opens on 2 July and closes on 12 July. Tickets went on sale six weeks ago.",
]  # fmt: skip


@pytest.mark.parametrize("text", FITTING_OR_APART)
def test_a_fitting_or_other_length_of_a_run_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
