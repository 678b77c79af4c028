"""Working days are a unit of their own: "2 working weeks" is "10 working days", and neither is
compared with calendar days."""

from __future__ import annotations

import pytest
from against_source import flagged


@pytest.mark.parametrize(
    ("draft", "flagged_figures"),
    [
        ("Refunds are paid within 2 working weeks of a return.", []),  # 10 working days
        ("Refunds are paid within 3 working weeks of a return.", ["3 working weeks"]),
        ("Refunds are paid within 14 days of a return.", []),  # calendar days: not compared with working days
    ],
)
def test_working_days_are_compared_with_working_weeks_only(draft: str, flagged_figures: list[str]) -> None:
    source = "Refunds are paid within 10 working days of a return."
    assert [text for _, text in flagged(draft, source)] == flagged_figures
