"""Counts of one thing listed in one sentence that fall short of the story's one larger count of
that thing are flagged only where the total is said to be all of them: "in all", "the total of",
or said across as many things as the parts list ("across the two reserves", "at both sites")."""

from __future__ import annotations

import pytest
from one_document import flags


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers counted 2,140 butterflies on Callow Down and 1,380 in Ashcombe Wood. The trust recorded"
        " 3,920 butterflies across the two reserves.",
        "The food bank sent out 620 parcels in Ashby and 410 in Moreton. It handed out 1,130 parcels at both sites.",
        "Stewards sold 1,250 adult tickets and 640 child tickets. The gala sold 2,050 tickets in all.",
    ],
)
def test_parts_short_of_a_total_said_to_be_all_of_them_are_flagged(text: str) -> None:
    assert any("parts" in message for message in flags(text))


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers counted 2,140 butterflies on Callow Down and 1,380 in Ashcombe Wood. The trust recorded"
        " 3,520 butterflies across the two reserves.",
        "Volunteers counted 2,140 butterflies on Callow Down and 1,380 in Ashcombe Wood. The trust recorded"
        " 3,920 butterflies across its three reserves.",
        "Volunteers counted 2,140 butterflies on Callow Down and 1,380 in Ashcombe Wood. The trust recorded"
        " 3,920 butterflies across its reserves.",
    ],
)
def test_parts_short_of_a_total_that_may_hold_more_are_silent(text: str) -> None:
    assert flags(text) == []
