"""Three readings of a change or a plan that summaries get wrong:
- a move with no direction word ("went from 400 to 550") is a change with its two ends;
- a change whose ends a source gives the other way round is reported, though each end is stated;
- a plan that is a product sold ("the Family plan", "a monthly plan") is no intention, so its
  figures are not targets."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck
from numcheck.evidence import _is_modal
from numcheck.model import ClaimKind, Direction, Role


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Membership went from 400 to 550 last year.", Direction.UP),
        ("The price goes from €9.99 to €7.99 a month.", Direction.DOWN),
        ("Attendance moved from 12,000 to 9,000.", Direction.DOWN),
        ("The average wait has gone from 14 days to 9 days.", Direction.DOWN),
        ("Its share shifted from 31% to 36%.", Direction.UP),
        ("The fee will change from £30 to £45.", Direction.UP),
    ],
)
def test_a_move_with_no_direction_word_is_a_change_between_its_ends(text: str, direction: Direction) -> None:
    claims = numcheck.extract(text, "t.txt")
    (change,) = [c for c in claims if c.kind is ClaimKind.CHANGE]
    assert change.direction is direction
    assert {c.role for c in claims if c.role is not None} == {Role.FROM, Role.TO}


@pytest.mark.parametrize(
    "text",
    [
        "Trains run from 8 to 10 an hour.",
        "The festival moved from 12 May to 19 May.",
        "Tickets cost £30 to £45.",
        "Tickets go on sale at 9am; seats cost from £30 to £45.",
    ],
)
def test_ranges_and_dates_are_no_such_change(text: str) -> None:
    assert not [c for c in numcheck.extract(text, "t.txt") if c.kind is ClaimKind.CHANGE]


REVERSED = [
    ("Bus fares fell from £2.50 to £2 in May.", "Bus fares rose to £2.50 from £2 in May."),
    (
        "The subscription goes from €9.99 to €7.99 a month in March.",
        "In March the subscription rises from €7.99 to €9.99.",
    ),
    (
        "The clinic's waiting list grew from 310 to 540 patients.",
        "The clinic's waiting list fell from 540 to 310 patients.",
    ),
]


@pytest.mark.parametrize(("draft", "source"), REVERSED)
def test_a_change_the_source_gives_the_other_way_round_is_reported(draft: str, source: str) -> None:
    assert flagged(draft, source)


THE_SAME_WAY = [
    ("Bus fares went from £2 to £2.50 in May.", "Bus fares rose to £2.50 from £2 in May."),
    ("The waiting list fell from 540 to 310.", "The clinic's waiting list fell from 540 to 310 patients."),
]


@pytest.mark.parametrize(("draft", "source"), THE_SAME_WAY)
def test_a_change_the_same_way_round_is_not(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


@pytest.mark.parametrize(
    ("clause", "modal"),
    [
        ("Each member of the Family plan gets 10 GB of storage", False),
        ("A monthly plan costs £8", False),
        ("The Pro plan will cost £5 a month", False),
        ("Greaves plans four more garden centres", True),
        ("The firm plans to open 11 stores", True),
        ("Ministers plan to build 300 homes", True),
        ("Under the plan, 40 staff will be hired", True),
    ],
)
def test_a_plan_sold_is_no_intention(clause: str, modal: bool) -> None:
    assert _is_modal(clause) is modal
