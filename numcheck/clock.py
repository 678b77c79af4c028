"""Times of day as minutes after midnight: "7.30pm", "7:30 p.m.", "19:30" and "1930 hrs" are one
time, so a draft on a 12-hour clock agrees with a source on a 24-hour one."""

from __future__ import annotations

import re

from numcheck.scanning import LazyPattern

_TWELVE_OR_TWENTY_FOUR = LazyPattern(
    r"(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap]\.?\s?m\.?)?(?:\s*(?:GMT|BST|UTC|CET|ET|PT))?",
    re.IGNORECASE,
)
_HOURS_WORD = LazyPattern(r"(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s?(?:hrs|hours)", re.IGNORECASE)


# "midnight", "12 noon", "midday": the two times of day said in words
_NAMED = {"midnight": 0, "noon": 12 * 60, "midday": 12 * 60}
_NAMED_TIME = LazyPattern(r"(?:12\s*)?(?P<word>midnight|noon|midday)", re.IGNORECASE)


def minutes_after_midnight(text: str) -> int | None:
    """The time of day a claim's text writes, or None when it writes none (a day, a year)."""
    written = text.strip()
    named = _NAMED_TIME.fullmatch(written)
    if named:
        return _NAMED[named.group("word").lower()]
    hours = _HOURS_WORD.fullmatch(written)
    if hours:
        return int(hours.group("hour")) * 60 + int(hours.group("minute"))
    clock = _TWELVE_OR_TWENTY_FOUR.fullmatch(written)
    if clock is None or (clock.group("minute") is None and clock.group("half") is None):
        return None  # "14" alone is a day of a month, not two o'clock
    hour, minute = int(clock.group("hour")), int(clock.group("minute") or 0)
    half = (clock.group("half") or "").lower()[:1]
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    elif hour > 23:
        return None
    return hour * 60 + minute
