"""Within one document: a headline's day of a planned event against the lede's one day, when the
lede tells the same plan in other words ("to open on 21 September" over "passengers will be able to
ride the extension from Sunday 12 September"), a spell's first day said with "from" included. Rows
that must stay silent: the same day; the lede's day of what has already happened; a day that bounds
a spell ("until", "since"); a day of the event that undoes the headline's ("to reopen" over "will
close"); a lede with two days; a range "from ... to"."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
HEADLINE_DAY_AGAINST_THE_LEDES = [
    ("Riverside footbridge to open on 14 May\n\nWalkers will be able to cross the new Riverside footbridge from "
     "Saturday 24 May, the city council said.", "14 May"),
    ("Harvest fair set for Saturday\n\nThe harvest fair will fill the market square from 10am on Sunday 6 October, "
     "its organisers said.", "Saturday"),
    ("A38 to close from Tuesday for resurfacing\n\nThe A38 will close between the two roundabouts from 8pm on "
     "Wednesday 3 June while the surface is relaid, the highways agency said.", "Tuesday"),
    ("Village shop to close its doors on 30 April\n\nThe Post Lane shop will serve its last customers on 30 May, "
     "ending 62 years of trading.", "30 April"),
    ("Restored carousel to turn again on Sunday\n\nThe 1912 carousel will take its first riders since 1998 on "
     "Saturday 11 July, its owners said.", "Sunday"),
    ("New health centre to open on 2 February\n\nPatients will be seen at the £6 million Moor Lane health centre "
     "from 12 February, the practice said.", "2 February"),
    ("Book festival begins on 9 October\n\nThe town's book festival will welcome its first audiences on "
     "19 October, with 40 authors over five days.", "9 October"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), HEADLINE_DAY_AGAINST_THE_LEDES)
def test_a_headline_day_the_lede_plans_otherwise_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


HEADLINE_DAY_AGREES_OR_IS_ANOTHER_EVENTS = [
    # the same day, in other words
    "Riverside footbridge to open on 24 May\n\nWalkers will be able to cross the new Riverside footbridge from "
    "Saturday 24 May, the city council said.",
    "Harvest fair set for Sunday\n\nThe harvest fair will fill the market square from 10am on Sunday 6 October.",
    # the lede's day is of what has already happened
    "Flooded cinema to reopen on 9 May\n\nThe Regal, which was flooded on 6 January, is being refitted.",
    "Station to reopen on 3 June\n\nThe station closed on 14 February after a fire in the ticket hall.",
    # a day that bounds a spell
    "Winter ferry to start on 2 November\n\nThe winter service will run only until 28 March, the operator said.",
    "Pool to reopen on 4 September\n\nThe pool will have been shut since 12 June for the new roof.",
    # the day of the event that undoes the headline's
    "Library to reopen on 19 October\n\nThe library will close on 3 March for the work to begin.",
    # two days in the lede: which one is the headline's is unsaid
    "Market hall to open on 5 April\n\nTraders will move in on 28 March and the public will be let in on "
    "15 April.",
    # a range of days
    "Bridge to reopen on 31 March\n\nThe bridge will be shut from 12 March to 30 March for repairs.",
    # a headline of what was
    "Show was set for Sunday\n\nThe show will now take place on Saturday 12 June instead.",
]  # fmt: skip


@pytest.mark.parametrize("text", HEADLINE_DAY_AGREES_OR_IS_ANOTHER_EVENTS)
def test_a_headline_day_that_agrees_or_is_another_events_is_not_flagged(text: str) -> None:
    assert not flags(text)
