"""A part set after its whole ("286 members, including 112 juniors", "1,400 staff, among them 300
nurses") is of the whole's thing, whatever its own noun: the rest of the whole is the other part, a
draft may state it ("174 adult members"), and an "up from" after the part moves the whole, not
the part."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck
from numcheck.documents import document_from_string
from numcheck.engine import check_documents

_CLUB = "Membership now stands at 412, including 97 juniors, up from 380 a year ago."
_STAFF = "Staff numbers stand at 1,400, among them 300 nurses."
_UNION = "The union has 5,300 members, including 1,900 apprentices."
_TRUST = "The trust employs 1,400 staff, among them 300 nurses, down from 1,500 in 2020."
_CHOIR = "The festival drew 2,050 singers, of whom 730 were from overseas."
_MILL = "The mill made 18,400 blankets this year, including 6,100 for export."
# a few words of the whole's own between it and "including"
_CHESS = "Membership grew from 48 to 61 over the season, including 17 juniors."

REST_STATED = [
    ("The club has 315 adult members.", _CLUB),
    ("The club has 315 adult members and 97 juniors.", _CLUB),
    ("Besides its 300 nurses, the trust employs 1,100 other staff.", _STAFF),
    ("Of the union's members, 3,400 are fully qualified.", _UNION),
    ("The trust employs 1,100 staff who are not nurses.", _TRUST),
    ("Some 1,320 of the singers came from home.", _CHOIR),
    ("The chess club now has 44 adult members.", _CHESS),
]


@pytest.mark.parametrize(("draft", "source"), REST_STATED)
def test_the_rest_of_a_whole_after_an_included_part_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


REST_WRONG = [
    ("The club has 305 adult members.", _CLUB, "305"),
    ("Junior members number 79 of the club's 412.", _CLUB, "79"),
    ("Besides its 300 nurses, the trust employs 1,010 other staff.", _STAFF, "1,010"),
    ("The trust employs 1,050 staff who are not nurses.", _TRUST, "1,050"),
    ("The mill made 13,300 blankets for the home market this year.", _MILL, "13,300"),
]


@pytest.mark.parametrize(("draft", "source", "figure"), REST_WRONG)
def test_a_rest_the_parts_do_not_leave_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (_CLUB, 380, 412),
        (_TRUST, 1500, 1400),
        ("The orchestra sold 9,800 tickets, including 3,200 to students, up from 8,900 last year.", 8900, 9800),
        ("Sales reached 640 cars (among them 90 electric), up from 580.", 580, 640),
        # not a part: "up from" is of the nearest level of its size
        ("The shop sold 26,400 tickets for its 140 events, up from 23,900 last year.", 23900, 26400),
    ],
)
def test_up_from_after_an_included_part_moves_the_whole(sentence: str, start: float, end: float) -> None:
    change = next(c for c in numcheck.extract(sentence) if c.kind is numcheck.ClaimKind.CHANGE)
    assert (change.from_value, change.to_value) == (start, end)


def test_a_whole_and_its_included_part_raise_no_fall_within_one_document() -> None:
    text = "Membership stands at 530, including 205 juniors, up from 480 last season."
    report = check_documents([document_from_string(text, "club.md")])
    assert not [f.message for f in report.findings], "at any severity, info too"
