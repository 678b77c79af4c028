"""Hedges: the words around a figure that turn it into an interval."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from numcheck.extraction.wordlists import may_end_with, one_of
from numcheck.model import Interval
from numcheck.vocabulary import Hedge, HedgeKind, Vocabulary


@dataclass(frozen=True)
class HedgePatterns:
    before: re.Pattern[str]
    after: re.Pattern[str]
    endings: tuple[str, ...]  # what `before` can match at its end, lower case (wordlists.may_end_with)


@cache
def hedge_patterns(vocabulary: Vocabulary) -> HedgePatterns:
    leading = sorted(vocabulary.hedges, key=len, reverse=True)
    # as a trie: the pattern is tried at each of the 40 characters before every figure
    words = one_of((h for h in leading if h[-1].isalnum() or h.endswith(".")), ignore_case=True)
    symbols = "|".join(re.escape(h) for h in leading if not (h[-1].isalnum() or h.endswith(".")))
    before = re.compile(
        # Scraped copy loses spaces ("a range ofup to 90 miles"), so a hedge may follow "of" directly.
        rf"(?:(?:(?<![\w])|(?<=\bof))(?P<word>{words})\s+|(?P<symbol>{symbols or '(?!)'})\s?)\Z",
        re.IGNORECASE,
    )
    trailing = sorted(vocabulary.trailing_hedges, key=len, reverse=True)
    after = re.compile(
        rf"(?:\s+(?P<word>{'|'.join(map(re.escape, trailing))})(?![\w])|(?P<plus>-plus|\+)(?![\w]))",
        re.IGNORECASE,
    )
    return HedgePatterns(before, after, tuple(hedge.lower() for hedge in leading))


# "Fares went up to £5": after a verb of motion in the past, "up" is the verb's particle and the
# figure the new level, not an upper bound ("fares could go up to £5" keeps its bound).
_PARTICLE_VERB = re.compile(
    r"(?<![\w])(?:went|gone|moved|shot|jumped|climbed|crept|edged|ticked|inched)\s+\Z",
    re.IGNORECASE,
)


# "hand over 412 patients", "took over 40 stores", "signed over the 3 farms": "over" is the verb's own
# "over" after a figure with its unit, or after a verb of spreading and its object, is "across"
_OVER_AFTER_A_MEASURE = re.compile(
    r"(?:\d[\d,.]*\s*(?:[a-z]+\s+)?|\b(?:spread|spreads|spreading|split|splits|divided|repaid|paid)\s+"
    r"(?:the\s+|its\s+|their\s+|your\s+)?[a-z]+\s+)\Z",
    re.IGNORECASE,
)
_OVER_PARTICLE_VERB = re.compile(
    r"(?<![\w])(?:hand(?:s|ed|ing)?|t(?:ake|akes|ook|aken|aking)|turn(?:s|ed|ing)?|sign(?:s|ed|ing)?|"
    r"pass(?:es|ed|ing)?|carr(?:y|ies|ied|ying)|give(?:s|n)?|gave|giving|lea(?:ve|ves|ving)|left)\s+\Z",
    re.IGNORECASE,
)


def hedge_before(text: str, position: int, vocabulary: Vocabulary) -> tuple[Hedge, int] | None:
    """The hedge ending right before `position`, and where it starts."""
    window_start = max(0, position - 40)
    patterns = hedge_patterns(vocabulary)
    if not may_end_with(text[window_start:position], patterns.endings):
        return None
    match = patterns.before.search(text, window_start, position)
    if not match or match.end() != position:
        return None
    phrase = (match.group("word") or match.group("symbol")).lower()
    if phrase == "up to" and _PARTICLE_VERB.search(text, max(0, match.start() - 12), match.start()):
        return None
    if phrase == "over" and _OVER_PARTICLE_VERB.search(text, max(0, match.start() - 12), match.start()):
        return None  # "handed over 412 patients", "took over 40 stores": the verb's particle
    if phrase == "over" and _OVER_AFTER_A_MEASURE.search(text, max(0, match.start() - 30), match.start()):
        return None  # "climbed 2,400 metres over four hills", "spread the cost over 6 payments": across
    return vocabulary.hedges[phrase], match.start()


def hedge_after(text: str, position: int, vocabulary: Vocabulary) -> tuple[Hedge, int] | None:
    """A trailing hedge ("or more", "-plus", "+") at `position`, and where it ends."""
    match = hedge_patterns(vocabulary).after.match(text, position)
    if not match:
        return None
    phrase = (match.group("word") or "plus").lower()
    return vocabulary.trailing_hedges[phrase], match.end()


def apply_hedge(value: float, hedge: Hedge | None) -> Interval:
    """The interval a hedged figure commits to."""
    if hedge is None:
        return Interval.point(value)
    spread = abs(value) * hedge.width
    match hedge.kind:
        case HedgeKind.BELOW:
            return Interval(value - spread, value, True, False)
        case HedgeKind.ABOVE:
            return Interval(value, value + spread, False, True)
        case HedgeKind.AROUND:
            return Interval(value - spread, value + spread, True, True)
        case HedgeKind.LOWER_OPEN:
            return Interval(value, None, False, True)
        case HedgeKind.LOWER:
            return Interval(value, None, True, True)
        case HedgeKind.UPPER_OPEN:
            return Interval(None, value, True, False)
        case HedgeKind.UPPER:
            return Interval(None, value, True, True)
