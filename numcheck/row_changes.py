"""Row changes: a table row's change column against the row's own two levels.

Results tables and fact boxes give a row's figure twice, then its change: "| Hourly rate | £12.40 |
£13.21 | 5.6% |" under "| Pay | Now | From April | Rise |". The change is worked out from the
two levels, so the row states the arithmetic it should pass: £12.40 to £13.21 is a rise of 6.5%,
not 5.6%. Only a row that is plainly that: one percentage in a column named by a change ("Rise",
"Change", "% fall"), after exactly two levels of one unit. Which way the change goes is the
column's word, or the sign written for "Change"; an unsigned "Change" may go either way. The
levels and the percentage are read as written, each to the rounding of its last digit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from numcheck.layout import is_aligned_row
from numcheck.model import Claim, ClaimKind
from numcheck.vocabulary import CHANGE_NOUN_DIRECTIONS

# The header of a change column that says no direction: the sign does
_SIGNED = frozenset({"change", "difference", "movement", "variance", "swing"})
_LEVEL_KINDS = frozenset({ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.MEASURE})


@dataclass(frozen=True, slots=True)
class RowChange:
    """A row's change, its two levels, and the change they give, in percent (signed: up is +)."""

    change: Claim
    start: Claim
    end: Claim
    stated: float  # the percentage as its column says it, signed
    worked: float  # what the levels give
    slack: float  # how far apart the two may be, from the rounding of all three as written


def row_change(row: Sequence[Claim]) -> RowChange | None:
    """The change of a table row (the claims of one row, in order), if it is one to check."""
    if not row or not ("|" in row[0].sentence or is_aligned_row(row[0].sentence)):
        return None
    changes = [claim for claim in row if _change_column(claim) is not None]
    if len(changes) != 1:
        return None
    change = changes[0]
    levels = [claim for claim in row if claim.start < change.start and claim.kind in _LEVEL_KINDS]
    if len(levels) != 2 or any(claim.low != claim.high for claim in (*levels, change)):
        return None
    start, end = levels
    if start.unit != end.unit or start.kind is not end.kind or start.value <= 0 or end.value < 0:
        return None
    column = _change_column(change)
    written_sign = change.text.lstrip()[:1] in "-−+"
    if column in _SIGNED:
        stated = change.value
    else:
        stated = abs(change.value) * (1 if CHANGE_NOUN_DIRECTIONS[column or ""] == "up" else -1)
    worked = (end.value - start.value) / start.value * 100
    if column in _SIGNED and not written_sign:
        worked = abs(worked)  # "Change: 8%" for a fall of 8% says only how much
    # each level may be half a unit of its last digit off, and so may the percentage
    low = (end.value - _half_unit(end) - start.value - _half_unit(start)) / (start.value + _half_unit(start)) * 100
    high = (end.value + _half_unit(end) - start.value + _half_unit(start)) / (start.value - _half_unit(start)) * 100
    slack = max(abs(worked - low), abs(high - worked)) + _half_unit(change)
    return RowChange(change, start, end, stated, worked, slack)


def _change_column(claim: Claim) -> str | None:
    """The change word a percentage's column is headed by ("rise", "change"), or None."""
    if claim.kind is not ClaimKind.PERCENT or claim.evidence is None or claim.evidence.head is None:
        return None
    head = claim.evidence.head
    return head if head in CHANGE_NOUN_DIRECTIONS or head in _SIGNED else None


def _half_unit(claim: Claim) -> float:
    """Half a unit of the last digit written: "12.40" is 12.395 to 12.405, "1,200" 1,199.5 to 1,200.5."""
    digits = "".join(char for char in claim.text if char.isdigit() or char == ".").strip(".")
    if not digits:
        return 0.0
    decimals = len(digits.partition(".")[2])
    written = float(digits)
    scale = abs(claim.value) / written if written else 1.0  # "£1.2m" is written in millions
    return 0.5 * 10**-decimals * scale
