"""Items of a list or lines of a fact box labelled apart ("- nurses: 62% yes", "- porters: 48% yes")
are figures of different things; the same label said twice with two figures is still a slip."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

LABELLED_APART = [
    "How staff voted:\n\n- nurses: 62% yes\n- porters: 48% yes\n",
    "Results for the year:\n\n- sales: £148 million, up 9%\n- online: £56 million, up 14%\n",
    "Average rent by ward:\n\n1. Eastfield: £640\n2. Northgate: £590\n3. Riverside: £710\n",
    "The survey at a glance\n\nCyclists: 4,300 a day\n\nPedestrians: 9,800 a day\n",
    "Where the money goes:\n\n- repairs: £2.1 million\n- new homes: £3.4 million\n",
    # one noun narrowed two ways
    "Orlham Cider Festival, 3-5 October:\n- Day ticket: £12\n- Three-day ticket: £30\n- Makers: 52\n",
    "Parking:\n- Short stay charge: £2\n- Long stay charge: £9\n",
]
SAME_LABEL_TWICE = [
    # a label that only sums its noun ("Total cost") names the same thing
    ("Repair bill:\n\n- cost: £4.2m\n- contractor: Hallam Build\n\nSummary:\n\n- total cost: £42m\n", "£42m"),
    ("Ground facts:\n\n- capacity: 18,500\n- opened: 1994\n\nLater figures:\n\n- capacity: 15,800\n", "15,800"),
    # a label that ends on when ("now") names the same thing as the text
    (
        "The council employs 46 crossing patrol officers.\n\nIn brief:\n- patrol officers now: 64\n- posts to go: 12\n",
        "64",
    ),
]


@pytest.mark.parametrize("text", LABELLED_APART)
def test_items_labelled_apart_are_not_compared(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(("text", "figure"), SAME_LABEL_TWICE)
def test_one_label_with_two_figures_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


def test_changes_in_items_labelled_apart_are_not_compared() -> None:
    text = "Results for the year:\n\n- sales: £148 million, up 9%\n- online: £56 million, up 14%\n- shops: 212\n"
    assert not flags(text)
