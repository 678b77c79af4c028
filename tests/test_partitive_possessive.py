"""A figure followed by "of" and a possessive name counts a part of what that name owns: "Forty of
Halden's buses", "two of March's spills". Like "300 of the plant's staff", it never states the whole
again."""

from __future__ import annotations

import pytest
from one_document import flags

from numcheck import extract


def _restricted(text: str, figure: str) -> str | None:
    claim = next(claim for claim in extract(text) if claim.text == figure)
    assert claim.evidence is not None
    return claim.evidence.restricted


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Forty of Halden's buses were withdrawn on Monday.", "Forty"),
        ("Some 120 of Tesco's stores will open late.", "Some 120"),
        ("Two of March's reportable spills reached the river.", "Two"),
        ("300 of the plant's staff were sent home.", "300"),
    ],
)
def test_a_figure_of_a_possessive_name_is_a_part(text: str, figure: str) -> None:
    assert _restricted(text, figure) == "part of"


@pytest.mark.parametrize(
    "text",
    [
        "Halden Buses runs 300 buses across the valley. Forty of Halden's buses were withdrawn on Monday.",
        "The water company reported 11 spills in March. Two of March's spills reached the river.",
    ],
)
def test_a_part_named_with_a_possessive_is_not_the_whole_again(text: str) -> None:
    assert not flags(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The trust counted 40 of the owls.", "40"),
        ("Lunch for 30 of us cost £90.", "30"),
    ],
)
def test_other_partitives_are_read_as_before(text: str, figure: str) -> None:
    restricted = _restricted(text, figure)
    assert restricted in (None, "part of")
