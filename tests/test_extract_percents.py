"""Extraction of percentages; percentage points are changes, not percents."""

from __future__ import annotations

import pytest
from claim_table import check, quantity_row


def percent(value: float, subject: str | None, **more: object) -> dict[str, object]:
    return quantity_row({"kind": "percent", "value": value, "unit": "percent", "subject": subject, **more})


def points(value: float, subject: str | None, **more: object) -> dict[str, object]:
    return quantity_row({"kind": "change", "value": value, "unit": "percentage_point", "subject": subject, **more})


CASES = [
    ("Only 20% of people voted.", "20%", percent(20, "people")),
    ("Growth was minus five percent last year.", "minus five percent", percent(-5, "growth")),
    (
        "Twenty per cent of the workforce is on furlough.",
        "Twenty per cent",
        percent(20, "workforce"),
    ),
    (
        "Inflation hit 10.1 percent in September.",
        "10.1 percent",
        percent(10.1, "inflation", precision=0.1),
    ),
    (
        "About 20 percent of voters remain undecided.",
        "About 20 percent",
        percent(20, "voter", interval=(18.0, 22.0, True, True), qualifier="about"),
    ),
    ("The measure passed with 62 per cent of the vote.", "62 per cent", percent(62, "vote")),
    ("Turnout was 67% in the capital.", "67%", percent(67, "turnout")),
    ("Unemployment in Spain rose to 13% last year.", "13%", percent(13, "unemployment")),
    ("The party won 43.6 per cent of the vote.", "43.6 per cent", percent(43.6, "vote")),
    (
        "Some 90% of households have broadband.",
        "Some 90%",
        percent(90, "household", interval=(81.0, 99.0, True, True), qualifier="some"),
    ),
    (
        "Less than 10% of the budget was spent.",
        "Less than 10%",
        percent(10, "budget", interval=(None, 10.0, True, False), qualifier="less than"),
    ),
    ("The Bank of England held rates at 5.25%.", "5.25%", percent(5.25, None)),
    ("Fifty per cent of the land is forest.", "Fifty per cent", percent(50, "land")),
    (
        "The party's support slipped 3 percentage points.",
        "3 percentage points",
        points(3, "support", direction="down"),
    ),
    (
        "The bank cut interest rates by 0.25 percentage points.",
        "0.25 percentage points",
        points(0.25, "interest rate"),
    ),
    (
        "Labour's lead widened by 5 percentage points.",
        "5 percentage points",
        points(5, "lead", direction="up"),
    ),
    ("The rate of inflation is 2.1 per cent.", "2.1 per cent", percent(2.1, "inflation")),
    (
        "Nearly 40 per cent of children live in poverty.",
        "Nearly 40 per cent",
        percent(40, "child", interval=(36.0, 40.0, True, False), qualifier="nearly"),
    ),
    ("Renewables supplied 43% of Britain's electricity.", "43%", percent(43, "electricity")),
]


@pytest.mark.parametrize(("sentence", "text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_percents(sentence: str, text: str, expected: dict[str, object]) -> None:
    check(sentence, text, expected)
