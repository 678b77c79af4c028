"""Extraction of ratios and multipliers: the value is the multiplier."""

from __future__ import annotations

import pytest
from claim_table import check, quantity_row

from numcheck import extract


def ratio(value: float, subject: str | None, **more: object) -> dict[str, object]:
    return quantity_row({"kind": "ratio", "value": value, "unit": None, "subject": subject, **more})


CASES = [
    (
        "Exports to China increased tenfold over the decade.",
        "tenfold",
        ratio(10, "export", direction="up"),
    ),
    (
        "The number of cases rose ten-fold in a month.",
        "ten-fold",
        ratio(10, "case", direction="up"),
    ),
    ("Demand for the vaccine has grown 10-fold since January.", "10-fold", ratio(10, "vaccine demand")),
    ("Prices have risen three-fold since 2019.", "three-fold", ratio(3, "price", direction="up")),
    (
        "The number of applications doubled last year.",
        "doubled",
        ratio(2, "application", direction="up"),
    ),
    (
        "The UK pledged to double its troops in Eastern Europe.",
        "double",
        ratio(2, "troop", direction="up"),
    ),
    (
        "Sales of electric cars tripled in 2021.",
        "tripled",
        ratio(3, "electric car sales", direction="up"),
    ),
    (
        "The price of gas has quadrupled since the summer.",
        "quadrupled",
        ratio(4, "gas price", direction="up"),
    ),
    ("The company halved its workforce.", "halved", ratio(0.5, "workforce", direction="down")),
    ("The school has twice as many pupils as it did in 2010.", "twice", ratio(2, "pupil")),
    ("Half of the respondents said they were worried.", "Half", ratio(0.5, "respondent")),
    ("A third of households are struggling with bills.", "A third", ratio(1 / 3, "household")),
    ("There are 10 times as many cases as last week.", "10 times", ratio(10, "case")),
    (
        "The force is almost 10 times that of before the invasion.",
        "almost 10 times",
        ratio(10, "force", interval=(9.0, 10.0, True, False), qualifier="almost"),
    ),
    ("The new chip is 3x faster than its predecessor.", "3x", ratio(3, "chip")),
    (
        "Wind power output is five times more than a decade ago.",
        "five times",
        ratio(5, "wind power output"),
    ),
    (
        "Visitor numbers tripled from 1,000 to 4,500.",
        "tripled",
        ratio(3, "visitor", direction="up", from_value=1000.0, to_value=4500.0),
    ),
    (
        "Troop numbers increased tenfold to 40,000.",
        "tenfold",
        ratio(10, "troop", direction="up", to_value=40000.0),
    ),
    ("Two-thirds of voters backed the plan.", "Two-thirds", ratio(2 / 3, "voter")),
    (
        "Food bank use has more than doubled since 2019.",
        "more than doubled",
        ratio(2, "food bank use", interval=(2.0, None, False, True), qualifier="more than"),
    ),
    ("A quarter of adults smoke.", "A quarter", ratio(0.25, "adult")),
    ("Rents have trebled in a decade.", "trebled", ratio(3, "rent", direction="up")),
    ("1/3 of the budget goes on salaries.", "1/3", ratio(1 / 3, "budget", precision=0.01)),
    # a verb in -s, as headlines write it, that ends its clause or goes on with when
    ("Walking to school trebles after Mill Lane closes", "trebles", ratio(3, "school", direction="up")),
    ("Council tax bill doubles in a decade", "doubles", ratio(2, "council tax bill", direction="up")),
    ("Bus use quadruples.", "quadruples", ratio(4, "bus use", direction="up")),
]

# ... and the same words as nouns, which are no multipliers
NOUNS = [
    "She won the women's doubles final.",
    "He hit two trebles and a double.",
    "The pub serves doubles.",
    "Of the 142 traders, 17 took doubles.",
    "Most guests booked doubles, and 40 paid for singles.",
]


@pytest.mark.parametrize("sentence", NOUNS)
def test_a_multiplier_word_as_a_noun_is_no_ratio(sentence: str) -> None:
    assert not [claim for claim in extract(sentence) if claim.kind.value == "ratio"]


@pytest.mark.parametrize(("sentence", "text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_ratios(sentence: str, text: str, expected: dict[str, object]) -> None:
    check(sentence, text, expected)
