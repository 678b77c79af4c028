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

from numcheck.clock import minutes_after_midnight
from numcheck.model import Claim
from numcheck.support import TIME_OF_DAY, base_value, family

_REST = re.compile(r"\b(?:the\s+rest|remainder|remaining|the\s+balance)\b", re.IGNORECASE)


def rest_of_total(claim: Claim, sources: Sequence[Claim], slack: float) -> str | None:
    """How the claim is a source total less two parts listed in a source sentence that names a
    rest, in words, or None."""
    name = family(claim)
    if name is None or name in ("date", TIME_OF_DAY):
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


_MINUTES = {"minute": 1.0, "hour": 60.0}
_DAY = 24 * 60
_HALF_OF_DAY = re.compile(r"[ap]\.?\s?m\b", re.IGNORECASE)


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


def _minutes_of_day(claim: Claim) -> tuple[int, bool] | None:
    """A clock time's minutes after midnight (numcheck/clock.py), and whether the text says which
    half of the day it is ("5:40am", "17:40") or leaves it open ("5:40")."""
    minutes = minutes_after_midnight(claim.text)
    if minutes is None:
        return None
    return minutes, bool(_HALF_OF_DAY.search(claim.text)) or minutes >= 13 * 60
