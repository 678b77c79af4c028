"""Bounds turned round: a draft figure bounded the other way from the source figure in its part.

"Up to 40 teachers have been trained" against "At least 40 teachers have completed training": the
two state one number, so support by value finds it, and the verbs differ, so linking may not
compare them. The source figure whose words fit the draft figure's best (numcheck/parts.py) says
what the figure is; when one of the two is a bound and their intervals share no value, or only
the value where a cap meets a floor, the draft says something the source does not. Different verbs
do not tell the two apart here ("trained", "completed training"), but a place, a time, an actor
or a mood on one side does, as in linking.

Bounds: only draft figures with a family are looked at, one part lookup each."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from numcheck.kinds import base_interval
from numcheck.linking import match
from numcheck.model import Claim, Interval
from numcheck.parts import PartIndex, contexts, is_age_bound
from numcheck.support import family, only_touch


def turned_round(drafts: Sequence[Claim], parts: PartIndex) -> Iterator[tuple[Claim, Claim]]:
    """Each draft figure with the source figure in its part, when one is a bound and the two
    intervals meet at one number and share no other value: ("at least 8 weeks", "up to 8 weeks")."""
    figures = [c for c in drafts if family(c) not in (None, "date") and not is_age_bound(c)]
    mine = contexts(drafts)
    for claim in figures:
        part = parts.part(claim, mine[id(claim)])
        if part is None or not (_open(claim.interval) or _open(part.interval)):
            continue
        apart = match(claim, part).apart
        if apart is not None and apart.cue != "action":
            continue  # another place, time, actor or mood: "four died in Ardenne" is part of "at least 12"
        one, other = base_interval(claim), base_interval(part)
        if (not one.overlaps(other) or only_touch(one, other)) and _meet(one, other):
            yield claim, part


def _meet(one: Interval, other: Interval) -> bool:
    """Whether one interval ends where the other starts: the same number bounded both ways ("up to
    40" and "at least 40", "more than 600" and "fewer than 600"). Bounds at other numbers are left
    to the figure checks, which weigh the figures' own slack."""
    ends = ((one.high, other.low), (other.high, one.low))
    return any(a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9) for a, b in ends)


def is_point(claim: Claim) -> bool:
    return claim.low is not None and claim.low == claim.high


def _open(interval: Interval) -> bool:
    return interval.low is None or interval.high is None
