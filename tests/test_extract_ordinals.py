"""Ordinals in words where they are claims (a streak, a placing, one of a series someone has) are
read as ordinals; labels are not, nor do they become shares or counts ("the second quarter" is no
0.25, "Turn 3" no count of three)."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.model import ClaimKind

READ = [
    ("Sales fell for a third consecutive year.", "third", 3),
    ("Prices rose for a fifth straight month.", "fifth", 5),
    ("It was the third year running that the river flooded.", "third", 3),
    ("The club lost for the fourth game in a row.", "fourth", 4),
    ("Inflation eased for the second month in succession.", "second", 2),
    ("It is the twenty-first year in a row that the fair has been held.", "twenty-first", 21),
    ("Dalby finished third in the regional league.", "third", 3),
    ("The Norwegian came second in the downhill.", "second", 2),
    ("Westfold beat third-placed Dalby on Saturday.", "third", 3),
    ("The team ended the season in sixth place.", "sixth", 6),
    ("The university slipped to ninth in the rankings.", "ninth", 9),
    ("She finished first in the 800 metres.", "first", 1),
    ("The club won its fifth title in six years.", "fifth", 5),
    ("Harlow's third store opens in Leeds next week.", "third", 3),
    ("The couple welcomed their second child in May.", "second", 2),
]  # fmt: skip

NOT_READ = [
    ("Revenue rose 4% in the second quarter.", "second"),
    ("Third-quarter profits beat forecasts.", "Third"),
    ("Its second half was much stronger.", "second"),
    ("The club's second-largest shareholder sold out.", "second"),
    ("The second candidate running for office withdrew.", "second"),
    ("Her service is second to none.", "second"),
    ("He finished second to none in the village's eyes.", "second"),
    ("The firm opened its first store in 1998.", "first"),
    ("On second thoughts, the council withdrew the plan.", "second"),
    ("The third man was never found.", "third"),
    ("A third of staff left in the first year.", "third"),
    ("The third reading of the bill is on Tuesday.", "third"),
]  # fmt: skip

LABELS = [
    ("Turn 3 is the tightest corner on the circuit.", "3"),
    ("Round 5 starts on Saturday.", "5"),
    ("Year 7 pupils start in September.", "7"),
    ("Lap 12 was the fastest of the race.", "12"),
    ("Junction 12 is closed overnight.", "12"),
    ("Day 2 of the trial heard from the victim.", "2"),
    ("Phase 2 begins in May.", "2"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "value"), READ)
def test_an_ordinal_that_makes_a_claim_is_read(sentence: str, text: str, value: int) -> None:
    claim = next((c for c in numcheck.extract(sentence) if c.text == text), None)
    assert claim is not None, [c.text for c in numcheck.extract(sentence)]
    assert (claim.kind, claim.value) == (ClaimKind.ORDINAL, value)


@pytest.mark.parametrize(("sentence", "text"), NOT_READ)
def test_a_label_or_an_idiom_is_no_ordinal_claim(sentence: str, text: str) -> None:
    ordinals = [c.text for c in numcheck.extract(sentence) if c.kind is ClaimKind.ORDINAL]
    assert text not in ordinals


@pytest.mark.parametrize(("sentence", "text"), LABELS)
def test_a_label_with_a_capital_is_no_count(sentence: str, text: str) -> None:
    claim = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert not claim.kind.is_quantity


def test_a_label_s_words_do_not_make_a_share() -> None:
    claims = numcheck.extract("Revenue rose 4% in the second quarter, and a third of it came from Asia.")
    assert [(c.text, c.kind.value) for c in claims] == [("4%", "change"), ("a third", "ratio")]


def test_the_same_words_in_lower_case_can_still_be_a_figure() -> None:
    # "round 5,000" is "around"; "a lap 2 seconds faster" measures the lap
    assert any(c.kind is ClaimKind.COUNT for c in numcheck.extract("Round 5,000 people turned up."))
    assert any(c.unit == "second" for c in numcheck.extract("She set a lap 2 seconds faster than his."))


# Which part of a period is no share of it; a part of anything else still is
PARTS_OF_A_PERIOD = [
    "Revenue rose in the third quarter of 2024.",
    "Sales fell in the first half of the year.",
    "In the second half of the season the club won 12 games.",
    "Profit rose in the final quarter of the financial year.",
    "Growth slowed in the latter half of the decade.",
    "Margins improved in the fourth quarter of last year.",
    "Costs rose in the first quarter.",
]
SHARES_AFTER_WHICH_PART = [
    ("The last third of the route is uphill.", "third", 1 / 3),
    ("The first half of the loan was repaid in May.", "half", 0.5),
    ("A quarter of the staff left in the first year.", "A quarter", 0.25),
]


@pytest.mark.parametrize("sentence", PARTS_OF_A_PERIOD)
def test_which_part_of_a_period_is_no_share(sentence: str) -> None:
    assert [c.text for c in numcheck.extract(sentence) if c.kind.value == "ratio"] == []


@pytest.mark.parametrize(("sentence", "text", "value"), SHARES_AFTER_WHICH_PART)
def test_a_part_of_anything_else_is_still_a_share(sentence: str, text: str, value: float) -> None:
    claim = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (claim.kind.value, claim.value) == ("ratio", pytest.approx(value))
