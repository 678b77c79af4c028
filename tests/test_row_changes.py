"""A table row's change column is set against the row's own two levels: "| Hourly rate | £12.40 |
£13.21 | 5.6% |" under a "Rise" column is a rise of 6.5%. Which way it goes is the column's word, or
the sign written under "Change", or else the columns' order, as a table runs in time."""

from __future__ import annotations

import pytest
from one_document import flags_at

_TABLE = (
    "Figures for the year.\n\n| {label} | {first} | {second} | {change} |\n|---|---|---|---|\n"
    "| {row} | {a} | {b} | {c} |\n"
)


def _row(change: str, a: str, b: str, c: str, first: str = "2024", second: str = "2025", row: str = "Sales") -> str:
    return _TABLE.format(label="Item", first=first, second=second, change=change, row=row, a=a, b=b, c=c)


WRONG = [
    (_row("Rise", "£12.40", "£13.21", "5.6%", "Now", "From April", "Hourly rate"), "5.6%"),
    (_row("Change", "1,200", "1,100", "-3.2%"), "-3.2%"),
    (_row("Change", "1,200", "1,100", "+8.3%"), "+8.3%"),
    (_row("Growth", "£48.2m", "£52.9m", "12.4%"), "12.4%"),
    (_row("Fall", "640", "512", "25%"), "25%"),
    (_row("% change", "3,450", "3,910", "31.3%"), "31.3%"),
    (_row("Increase", "220 MW", "310 MW", "29%"), "29%"),
]


@pytest.mark.parametrize(("text", "figure"), WRONG)
def test_a_change_the_row_s_levels_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


RIGHT = [
    _row("Rise", "£12.40", "£13.21", "6.5%", "Now", "From April", "Hourly rate"),
    _row("Change", "1,200", "1,100", "-8.3%"),
    _row("Change", "1,200", "1,100", "8.3%"),  # unsigned: only how much
    _row("Growth", "£48.2m", "£52.9m", "9.8%"),
    _row("Fall", "640", "512", "20%"),
    _row("% change", "3,450", "3,910", "13.3%"),
    # not a change column
    _row("Share", "1,200", "1,100", "45%"),
    # three levels: which two the change is between is not said
    "| Item | 2023 | 2024 | 2025 | Change |\n|---|---|---|---|---|\n| Sales | 900 | 1,200 | 1,100 | 22% |\n",
]


@pytest.mark.parametrize("text", RIGHT)
def test_a_change_the_row_s_levels_give_is_not_flagged(text: str) -> None:
    assert not flags_at(text, "")
