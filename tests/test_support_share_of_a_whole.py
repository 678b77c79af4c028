"""A share of a named whole ("fewer than half of the collared foxes", "nine in ten of the boats") is
a part of that whole or what a part leaves of it, never a change between two of the source's counts:
"fewer than half" was excused as the 45% rise from 29 to 42."""

from __future__ import annotations

import pytest
from against_source import flagged

_FOXES = "Of the 42 foxes fitted with collars, 29 crossed a major road at least once a night."
_BOATS = "A score of fishing boats left Porthlenn before dawn, and a couple of them came back with no catch."
_TENANTS = "The survey reached 240 tenants, and 180 of them said repairs were too slow."


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Fewer than half of the collared foxes crossed a major road each night.", _FOXES, "Fewer than half"),
        ("Under a third of the surveyed tenants said repairs were too slow.", _TENANTS, "Under a third"),
    ],
)
def test_a_share_no_part_gives_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text.startswith(figure) for _, text in flagged(draft, source))


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("More than two-thirds of the collared foxes crossed a major road each night.", _FOXES),
        ("Nine in ten of the boats that left Porthlenn came back with a catch.", _BOATS),
        ("Three-quarters of the surveyed tenants said repairs were too slow.", _TENANTS),
        ("A quarter of the surveyed tenants did not say repairs were too slow.", _TENANTS),
    ],
)
def test_a_share_a_part_gives_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)
