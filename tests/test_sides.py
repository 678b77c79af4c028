"""unsupported-figure on an area, a volume or a perimeter that sides a source sentence gives ("a hall
of 11.2m by 7.4m" is about 83 square metres): supported when the sides give it, reported when they
give another. A perimeter only where the draft says the length goes round."""

from __future__ import annotations

import pytest
from against_source import unsupported

# (draft, source)
WORKED_OUT = [
    ("The hall covers about 83 square metres.", "The new hall at Pennick school measures 11.2m by 7.4m."),
    ("The new hall has a floor of 108 square metres.", "The new hall measures 12 metres by 9 metres."),
    ("The plot is about 93 square metres.", "The Harcourt allotment plot measures 40 ft x 25 ft."),
    ("The tank holds 24 cubic metres.", "The rainwater tank under the Orwell depot is 4m by 3m by 2m."),
    ("The paddock will need 42 metres of fencing.", "The new paddock measures 12m by 9m and will be fenced."),
    ("The pitch covers about 7,100 square metres.", "The Lanmoor pitch measures 105m x 68m, the club said."),
]


@pytest.mark.parametrize(("draft", "source"), WORKED_OUT)
def test_an_area_volume_or_perimeter_the_sides_give_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


# (draft, source, the draft figure reported)
NOT_GIVEN = [
    ("The hall covers about 150 square metres.", "The new hall at Pennick school measures 11.2m by 7.4m.",
     "about 150 square metres"),
    ("The new hall has a floor of 180 square metres.", "The new hall measures 12 metres by 9 metres.",
     "180 square metres"),
    ("The tank holds 36 cubic metres.", "The rainwater tank under the Orwell depot is 4m by 3m by 2m.",
     "36 cubic metres"),
    # a length that does not go round is no perimeter: twice the sides' sum is any length otherwise
    ("The paddock is 42 metres long.", "The new paddock measures 12m by 9m and will be fenced.", "42 metres"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), NOT_GIVEN)
def test_an_area_the_sides_do_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
