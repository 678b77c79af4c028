"""Directions a change's verb does not give: signed figures ("+0.4%"), the apposition after a change
("shed 240 points, or 0.7%") and a comparative after the figure ("closed 3.2% higher")."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from numcheck.extraction.readings import Reading
from numcheck.model import ClaimKind, Direction, Interval
from numcheck.scanning import LazyPattern

# A market table's signs: after an index, a share or a currency, "-0.9%" is a fall, not a level.
_MARKET_CONTEXT = LazyPattern(
    r"\b(?:index|indices|shares?|stocks?|Dow|FTSE|Nasdaq|S&P|Nikkei|DAX|CAC|Hang\s+Seng|Stoxx|STOXX|Kospi|ASX|"
    r"TSX|Sensex|Nifty|Bovespa|Russell|Shanghai|Shenzhen|closed|trading|traded|futures|yields?)\b"
)
_PLUS_BEFORE = LazyPattern(r"(?<![\w+])\+\Z")
_MINUS_BEFORE = LazyPattern(r"(?<=\s)[-−]\Z")
# "shed 240 points, or 0.7%", "lost $14, or 0.7%": the same change said again in other terms.
_APPOSITION = LazyPattern(r"\s*,?\s*(?:or|about|that\s+is|i\.e\.)\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?\Z")
_COMPARATIVE_AFTER = LazyPattern(r"\s+(?P<word>higher|lower|up|down|stronger|weaker)\b(?!\s+(?:than|to|from))")
_CHANGE_KINDS = (ClaimKind.PERCENT, ClaimKind.CHANGE, ClaimKind.MONEY)


def signed(text: str, reading: Reading) -> Reading:
    """ "+0.4%" is a rise; "-0.9%" after an index or a share is a fall, its size 0.9."""
    if reading.kind not in (ClaimKind.PERCENT, ClaimKind.CHANGE) or reading.direction is not None:
        return reading
    if _PLUS_BEFORE.search(text, max(0, reading.start - 1), reading.start):
        return _as_change(reading, Direction.UP, start=reading.start - 1)
    if not _is_market_copy(text):
        return reading
    if reading.value < 0 and text[reading.start : reading.start + 1] in "-−–":
        return _as_change(reading, Direction.DOWN)
    if reading.value > 0 and _MINUS_BEFORE.search(text, max(0, reading.start - 2), reading.start):
        # "the Nikkei 225 -1.3%": after the index's own number the sign was not read as one
        return _as_change(reading, Direction.DOWN, start=reading.start - 1)
    return reading


@lru_cache(maxsize=256)
def _is_market_copy(text: str) -> bool:
    """Once per sentence, not per figure: "1%, 1%, ..." searched its whole sentence for each."""
    return bool(_MARKET_CONTEXT.search(text))


def _as_change(reading: Reading, direction: Direction, start: int | None = None) -> Reading:
    size = abs(reading.value)
    interval = reading.interval
    if reading.value < 0 and interval.low is not None and interval.high is not None:
        interval = Interval(-interval.high, -interval.low, interval.high_inclusive, interval.low_inclusive)
    return dataclasses.replace(
        reading,
        start=reading.start if start is None else start,
        kind=ClaimKind.CHANGE,
        value=size,
        interval=interval,
        direction=direction,
    )


def with_directions(text: str, readings: list[Reading]) -> list[Reading]:
    """Every reading, with the directions that signs, appositions and comparatives give."""
    directed = [signed(text, reading) for reading in readings]
    for index, reading in enumerate(directed):
        if reading.direction is not None or reading.kind not in _CHANGE_KINDS or reading.role is not None:
            continue
        comparative = _COMPARATIVE_AFTER.match(text, reading.end)
        if comparative:
            up = comparative.group("word").lower() in ("higher", "up", "stronger")
            direction = Direction.UP if up else Direction.DOWN
            directed[index] = dataclasses.replace(reading, kind=ClaimKind.CHANGE, direction=direction)
            continue
        before = directed[index - 1] if index else None
        if (
            before is not None
            and before.direction is not None
            and before.kind is not ClaimKind.RATIO
            and _APPOSITION.search(text, before.end, reading.start)
        ):
            directed[index] = dataclasses.replace(reading, kind=ClaimKind.CHANGE, direction=before.direction)
    return directed
