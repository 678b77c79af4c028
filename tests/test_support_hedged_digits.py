"""A hedge on a figure written to its digits allows a few percent, or half its last digit or rounding
step, not the whole width of the hedge: "roughly $681 million" is no rounding of "$742 million", nor
"about 45 million litres" of 48.6 million, though "about" reaches 10% either way. Before, such a draft
figure was "stated" by the source figure its hedge reached, so a changed figure with a hedge went
unreported. Round figures keep their rounding ("nearly 3C" for 2.8C), and a level before a source's
change is still worked out ("about £1,180 a week" a year before "the average weekly fee rose 7% to
£1,265", a rate per week against a fee said with no period)."""

from __future__ import annotations

import pytest
from against_source import unsupported

HEDGED_BEYOND_ITS_DIGITS = [
    ("Revenue was roughly $681 million last year.", "Revenue was $742 million last year.", "$681 million"),
    ("The reservoir holds about 45 million litres.", "The reservoir holds 48.6 million litres.", "45 million"),
    ("The ground holds about 3,100 fans.", "The ground holds 3,412 fans.", "3,100"),
    ("The charity raised about £1.4 million.", "The charity raised £1.25 million.", "£1.4 million"),
]  # fmt: skip
HEDGED_WITHIN_ITS_DIGITS = [
    ("The bridge cost almost £15 million.", "The bridge cost £14.5 million."),
    ("The trees cut peak temperatures by nearly 3C.", "The trees cut peak temperatures by 2.8C."),
    ("The charity raised about £1.3 million.", "The charity raised £1.25 million."),
    ("Revenue was roughly $740 million last year.", "Revenue was $742 million last year."),
    ("The ground holds about 3,400 fans.", "The ground holds 3,412 fans."),
    ("The average weekly fee was about £1,180 a year ago.",
     "The average weekly fee at Kestwood homes rose 7% to £1,265 this year."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), HEDGED_BEYOND_ITS_DIGITS)
def test_a_hedged_figure_beyond_its_digits_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for text in unsupported(draft, source))


@pytest.mark.parametrize(("draft", "source"), HEDGED_WITHIN_ITS_DIGITS)
def test_a_hedged_figure_within_its_digits_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)
