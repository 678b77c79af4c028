"""A count the draft says is what is left after a cut ("would be left with 14 toilets", "leaving
31 branches", "the remaining 6 wards") is the whole less a count its source gives, of what the
draft counts; without such a word it is still set against the whole."""

from __future__ import annotations

import pytest
from against_source import flagged

_LIBRARIES = "The county runs 38 public libraries. The plan would close 7 of the smallest branches next year."
_TOILETS = "The council's 23 public toilets cost £612,000 a year. Officers recommend closing 9 of the least-used sites."
_WARDS = "The hospital has 20 wards. Managers want to shut 14 of them over the winter."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The county would be left with 31 public libraries.", _LIBRARIES),
        ("The council would be left with 14 public toilets.", _TOILETS),
        ("Closing the branches would leave 31 public libraries in the county.", _LIBRARIES),
        ("The hospital's remaining 6 wards would stay open.", _WARDS),
    ],
)
def test_what_a_cut_leaves_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The county would be left with 29 public libraries.", _LIBRARIES, "29"),
        ("The council would be left with 16 public toilets.", _TOILETS, "16"),
        ("The hospital's remaining 8 wards would stay open.", _WARDS, "8"),
        # no word says it is what is left: 31 is not the county's 38 libraries
        ("The county runs 31 public libraries.", _LIBRARIES, "31"),
    ],
)
def test_a_count_the_cut_does_not_leave_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in [text for _, text in flagged(draft, source)]


# A sum of money is what is left of another when the draft says so, and names that sum after it
_FUND = "The rope fund stands at £2,250, and a new set of eight ropes costs about £1,900."
_GRANT = "The parish received a £12,000 grant. The new playground surface cost £9,400."
_BUDGET = "The festival's budget is £48,000. Stage hire and sound will take £31,500 of it."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Buying a new set of ropes would leave about £350 in the rope fund.", _FUND),
        ("Buying the ropes would leave £350 in the rope fund.", _FUND),
        ("The surface leaves £2,600 of the grant for benches.", _GRANT),
        ("That leaves £16,500 in the budget for everything else.", _BUDGET),
    ],
)
def test_what_a_spend_leaves_of_a_sum_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Buying a new set of ropes would leave about £550 in the rope fund.", _FUND, "about £550"),
        ("The surface leaves £3,600 for benches.", _GRANT, "£3,600"),
        ("That leaves £18,500 for the rest of the festival.", _BUDGET, "£18,500"),
    ],
)
def test_a_sum_a_spend_does_not_leave_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in [text for _, text in flagged(draft, source)]
