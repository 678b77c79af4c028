"""How far a change moved, from its end and its rate ("rose 20% to £24" went up by £4; "trebled,
reaching 18,000" by 12,000), is supported; the usual slip, the rate taken of the end (10% of
2,700 for a cut of 10% to 2,700), and a move the wrong way are still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck

_FELDON = "The Feldon index closed at 6,240 points on Tuesday, up 4% on the day."
MOVE_SUPPORTED = [
    ("Ticket prices at the Lyceum went up by £4 in March.", "Ticket prices at the Lyceum rose 20% to £24 in March."),
    ("Corby council cut 300 posts this year.", "Corby council cut its staff by 10% to 2,700 this year."),
    ("Visitor numbers at the museum grew by 12,000 last year.",
     "Visitor numbers at the museum trebled last year, reaching 18,000."),
    ("The Ashby pension fund lost £45 million in the year.",
     "The Ashby pension fund shrank by 15% to £255 million in the year."),
    ("Harlow hospital has 240 more beds than Epping hospital.",
     "Harlow hospital has 840 beds, 40% more than Epping hospital."),
    # a level with its change set after it by a comma: ", up 4% on the day"
    ("The Feldon index gained 240 points on Tuesday.", _FELDON),
    ("The Orrin quarry's output rose by 3,000 tonnes on the year before.",
     "The Orrin quarry produced 63,000 tonnes of stone last year, up 5% on the year before."),
]  # fmt: skip
MOVE_FLAGGED = [
    ("The Feldon index gained 320 points on Tuesday.", _FELDON, "320"),
    ("The Orrin quarry's output rose by 6,300 tonnes on the year before.",
     "The Orrin quarry produced 63,000 tonnes of stone last year, up 5% on the year before.", "6,300"),
    ("Ticket prices at the Lyceum went up by £6 in March.", "Ticket prices at the Lyceum rose 20% to £24 in March.",
     "£6"),
    ("Corby council cut 270 posts this year.", "Corby council cut its staff by 10% to 2,700 this year.", "270"),
    ("Visitor numbers at the museum grew by 6,000 last year.",
     "Visitor numbers at the museum trebled last year, reaching 18,000.", "6,000"),
    ("Ticket prices at the Lyceum fell by £4 in March.", "Ticket prices at the Lyceum rose 20% to £24 in March.",
     "£4"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), MOVE_SUPPORTED)
def test_how_far_a_change_moved_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), MOVE_FLAGGED)
def test_a_move_the_change_does_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


@pytest.mark.parametrize(
    ("text", "start", "from_value"),
    [
        ("The airport handled 3,202,000 passengers, up 11.6% on the 2,870,000 of 2023.", "2,870,000", 2_870_000),
        ("Sales were 1.3 million, down 4% against last year's 1.35 million.", "1.35 million", 1_350_000),
        ("The station launched 143 times, up 36 on the 117 launches of 2025.", "117", 117),
        ("Visitors reached 41,200, up 3% compared with the 40,000 of last summer.", "40,000", 40_000),
    ],
)
def test_a_change_on_a_figure_starts_from_it(text: str, start: str, from_value: float) -> None:
    """ "up 11.6% on the 2,870,000": the figure a change is "on" is where it started, not a second
    level of the same thing (it had been set against the headline's 3.2 million)."""
    claims = numcheck.extract(text, "t.txt")
    (level,) = [c for c in claims if c.text == start]
    (change,) = [c for c in claims if c.kind.name == "CHANGE"]
    assert level.role is not None and level.role.value == "from"
    assert change.from_value == from_value


@pytest.mark.parametrize(
    "text",
    [
        "Shares were up 3% on Monday at 240p.",
        "Turnout was up 4 points on a wet day, at 41%.",
    ],
)
def test_a_change_on_a_day_has_no_start_figure(text: str) -> None:
    change = next(c for c in numcheck.extract(text, "t.txt") if c.kind.name == "CHANGE")
    assert change.from_value is None
