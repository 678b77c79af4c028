"""Swapped figures: two figures of one source sentence that a draft gives the other way round.

"Marrow opened 9 stores and closed 22" against "We opened 22 stores and closed 9": each draft
figure is stated by a source figure, so support alone finds nothing wrong, and linking leaves the
pair alone because the value is "said elsewhere". Alignment settles it: each draft figure's value
is stated by the source figure that plays the part of the other draft figure, and the source
figure in its own part states the other draft figure's value.

The parts may also be read from the words beside each figure (numcheck/parts.py), across source
sentences and across kinds: "costs £10 a year and gives 12% off" against "get 10% off ... for £12 a
year". Each draft figure's part (the source figure its own words fit best) gives another number,
and that number is the one the other draft figure writes, both ways round.

Bounds: only draft sentences with two or more figures are looked at; a lookup of a figure that
states one is a bisection (numcheck/support.py), of a part a look at the source figures that
share a word with it (numcheck/parts.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations, groupby

from numcheck.frames import is_difference
from numcheck.linking import evidence, is_label, is_part_and_whole, match
from numcheck.model import Claim
from numcheck.parts import MIN_FIT, Context, PartIndex, contexts, is_age_bound, numbers, same_number
from numcheck.scanning import LazyPattern
from numcheck.support import Sources, Tolerance, family, stating_figures


@dataclass(frozen=True, slots=True)
class Swap:
    """A draft figure, the source figure in its part, and the source figure whose number it took."""

    draft: Claim
    part: Claim
    taken_from: Claim


def swapped(drafts: Sequence[Claim], index: Sources, tolerance: Tolerance, parts: PartIndex) -> Iterator[Swap]:
    """Each swapped draft figure with the source figure in its part: ('9', '22' opened)."""
    ordered = sorted(drafts, key=_sentence)
    for _, grouped in groupby(ordered, key=_sentence):
        group = list(grouped)
        # "Pulse 2", "Turn 3": a name with a number in it plays no part, nor "children under 10"
        figures = [c for c in group if family(c) not in (None, "date") and not (is_label(c) or is_age_bound(c))]
        # "to 4% to 5%, from 3% to 4%": a range the source writes as it is was not swapped
        figures = [c for c in figures if not _range_stated(c, index, tolerance)]
        if len(figures) < 2:
            continue
        found: set[int] = set()
        # a figure that says nothing of what it is ("Solberg, 24,") has no part to be swapped out of
        said = [claim for claim in figures if _said_what(claim)]
        stating = {id(claim): list(stating_figures(claim, index, tolerance)) for claim in said}
        for first, second in combinations(said, 2):
            if family(first) != family(second) or first.value == second.value or _part_and_whole(first, second):
                continue
            pair = _swap(first, second, stating[id(first)], stating[id(second)])
            if pair is not None:
                found |= {id(first), id(second)}
                yield Swap(first, pair[1], pair[0])
                yield Swap(second, pair[0], pair[1])
        mine = contexts(group)
        for first, second in combinations(figures, 2):
            if id(first) in found or id(second) in found:
                continue
            if _part_and_whole(first, second):
                continue
            for one, other in ((first, second), (second, first)):
                crossed = _crossed(one, other, parts, mine)
                if crossed is not None:
                    found |= {id(first), id(second)}
                    yield Swap(one, crossed[0], crossed[1])
                    yield Swap(other, crossed[1], crossed[0])
                    break


def _range_stated(claim: Claim, index: Sources, tolerance: Tolerance) -> bool:
    """A range a source writes with the same two ends."""
    if claim.low == claim.high:
        return False
    return any((s.low, s.high) == (claim.low, claim.high) for s in stating_figures(claim, index, tolerance))


def _part_and_whole(first: Claim, second: Claim) -> bool:
    """ "to lose 80 of its 1,200 beds": a part and the whole it is of, never the other way round;
    nor "nine more chicks than last year, 23 in all": a difference and the amount it leads to."""
    if is_difference(first) != is_difference(second):
        return True
    return is_part_and_whole(first, second)


def _crossed(one: Claim, other: Claim, parts: PartIndex, mine: Mapping[int, Context]) -> tuple[Claim, Claim] | None:
    """The parts of two draft figures when they trade numbers: the source figure that fits each
    one's words best writes the other's number and not its own. Together the two fits must come
    to a part's worth (MIN_FIT); when nothing beside `one` says what it is, `other`'s part must be
    clear on its own. Returns (`one`'s part, `other`'s part)."""
    best_other = _best(parts.scored(other, mine[id(other)]))
    if best_other is None:
        return None
    other_fit, part = best_other
    best_one = _best(parts.scored(one, mine[id(one)]))
    if best_one is not None:
        one_fit, candidate = best_one
        if one_fit + other_fit < MIN_FIT:
            return None
    elif (
        parts.part(other, mine[id(other)]) is part
        and _written_only_by(one, part, parts)
        and not any(fit > 0 and scored is part for fit, scored in parts.scored(one, mine[id(one)]))
    ):
        # no source figure of `one`'s kind writes its number but `other`'s part ("is insured for
        # £32,000" where the source insures for £28,000 and bought for £32,000): `one`'s part is
        # the one that writes `other`'s
        written = [
            c for c in parts.of_family(one) if any(same_number(n, m) for n in numbers(other) for m in numbers(c))
        ]
        if len(written) != 1 or _mood(written[0]) != _mood(one):
            # nor when that figure is said as done and `one` as an aim, or the other way round: "its
            # target of 400" takes no part from "has signed 130 so far"
            return None
        candidate = written[0]
    else:
        return None
    if candidate is not part and _took_from(one, candidate, part) and _took_from(other, part, candidate):
        if _side(one) is not None and _side(one) == _side(part):
            return None  # its number stands with its side in the source: "55% opposed" for "55% against"
        return candidate, part
    return None


def _mood(claim: Claim) -> bool:
    """Whether a figure is said as an aim, a forecast or a possibility rather than as done."""
    return evidence(claim).modal


def _written_only_by(claim: Claim, part: Claim, parts: PartIndex) -> bool:
    """Whether no source figure of the claim's family writes one of its numbers, other than `part`."""
    mine = numbers(claim)
    return not any(
        same_number(n, m) for other in parts.of_family(claim) if other is not part for n in mine for m in numbers(other)
    )


