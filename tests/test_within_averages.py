"""An amount said to be each one's on average, beside one total of its kind and one count of another
thing, must be the total over the count (numcheck.sums `averages`, kind parts-total): "The 240
runners raised £18,000, an average of £95 each" is £75 each. An amount each of another thing (an
entry fee, a ticket price), an average within its rounding, and sentences with two counts are left
alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the amount each the finding cites); every one was missed before
AVERAGES_THE_TOTAL_DOES_NOT_GIVE = [
    ("The 240 runners raised £18,000 for the hospice, an average of £95 each.", "£95"),
    ("The appeal raised £36,000 from 1,200 donors. The average gift was £40, the charity said.", "£40"),
    ("The 146 volunteers collected 2,860 items (about 30 items each) in three hours on Sunday.", "about 30"),
    ("Price: £2.75m. Public appeal: £450,000 from 3,100 donors. Average gift: about £45.", "about £45"),
    ("The 40 stalls sold 1,200 pies, 20 each, and 600 cakes.", "20"),
    ("Our 85 members walked 1,700 miles for charity, averaging 30 miles.", "30 miles"),
    ("The 16 schools received £480,000, or £40,000 a head, from the fund.", "£40,000"),
    # a count said as "an average of N" names no thing of its own: it is the total's, each one's share
    ("The club drew 235,600 fans to its 19 home games this season, an average of 14,400.", "14,400"),
    ("Its 14 branches lent 96,000 books last year, an average of 8,900.", "8,900"),
    ("The 12 clubs have 4,800 members between them, an average of 500 each.", "500"),
    # nor does "the average gate" or "the average crowd": a noun for each one's share, the sentence after
    ("Wexford United drew 445,550 fans to 19 home games this season. The average gate was 25,450.", "25,450"),
    ("The 240 runners raised £18,000 for the hospice. The average sponsorship was £95.", "£95"),
    ("The museum welcomed 84,000 visitors over its 12 open weekends. The average weekend crowd was 9,000.",
     "9,000"),
    # an exact average a few per cent out: digits swapped, a near number
    ("Harrowgate drew 445,550 spectators to their 19 home league games, an average of 24,350.", "24,350"),
    ("The 320 walkers raised £24,160, an average of £78 each.", "£78"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), AVERAGES_THE_TOTAL_DOES_NOT_GIVE)
def test_an_average_the_total_over_the_count_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text + "\n", figure), flags(text + "\n")


AVERAGES_THAT_HOLD_OR_ARE_OF_ANOTHER_THING = [
    "The 240 runners raised £18,000 for the hospice, an average of £75 each.",
    "The 240 runners raised £18,000 for the hospice, about £75 each.",
    "The appeal raised £36,000 from 1,200 donors. The average gift was £30, the charity said.",
    "The 146 volunteers collected 2,860 items (about 20 items each) in three hours.",
    "Price: £2.75m. Public appeal: £450,000 from 3,100 donors. Average gift: about £145.",
    # an amount each of another thing, or not beside the total
    "The 240 runners raised £18,000; entry cost £25 each.",
    "The 240 runners raised £18,000. The average entry fee was £25.",
    "The 240 runners raised £18,000, and the 12 stewards were paid £50 each.",
    "The appeal raised £36,000 from 1,200 donors. The most common gift was £20.",
    # two counts: which one the total is shared over is unsaid
    "The 240 runners and 60 walkers raised £18,000, an average of £60 each.",
    "The club's 12 teams played 96 matches, eight each.",
    "The club drew 235,600 fans to its 19 home games this season, an average of 12,400.",
    "The club drew 235,600 fans to its 19 home games this season, an average of about 12,000.",
    "Its 14 branches lent 96,000 books last year, an average of 6,900.",
    # an average of another thing than the total counts
    "The 38 boats landed 5,320 tonnes of fish, an average of 140 tonnes.",
    "The hospital's 18,306 patients made an average of 12 visits each.",
    "The 240 staff earned £7.2m, an average salary of £30,000.",
    "Wexford United drew 445,550 fans to 19 home games this season. The average gate was 23,450.",
    "The museum welcomed 84,000 visitors over its 12 open weekends. The average weekend crowd was 7,000.",
    # within the rounding of the total or of the average
    "Harrowgate drew 445,550 spectators to their 19 home league games, an average of 23,450.",
    "The 320 walkers raised £24,000, an average of £76 each.",
    "The appeal raised £1.2 million from 950 donors, an average of £1,300.",
    "The 240 runners raised £18,000 for the hospice, roughly £80 each.",
]


@pytest.mark.parametrize("text", AVERAGES_THAT_HOLD_OR_ARE_OF_ANOTHER_THING)
def test_an_average_that_holds_or_is_of_another_thing_is_not_flagged(text: str) -> None:
    assert not flags(text + "\n"), flags(text + "\n")
