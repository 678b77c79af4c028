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


# The list may sit beside a count of who did the counting, and its total may name no noun of its
# own when it is said to be all of them ("the total of", "in all")
COVERED_TOTALS = [
    "Twelve wardens counted 840 seals on the north beach and 510 on the south beach. They recorded 1,450 seals"
    " in all, against 1,200 last winter.",
    "North Quay's 640 moorings and South Quay's 380 were let by 14 staff this season. The harbour's total of"
    " 1,120 moorings is a record.",
    "Inspectors checked 230 lorries at the Dover port and 190 at Folkestone. The total of 480 included 35 with"
    " bald tyres.",
    # the total's own noun for the same things
    "Crews cleared 340 drains in the town and 210 on country lanes. The work (590 jobs in all, by six crews)"
    " took a month.",
]


@pytest.mark.parametrize("text", COVERED_TOTALS)
def test_a_total_said_to_be_all_of_the_listed_parts_is_checked(text: str) -> None:
    assert any("parts" in message for message in flags(text)), flags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the sum said in the parts' sentence, then a later count of more of them
        "The council connected 620 homes in phase one and 520 in phase two, taking the total to 1,140. It plans"
        " to connect the last 660 homes by 2028.",
        # a count after the list is more of the same, not a doer
        "A total of 8,640 dogs were entered, the organisers said. They will be judged by 54 judges, and 410 have"
        " come from 18 other countries.",
        # "and are" opens a clause of its own
        "Vale have won nine of their past 10 league matches and are 15 games unbeaten. Their rivals have 21"
        " matches left.",
        "Twelve wardens counted 840 seals on the north beach and 610 on the south beach. They recorded 1,450"
        " seals in all.",
        # people through the door on two days are no count of the tickets sold for three
        '"We had 900 people in on the Friday and 1,300 on the Saturday," the organiser said. The show sold'
        " 5,100 tickets in all.",
    ],
)
def test_a_list_beside_its_sum_or_more_of_the_same_is_silent(text: str) -> None:
    assert not any("parts" in message for message in flags(text)), flags(text)


def test_one_of_the_parts_said_again_is_no_total() -> None:
    """ "Its 1,520 adult passes" restates the adult passes wrongly (figure-mismatch): no total of both."""
    found = flags("The fete sold 1,250 adult passes and 640 child passes. Its 1,520 adult passes went in a day.")
    assert found and not any("parts" in message for message in found)
