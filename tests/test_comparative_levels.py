"""A percentage set after a level by a comparative ("182 grams, 15% lighter than the original") is
a change from the other thing's level to this one, whichever comparative says it: lighter,
heavier, faster, shorter, dearer. So the other level is worked out (182 / 0.85 is about 214 g)."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck
from numcheck.model import Direction

DIRECTIONS = [
    ("It weighs 182 grams, 15% lighter than the original.", Direction.DOWN),
    ("The new train runs at 200 km/h, 25% faster than the old one.", Direction.UP),
    ("The route is 42 km, 10% shorter than before.", Direction.DOWN),
    ("A ticket costs £12, 20% dearer than last year.", Direction.UP),
    ("The bridge is 310 metres long, 12% longer than the old one.", Direction.UP),
]


@pytest.mark.parametrize(("sentence", "direction"), DIRECTIONS)
def test_a_comparative_after_a_level_gives_the_change_its_direction(sentence: str, direction: Direction) -> None:
    change = next(c for c in numcheck.extract(sentence) if c.unit == "percent")
    assert change.direction is direction


_GLOW = "The Glow 2 weighs 182 grams, 15% lighter than the original Glow."
_TRAIN = "The new train runs at 200 km/h, 25% faster than the one it replaces."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The original Glow weighed about 214 grams.", _GLOW),
        ("The train it replaces ran at 160 km/h.", _TRAIN),
    ],
)
def test_the_other_level_a_comparative_gives_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The original Glow weighed about 240 grams.", _GLOW, "about 240 grams"),
        ("The train it replaces ran at 120 km/h.", _TRAIN, "120 km/h"),
    ],
)
def test_another_level_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in [text for _, text in flagged(draft, source)]
