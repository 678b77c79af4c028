"""Swapped figures: two figures of one source sentence that a draft gives the other way round.

"Marrow opened 9 stores and closed 22" against "We opened 22 stores and closed 9": each draft
figure is stated by a source figure, so support alone finds nothing wrong, and linking leaves the
pair alone because the value is "said elsewhere". Alignment settles it: each draft figure's value
is stated by the source figure that plays the part of the other draft figure, and the source
figure in its own part states the other draft figure's value.

Bounds: only draft sentences with two or more figures of one family, and only source figures that
state one of them, are looked at; each lookup is a bisection (numcheck/support.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import combinations, groupby

from numcheck.linking import match
from numcheck.model import Claim
from numcheck.support import Sources, Tolerance, family, stating_figures


def swapped(drafts: Sequence[Claim], index: Sources, tolerance: Tolerance) -> Iterator[tuple[Claim, Claim]]:
    """Each swapped draft figure with the source figure in its part: ('9', '22' opened)."""
    ordered = sorted(drafts, key=_sentence)
    for _, group in groupby(ordered, key=_sentence):
        # a figure that says nothing of what it is ("Solberg, 24,") has no part to be swapped out of
        figures = [claim for claim in group if family(claim) not in (None, "date") and _said_what(claim)]
        if len(figures) < 2:
            continue
        stating = {id(claim): list(stating_figures(claim, index, tolerance)) for claim in figures}
        for first, second in combinations(figures, 2):
            if family(first) != family(second) or first.value == second.value:
                continue
            found = _swap(first, second, stating[id(first)], stating[id(second)])
            if found is not None:
                yield first, found[1]
                yield second, found[0]


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


def _fit(first: Claim, second: Claim) -> tuple[bool, int, float]:
    """How surely two figures are about one quantity: nothing tells them apart, they are the same
    end of a change, and the evidence score."""
    found = match(first, second)
    one, other = _end(first), _end(second)
    ends = 0 if one is None or other is None else 1 if one == other else -1
    return found.apart is None, ends, found.score


_BEFORE_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_BEFORE_TO = re.compile(r"(?<!\bclose )(?<!\bup )\bto\s+$", re.IGNORECASE)
# "13.5%, down from 16%": the figure before "down from" is where the change ended
_BEFORE_DOWN_FROM = re.compile(r"^[^,;.()]{0,20}?,?\s*(?:down|up)\s+from\b", re.IGNORECASE)


def _end(claim: Claim) -> str | None:
    """Which end of a change a figure is, from the words around it: "from" or "to", or None.
    "fell to 17.1% from 19.6%", "from 9 days to 21", "13.5%, down from 16%"."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    before = claim.sentence[max(0, at - 12) : at]
    if _BEFORE_FROM.search(before):
        return "from"
    if _BEFORE_TO.search(before) or _BEFORE_DOWN_FROM.match(claim.sentence, end):
        return "to"
    return None


def _sentence(claim: Claim) -> tuple[str, int]:
    return claim.path, claim.sentence_start
