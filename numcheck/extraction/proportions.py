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
from numcheck.extraction.rates import measure_rate_after, unit_per
from numcheck.extraction.readings import Reading, tidy
from numcheck.extraction.wordlists import letter_runs, may_hold
from numcheck.model import ClaimKind, Interval
from numcheck.scanning import LazyPattern
from numcheck.units import UnknownUnitError, convert
from numcheck.vocabulary import Vocabulary

# Between the numerator and the denominator: "in", "in every", "-in-", "out of every"; and
# "out of" alone, which is a rate only over a power of ten ("seven out of ten voters") or a small
# whole in words ("four out of five"), since "12 out of 40 schools" states two counts.
_JOIN = LazyPattern(r"(?:\s*-\s*|\s+)in(?:\s+every)?(?:\s*-\s*|\s+)|\s+out\s+of\s+(?P<every>every\s+)?", re.IGNORECASE)
_JOIN_BEFORE = LazyPattern(rf"(?:{_JOIN.pattern})\Z", re.IGNORECASE)
# A lone "one" is not read as a figure ("one of the"), so the numerator of "one in four" is found here.
_ONE_BEFORE = LazyPattern(r"(?<![\w'’-])(?:one|a\s+single)\Z", re.IGNORECASE)
# ... or with the thing counted between: "one job in 50", "one household in every ten"
_ONE_THING_BEFORE = LazyPattern(r"(?<![\w'’-])(?:one|a\s+single)\s+[a-z]{3,}\Z", re.IGNORECASE)
_LARGEST_WORD_WHOLE = 10  # "nine out of ten"; "twelve out of forty schools" states two counts
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
    # "four out of five", "two out of three": a small whole in words is the idiom's, as "ten" is
    in_words = text[denominator.start : denominator.end].isalpha() and whole <= _LARGEST_WORD_WHOLE
    if out_of and not join.group("every") and not _is_power_of_ten(whole) and not in_words:
        return None
    if numerator is not None and numerator.end == join.start() and _bare_count(numerator):
        if numerator.value >= whole:
            return None  # "5 in 4" is no share
        start, over, qualifier = numerator.start, numerator.interval, numerator.qualifier
        part, precision = numerator.value, numerator.precision
    else:
        one = _ONE_BEFORE.search(text, max(0, join.start() - 12), join.start()) or _ONE_THING_BEFORE.search(
            text, max(0, join.start() - 30), join.start()
        )
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


# "a one-in-four chance", "one-in-20 patients": the hyphened rate, whose words the figure reader skips
_HYPHENED = LazyPattern(
    r"(?<![\w-])(?P<part>[a-z]+|\d+)-in-(?P<whole>[a-z]+|\d{1,3}(?:,\d{3})+|\d+)(?![\w-])", re.IGNORECASE
)


def _number(word: str, vocabulary: Vocabulary) -> int | None:
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else vocabulary.number_words.get(word.lower())


def _hyphened(text: str, taken: list[Reading], vocabulary: Vocabulary) -> list[Reading]:
    if "-in-" not in text and "-In-" not in text and "-IN-" not in text:
        return []  # the common case, without a scan of every word
    found: list[Reading] = []
    for match in _HYPHENED.finditer(text):
        part, whole = _number(match.group("part"), vocabulary), _number(match.group("whole"), vocabulary)
        if part is None or whole is None or not 0 < part < whole <= _LARGEST_DENOMINATOR:
            continue
        straddling = (r for r in taken if match.start() < r.end and r.start < match.end())
        if any(r.kind.is_quantity and (r.start < match.start() or r.end > match.end()) for r in straddling):
            continue  # what was read inside it ("1", "in-20") gives way; a figure reaching past it does not
        interval = _rate_interval(Interval.point(float(part)), float(whole))
        found.append(Reading(match.start(), match.end(), ClaimKind.RATIO, tidy(part / whole), None, interval, None,
                             tidy(1 / whole), figure_end=match.end()))  # fmt: skip
    return found


