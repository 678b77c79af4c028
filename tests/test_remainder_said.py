"""A rest the source itself speaks of ("the remainder", "the rest", "the balance"), in the
sentence that gives a total and its other parts, is a figure the source gives: a draft that
writes it out is faithful, even where linking sets it beside one of the other parts. A wrong
rest is still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

GAP = (
    "The council must close a budget gap of £6.7 million next year, of which £2.9 million will come from "
    "savings and £1.5 million from reserves; the remainder is to be met from the tax rise and higher "
    "parking charges."
)
APPEAL = (
    "The appeal raised £1.86 million: donations made up £1.1 million and grants £540,000, with the rest "
    "coming from the charity's shops."
)
CROP = (
    "The farm harvested 9,400 tonnes of grain, of which 5,100 tonnes were wheat and 2,800 tonnes barley; "
    "the balance was oats."
)
STAFF = "The firm employs 2,450 people: 1,300 in Leeds, 700 in York and the rest in Hull."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Of the £6.7 million gap, £2.3 million will come from the tax rise and higher parking charges.", GAP),
        ("The tax rise and higher parking charges must find £2.3 million of the gap.", GAP),
        ("The charity's shops brought in £220,000 of the £1.86 million raised.", APPEAL),
        ("Oats made up 1,500 tonnes of the harvest.", CROP),
        ("About 450 of the firm's staff work in Hull.", STAFF),
    ],
)
def test_a_rest_the_source_speaks_of_is_supported(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        (
            "Of the £6.7 million gap, £3.3 million will come from the tax rise and higher parking charges.",
            GAP,
            "£3.3 million",
        ),
        ("Oats made up 2,500 tonnes of the harvest.", CROP, "2,500 tonnes"),
        ("The charity's shops brought in £420,000 of the £1.86 million raised.", APPEAL, "£420,000"),
    ],
)
def test_a_wrong_rest_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert figure in {text for _, text in flagged(draft, source)}
