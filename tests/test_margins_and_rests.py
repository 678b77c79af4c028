"""A margin to reach a yearly target counts from the level as it stands ("9,000 more visitors a
year" from 41,000 now and an aim of 50,000 a year), and a share may be what a source's sentence says
of the rest of its whole ("the rest went on fees"); other margins and other rests are reported."""

from __future__ import annotations

import pytest
from against_source import flagged

_MUSEUM = ("The Harth museum drew 41,000 visitors in its first season, its director said. "
           "It aims to draw 50,000 visitors a year by 2029.")  # fmt: skip
_FUND = ("The Corran relief fund spent £2.6 million, or 78p in every pound it raised; the rest went on "
         "administration and fundraising costs.")  # fmt: skip
_VOTE = "Some 64% of the members voted to accept the offer; the rest voted to strike."

SUPPORTED = [
    ("The Harth museum needs 9,000 more visitors a year to meet its 2029 aim.", _MUSEUM),
    ("To reach its 2029 aim the Harth museum must draw another 9,000 visitors a year.", _MUSEUM),
    ("Of every pound the Corran fund raised, 22p went on administration and fundraising costs.", _FUND),
    ("About 36% of the members voted to strike.", _VOTE),
]
REPORTED = [
    ("The Harth museum needs 19,000 more visitors a year to meet its 2029 aim.", _MUSEUM, "19,000"),
    ("Of every pound the Corran fund raised, 32p went on administration and fundraising costs.", _FUND, "32p"),
    # the rest is said of the other side only: 22p is no share of the relief itself
    ("Of every pound the Corran fund raised, 22p went on relief work.", _FUND, "22p"),
    ("About 46% of the members voted to strike.", _VOTE, "46%"),
]


@pytest.mark.parametrize(("draft", "source"), SUPPORTED)
def test_a_margin_or_a_rest_the_sources_imply_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), REPORTED)
def test_another_margin_or_rest_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))
