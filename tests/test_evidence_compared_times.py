"""A time said right after a figure that another is set against ("from 1,410 last year", "up from
41,000 in 2019", "against 52 in 2020") is that figure's time, not the first one's: "Visits reached
82,000, up from 41,000 in 2019" does not date the 82,000 to 2019. A time after a plain list of
figures still belongs to the clause."""

from __future__ import annotations

import pytest

import numcheck


def _times(text: str, figure: str) -> tuple[str, ...]:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.evidence is not None
    return claim.evidence.times


@pytest.mark.parametrize(
    ("text", "figure", "other", "time"),
    [
        (
            "The rise to 1,960 applicants from 1,410 last year is put down to a new round.",
            "1,960",
            "1,410",
            "last year",
        ),
        ("Visits reached 82,000, up from 41,000 in 2019.", "82,000", "41,000", "2019"),
        ("The club has 340 members, against 280 in 2021.", "340", "280", "2021"),
        ("Fares are now £4.10, compared with £3.60 in 2022.", "£4.10", "£3.60", "2022"),
    ],
)
def test_the_time_is_the_compared_figure_s(text: str, figure: str, other: str, time: str) -> None:
    assert time not in _times(text, figure)
    assert time in _times(text, other)


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        ("Sales rose from 1,410 to 1,960 last year.", "1,960", "last year"),
        ("The trust planted 300 oaks and 200 beeches in 2024.", "200", "2024"),
    ],
)
def test_a_time_after_its_own_figure_stays(text: str, figure: str, time: str) -> None:
    assert time in _times(text, figure)
