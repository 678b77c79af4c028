"""A draft that writes a figure more finely than its source did not take it from that figure: "£125"
is not stated by "£120", though £120 may be a rounding of £124.70, nor "3,412" by "3,400". Before, the
source's rounding step (half of ten, capped at 5%) and the draft's own slack together excused a
changed last digit. A draft as coarse as its source or coarser, a hedged draft, and figures in other
units or with other rates keep their slack: "£120" for "£123", "about £125" for "£120"."""

from __future__ import annotations

import pytest
from against_source import flagged

_MEMBERSHIP = "Annual membership of the Tarrow cycle club will cost £120 from June, up from £90."
_CROWD = "The Harlow Road ground holds 3,400 spectators, and 2,900 watched Saturday's derby."
_HARVEST = "The Lenwick estate picked 650 tonnes of apples this autumn from 140 hectares."
_FEES = "Parking at the Marsh Lane car park will cost £4.50 an hour, and a season ticket £380."

FINER_THAN_THE_SOURCE = [
    ("Annual membership of the Tarrow cycle club will cost £125 from June.", _MEMBERSHIP, "£125"),
    ("Tarrow cycle club membership will cost £115 a year from June.", _MEMBERSHIP, "£115 a year"),
    ("The Harlow Road ground holds 3,412 spectators.", _CROWD, "3,412"),
    ("Saturday's derby at Harlow Road was watched by 2,870 people.", _CROWD, "2,870"),
    ("The Lenwick estate picked 655 tonnes of apples this autumn.", _HARVEST, "655 tonnes"),
    ("A season ticket for the Marsh Lane car park will cost £396.", _FEES, "£396"),
]  # fmt: skip
AS_COARSE_OR_HEDGED = [
    ("Annual membership of the Tarrow cycle club will cost £120 from June.", _MEMBERSHIP),
    ("Tarrow cycle club membership will cost about £125 a year from June.", _MEMBERSHIP),
    ("The Harlow Road ground holds some 3,400 spectators.", _CROWD),
    ("The Harlow Road ground holds about 3,500 spectators.", _CROWD),
    ("Nearly 3,000 fans watched Saturday's derby at Harlow Road.", _CROWD),
    ("The Lenwick estate picked 650 tonnes of apples this autumn.", _HARVEST),
    ("The Lenwick estate picked 650,000 kg of apples this autumn.", _HARVEST),
    ("A season ticket for the Marsh Lane car park will cost £380.", _FEES),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), FINER_THAN_THE_SOURCE)
def test_a_figure_finer_than_the_source_figure_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in [text for _, text in flagged(draft, source)]


@pytest.mark.parametrize(("draft", "source"), AS_COARSE_OR_HEDGED)
def test_a_figure_as_coarse_as_its_source_or_hedged_is_quiet(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


def test_a_rounded_draft_of_a_finer_source_is_quiet() -> None:
    assert flagged("The ground holds 3,400 spectators.", "The Harlow Road ground holds 3,412 spectators.") == []
