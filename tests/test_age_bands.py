"""An age that bands a group of people ("children under 10", "drivers over 70", "people aged 16 to
24") is no amount: no sum or difference with it supports a draft figure, so "212" is not excused
as 221 less the "12" of "pupils under 12"."""

from __future__ import annotations

import pytest
from against_source import unsupported

REPORTED = [
    (
        "Pupils under 12 suffered 212 of the playground injuries.",
        "Of the playground injuries recorded, 221 were suffered by pupils under 12.",
        "212",
    ),
    ("Drivers over 70 were involved in 228 crashes.", "Drivers over 70 were involved in 298 crashes last year.", "228"),
    (
        "Some 57 people aged 18 to 24 joined the scheme.",
        "The scheme signed up 81 people aged 18 to 24 in its first year.",
        "57",
    ),
]


@pytest.mark.parametrize(("draft", "source", "figure"), REPORTED)
def test_an_age_band_is_no_term_of_a_sum(draft: str, source: str, figure: str) -> None:
    assert any(text.endswith(figure) or text == figure for text in unsupported(draft, source))


SUPPORTED = [
    # a bound that is an amount still is one: the rest of a whole
    ("About 300 seats were left.", "The hall has 1,000 seats and more than 700 have been sold."),
    # the age band restated
    ("Children under 10 made up 143 of the admissions.", "Children under 10 accounted for 143 admissions."),
]


@pytest.mark.parametrize(("draft", "source"), SUPPORTED)
def test_amount_bounds_and_restated_bands_are_still_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []
