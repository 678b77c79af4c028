"""A count of things gained or lost ("gained 34 customers", "added 410 net new customers", "shed
240 jobs") is how far a level moved, never the level: it is never compared with a level of the same
thing ("7,260 customers"), in one document or against a source, and is still compared with another
count gained."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck
from numcheck.frames import is_gain_or_loss

GAINS = [
    ("Tallyworks gained 34 customers paying more than $100,000 a year.", "34", True),
    ("We added 410 net new customers in the quarter to reach 7,260.", "410", True),
    ("The plant will shed 240 jobs by March.", "240", True),
    ("The club has added a further 60 members since June.", "60", True),
    ("The club has 600 members.", "600", False),
    # what was won or lost is counted, not a level that moved
    ("The team won 34 medals in Paris.", "34", False),
    ("The side lost 12 matches all season.", "12", False),
]


@pytest.mark.parametrize(("sentence", "text", "gain"), GAINS)
def test_a_count_gained_or_lost_is_told_from_a_level(sentence: str, text: str, gain: bool) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert is_gain_or_loss(found) is gain


_TALLYWORKS = ("We added 410 net new customers in the quarter to reach 7,260, and the number paying us more than "
               "$100,000 a year rose from 318 to 352.")  # fmt: skip
_PLANT = "Harwell Motors employs 2,400 people at its Brynmawr plant and will shed 240 jobs there by March."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Tallyworks gained 34 customers paying more than $100,000 a year, taking the total to 352.", _TALLYWORKS),
        ("Harwell Motors will shed 240 of its Brynmawr jobs by March.", _PLANT),
    ],
)
def test_a_gain_is_not_set_against_the_level(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Tallyworks added 140 net new customers in the quarter.", _TALLYWORKS),
        ("Harwell Motors will shed 420 jobs at Brynmawr by March.", _PLANT),
    ],
)
def test_a_gain_said_otherwise_than_the_source_is_flagged(draft: str, source: str) -> None:
    assert flagged(draft, source)
