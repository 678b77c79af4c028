"""Within one document: a mission, a voyage or a season of trips dated at both ends ("launched on 4 March",
"landed on 6 September"; "First public sailing: 13 June", "Last sailing: 27 September"), whose length the
document gives as something the calendar does not; a count of days no one rounds held to the day; a fact
box's "Days in space: 196"; a headline's length with two digits swapped against the lede's. Rows that must
stay silent: the length the dates give; a round length the dates give roughly; a part of the mission; a
launch with no landing."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
WRONG_LENGTHS = [
    ("Harlow, who launched on Wednesday 4 March for a stay of 186 days, landed on 9 September in a capsule "
     "that was recovered within the hour.", "186 days"),
    ("Launched: 4 March. Landed: 6 September. Time aboard: 168 days. Spacewalks: three.", "168 days"),
    ("Harlow spent 186 days in space.\n\nMission in numbers\n- Launch: Wednesday 4 March 2026\n"
     "- Landing: Sunday 6 September 2026\n- Days in space: 196\n- Experiments: 140", "196"),
    ("The probe lifted off on 2 January 2027 and splashed down on 30 March 2027 after a 42-day mission.",
     "42-day"),
    ("The steamer returns to service for a 12-week season.\n\nKey dates, 2026\n- Sea trials: Tuesday 26 May\n"
     "- First public sailing: Saturday 13 June\n- Last sailing: Sunday 27 September", "12-week"),
    ("The pilot scheme started on 10 January and ran for 30 days, ending on 20 February.", "30 days"),
    ("The exhibition opens on 3 March and runs for eight weeks, closing on 10 May.", "eight weeks"),
    # a voyage's fact box: departed, returned, days at sea
    ("The crew spent 142 days at sea.\n\nVoyage in numbers\n- Departed: 1 May\n- Returned: 20 September\n"
     "- Days at sea: 124\n", "124"),
    # a table's rows: a start, an end and a length
    ("The roadworks start on 6 April 2026.\n\n| Stage | Date |\n|---|---|\n| Works start | 6 April 2026 |\n"
     "| Road reopens | 29 May 2026 |\n| Length | 12 weeks |\n", "12 weeks"),
    # the time a stay took, said with "spent", or as the spell's own
    ("Harlow launched on 4 March and landed on 6 September after 186 days in space. She spent more than seven "
     "months aboard the station, running 140 experiments.", "seven months"),
    ("The crew arrived at the research station on 2 November 2026 and left on 14 February 2027. The "
     "stay's 18 weeks on the ice were the coldest on record.", "18 weeks"),
    # a long spell is rounded to its unit, never by a year or two
    ("The 20-year franchise starts in 2027 and runs until 2049.", "20-year"),
    ("The franchise starts in 2027 and runs for 20 years, until 2049.", "20 years"),
    # a return to service ends a restoration
    ("The steamer's return to service on Saturday 13 June 2026 ends a long wait. Her restoration, begun in "
     "June 2019, has taken five years and cost £3.2 million.", "five years"),
    ("Astronaut Ines Harlow home after 168 days in orbit\n\nInes Harlow landed in the Kazakh steppe on Sunday "
     "after 186 days aboard the space station, the longest mission by a British astronaut.", "168 days"),
]  # fmt: skip

RIGHT_LENGTHS = [
    "Harlow, who launched on Wednesday 4 March for a stay of 186 days, landed on 6 September.",
    "Launched: 4 March. Landed: 6 September. Time aboard: 186 days.",
    "The probe lifted off on 2 January 2027 and splashed down on 30 March 2027 after an 87-day mission.",
    # a round length the dates give roughly
    "The probe lifted off on 2 January 2027 and splashed down on 30 March 2027 after a 90-day mission.",
    "The steamer returns to service for a 15-week season.\n\nKey dates, 2026\n- First public sailing: Saturday "
    "13 June\n- Last sailing: Sunday 27 September",
    "The 20-year franchise starts in 2027 and ends in 2047.",
    "The 20-year franchise runs from 2027 to 2046.",
    "The steamer's return to service on Saturday 13 June 2026 ends a long wait. Her restoration, begun in "
    "June 2019, has taken seven years and cost £3.2 million.",
    # a part of the mission, another length
    "Harlow launched on 4 March and landed on 6 September. Her first 12 days were spent in quarantine.",
    "Harlow launched on 4 March and landed on 6 September. Doctors will monitor her for 45 days.",
    "Harlow launched on 4 March and landed on 6 September. She spent nearly six months aboard the station.",
    "Harlow launched on 4 March and landed on 6 September. She spent two weeks in quarantine first.",
    # a launch with no landing
    "The app launched on 4 March 2026 with a 30-day free trial.",
    "The roadworks start on 6 April 2026.\n\n| Stage | Date |\n|---|---|\n| Works start | 6 April 2026 |\n"
    "| Road reopens | 29 June 2026 |\n| Length | 12 weeks |\n",
    "The crew spent 142 days at sea.\n\nVoyage in numbers\n- Departed: 1 May\n- Returned: 20 September\n"
    "- Days at sea: 142\n",
    "Stay\n- Arrived: 1 May\n- Departed: 8 May\n- Nights: 7\n",
    # a run told open and shut in one sentence; a closure of its own told apart
    "The exhibition opens on 3 March and runs for ten weeks, closing on 10 May.",
    "The pool opens on 3 March. It closes on 10 May for six weeks of repairs.",
    "The pool opens on 3 March and closes on 10 May for six weeks of repairs.",
    # a headline's length the lede does not give with its digits swapped
    "Astronaut home after six months in orbit\n\nInes Harlow landed on Sunday after 186 days aboard the space station.",
]


@pytest.mark.parametrize(("document", "figure"), WRONG_LENGTHS)
def test_a_length_its_launch_and_landing_do_not_give_is_flagged(document: str, figure: str) -> None:
    assert flags_at(document, figure), document


@pytest.mark.parametrize("document", RIGHT_LENGTHS)
def test_a_length_they_give_or_another_length_is_quiet(document: str) -> None:
    assert not flags(document), document
