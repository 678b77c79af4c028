"""A verb that caps or limits its object at a figure makes the figure a most, as "capped at" does:
"agreed to cap the cost of the coach at £600" is at most £600, so a summary's "at least £600"
turns the cap round. A cap or limit named as a noun and set to a figure is a level, not a bound."""

from __future__ import annotations

import math

import pytest
from against_source import flagged

import numcheck

CAPS = [
    ("The committee agreed to cap the cost of the summer coach at £600.", 600.0),
    ("The council limits class sizes to 30.", 30.0),
    ("Entry is limited to 30 people.", 30.0),
    ("The club capped rises at 2.5%.", 2.5),
    ("The firm aims to limit the rise in its costs to 4%.", 4.0),
    ("Ministers plan to cap rents at £900 a month.", 900.0),
]


@pytest.mark.parametrize(("sentence", "most"), CAPS)
def test_a_capping_verb_makes_its_figure_a_most(sentence: str, most: float) -> None:
    (claim,) = numcheck.extract(sentence)
    assert (claim.low, claim.high) == (None, most) or (claim.low == -math.inf and claim.high == most)


LEVELS = [
    "The bank will raise the cap to £2,000.",
    "Prices rose to £600.",
    "The council cut class sizes to 30.",
    "The limit went up to 70 mph.",
    "Fares were held at £2 for a year.",
    # a cap denied is no bound either way
    "The regulator will not cap bills at £2,000 this winter.",
]


@pytest.mark.parametrize("sentence", LEVELS)
def test_a_cap_named_as_a_noun_or_another_verb_is_no_bound(sentence: str) -> None:
    assert all(claim.qualifier != "capped at" for claim in numcheck.extract(sentence))


# "up" as a settled rise's particle: the figure is the new level, not a most
RISEN_TO = [
    ("The rent on a beach hut will go up to £950 a year from April.", "£950 a year"),
    ("Season tickets are going up to £480.", "£480"),
    ("The toll is set to go up to £3.40 in June.", "£3.40"),
]


@pytest.mark.parametrize(("sentence", "text"), RISEN_TO)
def test_a_settled_rise_up_to_a_level_is_no_bound(sentence: str, text: str) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims and claims[text].qualifier is None, list(claims)


def test_a_rise_that_may_happen_keeps_its_bound() -> None:
    (claim,) = numcheck.extract("Fares could go up to £5.")
    assert claim.qualifier == "up to" and claim.high == 5


_NOTES = "The committee agreed to cap the cost of the summer outing coach at £600 and to buy eight new ropes."


def test_a_floor_against_a_cap_by_verb_is_reported() -> None:
    draft = "The committee agreed that the summer outing coach will cost at least £600."
    assert "at least £600" in [text for _, text in flagged(draft, _NOTES)]


@pytest.mark.parametrize(
    "draft",
    [
        "The summer outing coach will cost no more than £600.",
        "The committee capped the coach at £600.",
        "The coach may cost up to £600.",
    ],
)
def test_a_most_against_a_cap_by_verb_is_not_reported(draft: str) -> None:
    assert not flagged(draft, _NOTES)
