"""Bracketed conversions: a conversion written in brackets after its figure carries its hedge."""

from __future__ import annotations

import dataclasses
import itertools

from numcheck.extraction.readings import Reading
from numcheck.model import ClaimKind, Interval
from numcheck.scanning import LazyPattern

# "more than 33C (91.4F)", "up to 90 miles (150 km)": a conversion in brackets right after its figure
_BRACKET_GAP = LazyPattern(r"\s*\(\s*")


def hedged_conversions(text: str, readings: list[Reading]) -> list[Reading]:
    """A bracketed conversion with no hedge of its own says what its figure says, hedge and all:
    in "exceeded 33C (91.4F)" the 91.4F is a floor, as the 33C is. Its interval takes the figure's
    shape at its own value (a floor, a cap, or the same relative spread)."""
    ordered = sorted(readings, key=lambda r: (r.start, r.end))
    changed: dict[int, Reading] = {}
    for first, second in itertools.pairwise(ordered):
        if not _BRACKET_GAP.fullmatch(text, first.end, second.start) or second.qualifier is not None:
            continue
        if first.qualifier is None or first.kind is not second.kind or first.kind is not ClaimKind.MEASURE:
            continue
        if first.unit is None or second.unit is None or first.unit == second.unit:
            continue
        interval = _same_shape(first.interval, first.value, second.value)
        if interval is not None:
            changed[id(second)] = dataclasses.replace(second, interval=interval, qualifier=first.qualifier)
    return [changed.get(id(reading), reading) for reading in readings]


def _same_shape(interval: Interval, value: float, other: float) -> Interval | None:
    if interval.low is None and interval.high is not None:
        return Interval(None, other, True, interval.high_inclusive)
    if interval.high is None and interval.low is not None:
        return Interval(other, None, interval.low_inclusive, True)
    if interval.low is None or interval.high is None or not value:
        return None
    low, high = interval.low / value, interval.high / value
    ends = sorted((other * low, other * high))
    return Interval(ends[0], ends[1], interval.low_inclusive, interval.high_inclusive)
