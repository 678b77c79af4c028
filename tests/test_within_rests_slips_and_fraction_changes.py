"""Arithmetic over the figures of one document, in shapes read since the twelfth session:
- the rest of one share said sentences later in its paragraph ("Coverage stands at 83.5%. [...] The
  remaining 26.5% ..."), or said by "everyone else", or by a negation pointing back ("and 27.6%
  cannot", "the 18.8% without it"): the two make 100% (numcheck.sums, kind percent-total);
- a fact box of labelled lines that ends in "Everything else" (numcheck.sums, kind parts-total);
- a count near a share of a stated whole that is the count the share gives, or leaves, mistyped
  (numcheck.sums slipped_counts, kind share-arithmetic);
- a change sized by a fraction in words ("a drop of a third", "lost a third of our members"), or by
  "N fewer" in a table row, or "the loss of N", against the two ends the document gives
  (numcheck.stated_changes, kind change-arithmetic); and a change's earlier level read after "on"
  ("up 18% on 2023's £3.75m", numcheck.extraction.changes), and a fact box's two levels labelled by
  when ("2021: 640", "Now: 512") with a change said between them ("Down 20% since.").
Each table has must-not rows: another whole, a subgroup, a third answer, a figure within rounding."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, a figure the finding cites); every one was missed before
FLAGGED = [
    # the rest of the one share of its paragraph, sentences later
    ("Smart meters are now fitted in 83.5% of homes in the region, the network said. It installed 41,000 last "
     "year. Engineers work in pairs. The remaining 26.5% are mostly flats with shared meter cupboards.", "26.5%"),
    ("The reservoir was 71% full on Monday. Hosepipes are still allowed. The other 39% of the reservoir will take "
     "a wet winter to refill.", "39%"),
    # "everyone else", "everything else"
    ("Commuters by bike: 23%. Everyone else: 71%. Average trip: 6.2 miles.", "71%"),
    ("Leave voters: 48%. Everybody else: 57%.", "57%"),
    # a negation that points back at the share's state
    ("Mains gas reaches 71.2% of the island's homes. The 18.8% without it rely on oil or bottled gas.", "18.8%"),
    ("About 64% of the village's pupils can walk to school and 26% cannot, the survey found.", "26%"),
    ("Some 58% of the firms had a website in 2024, while 32% did not.", "32%"),
    # the rest as a share in words
    ("The survey found 58% of tenants are satisfied with repairs. The rest, under a third of those asked, want a "
     "new contractor.", "under a third"),
    ("Mains water reaches 71.5% of the valley's farms. The 240 farms that still lack it, fewer than one in five "
     "of them, use boreholes.", "fewer than one in five"),
    # a fact box whose last line is the rest of the first
    ("Trees planted: 4,500. Oak: 2,700. Everything else: 2,100.", "2,100"),
    ("Budget: £12m. Roads: £7.5m. Everything else: £5.5m.", "£5.5m"),
    # a count the share of a stated whole gives, mistyped
    ("Turnout was 42.5% of the 12,400 electors. In all, 6,270 ballots were cast, the returning officer said.",
     "6,270"),
    ("Turnout was 31.4% of the ward's 8,920 electors. The casting of 3,801 votes was called respectable.",
     "3,801"),
    ("Solar panels sit on 23.5% of the borough's 42,000 roofs. The 9,780 roofs with panels save £2m a year.",
     "9,780"),
    # a share counted of a whole behind a possessive
    ("Of the ward's 6,200 electors, 2,480 voted. Turnout, at 45%, was up on last time.", "45%"),
    # a change sized by a fraction in words, "N fewer", or "the loss of N"
    ("Bus journeys fell from 4.8 million in 2019 to 3.6 million last year, a drop of a third.", "a third"),
    ("Choir members fell from 90 to 72 in two years. \"We have lost a third of our members,\" the conductor "
     "said.", "a third"),
    ("Library loans fall by a quarter\n\nLoans from the county's libraries fell from 900,000 in 2022 to 720,000 "
     "this year.", "a quarter"),
    ("Pupils fell from 640 to 512 over five years.\n\n| Year | Pupils |\n|---|---|\n| 2021 | 640 |\n"
     "| 2026 | 512 |\n| Change | 182 fewer |", "182"),
    ("The herd shrank from 1,250 cows to 1,100. The loss of 510 cows was blamed on the drought.", "510"),
    # the earlier level after "on": "up 18% on 2023's £3.75m"
    ("Sales were £4.2m, up 18% on 2023's £3.75m.", "18%"),
    ("Loans reached 1,300, up 18% on last year's 1,200.", "18%"),
    # a fact box's two levels labelled by when, and the change between them
    ("Food bank users in 2023: 1,200. Up 15% since. Now: 1,830.", "15%"),
    ("Registered childminders\n- 2021: 640\n- 2026: 512\n- change: -12.8%", "-12.8%"),
    ("Members in 2019: 820.\nMembers in 2025: 615.\nFall: 35%.", "35%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), FLAGGED)
def test_arithmetic_that_the_document_breaks_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text if text.endswith("\n") else text + "\n", figure), flags(text + "\n")


NOT_FLAGGED = [
    # the rest that makes 100%, and rests of other wholes
    "Smart meters are now fitted in 83.5% of homes. Engineers work in pairs. The remaining 16.5% are flats.",
    "Turnout was 34% on Thursday. Polls opened at 7am. The remaining 66% of electors stayed at home.",
    "Its market share is 23%, the firm said. Retail made £4 million. The other 30% of revenue comes from rentals.",
    "Smart meters are fitted in 83.5% of homes.\n\nOf the flats in the region, the remaining 40% will be fitted "
    "next year.",
    "Mains gas reaches 71.2% of homes. The rest, fewer than three in ten, rely on oil.",
    "The survey found 58% of tenants are satisfied with repairs. The rest, about two in five of those asked, want "
    "a new contractor.",
    "Mains water reaches 71.5% of the valley's farms. The 240 farms that still lack it, under a third of them, "
    "use boreholes.",
    "Its market share is 23%, the firm said. The other two-thirds of revenue comes from rentals.",
    # two shares before the rest in the paragraph: which one it completes is unsaid
    "Some 55% of pupils walk, the survey found. Bikes are stored in a shed. Another 25% cycle. Buses run at 8am. "
    "Staff say the remaining 15% come by car.",
    # a negation with a third answer, of a subgroup, or not pointing back
    "In the poll, 62% backed the plan and 20% did not; 18% had no view.",
    "Some 71% of homes have mains gas. Of those, 12% do not use it for heating.",
    "Some 71% of homes have mains gas. Among flats, 40% do not.",
    "Some 64% of tenants said repairs were slow. The council said 30% did not pay rent on time.",
    "Some 55% of pupils walk and 25% cycle. The 20% who do not are driven.",
    "Full fibre reaches 62% of homes; 38% do not have it yet.",
    # fact boxes that add up, or whose lines are not one whole
    "Budget: £12m. Roads: £7.5m. Everything else: £4.5m.",
    "Trees planted: 4,500. Oak: 2,700. Everything else: 1,800.",
    # counts the share gives within its rounding, or of another thing
    "Turnout was 42.5% of the 12,400 electors: 5,270 ballots were cast.",
    "Turnout was 42.5% of the 12,400 electors. Some 4,800 postal votes were issued.",
    "Solar panels sit on 18.5% of the borough's 42,000 roofs. Some 8,770 households asked for a survey.",
    "Of the ward's 6,200 electors, 2,480 voted, a turnout of 40%.",
    # changes that match their ends, or of another span
    "Bus journeys fell from 4.8 million in 2019 to 3.6 million last year, a drop of a quarter.",
    'Choir members fell from 90 to 72 in two years. "We have lost a fifth of our members," the conductor said.',
    "Loans fell from 900,000 in 2022 to 720,000 this year, a fall of a fifth, or 180,000.",
    "Bus journeys fell from 4.8 million in 2019 to 3.6 million last year. Since 2022 they have fallen by a tenth.",
    "Pupils fell from 640 to 512.\n\n| Year | Pupils |\n|---|---|\n| 2021 | 640 |\n| 2026 | 512 |\n"
    "| Change | 128 fewer |",
    "The herd shrank from 1,250 cows to 1,100. The loss of 150 was blamed on the drought.",
    "A third of the staff left, a loss of a quarter of the payroll.",
    "Sales were £4.2m, up 12% on 2023's £3.75m.",
    "Loans reached 1,300, up 8% on the 1,200 of 2023.",
    "Sales were £4.2m, up 12% on 2023.",
    "Food bank users in 2023: 1,200. Up 15% since. Now: 1,380.",
    "Registered childminders\n- 2021: 640\n- 2026: 512\n- change: -20%",
    # three labelled levels, or a change of another span
    "Members in 2019: 820. Members in 2022: 700. Now: 615. Down 25% since.",
    "Users in 2023: 1,200. Up 10% on 2022. Now: 1,380.",
]


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_arithmetic_that_holds_or_is_of_other_wholes_is_not_flagged(text: str) -> None:
    assert not flags(text + "\n"), flags(text + "\n")
