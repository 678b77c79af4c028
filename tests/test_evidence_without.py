"""A counted noun followed by "without" keeps only some of what it counts: "eight games without
conceding" is not the side's 13 games, nor "40 homes without power" the estate's 300 homes. Before,
the two were one quantity, and a correct summary was reported as contradicting its source."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The side has now gone eight games without conceding.", "eight"),
        ("Some 40 homes without power were visited.", "Some 40"),
        ("It left 12 villages without water.", "12"),
    ],
)
def test_without_narrows_the_noun(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.evidence is not None and claim.evidence.restricted == "without"


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        (
            "The side has now gone eight games without conceding.",
            "Rovers sit second with 31 points from 13 games, and have kept eight clean sheets in a row.",
        ),
        (
            "Engineers reached the 40 homes without power by noon.",
            "The storm hit all 300 homes on the estate, and 40 lost power overnight.",
        ),
    ],
)
def test_some_of_them_is_not_all_of_them(draft: str, source: str) -> None:
    assert [rule for rule, _ in flagged(draft, source) if rule == "figure-mismatch"] == []


def test_the_same_narrowed_count_still_meets_its_counterpart() -> None:
    found = flagged(
        "The side has now gone nine games without conceding.",
        "The side has now gone eight games without conceding, the club said.",
    )
    assert "nine" in [text for _, text in found]
