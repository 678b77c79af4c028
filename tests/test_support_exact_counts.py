"""A count written to its last unit ("3,241 coins") is worked out exactly: a sum or difference of
the source's figures within 2% of it is chance, not support. Before, "3,241" (3,214 with two digits
swapped) was excused as 3,214 + 40 = 3,254. Rounded and hedged counts keep their slack."""

from __future__ import annotations

import pytest
from against_source import flagged, unsupported

_HOARD = (
    "Archaeologists have recovered 3,214 Roman coins from a field near Oxlow. "
    "A detectorist reported the first 40 coins in May."
)
_MARATHON = "The Tarnby marathon had 4,183 finishers this year. Another 57 runners started but did not finish."


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Archaeologists have recovered 3,241 Roman coins near Oxlow.", _HOARD, "3,241"),
        ("The Tarnby marathon had 4,138 finishers this year.", _MARATHON, "4,138"),
    ],
)
def test_an_exact_count_near_a_sum_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in [text for _, text in flagged(draft, source)]


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("In all, 3,254 Roman coins have been found near Oxlow.", _HOARD),
        ("Some 3,250 Roman coins have been recovered near Oxlow.", _HOARD),
        ("About 4,200 runners finished the Tarnby marathon.", _MARATHON),
    ],
)
def test_an_exact_sum_or_a_rounded_count_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)
