"""A fact box gives a share by its label ("Pass rate: 68%") beside the counts it is worked from
("Sat: 400", "Passed: 248"): the share's label names its part's label, any larger count of the box
may be its whole, and it is reported only when none gives it (numcheck.listed `listed_shares`,
kind share-arithmetic). A share whose label names no count line, or one that a count gives, is
left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the share); every one was missed before
SHARES_NO_COUNT_GIVES = [
    ("Entrants: 1,248. Finishers: 1,096. Finish rate: 92%.", "92%"),
    ("Ballot results:\n- votes cast: 2,480\n- yes votes: 1,612\n- yes share: 58%\n", "58%"),
    ("Applications: 300\nOffers: 84\nOffer rate: 34%\n", "34%"),
    ("Services run: 9,600. Cancelled: 480. Cancellation rate: 2%.", "2%"),
]


@pytest.mark.parametrize(("text", "figure"), SHARES_NO_COUNT_GIVES)
def test_a_labelled_share_no_count_of_its_box_gives_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


GIVEN_OR_OF_NOTHING_LISTED = [
    "Entrants: 1,248. Finishers: 1,096. Finish rate: 88%.",
    "Applications: 300\nOffers: 84\nOffer rate: 28%\n",
    # the whole may be any larger count of the box
    "Ballot:\n- members: 1,200\n- voters: 800\n- voted yes: 500\n- yes share: 62.5%\n",
    # a share whose label names no count line
    "Pupils: 600. Staff: 45. Pass rate: 81%.",
    "Visitors: 41,000. Repeat visitors: 12,300. Growth rate: 6%.",
    # lines of two boxes apart
    "Applications: 300\nOffers: 84\n\nLast year\n\nOffer rate: 34%\n",
]


@pytest.mark.parametrize("text", GIVEN_OR_OF_NOTHING_LISTED)
def test_a_share_a_count_gives_or_that_names_no_count_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt"), flags(text, "doc.txt")
