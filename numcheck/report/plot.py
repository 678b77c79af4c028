"""Report stage, plots: where each document's interval lies on one shared axis per subject.

Pure geometry in SVG user units; the HTML template draws it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from numcheck.model import Interval

WIDTH = 360.0
HEIGHT = 22.0
MARGIN = 16.0  # room at each edge for an arrowhead or an end circle
LOG_SPREAD = 100.0  # above this ratio of largest to smallest end, a linear axis squeezes the small ones flat
# A linear axis spans at least this share of its largest value: 40,000 and 40,100 agree to a reader,
# and an axis zoomed to the 100 between them would draw them at opposite edges.
MIN_RELATIVE_SPAN = 0.2
MIN_BAND = 8.0  # the band of agreement stays visible when every claim is the same point


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class Axis:
    """A linear or logarithmic map from values to x, with its ticks."""

    low: float
    high: float
    log: bool
    ticks: tuple[Tick, ...] = ()

    def x(self, value: float) -> float:
        scale = math.log10 if self.log else float
        low, high, value = scale(self.low), scale(self.high), scale(value)
        return round(MARGIN + (value - low) / (high - low) * (WIDTH - 2 * MARGIN), 2)


@dataclass(frozen=True, slots=True)
class Bar:
    """One interval on the axis. An open side is an arrow to the edge; a closed end is a filled
    circle, an excluded end ("under 10") a hollow one; a point is a single dot."""

    x1: float
    x2: float
    open_left: bool
    open_right: bool
    left_filled: bool
    right_filled: bool

    @property
    def point(self) -> bool:
        return not (self.open_left or self.open_right) and self.x1 == self.x2


@dataclass(frozen=True, slots=True)
class Band:
    """Where every interval overlaps: the values all the documents allow."""

    x1: float
    x2: float


def tick_label(value: float, digits: int = 3) -> str:
    """Short enough for several ticks on a narrow axis: "40k", "1.5M", "2bn"."""
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.{digits}g}{suffix}"
    return f"{value:.{digits}g}"


def tick_labels(values: Sequence[float]) -> list[str]:
    """Labels for neighbouring ticks, with as many digits as it takes to tell them apart:
    "24.1k, 24.12k", never "24.1k, 24.1k"."""
    for digits in range(3, 10):
        labels = [tick_label(value, digits) for value in values]
        if len(set(labels)) == len(labels):
            return labels
    return labels


def _ends(intervals: Sequence[Interval]) -> list[float]:
    return [v for i in intervals for v in (i.low, i.high) if v is not None]


def _nice_step(span: float) -> float:
    raw = span / 5
    magnitude: float = 10.0 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def _linear_ticks(low: float, high: float) -> list[float]:
    step = _nice_step(high - low)
    first = math.ceil(low / step)
    return [round(k * step, 12) for k in range(first, math.floor(high / step) + 1)]


def _log_ticks(low: float, high: float) -> list[float]:
    decades = range(math.ceil(math.log10(low)), math.floor(math.log10(high)) + 1)
    ticks = [10.0**d for d in decades]
    if len(ticks) < 3:  # less than two decades shown: add the 2s and 5s
        ticks = sorted(m * 10.0**d for d in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)
                       for m in (1, 2, 5) if low <= m * 10.0**d <= high)  # fmt: skip
    return ticks


def axis_for(intervals: Sequence[Interval]) -> Axis:
    """An axis that shows every finite end, with some room either side."""
    ends = _ends(intervals)
    if not ends:
        return Axis(0.0, 1.0, False)
    low, high = min(ends), max(ends)
    if low > 0 and high / low >= LOG_SPREAD:
        low, high = low / 10**0.15, high * 10**0.15
        return _with_ticks(Axis(low, high, True), _log_ticks(low, high))
    middle, span = (low + high) / 2, high - low
    span = max(span * 1.16, MIN_RELATIVE_SPAN * max(abs(low), abs(high))) or 1.0
    low, high = middle - span / 2, middle + span / 2
    if min(ends) >= 0 > low:  # counts and sizes: no axis below zero unless a claim is
        low, high = 0.0, max(high - low, max(ends) * 1.08)
    return _with_ticks(Axis(low, high, False), _linear_ticks(low, high))


def _with_ticks(axis: Axis, values: Sequence[float]) -> Axis:
    ticks = tuple(Tick(axis.x(value), label) for value, label in zip(values, tick_labels(values), strict=True))
    return Axis(axis.low, axis.high, axis.log, ticks)


def bar(axis: Axis, interval: Interval) -> Bar:
    open_left, open_right = interval.low is None, interval.high is None
    x1 = MARGIN / 4 if interval.low is None else axis.x(interval.low)
    x2 = WIDTH - MARGIN / 4 if interval.high is None else axis.x(interval.high)
    return Bar(x1, x2, open_left, open_right, interval.low_inclusive, interval.high_inclusive)


def common_band(axis: Axis, intervals: Sequence[Interval]) -> Band | None:
    """The overlap of all the intervals, when there are two or more and they have one."""
    if len(intervals) < 2:
        return None
    common = intervals[0]
    for interval in intervals[1:]:
        if not common.overlaps(interval):
            return None
        common = common.intersection(interval)
    drawn = bar(axis, common)
    if drawn.x2 - drawn.x1 >= MIN_BAND:
        return Band(drawn.x1, drawn.x2)
    middle = (drawn.x1 + drawn.x2) / 2
    return Band(middle - MIN_BAND / 2, middle + MIN_BAND / 2)
