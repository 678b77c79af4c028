"""A swap is claimed only between figures that could each play the other's part.

- A draft figure said as an aim (a target, a goal) whose own words fit no source figure takes no
  part from a source figure said as done: "has signed 130, a third of its target of 400" against
  a source that gives the aim ("wants to sign 400") and the count ("has signed 130") in two
  sentences is faithful, even though "signed 130 new members" shares more words with "wants to
  sign 400 new members" than with "has signed 130 so far".
- Two figures of one head, each narrowed its own way ("subscription revenue" and "services
  revenue"), are other quantities: neither took the other's part."""

from __future__ import annotations

import pytest
from against_source import flagged

AIM_AND_COUNT_FAITHFUL = [
    (
        "The club has signed 130 new members, about a third of its target of 400.",
        "The club wants to sign 400 new members this season. It has signed 130 so far.",
    ),
    (
        "The charity has raised £186,000, about 7% of its £2.5 million target.",
        "The charity wants to raise £2.5 million for a new wing. It has raised £186,000 so far.",
    ),
    (
        "The petition has 5,400 signatures, short of its target of 8,000.",
        "Organisers want to collect 8,000 signatures. They have collected 5,400 so far.",
    ),
    (
        "The trust has planted 2,300 trees towards its goal of 10,000.",
        "The trust intends to plant 10,000 trees by 2030. So far it has planted 2,300.",
    ),
    (
        "The school has recruited 14 teachers of the 20 it is seeking.",
        "The school is seeking to recruit 20 new teachers. It has recruited 14.",
    ),
    (
        "The firm has hired 60 engineers and aims to hire 150.",
        "The company intends to hire 150 engineers this year. It has hired 60 so far.",
    ),
]


@pytest.mark.parametrize(("draft", "source"), AIM_AND_COUNT_FAITHFUL)
def test_a_count_set_beside_its_aim_is_no_swap(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


NARROWED_EACH_ITS_OWN_WAY_FAITHFUL = [
    (
        "Subscription revenue reached $318 million, while services brought in $94.6 million.",
        "Subscription revenue rose 26% to $318.0 million, while services revenue slipped to $94.6 million "
        "from $97.3 million.",
    ),
    (
        "Diesel car sales reached 12,400, while electric ones came to 3,100.",
        "Diesel car sales fell 8% to 12,400, while electric car sales climbed to 3,100 from 2,200.",
    ),
    ("Adult tickets cost £14 and child tickets £9.", "Adult tickets are £14, while child tickets cost £9 each."),
    (
        "Home sales rose to 4,100 while export sales dropped to 2,600.",
        "Home sales climbed to 4,100; export sales dropped to 2,600 from 3,000.",
    ),
]


@pytest.mark.parametrize(("draft", "source"), NARROWED_EACH_ITS_OWN_WAY_FAITHFUL)
def test_figures_narrowed_each_their_own_way_pass(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


# The same quantities with their numbers traded are still swaps.
NARROWED_AND_SWAPPED = [
    (
        "Subscription revenue reached $94.6 million, while services revenue brought in $318 million.",
        "Subscription revenue rose 26% to $318.0 million, while services revenue slipped to $94.6 million "
        "from $97.3 million.",
        {"$94.6 million", "$318 million"},
    ),
    (
        "Diesel car sales reached 3,100, while electric car sales came to 12,400.",
        "Diesel car sales fell 8% to 12,400, while electric car sales climbed to 3,100 from 2,200.",
        {"3,100", "12,400"},
    ),
    (
        "Home sales rose to 2,600 while export sales dropped to 4,100.",
        "Home sales climbed to 4,100; export sales dropped to 2,600 from 3,000.",
        {"2,600", "4,100"},
    ),
    # a product's price and allowance traded: the plan's name is no intention
    (
        "Customers can instead switch to Flex 15, with 14GB of data for £15 a month.",
        "If you'd rather not pay more, you can move to our Flex 15 plan at £14 a month, with 15GB of data.",
        {"14GB", "£15 a month"},
    ),
    (
        "The 340 new lessons span 6 languages, and family plans cover up to 9 people.",
        "We've added 340 new lessons across 9 languages. Family plans cover up to 6 people for $139.99 a year.",
        {"6", "up to 9"},
    ),
]


@pytest.mark.parametrize(("draft", "source", "figures"), NARROWED_AND_SWAPPED)
def test_figures_that_trade_numbers_are_still_reported(draft: str, source: str, figures: set[str]) -> None:
    assert {text for rule, text in flagged(draft, source) if rule == "figure-mismatch"} == figures
