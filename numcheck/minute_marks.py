"""Minute marks: a moment of a game or a race given by its minute ("in the 52nd minute", "levelled
in the 71st", "scored after 12 minutes"), and the minutes between two of them: "after 12 minutes
... in the 52nd" is 40 minutes later."""

from __future__ import annotations

import re

from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern

_MINUTE_AFTER = LazyPattern(r"^[\s-]minute\b", re.IGNORECASE)  # "the 52nd minute", "a 52nd-minute header"
_IN_THE_BEFORE = LazyPattern(r"\bin\s+the\s+$", re.IGNORECASE)  # "equalised in the 52nd"
# the ordinal stands alone, its noun the minutes the sentence counts: "in the 52nd, after", not "in the
# 12th place" or "in the 3rd round"
_ALONE_AFTER = LazyPattern(
    r"^\s*(?:[,.;:)!?]|$|\s(?:and|but|with|after|before|when|as|to|from|for|while|though|only|then)\b)", re.I
)
_MINUTES = LazyPattern(r"\bminutes?\b", re.IGNORECASE)
_AFTER_BEFORE = LazyPattern(r"\bafter\s+(?:just\s+|only\s+)?$", re.IGNORECASE)  # "scored after 12 minutes"
_LAST_MINUTE = 130  # a game with extra time and stoppages; no minute mark runs longer


def minute_mark(claim: Claim) -> float | None:
    """The minute a figure marks in a game, or None: "52nd" in "in the 52nd minute" or in "in the
    52nd" of a sentence that counts minutes, and "12 minutes" in "after 12 minutes"."""
    if not claim.value.is_integer() or not 0 < claim.value <= _LAST_MINUTE:
        return None
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    before, after = claim.sentence[max(0, at - 16) : at], claim.sentence[end:]
    if claim.kind is ClaimKind.ORDINAL:
        if _MINUTE_AFTER.match(after) or (
            _IN_THE_BEFORE.search(before) and _ALONE_AFTER.match(after) and _MINUTES.search(claim.sentence)
        ):
            return claim.value
        return None
    if claim.kind is ClaimKind.MEASURE and claim.unit == "minute" and claim.low == claim.high:
        return claim.value if _AFTER_BEFORE.search(before) else None
    return None
