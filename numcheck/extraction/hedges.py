"""Hedges: the words around a figure that turn it into an interval."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from numcheck.extraction.wordlists import may_end_with, one_of
from numcheck.model import Interval
from numcheck.scanning import LazyPattern
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
# figure the new level, not an upper bound; so after one said as done or settled ("the rent will go
# up to £950", "prices are going up to £12"). "Fares could go up to £5" keeps its bound.
_PARTICLE_VERB = LazyPattern(
    r"(?<![\w])(?:went|gone|goes|going|(?:will|set\s+to|due\s+to)\s+go|moved|shot|jumped|climbed|crept|edged|ticked|"
    r"inched)\s+\Z",
    re.IGNORECASE,
)
# "payments add up to £195", "which totted up to 40": "add up to" is a sum's verb, not a bound;
# but a figure with a noun of its own is what is added, at most: "will add up to 600 beds", "adds up
# to 9 miles to some journeys"
_SUM_VERB = LazyPattern(r"(?<![\w])(?:add|adds|added|adding|totted|tots|tot|totting|summed|sums)\s+\Z", re.IGNORECASE)
_ADDED_THING = LazyPattern(
    r"\S+\s+(?!(?:a|an|per|in|by|over|for|this|last|each|every|and|or|but|from|so|since)\b)[A-Za-z]{2,}",
    re.IGNORECASE,
)


# "the passages add up to 14.6 km.": a measure that ends its clause is the sum, not a thing added
# ("adds up to 9 miles to some journeys" adds them)
_A_MEASURE_SUMMED = LazyPattern(
    r"[\d.,]+\s*(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m|feet|ft|kg|kilos?|kilograms?|tonnes?|tons?|"
    r"litres?|liters?|hours?|minutes?|days?|weeks?|months?|years?|hectares?|acres?)\s*(?:[.,;:)]|$)",
    re.IGNORECASE,
)


# "hand over 412 patients", "took over 40 stores", "signed over the 3 farms": "over" is the verb's own
# "over" after a figure with its unit, or after a verb of spreading and its object, is "across"
_OVER_AFTER_A_MEASURE = LazyPattern(
    r"(?:\d[\d,.]*\s*(?:[a-z]+\s+)?|\b(?:spread|spreads|spreading|split|splits|divided|repaid|paid)\s+"
    r"(?:the\s+|its\s+|their\s+|your\s+)?[a-z]+\s+)\Z",
    re.IGNORECASE,
)
_OVER_PARTICLE_VERB = LazyPattern(
    r"(?<![\w])(?:hand(?:s|ed|ing)?|t(?:ake|akes|ook|aken|aking)|turn(?:s|ed|ing)?|sign(?:s|ed|ing)?|"
    r"pass(?:es|ed|ing)?|carr(?:y|ies|ied|ying)|give(?:s|n)?|gave|giving|lea(?:ve|ves|ving)|left)\s+\Z",
    re.IGNORECASE,
)


# A verb that caps or limits its object at a figure: "agreed to cap the cost of the coach at £600",
# "limits class sizes to 30", "capped rises at 2.5%". The figure is a most, as "capped at" is; the
# hedge starts at the "at" or "to" (not at the verb, which may stand words away). A noun's "cap" or
# "limit" is not one: "raise the cap to £2,000" sets the cap itself.
_CAPPING_VERB = LazyPattern(
    r"(?<![\w])(?:(?:to|will|would|could|must|should|shall|may|and)\s+(?:cap|limit)|caps|capped|capping|limits|"
    r"limited|limiting)\s+(?:[A-Za-z'’-]+\s+){0,8}?(?P<bound>at|to)\s+\Z",
    re.IGNORECASE,
)
_CAPPED_AT = "capped at"


def hedge_before(text: str, position: int, vocabulary: Vocabulary) -> tuple[Hedge, int] | None:
    """The hedge ending right before `position`, and where it starts."""
    window_start = max(0, position - 40)
    patterns = hedge_patterns(vocabulary)
    if not may_end_with(text[window_start:position], patterns.endings):
        return _capped(text, position, vocabulary)
    match = patterns.before.search(text, window_start, position)
    if not match or match.end() != position:
        return _capped(text, position, vocabulary)
    phrase = (match.group("word") or match.group("symbol")).lower()
    if phrase == "up to" and _PARTICLE_VERB.search(text, max(0, match.start() - 12), match.start()):
        return None
    if (
        phrase == "up to"
        and _SUM_VERB.search(text, max(0, match.start() - 12), match.start())
        and (not _ADDED_THING.match(text, position, position + 40) or _A_MEASURE_SUMMED.match(text, position))
    ):
        return None
    if phrase == "over" and _OVER_PARTICLE_VERB.search(text, max(0, match.start() - 12), match.start()):
        return None  # "handed over 412 patients", "took over 40 stores": the verb's particle
    if phrase == "over" and _OVER_AFTER_A_MEASURE.search(text, max(0, match.start() - 30), match.start()):
        return None  # "climbed 2,400 metres over four hills", "spread the cost over 6 payments": across
    return vocabulary.hedges[phrase], match.start()


def _capped(text: str, position: int, vocabulary: Vocabulary) -> tuple[Hedge, int] | None:
    """The "at" or "to" of a verb that caps its object at the figure right after (`_CAPPING_VERB`)."""
    if _CAPPED_AT not in vocabulary.hedges or not text[max(0, position - 4) : position].rstrip().endswith(("at", "to")):
        return None
    found = _CAPPING_VERB.search(text, max(0, position - 90), position)
    if found is None or _NEGATION_BEFORE.search(text, max(0, found.start() - 30), found.end()):
        return None  # "will not cap bills at £2,000": no cap, and no floor either
    return vocabulary.hedges[_CAPPED_AT], found.start("bound")


# A bound said under a negation is the other side's: "must not fall below £250,000" is at least
# £250,000, "will not exceed 40" at most 40, "cannot be less than 18" at least 18. The negation comes
# at most two words before the bound ("not fall", "never be allowed to"); "not only", "not just" and
# "not even" stress the bound rather than deny it.
_NEGATION_BEFORE = LazyPattern(
    r"(?<![\w'’])(?:not|never|cannot|can['’]t|won['’]t|mustn['’]t|shouldn['’]t|isn['’]t|aren['’]t|wasn['’]t|"
    r"doesn['’]t|don['’]t|didn['’]t)\s+(?!(?:only|just|even|quite)\b)(?:[a-z]+\s+){0,2}\Z",
    re.IGNORECASE,
)
# A prohibition reaches further: "may not let their huts for more than 90 nights" is at most 90
# nights. Not past a question or a new clause: "must not say why fees rose to more than £90".
_PROHIBITION_BEFORE = LazyPattern(
    r"(?<![\w'’])(?:(?:may|must|can|shall|should)\s+not|cannot|can['’]t|mustn['’]t|shan['’]t)\s+"
    r"(?:(?!(?:why|how|whether|if|that|what|when|where|who|which|and|but|or|only|just|even)\b)[a-z]+\s+){0,5}\Z",
    re.IGNORECASE,
)
_NEGATED_KINDS = {
    HedgeKind.LOWER_OPEN: HedgeKind.UPPER,  # not more than 40: at most 40
    HedgeKind.LOWER: HedgeKind.UPPER_OPEN,  # not at least 40: under 40
    HedgeKind.UPPER_OPEN: HedgeKind.LOWER,  # not below 40: 40 or more
    HedgeKind.UPPER: HedgeKind.LOWER_OPEN,  # not up to 40: past it
}


def negated(text: str, hedge_start: int, hedge: Hedge) -> Hedge:
    """The bound a negation before it turns round ("not exceed 40" is at most 40), or the same hedge;
    a hedge near its figure ("not nearly 40", "not about 40") says too little to turn round."""
    kind = _NEGATED_KINDS.get(hedge.kind)
    if kind is None:
        return hedge
    window = max(0, hedge_start - 60)
    if not any(pattern.search(text, window, hedge_start) for pattern in (_NEGATION_BEFORE, _PROHIBITION_BEFORE)):
        return hedge
    return Hedge(f"not {hedge.phrase}", kind, hedge.width)


def hedge_named(qualifier: str, vocabulary: Vocabulary) -> Hedge | None:
    """The hedge a claim's qualifier names, a turned-round bound ("not exceed") included."""
    found = vocabulary.hedges.get(qualifier) or vocabulary.trailing_hedges.get(qualifier)
    if found is None and qualifier.startswith("not "):
        inner = vocabulary.hedges.get(qualifier.removeprefix("not "))
        kind = _NEGATED_KINDS.get(inner.kind) if inner is not None else None
        found = Hedge(qualifier, kind, inner.width) if inner is not None and kind is not None else None
    return found


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


