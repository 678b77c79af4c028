"""A share set beside the counts that give it, within one sentence or one fact box:
- a fact box's share that names no part ("Coverage: 64.2%", "Rate: 34%") beside exactly two counts
  is the smaller count of the larger (numcheck.listed, kind share-arithmetic);
- a count said "of them", of the nearest larger count of its thing before it, with a percentage set
  beside it ("80 of them, or 27%") (kind share-arithmetic);
- a rate named by the thing it counts ("Its offer rate, 65%") against the count of that thing and the
  one larger count of its sentence ("2,400 applications and made 1,320 offers").
A share whose label names another thing ("Vacancy rate"), a box of three counts, and shares that hold
within their hedge and rounding are left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the share the finding cites); every one was missed before
FLAGGED = [
    ("Full fibre in Hallamshire\n- premises: 185,000\n- with full fibre: 115,440\n- coverage: 64.2%", "64.2%"),
    ("Applications: 300\nOffers: 84\nRate: 34%", "34%"),
    ("Eligible adults: 2,400. Jabbed: 1,560. Uptake: 56%.", "56%"),
    ("Of the 300 members, 120 voted; 80 of them, or 27%, backed it.", "27%"),
    ("The trust has 640 beds, and 512 of them (70%) were full on Monday.", "70%"),
    # a rate named by the thing it counts, against that count and the larger count beside it
    ("The college received 2,400 applications and made 1,320 offers. Its offer rate, 65%, was the highest in the "
     "region.", "65%"),
    ("The clinic saw 900 patients and made 120 referrals last year. Its referral rate of 30% worries doctors.",
     "30%"),
    # the rate of what the sentence before counts of its whole: 120 of 800 is 15%
    ("Of 800 drivers tested, 120 failed. The failure rate of 25% alarmed police.", "25%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), FLAGGED)
def test_a_share_its_counts_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text + "\n", figure), flags(text + "\n")


NOT_FLAGGED = [
    "Full fibre in Hallamshire\n- premises: 185,000\n- with full fibre: 115,440\n- coverage: 62.4%",
    "Applications: 300\nOffers: 84\nRate: 28%",
    "Population: 12,000. Households: 5,100. Vacancy rate: 3%.",
    "Sat: 400\nPassed: 248\nResat: 52\nRate: 7%",
    "Of the 300 members, 120 voted; 80 of them, or 67%, backed it.",
    "The trust has 640 beds, and 512 of them (80%) were full on Monday.",
    "Hallamshire, a county of 185,000 premises, now has full fibre at 115,440 of them, about 62%, Ofcom says.",
    "The college received 2,400 applications and made 1,320 offers. Its offer rate, 55%, was the highest.",
    "The firm sent 5,000 letters and got 400 replies. The reply rate was 8%.",
    "The firm sent 5,000 letters and got 400 replies. The reply rate nationally was 12%.",
    "The clinic saw 900 patients, 300 children and made 120 referrals. Its referral rate of 30% worries doctors.",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_a_share_its_counts_give_or_of_another_thing_is_not_flagged(text: str) -> None:
    assert not flags(text + "\n"), flags(text + "\n")
