"""Within one document: an act done by a counted group ("410 staff joined in March", "Sixty shops
closed in 2021") is one of many such acts, each on its own day, not one thing's event dated twice.
Rows that must still be flagged: one thing's event, even with a size before its noun ("the
1,200-seat theatre opened in 1905")."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

ONE_THINGS_EVENT = [
    ("The 1,200-seat Alhambra theatre opened in 1905. The theatre, which opened in 1950 by the programme's "
     "account, is now listed.", "1950"),
    ("The 40-bed Fenwick hospice opened on 3 May 2026. The hospice opened on 13 May, its trustees said.",
     "13 May"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ONE_THINGS_EVENT)
def test_one_things_event_dated_twice_is_still_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


COUNTED_GROUPS_ACTING = [
    "In March, 410 staff joined the union. In June, 560 staff joined.",
    "In 2019, 40 shops on the high street closed. In 2021, 60 shops closed.",
    "Forty volunteers started on 4 May; the next group started on 18 May.",
    "In April, 3,100 members joined the scheme. In May, 2,600 members joined.",
]


@pytest.mark.parametrize("text", COUNTED_GROUPS_ACTING)
def test_counted_groups_acting_on_two_days_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
