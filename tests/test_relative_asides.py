"""A relative clause set off by commas describes the noun before it, and its time dates that noun,
not a figure later in the sentence: "The museum, which opened in 1961, says its 84 paintings ..."
says nothing of when the 84 paintings were counted. A time in the figure's own clause, or before the
aside, still dates it."""

from __future__ import annotations

import pytest
from one_document import flags_at

from numcheck import extract


def _times(text: str, figure: str) -> tuple[str, ...]:
    claim = next(claim for claim in extract(text) if claim.text == figure)
    assert claim.evidence is not None
    return claim.evidence.times


@pytest.mark.parametrize(
    ("text", "figure", "times"),
    [
        ("The museum, which opened in 1961, says its 84 paintings are insured.", "84", ()),
        ("The club, which was founded in 1990, has 400 members.", "400", ()),
        ("Its chair, who joined in 2015, said the trust owns 130 acres.", "130 acres", ()),
        # the figure's own time, and a time before the aside, still date it
        ("The museum, which opened in 1961, showed 84 paintings in 2024.", "84", ("2024",)),
        ("In 2019 the club, which has a bar, had 400 members.", "400", ("2019",)),
        ("Sales, which fell in 2019, rose 5% in 2020.", "5%", ("2020",)),
    ],
)
def test_an_aside_does_not_date_the_figure(text: str, figure: str, times: tuple[str, ...]) -> None:
    assert _times(text, figure) == times


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("On Monday Harwell Museum hung its 48 paintings in the new gallery. The museum, which opened in 1961, "
         "says its 84 paintings are insured for £2 million.", "84"),
        ("The choir took its 46 singers to Cardiff in May. The choir, which was founded in 1952, says its 64 "
         "singers will tour Wales again.", "64"),
    ],
)  # fmt: skip
def test_a_restated_figure_after_an_aside_is_compared(text: str, figure: str) -> None:
    assert flags_at(text, figure)
