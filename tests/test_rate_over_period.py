"""A rate kept up over a period makes a total: "1.8 metres a year over the past 25 years" and "lose
54 metres in 25 years" (numcheck.sums `accruals`, kind change-arithmetic). The total must be said
over a period, and the rate tied to that period: its own sentence gives the same period, the
total's sentence says "at that rate", or the rate is "the average" in the sentence beside it. A
total over another period, or a rate that nothing ties to it, is left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, a figure the finding cites); every one was missed before
TOTALS_THE_RATE_DOES_NOT_GIVE = [
    ("Dune lost 36 metres in 12 years\n\nThe dune at Carrick has shrunk by 2.5 metres a year over the past 12 years, "
     "rangers say.\n", "36 metres"),
    ("The glacier has retreated 90 metres in the 30 years since 1996. The average, 4 metres a year, is among the "
     "fastest in the Alps.", "4 metres"),
    ("The reservoir loses 2.4 million litres a day in leaks. At that rate it would lose 50 million litres over "
     "the next 30 days.", "50 million litres"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), TOTALS_THE_RATE_DOES_NOT_GIVE)
def test_a_total_the_rate_over_its_period_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


GIVEN_OR_NOT_TIED = [
    "Dune lost 30 metres in 12 years\n\nThe dune at Carrick has shrunk by 2.5 metres a year over the past 12 years, "
    "rangers say.\n",
    "The glacier has retreated 90 metres in the 30 years since 1996. The average, 3 metres a year, is among the "
    "fastest in the Alps.",
    "The reservoir loses 2.4 million litres a day in leaks. At that rate it would lose 72 million litres over "
    "the next 30 days.",
    # another period: a rate now need not be the rate of the whole period
    "The glacier has retreated 90 metres in 30 years. It now loses 8 metres a year.",
    "The dune has shrunk by 2.5 metres a year over the past 12 years. It lost 9 metres in the last 2 years alone.",
    # a rate of another thing, nothing ties it to the total
    "Sea levels here rise 4 mm a year. The harbour wall sank 60 mm in 5 years.",
]


@pytest.mark.parametrize("text", GIVEN_OR_NOT_TIED)
def test_a_total_the_rate_gives_or_that_nothing_ties_is_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
