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


# what a share's sentence names as the rest takes the rest of the share's whole
_SHOP = "The Tally bike shop took £640,000 last year, with repairs making up 35% of it and bike sales the rest."
NAMED_REST_SUPPORTED = [
    ("Bike sales brought the Tally shop £416,000 last year.", _SHOP),
    ("Repairs brought the Tally shop £224,000 last year.", _SHOP),  # the share itself, still
]
NAMED_REST_REPORTED = [
    ("Bike sales brought the Tally shop £324,000 last year.", _SHOP, "£324,000"),
]


@pytest.mark.parametrize(("draft", "source"), NAMED_REST_SUPPORTED)
def test_the_rest_a_share_s_sentence_names_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), NAMED_REST_REPORTED)
def test_another_amount_for_the_named_rest_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))
