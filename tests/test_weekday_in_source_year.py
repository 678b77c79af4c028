"""A draft date that names its weekday and no year, checked against the year its sources give
that day: "on Tuesday 9 March" against "at its meeting on 9 March 2026" (a Monday)."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string

SOURCE = "At its meeting on 9 March 2026, the parish council voted 7 to 2 to raise its precept by 4.5%."
SOURCE_TWO_DAYS = "The inquest opened on 14 October 2025 and resumed on 2 February 2026 at County Hall."

WRONG_WEEKDAYS = [
    (SOURCE, "The decision was taken at the council's meeting on Tuesday 9 March."),
    (SOURCE, "Councillors agreed the rise on Friday, 9 March."),
    (SOURCE, "The precept rise was approved on Sunday March 9."),
    (SOURCE_TWO_DAYS, "The inquest opened on Wednesday 14 October."),
    (SOURCE_TWO_DAYS, "It resumed on Friday 2 February at County Hall."),
]
RIGHT_OR_UNKNOWABLE = [
    (SOURCE, "The decision was taken at the council's meeting on Monday 9 March."),
    (SOURCE, "Councillors agreed the rise on 9 March."),
    (SOURCE_TWO_DAYS, "The inquest opened on Tuesday 14 October and resumed on Monday 2 February."),
    # a day the sources give in no year, or in two: which year, the words must say
    ("The fair opens on 9 March every year; in 2026 it moved indoors.", "The fair opens on Tuesday 9 March."),
    ("The vote was on 9 March 2025. A second vote came on 9 March 2026.", "The vote was on Sunday 9 March."),
    # a day the draft names with a year of its own is the draft's own check's
    (SOURCE, "The council met on Tuesday 9 March 2027."),
]


def _errors(source: str, draft: str) -> list[str]:
    report = numcheck.check(
        [document_from_string(draft + "\n", "draft.md")], sources=[document_from_string(source + "\n", "source.md")]
    )
    return [f.message for f in report.findings if f.severity.value == "error" and "weekday" in f.message]


@pytest.mark.parametrize(("source", "draft"), WRONG_WEEKDAYS)
def test_a_weekday_the_source_year_does_not_give_is_a_mismatch(source: str, draft: str) -> None:
    assert _errors(source, draft)


@pytest.mark.parametrize(("source", "draft"), RIGHT_OR_UNKNOWABLE)
def test_a_right_or_unknowable_weekday_is_no_mismatch(source: str, draft: str) -> None:
    assert _errors(source, draft) == []
