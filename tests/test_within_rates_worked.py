"""Within one document: a rate per period and a total over a longer period that do not agree, in the shapes
numcheck.sums reads beyond a rate said before its total: a rate said again over a shorter period ("£24,000 a
year, or £2,400 a month"; the rate's noun said again in the next sentence), a total over a period said with
"covers" or "runs for", and a rate worked out after its total ("£1.125 million over 25 years works out at
£4,500 a year"). Rows that must stay silent: the arithmetic holds, rounded as written; a price for a period
("£99 for 12 months" beside "£9.99 a month", an annual discount); two rates of two things; a rate the
words do not give as the total's."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
WRONG_RATES = [
    ("The rent is £24,000 a year, or £2,400 a month.", "£2,400"),
    ("Membership is £360 a year, which is £45 a month.", "£45"),
    ('The rent is £45,000 a year. "£4,500 a month is a fair rent for a ground like ours," said the council '
     "leader.", "£4,500"),
    ("At £30,000 a year, the £450,000 deal covers 12 years.", "£450,000"),
    ("The £600,000 contract runs for eight years, which works out at £90,000 a year.", "£90,000"),
    ("The payment of £1.125 million over the 25 years of the lease works out at £4,500 a year, far below what a "
     "developer had offered.", "£4,500"),
    ("The grant of £2 million over five years is equivalent to £250,000 a year.", "£250,000"),
    # a fact box's total over its term, a headline's total over its own period, a quote's rate in other periods
    ("Rent: £45,000 a year. Over the lease: £1.125m. Length: 30 years.", "£1.125m"),
    ("Depot lease\n- Rent: £210,000 a year\n- Term: 10 years\n- Total: £2.4 million\n", "£2.4 million"),
    ("Council to pay £2.4m for depot over ten years\n\nThe council will pay £210,000 a year for ten years to rent "
     "the Kelby depot, it said on Monday.", "£2.4m"),
    ('Tenants pay £1,200 a month. "£12,000 a year is more than most of us earn," said one tenant, Joe Hart.',
     "£12,000"),
    # the document's one rate, sentences before a total that names its own period and the rate's act
    ("The club will pay £45,000 a year for the ground under a lease approved on Thursday. The ground holds "
     "3,500. It was bought in 1974 for £38,000. By the end of the first 15 years the club will have paid "
     "£450,000 in rent.", "£450,000"),
    ("The trust receives £120,000 a year from the council. Its shop made £40,000 last year. Over the next "
     "five years the trust will receive £900,000 from the council.", "£900,000"),
]  # fmt: skip

RIGHT_RATES = [
    "The rent is £24,000 a year, or £2,000 a month.",
    "Membership is £360 a year, which is £30 a month.",
    "At £30,000 a year, the £450,000 deal covers 15 years.",
    "The payment of £1.125 million over the 25 years of the lease works out at £45,000 a year.",
    "The grant of £2 million over five years is equivalent to £400,000 a year.",
    "The £600,000 contract runs for eight years, which works out at £75,000 a year.",
    # a price for a period, not a rate kept up
    "Membership costs £9.99 a month, or £99 for 12 months if paid in advance.",
    # two rates of two things
    "The rent is £45,000 a year. The service charge is £500 a month.",
    "Staff earn £30,000 a year. Managers get £3,500 a month.",
    # a rate the words do not give as the total's
    "The £600,000 contract runs for eight years and includes £20,000 a year for maintenance.",
    "The £1.2 million budget covers three years, and £500,000 a year was spent in 2025.",
    "The club will pay £45,000 a year for the ground. The ground holds 3,500. By the end of the first 15 years "
    "the club will have paid £675,000 in rent.",
    "Rent: £45,000 a year. Over the lease: £1.125m. Length: 25 years.",
    "Depot lease\n- Rent: £210,000 a year\n- Term: 10 years\n- Total: £2.1 million\n",
    'Tenants pay £1,200 a month. "£14,400 a year is more than most of us earn," said one tenant, Joe Hart.',
    # a rate said after a total in its sentence is of something else: the cost and a daily payment
    "The firm will replace both lift motors over six weeks at a cost of £380,000, and will pay households £15 a day.",
    # another act's total, or a total with no period of its own
    "The club will pay £45,000 a year for the ground. The council bought it in 1974 for £38,000. Over the next "
    "15 years the council expects to spend £450,000 on repairs.",
    "The trust receives £120,000 a year from the council. Its shop made £40,000 last year.",
]


@pytest.mark.parametrize(("document", "figure"), WRONG_RATES)
def test_a_rate_and_total_that_do_not_agree_are_flagged(document: str, figure: str) -> None:
    assert flags_at(document, figure), document


@pytest.mark.parametrize("document", RIGHT_RATES)
def test_a_rate_and_total_that_agree_or_are_apart_are_quiet(document: str) -> None:
    assert not flags(document), document
