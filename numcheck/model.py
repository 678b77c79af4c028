"""Frozen records passed between the pipeline stages."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import TYPE_CHECKING

from numcheck.scanning import LazyPattern

if TYPE_CHECKING:
    from numcheck.evidence import Evidence


class ClaimKind(StrEnum):
    COUNT = "count"
    MEASURE = "measure"
    MONEY = "money"
    PERCENT = "percent"
    RATIO = "ratio"
    CHANGE = "change"
    DATE = "date"
    ORDINAL = "ordinal"
    OTHER = "other"

    @property
    def is_quantity(self) -> bool:
        """Dates, ordinals and identifiers are never compared as amounts."""
        return self in _QUANTITY_KINDS


# A set, not a tuple: asked of every claim at every stage, and a tuple compares member by member.
_QUANTITY_KINDS = frozenset(kind for kind in ClaimKind if kind.value not in ("date", "ordinal", "other"))


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


class Role(StrEnum):
    """Where a figure sits in a change: "from 300 to 1,200" gives a FROM and a TO."""

    FROM = "from"
    TO = "to"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


@dataclass(frozen=True, slots=True)
class Interval:
    """What a statement commits to. An open side is None."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    def scaled(self, factor: float) -> Interval:
        low = None if self.low is None else self.low * factor
        high = None if self.high is None else self.high * factor
        return Interval(low, high, self.low_inclusive, self.high_inclusive)

    def contains(self, value: float) -> bool:
        if self.low is not None and (value < self.low or (value == self.low and not self.low_inclusive)):
            return False
        return not (self.high is not None and (value > self.high or (value == self.high and not self.high_inclusive)))

    def intersection(self, other: Interval) -> Interval:
        """The values both intervals allow; empty (low above high) when they do not overlap."""
        low, low_inclusive = _tighter_low(self, other)
        high, high_inclusive = _tighter_high(self, other)
        return Interval(low, high, low_inclusive, high_inclusive)

    def overlaps(self, other: Interval) -> bool:
        """True when some value satisfies both intervals."""
        low, low_inc = _tighter_low(self, other)
        high, high_inc = _tighter_high(self, other)
        if low is None or high is None:
            return True
        if low < high:
            return True
        return low == high and low_inc and high_inc


def _tighter_low(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.low is None:
        return b.low, b.low_inclusive
    if b.low is None or a.low > b.low:
        return a.low, a.low_inclusive
    if b.low > a.low:
        return b.low, b.low_inclusive
    return a.low, a.low_inclusive and b.low_inclusive


def _tighter_high(a: Interval, b: Interval) -> tuple[float | None, bool]:
    if a.high is None:
        return b.high, b.high_inclusive
    if b.high is None or a.high < b.high:
        return a.high, a.high_inclusive
    if b.high < a.high:
        return b.high, b.high_inclusive
    return a.high, a.high_inclusive and b.high_inclusive


@dataclass(frozen=True, slots=True)
class Document:
    """A file as read. `prose` has the same length as `text`, with code, URLs,
    comments and front matter blanked out, so offsets into one are offsets into the other."""

    path: str
    text: str
    prose: str
    line_starts: tuple[int, ...] = field(repr=False, default=())

    @classmethod
    def from_text(cls, path: str, text: str, prose: str | None = None) -> Document:
        starts = [0]
        found = text.find("\n")
        while found >= 0:  # str.find, not a loop over every character: a tenth of reading a file
            starts.append(found + 1)
            found = text.find("\n", found + 1)
        return cls(path, text, text if prose is None else prose, tuple(starts))

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line_index = bisect.bisect_right(self.line_starts, offset) - 1
        return line_index + 1, offset - self.line_starts[line_index] + 1


@dataclass(frozen=True, slots=True)
class Sentence:
    path: str
    start: int
    end: int
    text: str


# The qualifiers of a figure written as two ends ("10 to 12", "between 24 and 51"): each end is a figure
WRITTEN_RANGES = frozenset({"range", "between"})


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric statement, as written and as normalised."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str
    sentence: str
    kind: ClaimKind
    value: float
    unit: str | None
    base_value: float | None
    base_unit: str | None
    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    qualifier: str | None
    precision: float
    subject: str | None
    entities: tuple[str, ...] = ()
    direction: Direction | None = None
    from_value: float | None = None
    to_value: float | None = None
    endpoint_unit: str | None = None
    role: Role | None = None
    dimension: str | None = None
    # What a rate is per: "month" in "$2,900 a month", "share" in "$41 per share" (a pint unit or a
    # singular noun); a measure's rate is in its unit too ("oil_barrel / day").
    per: str | None = None
    # The noun a count counts, as written with its modifiers ("electric tractors"); `subject` is the
    # normalised name used for linking.
    noun: str | None = None
    sentence_start: int = 0
    evidence: Evidence | None = None  # what the figure is about (numcheck.evidence), for linking

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high, self.low_inclusive, self.high_inclusive)

    @property
    def is_read_from_endpoints(self) -> bool:
        """ "rose from 300 to 1,200", "up from €7m", "fell to 4.2% from 4.5%": a change worked out from
        its endpoints states no figure of its own; its endpoints are the figures written."""
        return (
            self.kind is ClaimKind.CHANGE
            and self.from_value is not None
            and self.to_value is not None
            and self.text.lower().startswith(("from", "up from", "down from", "to"))
        )

    @property
    def is_rate_in_words(self) -> bool:
        """ "one in four", "seven out of ten": a share written as a rate, whose interval already runs
        over the rounding of its denominator."""
        return self.is_share_in_words and _RATE_WORDS.search(self.text) is not None

    @property
    def is_share_in_words(self) -> bool:
        """ "a third", "half", "one in four": a ratio under one that is no change is a share of a
        whole, compared with percentages as a percentage is."""
        return self.kind is ClaimKind.RATIO and self.direction is None and 0 < self.value < 1

    def __reduce__(self) -> tuple[type[Claim], tuple[object, ...]]:
        # Extraction workers send claims back by the million. Rebuilt through __init__ they load
        # twice as fast as through the slots __setstate__, which looks the fields up every time.
        return (Claim, tuple(getattr(self, name) for name in _CLAIM_FIELDS))


_CLAIM_FIELDS = tuple(f.name for f in fields(Claim))
_RATE_WORDS = LazyPattern(r"(?<![\w])(?:in|out\s+of)(?![\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, located at its primary claim; `claims` lists every claim it rests on."""

    rule: str
    severity: Severity
    message: str
    claims: tuple[Claim, ...]

    @property
    def primary(self) -> Claim:
        return self.claims[0]

    @property
    def sort_key(self) -> tuple[str, int, int, str, str, tuple[tuple[str, int, int, str], ...]]:
        """The one order every reporter uses; the cited places break ties between findings
        that share a primary claim and a message."""
        primary = self.primary
        cited = tuple((c.path, c.line, c.column, c.text) for c in self.claims)
        return (primary.path, primary.line, primary.column, self.rule, self.message, cited)