def with_proportions(text: str, readings: list[Reading], vocabulary: Vocabulary) -> list[Reading]:
    """The readings with each "N in M" read as one proportion in place of its two counts."""
    hyphened = _hyphened(text, readings, vocabulary)
    if hyphened:
        kept = [r for r in readings if not any(h.start < r.end and r.start < h.end for h in hyphened)]
        readings = sorted([*kept, *hyphened], key=lambda r: (r.start, r.end))
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
_OF_A = LazyPattern(r"\s+of\s+an?\s+", re.IGNORECASE)
# "half a mile", "half an hour": "half" is read only before "of", so it is found here
_HALF_A = LazyPattern(r"(?<![\w-])half\s+an?\s+", re.IGNORECASE)
# "less than an hour", "more than a week", "up to a mile": one unit, bounded by its hedge (without
# one, "an hour later" and "once a day" are no amounts). The words a hedge ends with find the
# candidates; hedge_before then reads the hedge itself.
HEDGED_ONE = r"\b(?:than|to|about|around|nearly|almost|over|under|least|most|roughly|some)\s+(?P<article>an?)\s+"
_ONE_UNIT = LazyPattern(HEDGED_ONE, re.IGNORECASE)
# "the strike will last a month", "the repairs took a week": one unit of time as how long something
# lasts, which a later "three weeks" contradicts. Only after a verb of lasting: "for a year" is as
# often a price's period ("£1,200 for a year") as a length of time.
_LASTING = r"\b(?:last(?:s|ed|ing)?|t(?:ake|akes|ook|aking))\s+"
LASTING_ONE = rf"{_LASTING}an?\s+"
_LASTING_ONE = LazyPattern(rf"{_LASTING}(?P<article>an?)\s+", re.IGNORECASE)
# what makes the unit part of something else: "a day's pay", "a year-long", "a week off work" (still
# a length), "a year ago" (a time, not a length)
_NOT_A_LENGTH_AFTER = LazyPattern(r"['’-]|\s+(?:ago|later|earlier|before|after|or\s+so)\b", re.IGNORECASE)
# a figure right before "more than" makes it a comparison, not a hedge: "110 more than a year ago",
# "six fewer than a week before"
_COMPARED_BEFORE = LazyPattern(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand))\s*"
    r"(?:(?!in\b|within\b|for\b|after\b|by\b)[a-z]+\s+)?\Z",
    re.IGNORECASE,
)
_COMPARATIVES = frozenset({"more than", "less than", "fewer than"})
# "a year-long closure", "a week-long festival": one unit of time as how long something lasts, as
# "lasted a year" is; not "lifelong", nor a length of road ("a mile-long queue" is as often a figure of speech)
_UNIT_LONG = LazyPattern(r"(?<![\w-])(?P<unit>[A-Za-z]+)-long(?![\w-])")
_LONG = letter_runs(("long",))
_ARTICLES = letter_runs(("a", "an"))
_HALF = letter_runs(("half",))


def _unit_word(text: str, position: int, lexicon: UnitLexicon) -> tuple[str, int] | None:
    """A unit of measure named at `position` ("mile", "hour"), and where its word ends."""
    named = lexicon.word_at(text, position)
    return None if named is None or named[0].kind is not ClaimKind.MEASURE else (named[0].unit, named[1])


# "82p of every pound", "70 cents in every dollar": a share of each unit of money spent; and "4p
# for every pound of sales", "6p per £1": so much of each unit of money, a margin
_OF_EVERY_UNIT = LazyPattern(
    r"\s+(?:(?:of|in|out\s+of|for|on)\s+(?:every|each)|per)\s+(?:pound|dollar|euro|£1|\$1|€1)(?![\w.])",
    re.IGNORECASE,
)
# "£82 of every £100", "$3 in every $10": a share of each sum, written with its own figure
_OF_EVERY = LazyPattern(r"\s+(?:of|in|out\s+of)\s+(?:every|each)\s+", re.IGNORECASE)


# "Of every pound it spent, 13p went on fundraising", "For each dollar raised, 70 cents reaches the
# field": the unit said first, in the same clause, the share after its comma
_EVERY_UNIT_BEFORE = LazyPattern(
    r"\b(?:of|for|from|out\s+of)\s+(?:every|each)\s+(?:pound|dollar|euro|£1|\$1|€1)(?![\w.])[^.;:,]{0,50},\s*\Z",
    re.IGNORECASE,
)


def _is_plain_money(reading: Reading) -> bool:
    return reading.kind is ClaimKind.MONEY and not reading.per and reading.direction is None