def _best(rows: Sequence[tuple[float, Claim]]) -> tuple[float, Claim] | None:
    """The best-fitting source figure, when it fits at all and no figure of another number fits as well."""
    if not rows or rows[0][0] <= 0:
        return None
    if any(score == rows[0][0] and numbers(other) != numbers(rows[0][1]) for score, other in rows[1:]):
        return None
    return rows[0]


def _took_from(claim: Claim, part: Claim, other_part: Claim) -> bool:
    """Whether a figure writes a number its part does not, and the other figure's part does; and,
    when both say which end of a change they are, the part is the same end."""
    mine, ends = _end(claim), _end(part)
    if mine is not None and ends is not None and mine != ends:
        return False
    extra = [n for n in numbers(claim) if not any(same_number(n, m) for m in numbers(part))]
    return bool(extra) and all(any(same_number(n, m) for m in numbers(other_part)) for n in extra)


def _swap(
    first: Claim, second: Claim, first_stated: Sequence[Claim], second_stated: Sequence[Claim]
) -> tuple[Claim, Claim] | None:
    """The source figures stating `first` and `second`, from one sentence, when each is about the
    other draft figure's quantity and not its own."""
    for one in first_stated:
        for other in second_stated:
            if one is other or _sentence(one) != _sentence(other):
                continue
            if _fit(first, other) > _fit(first, one) and _fit(second, one) > _fit(second, other):
                return one, other
    return None


def _said_what(claim: Claim) -> bool:
    return bool(claim.evidence and claim.evidence.head) or _end(claim) is not None


def _fit(first: Claim, second: Claim) -> tuple[int, bool, int, float]:
    """How surely two figures are about one quantity: they take the same side of a vote (which
    outweighs the rest: "41% opposed" is no "41% in favour", whatever else they share), nothing
    tells them apart, they are the same end of a change, and the evidence score."""
    found = match(first, second)
    one, other = _end(first), _end(second)
    ends = 0 if one is None or other is None else 1 if one == other else -1
    side, other_side = _side(first), _side(second)
    sides = 0 if side is None or other_side is None else 1 if side == other_side else -1
    return sides, found.apart is None and not _narrowed_apart(first, second), ends, found.score


def _narrowed_apart(first: Claim, second: Claim) -> bool:
    """Whether two figures of one head each narrow it their own way ("subscription revenue" and
    "services revenue"): other quantities, so neither took the other's part."""
    one, other = evidence(first), evidence(second)
    if not one.head or one.head != other.head:
        return False
    shared = set(one.modifiers) & set(other.modifiers)
    return bool(set(one.modifiers) - shared) and bool(set(other.modifiers) - shared)


# The side a share or a count of votes takes, in the words right after it ("41% in favour", "47%
# against", "41% of residents opposed", "9 voted for"): for or against.
_FOR = LazyPattern(
    r"\b(?:in\s+favou?r|backed|back|backing|supported|support|approved|approve|for(?=\s*(?:,|;|and\b|\Z)))\b",
    re.IGNORECASE,
)
_AGAINST = LazyPattern(r"\b(?:against|opposed|oppose|opposing|rejected|reject)\b", re.IGNORECASE)
_SIDE_WINDOW = LazyPattern(r"[^\d;:.!?]{0,40}")


def _side(claim: Claim) -> str | None:
    """'for' or 'against' where the words after a figure (to the next figure or clause) say which
    side it takes and say only one; None otherwise."""
    after = _SIDE_WINDOW.match(claim.sentence, claim.end - claim.sentence_start)
    words = after.group(0) if after else ""
    found = {side for side, pattern in (("for", _FOR), ("against", _AGAINST)) if pattern.search(words)}
    return found.pop() if len(found) == 1 else None


_BEFORE_FROM = LazyPattern(r"\bfrom\s+$", re.IGNORECASE)
_BEFORE_TO = LazyPattern(r"(?<!\bclose )(?<!\bup )\bto\s+$", re.IGNORECASE)
# "13.5%, down from 16%": the figure before "down from" is where the change ended
_BEFORE_DOWN_FROM = LazyPattern(r"^[^,;.()]{0,20}?,?\s*(?:down|up)\s+from\b", re.IGNORECASE)


def _end(claim: Claim) -> str | None:
    """Which end of a change a figure is, from the words around it: "from" or "to", or None.
    "fell to 17.1% from 19.6%", "from 9 days to 21", "13.5%, down from 16%"."""
    if claim.role is not None:
        return claim.role.value  # as extraction read it: "£7.25 an hour instead of £6.50"
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    before = claim.sentence[max(0, at - 12) : at]
    if _BEFORE_FROM.search(before):
        return "from"
    if _BEFORE_TO.search(before) or _BEFORE_DOWN_FROM.match(claim.sentence, end):
        return "to"
    return None


def _sentence(claim: Claim) -> tuple[str, int]:
    return claim.path, claim.sentence_start
