"""A draft figure the sources state in a sentence that names what the draft names, where the figure
it was linked to names none of it, is aligned with the one that states it. A name matches by its
words: "Abernethy" is "Fiona Abernethy". The same figure moved is still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

_FINAL = ("Fiona Abernethy, a retired GP, won the championship, solving the three puzzles of the final in "
          "24 minutes 10 seconds. The final lasted a little over an hour.")  # fmt: skip
_RACE = ("Tom Okafor, 28, crossed the line in 2 hours 11 minutes, a course record. The race was started "
         "more than three hours late by a storm.")  # fmt: skip


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Abernethy's winning time in the final was 1,450 seconds.", _FINAL),
        ("Okafor's winning time was 131 minutes.", _RACE),
    ],
)
def test_a_figure_stated_about_the_name_the_draft_gives_is_supported(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Abernethy's winning time in the final was 1,550 seconds.", _FINAL, "1,550 seconds"),
        ("Okafor's winning time was 141 minutes.", _RACE, "141 minutes"),
    ],
)
def test_the_same_figure_moved_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)
