"""A move whose verb is left out ("rises from £149 to £165, and a Fixed Desk from £245 to £269")
is a move too, and a draft move that shares one end with a source's move but not the other is not
saved by a chance sum: "from £245 to £296" against "from £245 to £269" (where £269 + £22 = £291
came within 2% of £296)."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck
from numcheck.model import ClaimKind, Direction, Role

_PRICES = (
    "From 1 March the Hotdesk plan will rise from £149 to £165 a month, and a Fixed Desk from £245 to £269. "
    "Day passes stay at £22."
)
_FARES = "Bus fares in Tolworth will rise from £2.10 to £2.40, and weekly passes from £18 to £21, the council said."


@pytest.mark.parametrize(
    ("text", "start", "end", "direction"),
    [
        ("Prices will rise from £149 to £165, and a Fixed Desk from £245 to £269.", "£245", "£269", Direction.UP),
        ("The fare rises from £2 to £3 a day, and the day pass from £5 to £7.", "£5", "£7", Direction.UP),
        ("Fares fell from £9 to £7; season tickets from £300 to £280.", "£300", "£280", Direction.DOWN),
    ],
)
def test_a_move_with_its_verb_left_out_is_a_move(text: str, start: str, end: str, direction: Direction) -> None:
    claims = numcheck.extract(text, "t.txt")
    roles = {c.text: c.role for c in claims}
    assert roles[start] is Role.FROM
    assert roles[end] is Role.TO
    moves = [c for c in claims if c.kind is ClaimKind.CHANGE and c.to_value is not None and c.text.endswith(end)]
    assert moves and moves[0].direction is direction


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose from £900 to £950, with prices ranging from £100 to £200.",
        "Tickets rose from £5 to £6. Parking is free from 6pm to 8am.",
    ],
)
def test_a_range_after_a_move_is_no_move(text: str) -> None:
    claims = numcheck.extract(text, "t.txt")
    assert len([c for c in claims if c.kind is ClaimKind.CHANGE]) == 1


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("From 1 March a Fixed Desk will go up from £245 to £296 a month.", _PRICES, "£296"),
        ("Weekly passes in Tolworth will go up from £18 to £24.", _FARES, "£24"),
    ],
)
def test_a_move_to_another_end_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text.startswith(figure) for _, text in flagged(draft, source))


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("From 1 March a Fixed Desk will go up from £245 to £269 a month.", _PRICES),
        ("Weekly passes in Tolworth will go up from £18 to £21.", _FARES),
        ("A Fixed Desk will cost £269 a month, up £24.", _PRICES),
    ],
)
def test_a_move_the_source_gives_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)
