"""Counts of one thing listed in one sentence ("285 riders took the long route and 165 the short")
are parts of the one larger count of that thing the story gives elsewhere ("430 riders"): parts
that come to more than it are flagged. Parts that come to less, a series over years, parts that
overlap or flow, and a total of another time stay silent."""

from __future__ import annotations

import pytest
from one_document import flags


@pytest.mark.parametrize(
    "text",
    [
        "Fellside sportive draws 430 riders\n\nThe club's ride on Sunday sent 285 riders to the long"
        " loop and 165 riders to the short one.",
        "The harvest festival sold 1,250 tickets this year. Organisers said 800 adult tickets and 520 child"
        " tickets went in the first week.",
        "The village fete sold 2,300 passes. Gate staff sold 1,600 adult passes and 900 child passes.",
        "The food bank fed 910 families last winter. Volunteers delivered to 480 families in the town"
        " while 470 families collected their parcels.",
    ],
)
def test_parts_over_their_total_are_flagged(text: str) -> None:
    assert any("parts" in message for message in flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "The harvest festival sold 1,250 tickets this year. Organisers said 600 adult tickets and 520 child"
        " tickets went in the first week.",
        "The club won 14 golds this season. It won 11 golds in 2025 and 8 in 2024.",
        "The village fete sold 2,300 passes. Gate staff also sold 1,600 adult passes and 900 child passes"
        " for the evening concert.",
        "The choir has 40 singers. Last year 30 singers sang at Easter and 25 at Christmas.",
        "The club has 120 members. Since May, 70 members have joined and 60 have left.",
    ],
)
def test_parts_that_may_be_some_of_it_or_of_another_time_are_silent(text: str) -> None:
    assert flags(text) == []


def test_one_of_the_parts_said_again_is_no_total() -> None:
    """ "Its 1,520 adult passes" restates the adult passes wrongly (figure-mismatch): no total of both."""
    found = flags("The fete sold 1,250 adult passes and 640 child passes. Its 1,520 adult passes went in a day.")
    assert found and not any("parts" in message for message in found)
