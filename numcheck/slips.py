"""Slips: two figures of one document whose digits say that one was mistyped from the other.

Within one document, linking joins two mentions only on what each sentence says about its figure,
and a later mention leaves most of that out ("Attendance of 53,000" after "a crowd of 35,000 on
Saturday"). A copy editor stops at such a pair for another reason: the two figures look like one
figure typed twice, once wrongly. Two digits swapped ("15,800" and "18,500"), one digit changed in
a figure of three or more ("2,650" and "2,150"), or the same digits at another scale ("£4.2m" and
"£42 million") rarely come together by chance, so here that likeness stands in for the context the
later mention leaves out. It never outweighs what tells two figures apart: another head, actor,
name, time, place, attribute or mood (`may_be_one`)."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from enum import Enum

from numcheck.frames import frames_differ, is_relative_amount
from numcheck.linking import list_labels_differ, match, quantity_key, row_label_unsaid
from numcheck.model import Claim, ClaimKind, Direction, Role
from numcheck.vocabulary import CHANGE_NOUN_DIRECTIONS

# A changed digit is a signature only in a figure this long, and not in its last digit: "36" and
# "32", "58%" and "68%", or "27.2%" and "27.8%" are two figures of one story as often as a slip
# (figures about one thing cluster), "2,650" and "2,150" far less often. For the same reason the
# changed digit must move the figure by a tenth or more: "26.5%" and "27.5%" are two groups' shares.
_MIN_CHANGE = 0.1
_MIN_CHANGED_DIGITS = 3


# Each figure is compared with this many figures of its kind before it, nearest first, as
# restatements are: a document that states one kind of figure thousands of times costs linear time.
NEAREST_FIGURES = 40


# Nouns for a change itself, whose thing is the noun they modify: "profit growth", a table's
# "Change" column beside its row's label
_CHANGE_NOUNS = frozenset({*CHANGE_NOUN_DIRECTIONS, "change"})


class Slip(Enum):
    TRANSPOSED = "two digits swapped"
    ONE_DIGIT = "one digit changed"


def significant_digits(value: float) -> str:
    """The digits of a figure without its scale: 15,800 -> "158", 0.046 -> "46"."""
    mantissa = f"{abs(value):.10e}".split("e")[0]
    return mantissa.replace(".", "").rstrip("0") or "0"


def digit_slip(first: Claim, second: Claim) -> Slip | None:
    """Whether two figures of one unit and one order of magnitude differ as a typing slip does."""
    if first.unit != second.unit:
        return None
    return value_slip(first.value, second.value)


def value_slip(a: float, b: float) -> Slip | None:
    """Whether two numbers of one order of magnitude differ as a typing slip does."""
    if not a or not b or a == b or (a < 0) != (b < 0):
        return None
    if math.floor(math.log10(abs(a))) != math.floor(math.log10(abs(b))):
        return None  # another scale is magnitude-slip's question
    one, other = significant_digits(a), significant_digits(b)
    width = max(len(one), len(other))
    one, other = one.ljust(width, "0"), other.ljust(width, "0")
    changed = [i for i in range(width) if one[i] != other[i]]
    if len(changed) == 2 and sorted(one) == sorted(other):
        return Slip.TRANSPOSED
    if len(changed) == 1 and min(len(one.rstrip("0")), len(other.rstrip("0"))) >= _MIN_CHANGED_DIGITS - 1:
        last = max(len(one.rstrip("0")), len(other.rstrip("0"))) - 1
        if width >= _MIN_CHANGED_DIGITS and changed[0] < last and abs(a - b) >= _MIN_CHANGE * max(abs(a), abs(b)):
            return Slip.ONE_DIGIT
    return None


def mistyped(later: Claim, earlier: Claim) -> Slip | None:
    """How a later figure of one document reads as an earlier one mistyped, when nothing tells the
    two apart. A changed digit says less than a swap ("97.2%" and "27.2%" are a pass rate and a
    share of top grades), so it needs the same head on both sides; three or more digits swapped
    outweigh two plain heads ("holds 18,500 spectators" and "all 15,800 seats")."""
    slip = digit_slip(later, earlier)
    if slip is None:
        return None
    if slip is Slip.ONE_DIGIT and not (counted(later)[0] and counted(later)[0] == counted(earlier)[0]):
        return None
    strong = slip is Slip.TRANSPOSED and len(significant_digits(later.value)) >= _MIN_CHANGED_DIGITS
    return slip if may_be_one(later, earlier, strong=strong) else None


def counted(claim: Claim) -> tuple[str | None, tuple[str, ...]]:
    """(head, modifiers) of what a figure counts; for a change, of what changed: "the 21% rise"
    names no head, "21% profit growth" the head "profit"."""
    found = claim.evidence
    if found is None:
        return None, ()
    head, modifiers = found.head, found.modifiers
    if head in _CHANGE_NOUNS:
        head, modifiers = (modifiers[-1], modifiers[:-1]) if modifiers else (None, ())
    return head, modifiers


# what evidence.py calls a figure that is some of a whole said elsewhere, or more on top of it
_SOME_OF = frozenset({"part of", "additional"})


def may_be_one(
    first: Claim, second: Claim, *, strong: bool = False, moods: bool = True, heads: bool = True, leaning: bool = False
) -> bool:
    """Nothing says two figures of one document count different things: no two heads, no two sets
    of modifiers, no two list labels or table rows, no table row's part against the text's whole,
    no two actors, names, times or places of which they share none, no target against an outcome,
    no other attribute, period or set ("3 metres wide", "five years ago", "another 400"), no
    starting figure against a result. Silence on one side is no difference: a later mention leaves
    out what the document has said. A `strong` slip outweighs two plain heads (see `mistyped`).
    `moods=False` leaves the mood to the caller, which reads it nearer the figure than the whole
    sentence ("beat the forecasts" makes no forecast of "the 12% rise"); `heads=False` leaves out
    heads and modifiers, for a likeness that outweighs any wording ("the 1,148 kg giant pumpkin" and
    "the 114.8 kg fruit"); `leaning` lets a figure that names no side take the other's ("14 metres
    tall" and "At 46 feet, it towers")."""
    if first.sentence_start == second.sentence_start and first.path == second.path:
        return False
    if (first.role is Role.FROM) != (second.role is Role.FROM):
        return False
    if frames_differ(first, second, leaning=leaning) or is_relative_amount(first) != is_relative_amount(second):
        return False
    if list_labels_differ(first, second) or row_label_unsaid(first, second) or row_label_unsaid(second, first):
        return False  # "nurses: 62%" and "porters: 48%"; two rows of a table; a row's part and the whole
    one, other = first.evidence, second.evidence
    if one is None or other is None:
        return True
    if moods and one.modal != other.modal:
        return False
    earlier, later = (one, other) if first.start < second.start else (other, one)
    if later.restricted in _SOME_OF and earlier.restricted not in _SOME_OF:
        return False  # "Of those boats, 46 are eights" is some of the 64 boats, however its digits read
        # (a part said first may be said again plainly: "1,402 of the votes", then "1,402 voting yes")
    (head, modifiers), (other_head, other_modifiers) = counted(first), counted(second)
    if heads and head and other_head and head != other_head and (not strong or modifiers or other_modifiers):
        return False  # "18,500 fans" and "15,800 season tickets": a narrowed noun is another thing
    if heads and set(modifiers) - set(other_modifiers) and set(other_modifiers) - set(modifiers):
        return False
    if one.actor and other.actor and one.actor != other.actor:
        return False
    return not any(
        mine and theirs and not set(mine) & set(theirs)
        for mine, theirs in ((one.names, other.names), (one.times, other.times), (one.places, other.places))
    )


def slipped_pairs(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(later, earlier) for each later figure of one document that reads as an earlier one
    mistyped (`mistyped`) and that linking left apart; against the nearest such earlier figure."""
    by_key: dict[tuple[str, str | None, Direction | None], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        key = quantity_key(claim)
        if key is None or claim.low != claim.high or claim.role is not None:
            continue
        if key == "change" and (claim.kind is not ClaimKind.CHANGE or claim.unit != "percent"):
            continue  # a multiplier's digits are too few to be a signature
        by_key.setdefault((key, claim.unit, claim.direction), []).append(claim)
    for figures in by_key.values():
        for later_index, later in enumerate(figures):
            for earlier in reversed(figures[max(0, later_index - NEAREST_FIGURES) : later_index]):
                if mistyped(later, earlier) and not match(later, earlier).linked:
                    yield later, earlier
                    break
