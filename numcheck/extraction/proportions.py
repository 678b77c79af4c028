"""Proportions written as a rate: "one in four", "1 in 8", "nine in every ten", "seven out of ten";
and fractions of a unit: "three-quarters of a mile", "half an hour".

Read as one figure, a share of a whole (0.25, as "a quarter" is), so that "one in four homes"
meets "25% of homes" and "40,000 homes", instead of reading a count of four homes. The
denominator of a rate is itself rounded by the writer ("one in four" for 23% or 28%), so the
interval runs from N/(M + 0.5) to N/(M - 0.5); a hedge on the numerator keeps its sense ("more
than one in four" is over 22%, open above).
"""

from __future__ import annotations

import re

from numcheck.extraction.hedges import apply_hedge, hedge_before
from numcheck.extraction.lexicon import UnitLexicon
from numcheck.extraction.readings import Reading, tidy
from numcheck.model import ClaimKind, Interval
from numcheck.vocabulary import Vocabulary

# Between the numerator and the denominator: "in", "in every", "-in-", "out of every"; and
# "out of" alone, which is a rate only over a power of ten ("seven out of ten voters"), since
# "12 out of 40 schools" states two counts.
_JOIN = re.compile(r"(?:\s*-\s*|\s+)in(?:\s+every)?(?:\s*-\s*|\s+)|\s+out\s+of\s+(?P<every>every\s+)?", re.IGNORECASE)
_JOIN_BEFORE = re.compile(rf"(?:{_JOIN.pattern})\Z", re.IGNORECASE)
# A lone "one" is not read as a figure ("one of the"), so the numerator of "one in four" is found here.
_ONE_BEFORE = re.compile(r"(?<![\w'’-])(?:one|a\s+single)\Z", re.IGNORECASE)
_LARGEST_DENOMINATOR = 1e7  # "one in a million" is a share; "3 in 40,000,000" is no way to write one


def _is_power_of_ten(value: float) -> bool:
    return value >= 10 and float(value).is_integer() and str(int(value)).rstrip("0") == "1"


def _bare_count(reading: Reading) -> bool:
    return (
        reading.kind is ClaimKind.COUNT
        and reading.unit is None
        and reading.per is None
        and reading.direction is None
        and reading.value > 0
    )


def _rate_interval(over: Interval, denominator: float) -> Interval:
    """The numerator's interval over a denominator rounded by half a unit either way."""
    low = None if over.low is None else over.low / (denominator + 0.5)
    high = None if over.high is None else over.high / max(denominator - 0.5, 0.5)
    return Interval(
        None if low is None else tidy(low),
        None if high is None else tidy(high),
        over.low_inclusive,
        over.high_inclusive,
    )


def _proportion(text: str, numerator: Reading | None, denominator: Reading, vocabulary: Vocabulary) -> Reading | None:
    """The rate ending at `denominator`, over the reading before it or a lone "one"; None when
    the words between them make no rate."""
    if not _bare_count(denominator) or denominator.qualifier is not None:
        return None
    whole = denominator.value
    if not float(whole).is_integer() or not 2 <= whole <= _LARGEST_DENOMINATOR:
        return None
    join = _JOIN_BEFORE.search(text, max(0, denominator.start - 20), denominator.start)
    if join is None:
        return None
    out_of = "out" in join.group().lower()
    if out_of and not join.group("every") and not _is_power_of_ten(whole):
        return None
    if numerator is not None and numerator.end == join.start() and _bare_count(numerator):
        if numerator.value >= whole:
            return None  # "5 in 4" is no share
        start, over, qualifier = numerator.start, numerator.interval, numerator.qualifier
        part, precision = numerator.value, numerator.precision
    else:
        one = _ONE_BEFORE.search(text, max(0, join.start() - 12), join.start())
        if one is None:
            return None
        start, part, precision = one.start(), 1.0, 1.0
        hedge = hedge_before(text, start, vocabulary)
        over, qualifier = apply_hedge(1.0, hedge[0] if hedge else None), None
        if hedge is not None:
            start, qualifier = hedge[1], hedge[0].phrase
    value = tidy(part / whole)
    return Reading(start, denominator.end, ClaimKind.RATIO, value, None, _rate_interval(over, whole), qualifier,
                   tidy(precision / whole), figure_end=denominator.figure_end)  # fmt: skip


def with_proportions(text: str, readings: list[Reading], vocabulary: Vocabulary) -> list[Reading]:
    """The readings with each "N in M" read as one proportion in place of its two counts."""
    merged: list[Reading] = []
    for reading in readings:
        previous = merged[-1] if merged else None
        proportion = _proportion(text, previous, reading, vocabulary)
        if proportion is None:
            merged.append(reading)
            continue
        if previous is not None and proportion.start <= previous.start:
            merged.pop()  # the numerator is part of the proportion now
        merged.append(proportion)
    return merged


# "three-quarters of a mile", "a quarter of an hour": a fraction of one unit is an amount of it
_OF_A = re.compile(r"\s+of\s+an?\s+", re.IGNORECASE)
# "half a mile", "half an hour": "half" is read only before "of", so it is found here
_HALF_A = re.compile(r"(?<![\w-])half\s+an?\s+", re.IGNORECASE)


def _unit_word(text: str, position: int, lexicon: UnitLexicon) -> tuple[str, int] | None:
    match = lexicon.after.match(text, position - 1)
    if match is None or match.group("word") is None:
        return None
    sense = lexicon.words.get(" ".join(match.group("word").lower().split()))
    if sense is None or sense.kind is not ClaimKind.MEASURE or sense.factor != 1.0:
        return None
    return sense.unit, match.end()


def fractions_of_a_unit(text: str, readings: list[Reading], lexicon: UnitLexicon) -> list[Reading]:
    """The readings with a fraction of one unit read as that much of the unit, not as a share."""
    found: list[Reading] = []
    for reading in readings:
        of_a = _OF_A.match(text, reading.end) if reading.kind is ClaimKind.RATIO and reading.direction is None else None
        unit = _unit_word(text, of_a.end(), lexicon) if of_a and 0 < reading.value < 1 else None
        if unit is None:
            found.append(reading)
            continue
        found.append(Reading(reading.start, unit[1], ClaimKind.MEASURE, reading.value, unit[0], reading.interval,
                             reading.qualifier, reading.precision, figure_end=reading.figure_end))  # fmt: skip
    taken = [(r.start, r.end) for r in found]
    for half in _HALF_A.finditer(text):
        unit = _unit_word(text, half.end(), lexicon)
        if unit is None or any(half.start() < end and start < unit[1] for start, end in taken):
            continue
        found.append(Reading(half.start(), unit[1], ClaimKind.MEASURE, 0.5, unit[0], Interval.point(0.5), None, 0.5,
                             figure_end=half.end()))  # fmt: skip
    return sorted(found, key=lambda r: (r.start, r.end))
