"""A figure read in its sentence: kind, unit, hedge and interval, before subjects are attached."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from numcheck.extraction.hedges import apply_hedge, hedge_after, hedge_before, hedge_named, negated
from numcheck.extraction.lexicon import UnitLexicon, UnitSense
from numcheck.extraction.nonquantities import classify_non_quantity, identifier_start
from numcheck.extraction.numbers import Figure, find_figures, number_patterns
from numcheck.extraction.rates import (
    Rate,
    count_rate_after,
    measure_rate_after,
    period_after,
    period_before,
    rate_after,
    unit_per,
)
from numcheck.extraction.wordlists import collapse_spaces, one_of
from numcheck.model import ClaimKind, Direction, Interval, Role
from numcheck.scanning import LazyPattern
from numcheck.vocabulary import Hedge, HedgeKind, Vocabulary


@dataclass(frozen=True, slots=True)
class Reading:
    """One claim's numbers, with offsets into its sentence."""

    start: int
    end: int
    kind: ClaimKind
    value: float
    unit: str | None
    interval: Interval
    qualifier: str | None
    precision: float
    direction: Direction | None = None
    from_value: float | None = None
    to_value: float | None = None
    endpoint_unit: str | None = None
    role: Role | None = None
    figure_end: int = 0
    per: str | None = None


_FOLD = LazyPattern(r"(?:\s?[-‐]\s?|\s)?fold\b", re.IGNORECASE)
_TIMES = LazyPattern(r"\s+times\b(?!\s+(?:a|an|per|each|every)\s)", re.IGNORECASE)
_TIMES_MORE = LazyPattern(r"\s+(?:more|larger|bigger|greater|higher)\b", re.IGNORECASE)
_X = LazyPattern(r"\s?[x×](?![\w])")
# "3-5", "3 to 5", and the suspended hyphen of "an 8- to 16-metre telescope"
_RANGE_JOIN = LazyPattern(r"\s?(?:-\s+to|-|–|—|to)\s?|/", re.IGNORECASE)
# "two or three years", "7- or 8-inch", "12 or $15": two close figures offered as alternatives.
_OR_JOIN = LazyPattern(r"-?\s+or\s+", re.IGNORECASE)
_LISTED_BEFORE = LazyPattern(r",\s*\Z")
_BETWEEN = LazyPattern(r"(?<![\w])between\s+\Z", re.IGNORECASE)
# "5 ± 0.5", "$2.55 billion, plus or minus $100 million", "give or take 10"
_PLUS_MINUS = LazyPattern(r"\s?(?:±|\+/-)\s?|,?\s+(?:plus\s+or\s+minus|give\s+or\s+take)\s+[$£€¥]?", re.IGNORECASE)
_MONEY_CONTEXT = LazyPattern(
    r"£|\b(?:cost|costs|worth|paid|pay|spend|spent|fund|funding|budget|price|priced|raised|sold|"
    r"bought|salary|fine|fined|bill|deal|loan|debt|profit|revenue|sales|award|compensation)\b",
    re.IGNORECASE,
)
# Weighing words make "pounds" a weight even when the sentence also mentions money.
_WEIGHT_CONTEXT = LazyPattern(r"\b(?:weigh\w*|heav(?:y|ier|iest)|lighter|obese|kilos?)\b", re.IGNORECASE)
# "degrees" is a temperature in weather copy and an academic title elsewhere; with a turning
# verb and no weather word in the sentence it is an angle: "rotate 90 degrees", "a 180-degree turn".
_DEGREES = LazyPattern(r"(?:\s?-\s?|\s)degrees?\b", re.IGNORECASE)
_TURNING_CONTEXT = LazyPattern(
    r"\b(?:rotat|turn|tilt|angle|spin|pivot|swivel|veer|bank|incline|slope)\w*", re.IGNORECASE
)
_WEATHER_CONTEXT = LazyPattern(
    r"\b(?:temperature|heat|hot|cold|warm|cool|weather|thermostat|forecast|boil|freez|fever|celsius|fahrenheit)\w*",
    re.IGNORECASE,
)
# Single-letter symbols must touch their figure: "38C", "50p"; "5 C" is not a temperature.
_TOUCHING_ONLY = frozenset({"C", "F", "p", "g", "l", "L", "c", "b", "B", "k", "K", "M", "t"})


@cache
def _change_verb_before(vocabulary: Vocabulary) -> re.Pattern[str]:
    verbs = one_of(vocabulary.change_up | vocabulary.change_down, ignore_case=True)
    return re.compile(rf"(?<![\w])(?:{verbs})(?:\s+(?:[A-Za-z'’-]+\s+){{0,3}}?by)?\s+\Z", re.IGNORECASE)


def after_change_verb(text: str, start: int, vocabulary: Vocabulary) -> bool:
    """ "rose 20%", "fell by 3p": the figure is the amount of a change."""
    match = _change_verb_before(vocabulary).search(text, max(0, start - 30), start)
    return match is not None and match.end() == start


