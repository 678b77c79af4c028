"""A word that can be a verb is a noun where a label or a phrase makes it one: "Set-up cost: £38
million" and "the £38 million set-up cost would be" are costs, as "| Set-up cost (five years) | £48
million |" is (the brackets say over what). As a verb it still ends the noun phrase: "the average
deal cost 6.86%" is of a deal. A fact box's cost and the text's cost are then one figure."""

from __future__ import annotations

import pytest
from one_document import flags_at

import numcheck

HEADS = [
    ("- set-up cost: £38 million over five years", "£38 million", "cost"),
    ("Set-up cost: £38 million.", "£38 million", "cost"),
    ("- build cost: £3 million over two years", "£3 million", "cost"),
    ("Opponents said the £38 million set-up cost would be better spent.", "£38 million", "cost"),
    ("The £4 million refit cost will be met by the trust.", "£4 million", "cost"),
    ("The average two-year deal cost 6.86%.", "6.86%", "deal"),
    (
        "| Franchising plan | |\n|---|---|\n| Set-up cost (five years) | £48 million |\n| Buses | 640 |\n",
        "£48 million",
        "cost",
    ),
]


@pytest.mark.parametrize(("text", "figure", "head"), HEADS)
def test_a_label_or_noun_phrase_names_the_cost(text: str, figure: str, head: str) -> None:
    claim = next(c for c in numcheck.extract(text) if c.text == figure)
    assert claim.evidence is not None and claim.evidence.head == head


def test_a_fact_box_cost_against_the_text_is_flagged() -> None:
    text = (
        "The combined authority voted 19 to 4 to franchise its buses.\n\n"
        "| Franchising plan | |\n|---|---|\n| Buses | about 640 |\n| Set-up cost (five years) | £48 million |\n\n"
        "Opponents said the £38 million set-up cost would be better spent on new routes.\n"
    )
    assert flags_at(text, "£38 million")


def test_two_costs_of_two_things_are_not_flagged() -> None:
    text = (
        "The combined authority voted to franchise its buses.\n\n"
        "| Franchising plan | |\n|---|---|\n"
        "| Set-up cost (five years) | £48 million |\n| Depot cost | £12 million |\n\n"
        "Opponents said the £48 million set-up cost would be better spent on new routes.\n"
    )
    assert not flags_at(text, "")
