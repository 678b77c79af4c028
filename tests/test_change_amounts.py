"""How far a change moved, from its end and its rate ("rose 20% to £24" went up by £4; "trebled,
reaching 18,000" by 12,000), is supported; the usual slip, the rate taken of the end (10% of
2,700 for a cut of 10% to 2,700), and a move the wrong way are still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

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
