"""A change stated by its size ("the £65,000 rise") is set against the two levels it runs between:
levels said of the thing's first year and of a later time ("£210,000 in its first year and £265,000
last year", "£148,000 last year against £120,000 in its first") are such ends, and neither a habit's
weekdays ("open on Mondays") nor whoever reported the change ("by the secretary, Anne Hale") is a
time or a name of another change."""

from __future__ import annotations

import pytest
from one_document import flags


@pytest.mark.parametrize(
    "text",
    [
        "Takings at the village pub were £210,000 in its first year and £265,000 last year. The £65,000 rise"
        " paid for a new kitchen.",
        "The community café took £148,000 last year against £120,000 in its first. The £38,000 increase came"
        " mostly from catering.",
        "Membership of the bowls club rose from 310 to 365 last year. A rise of 65 members was reported to the"
        " annual meeting by the secretary, Anne Hale.",
        "Visits to the mill museum rose from 41,000 to 47,500 last year. The 8,500 rise means the museum"
        " can now open on Mondays.",
    ],
)
def test_a_change_its_ends_do_not_give_is_flagged(text: str) -> None:
    assert flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "Takings at the village pub were £210,000 in its first year and £265,000 last year. The £55,000 rise"
        " paid for a new kitchen.",
        "The community café took £148,000 last year against £120,000 in its first. The £28,000 increase came"
        " mostly from catering.",
        "Membership of the bowls club rose from 310 to 365 last year. A rise of 55 members was reported to the"
        " annual meeting by the secretary, Anne Hale.",
        "Visits to the mill museum rose from 41,000 to 47,500 last year. The 6,500 rise means the museum"
        " can now open on Mondays.",
    ],
)
def test_a_change_its_ends_give_is_silent(text: str) -> None:
    assert flags(text) == []
