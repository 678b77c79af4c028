"""A multiple said with a change noun after it ("a fourfold increase", "a threefold rise", "a
twofold drop") goes the noun's way, as "rose fourfold" does; and a change set after a level by a
comma ("counted 28 dams, a fourfold increase") is of the level's thing. One document that calls
one rise a doubling and a fourfold increase is then flagged."""

from __future__ import annotations

import pytest
from one_document import flags_at

import numcheck
from numcheck.model import Direction

DIRECTIONS = [
    ("There was a fourfold increase in dams.", "fourfold", Direction.UP),
    ("Sales reached 400, a threefold rise.", "threefold", Direction.UP),
    ("Police reported a twofold drop in burglaries.", "twofold", Direction.DOWN),
    ("Dams rose fourfold.", "fourfold", Direction.UP),
    ("It has twice as many dams.", "twice", None),
    ("The tenfold jump in fares angered riders.", "tenfold", Direction.UP),
]


@pytest.mark.parametrize(("sentence", "text", "direction"), DIRECTIONS)
def test_a_change_noun_after_a_multiple_gives_its_direction(sentence: str, text: str, direction: Direction) -> None:
    claim = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert claim.direction is direction


SUBJECTS = [
    ("The volunteers counted 28 dams, a fourfold increase on their 2024 survey.", "fourfold", "dam"),
    ("Sales reached 400 cars, a 12% rise.", "12%", "vehicle"),
    ("Revenue was £4 million, a rise of 12%.", "12%", "revenue"),
]


@pytest.mark.parametrize(("sentence", "text", "head"), SUBJECTS)
def test_a_change_apposed_to_a_level_is_of_the_level_s_thing(sentence: str, text: str, head: str) -> None:
    claim = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert claim.evidence is not None and claim.evidence.head == head


def test_a_doubling_and_a_fourfold_increase_of_one_count_are_flagged() -> None:
    text = (
        "Dam numbers have doubled in two years, a river trust survey finds\n\n"
        "The trust's volunteers walked 11 km of the upper Tarrow in October and counted 28 dams, a fourfold "
        "increase on their 2024 survey."
    )
    assert flags_at(text, "fourfold")


@pytest.mark.parametrize(
    "text",
    [
        # two things' multiples
        "Beaver numbers have doubled since 2021. The volunteers counted 28 dams, a fourfold increase on 2021.",
        # two periods of one thing
        "Dams have doubled since 2024. The volunteers counted 28 dams, a fourfold increase on their 2019 survey.",
    ],
)
def test_multiples_of_two_things_or_periods_are_not_flagged(text: str) -> None:
    assert not flags_at(text, "")
