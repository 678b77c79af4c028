"""A percentage that points back at a part and its whole said just before it ("That share (40%",
"Their share, 40%", "That is 65%", "Their 40 per cent share"): the part over the whole must give it
(share-arithmetic, numcheck.kinds `_referred_shares_disagree`). Read only where the sentence before,
or its own words before the share, give exactly two counts."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the share a finding cites); each was missed before
SHARES_THE_COUNTS_DO_NOT_GIVE = [
    ("Some 960 of this year's 3,200 graduates are the first in their family to go to university. That share "
     "(40%, up from 27% in 2015) is among the highest in the country.", "40%"),
    ("Among the 3,200 graduates are 960 first-generation students. Their share, 40%, has risen every year.", "40%"),
    ("The graduation of 960 first-generation students, out of 3,200 graduating this week, is a record. Their "
     "40 per cent share compares with 27 per cent a decade ago.", "40 per cent"),
    ("Of the 1,200 nurses balloted, 780 voted to strike. That is 75%, the union said.", "75%"),
    ("The town has 12,000 homes, 3,000 of them social housing. That proportion, 35%, is above average.", "35%"),
    ("Only 45 of the 300 bridges were inspected last year. That's just 25%, the report found.", "25%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "share"), SHARES_THE_COUNTS_DO_NOT_GIVE)
def test_a_share_that_points_back_at_counts_that_do_not_give_it_is_flagged(text: str, share: str) -> None:
    assert flags_at(text, share), flags(text)


SHARES_THAT_HOLD_OR_POINT_ELSEWHERE = [
    "Of the 1,200 nurses balloted, 780 voted to strike. That is 65%, the union said.",
    "Some 960 of the 3,200 graduates are the first in their family to go to university. That share (30%) is high.",
    "The town has 12,000 homes, 3,000 of them social housing. That proportion, 25%, is above average.",
    # a change, or more than two counts before it
    "Crews filled 2,650 potholes and 1,470 drains. That is 40% more than last year.",
    "The club has 400 members, 120 juniors and 90 volunteers. That share (25%) is the highest in the league.",
    # one count before it: nothing to work the share from
    "The college enrolled 960 adult learners. That is 40% of its intake, it said.",
    "Around 40 of the 120 staff took the offer. That is roughly a third, and 30% of the managers.",
]  # fmt: skip


@pytest.mark.parametrize("text", SHARES_THAT_HOLD_OR_POINT_ELSEWHERE)
def test_a_share_that_holds_or_points_elsewhere_is_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
