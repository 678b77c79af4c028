"""Moved durations: a draft duration whose part in the source gives another length.

"The birds took 42 weeks to reach central Africa" against "took 42 days to reach central Africa":
the draft's words fit one source duration best (numcheck/parts.py), and it says another length.
A duration is often said in a sentence that shares few words with the source's ("review again in
4 days" against "Next review in 14 days"), or matches another figure's value by chance (42 weeks
is about 9.5 months), so support by value alone misses it. The draft duration is reported against
its part unless the source states its length exactly elsewhere ("five-year deals" beside "the
two-year deal": another kind of deal), or a source figure that fits the draft's words about as
well states it, or the part and another source duration the draft's words fit give it by a sum
or a difference.

Bounds: one part lookup per draft duration; the figures that state it are found by bisection."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from numcheck.linking import describes_its_subject, is_age, match
from numcheck.model import Claim
from numcheck.parts import MARGIN, PartIndex, best_part, contexts, numbers
from numcheck.support import Sources, Tolerance, base_value, compares, family, stating_figures, support

# A duration's words are few ("in 4 days", "lasts 18 months"): one shared word a step away will do.
DURATION_MIN_FIT = 0.4
DURATIONS = "[time]"
SUM_TOLERANCE = 0.02


def moved(
    drafts: Sequence[Claim], parts: PartIndex, index: Sources, tolerance: Tolerance
) -> Iterator[tuple[Claim, Claim]]:
    """Each draft duration with the source duration in its part, when the part gives another
    length (`tolerance.disagree`) and no source figure that fits as well states the draft's."""
    mine = contexts(drafts)
    for claim in drafts:
        if family(claim) != DURATIONS or is_age(claim) or _names_a_kind(claim):
            continue
        rows = parts.scored(claim, mine[id(claim)])
        part = best_part(rows, DURATION_MIN_FIT)
        if part is None or tolerance.disagree is None or not tolerance.disagree(claim, part):
            continue
        apart = match(claim, part).apart
        if apart is not None and apart.cue != "action":
            continue  # another place, time, actor or mood: Silva's four-year contract, Moreno's two-year one
        if part.evidence is not None and part.evidence.restricted == "additional":
            continue  # "face a further 30 months": more on top of a length, not the length
        stating = list(stating_figures(claim, index, tolerance))
        if any(_the_same_length(claim, other) for other in stating):
            continue  # the source gives this very length elsewhere: "five-year deals" are another kind
        close = rows[0][0] - MARGIN
        if any(other in stating for score, other in rows if score >= close):
            continue
        if _sum_with_part(claim, part, [other for score, other in rows if score > 0 and other is not part]):
            continue  # "takes 75 minutes in a storm": 55 minutes, and 20 minutes longer in a storm
        if compares(claim) and support(claim, index, tolerance, same_head=True, like_only=True) is not None:
            continue  # "recoverable for 16 days longer than now": 30 days, up from 14
        yield claim, part


def _the_same_length(claim: Claim, other: Claim) -> bool:
    """Whether a source figure writes the claim's length: the same number of the same unit, or the
    very length in others ("an 80-month term" and "six years and eight months")."""
    if other.unit == claim.unit:
        return numbers(other) == numbers(claim)
    exact = claim.low == claim.high and other.low == other.high
    return exact and math.isclose(base_value(other), base_value(claim), rel_tol=1e-9)


def _names_a_kind(claim: Claim) -> bool:
    """ "Five-year fixed deals average 5.2%": a duration written as a modifier with no article names
    a kind of thing, not the length of the one thing the source gives ("a 12-month fix")."""
    return "-" in claim.text.strip("-") and not describes_its_subject(claim)


def _sum_with_part(claim: Claim, part: Claim, related: Sequence[Claim]) -> bool:
    """Whether the part and another source duration the draft's words also fit add up to the draft's
    length, or differ by it. A figure the words do not fit is no term: "58 minutes" for a journey is
    not the journey's 38 plus a Sunday bus every 20."""
    # within 2%, not the draft's rounding: "30 weeks" may be rounded to the ten, but a sum that far
    # off is no sum
    value = base_value(claim)
    slack = SUM_TOLERANCE * abs(value)
    own = base_value(part)
    return any(abs(own + sign * base_value(other) - value) <= slack for other in related for sign in (1, -1))