def shares_of_every_unit(text: str, readings: list[Reading]) -> list[Reading]:
    """ "It spent 82p of every pound on its work", "£82 of every £100" or "one euro in every seven":
    a share (0.82, 1/7), compared with "four-fifths" and "82%", not an amount of money."""
    found: list[Reading] = []
    for index, reading in enumerate(readings):
        if found and reading.start < found[-1].end:
            continue  # the "£1" of "5p out of every £1" is part of the share
        share = _share_of_each(text, reading, readings[index + 1] if index + 1 < len(readings) else None)
        found.append(reading if share is None else share)
    return found


def _share_of_each(text: str, part: Reading, following: Reading | None) -> Reading | None:
    if not _is_plain_money(part):
        return None
    every = _OF_EVERY_UNIT.match(text, part.end)
    if every is not None and 0 < part.value < 1:
        return Reading(part.start, every.end(), ClaimKind.RATIO, part.value, None, part.interval, part.qualifier,
                       part.precision, figure_end=part.figure_end)  # fmt: skip
    if 0 < part.value < 1 and _EVERY_UNIT_BEFORE.search(text, max(0, part.start - 90), part.start):
        return Reading(part.start, part.end, ClaimKind.RATIO, part.value, None, part.interval, part.qualifier,
                       part.precision, figure_end=part.figure_end)  # fmt: skip
    each = _OF_EVERY.match(text, part.end)
    if each is None or following is None or following.start != each.end():
        return None
    # "one euro in every seven": the whole in the same money, its unit left out
    bare = following.kind is ClaimKind.COUNT and following.unit is None and not following.per
    if not ((_is_plain_money(following) and following.unit == part.unit) or bare):
        return None
    if not 0 < part.value < following.value or following.qualifier is not None:
        return None
    whole = following.value
    interval = Interval(
        None if part.interval.low is None else tidy(part.interval.low / whole),
        None if part.interval.high is None else tidy(part.interval.high / whole),
        part.interval.low_inclusive,
        part.interval.high_inclusive,
    )
    return Reading(part.start, following.end, ClaimKind.RATIO, tidy(part.value / whole), None, interval,
                   part.qualifier, tidy(part.precision / whole), figure_end=part.figure_end)  # fmt: skip


def fractions_of_a_unit(
    text: str, readings: list[Reading], lexicon: UnitLexicon, vocabulary: Vocabulary
) -> list[Reading]:
    """The readings with a fraction of one unit read as that much of the unit, not as a share, and
    a hedged single unit ("less than an hour") read as one of it."""
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
    for half in _HALF_A.finditer(text) if may_hold(text, _HALF) else ():
        unit = _unit_word(text, half.end(), lexicon)
        if unit is None or any(half.start() < end and start < unit[1] for start, end in taken):
            continue
        name, per, end = _per_period(text, unit, lexicon)
        found.append(Reading(half.start(), end, ClaimKind.MEASURE, 0.5, name, Interval.point(0.5), None, 0.5,
                             figure_end=half.end(), per=per))  # fmt: skip
        taken.append((half.start(), unit[1]))
    for one in _ONE_UNIT.finditer(text) if may_hold(text, _ARTICLES) else ():
        hedge = hedge_before(text, one.start("article"), vocabulary)
        unit = _unit_word(text, one.end(), lexicon) if hedge else None
        if hedge is None or unit is None or any(hedge[1] < end and start < unit[1] for start, end in taken):
            continue
        if hedge[0].phrase == "over" and unit[0] in lexicon.time_units:
            continue  # "over a year" is a period, not more than a year
        if hedge[0].phrase in _COMPARATIVES and _COMPARED_BEFORE.search(text, max(0, hedge[1] - 30), hedge[1]):
            continue
        if hedge[0].phrase in _COMPARATIVES and _NOT_A_LENGTH_AFTER.match(text, unit[1]):
            continue  # "4.4 pence a litre more than a year earlier": set against a time, no length
        name, per, end = _per_period(text, unit, lexicon)
        found.append(Reading(hedge[1], end, ClaimKind.MEASURE, 1.0, name, apply_hedge(1.0, hedge[0]),
                             hedge[0].phrase, 1.0, figure_end=unit[1], per=per))  # fmt: skip
    for one in _LASTING_ONE.finditer(text) if may_hold(text, _ARTICLES) else ():
        unit = _unit_word(text, one.end(), lexicon)
        if unit is None or unit[0] not in lexicon.time_units or _NOT_A_LENGTH_AFTER.match(text, unit[1]):
            continue
        if any(one.start("article") < end and start < unit[1] for start, end in taken):
            continue
        found.append(Reading(one.start("article"), unit[1], ClaimKind.MEASURE, 1.0, unit[0], Interval.point(1.0),
                             None, 1.0, figure_end=unit[1]))  # fmt: skip
    for long in _UNIT_LONG.finditer(text) if may_hold(text, _LONG) else ():
        unit = _unit_word(text, long.start("unit"), lexicon)
        if unit is None or unit[0] not in lexicon.time_units or unit[1] != long.end("unit"):
            continue
        if long.group("unit").lower().endswith("s"):
            continue  # "a centuries-long feud", "a years-long wait": no one unit
        if any(long.start() < end and start < long.end() for start, end in taken):
            continue  # "a three-year-long study": read with its figure
        found.append(Reading(long.start(), long.end(), ClaimKind.MEASURE, 1.0, unit[0], Interval.point(1.0), None,
                             1.0, figure_end=long.end()))  # fmt: skip
    return _one_unit_and_more(text, sorted(found, key=lambda r: (r.start, r.end)), lexicon, vocabulary)


