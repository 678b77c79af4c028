"""Within one document: a weekday set beside a date rather than before it ("3 March 2027, a Monday",
"Sunday (3 March 2027)", "on 3 March 2027, which is a Monday") is that date's weekday, checked
against the calendar as "Monday 3 March 2027" is. Rows that must stay silent: the right weekday;
a weekday of something else in the sentence ("a Monday market")."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# 3 March 2027 is a Wednesday; 9 October 2026 is a Friday
# (document, the figure a finding must point at)
WRONG_WEEKDAY_BESIDE = [
    ("The Harl bridge reopens on 3 March 2027, a Monday, after 14 months of repairs.", "3 March"),
    ("Voting opens on Sunday (3 March 2027) at 7am.", "3 March"),
    ("On 9 October 2026, which is a Thursday, the new ward takes its first patients.", "9 October"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), WRONG_WEEKDAY_BESIDE)
def test_a_weekday_beside_a_date_the_calendar_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


RIGHT_WEEKDAY_OR_ANOTHER = [
    "The Harl bridge reopens on 3 March 2027, a Wednesday, after 14 months of repairs.",
    "Voting opens on Wednesday (3 March 2027) at 7am.",
    "On 9 October 2026, which is a Friday, the new ward takes its first patients.",
    "The Harl bridge reopens on 3 March 2027, and a Monday market will be held on it.",
    "The Harl bridge reopens on 3 March 2027; on Monday the council meets.",
]  # fmt: skip


@pytest.mark.parametrize("text", RIGHT_WEEKDAY_OR_ANOTHER)
def test_the_right_weekday_or_anothers_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
