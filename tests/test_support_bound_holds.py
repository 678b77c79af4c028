"""A bound is stated by an exact source figure only when the figure keeps it: "more than 3 million
cubic metres" is not stated by 2.94 million, however "3 million" was rounded. Before, the bound's
rounding step (half a million here) let the figure through."""

from __future__ import annotations

import pytest
from against_source import flagged

_RESERVOIR = "The Ashgrove reservoir held 2.94 million cubic metres of water at the end of August."
_QUEUE = "The wait for a routine scan at Corbridge hospital is 47 days, the trust said."


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        (
            "The reservoir held more than 3 million cubic metres at the end of August.",
            _RESERVOIR,
            "more than 3 million",
        ),
        ("Patients at Corbridge wait more than 50 days for a routine scan.", _QUEUE, "more than 50 days"),
        ("Patients at Corbridge wait under 45 days for a routine scan.", _QUEUE, "under 45 days"),
    ],
)
def test_a_bound_the_figure_breaks_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text.startswith(figure) for _, text in flagged(draft, source))


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The reservoir held nearly 3 million cubic metres at the end of August.", _RESERVOIR),
        ("The reservoir held more than 2.9 million cubic metres at the end of August.", _RESERVOIR),
        ("Patients at Corbridge wait more than 40 days for a routine scan.", _QUEUE),
        ("Patients at Corbridge wait under 50 days for a routine scan.", _QUEUE),
        ("Patients at Corbridge wait at least 47 days for a routine scan.", _QUEUE),
    ],
)
def test_a_bound_the_figure_keeps_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)