def _per_period(text: str, unit: tuple[str, int], lexicon: UnitLexicon) -> tuple[str, str | None, int]:
    """One unit's name, rate and end with the period after it: "almost a metre a year" is a rate
    of thinning, as "0.9 metres a year" is; "half a mile" alone is no rate."""
    name, end = unit
    rate = measure_rate_after(text, end, lexicon, time_only=name in lexicon.time_units)
    if rate is None or not rate.is_unit:
        return name, None, end
    return unit_per(name, rate.per), rate.per, rate.end


# "a year and two months", "an hour and a half", "a mile and a quarter": one unit and a part of it,
# or one unit and a figure in a smaller one, is one measure
_ONE_AND = LazyPattern(r"(?<![\w-])(?:an?|one)\s+", re.IGNORECASE)
_AND_A_PART = LazyPattern(r"\s+and\s+an?\s+(?P<part>half|quarter)\b", re.IGNORECASE)
_AND = LazyPattern(r"\s+and\s+", re.IGNORECASE)
_PARTS = {"half": 0.5, "quarter": 0.25}


def _one_unit_and_more(
    text: str, readings: list[Reading], lexicon: UnitLexicon, vocabulary: Vocabulary
) -> list[Reading]:
    if not may_hold(text, _AND_WORDS):
        return readings
    result = list(readings)
    for one in _ONE_AND.finditer(text):
        unit = _unit_word(text, one.end(), lexicon)
        if unit is None:
            continue
        part = _AND_A_PART.match(text, unit[1])
        if part is not None:
            value, end = 1 + _PARTS[part.group("part").lower()], part.end()
            precision = _PARTS[part.group("part").lower()]
        else:
            joined = _AND.match(text, unit[1])
            after = next((r for r in result if joined and r.start == joined.end()), None)
            if after is None or after.kind is not ClaimKind.MEASURE or after.unit is None or after.qualifier:
                continue
            try:
                value, end = 1 + convert(after.value, after.unit, unit[0]), after.end
                precision = convert(after.precision, after.unit, unit[0])
            except UnknownUnitError:
                continue  # "a year and 200 metres" is two measures
            if value >= 2:
                continue  # "a day and 30 hours" is no way to write one measure
        start, interval, qualifier = one.start(), Interval.point(value), None
        hedge = hedge_before(text, start, vocabulary)  # "within an hour and a half"
        if hedge is not None:
            start, interval, qualifier = hedge[1], apply_hedge(value, hedge[0]), hedge[0].phrase
        result = [r for r in result if r.end <= start or r.start >= end]  # "a half" is part of it now
        result.append(Reading(start, end, ClaimKind.MEASURE, value, unit[0], interval, qualifier, precision,
                              figure_end=end))  # fmt: skip
    return sorted(result, key=lambda r: (r.start, r.end))


_AND_WORDS = letter_runs(("and",))
