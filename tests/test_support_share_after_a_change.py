"""A new level said as a share of the old is implied by a percentage change of a sentence the draft's
is about: "draws 70% of the power" from "uses 30% less power", "115% of last year's sales" from
"sales rose 15%". The draft's figure must be a share of something ("X% of the ..."); a share no
change gives is reported. Before, each was reported as a figure no source gives."""

from __future__ import annotations

import pytest
from against_source import unsupported

_ROUTER = "The Hub 5 supports speeds of up to 2 Gbps and uses 30% less power than the Hub 3."
_SHOP = "Sales at the Kelby farm shop rose 15% last year, and its café took 8% less than in 2024."
_FLEET = "Corlan Buses cut its diesel fleet by 40% this year and raised fares 12%."

SHARE_AFTER_A_CHANGE = [
    ("The Hub 5 draws 70% of the power the Hub 3 did.", _ROUTER),
    ("Kelby farm shop's sales were 115% of the year before's.", _SHOP),
    ("The Kelby café took 92% of what it took in 2024.", _SHOP),
    ("Corlan's diesel fleet is now 60% of its former size.", _FLEET),
    ("Corlan fares are now 112% of their old level.", _FLEET),
]  # fmt: skip
SHARE_NO_CHANGE_GIVES = [
    ("The Hub 5 draws 60% of the power the Hub 3 did.", _ROUTER, "60%"),
    ("Kelby farm shop's sales were 125% of the year before's.", _SHOP, "125%"),
    ("Corlan's diesel fleet is now 70% of its former size.", _FLEET, "70%"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), SHARE_AFTER_A_CHANGE)
def test_a_share_a_source_change_gives_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), SHARE_NO_CHANGE_GIVES)
def test_a_share_no_source_change_gives_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
