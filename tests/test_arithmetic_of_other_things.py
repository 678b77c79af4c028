"""A draft figure that a source states of its own noun with another value is that figure changed,
even when two figures of something else happen to add or subtract to it: "34 chemotherapy chairs"
against the source's 24 is not saved by a staff rise from 96 to 130. A figure the sources give no
value of its noun for may still be worked from them."""

from __future__ import annotations

import pytest
from against_source import flagged

_CENTRE = (
    "The centre has two radiotherapy machines and 24 chemotherapy chairs, up from 14 in the old unit. "
    "Staff numbers will rise from 96 to 130 by next summer."
)
_DEPOT = "The depot runs 58 electric buses and 112 diesel buses. Drivers' pay rose from £520 to £560 a week."
_LIBRARY = "Last year the library lent 4,800 audiobooks and 2,600 e-books, while its members rose from 1,900 to 2,100."
_FARM = "The farm keeps 340 breeding ewes, and lambing produced 512 lambs, up from 472 last spring."

CHANGED_DESPITE_A_COINCIDENCE = [
    ("The centre has 34 chemotherapy chairs, up from 14 in the old unit.", _CENTRE, "34"),
    ("The depot runs 40 electric buses.", _DEPOT, "40"),
    ("The farm keeps 40 breeding ewes.", _FARM, "40"),
    ("The library lent 200 e-books last year.", _LIBRARY, "200"),
    ("Readers borrowed 200 e-books from the library last year.", _LIBRARY, "200"),
]


@pytest.mark.parametrize(("draft", "source", "figure"), CHANGED_DESPITE_A_COINCIDENCE)
def test_a_figure_its_noun_states_otherwise_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in [text for _, text in flagged(draft, source)]


WORKED_FROM_THE_SOURCE = [
    ("The centre will take on 34 more staff by next summer.", _CENTRE),
    ("The centre has ten more chemotherapy chairs than the old unit.", _CENTRE),
    ("The depot runs 170 buses, 58 of them electric.", _DEPOT),
    ("The farm's lambs numbered 40 more than last spring.", _FARM),
    ("The library gained 200 members last year.", _LIBRARY),
]


@pytest.mark.parametrize(("draft", "source"), WORKED_FROM_THE_SOURCE)
def test_a_figure_worked_from_its_own_nouns_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)
