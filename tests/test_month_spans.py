"""A span of months is one time, not its two ends: "2,541 bed-nights between December and March" is
the winter's, not December's, so a table's December row (589) is a part of it, not the same figure
said twice; two figures of one span are still one time."""

from __future__ import annotations

import pytest
from one_document import flags_at

import numcheck

_SHELTER = (
    "The shelter provided 2,541 bed-nights {span}.\n\n| Month | Nights | Bed-nights |\n|---|---|---|\n"
    "| December | 31 | 589 |\n| January | 31 | 713 |\n| February | 28 | 588 |\n| March | 31 | 651 |\n"
)


@pytest.mark.parametrize("span", ["between December and March", "from December to March", "from December until March"])
def test_a_month_row_is_a_part_of_the_span(span: str) -> None:
    assert not flags_at(_SHELTER.format(span=span), "")


@pytest.mark.parametrize(
    ("sentence", "times"),
    [
        ("The shelter provided 2,541 bed-nights between December and March.", ("december-march",)),
        ("Ferries carried 41,000 passengers from May to September.", ("may-september",)),
        ("Ferries carried 41,000 passengers in May.", ("may",)),
    ],
)
def test_a_span_of_months_is_one_time(sentence: str, times: tuple[str, ...]) -> None:
    claim = next(c for c in numcheck.extract(sentence) if c.kind.is_quantity)
    assert claim.evidence is not None and claim.evidence.times == times


def test_two_figures_of_one_span_are_compared() -> None:
    text = (
        "Ferries carried 41,000 passengers between May and September, the operator said.\n\n"
        "The operator's summer figure of 14,000 passengers between May and September was a record."
    )
    assert flags_at(text, "14,000")
