"""A figure read in its sentence: kind, unit, hedge and interval, before subjects are attached."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from numcheck.extraction.hedges import apply_hedge, hedge_after, hedge_before
from numcheck.extraction.lexicon import UnitLexicon, UnitSense
from numcheck.extraction.nonquantities import classify_non_quantity, identifier_start
from numcheck.extraction.numbers import Figure, find_figures
from numcheck.model import ClaimKind, Direction, Interval, Role
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


_FOLD = re.compile(r"(?:\s?[-‐]\s?|\s)?fold\b", re.IGNORECASE)
_TIMES = re.compile(r"\s+times\b(?!\s+(?:a|per|each|every)\s)", re.IGNORECASE)
_TIMES_MORE = re.compile(r"\s+(?:more|larger|bigger|greater|higher)\b", re.IGNORECASE)
_X = re.compile(r"\s?[x×](?![\w])")
_RANGE_JOIN = re.compile(r"\s?(?:-|–|—|to)\s?", re.IGNORECASE)
_BETWEEN = re.compile(r"(?<![\w])between\s+$", re.IGNORECASE)
_PLUS_MINUS = re.compile(r"\s?(?:±|\+/-)\s?")
_MONEY_CONTEXT = re.compile(
    r"£|\b(?:cost|costs|worth|paid|pay|spend|spent|fund|funding|budget|price|priced|raised|sold|"
    r"bought|salary|fine|fined|bill|deal|loan|debt|profit|revenue|sales|award|compensation)\b",
    re.IGNORECASE,
)
# Weighing words make "pounds" a weight even when the sentence also mentions money.
_WEIGHT_CONTEXT = re.compile(r"\b(?:weigh\w*|heav(?:y|ier|iest)|lighter|obese|kilos?)\b", re.IGNORECASE)
# Single-letter symbols must touch their figure: "38C", "50p"; "5 C" is not a temperature.
_TOUCHING_ONLY = frozenset({"C", "F", "p", "g", "l", "L", "c", "b", "B", "k", "K", "M", "m"})


@cache
def _change_verb_before(vocabulary: Vocabulary) -> re.Pattern[str]:
    verbs = "|".join(sorted(map(re.escape, vocabulary.change_up | vocabulary.change_down), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{verbs})(?:\s+by)?\s+$", re.IGNORECASE)


def after_change_verb(text: str, start: int, vocabulary: Vocabulary) -> bool:
    """ "rose 20%", "fell by 3p": the figure is the amount of a change."""
    match = _change_verb_before(vocabulary).search(text, max(0, start - 30), start)
    return match is not None and match.end() == start


@cache
def _short_scale_pattern(vocabulary: Vocabulary) -> re.Pattern[str]:
    shorts = sorted(vocabulary.short_scales, key=len, reverse=True)
    return re.compile(rf"\s?(?P<scale>{'|'.join(map(re.escape, shorts))})(?![\w])")


def read_figures(text: str, vocabulary: Vocabulary, lexicon: UnitLexicon) -> list[Reading]:
    """Every figure in a sentence, read as a claim. Ranges merge two figures into one."""
    figures = find_figures(text, vocabulary)
    readings: list[Reading] = []
    skip_until = -1
    for index, figure in enumerate(figures):
        if figure.start < skip_until:
            continue
        reading = _read_one(text, figure, vocabulary, lexicon)
        if reading is None:
            continue
        if reading.kind.is_quantity and index + 1 < len(figures):
            ranged = _range_with(text, reading, figures[index + 1], vocabulary, lexicon)
            if ranged is not None:
                reading = ranged
        # A reading may swallow the next figure: "2019-20" is one date, "3-5 km" one range.
        skip_until = max(skip_until, reading.end)
        readings.append(reading)
    return readings


def _read_one(text: str, figure: Figure, vocabulary: Vocabulary, lexicon: UnitLexicon) -> Reading | None:
    non_quantity = classify_non_quantity(text, figure, vocabulary)
    if non_quantity is not None:
        kind, end = non_quantity
        start = identifier_start(text, figure) if kind is ClaimKind.OTHER else figure.start
        return Reading(start, end, kind, figure.value, None, Interval.point(figure.value), None,
                       figure.precision, figure_end=end)  # fmt: skip

    start, end = figure.start, figure.end
    value, precision = figure.value, figure.precision
    currency: str | None = None
    before = lexicon.currency_before.search(text, max(0, start - 5), start)
    if before and before.end() == start and not figure.in_words:
        currency = lexicon.currency_symbols.get(before.group().strip())
        start = before.start()
    if currency or _is_unambiguous_short_scale(text, end, vocabulary, lexicon):
        short = _short_scale_pattern(vocabulary).match(text, end)
        if short and figure.scale == 1.0:
            factor = vocabulary.short_scales[short.group("scale")]
            value, precision, end = value * factor, precision * factor, short.end()

    kind, unit = (ClaimKind.MONEY, currency) if currency else (ClaimKind.COUNT, None)
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

    hedge_start, hedge = start, None
    found = hedge_before(text, start, vocabulary)
    if found and not (found[0].phrase == "over" and unit in vocabulary.time_words.values()):
        hedge, hedge_start = found  # "over five years" is a period, not "more than five years"
    interval = apply_hedge(value, hedge)
    trailing = hedge_after(text, end, vocabulary)
    if trailing and hedge is None:
        hedge, end = trailing
        interval = apply_hedge(value, hedge)
    plus_minus = _plus_minus(text, end, vocabulary)
    if plus_minus is not None and hedge is None:
        spread, end = plus_minus
        interval = Interval(value - spread, value + spread)
        hedge = Hedge("±", HedgeKind.AROUND, 0.0)
    return Reading(hedge_start, end, kind, value, unit, interval, hedge.phrase if hedge else None,
                   precision, figure_end=figure.end)  # fmt: skip


def _is_unambiguous_short_scale(text: str, end: int, vocabulary: Vocabulary, lexicon: UnitLexicon) -> bool:
    short = _short_scale_pattern(vocabulary).match(text, end)
    if not short:
        return False
    word = short.group("scale")
    return word.lower() in ("bn", "tn", "trn", "mn", "mln") or word in ("k", "K")


def _ratio_suffix(text: str, end: int, vocabulary: Vocabulary) -> int | None:
    for pattern in (_FOLD, _TIMES, _X):
        match = pattern.match(text, end)
        if match:
            return match.end()
    return None


def _unit_after(text: str, end: int, lexicon: UnitLexicon, figure: Figure) -> tuple[UnitSense | None, int, str]:
    match = lexicon.after.match(text, end)
    if not match:
        return None, end, ""
    symbol, word = match.group("symbol"), match.group("word")
    if symbol is not None:
        if symbol in _TOUCHING_ONLY and match.start("symbol") != end:
            return None, end, ""
        return lexicon.symbols[symbol], match.end(), symbol
    return lexicon.words[word.lower()], match.end(), word


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


def _range_with(
    text: str, first: Reading, second_figure: Figure, vocabulary: Vocabulary, lexicon: UnitLexicon
) -> Reading | None:
    """Merge "3-5 km", "3 to 5 km", "between 3,000 and 4,000" and "£3m-£5m" into one reading."""
    gap_start = first.figure_end if first.unit is None else first.end
    between = _BETWEEN.search(text, max(0, first.start - 10), first.start)
    joiner = re.compile(r"\s+and\s+") if between else _RANGE_JOIN
    join = joiner.match(text, gap_start)
    if not join:
        return None
    second = _read_one(text, second_figure, vocabulary, lexicon)
    if second is None or not second.kind.is_quantity or second.kind is ClaimKind.CHANGE:
        return None
    lexical_start = lexicon.currency_before.search(text, max(0, second_figure.start - 5), second_figure.start)
    second_start = (
        lexical_start.start() if lexical_start and lexical_start.end() == second_figure.start else second_figure.start
    )
    if join.end() != second_start:
        return None
    if _is_from_to(text, first.start) and not between:
        return None  # "rose from 300 to 1,200" is a change, read elsewhere
    if not between and join.group().strip().lower() == "to" and after_change_verb(text, first.start, vocabulary):
        return None  # "increased by €2 million to €9 million": an amount, then the new level
    unit = second.unit if first.unit is None else first.unit
    kind = second.kind if first.unit is None else first.kind
    if first.unit is not None and second.unit is not None and first.unit != second.unit:
        return None
    low_value = first.value
    # "3-5 million", "£3-5m": the second figure's scale applies to the first.
    factor = second_figure.scale * (second.value / second_figure.value) if second_figure.value else 1.0
    if first.unit is None and factor > 1 and first.value * factor <= second.value:
        low_value = first.value * factor
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


_FROM_BEFORE = re.compile(r"(?<![\w])from\s+$", re.IGNORECASE)


def _is_from_to(text: str, start: int) -> bool:
    return bool(_FROM_BEFORE.search(text, max(0, start - 6), start))


def direction_of(word: str, vocabulary: Vocabulary) -> Direction | None:
    lowered = word.lower()
    if lowered in vocabulary.change_up:
        return Direction.UP
    if lowered in vocabulary.change_down:
        return Direction.DOWN
    return None
