"""A margin said of two figures ("beat its target by £6,400", "a majority of 2,274", "£310 more than
the £1,900 the year before") is their difference (numcheck.sums `margins`, kind change-arithmetic).
Only where the paragraph up to the margin and its own sentence give exactly two other figures of
its quantity: a margin over a figure the text does not give, or among more figures, is left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the margin); every one was missed before
MARGINS_THAT_DO_NOT_HOLD = [
    ("Raised so far: £12,600. Target: £10,500. The roof appeal has beaten its target by £3,100.", "£3,100"),
    ("On the bus lanes, 31 councillors voted for and 17 against, a majority of 16.", "16"),
    ("The Greens polled 8,412 votes and Labour 7,950. The Greens won by 562 votes.", "562"),
    ("The Greens won 4,210 votes and the Independents 3,980. The Greens' majority of 330 was the smallest in the "
     "county.", "330"),
    ("The food bank handed out 2,310 parcels in March, 410 more than the 1,800 it gave in February.", "410"),
    ("The club ran a surplus of £650 on income of £4,860 and spending of £4,310.", "£650"),
    ("The club took in £4,860 and spent £4,310, a surplus of £650.", "£650"),
    # "above", "below", "short of" the other figure
    ("The run at 352 km/h came 72 km/h above the 300 km/h at which the trains will carry passengers.", "72 km/h"),
    ("Turnout was 2,140 votes, 480 below the 2,520 cast in 2022.", "480"),
    ("The appeal raised £8,150 by June, £1,150 short of the £9,600 it needs.", "£1,150"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), MARGINS_THAT_DO_NOT_HOLD)
def test_a_margin_that_is_not_the_difference_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


MARGINS_THAT_HOLD_OR_CANNOT_BE_CHECKED = [
    "The run at 352 km/h came 52 km/h above the 300 km/h at which the trains will carry passengers.",
    "Turnout was 2,140 votes, 380 below the 2,520 cast in 2022.",
    "The tower stands 40 metres above the 120-metre ridge, 160 metres above the sea.",
    "Raised so far: £12,600. Target: £10,500. The roof appeal has beaten its target by £2,100.",
    "On the bus lanes, 31 councillors voted for and 17 against, a majority of 14.",
    "The food bank handed out 2,310 parcels in March, 510 more than the 1,800 it gave in February.",
    # the figure it is set against is not given
    "The food bank handed out 2,310 parcels in March, 410 more than last year.",
    "The club now has 340 members, 40 more than a year ago, and 12 coaches.",
    # more than two figures of the quantity: which two the margin is of is unsaid
    "Leeds scored 31, York 17 and Hull 12. Leeds won the league by 9 points.",
    "The trust has 8,900 staff. It hired 310 nurses and 120 doctors, beating its target by 30.",
    # a bound is no margin, and a rise is checked against its own ends
    "The appeal raised £86,400 against a £80,000 target, more than £6,000 over it.",
    "Turnout rose from 41,000 to 46,000, up by 5,000.",
    # a figure in a clause of another subject after the margin is not one of its two
    "The club ran a surplus of £650 on income of £4,860, and its reserves stand at £3,900.",
    "The fete made a surplus of £1,200 on takings of £5,600, while the raffle raised another £900.",
]


@pytest.mark.parametrize("text", MARGINS_THAT_HOLD_OR_CANNOT_BE_CHECKED)
def test_a_margin_that_holds_or_cannot_be_checked_is_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
