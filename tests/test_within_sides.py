"""Within one document: the side of a thing a measure gives, said by an adjective ("14 metres
tall") or by a noun ("a height of 17 metres"), is one quantity, so two figures for it are flagged.
Another side ("3 metres wide" against "the 12-mile path"), or the same side of another thing ("The
plinth is 3 metres tall"), stays apart."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

from numcheck import extract
from numcheck.frames import side_of

# (document, the figure a finding must point at)
ONE_SIDE_TWICE = [
    ("The Orrin lighthouse is 38 metres tall. Its height of 31 metres makes it the tallest on the coast.",
     "31 metres"),
    ("The new footbridge is 210 metres long. Its length of 240 metres means a ramp at each end.", "240 metres"),
    ("The lock is 4.5 metres deep. Engineers dredged it to a depth of 5.4 metres last winter.", "5.4 metres"),
    ("The Farrow lighthouse, 38 metres tall, was built in 1870. At 52 metres, it is the tallest on the coast.",
     "52 metres"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ONE_SIDE_TWICE)
def test_one_side_said_by_an_adjective_and_by_a_noun_is_one_quantity(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


OTHER_SIDES_OR_THINGS = [
    "The Orrin lighthouse is 38 metres tall. The keeper's cottage beside it is 6 metres tall.",
    "The lighthouse's height of 38 metres makes it the tallest. Its lantern room is 4 metres high.",
    "The lock is 4.5 metres deep. It is 30 metres long and 6 metres wide.",
    "The footbridge is 4 metres wide. The 12-mile riverside path opens in May.",
    "The pool is 25 metres long. Its depth of 2 metres suits divers.",
    "The dam is 40 metres high. The reservoir behind it reaches a depth of 31 metres.",
    "The Farrow lighthouse is 38 metres tall. It stands 52 miles from the nearest port.",
    "The Farrow lighthouse is 38 metres tall. At 3 km away, it is visible from the pier.",
]


@pytest.mark.parametrize("text", OTHER_SIDES_OR_THINGS)
def test_another_side_or_another_thing_stays_apart(text: str) -> None:
    assert not flags(text, "doc.txt")


@pytest.mark.parametrize(
    ("sentence", "figure", "side"),
    [
        ("The mast is 38 metres tall.", "38 metres", "height"),
        ("The mast is 38 metres high.", "38 metres", "height"),
        ("The mast reaches a height of 38 metres.", "38 metres", "height"),
        ("The canal is 12 metres across.", "12 metres", "width"),
        ("The wall is 40 cm thick.", "40 cm", "thickness"),
        ("The 12-mile path opens in May.", "12-mile", None),
        ("It stands 36 km from the nearest town.", "36 km", "distance"),
    ],
)
def test_the_side_a_measure_gives(sentence: str, figure: str, side: str | None) -> None:
    claim = next(claim for claim in extract(sentence, "doc.txt") if claim.text == figure)
    assert side_of(claim) == side
