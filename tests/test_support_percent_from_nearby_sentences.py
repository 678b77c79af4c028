"""unsupported-figure works a percentage from the amounts of every source sentence that covers its
own nearly as well as the best one (numcheck.support `_NEARLY_AS_WELL`): "The hourly rate goes up by
about 9%" is about the sentence that gives the rate's two ends, though another that says "15% off the
hourly rate" shares more of its words. A percentage no such sentence gives is still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

TARIFF = (
    "Dear member, from 1 April 2026 our tariff is changing. The hourly rate for our city cars rises from "
    "£5.50 to £6.00, and the daily cap from £49 to £55. Monthly membership falls from £8 to £6. Members who book "
    "more than 20 hours a month will get 15% off the hourly rate."
)

# (draft, a figure any rule reports, or None)
CHANGES_OF_THE_RATE = [
    ("The hourly rate goes up by 50p, about 9%.", None),
    ("The hourly rate goes up by about 9%.", None),
    ("The daily cap goes up by about 12%.", None),
    ("Monthly membership is cut by a quarter.", None),
    ("The hourly rate goes up by about 19%.", "about 19%"),
    ("The hourly rate goes up by 50p, about 4%.", "about 4%"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "figure"), CHANGES_OF_THE_RATE)
def test_a_percentage_from_a_sentence_that_covers_it_nearly_as_well_is_supported(
    draft: str, figure: str | None
) -> None:
    reported = [text for _, text in flagged(draft, TARIFF)]
    assert (figure in reported) if figure else not reported, reported
