"""A number written with a point right after a capitalised name is the name's release, not an
amount: "Tidewater 5.2 starts in 2.1 seconds, down from 4.8" says nothing of a 5.2 (so the fall
from 4.8 is to 2.1 seconds, and no rise to 5.2). An amount written the same way keeps its unit,
scale word or per cent, or follows a word that opens an amount ("Roughly 4.5 tonnes")."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck
from numcheck.model import ClaimKind


def _kinds_of(text: str, figure: str) -> set[ClaimKind]:
    """The kinds of the claims whose text writes the figure."""
    return {c.kind for c in numcheck.extract(text + "\n") if figure in c.text}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Tidewater 5.2 starts in 2.1 seconds.", "5.2"),
        ("After updating to Larkspur 3.8, exports run faster.", "3.8"),
        ("The team shipped Notely 5.2 on Tuesday with 40 fixes.", "5.2"),
        ("Users of Pathfinder 2.14 should upgrade now.", "2.14"),
        ("Orbit 3.8.1 fixes the crash on start-up.", "3.8.1"),
        ("It runs on MacroOS 12.6 and later.", "12.6"),
    ],
)
def test_a_release_number_is_no_amount(text: str, figure: str) -> None:
    assert not any(kind.is_quantity for kind in _kinds_of(text, figure))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Roughly 4.5 tonnes were lost in the fire.", "4.5"),
        ("England 2.7 million, Scotland 1.1 million.", "1.1"),
        ("Marsby recycled 39.1% and Hale 42.6% of their waste.", "42.6"),
        ("At 19.8 kg, the bike is light.", "19.8"),
        ("Another 2.5 million tickets went on sale.", "2.5"),
        ("Ames had 41.2%, Burke 33.7%.", "33.7"),
        ("Prices rose 3.4 percent in March.", "3.4"),
    ],
)
def test_an_amount_written_with_a_point_stays_an_amount(text: str, figure: str) -> None:
    kinds = _kinds_of(text, figure)
    assert kinds and all(kind.is_quantity for kind in kinds)


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        (
            "Tidewater 5.2 starts in 2.1 seconds, down from 4.8.",
            "Version 5.2 of the Tidewater photo editor cuts start-up time from 4.8 seconds to 2.1 seconds.",
        ),
        (
            "Larkspur 3.8 exports in 40 seconds, down from 62.",
            "Version 3.8 of Larkspur cuts export times from 62 seconds to 40 seconds.",
        ),
    ],
)
def test_a_release_number_is_no_end_of_a_change(draft: str, source: str) -> None:
    assert flagged(draft, source) == []
