"""A total worked out from a count for each one of a thing and the count of that thing is implied
by the sources: "1.5 volunteers per stall across 60 stalls" gives "about 90 volunteers". The count
must be of the thing the rate is for, and the product must fall within the draft's own hedge."""

from __future__ import annotations

import pytest
from against_source import unsupported

_MARKET = "The farmers' market runs 60 stalls, and organisers rely on 1.5 volunteers per stall each Saturday."
_CLINIC = "The practice runs 14 baby clinics, which see 2.5 new patients per clinic a week on average."
_SCHOOLS = "The trust's 32 schools will each get a grant, and it has set aside 45 laptops per school for pupils."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The farmers' market relies on about 90 volunteers each Saturday.", _MARKET),
        ("The practice sees about 35 new patients a week across its clinics.", _CLINIC),
        ("The trust has set aside 1,440 laptops for pupils at its schools.", _SCHOOLS),
    ],
)
def test_a_rate_for_each_times_their_count_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The farmers' market relies on about 120 volunteers each Saturday.", _MARKET, "about 120"),
        ("The trust has set aside 1,540 laptops for pupils at its schools.", _SCHOOLS, "1,540"),
    ],
)
def test_another_total_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
