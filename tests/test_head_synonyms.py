"""Heads the vocabulary names as one thing are compared as one: "84,000 boxes" against "48,000
packs", "the chain's 140 outlets" against "140 shops"; other things stay apart. ("store" is no
synonym: "online orders reached 12,000 and store 8,500" uses it as a modifier.)"""

from __future__ import annotations

import pytest
from against_source import flagged


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Pharmacies must return 84,000 boxes of the drug.", "Pharmacies must return 48,000 packs of the drug.",
         "84,000"),
        ("The chain will close 41 outlets this year.", "The chain will close 14 shops this year.", "41"),
        ("The developer will build 350 houses on the site.", "The developer will build 530 homes on the site.",
         "350"),
        ("Dunmere have won 14 matches this season.", "Dunmere have won 41 games this season.", "14"),
    ],
)  # fmt: skip
def test_synonymous_heads_are_compared(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Pharmacies must return 48,000 boxes of the drug.", "Pharmacies must return 48,000 packs of the drug."),
        ("The chain will close 14 outlets this year.", "The chain will close 14 shops this year."),
        ("The chain has 140 shops and 12 warehouses.", "The chain has 140 outlets and 12 warehouses."),
        # a figure stated under a synonym is not set against another figure of the same noun
        ("Rovers have 47 points from 24 matches.",
         "Rovers have 47 points from 24 games. They have won nine of their last 11 matches."),
    ],
)  # fmt: skip
def test_synonymous_heads_agree(draft: str, source: str) -> None:
    assert not flagged(draft, source)
