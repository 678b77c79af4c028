"""Within one document: two lengths of time that timing reads no event for, whose own clauses say the
same thing of them in two content words or more ("stay ... nest box"), are one length stated twice
(numcheck.spells.lengths_said_alike). Rows that must stay silent: clauses that share one word, two
names or two years, a plan against what happened, a part of a length, a table's rows, and the
same length said twice."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

ONE_LENGTH_SAID_TWICE = [
    ("Two red panda cubs will stay in their nest box, off show, for 12 weeks. The cubs, who will stay out of "
     "sight in their nest box for 16 weeks, weighed about 110g at birth.", "16 weeks"),
    ("The kittens will stay with their mother in the cattery for eight weeks. Staff said the kittens would "
     "stay with their mother for ten weeks before they are rehomed.", "ten weeks"),
    ("The keeper's cottage at Gull Point has stood empty for 27 years. The cottage, empty for 17 years, needs "
     "a new roof and windows.", "17 years"),
    ("The island's ferry crossing was suspended for nine days during the storms. Shops ran short of bread "
     "while the ferry crossing was suspended for 12 days.", "12 days"),
    ("Divers searched the flooded quarry for six hours on Sunday. After searching the flooded quarry for "
     "eight hours, they found the missing dog.", "eight hours"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ONE_LENGTH_SAID_TWICE)
def test_one_length_said_twice_with_two_figures_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


TWO_LENGTHS = [
    # one word in common: "stay" with the mother and in the cattery
    "The kittens stay with their mother for eight weeks. They then stay in the cattery for twelve weeks before "
    "they are rehomed.",
    # what kind of figure each is says nothing of what it is of
    "Ambulances took an average of 42 minutes and 39 seconds to answer emergency calls. For the most serious "
    "calls, the average response time was 9 minutes 12 seconds.",
    # two of a series, and a difference
    "The builder took 26 months to finish the first phase of the estate. It expects the second phase to take "
    "30 months.",
    "The first phase took 26 months to build, four months longer than planned. The builder expects to build the "
    "next phase in 30 months.",
    # a length hyphened to its noun names a kind of thing
    "The average two-year fixed mortgage rate fell to 5.9%. On a 25-year mortgage, the lower rate cuts monthly "
    "repayments by about £120.",
    # two names, two years
    "Jamie Fraser won the men's hill race in 34 minutes 50 seconds. Ruth Campbell won the women's hill race "
    "in 38 minutes 12 seconds.",
    "The pool closed for repairs for six weeks in 2023. In 2025 the pool closed for repairs for ten weeks.",
    # a plan against what happened, and a part of the length
    "Repairs to the sea wall were expected to take eight weeks. Repairs to the sea wall took 11 weeks in the end.",
    "Mill Lane will be closed to traffic for six weeks. In the first two weeks, Mill Lane will be closed to "
    "buses as well.",
    # a table's rows, each its own record
    "| Crossing | Suspended |\n|---|---|\n| North ferry crossing | 9 days |\n| South ferry crossing | 12 days |",
    # the same length said twice
    "The cubs will stay in their nest box for 12 weeks. The cubs will stay in the nest box for 12 weeks while "
    "their fur thickens.",
]


@pytest.mark.parametrize("text", TWO_LENGTHS)
def test_two_lengths_or_one_said_alike_stay_silent(text: str) -> None:
    assert not flags(text, "doc.md")
