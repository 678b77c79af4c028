"""An amount or a count given per one calendar period and restated per another is one figure:
"£52,000 a year" is "£1,000 a week", "1.2 million visits a month" is "14.4 million a year". The
figure checks put both on one scale (per day) when linking says they are one quantity; a month
may be a twelfth of a year or four weeks, and a day's rate is left alone (a working day's or not)."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string

RESTATED_WRONGLY = [
    ("The charity spends £52,000 a year on food.", "The charity spends about £520 a week on food."),
    ("The charity spends £52,000 a year on food.", "The charity spends £6,000 a month on food."),
    ("The gym's Anytime plan costs £30 a month.", "The gym's Anytime plan costs £480 a year."),
    ("Tenants pay £400 a week in rent.", "Tenants pay about £2,400 a month in rent."),
    ("The bakery sells 300 loaves a week.", "The bakery sells about 3,000 loaves a month."),
    ("The site gets 1.2 million visits a month.", "The site gets about 24 million visits a year."),
    ("The trust pays its chief executive £180,000 a year.", "The trust pays its chief executive £25,000 a month."),
    ("The ferry carries 9,000 passengers a week in summer.", "The ferry carries 90,000 passengers a month in summer."),
]
RESTATED_RIGHTLY = [
    ("The charity spends £52,000 a year on food.", "The charity spends £1,000 a week on food."),
    ("The charity spends £52,000 a year on food.", "The charity spends about £4,300 a month on food."),
    ("The gym's Anytime plan costs £30 a month.", "The gym's Anytime plan costs £360 a year."),
    ("Tenants pay £400 a week in rent.", "Tenants pay about £1,600 a month in rent."),  # a month as four weeks
    ("Tenants pay £400 a week in rent.", "Tenants pay about £1,730 a month in rent."),
    ("The bakery sells 300 loaves a week.", "The bakery sells about 1,300 loaves a month."),
    ("The site gets 1.2 million visits a month.", "The site gets about 14 million visits a year."),
    ("The trust pays its chief executive £180,000 a year.", "The trust pays its chief executive £15,000 a month."),
    ("The ferry carries 9,000 passengers a week in summer.", "The ferry carries 468,000 passengers a year."),
]


def _errors(source: str, draft: str) -> list[str]:
    report = numcheck.check(
        [document_from_string(draft + "\n", "draft.md")], sources=[document_from_string(source + "\n", "source.md")]
    )
    return [f.rule for f in report.findings if f.severity.value == "error"]


@pytest.mark.parametrize(("source", "draft"), RESTATED_WRONGLY)
def test_a_rate_restated_per_another_period_wrongly_is_a_mismatch(source: str, draft: str) -> None:
    assert "figure-mismatch" in _errors(source, draft)


@pytest.mark.parametrize(("source", "draft"), RESTATED_RIGHTLY)
def test_a_rate_restated_per_another_period_rightly_is_no_error(source: str, draft: str) -> None:
    assert _errors(source, draft) == []


def test_the_message_gives_the_rate_per_the_other_period() -> None:
    report = numcheck.check(
        [document_from_string("The charity spends £6,000 a month on food.\n", "draft.md")],
        sources=[document_from_string("The charity spends £52,000 a year on food.\n", "source.md")],
    )
    (finding,) = [f for f in report.findings if f.rule == "figure-mismatch"]
    assert "4,333.33 GBP a month" in finding.message
