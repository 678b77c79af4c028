"""Two figures of one source sentence that a draft gives the other way round are each reported
as figure-mismatch against the source figure in their part; faithful restatements are not."""

from __future__ import annotations

import pytest
from against_source import flagged as _flagged


@pytest.mark.parametrize(
    ("draft", "source", "figures"),
    [
        ("The chain opened 14 branches and shut 6.", "This year we opened 6 branches and shut 14.", {"14", "6"}),
        (
            "Operating margin slipped to 8.2% from 9.7%.",
            "Operating margin widened to 9.7% from 8.2%.",
            {"8.2%", "9.7%"},
        ),
        ("Absence fell to 7% from 4.5%.", "Staff absence over the year: 4.5%, down from 7%.", {"7%", "4.5%"}),
        (
            "The upgrade cuts loading time from 3 seconds to 11 seconds.",
            "The upgrade cuts loading time from 11 seconds to 3 seconds.",
            {"3 seconds", "11 seconds"},
        ),
        ("The club has 40 members and 25 guests.", "There are 25 members and 40 guests at the club.", {"40", "25"}),
        (
            "The fare rises from £6.50 to £5.20 in May.",
            "From May the fare will be £6.50, up from £5.20.",
            {"£6.50", "£5.20"},
        ),
    ],
)
def test_swapped_figures_are_each_reported(draft: str, source: str, figures: set[str]) -> None:
    found = _flagged(draft, source)
    assert {text for rule, text in found if rule == "figure-mismatch"} == figures, found
    # a swap that turns a fall into a rise ("fell to 7% from 4.5%") also contradicts its own verb
    assert {rule for rule, _ in found} <= {"figure-mismatch", "change-arithmetic"}, found


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The chain opened 6 branches and shut 14.", "This year we opened 6 branches and shut 14."),
        ("Operating margin widened to 9.7% from 8.2%.", "Operating margin rose from 8.2% to 9.7%."),
        ("Absence fell to 4.5% from 7%.", "Staff absence over the year: 4.5%, down from 7%."),
        ("The upgrade cuts loading time from 11 seconds to 3.", "Loading time drops to 3 seconds from 11."),
        ("From May the fare will be £6.50, up from £5.20.", "The fare rises from £5.20 to £6.50 in May."),
        ("The club has 40 members and 25 guests.", "This season the club has 40 members and 25 guests."),
        # the two values in separate source sentences: each is stated in its own part
        ("The club has 40 members and 25 guests.", "The club has 40 members. It welcomed 25 guests."),
        # an age beside a count says nothing of what it is: not a part to swap out of
        (
            "Ana Ruiz, 31, led the 56 riders home in 4 hours.",
            "Ruiz, who is 31, led the 56 cyclists home in 4 hours 10 minutes.",
        ),
        # nothing tells the two figures' parts apart: no swap is claimed
        ("Scores of 25 and 40 were posted.", "Scores of 40 and 25 were posted."),
    ],
)
def test_figures_in_their_own_parts_pass(draft: str, source: str) -> None:
    assert not [f for f in _flagged(draft, source) if f[0] == "figure-mismatch"]