# The fractions writers round a share to in words. "Just over a quarter" is nearer a quarter than a
# third, or it would be "almost a third": a hedge on a fraction in words reaches halfway to the next
# of them, where that is further than the hedge's own width ("a little over a quarter" for 28%).
_WORDED_FRACTIONS = (1 / 10, 1 / 8, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 2 / 5, 1 / 2, 3 / 5, 2 / 3, 3 / 4, 4 / 5, 9 / 10)


def apply_fraction_hedge(value: float, hedge: Hedge | None) -> Interval:
    """`apply_hedge` for a fraction written in words ("just over a quarter"): see _WORDED_FRACTIONS."""
    interval = apply_hedge(value, hedge)
    at = next((i for i, fraction in enumerate(_WORDED_FRACTIONS) if abs(fraction - value) < 1e-9), None)
    if hedge is None or at is None:
        return interval
    # (the first and last reach toward no other: "almost a tenth" is no 5%)
    above = (_WORDED_FRACTIONS[at + 1] - value) / 2 if at + 1 < len(_WORDED_FRACTIONS) else 0.0
    below = (value - _WORDED_FRACTIONS[at - 1]) / 2 if at > 0 else 0.0
    match hedge.kind:
        case HedgeKind.ABOVE:
            return Interval(value, max(interval.high or value, value + above), False, True)
        case HedgeKind.BELOW:
            return Interval(min(interval.low or value, value - below), value, True, False)
        case HedgeKind.AROUND:
            return Interval(min(interval.low or value, value - below), max(interval.high or value, value + above))
    return interval
