"""Arithmetic a summary does on its source beyond two figures: the rest of a total, and a clock time.

- "raised £1.86 million ... Donations made up £1.1 million and grants £540,000, with the rest coming
  from its boatyard shop": a summary's "the shop brought in about £220,000" is the total less the
  parts listed where the source says there is a rest.
- "The first bus will leave at 5:40am, 25 minutes earlier than now": a summary's "now leaves at
  6:05am" is the time and the interval said with it.

Both are looked for only where the source signals them (a word for the rest; a time and a duration
in one sentence), so that a figure is not excused by a coincidence among many source figures.

Bounds: the parts are pairs of figures of one source sentence that names a rest, and the totals
the figures of the family, so the cost is that sentence's pairs times the family's figures."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from numcheck.model import Claim
from numcheck.support import base_value, family

_REST = re.compile(r"\b(?:the\s+rest|remainder|remaining|the\s+balance)\b", re.IGNORECASE)


def rest_of_total(claim: Claim, sources: Sequence[Claim], slack: float) -> str | None:
    """How the claim is a source total less two parts listed in a source sentence that names a
    rest, in words, or None."""
    name = family(claim)
    if name is None or name == "date":
        return None
    value = base_value(claim)
    pool = [c for c in sources if family(c) == name and c.low == c.high]
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for source in pool:
        if _REST.search(source.sentence):
            by_sentence.setdefault((source.path, source.sentence_start), []).append(source)
    for group in by_sentence.values():
        for first, second in combinations(group, 2):
            parts = base_value(first) + base_value(second)
            for total in pool:
                if total is first or total is second or base_value(total) <= parts:
                    continue
                if abs(base_value(total) - parts - value) <= slack:
                    return f"'{total.text}' less '{first.text}' and '{second.text}'"
    return None


_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?$", re.IGNORECASE)
_MINUTES = {"minute": 1.0, "hour": 60.0}
_DAY = 24 * 60


def clock_time(claim: Claim, sources: Sequence[Claim]) -> str | None:
    """How a clock time is a source time plus or minus a duration said in the same source sentence,
    in words, or None: "6:05am" from "at 5:40am, 25 minutes earlier than now"."""
    mine = _minutes_of_day(claim)
    if mine is None:
        return None
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for source in sources:
        by_sentence.setdefault((source.path, source.sentence_start), []).append(source)
    for group in by_sentence.values():
        times = [(c, t) for c in group if (t := _minutes_of_day(c)) is not None]
        spans = [(c, c.value * _MINUTES[c.unit]) for c in group if c.unit in _MINUTES and c.low == c.high]
        for (time, at), (span, length) in ((t, s) for t in times for s in spans):
            # with no am or pm on one side, a time is known only round a half day
            day = _DAY if mine[1] and at[1] else _DAY // 2
            if any((at[0] + sign * length - mine[0]) % day == 0 for sign in (1, -1)):
                return f"'{time.text}' and '{span.text}'"
    return None


_MARKER = re.compile(r"\s*([ap])\.?m\b\.?", re.IGNORECASE)


def _minutes_of_day(claim: Claim) -> tuple[int, bool] | None:
    """A clock time's minutes after midnight, and whether am or pm says which half of the day."""
    found = _CLOCK.match(claim.text.strip())
    if found is None:
        return None
    hours, minutes = int(found.group(1)), int(found.group(2))
    if hours > 23 or minutes > 59:
        return None
    marker = found.group(3) or ""
    if not marker:
        after = _MARKER.match(claim.sentence, claim.end - claim.sentence_start)
        marker = after.group(1) if after else ""
    marker = marker[:1].lower()
    if marker and hours <= 12:
        hours = hours % 12 + (12 if marker == "p" else 0)
    return hours * 60 + minutes, bool(marker) or hours > 12
