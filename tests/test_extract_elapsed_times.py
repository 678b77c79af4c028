"""Lengths of time as a stopwatch or a timetable writes them: "2:07:55", "2 hours 21 minutes 40
seconds", "open 5am-11pm"; and a time of day with seconds stays one time of day."""

from __future__ import annotations

import pytest

import numcheck

# (sentence, the claim's text, its kind, value, unit)
ELAPSED = [
    ("The men's race went to Tomás Ribeiro of Portugal in 2:07:55.", "2:07:55", "measure", 2 + 7 / 60 + 55 / 3600,
     "hour"),
    ("She swam the channel in 9:41:08, a new record.", "9:41:08", "measure", 9 + 41 / 60 + 8 / 3600, "hour"),
    ("Her winning time of 1:58:40.2 stood for a decade.", "1:58:40.2", "measure", 1 + 58 / 60 + 40.2 / 3600, "hour"),
    ("Chebet won in 2 hours 21 minutes 40 seconds on Sunday.", "2 hours 21 minutes 40 seconds", "measure",
     2 + 21 / 60 + 40 / 3600, "hour"),
    ("The flight took 11 hours, 5 minutes and 30 seconds.", "11 hours, 5 minutes and 30 seconds", "measure",
     11 + 5 / 60 + 30 / 3600, "hour"),
    # each part of a length is of a smaller unit than the last: a second length in seconds is its own
    ("She won in 2 hours 21 minutes 36 seconds, 47 seconds outside the record.", "2 hours 21 minutes 36 seconds",
     "measure", 2 + 21 / 60 + 36 / 3600, "hour"),
    ("She won in 2 hours 21 minutes 36 seconds, 47 seconds outside the record.", "47 seconds", "measure", 47,
     "second"),
    ("He ran 3 hours 5 minutes, 12 minutes slower than last year.", "12 minutes", "measure", 12, "minute"),
    ("The alarm went off at 14:32:10 on Monday.", "14:32:10", "date", 14, None),
    ("The shop is open 5am-11pm every day.", "11pm", "date", 11, None),
    ("Lessons run 9am–3.30pm, with lunch at noon.", "3.30pm", "date", 3.3, None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit"), ELAPSED)
def test_a_length_or_time_of_day_is_read_whole(
    sentence: str, text: str, kind: str, value: float, unit: str | None
) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (found.kind.value, found.unit) == (kind, unit)
    assert found.value == pytest.approx(value, abs=1e-6)


@pytest.mark.parametrize(
    "sentence",
    ["The race went to Ribeiro in 2:07:55.", "Chebet won in 2 hours 21 minutes 40 seconds."],
)
def test_no_stray_figures_are_left_of_a_length_of_time(sentence: str) -> None:
    assert len(numcheck.extract(sentence)) == 1


# A kind of day is still days: "up to 2 missed days", "three consecutive days"
@pytest.mark.parametrize(
    ("sentence", "text", "unit", "value"),
    [
        ("Your streak now survives up to 2 missed days.", "up to 2 missed days", "day", 2),
        ("It rained for three consecutive days.", "three consecutive days", "day", 3),
        ("Pupils lost 12 school days to the strike.", "12 school days", "day", 12),
    ],
)
def test_a_kind_of_day_is_days(sentence: str, text: str, unit: str, value: float) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (found.unit, found.value) == (unit, value)


def test_a_kind_of_thing_that_is_no_time_stays_a_count() -> None:
    found = next(c for c in numcheck.extract("We sold 4 school shirts.") if c.text == "4")
    assert (found.kind.value, found.unit) == ("count", None)
