"""Two shares or vote counts of one source sentence given to the other side ("41% opposed, 47%
backed" for "41% in favour, 47% against") are a swap; the same sides in other words are not."""

from __future__ import annotations

import pytest
from against_source import flagged

_BALLOT = "In the ballot, 38% of the union's members backed the pay deal and 55% voted against it."
_SURVEY = "A survey of 2,000 residents found 44% in favour of the bypass and 49% against; the rest had no view."
_ASSEMBLY = "The regional assembly voted 52 for and 31 against the transport bill on Tuesday."
SWAPPED = [
    ("In the ballot, 38% of the union's members voted against the pay deal and 55% backed it.", _BALLOT),
    ("Of the residents surveyed, 44% opposed the bypass and 49% supported it.", _SURVEY),
    ("The regional assembly voted 31 for and 52 against the transport bill on Tuesday.", _ASSEMBLY),
]
SAME_SIDES = [
    ("In the ballot, 55% of the union's members opposed the pay deal and 38% supported it.", _BALLOT),
    ("Of the residents surveyed, 44% backed the bypass and 49% opposed it.", _SURVEY),
    ("The transport bill passed the regional assembly by 52 votes for to 31 against.", _ASSEMBLY),
]


@pytest.mark.parametrize(("draft", "source"), SWAPPED)
def test_figures_given_to_the_other_side_are_reported(draft: str, source: str) -> None:
    assert flagged(draft, source)


@pytest.mark.parametrize(("draft", "source"), SAME_SIDES)
def test_the_same_sides_in_other_words_are_not(draft: str, source: str) -> None:
    assert not flagged(draft, source)
