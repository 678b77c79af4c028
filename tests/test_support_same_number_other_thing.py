"""A source figure with the same number in another unit or kind ("5%" of reserves) does not save a
draft figure that a source figure about its own thing contradicts ("a 3-year budget plan" against
the draft's "5-year" plan)."""

from __future__ import annotations

import pytest
from against_source import unsupported

_GOVERNORS = "Governors will keep reserves at no less than 5% of income and recommend a 3-year budget plan."
_ROWING = "The rowing club set its hire fee at 7% of turnover and agreed a 4-year lease on the boathouse."


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Governors will recommend a 5-year budget plan.", _GOVERNORS, "5-year"),
        ("The rowing club agreed a 7-year lease on the boathouse.", _ROWING, "7-year"),
    ],
)
def test_a_contradicted_figure_is_reported_whatever_else_shares_its_number(
    draft: str, source: str, figure: str
) -> None:
    assert figure in unsupported(draft, source)


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Governors will keep at least 5% of income in reserve.", _GOVERNORS),
        ("The rowing club agreed a four-year lease on its boathouse.", _ROWING),
    ],
)
def test_a_stated_figure_is_not_reported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []
