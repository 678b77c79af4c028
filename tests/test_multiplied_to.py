"""The end a multiplier of the draft's own sentence takes a source figure to is supported:
"Doubling the memory to 32 GB" of a source's "16 GB of memory", "Tripling the fleet to 36 buses"
of "12 buses". It is never set against the source figure it starts from, and an end the
multiplier does not reach is still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

LAPTOP = "The N7 starts at €1,499 with 16 GB of memory and a 512 GB drive."
BUSES = "The town runs 12 buses today, and the council wants more."
QUEUE = "Patients now wait 80 days for a first appointment at the clinic."
PLOTS = "The allotment society has 45 plots on its Marsh Lane site."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Doubling the memory to 32 GB costs more.", LAPTOP),
        (
            "Doubling memory and storage to 32 GB and 1 TB adds €400 to the price.",
            LAPTOP.removesuffix(".") + "; the 32 GB/1 TB model costs €1,899.",
        ),
        ("Tripling the fleet to 36 buses would ease the crush.", BUSES),
        ("The clinic aims to halve the wait to 40 days.", QUEUE),
        ("The society plans to double its plots to 90.", PLOTS),
    ],
)
def test_the_end_a_multiplier_reaches_is_supported(draft: str, source: str) -> None:
    assert not [f for f in flagged(draft, source) if f[0] == "figure-mismatch"]


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Doubling the memory to 24 GB costs more.", LAPTOP, "24 GB"),
        ("Tripling the fleet to 30 buses would ease the crush.", BUSES, "30"),
        ("The clinic aims to halve the wait to 30 days.", QUEUE, "30 days"),
        ("The society plans to double its plots to 80.", PLOTS, "80"),
    ],
)
def test_an_end_the_multiplier_does_not_reach_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in {text for _, text in flagged(draft, source)}