@cache
def _short_scale_pattern(vocabulary: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\s?(?P<scale>{one_of(vocabulary.short_scales)})(?![\w])")


def read_figures(text: str, vocabulary: Vocabulary, lexicon: UnitLexicon) -> list[Reading]:
    """Every figure in a sentence, read as a claim. Ranges and mixed units merge two figures into one."""
    figures = find_figures(text, vocabulary)
    readings: list[Reading] = []
    skip_until = 0
    for index, figure in enumerate(figures):
        if figure.start < skip_until:
            continue
        reading = _read_one(text, figure, vocabulary, lexicon, floor=skip_until)
        if reading is None:
            continue
        if reading.kind.is_quantity and index + 1 < len(figures):
            # "2 hours 21 minutes 40 seconds": each smaller unit joins in turn
            following, last_unit = index + 1, reading.unit
            while following < len(figures):
                mixed = _mixed_with(text, reading, figures[following], vocabulary, lexicon, last_unit)
                if mixed is None:
                    break
                (reading, last_unit), following = mixed, following + 1
            if following == index + 1:
                reading = _range_with(text, reading, figure, figures[index + 1], vocabulary, lexicon) or reading
        # A reading may swallow the next figure: "2019-20" is one date, "3-5 km" one range.
        skip_until = max(skip_until, reading.end)
        readings.append(reading)
    # endpoints first: "fell to 250 seconds from 580, 62% of calls" gives 580 seconds, not 580%
    return _units_by_reference(text, _share_list_units(text, _endpoint_units(text, _inches(text, readings))))


# "64cm (25in)", "a 15.6in screen": "in" written onto its figure is inches; with a space between
# ("25 in the morning") it is the preposition, read only after feet ("6ft 2in", see `_mixed`)
_INCHES_ON_FIGURE = LazyPattern(r"in\b(?!['’]\w)")


def _inches(text: str, readings: list[Reading]) -> list[Reading]:
    read = list(readings)
    for index, reading in enumerate(read):
        if reading.kind is not ClaimKind.COUNT or reading.unit is not None or reading.per:
            continue
        if not (text[reading.end - 1 : reading.end].isdigit() and _INCHES_ON_FIGURE.match(text, reading.end)):
            continue
        end = reading.end + 2
        read[index] = dataclasses.replace(reading, kind=ClaimKind.MEASURE, unit="inch", end=end, figure_end=end)
    return read


# "cut turnaround from 21 days to 9", "rents rose from £400 a month to 520": the second endpoint
# is written bare, in the first one's unit. Only when nothing after it names a noun of its own
# ("from 3 km to 5 students" counts students).
_TO_BETWEEN = LazyPattern(r"\s+to\s+", re.IGNORECASE)
_TO_BEFORE = LazyPattern(r"(?<![\w])to\s+\Z", re.IGNORECASE)
_FROM_BETWEEN = LazyPattern(r"\s+from\s+", re.IGNORECASE)
_MOVED_FROM_BETWEEN = LazyPattern(r",?\s+(?:up|down)\s+from\s+", re.IGNORECASE)
# a count's noun and its period between it and "to": "from three evenings a week to four"
_COUNTED_TO_BETWEEN = LazyPattern(
    r"\s+(?:[A-Za-z-]+\s+){1,2}(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year)\s+to\s+", re.IGNORECASE
)
# "412,000 cubic metres, against 398,000 a year earlier", "812 mm this year, compared with 640": a
# level set against another, of the same thing in another time or place
_SET_AGAINST_BETWEEN = LazyPattern(
    r"(?:\s+[A-Za-z'’-]+){0,3},?\s+(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+", re.IGNORECASE
)
_BARE_END = LazyPattern(
    r"\s*(?:[,.;:!?)\]—–]|$|\s(?:in|by|at|on|over|after|before|since|during|last|this|next|and|but|or|as|while|"
    r"when|with|under|from|until|a\s+(?:year|month|week|day)|each|per)\b)",
    re.IGNORECASE,
)


# "drew 18,400 visitors over three days, up from 15,900": the figure before "up from" is the period
# the level was counted over, not the level
_PERIOD_BEFORE = LazyPattern(r"\b(?:over|across|during|within|in)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _endpoint_units(text: str, readings: list[Reading]) -> list[Reading]:
    """A bare second endpoint takes the first endpoint's kind, unit and rate."""
    shared = list(readings)
    for index in range(1, len(shared)):
        first, bare = shared[index - 1], shared[index]
        if bare.kind is not ClaimKind.COUNT or bare.unit is not None or bare.per:
            continue
        if (
            first.kind is ClaimKind.COUNT
            and first.per
            and _FROM_BEFORE.search(text, max(0, first.start - 6), first.start)
            and _COUNTED_TO_BETWEEN.fullmatch(text, first.end, bare.start)
            and _BARE_END.match(text, bare.end)
        ):
            # "from three evenings a week to four": the bare end counts as often as the start
            shared[index] = dataclasses.replace(bare, per=first.per)
            continue
        if first.kind not in (ClaimKind.MONEY, ClaimKind.MEASURE, ClaimKind.PERCENT) or first.unit is None:
            continue
        # "from 21 days to 9", and the other way round, "fell to 44,000 ounces from 38,000"
        forwards = _FROM_BEFORE.search(text, max(0, first.start - 6), first.start) and _TO_BETWEEN.fullmatch(
            text, first.end, bare.start
        )
        backwards = _TO_BEFORE.search(text, max(0, first.start - 4), first.start) and _FROM_BETWEEN.fullmatch(
            text, first.end, bare.start
        )
        # "stay recoverable for 30 days, up from 14": a level, then the bare start it moved from
        moved_from = _MOVED_FROM_BETWEEN.fullmatch(text, first.end, bare.start) and not _PERIOD_BEFORE.search(
            text, max(0, first.start - 12), first.start
        )
        set_against = _SET_AGAINST_BETWEEN.fullmatch(text, first.end, bare.start)
        if not (forwards or backwards or moved_from or set_against) or not _BARE_END.match(text, bare.end):
            continue
        # and its scale: "from $35 million to 40" is to $40 million
        written = _SCALE_WORD if first.kind is ClaimKind.MONEY else _SCALE_IN_WORDS  # "3 m" is metres
        scale = written.search(text, first.start, first.end)
        # (not where the bare figure says its own: "£4.2 billion, up from 3.9 billion")
        scaled_already = _SCALE_WORD.match(text, bare.end) or _SCALE_WORD.search(text, bare.start, bare.end)
        factor = _SCALES[scale.group().lower()] if scale and not scaled_already else 1.0
        shared[index] = dataclasses.replace(bare, kind=first.kind, unit=first.unit, per=first.per,
                                            value=bare.value * factor, precision=bare.precision * factor,
                                            interval=bare.interval.scaled(factor))  # fmt: skip
    return shared


# The scale words a bare endpoint shares with the figure it is written against
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
           "tn": 1e12}  # fmt: skip
_SCALE_WORD = LazyPattern(r"(?<=[\d\s])(?:thousand|million|billion|trillion|mn|bn|tn|k|m)\b", re.IGNORECASE)
_SCALE_IN_WORDS = LazyPattern(r"(?<=\s)(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


# "20, 30 or £45", "3, 5 and 8 km": figures listed before the one that names their unit.
_LIST_JOIN = LazyPattern(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)", re.IGNORECASE)


# "won in 2:07:55", "a time of 1:58:40.2": hours, minutes and seconds of a race or a recording,
# not a time of day, which is said "at 14:32:10"
_ELAPSED = LazyPattern(r":(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d(?:\.\d+)?)(?![\d:])")
_CLOCK_BEFORE = LazyPattern(r"\b(?:at|by|until|till|from|before|after|since|to)\s+\Z", re.IGNORECASE)


def _elapsed_time(text: str, figure: Figure) -> Reading | None:
    """A length of time written as a stopwatch writes it, in hours (or the time of day it gives
    after "at", "by", "until" and the like)."""
    if not figure.is_integer_literal or figure.end - figure.start > 2:
        return None
    found = _ELAPSED.match(text, figure.end)
    if found is None:
        return None
    if _CLOCK_BEFORE.search(text, max(0, figure.start - 12), figure.start):
        return Reading(figure.start, found.end(), ClaimKind.DATE, figure.value, None, Interval.point(figure.value),
                       None, figure.precision, figure_end=found.end())  # fmt: skip
    hours = figure.value + int(found.group("minutes")) / 60 + float(found.group("seconds")) / 3600
    return Reading(figure.start, found.end(), ClaimKind.MEASURE, hours, "hour", Interval.point(hours), None,
                   1 / 3600, figure_end=found.end())  # fmt: skip


_CLAUSE_JOIN = LazyPattern(r"\s*,\s*(?:and|or)\s+", re.IGNORECASE)


def _listed_after_another(text: str, readings: list[Reading], index: int) -> bool:
    """Whether the reading at `index` follows another figure of its list: "20, 30, and 45%"."""
    return index > 0 and _LIST_JOIN.fullmatch(text, readings[index - 1].end, readings[index].start) is not None


# "26 of the month's 30 days", "three of its five miles": a part counted in its whole's unit
_PART_OF = LazyPattern(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|[A-Za-z]+['’]s?)\s+){1,2}\Z", re.IGNORECASE
)
# "8 hours of credit a month instead of 6", "40 minutes rather than 25": the figure set against it
_SET_AGAINST = LazyPattern(
    r"(?:\s+[A-Za-z'’-]+){0,5}?,?\s+(?:instead\s+of|rather\s+than|in\s+place\s+of|as\s+against)\s+\Z", re.IGNORECASE
)
# "within 10 working days, down from 14", "£2.30, up from 2.00", "40 minutes, compared with 25": the
# level it moved from, when no noun of its own follows it
_MOVED_FROM = LazyPattern(
    r"(?:\s+[A-Za-z'’-]+){0,5}?,?\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)\s+\Z", re.IGNORECASE
)
_REFERENCED_KINDS = (ClaimKind.MEASURE, ClaimKind.MONEY)


def _units_by_reference(text: str, readings: list[Reading]) -> list[Reading]:
    """Bare figures that lean on a neighbour's unit without a list: a part of a whole given in a unit
    ("26 of the month's 30 days" counts days) and a figure set against another ("8 hours ... instead
    of 6" is 6 hours)."""
    shared = list(readings)
    for index, bare in enumerate(shared):
        if bare.kind is not ClaimKind.COUNT or bare.unit is not None or bare.per or bare.end != bare.figure_end:
            continue
        after = shared[index + 1] if index + 1 < len(shared) else None
        before = shared[index - 1] if index else None
        if (
            after is not None
            and after.kind in _REFERENCED_KINDS
            and after.unit is not None
            and _PART_OF.fullmatch(text, bare.end, after.start)
            and bare.value <= after.value
        ):
            shared[index] = dataclasses.replace(bare, kind=after.kind, unit=after.unit, per=after.per)
        elif (
            before is not None
            and before.kind in _REFERENCED_KINDS
            and before.unit is not None
            and (
                _SET_AGAINST.fullmatch(text, before.end, bare.start)
                or (_MOVED_FROM.fullmatch(text, before.end, bare.start) and _NO_NOUN_AFTER.match(text, bare.end))
            )
            and before.value
            and 0.1 <= bare.value / before.value <= 10
        ):
            shared[index] = dataclasses.replace(bare, kind=before.kind, unit=before.unit, per=before.per)
        elif (leaned := _scaled_partner(text, shared, index)) is not None:
            shared[index] = dataclasses.replace(bare, kind=leaned.kind, unit=leaned.unit, per=leaned.per)
    return shared


# "142 million litres a day ..., down from 168 million the year before": a figure of a scale word
# with no noun of its own after a figure of that scale in a unit; it leaves the unit out, as copy
# does once the unit is said
_SCALE_WORD_END = LazyPattern(r"(?:million|billion|trillion|thousand|bn|m)\Z", re.IGNORECASE)
_NO_NOUN_AFTER = LazyPattern(
    r"(?:\s*(?:[,.;:)!?\"”]|\Z)|\s+(?:the|a|an|in|on|at|by|for|from|to|and|or|but|than|last|this|next|a\s+year|"
    r"previously|earlier|before|ago|now|then|was|were|is|are|had|has)\b)",
    re.IGNORECASE,
)


# What sets the bare figure beside the measure: a start, a target or forecast, a comparison
_SET_BESIDE = LazyPattern(
    r"\b(?:from|than|against|compared|versus|vs|targets?|forecasts?|estimates?|expected|budget(?:ed)?|beating|"
    r"below|above|under|over|previously|before|earlier|instead|rather)\b",
    re.IGNORECASE,
)


def _scaled_partner(text: str, readings: list[Reading], index: int) -> Reading | None:
    """The measure whose unit a bare scaled figure leaves out, or None: the nearest figure before it
    in the sentence (past dates only), itself of a scale word, within a factor of a hundred, and
    set beside it by a start, a target or a comparison."""
    bare = readings[index]
    if not _SCALE_WORD_END.search(text, bare.start, bare.end) or not _NO_NOUN_AFTER.match(text, bare.end):
        return None
    for before in reversed(readings[:index]):
        if before.kind is ClaimKind.DATE:
            continue
        scaled = _SCALE_WORD_END.search(text, before.start, before.figure_end or before.end)
        if before.kind is not ClaimKind.MEASURE or before.unit is None or not before.value or not scaled:
            return None  # (money says its currency again: "£4.2 billion, up from £3.9 billion")
        if not _SET_BESIDE.search(text, before.end, bare.start):
            return None  # "produced 2.4 million tonnes and employed 1.1 million": another thing, unsaid
        return before if 0.01 <= bare.value / before.value <= 100 else None
    return None


def _share_list_units(text: str, readings: list[Reading]) -> list[Reading]:
    """Bare figures in a list take the unit of the figure that ends it, stated once for all; so does
    a change's bare start."""
    shared = list(readings)
    for index in range(len(shared) - 2, -1, -1):
        bare, after = shared[index], shared[index + 1]
        if bare.kind is not ClaimKind.COUNT or bare.unit is not None or bare.per:
            continue
        if after.unit is None or after.kind not in (ClaimKind.MONEY, ClaimKind.MEASURE, ClaimKind.PERCENT):
            continue
        # "20, 30 or £45"; and a change's start before its end, "from 18.4 to 14.7 square kilometres"
        from_to = _FROM_BEFORE.search(text, max(0, bare.start - 6), bare.start) and _TO_BETWEEN.fullmatch(
            text, bare.end, after.start
        )
        join = _LIST_JOIN.fullmatch(text, bare.end, after.start)
        if not (join or from_to) or bare.end != bare.figure_end:
            continue
        if join and _CLAUSE_JOIN.fullmatch(join.group()) and not _listed_after_another(text, shared, index):
            continue  # "the median age was 69, and 8.1% were over 80": ", and" between two joins clauses
        if not after.value or not 0.1 <= bare.value / after.value <= 10:
            continue  # "500 people and 3 km": too far apart to be one list
        shared[index] = dataclasses.replace(bare, kind=after.kind, unit=after.unit, per=after.per)
    return shared


# "net zero by 2050", "zero tolerance", "zero-hours contracts", "ground zero": a name or a policy, no count
_ZERO_NAME_BEFORE = LazyPattern(r"\b(?:net|ground|year|patient|absolute)[\s-]\Z", re.IGNORECASE)
_ZERO_NAME_AFTER = LazyPattern(
    r"[\s-](?:tolerance|sum|emissions?|carbon|waste|gravity|hours?[\s-]+contracts?)\b", re.IGNORECASE
)


def _is_zero_idiom(text: str, figure: Figure) -> bool:
    return bool(
        _ZERO_NAME_BEFORE.search(text, max(0, figure.start - 10), figure.start)
        or _ZERO_NAME_AFTER.match(text, figure.end)
    )


def _read_one(
    text: str, figure: Figure, vocabulary: Vocabulary, lexicon: UnitLexicon, floor: int = 0
) -> Reading | None:
    """One figure as a claim; `floor` is where the previous reading ended, so marks before it are not ours."""
    if figure.in_words and figure.value == 0 and _is_zero_idiom(text, figure):
        return None
    elapsed = _elapsed_time(text, figure)
    if elapsed is not None:
        return elapsed
    non_quantity = classify_non_quantity(
        text, figure, vocabulary, unit_follows=lambda: _unit_after(text, figure.end, lexicon, figure)[0] is not None
    )
    if non_quantity is not None:
        kind, end = non_quantity
        start = identifier_start(text, figure) if kind is ClaimKind.OTHER else figure.start
        return Reading(start, end, kind, figure.value, None, Interval.point(figure.value), None,
                       figure.precision, figure_end=end)  # fmt: skip

    start, end = figure.start, figure.end
    value, precision = figure.value, figure.precision
    currency: str | None = None
    before = lexicon.currency_before.search(text, max(floor, start - 8), start)
    prefix = lexicon.currency_prefix(before.group()) if before and before.end() == start else None
    if prefix and before is not None and before.group().strip() == "R" and not _money_context(text, figure):
        prefix = None  # a lone R is rand only where the sentence speaks of money
    if before and prefix and not figure.in_words:
        currency, factor = prefix
        currency = _currency_in_context(currency, text)
        value, precision, start = value * factor, precision * factor, before.start()
    if currency or _is_unambiguous_short_scale(text, end, vocabulary, lexicon):
        short = _short_scale_pattern(vocabulary).match(text, end)
        if short and figure.scale == 1.0:
            factor = vocabulary.short_scales[short.group("scale")]
            value, precision, end = value * factor, precision * factor, short.end()

    kind, unit = (ClaimKind.MONEY, currency) if currency else (ClaimKind.COUNT, None)
    per: str | None = None
    ratio_end = _ratio_suffix(text, end, vocabulary)
    if ratio_end is not None and currency is None:
        if _TIMES_MORE.match(text, ratio_end) and vocabulary.times_more_strict:
            value += 1
        kind, end = ClaimKind.RATIO, ratio_end
    else:
        sense, sense_end, surface = _unit_after(text, end, lexicon, figure)
        if sense is not None and (currency is None or sense.kind is ClaimKind.MONEY):
            kind, unit, end = sense.kind, sense.unit, sense_end
            if surface.lower() in vocabulary.ambiguous_money_words and currency is None:
                # "fined 500 pounds" is money; "weighed 12 pounds" is a weight.
                is_money = _money_context(text, figure) and not _WEIGHT_CONTEXT.search(text)
                kind, unit = (ClaimKind.MONEY, "GBP") if is_money else (ClaimKind.MEASURE, "pound")
            if sense.factor != 1.0:
                value, precision = value * sense.factor, precision * sense.factor
            if kind is ClaimKind.MONEY and currency is None and figure.scale == 1.0:
                # "75 USD million": the scale may follow the currency
                scale = number_patterns(vocabulary).scale_after.match(text, end)
                if scale:
                    factor = vocabulary.scales.get(scale.group("scale").lower(), 1.0)
                    value, precision, end = value * factor, precision * factor, scale.end()
        if sense is None and currency is None:
            primes = _FEET_AND_INCHES.match(text, end)
            if primes:
                inches = float(primes.group("inches"))
                kind, unit, end = ClaimKind.MEASURE, "foot", primes.end()
                value, precision = value + inches / 12, min(precision, 1 / 12)
        if unit is not None:
            kind, unit = _unit_in_context(text, figure, kind, unit, surface)
            if unit == "index_point" and not after_change_verb(text, start, vocabulary):
                kind = ClaimKind.MEASURE  # "closed at 7,388 points" is a level, not a change
        if sense is None and currency is None and _MAGNITUDE_BEFORE.search(text, max(0, start - 16), start):
            kind, unit = ClaimKind.MEASURE, "seismic_magnitude"  # "a magnitude 7.1 quake", "of magnitude 5.8"
        degrees = _DEGREES.match(text, end) if sense is None and currency is None else None
        if degrees and _TURNING_CONTEXT.search(text) and not _WEATHER_CONTEXT.search(text):
            kind, unit, end = ClaimKind.MEASURE, "degree", degrees.end()
        rate = _rate_of(text, end, kind, unit, lexicon)
        if rate is not None and _IN_ONE_PERIOD.match(text, end) and after_change_verb(text, start, vocabulary):
            rate = None  # "went up by 414 in a single year": the change's period, not a rate of it
        if rate is not None:
            per = rate.per
            if kind is ClaimKind.MEASURE and rate.is_unit and unit is not None:
                unit = unit_per(unit, per)
            if kind is not ClaimKind.COUNT:
                end = rate.end  # a count's text is its figure: the noun and rate are words about it
        elif kind is ClaimKind.MONEY:
            per = period_before(text, start) or period_after(text, end)

    code = _CODE_AFTER.match(text, end) if kind is ClaimKind.COUNT and not figure.in_words else None
    if code:
        return Reading(figure.start, code.end(), ClaimKind.OTHER, figure.value, None, Interval.point(figure.value),
                       None, figure.precision, figure_end=code.end())  # fmt: skip
    needs_unit = figure.needs_unit and kind not in (
        ClaimKind.MEASURE,
        ClaimKind.MONEY,
        ClaimKind.PERCENT,
        ClaimKind.RATIO,
    )
    if needs_unit and kind is ClaimKind.CHANGE and unit == "percentage_point":
        needs_unit = False  # "a three-point rise": _unit_in_context kept the points only before a change
    # "a three-cylinder engine", "a four-door car" count their parts; "a five-star hotel" rates
    if needs_unit and not _COUNTED_COMPOUND.match(text, end):
        if not (figure.is_fraction and _OF_AFTER.match(text, end)):
            return None  # "one of the", "a five-star hotel", "9/11"
        kind = ClaimKind.RATIO  # "1/3 of voters", as "a third of voters"
    if (
        _is_lone_one(text, figure)
        and (unit in lexicon.time_units or unit == "foot" or kind is ClaimKind.CHANGE)
        and not _ONE_POINT_MOVE.match(text, figure.end)
    ):
        return None  # "one day", "at one point", "one foot in the door": idioms, not amounts

    value, precision = tidy(value), tidy(precision)
    hedge_start, hedge = start, None
    found = hedge_before(text, start, vocabulary)
    if found and not (found[0].phrase == "over" and unit in lexicon.time_units):
        hedge, hedge_start = found  # "over five years" is a period, not "more than five years"
        hedge = negated(text, hedge_start, hedge)  # "must not fall below £250,000" is at least £250,000
    interval = apply_hedge(value, hedge)
    plus_minus = _plus_minus(text, end, vocabulary)
    trailing = hedge_after(text, end, vocabulary) if plus_minus is None else None  # "62% plus or minus 3"
    if trailing and hedge is None:
        hedge, end = trailing
        interval = apply_hedge(value, hedge)
    if plus_minus is not None and hedge is None:
        spread, end = plus_minus
        interval = Interval(value - spread, value + spread)
        hedge = Hedge("±", HedgeKind.AROUND, 0.0)
        if unit is None:
            # "5 ± 0.5 metres": the unit after the spread is the figure's too
            sense, sense_end, _ = _unit_after(text, end, lexicon, figure)
            if sense is not None and sense.kind is ClaimKind.MEASURE:
                kind, unit, end = sense.kind, sense.unit, sense_end
    return Reading(hedge_start, end, kind, value, unit, interval, hedge.phrase if hedge else None,
                   precision, figure_end=figure.end, per=per)  # fmt: skip


_OF_AFTER = LazyPattern(r"\s+of\b", re.IGNORECASE)
# A number word hyphened to a part it counts; "a five-star hotel" rates, and is not among them.
_COUNTED_COMPOUND = LazyPattern(
    r"-(?:cylinder|door|seat|seater|bedroom|storey|story|lane|wheel|wheeled|engine|engined|bed|room|berth|"
    r"person|man|member|nation|country|team|stage|part|game|match|race|page|speed|core|camera|blade|axle|"
    r"car|carriage|deck|hole|leg|set)s?\b",
    re.IGNORECASE,
)
# "6' 5\"", "5′10″": feet and inches written with primes (a lone prime is too often a quote mark).
_FEET_AND_INCHES = LazyPattern(r"\s?['′’]\s?(?P<inches>1[01]|\d)(?:\.\d+)?\s?[\"″”]")
# "100 mb" is data unless the sentence is about air pressure.
_PRESSURE_CONTEXT = LazyPattern(
    r"\b(?:pressure|baromet\w*|storm|hurricane|typhoon|cyclone|weather|hpa|millibars?)\b", re.I
)
# Points of a stock index, not percentage points: "the Dow shed 240 points".
_INDEX_CONTEXT = LazyPattern(
    r"\b(?:index|indices|Dow|FTSE|Nasdaq|S&P|Nikkei|DAX|CAC|Hang\s+Seng|Stoxx|STOXX|Kospi|ASX|TSX|Sensex|Nifty|"
    r"Bovespa|Russell|IBEX|MIB|AEX|SMI|Shanghai\s+Composite|benchmark|blue[- ]chips?)\b"
)
# "bps" is basis points where the sentence is about interest rates and bonds.
_RATES_CONTEXT = LazyPattern(r"\b(?:spreads?|yields?|rates?|bonds?|Treasur\w+|gilts?|coupon|hike|cut|basis)\b", re.I)
# Points of a game: a score ("17-10") or the words of a match around them
_GAME_CONTEXT = LazyPattern(
    r"\b\d{1,3}-\d{1,3}\b|\b(?:game|games|match|matches|season|league|half-time|halftime|quarter-final|semi-final|"
    r"final|tries|try|penalt(?:y|ies)|conversions?|kicked|scored|scoring|scorer|innings|team|squad|win|won|beat|"
    r"champions?|championship|tournament|defeat|victory|fixture|averaged|"
    # a player's or a side's tally: "finished with 31 points and 8 assists", "ended the season on 81 points"
    r"assists?|rebounds?|steals|goals?|wickets|finish(?:ed|es)?\s+(?:with|on)|end(?:ed|s)?\s+the\s+season|"
    r"standings|tally|relegat\w+|promot(?:ed|ion))\b",
    re.IGNORECASE,
)
_PERCENTAGE_CONTEXT = LazyPattern(r"\b(?:percentage|poll\w*|approval|support|vote|survey|lead|rating)\b", re.I)


def _unit_in_context(
    text: str, figure: Figure, kind: ClaimKind, unit: str, surface: str
) -> tuple[ClaimKind, str | None]:
    """Units whose symbol or word means one thing or another by the sentence around it."""
    if unit == "megabyte" and surface == "mb" and _PRESSURE_CONTEXT.search(text):
        return kind, "millibar"
    if unit == "stere" and surface.lower() == "st":
        return kind, "stone"  # "9 st 4 lb": a stere of firewood is never written so in prose
    if unit == "bit / second" and surface == "bps" and _RATES_CONTEXT.search(text):
        return ClaimKind.CHANGE, "basis_point"  # "spreads widened by 40 bps"
    # "points" after an index is index points, unless the words before speak of shares of a whole
    points = unit == "percentage_point" and not surface.lower().startswith("percentage")
    index = points and _INDEX_CONTEXT.search(text)
    if index and not _PERCENTAGE_CONTEXT.search(text, max(0, figure.start - 60), figure.start):
        return kind, "index_point"
    if points and _GAME_CONTEXT.search(text) and not _PERCENTAGE_CONTEXT.search(text) and "%" not in text:
        return ClaimKind.COUNT, None  # "won by seven points", "27.5 points a game": a score
    if points and figure.value > 100:
        return kind, "index_point"  # "the Corvia 200 gained 1,200 points": no share moves by more than 100
    hyphened = text[figure.end : figure.end + 1] == "-"
    if points and hyphened and not _POINT_CHANGE_NOUN.match(text, figure.end + 1 + len(surface)):
        return ClaimKind.COUNT, None  # "a 10-point plan", "a 3-point shot": the points of a plan or a game
    return kind, unit


# "a three-point rise", "a 12-point lead", "a two-percentage-point swing": a change or a gap in points
_POINT_CHANGE_NOUN = LazyPattern(
    r"s?\s+(?:[a-z]+\s+)?(?:rise|fall|drop|increase|decrease|gain|loss|lead|gap|swing|jump|cut|margin|advantage|"
    r"deficit|slump|slide|climb|hike|reduction|improvement|difference|lift|dip|decline|boost|shift|advance|surge|"
    r"bounce|narrowing|widening)s?\b",
    re.IGNORECASE,
)


# An earthquake's scale named before its figure; after it ("6.2-magnitude") it is a unit word.
_MAGNITUDE_BEFORE = LazyPattern(r"\bmagnitude[\s-]?(?:of\s)?\Z", re.IGNORECASE)

# "raised the fee by £20 to £120": "by" right before a figure, its sign included
_BY_BEFORE = LazyPattern(r"\bby\s+\Z")

# "24703L202", "4B6": letters and more digits fused after a figure, when they are no unit, make a code.
_CODE_AFTER = LazyPattern(r"[A-Za-z]+\d[\w-]*")


def tidy(value: float) -> float:
    """16.4 * 1e6 is 16399999.999999998 in binary; as written it is 16,400,000."""
    return float(f"{value:.12g}")


# "rose by one percentage point", "down one basis point": a move, where "at one point" is an idiom
_ONE_POINT_MOVE = LazyPattern(r"[\s-]+(?:percentage|basis)[\s-]+points?\b", re.IGNORECASE)


def _is_lone_one(text: str, figure: Figure) -> bool:
    return figure.in_words and text[figure.start : figure.end].lower() == "one"


# "in a single year": the most done in one period is a rate of it ("800 km in a single day"), but
# a change over it is no rate
_IN_ONE_PERIOD = LazyPattern(r"\s+in\s+a\s+single\s", re.IGNORECASE)


def _rate_of(text: str, end: int, kind: ClaimKind, unit: str | None, lexicon: UnitLexicon) -> Rate | None:
    """What a figure of this kind is per, if anything: money and percentages take any rate
    ("$41 per share", "6% a year"), a count or a span of time a time ("2,000 a day", "35 hours
    a week"), a measure a unit ("miles an hour", "tonnes of coal a year", "miles per gallon")."""
    if kind in (ClaimKind.MONEY, ClaimKind.PERCENT):
        return rate_after(text, end, lexicon)
    if kind is ClaimKind.COUNT:
        return count_rate_after(text, end, lexicon)
    if kind is ClaimKind.MEASURE:
        return measure_rate_after(text, end, lexicon, time_only=unit in lexicon.time_units, measured_in=unit)
    return None


def _mixed_with(
    text: str, first: Reading, second_figure: Figure, vocabulary: Vocabulary, lexicon: UnitLexicon,
    last_unit: str | None,
) -> tuple[Reading, str | None] | None:  # fmt: skip
    """ "5 ft 2 in", "7lb 3oz", "2 hours 30 minutes", "3 dollars 50 cents": one amount in the first
    unit, and the unit of the part joined. Each part is of a smaller unit than the last one joined:
    "2 hours 21 minutes 36 seconds, 47 seconds outside the record" is two figures."""
    if first.kind not in (ClaimKind.MEASURE, ClaimKind.MONEY) or first.unit is None or first.qualifier == "±":
        return None
    if not _MIXED_JOIN.fullmatch(text, first.end, second_figure.start):
        return None
    second = _read_one(text, second_figure, vocabulary, lexicon, floor=first.end)
    if second is None or second.qualifier is not None or not second.kind.is_quantity:
        return None
    end, extra, precision = second.end, None, second.precision
    if first.kind is ClaimKind.MONEY:
        minor = second.kind is ClaimKind.MONEY and second.value < second_figure.value
        if minor and second.start == second_figure.start:
            extra = second.value  # a minor unit: "50 cents", "50p"
        elif second.unit is None and _is_bare_minor(text, first, second_figure, second):
            extra, precision = second.value / 100, 0.01  # "15 dollars 50."
    elif second.kind is ClaimKind.MEASURE and second.unit is not None and not _is_metric(first.unit, second.unit):
        smaller = last_unit is None or _smaller_part(1.0, second.unit, last_unit) is not None
        extra = _smaller_part(second.value, second.unit, first.unit) if smaller else None
        if extra is not None:  # "4 hours 41 minutes" is written to the minute, a sixtieth of its first unit
            # minutes and seconds are rounded to fives: "2 hours 15 minutes" is as round as "2 hours 10"
            step = 5.0 if second.unit in ("minute", "second") and second.value % 5 == 0 else second.precision
            precision = _smaller_part(max(step, second.precision), second.unit, first.unit) or precision
    elif second.unit is None and first.unit in ("minute", "hour") and second.kind is ClaimKind.COUNT:
        seconds = _SECONDS.match(text, second_figure.end)  # "9 min 40 s": "s" alone is too common elsewhere
        if seconds and second_figure.is_integer_literal and second.value < 60:
            extra = second.value / (60 if first.unit == "minute" else 3600)
            end, precision = seconds.end(), extra / second.value if second.value else precision
    elif second.unit is None and first.unit == "foot":
        inches = _INCHES.match(text, second_figure.end)
        if inches and (inches.start() == second_figure.end or _ENDS_CLAUSE.match(text, inches.end())):
            # "6ft 2in": "in" is too common a word elsewhere
            extra, end, precision = second.value / 12, inches.end(), second.precision / 12
    if extra is None:
        return None
    value = tidy(first.value + extra)
    qualifier = first.qualifier or ""
    hedge = hedge_named(qualifier, vocabulary)
    joined = dataclasses.replace(first, end=end, value=value, interval=apply_hedge(value, hedge),
                                 precision=min(first.precision, precision), per=first.per or second.per)  # fmt: skip
    return joined, second.unit


_MIXED_JOIN = LazyPattern(r"(?:,?\s+and\s+|,\s+|\s*)", re.IGNORECASE)
_INCHES = LazyPattern(r"\s?in\b\.?")
_SECONDS = LazyPattern(r"\s?s\b(?![.'’]\w)")
_ENDS_CLAUSE = LazyPattern(r"\s*(?:$|[,.;:!?)])")


def _is_bare_minor(text: str, first: Reading, second_figure: Figure, second: Reading) -> bool:
    """ "It costs 15 dollars 50." A whole number under 100 that ends the clause, after a currency
    named after its figure, is the minor amount."""
    named_after = any(c.isalpha() or c in "$£€¥₹" for c in text[first.figure_end : first.end])
    return (
        named_after
        and (second_figure.is_integer_literal or second_figure.in_words)
        and 0 < second.value < 100
        and second_figure.scale == 1.0
        and _ENDS_CLAUSE.match(text, second.end) is not None
    )


def _is_metric(*units: str) -> bool:
    """Metric amounts are written as decimals ("1.8 m"), so "12 m 2 dm" is two figures, not one."""
    return any(name in unit for unit in units for name in ("meter", "gram", "liter"))


def _smaller_part(value: float, unit: str, whole_unit: str) -> float | None:
    """`value` in `whole_unit` when `unit` is a smaller unit of the same kind, else None."""
    from numcheck.units import UnknownUnitError, convert

    try:
        one = convert(1.0, unit, whole_unit)
        return convert(value, unit, whole_unit) if 0 < one < 1 else None
    except UnknownUnitError:
        return None


def _is_unambiguous_short_scale(text: str, end: int, vocabulary: Vocabulary, lexicon: UnitLexicon) -> bool:
    short = _short_scale_pattern(vocabulary).match(text, end)
    if not short:
        return False
    word = short.group("scale")
    if word in ("m", "M"):
        # "2m people", "1.5m tonnes" are millions; "100m sprint", "2m tall", "a 2m-high wall" are metres
        # "2m paying subscribers", "12m of its handsets" are millions
        words = _WORDS_AFTER.match(text, short.end())
        if words is None:
            return False
        first, second = words.group("first"), words.group("second")
        if first == "of":  # "12m of its handsets"; "620 m of ramps" and "2m of cable" are metres
            return words.group("determiner") is not None and second is not None and _is_plural_noun(second)
        nouns = [word for word in (first, second) if word]
        return not any(noun in _METRE_EVENTS for noun in nouns) and any(_is_plural_noun(noun) for noun in nouns)
    return word.lower() in ("bn", "tn", "trn", "mn", "mln") or word in ("k", "K")


_WORDS_AFTER = LazyPattern(
    r"\s+(?P<first>[a-z]+)(?:\s+(?:(?P<determiner>its|the|their|his|her|our|these|those)\s+)?(?P<second>[a-z]+))?\b"
)
_METRE_EVENTS = frozenset({"hurdles"})  # "the 400m hurdles" is a race, not 400 million hurdles


def _is_plural_noun(word: str) -> bool:
    from numcheck.subjects import is_plural_noun  # the lemmatiser loads only when "m" needs it

    return is_plural_noun(word)


def _ratio_suffix(text: str, end: int, vocabulary: Vocabulary) -> int | None:
    for pattern in (_FOLD, _TIMES, _X):
        match = pattern.match(text, end)
        if match and (pattern is not _TIMES or _a_multiple(text, end, match.end())):
            return match.end()
    return None


# "ten times as many", "three times the size", "rose tenfold" or "increased 10 times": a multiple;
# "the crew launched 143 times", "called out 37 times in June": how often, a count
_COMPARED_AFTER_TIMES = LazyPattern(
    r"\s+(?:more|less|fewer|larger|bigger|greater|higher|lower|faster|slower|smaller|longer|shorter|heavier|"
    r"cheaper|dearer|wider|deeper|taller|stronger|as|the|that|what|its|their|his|her|our|over|above|below|"
    r"normal|average|in\s+(?:size|value|number)|(?:last|previous|this|next)\s+[a-z]+['’]s?)\b",
    re.IGNORECASE,
)
_TIMES_A_MEASURE = LazyPattern(
    r"\s+(?:[A-Z][A-Za-z]+|earnings|income|salary|salaries|revenue|sales|profits?|rent|wages?|pay)\b"
)
_MOVED_BEFORE_TIMES = LazyPattern(
    r"\b(?:rose|risen|grew|grown|increased|jumped|multiplied|climbed|soared|surged|expanded|up|down|fell|fallen|"
    r"shrank|dropped|cut|boosted|by)\s+(?:(?:about|almost|nearly|roughly|some|more\s+than|over|around)\s+)?\Z",
    re.IGNORECASE,
)


def _a_multiple(text: str, start: int, end: int) -> bool:
    """Whether "N times" multiplies (see `_COMPARED_AFTER_TIMES`), rather than counts occasions."""
    figure_start = start
    while figure_start > 0 and not text[figure_start - 1].isspace():
        figure_start -= 1
    if "." in text[figure_start:start] or _TIMES_A_MEASURE.match(text, end):
        return True  # "4.1 times EBITDA", "three times earnings": nothing happens 4.1 times
    return bool(
        _COMPARED_AFTER_TIMES.match(text, end)
        or _MOVED_BEFORE_TIMES.search(text, max(0, figure_start - 30), figure_start)
        or end >= len(text.rstrip())  # a headline's "Up five times"
    )


def _unit_after(text: str, end: int, lexicon: UnitLexicon, figure: Figure) -> tuple[UnitSense | None, int, str]:
    match = lexicon.after.match(text, end)
    if not match:
        return _time_unit_after_a_kind(text, end, lexicon)
    symbol, word = match.group("symbol"), match.group("word")
    if symbol is not None:
        if symbol in _TOUCHING_ONLY and match.start("symbol") != end and not _SPACED_GRAMS.match(text, end):
            return None, end, ""
        if symbol in _COMPASS_POINTS and _NAME_AFTER.match(text, match.end()):
            return None, end, ""  # "350 W 42nd Street", "12 W Main St": a compass point in an address
        sense = lexicon.symbols[symbol]
        if (
            sense.kind is ClaimKind.MONEY
            and _NEXT_FIGURE.match(text, match.end())
            and (not symbol.isalpha() or text[match.end() : match.end() + 1].isdigit())
        ):
            return None, end, ""  # "5 $10 bills", "3 USD50 cards": the mark belongs to the next figure
        return sense, match.end(), symbol
    if word.lower() == "day" and _DAY_COMPOUND.match(text, match.end()):
        return None, end, ""  # "7,100 day passes", "40 day trips": day tickets and trips, counted
    return lexicon.words[collapse_spaces(word.lower())], match.end(), word


# The nouns "day" makes a compound with, in the plural, so that "7,100 day passes" counts passes,
# not days ("a 5 day trip" is a trip's length)
_DAY_COMPOUND = LazyPattern(
    r"\s+(?:pass|ticket|trip|tripper|visitor|patient|case|centre|center|return|release|student|pupil|"
    r"school|job|shift|worker|labourer|boat|cruise|excursion)(?:s|es)\b|\s+nurseries\b",
    re.IGNORECASE,
)
# "5 working days", "up to 2 missed days", "three consecutive nights": a kind of day is still days
_KIND_OF_DAY = LazyPattern(
    r"\s+(?:working|business|calendar|full|whole|clear|consecutive|straight|missed|school|trading)(?=\s)",
    re.IGNORECASE,
)


def _time_unit_after_a_kind(text: str, end: int, lexicon: UnitLexicon) -> tuple[UnitSense | None, int, str]:
    kind = _KIND_OF_DAY.match(text, end)
    match = lexicon.after.match(text, kind.end()) if kind else None
    word = match.group("word") if match else None
    if match is None or word is None:
        return None, end, ""
    sense = lexicon.words[collapse_spaces(word.lower())]
    if sense.unit not in lexicon.time_units:
        return None, end, ""
    return sense, match.end(), word


_NEXT_FIGURE = LazyPattern(r"\s?\.?\d")
# "300 g of flour", "75 g, not 100": grams set apart from the figure, before "of", a lower-case word
# or the end of a clause; a lone capital G after a space ("5 G") is no gram
_SPACED_GRAMS = LazyPattern(r"\s(?=g(?:\s+[a-z]|\s*[,.;:)]|\s*\Z))")
_COMPASS_POINTS = frozenset({"W"})
_NAME_AFTER = LazyPattern(r"\.?\s+(?:\d|[A-Z])")


# "kr" is the Swedish krona unless the sentence names another country of the krona or krone.
_KRONE_CONTEXT = (
    (LazyPattern(r"\b(?:Norw\w+|Oslo)\b"), "NOK"),
    (LazyPattern(r"\b(?:Denmark|Danish|Copenhagen)\b"), "DKK"),
    (LazyPattern(r"\b(?:Iceland\w*|Reykjavik)\b"), "ISK"),
)


def _currency_in_context(code: str, text: str) -> str:
    if code == "SEK":
        for pattern, other in _KRONE_CONTEXT:
            if pattern.search(text):
                return other
    return code


def _money_context(text: str, figure: Figure) -> bool:
    return figure.scale >= 1000 or bool(_MONEY_CONTEXT.search(text))


def _plus_minus(text: str, end: int, vocabulary: Vocabulary) -> tuple[float, int] | None:
    match = _PLUS_MINUS.match(text, end)
    if not match:
        return None
    figures = [f for f in find_figures(text[match.end() : match.end() + 20], vocabulary) if f.start == 0]
    if not figures:
        return None
    return figures[0].value, match.end() + figures[0].end


PERIOD_UNITS = frozenset({"day", "week", "month", "year", "decade", "hour", "minute"})
_OVER_A_PERIOD = LazyPattern(
    r"\b(?:over|in|within|during|across|after)\s+(?:the\s+(?:past|last|next)\s+)?\Z", re.IGNORECASE
)


def _range_with(
    text: str,
    first: Reading,
    first_figure: Figure,
    second_figure: Figure,
    vocabulary: Vocabulary,
    lexicon: UnitLexicon,
) -> Reading | None:
    """Merge "3-5 km", "3 to 5 km", "between 3,000 and 4,000", "£3m-£5m", "two or three years" and
    "40/45" into one reading."""
    gap_start = first.figure_end if first.unit is None else first.end
    between = _BETWEEN.search(text, max(0, first.start - 10), first.start)
    joiner = re.compile(r"\s+and\s+") if between else _RANGE_JOIN
    join = joiner.match(text, gap_start)
    # "20, 30 or £45" is a list, each figure on its own; "two or three years" a range
    listed = _LISTED_BEFORE.search(text, max(0, first.start - 3), first.start)
    alternative = None if between or listed else _OR_JOIN.match(text, gap_start)
    if not join and not alternative:
        return None
    second = _read_one(text, second_figure, vocabulary, lexicon)
    if second is None or not second.kind.is_quantity or second.kind is ClaimKind.CHANGE:
        return None
    lexical_start = lexicon.currency_before.search(text, max(0, second_figure.start - 8), second_figure.start)
    second_start = (
        lexical_start.start() if lexical_start and lexical_start.end() == second_figure.start else second_figure.start
    )
    if alternative is not None and alternative.end() == second_start:
        join = alternative
    else:
        alternative = None
    if join is None or join.end() != second_start:
        return None
    if _is_from_to(text, first.start) and not between and _from_to_is_change(text, first, second, vocabulary):
        return None  # "rose from 300 to 1,200" is a change, read elsewhere; "fines from £500 to £2m" a range
    if not between and join.group().strip().lower() == "to" and after_change_verb(text, first.start, vocabulary):
        return None  # "increased by €2 million to €9 million": an amount, then the new level
    if (
        not between
        and join.group().strip().lower() == "to"
        and first.unit in PERIOD_UNITS
        and _OVER_A_PERIOD.search(text, max(0, first.start - 12), first.start)
    ):
        return None  # "fell by 20% over five years to 512": the period of a change, then its end
    if first.unit is not None and second.unit is None and not _BARE_END.match(text, second.end):
        return None  # "from 3 km to 5 stations": the second figure counts something of its own
    unit = second.unit if first.unit is None else first.unit
    kind = second.kind if first.unit is None else first.kind
    if first.unit is not None and second.unit is not None and first.unit != second.unit:
        return None
    low_value = first.value
    # "3-5 million", "£3-5m", "US$40 to $45 billion": the second figure's scale applies to the first.
    factor = second_figure.scale * (second.value / second_figure.value) if second_figure.value else 1.0
    if first_figure.scale == 1.0 and factor > 1 and first.value * factor <= second.value:
        low_value = first.value * factor
    by_to = (
        not between
        and join.group().strip().lower() == "to"
        and _BY_BEFORE.search(text, max(0, first.start - 12), first.start)
    )
    if by_to and second.value >= 3 * low_value:
        return None  # "raised the fee by £20 to £120": the change, then the new level; "by 3 to 5%" a range
    if kind is ClaimKind.PERCENT and low_value > second.value and abs(low_value + second.value - 100) <= 1:
        return None  # "voted by 71.8% to 28.2%", "won 62% to 38%": the two sides of a vote, not a range
    if (
        kind is ClaimKind.COUNT
        and low_value > second.value
        and not between
        and join.group().strip().lower() == "to"
        and _VOTE_CONTEXT.search(text)
    ):
        return None  # "voted 1,310 to 562", "carried by 31 votes to 17": the two sides of a vote
    if alternative and not low_value < second.value <= 3 * low_value:
        return None  # "two or three years" is a range; "5 or 50" two figures
    low, high = sorted((low_value, second.value))
    start = between.start() if between else first.start
    return dataclasses.replace(
        second,
        start=start,
        kind=kind,
        unit=unit,
        value=(low + high) / 2,
        interval=Interval(low, high),
        qualifier="between" if between else "range",
        precision=min(first.precision, second.precision),
    )


_FROM_BEFORE = LazyPattern(r"(?<![\w])from\s+\Z", re.IGNORECASE)
_VOTE_CONTEXT = LazyPattern(r"(?<![\w])(?:vot\w*|ballot\w*|won|win|wins|passed|carried|defeated|majority)(?![\w])",
                            re.IGNORECASE)  # fmt: skip
# Verbs of a move that name no direction, right before "from": "went from 400 to 550", "will change
# from £30 to £45" (numcheck.extraction.changes reads the direction from the ends)
NEUTRAL_FROM = LazyPattern(
    r"\b(?:go|goes|went|gone|going|move[sd]?|moving|change[sd]?|changing|shift(?:s|ed|ing)?|"
    # "improved from 21% to 26%", "a time that improved from 48 to 45 minutes": better or worse either way
    r"improve[sd]?|improving|worsen(?:s|ed|ing)?)\s+from\s+$",
    re.IGNORECASE,
)
# "ranging from 10C to 15C", "anywhere from two to five years": a range, not a change.
_RANGING_FROM = LazyPattern(r"(?<![\w])(?:rang(?:e|es|ed|ing)|anywhere)\s+from\s+\Z", re.IGNORECASE)


@cache
def _change_word(vocabulary: Vocabulary) -> re.Pattern[str]:
    words = one_of(vocabulary.change_up | vocabulary.change_down | set(vocabulary.multipliers), ignore_case=True)
    # (a revision of a figure moves it: "The revision of the estimate, from £2.3 million to £3.1 million")
    nouns = (
        "increase|increases|rise|rises|fall|falls|drop|drops|jump|jumps|growth|decline|declines|cut|cuts"
        "|revision|revisions|revised|revises|revising"
    )
    # verbs of setting a level: "raised prices by 10% from £40 to £48", "hiked fares from £2 to £3"
    verbs = (
        "moved?|went|gone|tripling|halving|doubling|quadrupling"
        "|rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|boost(?:ed|s|ing)?"
    )
    return re.compile(rf"(?<![\w])(?:{words}|{nouns}|{verbs}|up|down)(?![\w])", re.IGNORECASE)


def _from_to_is_change(text: str, first: Reading, second: Reading, vocabulary: Vocabulary) -> bool:
    """ "from ... to" is a change when it falls (a range is written low to high) or the sentence
    speaks of change anywhere ("rose from 300 to 1,200", "a tripling of applications, from 400 to
    2,000"); "fines from £50,000 to £2 million" is a range."""
    neutral = NEUTRAL_FROM.search(text, max(0, first.start - 20), first.start)
    return first.value > second.value or bool(neutral) or bool(_change_word(vocabulary).search(text))


def _is_from_to(text: str, start: int) -> bool:
    return bool(_FROM_BEFORE.search(text, max(0, start - 6), start)) and not _RANGING_FROM.search(
        text, max(0, start - 20), start
    )


def direction_of(word: str, vocabulary: Vocabulary) -> Direction | None:
    lowered = word.lower()
    if lowered in vocabulary.change_up:
        return Direction.UP
    if lowered in vocabulary.change_down:
        return Direction.DOWN
    return None
