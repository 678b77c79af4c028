"""The closed registry of check kinds: pure functions from claims and parameters to verdicts."""

from __future__ import annotations

import calendar
import dataclasses
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import TypeVar

from numcheck.alignment import Aligner
from numcheck.calendar_words import CALENDAR_PERIOD_DAYS
from numcheck.comparisons import compares_two_changes
from numcheck.evidence import CONTENT_SKIP, NO_EVIDENCE
from numcheck.gaps import gaps
from numcheck.headlines import headline_pairs
from numcheck.job_lengths import restated_spell_lengths
from numcheck.linking import is_label, match, quantity_key
from numcheck.listed import listed_shares, listed_totals
from numcheck.model import WRITTEN_RANGES, Claim, ClaimKind, Direction, Interval
from numcheck.relative_days import misplaced_days
from numcheck.remembered import ClaimMemory
from numcheck.restatements import restated_changes, restated_pairs
from numcheck.rows import row_pairs
from numcheck.rules import KindSpec, ParamSpec
from numcheck.scanning import LazyPattern
from numcheck.shares import (
    GROUP_NOUNS,
    Mention,
    Share,
    ShareForm,
    count_interval,
    counted_before,
    loosely_counted,
    percent_interval,
    read_breakdowns,
    read_mentions,
    restated_fraction,
    side_by_side,
    stated_bases,
)
from numcheck.slack import Slack, figure_slack, multiplier_slack, round_step
from numcheck.slips import NEAREST_FIGURES, Slip, digit_slip, is_money_lost, may_be_one, mistyped, slipped_pairs
from numcheck.spans import misdated_range_ends, mismatched_spans
from numcheck.spells import lengths_said_alike, restated_spells
from numcheck.starts import restated_starts
from numcheck.stated_changes import changes_with_endpoints, is_fraction_change, restated_ends
from numcheck.subjects import YEAR_DIGITS, is_proper_noun, lemma
from numcheck.sums import (
    accruals,
    averages,
    complements,
    contest_shares,
    counts_of_the_rest,
    figure_sentences,
    margins,
    per_seconds,
    period_totals,
    products,
    shares_of_one_state,
    slipped_counts,
    sums,
)
from numcheck.support import (
    SECONDS_A_DAY,
    Sources,
    Tolerance,
    base_value,
    family,
    only_touch,
    rounds_the_bound,
    score_sides,
    stating_figures,
    support,
)
from numcheck.timing import (
    EVENT_NOUNS,
    Timing,
    date_key,
    date_text,
    dates_agree,
    one_event_mistyped,
    ordinal_day,
    same_event,
    same_thing,
    sentences_of,
    thing_named,
    timing_of,
    with_one_event,
    with_periods,
    with_referents,
    year_swapped,
)
from numcheck.units import UnknownUnitError, base_form, convert, other_sizes, sizes_of
from numcheck.vocabulary import load_vocabulary
from numcheck.votes import overshooting_sides, voted_pairs, voted_shares
from numcheck.weekdays import OffCalendar, off_calendar

Params = Mapping[str, object]


@dataclass(frozen=True, slots=True)
class Verdict:
    """A kind's answer: the claims it rests on (primary first) and the message fields."""

    claims: tuple[Claim, ...]
    fields: Mapping[str, str]


PairCheck = Callable[[Claim, Claim, Params], Verdict | None]
ClaimCheck = Callable[[Claim, Params], Verdict | None]
GroupCheck = Callable[[Sequence[Claim], Params], Iterable[Verdict]]
# The claims of the documents under check, and every source's claims
AgainstCheck = Callable[[Sequence[Claim], Sequence[Claim], Params], Iterable[Verdict]]


@dataclass(frozen=True, slots=True)
class Kind:
    """A check kind: its parameters and the scopes it looks at. A kind may look at several:
    change-arithmetic checks one claim against its own endpoints, and two linked claims."""

    spec: KindSpec
    pair: PairCheck | None = None  # two linked claims, from any documents
    claim: ClaimCheck | None = None  # one claim on its own
    sentence: GroupCheck | None = None  # the quantity claims of one sentence
    document: GroupCheck | None = None  # the quantity claims of one document
    timeline: GroupCheck | None = None  # the dates and durations of one document
    against: AgainstCheck | None = None  # documents under check against their sources (--against)
    uses_exchange_rates: bool = False


RecordT = TypeVar("RecordT")
# The last record built for each (record type, rule params): a pair check runs once per linked pair.
_RECORDS: dict[tuple[type, int], tuple[Params, object]] = {}


def record_of(record: type[RecordT], params: Params) -> RecordT:
    """A kind's parameters as its typed record; the mapping was checked against the kind's
    ParamSpecs when the rule was loaded, so every value has its declared type."""
    key = (record, id(params))
    cached = _RECORDS.get(key)
    if cached is not None and cached[0] is params:
        built = cached[1]
        assert isinstance(built, record)
        return built
    names = {f.name for f in dataclasses.fields(record)}  # type: ignore[arg-type]
    built = record(**{name: value for name, value in params.items() if name in names})
    _RECORDS[key] = (params, built)
    return built


@dataclass(frozen=True, slots=True)
class FigureParams:
    """How far each figure may move before two figures disagree (figure-mismatch, hedge-conflict).

    Each figure is widened by its own slack, once; two figures disagree when the widened intervals
    are disjoint. A figure written to a stated precision ("2,468", "$2.17", "11.6%") may move by half
    its last digit. A round figure ("60,000", "£90m") by half its rounding step, capped at
    `round_share` of its value, and never less than half the relative tolerance. A hedged figure
    ("about 60,000") keeps the interval its hedge gives, plus half the relative tolerance. A
    multiplier ("doubled", "fivefold", "3 times") by `multiplier_tolerance` of its value."""

    relative_tolerance: float = 0.02
    absolute_tolerance: float = 0.0
    use_rounding: bool = True
    round_share: float = 0.05
    multiplier_tolerance: float = 0.05


@dataclass(frozen=True, slots=True)
class ChangeParams:
    """change-arithmetic: the slack on a stated change against its endpoints."""

    relative_tolerance: float = 0.05  # a percentage or amount change
    endpoint_tolerance: float = 0.02  # two endpoints within this share are one figure
    multiplier_tolerance: float = 0.05  # "doubled" holds from ×1.9 to ×2.1


def _float(params: Params, name: str) -> float:
    value = params[name]
    assert isinstance(value, int | float)
    return float(value)


_SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _format(value: float | None) -> str:
    """A figure as a reader writes it: "40,000", "65.2174 million", "0.003"."""
    if value is None:
        return "∞"
    for scale, word in _SCALE_WORDS:
        if scale <= abs(value) < scale * 1000 or (word == "trillion" and abs(value) >= scale):
            return f"{_format(value / scale)} {word}"
    if value != 0 and abs(value) < 0.01:
        return f"{value:.4g}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _rounded_apart(worked: float, said: float) -> float:
    """`worked` to three significant figures, or more where three would show it equal to `said`:
    a percentage worked out reads "35.7%", not "35.7143%"; a conversion "0.994 mile"."""
    for figures in range(3, 7):
        shown = float(f"{worked:.{figures}g}")
        if shown != float(f"{said:.{figures}g}"):
            return shown
    return worked


def _worked(implied: float, said: float, label: str) -> str:
    """A change worked out from its ends, as a message shows it: a factor or a percentage ("35.7%",
    "3.7×") rounded apart from what was said, an amount as it is."""
    return _format(_rounded_apart(implied, said) if label else implied)


def _in_words(claim: Claim) -> bool:
    """A figure written without a digit ("a fall of a third"), which a message quotes as written."""
    return not any(character.isdigit() for character in claim.text)


def describe(claim: Claim) -> str:
    """What a claim commits to, in words: "just under ×10", "at most 144.8 km"."""
    interval = claim.interval
    unit = "" if claim.unit is None else f" {claim.unit}"
    if claim.kind is ClaimKind.RATIO:
        unit = ""
    prefix = "×" if claim.kind is ClaimKind.RATIO else ""
    if claim.is_share_in_words:  # "a third" is 33.3%, as the percentages it is compared with
        return describe(
            dataclasses.replace(
                claim,
                kind=ClaimKind.PERCENT,
                unit="percent",
                value=claim.value * 100,
                low=_hundredfold(claim.low),
                high=_hundredfold(claim.high),
            )
        )
    point = f"{prefix}{_format(claim.value)}{unit}"
    if interval.low == interval.high:
        return point
    if interval.low is None:
        return ("at most " if interval.high_inclusive else "under ") + point
    if interval.high is None:
        return ("at least " if interval.low_inclusive else "more than ") + point
    if interval.high == claim.value and not interval.high_inclusive:
        return f"just under {point}"
    return f"{prefix}{_format(interval.low)}–{prefix}{_format(interval.high)}{unit}"


def _hundredfold(value: float | None) -> float | None:
    return None if value is None else value * 100


def _in_base(claim: Claim, value: float | None) -> float | None:
    """A value of the claim's unit in base units, so miles compare with kilometres."""
    if value is None or claim.unit is None or claim.kind is ClaimKind.PERCENT:
        return value
    try:
        form = base_form(claim.unit)
    except UnknownUnitError:
        return value
    return value * form.factor + form.offset


def base_interval(claim: Claim) -> Interval:
    """The interval a claim commits to, in base units, so miles and kilometres compare."""
    return Interval(_in_base(claim, claim.low), _in_base(claim, claim.high),
                    claim.low_inclusive, claim.high_inclusive)  # fmt: skip


def own_slack(claim: Claim, params: FigureParams) -> float:
    """How far the claim's figure may move, in its own unit, spent once per figure (see FigureParams)."""
    return figure_slack(claim, _slack_terms(params))


@lru_cache(maxsize=64)
def _slack_terms(params: FigureParams) -> Slack:
    """The slack terms of one rule's parameters: made once per rule, where every figure asked."""
    return Slack(params.relative_tolerance, params.round_share, params.multiplier_tolerance, params.use_rounding)


def _base_slack(claim: Claim, slack: float) -> float:
    """A slack in the claim's unit, in base units."""
    low, high = _in_base(claim, claim.value) or 0.0, _in_base(claim, claim.value + slack) or 0.0
    return abs(high - low)


@dataclass(frozen=True, slots=True)
class Span:
    """A claim as the figure checks compare it, on one scale: its family (what it may be compared
    with), its figure, the interval it commits to and the slack of its figure.

    Amounts are in base units. A change is a factor ("rose 20%" ×1.2, "halved" ×0.5, "fell
    tenfold" ×0.1), a signed change in points ("fell 1.5 points" −1.5), or a signed amount ("cut
    by £2m" −2,000,000), so "doubled" meets "rose 100%" and "rose 18%" meets "fell 18%"."""

    family: tuple[object, ...]
    value: float
    interval: Interval
    slack: float


_FACTOR = ("change", "factor")
_POINTS = ("change", "points")


# A percentage's family: "a third" and "one in four" are compared with "35%" in percent.
_PERCENT_FAMILY = (ClaimKind.PERCENT, "dimensionless")


def span(claim: Claim, params: FigureParams) -> Span | None:
    """The claim's span under one rule's parameters, worked out once: each pair check asks it of
    both its claims (15,000 asks on 1,000 stories, 6,300 distinct)."""
    memory = _SPANS.get(params)
    if memory is None:
        memory = _SPANS[params] = ClaimMemory(partial(_span, params=params))
    return memory.of(claim)


# Each rule's parameters, and the spans of the claims asked under them
_SPANS: dict[FigureParams, ClaimMemory[Span | None]] = {}


def _span(claim: Claim, params: FigureParams) -> Span | None:
    if claim.is_share_in_words:
        return Span(_PERCENT_FAMILY, claim.value * 100, claim.interval.scaled(100), own_slack(claim, params) * 100)
    if claim.kind is ClaimKind.CHANGE or claim.kind is ClaimKind.RATIO:
        return _change_span(claim, params)
    value = _in_base(claim, claim.value)
    assert value is not None
    slack = _base_slack(claim, own_slack(claim, params)) + params.absolute_tolerance / 2
    return Span((claim.kind, claim.dimension), value, base_interval(claim), slack)


_PER_DAY = "per day"
# "A month" is said for four weeks as often as for a twelfth of a year ("£400 a week, or £1,600 a month")
_LOOSE_MONTH = 0.045


def calendar_days(claim: Claim) -> float | None:
    """The days of the calendar period an amount of money or a count is given per, or None."""
    if claim.kind not in (ClaimKind.MONEY, ClaimKind.COUNT) or claim.per not in CALENDAR_PERIOD_DAYS:
        return None
    if claim.dimension is None or not claim.dimension.endswith(f" per {claim.per}"):
        return None
    return CALENDAR_PERIOD_DAYS[claim.per]


def _change_span(claim: Claim, params: FigureParams) -> Span | None:
    if claim.is_read_from_endpoints or (claim.kind is ClaimKind.CHANGE and claim.direction is None):
        return None
    slack = own_slack(claim, params)
    if claim.kind is ClaimKind.RATIO and compares_two_changes(claim.sentence, claim.end - claim.sentence_start):
        return None  # "rose three times as fast as wages": no factor of either change
    if claim.kind is ClaimKind.RATIO or claim.unit == "percent":
        factor = _factor(claim)
        if factor is None or (factor.low is None and factor.high is None):
            return None
        value = _factor_of(claim, claim.value)
        # the slack scales with the factor: "fell tenfold" is ×0.1 give or take 5% of it
        factor_slack = slack / 100 if claim.kind is ClaimKind.CHANGE else value * slack / claim.value
        return Span(_FACTOR, value, factor, factor_slack)
    down = claim.direction is not None and claim.direction is Direction.DOWN
    sign = -1.0 if down else 1.0
    interval = claim.interval
    if down:
        interval = Interval(None if interval.high is None else -interval.high,
                            None if interval.low is None else -interval.low,
                            interval.high_inclusive, interval.low_inclusive)  # fmt: skip
    if claim.unit == "percentage_point":
        return Span(_POINTS, sign * claim.value, interval, slack)
    base = base_interval(dataclasses.replace(claim, low=interval.low, high=interval.high))
    amount = _in_base(claim, sign * claim.value)
    assert amount is not None
    family = ("change", claim.dimension or claim.endpoint_unit or claim.unit)
    return Span(family, amount, base, _base_slack(claim, slack) + params.absolute_tolerance / 2)


def _same_sense_bounds(one: Interval, other: Interval) -> bool:
    """ "up to 70 mph" and "up to 70 km/h": two maxima (or two minima) of one quantity."""
    upper = one.low is None and other.low is None and one.high is not None and other.high is not None
    lower = one.high is None and other.high is None and one.low is not None and other.low is not None
    return upper or lower


def _as_figure(span: Span) -> Span:
    bound = span.interval.high if span.interval.low is None else span.interval.low
    assert bound is not None
    return dataclasses.replace(span, value=bound, interval=Interval.point(bound))


def compared_spans(first: Claim, second: Claim, params: FigureParams) -> tuple[Span, Span] | None:
    """The two claims on one scale, or None when they cannot be compared. Two bounds of the same
    sense are compared as the figures they bound; a bound against a figure keeps its open side."""
    one, other = span(first, params), span(second, params)
    if first.per != second.per and one is not None and other is not None:
        one, other = _per_day(one, first), _per_day(other, second)
    return _compared(one, other)


def _per_day(given: Span, claim: Claim) -> Span:
    """An amount or a count per a calendar period, per day, as pint puts "litres a day" and "litres
    a week" on one scale: "£250,000 a year" against "£25,000 a month"."""
    days = calendar_days(claim)
    if days is None:
        return given
    loose = given.value * _LOOSE_MONTH if claim.per == "month" else 0.0
    family = (claim.kind, str(claim.dimension).removesuffix(f" per {claim.per}"), _PER_DAY)
    return Span(family, given.value / days, given.interval.scaled(1 / days), (given.slack + loose) / days)


def _compared(one: Span | None, other: Span | None) -> tuple[Span, Span] | None:
    """`compared_spans` from the claims' spans."""
    if one is None or other is None or one.family != other.family:
        return None
    if _same_sense_bounds(one.interval, other.interval):
        return _as_figure(one), _as_figure(other)
    return one, other


def _widened(interval: Interval, by: float) -> Interval:
    """The interval plus its slack. The widened ends are open: "3 times" rounds from below 3.5
    and "4 times" from 3.5 up, so two figures whose slack only touches still disagree."""
    if by <= 0:
        return interval
    low = None if interval.low is None else interval.low - by
    high = None if interval.high is None else interval.high + by
    return Interval(low, high, False, False)


def _values_agree(one: Span, other: Span) -> bool:
    """Strictly inside the slacks, as the widened ends are open: "three months" (2.5 to 3.5) and
    "two months" (1.5 to 2.5) only touch."""
    gap = abs(one.value - other.value)
    return gap == 0 or gap < one.slack + other.slack


def values_agree(first: Claim, second: Claim, params: Params) -> bool:
    """Whether two claims' figures agree, each moved by its own slack, their hedges set aside."""
    spans = compared_spans(first, second, record_of(FigureParams, params))
    return spans is not None and _values_agree(*spans)


def magnitude_ratio(first: Claim, second: Claim) -> int | None:
    """The power of ten between two figures that share their digits ("$4.2m" vs "$42 million")."""
    a, b = _in_base(first, first.value), _in_base(second, second.value)
    if not a or not b or a == b:
        return None
    exponent = math.log10(max(abs(a), abs(b)) / min(abs(a), abs(b)))
    rounded = round(exponent)
    if rounded >= 1 and abs(exponent - rounded) < 1e-9:
        return rounded
    return None


def _pair_fields(first: Claim, second: Claim, detail: str, arithmetic: str) -> dict[str, str]:
    first_described, second_described = describe(first), describe(second)
    return {
        "primary": first.text,
        "other": second.text,
        "subject": _named(first, second),
        "primary_value": first_described,
        "other_value": second_described,
        "primary_interval": first_described,
        "other_interval": second_described,
        "arithmetic": arithmetic,
        "detail": detail,
        "unit": first.unit or "",
    }


def _named(first: Claim, second: Claim) -> str:
    """What a message says two figures are about: a subject, else what either counts, else "one
    quantity" (never an empty "for :")."""
    for claim in (first, second):
        if claim.subject:
            return claim.subject
    for claim in (first, second):
        if claim.evidence is not None and claim.evidence.head:
            return claim.evidence.head
    return "one quantity"


def _comparable(first: Claim, second: Claim) -> bool:
    """Same kind and dimension, and not a change: magnitude slips are slips of amounts (a sum of
    money lost is one: "lost £1.38 million", "a £138,000 loss")."""
    kind = _amount_kind(first)
    return kind is _amount_kind(second) and first.dimension == second.dimension and kind is not ClaimKind.CHANGE


def _amount_kind(claim: Claim) -> ClaimKind:
    return ClaimKind.MONEY if is_money_lost(claim) else claim.kind


@dataclass(frozen=True, slots=True)
class Figure:
    """What support and nearness compare, worked out once per claim: a block compares each claim with many."""

    family: tuple[object, ...] | None  # what it may be compared with; None for a change read from its endpoints
    value: float  # in base units, or a factor for a change
    slack: float  # how far the figure may move, in the same units
    stated: bool  # a figure, not only a bound: "up to 90" does not state 90


_DEFAULT_FIGURE_PARAMS = FigureParams()
_CHANGE_DEFAULTS: Params = {f.name: getattr(ChangeParams(), f.name) for f in dataclasses.fields(ChangeParams)}


def figure(claim: Claim) -> Figure:
    found = span(claim, _DEFAULT_FIGURE_PARAMS)
    if found is None:
        return Figure(None, claim.value, 0.0, False)
    stated = found.interval.low is not None and found.interval.high is not None
    return Figure(found.family, found.value, found.slack, stated)


def figure_supports(figure: Figure, other: Figure) -> bool:
    """Whether `figure`'s claim states the same figure as `other`'s, as a figure rather than a bound."""
    if not figure.stated or figure.family is None or figure.family != other.family:
        return False
    return abs(figure.value - other.value) <= figure.slack + other.slack


def figure_gap(first: Figure, second: Figure) -> float:
    """How far apart two figures are, as a ratio, so the nearest candidate can be chosen."""
    a, b = abs(first.value), abs(second.value)
    if a == b:
        return 0.0
    if a == 0 or b == 0:
        return math.inf
    return abs(math.log(a / b))


def figure_mismatch(first: Claim, second: Claim, params: Params) -> Verdict | None:
    """Two figures for one quantity that stay apart however far each may move by its own slack:
    "60,000 fans" against "65,000 fans"; "profits rose 18%" against "profits rose 36%"."""
    settings = record_of(FigureParams, params)
    if first.path == second.path and first.qualifier is None and second.qualifier is None:
        # one writer's two plain mentions of one quantity differ only by their rounding: the relative
        # tolerance is for figures restated from elsewhere ("1,260 homes" and "its 1,280 homes")
        settings = dataclasses.replace(settings, relative_tolerance=0.0)
    spans = compared_spans(first, second, settings)
    if spans is None:
        return None
    one, other = spans
    if rounds_the_bound(first, second):
        return None  # "more than 3,000" and "more than 3,400" both hold
    if one.family[0] != "change" and first.per == second.per and magnitude_ratio(first, second) is not None:
        return None  # magnitude-slip's ("£4.2m" against "£42m"); not a rate restated per another period
    if _values_agree(one, other):
        return None  # the hedges may still disagree: that is hedge-conflict's question
    if _widened(one.interval, one.slack).overlaps(_widened(other.interval, other.slack)):
        return None
    if _units_apart(first, second) or _another_size_agrees(first, second, one, other):
        return None
    if one.family[0] == "change":
        if _disagrees_with_its_endpoints(first) or _disagrees_with_its_endpoints(second):
            return None  # one slip, one finding: change-arithmetic reports it against the endpoints
        arithmetic = f"{_change_described(first)} vs {_change_described(second)}"
        if (first.kind is ClaimKind.RATIO) != (second.kind is ClaimKind.RATIO):
            percent, factor = (second, other.value) if first.kind is ClaimKind.RATIO else (first, one.value)
            arithmetic += f" ('{percent.text}' is ×{_format(round(factor, 2))})"  # "a 200% rise" triples
    else:
        arithmetic = f"{describe(first)} vs {describe(second)}"
    if first.unit != second.unit and first.base_unit and first.kind is not ClaimKind.CHANGE:
        one_base, other_base = _in_base(first, first.value) or 0.0, _in_base(second, second.value) or 0.0
        if first.base_unit == "second" and min(one_base, other_base) >= SECONDS_A_DAY:
            # "18 weeks vs 18 months" reads in days, not in tens of millions of seconds
            arithmetic += (
                f" ({_format(round(one_base / SECONDS_A_DAY))} vs {_format(round(other_base / SECONDS_A_DAY))} days)"
            )
        else:
            arithmetic += f" ({_format(one_base)} vs {_format(other_base)} {first.base_unit})"
    elif first.per != second.per and (days := calendar_days(first)) and (other_days := calendar_days(second)):
        restated = second.value * days / other_days
        unit = f" {second.unit}" if second.unit else ""
        arithmetic += f" ('{second.text}' is {_format(round(restated, 2))}{unit} a {first.per})"
    return Verdict((first, second), _pair_fields(first, second, "the figures do not agree", arithmetic))


def _another_size_agrees(first: Claim, second: Claim, one: Span, other: Span) -> bool:
    """ "about three pints" against "1.7 litres": a unit of two sizes (the US and the imperial pint,
    gallon or ton) agrees when the other size does, as a British story means the imperial one."""
    for claim, mine, theirs in ((first, one, other), (second, other, one)):
        if claim.kind is not ClaimKind.MEASURE or not claim.unit:
            continue
        for _, factor in other_sizes(claim.unit):
            moved = _widened(mine.interval.scaled(factor), mine.slack * factor)
            if moved.overlaps(_widened(theirs.interval, theirs.slack)):
                return True
    return False


# How far apart two figures written in two units of one dimension may be and still be one figure
# restated: a wrong conversion or a unit slip stays within a few powers of ten's worth of factor
_FARTHEST_RESTATEMENT = 50.0


def _units_apart(first: Claim, second: Claim) -> bool:
    """ "in 135 years of records" and "26 of the month's 30 days": two figures written in two units
    of one dimension, more than a factor of 50 apart, are figures of two things, not one restated.
    One number in two units ("2,400 tonnes" and "2,400 pounds") is a unit slip, however far apart."""
    if first.unit == second.unit or not (first.base_value and second.base_value) or first.kind is ClaimKind.CHANGE:
        return False
    if first.value == second.value:
        return False
    if _days_against_hours(first, second):
        return True
    ratio = abs(first.base_value / second.base_value)
    return not 1 / _FARTHEST_RESTATEMENT <= ratio <= _FARTHEST_RESTATEMENT


# A rate that counts whole days ("open three days a week") says on how many days, not for how
# long: a working day is no 24 hours, so "12 hours a week" is another figure, not it restated
_WHOLE_DAYS = frozenset({"day", "week", "month"})
_PARTS_OF_A_DAY = frozenset({"hour", "minute", "second"})


def _days_against_hours(first: Claim, second: Claim) -> bool:
    tops = {(claim.unit or "").split(" / ")[0] for claim in (first, second) if claim.per}
    return len(tops) == 2 and bool(tops & _WHOLE_DAYS) and bool(tops & _PARTS_OF_A_DAY)


def swapped_figure(draft: Claim, part: Claim, taken_from: Claim, params: Params) -> Verdict | None:
    """A draft figure that gives its part the number the source gives another part: "membership
    stays at £30 a month" where the source keeps membership at £42 and waives a £30 joining fee."""
    found = figure_mismatch(draft, part, params)
    if found is None and not (draft.qualifier in WRITTEN_RANGES or part.qualifier in WRITTEN_RANGES):
        return None  # the figures agree within their slack: no swap to report
    arithmetic = found.fields["arithmetic"] if found else f"{describe(draft)} vs {describe(part)}"
    arithmetic += (f"; the source writes '{draft.text}' for another figure ('{taken_from.text}', "
                   f"{taken_from.path}:{taken_from.line}): the two look swapped")  # fmt: skip
    fields = _pair_fields(draft, part, "the figures of two quantities are swapped", arithmetic)
    fields["subject"] = draft.subject or part.subject or "this figure"
    return Verdict((draft, part, taken_from), fields)


def _disagrees_with_its_endpoints(claim: Claim) -> bool:
    return claim.from_value is not None and change_arithmetic(claim, _CHANGE_DEFAULTS) is not None


def _change_described(claim: Claim) -> str:
    """ "a rise of 18%", "a fall of 1.5 points", "×2" for a multiplier."""
    if claim.kind is ClaimKind.RATIO:
        return describe(claim)
    noun = "a fall" if claim.direction is Direction.DOWN else "a rise"
    written = describe(claim)
    if claim.unit == "percent":
        written = written.replace(" percent", "%")
    elif claim.unit == "percentage_point":
        written = written.replace(" percentage_point", " points")
    return f"{noun} of {written}"


def _boundary_question(first: Claim, second: Claim) -> str:
    """What two statements that do not overlap disagree on: "whether the increase in troop reached ×10"."""
    below, above = sorted(
        (first, second),
        key=lambda c: (math.inf if c.high is None else _in_base(c, c.high) or 0.0, c.high_inclusive),
    )
    boundary, claim = (below.high, below) if below.high is not None else (above.low, above)
    if boundary is None:
        return "the statements disagree unless a hedge is ignored"
    subject = claim.subject or "the figure"
    # "just under 10" vs "10" is a question of reaching; "over 200" vs "under 200" one of sides
    verb = "reached" if above.low == boundary and above.low_inclusive else "lies above"
    if claim.kind is ClaimKind.RATIO:
        change = "fall" if claim.direction is not None and claim.direction.value == "down" else "increase"
        return f"the statements disagree on whether the {change} in {subject} {verb} ×{_format(boundary)}"
    unit = "%" if claim.kind is ClaimKind.PERCENT else f" {claim.unit}" if claim.unit else ""
    return f"the statements disagree on whether the figure for {subject} {verb} {_format(boundary)}{unit}"


def hedge_conflict(first: Claim, second: Claim, params: Params) -> Verdict | None:
    """The same figure, but hedges that leave no value both statements allow: "fivefold" against
    "nearly five times"; "more than 200 families" against "fewer than 200"."""
    if not (first.qualifier or second.qualifier):
        return None
    record = record_of(FigureParams, params)
    # what each statement allows, bounds kept open: "up to 9 miles" and "up to 14.5 km" share values
    one, other = span(first, record), span(second, record)
    spans = _compared(one, other)
    if spans is None or one is None or other is None:
        return None
    if not (_values_agree(*spans) or only_touch(one.interval, other.interval)):
        return None
    if one.interval.overlaps(other.interval) and not only_touch(one.interval, other.interval):
        return None
    if only_touch(one.interval, other.interval):
        detail = f"one statement caps the figure for {first.subject or 'it'} where the other sets its floor"
    else:
        detail = _boundary_question(first, second)
    return Verdict((first, second), _pair_fields(first, second, detail, f"{describe(first)} vs {describe(second)}"))


def magnitude_slip(first: Claim, second: Claim, params: Params) -> Verdict | None:
    if not _comparable(first, second):
        return None
    power = magnitude_ratio(first, second)
    if power is None or power < _float(params, "min_power"):
        return None
    arithmetic = f"{describe(first)} vs {describe(second)}: a factor of 10^{power}"
    return Verdict((first, second), _pair_fields(first, second, "the same digits at a different scale", arithmetic))


def _digits(claim: Claim) -> str:
    """A figure's significant digits in its base unit: "4.2" for "$4.2m" and for "$42 million"."""
    base = _in_base(claim, claim.value)
    return f"{abs(base):.6e}".split("e")[0].rstrip("0").rstrip(".") if base else ""


# The significant digits a figure needs for the same digits at another scale to outweigh its wording
_STRONG_DIGITS = 3


def _a_signature(digits: str, figures: tuple[Claim, Claim]) -> bool:
    """Significant digits too particular to meet by chance at another scale: three or more, or two
    that no writer rounds to, written with no nought after them ("£48 million" and "£4.8 million";
    not "a £1.5m grant" and "£15m of loans", round sums; not "revenue of £840 million" and "profit
    of £84 million", nor "£19,000" and "£1.9 million", where a nought may be rounding)."""
    significant = digits.replace(".", "")
    if len(significant) >= _STRONG_DIGITS:
        return True
    # written in digits, neither a round figure (slack.round_step)
    return (
        len(significant) == 2
        and significant[-1] not in "05"
        and all(any(ch.isdigit() for ch in figure.text) and round_step(figure) is None for figure in figures)
    )


_OWN_UNIT = (ClaimKind.MEASURE, ClaimKind.MONEY)


def magnitude_slip_within(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """The same digits a power of ten apart in one document, for figures that linking left apart
    but nothing tells apart either: "the £42 million wall" and "For £4.2 million we are taking this
    town out of the flood zone". Each later figure is reported once, against the first."""
    minimum = _float(params, "min_power")
    by_digits: dict[tuple[ClaimKind, str | None, str | None, str], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        kind = _amount_kind(claim)
        if kind is ClaimKind.CHANGE or claim.low != claim.high or claim.role is not None or not claim.value:
            continue
        digits = _digits(claim)
        if len(digits.replace(".", "")) < 2:
            continue  # "0.6%" and "6%" meet by chance too often: one digit is no signature
        if claim.unit is None and claim.kind is ClaimKind.COUNT and (claim.evidence or NO_EVIDENCE).head is None:
            continue  # a bare number that counts nothing named: '260' in a table and '0.26' in a note
        by_digits.setdefault((kind, claim.dimension, claim.unit, digits), []).append(claim)
    for (kind, _, _, digits), figures in by_digits.items():
        # three digits or more at another scale outweigh any wording of the thing (though not
        # another time, place, name or actor): "the 1,148 kg pumpkin" and "the 114.8 kg fruit"
        # (of measures and money only: a count's noun is all that says what it counts)
        heads = kind not in _OWN_UNIT
        for later_index, later in enumerate(figures):
            for earlier in figures[:later_index]:
                power = magnitude_ratio(later, earlier)
                if power is None or power < minimum or earlier.sentence_start == later.sentence_start:
                    continue
                paired = match(later, earlier).linked and quantity_key(later) == quantity_key(earlier)
                signature = not heads and _a_signature(digits, (later, earlier))
                if paired or not may_be_one(earlier, later, heads=not signature, names=False):
                    continue  # a pair of one block is the pair check's; evidence against it, another quantity
                arithmetic = f"{describe(later)} vs {describe(earlier)}: a factor of 10^{power}"
                yield Verdict((later, earlier), _pair_fields(later, earlier, "the same digits at a different scale",
                                                            arithmetic))  # fmt: skip
                break
    # A headline's figure and the lede's that tells it (numcheck.headlines), a table's cell and
    # the text's figure for its row's thing (numcheck.rows), and a later mention that states an
    # earlier figure again (numcheck.restatements, "Its 340-metre length" after "The Garrow tunnel
    # (3.4 km)", in any unit of the dimension), need not share a head
    restated = [(mention, earlier) for mention, earlier in restated_pairs(claims)
                if len(_digits(mention).replace(".", "")) >= 2]  # fmt: skip
    any_unit = {(id(mention), id(earlier)) for mention, earlier in restated}
    for figure, lede in (*headline_pairs(claims), *row_pairs(claims), *restated):
        same_unit = figure.unit == lede.unit or (id(figure), id(lede)) in any_unit
        power = magnitude_ratio(figure, lede) if same_unit else None
        if power is not None and power >= minimum and not match(figure, lede).linked:
            arithmetic = f"{describe(figure)} vs {describe(lede)}: a factor of 10^{power}"
            fields = _pair_fields(figure, lede, "the same digits at a different scale", arithmetic)
            yield Verdict((figure, lede), fields)


def restatement_mismatch_within(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """A later mention in one document that states an earlier figure again, with the context the
    document has given it, and another figure: "a crowd of 35,000 on Saturday" and "Attendance of
    53,000"; "employs 2,650 people" and "the factory's workforce of 2,150" (numcheck.restatements).
    Then a later figure that looks like an earlier one mistyped, with nothing to tell the two
    apart: "Dunmere Park holds 18,500 spectators" and "its 15,800 seats" (numcheck.slips)."""
    reported: set[int] = set()
    said: dict[tuple[str | None, float], set[int]] = {}  # each figure and the sentences that state it
    for claim in claims:
        if claim.kind.is_quantity and claim.low == claim.high:
            said.setdefault((claim.unit, claim.value), set()).add(claim.sentence_start)
    headlines = [(figure, lede) for figure, lede in headline_pairs(claims) if figure.kind is not ClaimKind.DATE
                 and figure.dimension != "[time]"]  # fmt: skip
    shares = voted_shares(claims)
    # a pair linking joined is the pair check's to report (figure-mismatch), once
    voted = [(later, earlier, side) for later, earlier, side in voted_pairs(shares) if not match(later, earlier).linked]
    votes = {id(later): f"the share {side.value} in one vote" for later, _, side in voted}
    pairs = (*restated_pairs(claims), *restated_changes(claims), *slipped_pairs(claims), *headlines, *row_pairs(claims),
             *((later, earlier) for later, earlier, _ in voted))  # fmt: skip
    for mention, restated in pairs:
        if id(mention) in reported:
            continue
        if said.get((mention.unit, mention.value), set()) - {mention.sentence_start}:
            continue  # "38 of them are in Dunmore", then "Thirty-eight schools in one town": said before
        verdict = figure_mismatch(mention, restated, params)
        if verdict is not None:
            reported.add(id(mention))
            head = (mention.evidence or restated.evidence or NO_EVIDENCE).head or ""
            subject = votes.get(id(mention)) or verdict.fields.get("subject") or restated.subject or head
            yield Verdict(verdict.claims, {**verdict.fields, "subject": subject})
    for later, earlier, total in overshooting_sides(shares):
        if id(later) not in reported:
            reported.add(id(later))
            arithmetic = f"{describe(earlier)} and {describe(later)} make {_format(total)}%, not the whole"
            fields = _pair_fields(later, earlier, "the two sides of one vote do not make the whole", arithmetic)
            yield Verdict((later, earlier), {**fields, "subject": "the two sides of one vote"})


def _lengths_agree(one: Claim, other: Claim, relative: float) -> bool:
    """Two lengths of time within the relative tolerance of the larger."""
    first, second = one.base_value or 0.0, other.base_value or 0.0
    return abs(first - second) <= relative * max(abs(first), abs(second))


def timing_mismatch_within(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """Two dates or two durations of one event in one document that disagree: "the lighthouse,
    first lit in 1859" and "the light, first shown in 1895"; "the study will run for 18 months" and
    "the two-year study". Dates and durations are never linked as amounts, so only the same verb
    or event noun, of the same thing, joins them (numcheck.timing). Each later one is reported once."""
    vocabulary = load_vocabulary()
    relative = _float(params, "relative_tolerance")
    ordered = sorted(
        (c for c in claims if c.kind is ClaimKind.DATE or c.dimension == "[time]" or ordinal_day(c) is not None),
        key=lambda c: c.start,
    )  # "on the 21st": a day of the month by its ordinal
    sentences = sentences_of(claims)
    timings = with_periods(
        ordered, with_one_event(ordered, with_referents([timing_of(claim, vocabulary, sentences) for claim in ordered]))
    )
    timed = [(claim, timing) for claim, timing in zip(ordered, timings, strict=True) if timing is not None]
    reported: set[int] = set()
    for later_index, (later, later_timing) in enumerate(timed):
        if later_timing.new_mention:
            continue  # "a seven-minute target" after "the 18-minute target" is another target
        for earlier, earlier_timing in timed[:later_index]:
            if earlier.sentence_start == later.sentence_start or not same_event(later_timing, earlier_timing):
                continue
            if later_timing.what == "duration":
                if _other_times(later, earlier):
                    continue  # "for 1,140 hours in 2025" and "for 760 hours in 2024": two years' lengths
                if _lengths_agree(later, earlier, relative):
                    continue
            elif dates_agree(later, earlier) or _counted_occurrences(later, earlier, later_timing, claims):
                continue
            what = {"duration": "length", "time": "time"}.get(later_timing.what, "date")
            acts = " ".join(w for w in (later_timing.order, later_timing.verb) if w)
            thing = thing_named(later_timing)
            event = f"{thing}: {acts}" if acts and thing else acts or thing
            fields = _pair_fields(later, earlier, f"two {what}s of one event", f"two {what}s of one event")
            reported.add(id(later))
            yield Verdict(
                (later, earlier),
                {
                    **fields,
                    "subject": f"the {what} of one event ({event})",
                    "primary_value": date_text(later),
                    "other_value": date_text(earlier),
                },
            )
            break
    # the day the story's service or venue starts, and how long its one job, absence or stoppage
    # lasted, each said with two sets of words ("returns on 18 May", then "first run 25 May"; "took
    # 14 weeks", then "after 18 weeks of work"): one event however it is worded (numcheck.starts,
    # numcheck.job_lengths)
    told_twice = (
        (restated_starts(claims), "date", "the date of one event (the start)", date_text),
        (restated_spell_lengths(claims, relative), "length",
         "the length of one spell of work, time away or stoppage", lambda claim: claim.text),
    )  # fmt: skip
    for pairs, what, subject, shown in told_twice:
        for later, earlier in pairs:
            if id(later) in reported:
                continue
            reported.add(id(later))
            fields = _pair_fields(later, earlier, f"two {what}s of one event", f"two {what}s of one event")
            yield Verdict(
                (later, earlier),
                {**fields, "subject": subject, "primary_value": shown(later), "other_value": shown(earlier)},
            )
    # two lengths, one of which timing reads no event for, whose clauses say one thing of them
    for later, earlier, shared in lengths_said_alike(ordered, {id(claim) for claim, _ in timed}):
        if id(later) in reported or _lengths_agree(later, earlier, relative):
            continue
        reported.add(id(later))
        fields = _pair_fields(later, earlier, "two lengths of one event", "two lengths of one event")
        subject = f"the length of one event ({', '.join(sorted(shared))})"
        yield Verdict(
            (later, earlier),
            {**fields, "subject": subject, "primary_value": date_text(later), "other_value": date_text(earlier)},
        )
    # A headline's date or length of time against the lede sentence's (numcheck.headlines)
    for figure, lede in headline_pairs(claims):
        if id(figure) in reported or not (figure.kind is ClaimKind.DATE or figure.dimension == "[time]"):
            continue
        if figure.kind is ClaimKind.DATE:
            what, agree = "date", dates_agree(figure, lede)
        else:
            what, agree = "length", _lengths_agree(figure, lede, relative)
        if not agree:
            reported.add(id(figure))
            fields = _pair_fields(figure, lede, f"the headline's {what} and the lede's", f"two {what}s of one event")
            yield Verdict((figure, lede), {**fields, "subject": f"the {what} the headline and the lede give",
                                           "primary_value": figure.text, "other_value": lede.text})  # fmt: skip
    # A definite phrase that names a spell by its length ("the 36-day closure") against the one
    # length of time the document gave before it (numcheck.spells)
    for later, earlier in restated_spells(claims):
        if id(later) in reported or _lengths_agree(later, earlier, relative):
            continue
        reported.add(id(later))
        fields = _pair_fields(later, earlier, "two lengths of one spell", "two lengths of one spell")
        yield Verdict((later, earlier), {**fields, "subject": "the length of one spell of work or closure",
                                         "primary_value": later.text, "other_value": earlier.text})  # fmt: skip
    # A year typed with two digits swapped, where the words around one of them do not say its event
    # well enough for the pass above ("It has been warning ships since 1895")
    years = [(claim, timing) for claim, timing in zip(ordered, timings, strict=True) if claim.kind is ClaimKind.DATE]
    written: dict[str, list[int]] = {}  # each year as written, and where it stands in `years`
    for index, (claim, _) in enumerate(years):
        written.setdefault(claim.text.strip(), []).append(index)
    for later_index, (later, year_timing) in enumerate(years):
        if id(later) in reported or (year_timing is not None and year_timing.new_mention):
            continue
        twin = year_swapped(later)  # only a year written with its last two digits swapped can be one mistyped
        for earlier_index in written.get(twin, []) if twin else []:
            if earlier_index >= later_index:
                break
            earlier, earlier_year_timing = years[earlier_index]
            if one_event_mistyped(later, year_timing, earlier, earlier_year_timing):
                fields = _pair_fields(later, earlier, "two dates of one event", "two digits swapped")
                yield Verdict(
                    (later, earlier),
                    {**fields, "subject": "the date of one event", "primary_value": later.text,
                     "other_value": earlier.text},
                )  # fmt: skip
                break
    yield from _slipped_lengths(ordered, reported)
    # A spell's length that its start and end dates do not give ("closes on 2 March for six weeks",
    # then "reopens on 27 April")
    for span in mismatched_spans(claims):
        if id(span.length) in reported:
            continue
        reported.add(id(span.length))
        fewest, most = span.days
        between = f"{fewest} days" if fewest == most else f"{fewest} to {most} days"
        if most > 2 * 365:  # "2027 to 2049": 21.0 to 23.0 years
            low_years, high_years = f"{fewest / 365.25:.1f}", f"{most / 365.25:.1f}"
            between = f"{low_years} years" if low_years == high_years else f"{low_years} to {high_years} years"
        if span.hours is not None:  # "from 9pm on Friday 16 October to 6am on Monday 19 October"
            between = f"{span.hours:g} hours"
        fields = _pair_fields(span.length, span.end.claim, "a length its dates do not give", "the calendar")
        yield Verdict(
            # the length alone: which of the three is wrong, only a source can say, and a date cited
            # here would no longer be checked against one ("from 3 March to 18 March" for 12 days)
            (span.length,),
            {**fields, "subject": "the length of one spell, from its start and end dates",
             "other": f"{date_text(span.start.claim)} to {date_text(span.end.claim)}", "other_value": between},
        )  # fmt: skip
    # A length said as the distance between two dates or two times of day that they do not give
    # ("ends on 27 September, 16 days later"; "leaves at 10.30am and is back by 5.15pm, nearly eight hours")
    for gap in gaps(claims):
        if id(gap.cited) in reported:
            continue
        reported.add(id(gap.cited))
        if gap.shape == "restated":  # "186 days in orbit (4,644 hours)"
            fields = _pair_fields(gap.cited, gap.earlier, "a length restated in another unit", "the conversion")
            yield Verdict((gap.cited, gap.earlier), {**fields, "subject": "one length of time in two units",
                                                     "other_value": gap.between})  # fmt: skip
            continue
        if gap.shape == "age":  # "a steamer built in 1926" and "the 110-year-old vessel" in 2026
            fields = _pair_fields(gap.cited, gap.earlier, "an age its year does not give", "the calendar")
            yield Verdict((gap.cited, gap.earlier), {**fields, "subject": "the age of a thing made in a stated year",
                                                     "other_value": gap.between})  # fmt: skip
            continue
        fields = _pair_fields(gap.cited, gap.later, "a length its dates or times do not give", "the calendar")
        yield Verdict(
            (gap.cited,),  # which of the three is wrong, only a source can say (as for a spell's length)
            {**fields, "subject": "the time between two dates or times of day", "primary_value": gap.said,
             "other": f"{date_text(gap.earlier)} to {date_text(gap.later)}", "other_value": gap.between},
        )  # fmt: skip
    # A day said to open or close a run that the document's range of days does not start or end on
    things = {id(claim): thing_named(timing) for claim, timing in timed}
    for misdated in misdated_range_ends(claims, lambda claim: things.get(id(claim), "")):
        if id(misdated.date) in reported:
            continue
        reported.add(id(misdated.date))
        day, month = misdated.expected
        expected = f"{day} {calendar.month_name[month]}"
        fields = _pair_fields(misdated.date, misdated.range, "a day the range of days does not give", "the calendar")
        yield Verdict(
            (misdated.date, misdated.range),
            {
                **fields,
                "subject": "the first or last day of one run of days",
                "primary_value": misdated.date.text,
                "other_value": expected,
            },
        )
    # A date set by its distance from a dated event ("a fortnight before the opening, on 7 May")
    event_dates: dict[str, list[Claim]] = {}
    for claim, timing in timed:
        if timing.what == "day" and timing.verb is not None:
            event_dates.setdefault(timing.verb, []).append(claim)
    keys = (date_key(claim) for claim in ordered if claim.kind is ClaimKind.DATE)
    stated_years = {key for key in keys if key is not None and key.isdigit()}
    only_year = int(next(iter(stated_years))) if len(stated_years) == 1 else None  # for "the Friday before"
    for misplaced in misplaced_days(ordered, event_dates, EVENT_NOUNS, only_year):
        if id(misplaced.date) in reported:
            continue
        reported.add(id(misplaced.date))
        expected = f"{misplaced.expected.day} {misplaced.expected:%B}"
        fields = _pair_fields(misplaced.date, misplaced.event, "a day its distance from the event does not give",
                              "the calendar")  # fmt: skip
        yield Verdict(
            (misplaced.date,),  # the day alone: the event's date stays to be checked against a source
            {
                **fields,
                "subject": "a day set by its distance from a dated event",
                "primary_value": misplaced.date.text,
                "other_value": expected,
            },
        )
    # A date whose weekday is not the one its year gives it ("Friday 17 April" in 2027, a Saturday)
    for wrong in off_calendar(claims):
        if id(wrong.date) in reported:
            continue
        reported.add(id(wrong.date))
        yield weekday_verdict(wrong)


def weekday_verdict(wrong: OffCalendar) -> Verdict:
    """figure-mismatch's verdict on a date whose weekday its year does not give."""
    fields = _pair_fields(wrong.date, wrong.year, "a weekday its year does not give", "the calendar")
    return Verdict(
        # the year too when it is written with the date; one given elsewhere stays to be checked
        # against a source (or is a source's)
        (wrong.date, wrong.year) if wrong.written_with else (wrong.date,),
        {**fields, "subject": f"the weekday of {wrong.date.text.strip()} in {wrong.year.text.strip()}",
         "primary_value": wrong.named, "other_value": f"a {wrong.actual}"},
    )  # fmt: skip


def _slipped_lengths(ordered: Sequence[Claim], reported: set[int]) -> Iterator[Verdict]:
    """A length of time that reads as an earlier one mistyped ("for 1,140 hours in 2025", then "the
    1,410 hours of spills last year"), where the words around it ("for 1,140 hours" after a verb)
    give it no comparison key, so restatements' slips never see it. Same test as for amounts
    (numcheck.slips.mistyped), and no two times, places or names between the two."""
    lengths = [claim for claim in ordered if claim.kind is not ClaimKind.DATE and claim.low == claim.high
               and claim.role is None]  # fmt: skip
    keyed = [quantity_key(claim) is not None for claim in lengths]
    for later_index, later in enumerate(lengths):
        if id(later) in reported:
            continue
        for earlier_index in range(later_index - 1, max(0, later_index - NEAREST_FIGURES) - 1, -1):
            earlier = lengths[earlier_index]
            if keyed[later_index] and keyed[earlier_index]:
                continue  # both keyed: restatements' slips compare them
            slip = mistyped(later, earlier)
            if slip is not None and not _other_times(later, earlier):
                reported.add(id(later))
                fields = _pair_fields(later, earlier, "two lengths of one event", slip.value)
                yield Verdict((later, earlier), {**fields, "subject": "the length of one event"})
                break


def _counted_occurrences(later: Claim, earlier: Claim, timing: Timing, claims: Sequence[Claim]) -> bool:
    """Two dates of an act that each sentence counts with another figure are two occurrences of
    it, not one event dated twice: "In March, 410 staff joined the union" and "In June, 560 staff
    joined the union"."""
    if timing.thing is None:
        return False
    vocabulary = load_vocabulary()  # "staff" counts the workforce
    thing = next((canonical.get(timing.thing) for canonical in (vocabulary.subject_synonyms, vocabulary.head_synonyms)
                  if timing.thing in canonical), timing.thing)  # fmt: skip

    def counts(date: Claim) -> set[float]:
        return {claim.value for claim in claims
                if claim.sentence_start == date.sentence_start and claim.path == date.path
                and claim.kind in (ClaimKind.COUNT, ClaimKind.PERCENT, ClaimKind.RATIO)
                and any(same_thing(thing, word) for word in (claim.subject, (claim.evidence or NO_EVIDENCE).head)
                        if word)}  # fmt: skip

    mine, theirs = counts(later), counts(earlier)
    return bool(mine and theirs and not mine & theirs)


def _other_times(one: Claim, other: Claim) -> bool:
    """Both claims name when, where or whose, and not the same: "in 2025" and "in 2024", "last year"
    and "this year", "the wait at Leeds" and "the wait at York", Smith's sentence and Jones's."""
    first, second = one.evidence, other.evidence
    if first is None or second is None:
        return False
    return any(
        mine and theirs and not set(mine) & set(theirs)
        for mine, theirs in ((first.times, second.times), (first.places, second.places), (first.names, second.names))
    )


def _rates(params: Params) -> Mapping[str, float]:
    rates = params.get("exchange_rates") or {}
    assert isinstance(rates, Mapping)
    return rates


def currency_mismatch(first: Claim, second: Claim, params: Params) -> Verdict | None:
    """Linked money claims in two currencies. Without rates, only the same figure is a slip;
    with rates, the converted figures must agree."""
    if first.kind is not ClaimKind.MONEY or second.kind is not ClaimKind.MONEY:
        return None
    if first.unit is None or second.unit is None or first.unit == second.unit:
        return None
    rates = _rates(params)
    if first.unit in rates and second.unit in rates:
        expected = first.value * rates[first.unit] / rates[second.unit]
        slack = max(_float(params, "rate_tolerance") * abs(expected), second.precision / 2)
        if abs(expected - second.value) <= slack:
            return None
        arithmetic = (f"{describe(first)} is {_format(expected)} {second.unit} at the rates given, "
                      f"not {_format(second.value)} {second.unit}")  # fmt: skip
        return Verdict((first, second), _pair_fields(first, second, "the converted figures disagree", arithmetic))
    if abs(first.value - second.value) > max(first.precision, second.precision) / 2 and params["same_figure_only"]:
        return None
    arithmetic = f"{describe(first)} vs {describe(second)}, and no exchange rate between {first.unit} and {second.unit}"
    return Verdict((first, second), _pair_fields(first, second, "the currencies differ", arithmetic))


# What newsrooms put between a figure and its conversion: "30 miles (48 km)", "30 miles, or 48 km,",
# "30 miles or about 48 km", "30 miles – 48 km –", "30 miles - 48 km", "(range: 48 km)", "— about 48 km".
# A hedge written before the conversion ("about 48 km") belongs to the conversion's own claim.
# The measure's own word, between it and the bracket that converts it: "48 metres tall (157 feet)"
_DIMENSION_BEFORE_BRACKET = LazyPattern(
    r"^\s+(?:tall|high|long|wide|deep|across|thick|away)(?=\s*[(\[])", re.IGNORECASE
)
_CONVERSION_GAP = LazyPattern(
    r"\s*(?:[(\[/]|,?\s*\(?\s*or(?:\s+(?:about|around|roughly|some|approximately|nearly))?|[-‐‒–—―]\s*(?:or\s+)?"
    r"|\(\s*(?:range|approx(?:imately|\.)?|about|around|roughly|c\.|ca\.|or\s+about)\s*:?"
    r"|[-‐‒–—―]\s*(?:about|around|roughly|some|approximately)|,)\s*",
    re.IGNORECASE,
)


# A conversion set off as an apposition after the measure's noun or clause: "38cm of snow, more than
# two feet,", "drops 150 metres along the way, a fall of 150 feet"; only where nothing follows the
# second measure but the clause's end (not "38cm of snow, 12 inches of hail": a list)
_APPOSED_CONVERSION_GAP = LazyPattern(
    r"\s+of\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*"
    r"|(?:\s+[a-z]+){1,4}\s*,\s*(?:a|an)\s+(?:fall|drop|descent|climb|rise|height|depth|length|distance|span|run)"
    r"\s+of\s+",
)
_CLAUSE_END_AFTER = LazyPattern(r"\s*(?:[,.;:)!?]|$|\s(?:and|but|that|which|when|before|after)\b)")
_APPOSITION = "apposition"

_CHANGED_MEASURE = {ClaimKind.CHANGE, ClaimKind.MEASURE}


def _bracketed_pairs(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim, str]]:
    """ "3,000 feet (1,500 metres)": a figure, the conversion written right after it, and what
    separates them."""
    ordered = sorted(claims, key=lambda c: c.start)
    for first, second in itertools.pairwise(ordered):
        gap = first.sentence[first.end - first.sentence_start : second.start - second.sentence_start]
        gap = _DIMENSION_BEFORE_BRACKET.sub("", gap, count=1)  # "48 metres tall (157 feet)"
        if _APPOSED_CONVERSION_GAP.fullmatch(gap) and _CLAUSE_END_AFTER.match(
            second.sentence, second.end - second.sentence_start
        ):
            gap = _APPOSITION
        elif not _CONVERSION_GAP.fullmatch(gap):
            continue
        if first.unit is None or second.unit is None or first.unit == second.unit:
            continue
        # "climbed 4,000 feet (1,220 metres)": a change in one unit, its amount in the other
        kinds = {first.kind, second.kind}
        if first.dimension == second.dimension and (len(kinds) == 1 or kinds == _CHANGED_MEASURE):
            yield first, second, gap.strip()


@dataclass(frozen=True, slots=True)
class ConversionParams:
    """conversion-mismatch: how far a stated conversion may be from the exact one."""

    relative_tolerance: float = 0.02  # a conversion written to its last digit
    rounded_share: float = 0.1  # a conversion rounded as copy rounds: "30 miles (50 km)" for 48.3 km


def _conversion_holds(second: Claim, expected: float, difference: float, params: ConversionParams) -> bool:
    """Whether `second` is `first` converted: within the relative tolerance or its last digit
    ("1,860 km (1,150 miles)" for 1,155.75), within its own hedge ("about 1,100 miles"), or rounded
    as copy rounds, to the step its own trailing zeros show ("50 km" to the ten) and no more than
    `rounded_share` off. Temperatures convert with an offset, where a share means nothing, so
    "30C (90F)" is held to its last digit."""
    proportional = math.isclose(expected, difference)
    step = second.precision / 2 if second.precision < 1 else 0.5
    if proportional:
        step = max(step, params.relative_tolerance * abs(expected))
    off = min(abs(expected - second.value), abs(difference - second.value))
    if off <= step or (proportional and _within_its_hedge(second, expected, step, params)):
        return True
    rounded_to = round_step(second)
    if rounded_to is None or not proportional:
        return False
    off = abs(expected - second.value)
    return off <= rounded_to / 2 and off <= params.rounded_share * abs(expected)


def _within_its_hedge(converted: Claim, expected: float, step: float, params: ConversionParams) -> bool:
    """The conversion's own hedge holds the exact figure: a bound, give or take the tolerance
    ("more than 1,100 miles" for 1,155.75, not "up to 1,100 miles"); an approximation, within one
    step of its rounding and no more than `rounded_share` off ("about 1,100 miles", not "about 1,300
    miles")."""
    if converted.qualifier is None or converted.qualifier in WRITTEN_RANGES or converted.low == converted.high:
        return False
    if not converted.text[:1].isalpha():
        return False  # "up to 90 miles (150 km)": the hedge is the figure's, and its conversion is exact
    if converted.low is not None and converted.high is not None:
        rounded_to = max(step, round_step(converted) or converted.precision)
        return abs(expected - converted.value) <= min(rounded_to, params.rounded_share * abs(expected))
    low = -math.inf if converted.low is None else converted.low
    high = math.inf if converted.high is None else converted.high
    return low - step <= expected <= high + step


def _within_hedge(first: Claim, second: Claim) -> bool:
    """ "about nine miles (15km)": the hedge's interval, converted, holds the bracketed figure (a
    bracketed range is held end by end: see `_end_pairs`)."""
    if first.low is None or first.high is None or first.low == first.high or second.qualifier in WRITTEN_RANGES:
        return False
    try:
        low = convert(first.low, first.unit or "", second.unit or "")
        high = convert(first.high, first.unit or "", second.unit or "")
    except UnknownUnitError:
        return False
    step = second.precision / 2
    return min(low, high) - step <= second.value <= max(low, high) + step


# "or" may set another amount beside a figure; a conversion, even a wrong one, is within a slip of a
# few powers of ten and a unit's factor of the figure converted
_OR = LazyPattern(r"\bor\b", re.IGNORECASE)
_FARTHEST_SLIP = 15.0


def _converts(value: float, converted: Claim, record: ConversionParams, unit: str, to_unit: str) -> bool:
    """Whether `converted` is `value` converted, in any size of the units: "22,000 litres (4,840
    gallons)" in imperial gallons, as a British story means."""
    return any(
        _conversion_holds(converted, *_converted(value, one, other), record)
        for one in sizes_of(unit)
        for other in sizes_of(to_unit)
    )


def _end_pairs(first: Claim, second: Claim) -> Iterator[list[tuple[float, Claim]]]:
    """The ways the conversion may be read against the figure, each a list of (value, its
    conversion) that must all hold: the figures as read; where the conversion is a range written
    with two ends, the figure's two ends against them, or the figure against either end ("from 15
    to 150 metres (about 16 to 164 yards)" where only "150 metres" was read as the figure)."""
    yield [(first.value, second)]
    if second.qualifier not in WRITTEN_RANGES or second.low is None or second.high is None:
        return
    low, high = (_one_end(second, end) for end in (second.low, second.high))
    if first.qualifier in WRITTEN_RANGES and first.low is not None and first.high is not None:
        yield [(first.low, low), (first.high, high)]
        return
    yield [(first.value, low)]
    yield [(first.value, high)]


def _one_end(claim: Claim, end: float) -> Claim:
    return dataclasses.replace(claim, value=end, low=end, high=end, qualifier=None)


def _converted(value: float, from_unit: str, to_unit: str) -> tuple[float, float]:
    """`value` converted, and converted as a difference: "warmed by 1.1C (2F)" converts without
    the offset; NaN for units that do not convert."""
    try:
        return convert(value, from_unit, to_unit), convert(value, from_unit, to_unit, difference=True)
    except UnknownUnitError:
        return math.nan, math.nan


def conversion_mismatch(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """A figure and the conversion written beside it disagree: "3,000 feet (1,500 metres)";
    "30 miles, or 65 km,"."""
    record = record_of(ConversionParams, params)
    for first, second, gap in _bracketed_pairs(claims):
        if gap == ",":
            continue  # "90 miles, 40 km and..." is a list, not a conversion
        try:
            expected = convert(first.value, first.unit or "", second.unit or "")
        except UnknownUnitError:
            continue
        ratio = abs(expected / second.value) if second.value else 1.0
        if _OR.search(gap) and not 1 / _FARTHEST_SLIP <= ratio <= _FARTHEST_SLIP:
            continue  # "longer than 20 km, or some 420 metres on a marathon": another amount, not a conversion
        if _within_hedge(first, second) or any(
            all(_converts(value, converted, record, first.unit or "", second.unit or "") for value, converted in pairs)
            for pairs in _end_pairs(first, second)
        ):
            continue
        arithmetic = (f"{_format(first.value)} {first.unit} = {_format(_rounded_apart(expected, second.value))} "
                      f"{second.unit}, not {_format(second.value)}")  # fmt: skip
        yield Verdict((second, first), _pair_fields(second, first, "the conversion is wrong", arithmetic))


def _implied_change(claim: Claim) -> tuple[float, float, str]:
    """(implied, stated, label) for a change claim with both endpoints."""
    start, end = claim.from_value or 0.0, claim.to_value or 0.0
    if claim.kind is ClaimKind.RATIO:
        factor = end / start
        if claim.direction is not None and claim.direction.value == "down" and claim.value > 1:
            factor = start / end if end else math.inf  # "fell tenfold"
        return factor, claim.value, "×"
    if claim.unit == "percent":
        return abs(end - start) / abs(start) * 100, claim.value, "%"
    if claim.unit == "percentage_point":
        return abs(end - start), claim.value, " points"
    if claim.unit == "basis_point":
        return abs(end - start) * 100, claim.value, " basis points"
    return abs(end - start), claim.value, ""


def _change_tolerance(claim: Claim, stated: float, params: ChangeParams) -> float:
    """How far the change implied by the endpoints may be from the stated one. A multiplier word
    is honest within `multiplier_tolerance` ("doubled" for ×1.9 to ×2.1); a multiplier written
    with decimals ("2.4 times") to half its last digit. "10%" is read to the unit, not to the
    ten: trailing zeros in a stated change are exact."""
    if claim.kind is ClaimKind.RATIO:
        return multiplier_slack(claim, stated, params.multiplier_tolerance)
    return max(params.relative_tolerance * abs(stated), min(claim.precision, 1.0) / 2)


def change_arithmetic(claim: Claim, params: Params) -> Verdict | None:
    """A change or ratio that disagrees with its own endpoints: "tripled from 1,000 to 4,500";
    "doubled from 1,500 to 3,600" (×2.4)."""
    if claim.from_value is None or claim.to_value is None or claim.direction is None:
        return None
    start, end = claim.from_value, claim.to_value
    if start == 0 and (claim.kind is ClaimKind.RATIO or claim.unit == "percent"):
        return None
    direction_ok = (end >= start) == (claim.direction.value == "up")
    worked_out = claim.unit == "percent" and claim.endpoint_unit == "percent"
    if worked_out and math.isclose(claim.value, abs(end - start)) and direction_ok:
        return None  # "5.8%, down from 6.9%": the difference in points, worked out rather than stated
    implied, stated, label = _implied_change(claim)
    if worked_out and not direction_ok:
        implied, label = abs(end - start), " points"  # "66%, down from 61%": a move of points, the wrong way
    tolerance = _change_tolerance(claim, stated, record_of(ChangeParams, params))
    if abs(implied - stated) <= tolerance * (1 + 1e-9) and direction_ok:  # the edge holds: ×1.9 is "doubled"
        return None
    if claim.low != claim.high and claim.interval.contains(implied) and direction_ok:
        return None  # "more than twice the $3.10" for $6.80: a hedged change holds anywhere in its interval
    if abs(implied - stated) <= tolerance * (1 + 1e-9):  # the amount holds, the direction does not
        said, went = ("a rise", "a fall") if claim.direction.value == "up" else ("a fall", "a rise")
        arithmetic = f"from {_format(start)} to {_format(end)} is {went}, not {said}"
    else:
        said_as = claim.text.strip() if _in_words(claim) else f"{_format(stated)}{label}"
        arithmetic = (f"from {_format(start)} to {_format(end)} is {_worked(implied, stated, label)}{label}"
                      f"{'' if direction_ok else ' in the other direction'}, not {said_as}")  # fmt: skip
    fields = _pair_fields(claim, claim, "the change does not match its endpoints", arithmetic)
    return Verdict((claim,), fields)


@dataclass(frozen=True, slots=True)
class ChangeFacts:
    """What one claim says about a change: its factor (end / start) and its endpoints."""

    factor: Interval | None
    start: float | None
    end: float | None
    stated_factor: bool  # said as "fivefold" or "20%", not only as endpoints


def _factor_of(claim: Claim, value: float) -> float:
    """The factor a figure of the claim means: "fivefold" ×5, "fell tenfold" ×0.1, "fell 20%" ×0.8."""
    down = claim.direction is Direction.DOWN
    if claim.kind is ClaimKind.RATIO:
        return 1 / value if down and claim.value > 1 and value else value
    return 1 + (-1.0 if down else 1.0) * value / 100


def _factor(claim: Claim) -> Interval | None:
    """The multiplier a claim states: "fivefold" ×5, "fell tenfold" ×0.1, "rose 20%" ×1.2."""
    if claim.kind is not ClaimKind.RATIO and claim.unit != "percent":
        return None
    interval = claim.interval

    def factor(value: float | None) -> float | None:
        return None if value is None or (value == 0 and claim.kind is ClaimKind.RATIO) else _factor_of(claim, value)

    if _factor_of(claim, 2.0) < _factor_of(claim, 1.0):  # the ends swap: "fell more than 10%" is below ×0.9
        return Interval(factor(interval.high), factor(interval.low), interval.high_inclusive, interval.low_inclusive)
    return Interval(factor(interval.low), factor(interval.high), interval.low_inclusive, interval.high_inclusive)


def change_facts(claim: Claim) -> ChangeFacts | None:
    """ "rose fivefold to 25,000" gives ×5 and a start of 5,000; "from 8,000 to 25,000" gives ×3.125."""
    if claim.direction is None or claim.kind not in (ClaimKind.RATIO, ClaimKind.CHANGE):
        return None
    factor = _factor(claim)
    start, end = claim.from_value, claim.to_value
    if start is not None and end is not None and start != 0:
        return ChangeFacts(factor or Interval.point(end / start), start, end, factor is not None)
    if factor is None:
        return None
    if factor.low is not None and factor.low == factor.high and factor.low != 0:
        if end is not None:
            start = end / factor.low
        elif start is not None:
            end = start * factor.low
    return ChangeFacts(factor, start, end, True)


def _close(a: float | None, b: float | None, relative: float) -> bool:
    return a is not None and b is not None and abs(a - b) <= relative * max(abs(a), abs(b))


def change_arithmetic_across(first: Claim, second: Claim, params: Params) -> Verdict | None:
    """Two statements of one change that share an endpoint but not a factor:
    "rose fivefold to 25,000" in one place and "from 8,000 to 25,000" in another."""
    if first.endpoint_unit != second.endpoint_unit:
        return None
    one, other = change_facts(first), change_facts(second)
    if one is None or other is None or one.factor is None or other.factor is None:
        return None
    if one.stated_factor == other.stated_factor:
        return None  # two stated changes, or two "from A to B", are compared as figures (figure-mismatch)
    # an endpoint both statements only imply is no evidence that they describe one change
    change = record_of(ChangeParams, params)
    endpoint_slack = change.endpoint_tolerance
    stated_end = first.to_value is not None or second.to_value is not None
    stated_start = first.from_value is not None or second.from_value is not None
    shared_end = stated_end and _close(one.end, other.end, endpoint_slack)
    shared_start = stated_start and _close(one.start, other.start, endpoint_slack)
    # "has halved since 2015" and "fell from 2,400 to 1,650": a bare factor and bare endpoints,
    # linked as one quantity over one period, are one change with nothing that sets them apart
    bare = (_bare_factor(first) and _bare_endpoints(second)) or (_bare_factor(second) and _bare_endpoints(first))
    if not (shared_end or shared_start or bare):
        return None
    slack = change.relative_tolerance
    if _widened(one.factor, slack * (one.factor.high or 0)).overlaps(other.factor):
        return None
    arithmetic = f"{_change_words(first, one)} vs {_change_words(second, other)}"
    return Verdict(
        (first, second), _pair_fields(first, second, "the two statements imply different changes", arithmetic)
    )


# How far a fraction in words may be from the change it sizes, as a share of the smaller of itself
# and its complement: share-arithmetic's `fraction_tolerance` ("a third" for 30% to 36.7%)
_CHANGE_FRACTION_TOLERANCE = 0.1


def change_arithmetic_within(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """A change stated in one place of a document that disagrees with the ends the document gives
    for it elsewhere: "from £2.40 to £2.70" and "the 25% rise", or "Parents will pay 40p more"
    (numcheck.stated_changes says which figures state that change)."""
    change = record_of(ChangeParams, params)
    for level, ends in restated_ends(claims, change.endpoint_tolerance):
        went = "rise" if ends.end > ends.start else "fall"
        arithmetic = f"the {went} from {_format(ends.start)} ends at {_format(ends.end)}, not {level.text}"
        detail = "the change's end said again differs"
        yield Verdict((level, ends.claims[-1]), _pair_fields(level, ends.claims[-1], detail, arithmetic))
    for stated, ends in changes_with_endpoints(claims, change.endpoint_tolerance):
        moved = abs(ends.end - ends.start)
        if is_fraction_change(stated):
            # "lost a third of our childminders": a fraction in words holds within the share
            # tolerance of the smaller of itself and its complement, as share-arithmetic reads it
            share = moved / abs(ends.start) if ends.start else 0.0
            slack = _CHANGE_FRACTION_TOLERANCE * min(stated.value, 1 - stated.value)
            if _within(share, stated.interval, slack):
                continue
            went = "a fall" if ends.end < ends.start else "a rise"
            # a multiplying verb ("halved") is read as a factor too: ×0.3333, not ×0.5
            as_factor = f" (×{_format(round(ends.end / ends.start, 4))})" if stated.kind is ClaimKind.RATIO else ""
            arithmetic = (
                f"from {_format(ends.start)} to {_format(ends.end)} is {went} of {_percent(share)}{as_factor}, "
                f"not {stated.text}"
            )
            detail = "the change does not match the ends the document gives"
            yield Verdict((stated, ends.claims[0]), _pair_fields(stated, ends.claims[0], detail, arithmetic))
            continue
        if stated.kind is ClaimKind.RATIO:
            # "a threefold rise", "tripled", "twice the 48,000": a factor, of the larger end over the
            # smaller ("fell threefold"), or of the end over the start where it is below one ("halved")
            low, high = sorted((ends.start, ends.end))
            if low <= 0:
                continue  # a factor between a loss and a profit means nothing
            factor = ends.end / ends.start if stated.value < 1 else high / low
            if _within(factor, stated.interval, _change_tolerance(stated, abs(stated.value), change)):
                continue
            shown = _worked(factor, stated.value, "×")
            arithmetic = f"from {_format(ends.start)} to {_format(ends.end)} is {shown}×, not {stated.text}"
            detail = "the change does not match the ends the document gives"
            yield Verdict((stated, ends.claims[0]), _pair_fields(stated, ends.claims[0], detail, arithmetic))
            continue
        implied, label = (moved / abs(ends.start) * 100, "%") if stated.unit == "percent" else (moved, "")
        if stated.unit == "percentage_point":
            label = " points"  # between two shares: "from 71 to 78 is 7 points, not 9 points"
        elif stated.unit == "basis_point":
            implied, label = moved * 100, " basis points"  # "up 130 basis points from 45.9%" to 47.2%
        size = abs(stated.value)  # "change: -12.8%": the sign says the direction
        said = stated.interval if stated.value > 0 else Interval(size, size)
        if _within(implied, said, _change_tolerance(stated, size, change)):
            continue
        written = stated.text.strip() if stated.low != stated.high or _in_words(stated) else f"{_format(size)}{label}"
        shown = _worked(implied, size, label)
        arithmetic = f"from {_format(ends.start)} to {_format(ends.end)} is {shown}{label}, not {written}"
        detail = "the change does not match the ends the document gives"
        yield Verdict((stated, ends.claims[0]), _pair_fields(stated, ends.claims[0], detail, arithmetic))


def _within(value: float, said: Interval, slack: float) -> bool:
    """Whether a worked-out value is what a figure says, give or take `slack`: "more than a third"
    holds anything above a third, "about 20%" its hedge's interval, "20%" itself."""
    slack *= 1 + 1e-9
    return (said.low is None or value >= said.low - slack) and (said.high is None or value <= said.high + slack)


def margin_arithmetic(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """A margin said of two figures that is not their difference (numcheck.sums): "Raised: £86,400.
    Target: £80,000. The appeal beat its target by £16,400", or "3,744 for and 1,470 against, a
    majority of 2,724"; with `change_arithmetic_within`."""
    yield from change_arithmetic_within(claims, params)
    yield from _accrual_verdicts(claims, record_of(ChangeParams, params))
    yield from _period_total_verdicts(claims)
    exact_below = 1000.0
    for margin in margins(claims):
        larger, smaller = count_interval(margin.larger, exact_below), count_interval(margin.smaller, exact_below)
        stated = count_interval(margin.difference, exact_below)
        if None in (larger.low, larger.high, smaller.low, smaller.high, stated.low, stated.high):
            continue
        low = (larger.low or 0.0) - (smaller.high or 0.0)
        high = (larger.high or 0.0) - (smaller.low or 0.0)
        if Interval(low, high).overlaps(stated):
            continue
        worked = _in_unit_of(margin.larger, (_in_base(margin.larger, margin.larger.value) or 0.0)
                             - (_in_base(margin.smaller, margin.smaller.value) or 0.0))  # fmt: skip
        if margin.difference.unit == "percentage_point":
            worked = f"{_format(tidy_figure(margin.larger.value - margin.smaller.value))} points"
        arithmetic = f"{margin.larger.text} less {margin.smaller.text} is {worked}, not {margin.difference.text}"
        detail = "the margin is not the difference of the two figures"
        yield Verdict((margin.difference, margin.larger, margin.smaller),
                      _pair_fields(margin.difference, margin.larger, detail, arithmetic))  # fmt: skip


def _accrual_verdicts(claims: Sequence[Claim], params: ChangeParams) -> Iterator[Verdict]:
    """A total said over a period that the rate tied to it does not give (numcheck.sums accruals):
    "lose 54 metres in 25 years" against "1.8 metres a year over the past 25 years"."""
    for accrual in accruals(claims):
        rate, period, total = accrual.rate, accrual.period, accrual.total
        half = min(rate.precision, abs(rate.value)) / 2 / abs(rate.value) if rate.value else 0.0
        expected = (rate.base_value or 0.0) * (period.base_value or 0.0)
        slack = params.relative_tolerance * abs(expected)
        low, high = expected * (1 - half) - slack, expected * (1 + half) + slack
        stated = count_interval(total, 1000.0)
        scale = (total.base_value or 0.0) / total.value if total.value else 1.0
        said = Interval((stated.low or 0.0) * scale, (stated.high or 0.0) * scale)
        if said.overlaps(Interval(low, high)):
            continue
        worked = _in_unit_of(total, expected)
        arithmetic = f"{rate.text} for {period.text} is {worked}, not {total.text}"
        detail = "the rate over the period does not give the total"
        yield Verdict((total, rate, period), _pair_fields(total, rate, detail, arithmetic))


# Beyond the rate's own rounding: a total worked out and rounded to its last digit
_PERIOD_SLACK = 0.01


def _period_total_verdicts(claims: Sequence[Claim]) -> Iterator[Verdict]:
    """An amount said over a period that the one rate of its quantity beside it does not give
    (numcheck.sums period_totals): "plants 12,000 trees a year" and "Over five years that is 48,000
    trees"; "£850 a month, or £9,600 a year"."""
    read = {id(accrual.total) for accrual in accruals(claims)}  # tied by `_accrual_verdicts`' reading
    for said in period_totals(claims):
        rate, total = said.rate, said.total
        if id(total) in read:
            continue
        per = per_seconds(rate) or 1.0
        half = min(rate.precision, abs(rate.value)) / 2 / abs(rate.value) if rate.value else 0.0
        # a hedged rate ("about 95 a month") holds anywhere in its interval
        lowest = min(rate.value * (1 - half), rate.value if rate.low is None else rate.low)
        highest = max(rate.value * (1 + half), rate.value if rate.high is None else rate.high)
        low = lowest * said.seconds[0] / per * (1 - _PERIOD_SLACK)
        high = highest * said.seconds[1] / per * (1 + _PERIOD_SLACK)
        stated = count_interval(total, 1000.0)
        if stated.low is None or stated.high is None or Interval(low, high).overlaps(stated):
            continue
        if _a_cheaper_plan(rate, total, low):
            continue
        expected = rate.value * (said.seconds[0] + said.seconds[1]) / 2 / per
        worked = _format(float(f"{expected:.3g}"))  # "about 15,700": the worked total to three figures
        said_per = rate.text if rate.per is None or rate.per.split()[-1] in rate.text else f"{rate.text} a {rate.per}"
        arithmetic = f"{said_per} over {said.period} is about {worked}, not {total.text}"
        detail = "the rate over the period does not give the total"
        yield Verdict((total, rate), _pair_fields(total, rate, detail, arithmetic))


# A price offered another way: "£3.50 a month or £36 a year" (no comma: not "£850 a month, or £9,600
# a year", which restates the one price and is checked)
_OR_ELSE = LazyPattern(r"\s+or\s+(?:just\s+|only\s+)?")


def _a_cheaper_plan(rate: Claim, total: Claim, least: float) -> bool:
    """A price for the longer period offered beside the rate and below it: a plan paid for the year,
    which costs less than twelve months, not the rate's total said wrongly."""
    if (
        rate.kind is not ClaimKind.MONEY
        or total.kind is not ClaimKind.MONEY
        or rate.sentence_start != total.sentence_start
    ):
        return False
    between = rate.sentence[rate.end - rate.sentence_start : total.start - total.sentence_start]
    return bool(_OR_ELSE.fullmatch(between)) and total.value < least


def _bare_factor(claim: Claim) -> bool:
    return claim.from_value is None and claim.to_value is None


def _bare_endpoints(claim: Claim) -> bool:
    return claim.is_read_from_endpoints


def _change_words(claim: Claim, facts: ChangeFacts) -> str:
    assert facts.factor is not None
    factor = "×" + _format(facts.factor.low if facts.factor.low == facts.factor.high else claim.value)
    if facts.factor.low != facts.factor.high:
        factor = describe(claim)
    parts = [f"'{claim.text}' is {factor}"]
    if facts.start is not None and facts.end is not None:
        implied = "" if claim.from_value is not None else "implied "
        parts.append(f"from {implied}{_format(facts.start)} to {_format(facts.end)}")
    return " ".join(parts)


_EXHAUSTIVE_LABELS = ("yes", "no", "for", "against", "undecided", "unsure", "don't know", "do not know", "abstain")


_WHOLE_MARKERS = ("poll", "polled", "survey", "surveyed", "asked", "respondents", "voters", "vote", "votes",
                  "ballot", "budget", "of those", "of them", "breakdown", "split", "share of")  # fmt: skip
# Words that make percentages rates, each of its own whole, unless a whole marker says otherwise
_RATE_WORDS = ("rate", "rates", "tax", "taxes", "interest", "yield", "yields", "margin", "margins", "inflation",
               "growth", "return", "returns", "discount", "discounts", "vat", "tariff", "tariffs", "effective",
               "efficacy", "accuracy", "accurate", "probability", "chance", "chances", "score", "scored", "scores",
               "occupancy", "capacity", "uptake", "turnout", "attendance", "stake", "stakes", "respectively",
               "each")  # fmt: skip
_CONTINUATION_MARKERS = (
    "a further",
    "another",
    "the rest",
    "the remaining",
    "the remainder",
    "of the rest",
    "a remaining",
    "and",
    "while",
    "meanwhile",
    "only",
    "just",
)


@dataclass(frozen=True, slots=True)
class ShareParams:
    """percent-total: which shares make one whole, and how much rounding their total may carry."""

    min_shares: int = 3
    absolute_tolerance: float = 1.0
    exhaustive_markers: tuple[str, ...] = ("the rest", "the remainder", "the remaining")
    whole_markers: tuple[str, ...] = _WHOLE_MARKERS
    continuation_markers: tuple[str, ...] = _CONTINUATION_MARKERS
    rate_words: tuple[str, ...] = _RATE_WORDS


# What a share is of, said right after it: "72% in Leeds", "60% of men", "45% among the over-60s",
# "30% in 2019". Two shares of one sentence with different ones are shares of different wholes.
_QUALIFIER_AFTER = LazyPattern(
    r"\s*(?:of|in|among|amongst|across|for|at|against)\s+(?:the\s+|all\s+)?(?P<what>[\w'’-]+(?:\s+[\w'’-]+)?)",
    re.IGNORECASE,
)
# The words before a share that do not name what it is a share of.
_NOT_LABELS = frozenset(
    "a an the and or but with while whereas of to in on at by for from was were is are be been said say says "
    "had has have did do does some about around almost nearly roughly just only another further rest remaining "
    "remainder other others than more less over under up down those them these asked respondents per cent "
    "percent its their his her our your which who that than against".split()
)
_SEGMENT_BREAK = LazyPattern(r",|;|:|\n|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|\bor\b", re.IGNORECASE)
_LABEL_WORD = LazyPattern(r"[A-Za-z][\w'’-]*")


def _label_before(claim: Claim, previous: Claim | None) -> str | None:
    """The name given right before a share in its own segment: "Labour 41%", "in York, 69%",
    "unemployment 5.2%"; None for "45% said yes, 38% said no" or "the remaining 15%"."""
    start = (
        0
        if previous is None or previous.sentence_start != claim.sentence_start
        else (previous.end - previous.sentence_start)
    )
    before = claim.sentence[start : claim.start - claim.sentence_start]
    segment = _SEGMENT_BREAK.split(before)[-1]
    words = [w for w in _LABEL_WORD.findall(segment) if w.lower() not in _NOT_LABELS]
    return words[-1].lower() if words else None


def _qualifier_after(claim: Claim) -> str | None:
    match = _QUALIFIER_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
    return match.group("what").lower() if match else None


def _one_whole(shares: Sequence[Claim], text: str, params: ShareParams) -> bool:
    """Whether the shares are of one whole. Shares named by what follows them ("72% in Leeds, 69%
    in York") are of different wholes when the names differ; so are shares named before them
    ("unemployment 5.2%, the savings rate 96%"), unless the text says what the whole is ("in the
    poll", "of those asked", "of the vote"), when those names are its parts ("Labour 41%, Reform
    33%"). The verbs after a share ("58% backed it, 37% opposed it") are its parts, never a whole."""
    after = [q for c in shares if (q := _qualifier_after(c)) is not None]
    if len(after) >= 2 and len(set(after)) > 1:
        return False
    times = {c.evidence.times for c in shares if c.evidence is not None and c.evidence.times}
    if len(times) > 1:
        return False  # "81% full on 1 June and 74% at this time last year": each time's own whole
    if _marked(text, params.whole_markers):
        return True
    if _marked(text, params.rate_words):
        return False  # "a tax rate of 20%, 40% and 45%", "95% effective against ...": rates, each of its own
    labels = [label for previous, claim in zip((None, *shares), shares, strict=False)
              if (label := _label_before(claim, previous)) is not None]  # fmt: skip
    return not (len(labels) >= 2 and len(set(labels)) > 1)


def _marked(text: str, markers: Sequence[str]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(marker)}\b", lowered) for marker in markers)


def _shares(claims: Sequence[Claim]) -> list[Claim]:
    """Shares of a whole: percentages that are no change, no endpoint and no one-sided bound;
    a hedged share ("some 58%") counts as the interval it gives."""
    return [c for c in claims if c.kind is ClaimKind.PERCENT and c.direction is None and c.role is None
            and c.low is not None and c.high is not None]  # fmt: skip


_LIST_MARKER = LazyPattern(r"(?:[-*+•]|\d{1,2}[.)])\s")


def _sentence_column(claim: Claim) -> int:
    """The column its sentence starts at: past the marker, for a list item."""
    return claim.column - (claim.start - claim.sentence_start)


def _first_line(claim: Claim) -> int:
    return claim.line - claim.sentence[: claim.start - claim.sentence_start].count("\n")


def _last_line(claim: Claim) -> int:
    return claim.line + claim.sentence[claim.start - claim.sentence_start :].count("\n")


def _continues(previous: Sequence[Claim], following: Sequence[Claim], params: ShareParams) -> bool:
    """Whether the next sentence goes on with the same breakdown: the next item of a list
    ("- 45% drive" then "- 30% take the bus": each starts a line, past a marker, at one column),
    or the next sentence of a paragraph that says so ("... 40% said no. A further 25% were unsure.")."""
    last, first = previous[-1], following[0]
    gap = first.sentence_start - (last.sentence_start + len(last.sentence))
    if _first_line(first) == _last_line(last) + 1:
        if _LIST_MARKER.match(first.sentence) and _LIST_MARKER.match(last.sentence):
            return True  # plain text keeps the markers in the sentence
        column = _sentence_column(first)
        if column > 1 and column == _sentence_column(last):
            return 0 < gap <= column  # Markdown: a newline and the marker, nothing else
    opening = first.sentence.lower()
    return 0 < gap <= 2 and any(opening.startswith(marker + " ") for marker in params.continuation_markers)


def _breakdowns(shares: Sequence[Claim], params: ShareParams) -> Iterator[list[Claim]]:
    """The shares of each breakdown: one sentence, or a run of sentences that continue it."""
    sentences = [list(group) for _, group in itertools.groupby(shares, key=lambda c: c.sentence_start)]
    run: list[list[Claim]] = []
    for sentence in sentences:
        if run and not _continues(run[-1], sentence, params):
            yield [c for part in run for c in part]
            run = []
        run.append(sentence)
    if run:
        yield [c for part in run for c in part]


def percent_total(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """Shares of one whole that add up to more than 100%, or miss 100% when they cover every answer:
    "58% backed the levy, 37% opposed it and 9% had no view" is 104%."""
    record = record_of(ShareParams, params)
    # a list's total line ("- total: 100%") is the whole, not one more share (listed_parts_total)
    totals = {id(listed.total) for listed in listed_totals(claims)}
    shares = sorted((c for c in _shares(claims) if id(c) not in totals), key=lambda c: c.start)
    for breakdown in _breakdowns(shares, record):
        if len(breakdown) < record.min_shares:
            continue
        text = " ".join(dict.fromkeys(c.sentence for c in breakdown))
        if not _one_whole(breakdown, text, record):
            continue
        yield from _total_verdict(breakdown, text, record)
    yield from _rest_of_shares(claims, record)
    yield from _complements_disagree(claims, record)
    for column in _share_columns(shares):
        yield from _total_verdict(column, " ".join(dict.fromkeys(c.sentence for c in column)), record)
    for contest in contest_shares(claims):
        if sum(c.value for c in contest) <= 100 + _COLUMN_SLIP:
            yield from _total_verdict(contest, " ".join(dict.fromkeys(c.sentence for c in contest)), record)


# A column of shares of one whole adds up to 100%, and a slip takes it a few points over; rates of
# each row's own whole ("Share online: 91%, 88%, 93%") add up to far more
_COLUMN_SLIP = 15.0


def _table_cell(claim: Claim) -> int | None:
    """Which cell of a Markdown table's row a figure is in, or None outside a table."""
    before = claim.sentence[: claim.start - claim.sentence_start]
    return before.count("|") if "|" in claim.sentence else None


def _share_columns(shares: Sequence[Claim]) -> Iterator[list[Claim]]:
    """The shares of one column of a table headed as a share ("| Votes | Share |"), in rows that
    follow each other, when they come to a little over 100%: "44.0%", "36.0%" and "25.0%"."""
    columns: dict[tuple[str, int], list[Claim]] = {}
    for claim in shares:
        cell = _table_cell(claim)
        evidence = claim.evidence
        if cell is None or evidence is None or "share" not in (evidence.head, *evidence.modifiers):
            continue
        if claim.low != claim.high:
            continue
        columns.setdefault((claim.path, cell), []).append(claim)
    for column in columns.values():
        run: list[Claim] = []
        for claim in sorted(column, key=lambda c: c.start):
            if run and _first_line(claim) != _last_line(run[-1]) + 1:
                yield from _slipped_column(run)
                run = []
            run.append(claim)
        yield from _slipped_column(run)


def _slipped_column(run: list[Claim]) -> Iterator[list[Claim]]:
    if len(run) >= 2 and 100 < sum(c.value for c in run) <= 100 + _COLUMN_SLIP:
        yield run


def _share_fraction(claim: Claim) -> Interval:
    """A share as a fraction of its whole, with its rounding: "62%" 0.615 to 0.625; "a quarter"
    within a tenth of the smaller of itself and its complement; "more than half" above 0.5."""
    if claim.kind is ClaimKind.PERCENT:
        return percent_interval(claim)
    interval = claim.interval
    if interval.low is not None and interval.low == interval.high:
        slack = 0.1 * min(claim.value, 1 - claim.value)
        return Interval(max(0.0, interval.low - slack), interval.high + slack)
    return interval


def _complements_disagree(claims: Sequence[Claim], params: ShareParams) -> Iterator[Verdict]:
    """Shares of one whole in its two states, in two sentences, that do not make 100%: "The pass
    rate was 62%" and "a quarter of its learners failed" (numcheck.sums complements)."""
    for pair in complements(claims):
        one, other = _share_fraction(pair.one), _share_fraction(pair.other)
        slack = _allowance((pair.one, pair.other), params) / 100  # the intervals carry each one's rounding
        low = (one.low or 0.0) + (other.low or 0.0)
        high = math.inf if one.high is None or other.high is None else one.high + other.high
        if low <= 1 + slack and high >= 1 - slack:
            continue
        terms = f"{pair.one.text} + {pair.other.text} is {'more' if low > 1 + slack else 'less'} than 100%"
        detail = "the shares of the two states of one whole do not make 100%"
        yield Verdict((pair.other, pair.one), _pair_fields(pair.other, pair.one, detail, terms))


def _rest_of_shares(claims: Sequence[Claim], params: ShareParams) -> Iterator[Verdict]:
    """ "62% said they would leave. The other 48% ...": shares and the rest of their whole, which
    together make 100% (numcheck.sums), within the rounding of each."""
    for said in sums(claims):
        if said.total is not None:
            continue
        shares = said.parts
        if any(c.kind is ClaimKind.RATIO for c in shares):
            # "The rest, under a third of those asked": a share in words, as a fraction of the whole
            fractions = [_share_fraction(c) for c in shares]
            low = sum(f.low or 0.0 for f in fractions) * 100
            high = sum(1.0 if f.high is None else f.high for f in fractions) * 100
            slack = params.absolute_tolerance
        else:
            low = sum(c.low or 0.0 for c in shares)
            high = sum(c.high or 0.0 for c in shares)
            slack = _share_slack(shares, params)
        if low - slack <= 100 <= high + slack:
            continue
        terms = " + ".join(c.text for c in shares)
        nominal = _format(round(sum(c.value * (100 if c.kind is ClaimKind.RATIO else 1) for c in shares), 1))
        detail = "the shares and the rest of their whole do not make 100%"
        yield Verdict(tuple(shares), _pair_fields(shares[-1], shares[0], detail, f"{terms} = {nominal}%"))


def _total_verdict(shares: Sequence[Claim], text: str, params: ShareParams) -> Iterator[Verdict]:
    low = sum(c.low or 0.0 for c in shares)
    high = sum(c.high or 0.0 for c in shares)
    terms = " + ".join(describe(c).replace(" percent", "%") for c in shares)
    total = _format(low) + "%" if low == high else f"{_format(low)}%–{_format(high)}%"
    slack = _share_slack(shares, params)
    if low > 100 + slack:
        yield Verdict(tuple(shares), _pair_fields(shares[0], shares[1], "the shares add up to more than 100%",
                                                  f"{terms} = {total}"))  # fmt: skip
    elif high < 100 - slack and _exhaustive(text, params.exhaustive_markers):
        detail = "the shares cover every answer but do not add up to 100%"
        yield Verdict(tuple(shares), _pair_fields(shares[0], shares[1], detail, f"{terms} = {total}"))


def _share_slack(shares: Sequence[Claim], params: ShareParams) -> float:
    """How far from 100 the total of shares may fall: each share may be rounded by half its step,
    the total by the sum of those, and never less than the allowance."""
    return max(_allowance(shares, params), sum(min(c.precision, 1.0) / 2 for c in shares))


def _allowance(shares: Sequence[Claim], params: ShareParams) -> float:
    """The points of rounding a total is allowed, in the coarsest step its shares are written to:
    a point for whole percentages, a tenth of one for "43.6%" and "the other 57.4%", whose writer
    worked to tenths and whose total of 101.0 is no rounding."""
    return params.absolute_tolerance * max(min(c.precision, 1.0) for c in shares)


def _exhaustive(text: str, markers: Sequence[str]) -> bool:
    """ "the rest", "the remainder", or every answer of a yes/no or for/against question."""
    if _marked(text, markers):
        return True
    lowered = text.lower()
    said = {label for label in _EXHAUSTIVE_LABELS if re.search(rf"\b{re.escape(label)}\b", lowered)}
    has_third = bool(said & {"undecided", "unsure", "don't know", "do not know", "abstain"})
    return has_third and ({"yes", "no"} <= said or {"for", "against"} <= said)


_IMPERIAL = ("mile", "foot", "inch", "yard", "pound", "ounce", "stone", "gallon", "pint", "acre",
             "degree_Fahrenheit", "fahrenheit", "mph", "fluid_ounce", "ton", "knot", "nautical_mile")  # fmt: skip


@dataclass(frozen=True, slots=True)
class UnitMixingParams:
    """unit-mixing: which unit names count as imperial or US customary."""

    imperial_units: tuple[str, ...] = _IMPERIAL


def unit_mixing(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """One document measures one dimension in two unit systems, without conversions."""
    converted = {id(c) for first, second, _ in _bracketed_pairs(claims) for c in (first, second)}
    imperial = record_of(UnitMixingParams, params).imperial_units
    first_of: dict[tuple[str, bool], Claim] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.kind is not ClaimKind.MEASURE or claim.unit is None or id(claim) in converted:
            continue
        if claim.dimension is None or claim.unit in ("percent", "percentage_point"):
            continue
        words = set(re.split(r"[\s*/^()]+", claim.unit))
        system = bool(words & set(imperial))
        first_of.setdefault((claim.dimension, system), claim)
    for (dimension, system), claim in sorted(first_of.items(), key=lambda item: item[1].start):
        if system:
            other = first_of.get((dimension, False))
            if other is not None:
                first, second = sorted((claim, other), key=lambda c: c.start)
                later, earlier = second, first
                arithmetic = f"'{earlier.text}' ({earlier.unit}) and '{later.text}' ({later.unit})"
                detail = "two unit systems for one dimension, without a conversion"
                yield Verdict((later, earlier), _pair_fields(later, earlier, detail, arithmetic))


@dataclass(frozen=True, slots=True)
class UnitSlipParams:
    """unit-slip: which unit names count as imperial or US customary, and the smallest number."""

    imperial_units: tuple[str, ...] = _IMPERIAL
    min_value: float = 2.0
    scale_factor: float = 10.0


# Periods a rate is written per: "£120 a week" and "£120 a month" are one number over two periods
_RATE_PERIODS = frozenset({"hour", "day", "week", "month", "quarter", "year"})


def unit_slip(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """One document gives one number in two units that cannot both hold: two unit systems ("43 km"
    and "43 miles"), two currencies ("¥450 billion" and "$450 billion") or two periods ("£120 a
    week" and "£120 a month"). A number copied without its conversion; a stated conversion, "43
    miles (69 km)", is conversion-mismatch's. Each later figure is reported once, against the first."""
    settings = record_of(UnitSlipParams, params)
    converted = {id(c) for first, second, _ in _bracketed_pairs(claims) for c in (first, second)}
    imperial = set(settings.imperial_units)
    by_number: dict[float, list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.kind not in (ClaimKind.MEASURE, ClaimKind.MONEY) or claim.unit is None or id(claim) in converted:
            continue
        if not _one_number(claim) or claim.role is not None or abs(claim.value) < settings.min_value:
            continue  # a hedge, an endpoint of a change, or "1 mile" and "1 km" said in passing
        by_number.setdefault(claim.value, []).append(claim)
    for figures in by_number.values():
        for later_index, later in enumerate(figures):
            for earlier in figures[:later_index]:
                detail = _two_units(earlier, later, imperial) or _two_scales(earlier, later, settings.scale_factor)
                if detail is not None and earlier.sentence_start != later.sentence_start:
                    arithmetic = f"'{earlier.text}' and '{later.text}' give {_format(later.value)} in {detail}"
                    yield Verdict((later, earlier), _pair_fields(later, earlier, detail, arithmetic))
                    break


def _one_number(claim: Claim) -> bool:
    """An exact figure, or a bound that states one ("up to 48 megawatts", "no more than 15 mph"):
    the number is written as it was copied. A hedge ("about 40") or a range is not one number."""
    if claim.low == claim.high:
        return True
    return all(end is None or math.isinf(end) or end == claim.value for end in (claim.low, claim.high))


def _two_scales(first: Claim, second: Claim, factor: float) -> str | None:
    """ "2,400 kilos" and "2,400 tonnes", "1,140 hours" and "1,140 days": one number in two units of
    one system far apart in size. Only a number with two significant digits or more, at least ten:
    "10 metres" and "10 km", or "2 hours" and "2 days", are said of two things far too often. Lengths
    are left out: one text gives heights, depths and distances at every scale ("48 metres tall",
    "48 km from the sea"). Both must be exact (a bound names a threshold as often as an amount), and a
    length of time needs three significant digits: "the 18-minute target" and "waiting more than 18
    months" share a number by chance, "1,140 hours" and "1,140 days" do not."""
    if first.kind is not ClaimKind.MEASURE or second.kind is not ClaimKind.MEASURE or first.dimension == "[length]":
        return None
    if first.low != first.high or second.low != second.high:
        return None
    if first.dimension is None or second.dimension is None:
        return None
    if first.dimension.split(" per ")[0] != second.dimension.split(" per ")[0]:
        return None  # the dimension, whatever period one of them is per
    if first.per != second.per and None not in (first.per, second.per):
        return None  # "3,600 tonnes a year", then "the 3,600 kilograms": a period said once is one period
    if first.unit == second.unit or not first.base_value or not second.base_value or abs(first.value) < 10:
        return None
    if len(f"{abs(first.value):.6g}".replace(".", "").strip("0")) < (3 if first.dimension == "[time]" else 2):
        return None
    ratio = abs(first.base_value / second.base_value)
    return "two units of one kind" if max(ratio, 1 / ratio) >= factor else None


def _two_units(first: Claim, second: Claim, imperial: set[str]) -> str | None:
    """What makes one number in two units impossible to hold at once, or None."""
    if first.kind is ClaimKind.MONEY and second.kind is ClaimKind.MONEY:
        if first.unit != second.unit and first.per == second.per:
            return "two currencies"
        if first.unit == second.unit and {first.per, second.per} <= _RATE_PERIODS and first.per != second.per:
            return "two periods"
        return None
    if first.kind is not second.kind or first.dimension != second.dimension or first.per != second.per:
        return None
    if first.dimension is None or first.unit == second.unit:
        return None
    one, other = (bool(set(re.split(r"[\s*/^()]+", c.unit or "")) & imperial) for c in (first, second))
    return "two unit systems" if one != other else None


# Shares, parts and the samples behind them -------------------------------------------------


@dataclass(frozen=True, slots=True)
class ShareArithmeticParams:
    """share-arithmetic: how loosely a share in words holds, and what may link two figures."""

    fraction_tolerance: float  # "a third" holds within this share of the smaller of it and its complement
    exact_below: float  # a count under this is exact as written: "40 schools" are forty
    apposition_links: tuple[str, ...]  # "or", "that is": words between a share and its restatement


@dataclass(frozen=True, slots=True)
class PartsTotalParams:
    """parts-total: what introduces parts, and what says they cover the whole."""

    exact_below: float
    min_parts: int
    breakdown_markers: tuple[str, ...]  # "made up of", "split between": the parts cover the total
    partial_markers: tuple[str, ...]  # "including", "such as": some of the parts
    exhaustive_markers: tuple[str, ...]  # "the rest", "the remaining": before the part that completes it
    colon_is_exhaustive: bool  # "14 casualties: 3 dead and 9 injured" is the whole breakdown


@dataclass(frozen=True, slots=True)
class ImpossibleShareParams:
    """impossible-share: when a base is a count that every share of it must divide."""

    exact_below: float  # a base under this is exact as written; a larger round one may be rounded
    apposition_links: tuple[str, ...]  # a share restated beside a count is share-arithmetic's


def _percent(fraction: float) -> str:
    return f"{_format(round(fraction * 100, 1))}%"


def _share_words(share: Share) -> str:
    """A share as a reader checks it: "12 of 40", "one in four", "about a third"."""
    if share.form is ShareForm.COUNTED and share.part is not None and share.whole is not None:
        return f"{_format(share.part.value)} of {_format(share.whole.value)}"
    head = share.text if share.whole is None else share.text[: share.whole.start - share.whole.sentence_start
                                                                - share.start]  # fmt: skip
    return re.sub(r"\s*[),]?\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|all\s+)?$", "", head, flags=re.IGNORECASE)


def _bounded(share: Share, value: str) -> str:
    """ "more than 60", "under 45": the nominal figure, with the side a bound leaves open.
    "the majority" is more than half and "a minority" under it, though both end at a number."""
    interval, in_words = share.fraction, share.form is ShareForm.WORDS
    if interval.high is None or (in_words and interval.low is not None and not interval.low_inclusive):
        return f"more than {value}"
    if interval.low is None or (in_words and not interval.high_inclusive):
        return f"under {value}"
    return value


_SHARE_ORDER = (ShareForm.COUNTED, ShareForm.RATE, ShareForm.FRACTION, ShareForm.WORDS, ShareForm.PERCENT)


def _unique(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    seen: dict[int, Claim] = {}
    for claim in claims:
        seen.setdefault(id(claim), claim)
    return tuple(seen.values())


def _share_verdict(claims: tuple[Claim, ...], detail: str, arithmetic: str) -> Verdict:
    return Verdict(claims, _pair_fields(claims[0], claims[-1], detail, arithmetic))


def _shares_disagree(first: Share, second: Share) -> Verdict | None:
    """Two statements of one share: "12 of the 40 (35%)", "one in four, or 40%"."""
    if first.form is second.form and first.form in (ShareForm.COUNTED, ShareForm.PERCENT):
        return None
    reference, other = sorted((first, second), key=lambda s: _SHARE_ORDER.index(s.form))
    if reference.fraction.overlaps(other.fraction):
        return None
    worked = _bounded(reference, _percent(reference.nominal))
    arithmetic = f"{_share_words(reference)} = {worked}, not {other.text}"
    return _share_verdict(_unique((*other.claims, *reference.claims)), "the share and its restatement disagree",
                          arithmetic)  # fmt: skip


def _count_disagrees(share: Share, count: Claim, exact_below: float) -> Verdict | None:
    """A share of a stated whole and the count beside it: "a third of the 600 staff, about 250"."""
    whole = share.whole
    if whole is None or share.form is ShareForm.COUNTED or not _same_kind_and_unit(whole, count):
        return None
    if count.direction is not None:
        return None
    implied = share.fraction.scaled(1.0)
    of_whole = count_interval(whole, exact_below)
    low = None if implied.low is None or of_whole.low is None else implied.low * of_whole.low
    high = None if implied.high is None or of_whole.high is None else implied.high * of_whole.high
    if Interval(low, high, implied.low_inclusive, implied.high_inclusive).overlaps(count_interval(count, exact_below)):
        return None
    worked = _bounded(share, _format(share.nominal * whole.value))
    arithmetic = f"{_share_words(share)} of {_format(whole.value)} = {worked}, not {count.text}"
    return _share_verdict(_unique((count, *share.claims)), "the share and the count beside it disagree", arithmetic)


def _same_kind_and_unit(first: Claim, second: Claim) -> bool:
    return first.kind is second.kind and first.unit == second.unit


def share_arithmetic(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """A share and the share or count stated beside it, worked out: flags "12 of the 40
    schools (35%)", since 12 of 40 is 30%, and "a third of the 600 staff, about 250 people"."""
    settings = record_of(ShareArithmeticParams, params)
    mentions = read_mentions(claims, exact_below=settings.exact_below, fraction_tolerance=settings.fraction_tolerance)
    if len(mentions) < 2:
        return
    for first, second in side_by_side(mentions, claims[0].sentence, settings.apposition_links):
        verdict: Verdict | None = None
        if isinstance(first, Share) and isinstance(second, Share):
            verdict = _shares_disagree(first, second)
        elif isinstance(first, Share) and not isinstance(second, Share):
            verdict = _count_disagrees(first, second, settings.exact_below)
        elif isinstance(second, Share) and not isinstance(first, Share):
            verdict = _count_disagrees(second, first, settings.exact_below)
        if verdict is not None:
            yield verdict
    yield from _shares_of_them(claims, settings.exact_below)


# "115,440 of them, about 70%": a count of a whole said before it in the sentence, and its share
_OF_THEM_THEN_SHARE = LazyPattern(r"^\s+of\s+(?:them|those|these)\s*(?:,|\(|—|–|,?\s+or)\s*$", re.IGNORECASE)


def _shares_of_them(claims: Sequence[Claim], exact_below: float) -> Iterator[Verdict]:
    """A count said "of them", of the nearest larger count of its thing before it in the sentence,
    with a percentage set beside it that its count and that whole do not give: "a county of 185,000
    premises, now has full fibre at 115,440 of them, about 70%"."""
    ordered = sorted(claims, key=lambda c: c.start)
    for index, (part, share) in enumerate(itertools.pairwise(ordered)):
        if part.kind is not ClaimKind.COUNT or part.low != part.high or share.kind is not ClaimKind.PERCENT:
            continue
        if share.unit != "percent" or share.direction is not None or share.role is not None:
            continue
        if not _OF_THEM_THEN_SHARE.match(
            part.sentence[part.end - part.sentence_start : share.start - share.sentence_start]
        ):
            continue
        head = part.evidence.head if part.evidence else None
        wholes = [c for c in ordered[max(0, index - 40) : index] if c.kind is ClaimKind.COUNT and c.low == c.high
                  and c.value > part.value
                  and (head is None or c.evidence is None or c.evidence.head in (None, head))]  # fmt: skip
        if not wholes:
            continue
        whole = wholes[-1]
        verdict = _share_of_counts(share, part, whole, exact_below, "the share and its restatement disagree")
        if verdict is not None:
            yield verdict


def _quotient_of(part: Interval, whole: Interval) -> Interval | None:
    if None in (part.low, part.high, whole.low, whole.high) or not whole.low:
        return None
    return Interval((part.low or 0.0) / (whole.high or 1.0), (part.high or 0.0) / whole.low)


def listed_share_arithmetic(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """A labelled share that no labelled count of its fact box gives (numcheck.listed): "Sat: 400.
    Passed: 248. Pass rate: 68%", since 248 of 400 is 62%. Every larger count of the box may be
    the whole; the share is reported only when none of them gives it."""
    settings = record_of(ShareArithmeticParams, params)
    yield from _state_shares_disagree(claims, settings.fraction_tolerance)
    yield from _rest_counts_disagree(claims, settings.fraction_tolerance, settings.exact_below)
    yield from _slipped_counts_disagree(claims)
    yield from _named_rates_disagree(claims, settings.exact_below)
    yield from _vote_shares_disagree(claims)
    yield from _referred_shares_disagree(claims, settings.exact_below)
    yield from _shares_of_the_counted_whole_disagree(claims, settings)
    for listed in listed_shares(claims):
        share = percent_interval(listed.share)
        part = count_interval(listed.part, settings.exact_below)
        given = []
        for whole in listed.wholes:
            of_whole = count_interval(whole, settings.exact_below)
            if part.low is None or part.high is None or not of_whole.low or not of_whole.high:
                break
            quotient = Interval(part.low / of_whole.high, part.high / of_whole.low)
            given.append(quotient.overlaps(share))
        if len(given) != len(listed.wholes) or any(given):
            continue
        whole = max(listed.wholes, key=lambda c: c.value)
        worked = _percent(listed.part.value / whole.value)
        arithmetic = f"{listed.part.text} of {whole.text} = {worked}, not {listed.share.text}"
        yield _share_verdict((listed.share, listed.part, whole), "the share and the counts beside it disagree",
                             arithmetic)  # fmt: skip


# "Its offer rate, 65%,", "an offer rate of 65%", "The offer rate was 65%": the thing a rate counts
_NAMED_RATE_BEFORE = LazyPattern(
    r"(?<![\w])(?P<word>[a-z]+)\s+rate(?:\s*,|\s+of|\s+was|\s+is|\s+stood\s+at|\s+at|\s+reached)?\s*$",
    re.IGNORECASE,
)


def _named_rates_disagree(claims: Sequence[Claim], exact_below: float) -> Iterator[Verdict]:
    """A rate named by the thing it counts ("Its offer rate, 65%") that the count of that thing and
    the one larger count of its sentence, in the rate's sentence or the one before, do not give:
    "The college received 2,400 applications and made 1,320 offers" (55%)."""
    ordered = sorted(claims, key=lambda c: (c.path, c.start))
    for index, share in _plain_percentages(ordered):
        at = share.start - share.sentence_start
        named = _NAMED_RATE_BEFORE.search(share.sentence, max(0, at - 40), at)
        if named is None:
            continue
        stem = named.group("word").lower()[:4]
        near = [c for c in ordered[max(0, index - 12) : index] if c.path == share.path and _plain_count(c)]
        parts = [c for c in near if c.evidence and c.evidence.head and c.evidence.head[:4] == stem]
        if len(parts) != 1:
            continue
        part = parts[0]
        if part.sentence_start != share.sentence_start and not _sentence_before(part, share):
            continue
        wholes = [c for c in near if c.sentence_start == part.sentence_start and c is not part]
        if len(wholes) != 1 or wholes[0].value <= part.value:
            continue
        verdict = _share_of_counts(share, part, wholes[0], exact_below, "the rate and the counts it is of disagree")
        if verdict is not None:
            yield verdict


def _plain_percentages(ordered: Sequence[Claim]) -> Iterator[tuple[int, Claim]]:
    """(position, claim) of each plain percentage among `ordered`: no change, end, hedge or range."""
    for index, share in enumerate(ordered):
        if share.kind is not ClaimKind.PERCENT or share.unit != "percent" or share.direction is not None:
            continue
        if share.role is None and share.low == share.high:
            yield index, share


def _share_of_counts(share: Claim, part: Claim, whole: Claim, exact_below: float, detail: str) -> Verdict | None:
    """The finding on a share that a part over its whole does not give, or None when it does."""
    given = _quotient_of(count_interval(part, exact_below), count_interval(whole, exact_below))
    if given is None or given.overlaps(percent_interval(share)):
        return None
    arithmetic = f"{part.text} of {whole.text} = {_percent(part.value / whole.value)}, not {share.text}"
    return _share_verdict((share, part, whole), detail, arithmetic)


# A percentage that points back at the part and whole said just before it: "That share (40%",
# "Their share, 40%,", "That is 40%", "Their 40 per cent share"
_SHARE_REFERRED_BEFORE = LazyPattern(
    r"(?:(?<![\w])(?:that|this|their|its)\s+(?:share|proportion)(?:\s*,|\s*\(|\s+is|\s+was|\s+stands\s+at|"
    r"\s+of)?|(?<![\w])(?:that|this)\s+(?:is|was|represents|amounts\s+to)|(?<![\w])that[’']s)\s*"
    r"(?:about|around|roughly|nearly|almost|some|just|only|barely|just\s+over|just\s+under|more\s+than)?\s*$",
    re.IGNORECASE,
)
_SHARE_REFERRED_AROUND = LazyPattern(r"(?<![\w])(?:that|this|their|its)\s+$", re.IGNORECASE)
_SHARE_NOUN_AFTER = LazyPattern(r"^\s*(?:share|proportion)(?![\w])", re.IGNORECASE)


def _referred_shares_disagree(claims: Sequence[Claim], exact_below: float) -> Iterator[Verdict]:
    """A percentage that points back at a part and its whole ("That share (40%", "Their share,
    40%", "That is 40%") that they do not give, where the sentence before, or its own before it,
    says exactly two counts and nothing else to share: "Some 960 of this year's 3,200 graduates are
    the first in their family to go to university. That share (40%) ..." (960 of 3,200 is 30%)."""
    ordered = sorted(claims, key=lambda c: (c.path, c.start))
    for index, share in _plain_percentages(ordered):
        at = share.start - share.sentence_start
        before = share.sentence[max(0, at - 40) : at]
        after = share.sentence[at + len(share.text) :]
        if not (_SHARE_REFERRED_BEFORE.search(before) or (_SHARE_REFERRED_AROUND.search(before)
                                                           and _SHARE_NOUN_AFTER.match(after))):  # fmt: skip
            continue
        earlier = [c for c in ordered[max(0, index - 12) : index] if c.path == share.path]
        here = [c for c in earlier if c.sentence_start == share.sentence_start]
        told = here or [c for c in earlier if _sentence_before(c, share)]
        counts = [c for c in told if c.kind is not ClaimKind.DATE]
        if len(counts) != 2 or not all(_counted(c) for c in counts) or counts[0].value == counts[1].value:
            continue
        if _split_vote(*counts):
            continue  # "voted 1,310 to 562. That is 70% in favour": of both sides (`_vote_shares_disagree`)
        part, whole = sorted(counts, key=lambda c: c.value)
        verdict = _share_of_counts(share, part, whole, exact_below, "the share said of the counts before it disagrees")
        if verdict is not None:
            yield verdict


def _shares_of_the_counted_whole_disagree(
    claims: Sequence[Claim], settings: ShareArithmeticParams
) -> Iterator[Verdict]:
    """The one share a document counts from its part and whole ("repaired 18,400 of the 23,000
    potholes reported") against a percentage in another sentence that says the same of that whole
    in its own words ("70% of all reports", "The county's 70% repair rate") and that neither it nor
    its rest gives. Only where the document counts no other part of a whole, where no percentage
    states the share as counted, and where the percentage sits beside a word of what the counted
    sentence says of its part ("repair rate", "of all reports"), is of no smaller set ("70% of
    repairs were done within a day", "Of those who voted, 61%"), in no other state ("Sickness
    absence among nurses was 5.6%"), and has no aim, other year or group set beside it."""
    ordered = sorted(claims, key=lambda c: (c.path, c.start))
    sentences = figure_sentences(claims)
    counted = [
        mention
        for sentence in sentences
        for mention in (
            *read_mentions(sentence, exact_below=settings.exact_below, fraction_tolerance=0.0),
            *loosely_counted(sentence),
        )
        if isinstance(mention, Share) and mention.form is ShareForm.COUNTED and mention.part and mention.whole
    ]
    # "240 adults enrolled. Of those, 180 passed": a part of the sentence before's whole, which no
    # check of one sentence reads, so a percentage of the part's own sentence is compared too
    counted_across = [
        share
        for previous, sentence in itertools.pairwise(sentences)
        if previous[0].path == sentence[0].path
        for share in counted_before(previous, sentence)
    ]
    counted += counted_across
    if len({(share.part.value, share.whole.value) for share in counted if share.part and share.whole}) != 1:
        return
    share = counted[0]
    part, whole = share.part, share.whole
    assert part is not None and whole is not None
    percentages = [claim for _, claim in _plain_percentages(ordered) if claim.path == part.path]
    given = _quotient_of(count_interval(part, settings.exact_below), count_interval(whole, settings.exact_below))
    if given is None or any(given.overlaps(percent_interval(claim)) for claim in percentages):
        return  # the document states the share as counted: another percentage is of something else
    whole_words = _content_lemmas(_words_naming(whole, part))
    # what the counted sentence says of its part, less the whole's noun: "council repaired" in "The
    # council repaired 18,400 of the 23,000 potholes reported"
    at = whole.end - whole.sentence_start
    did = _content_lemmas(part.sentence) - _content_lemmas(" ".join(_NEAR_WORD.findall(whole.sentence[at:])[:1]))
    across = bool(counted_across) and share is counted_across[0]
    for claim in percentages:
        if (claim.sentence_start == part.sentence_start and not across) or (claim.evidence or NO_EVIDENCE).modal:
            continue
        at = claim.start - claim.sentence_start
        if _TAX_OR_INTEREST_BEFORE.search(claim.sentence, max(0, at - 30), at):
            continue  # "including VAT at 20%", "an APR of 9.9%": a rate charged, no share of anything counted
        years = _years_of(claim), _years_of(part)
        if years[0] and years[1] and not years[0] & years[1]:
            continue  # "| 2023-24 | 75% |": a share of another year
        at = claim.start - claim.sentence_start
        of_set = _OF_A_SET.match(claim.sentence, at + len(claim.text))
        # four words either side, and past the set it is "of": "40% of all the flats had damp"
        after = _NEAR_WORD.findall(claim.sentence[at + len(claim.text) :])[: 8 if of_set else 4]
        near = _content_lemmas(" ".join(_NEAR_WORD.findall(claim.sentence[:at])[-4:] + after))
        if of_set and not _names_the_whole(of_set.group("set"), whole_words):
            continue  # "70% of repairs": a share of the part, or of another set ("of the year group" is the whole)
        own = 0  # past the part's own "of them", when the percentage follows it in its sentence
        if claim.sentence_start == part.sentence_start:
            said = _OF_THOSE_BEFORE.match(claim.sentence, part.end - part.sentence_start)
            own = said.end() if said else part.end - part.sentence_start
        if _OF_THOSE_BEFORE.search(claim.sentence, own, at):
            continue  # "Of those who voted, 61% voted for the transfer": a share of the part
        beside = [other for other in percentages if other is not claim and other.sentence_start == claim.sentence_start]
        if any(not _of_another_time_or_place(other) for other in beside):
            # "28% of those vaccinated ..., compared with 10% in the placebo group": groups set side by
            # side; not "84% ... compares with 66% last year", "ahead of St Edmund's, where it was 71%"
            continue
        rest = Interval(1 - (given.high or 0.0), 1 - (given.low or 0.0))
        pointed = _POINTS_BACK.match(claim.sentence) or _POINTED_BACK_BEFORE.search(claim.sentence, max(0, at - 50), at)
        points_back = pointed is not None and _sentence_before(part, claim)
        if not (near & did or points_back) or rest.overlaps(percent_interval(claim)):
            continue  # "Sickness absence among nurses was 5.6%": of the whole, but in another state
        verdict = _share_of_counts(claim, part, whole, settings.exact_below, "the share said of the counts disagrees")
        if verdict is not None:
            yield verdict


# A rate charged on an amount, said right before its percentage: "VAT at 20%", "an APR of 9.9%"
_TAX_OR_INTEREST_BEFORE = LazyPattern(
    r"\b(?:VAT|tax|interest|APR|AER|inflation|commission|discount)\s+(?:rate\s+)?(?:at|of)\s+$", re.IGNORECASE
)


def _names_the_whole(words: str, whole_words: frozenset[str]) -> bool:
    """Whether the words a share is "of" name the whole: its own words ("of reported leaks"), a word
    for any group ("of the year group", "of the total"), or all of it ("of all lending", "of
    everything we lend")."""
    said = words.lower().split()
    return bool(_content_lemmas(words) & whole_words or set(said) & _WHOLE_GROUPS or said[0] in _ALL_OF_IT)


_ALL_OF_IT = frozenset({"all", "everything", "everyone", "everybody"})
# "of the membership", "of the whole"; and what a farm, a fleet or a plant produces whole: "40% of
# the catch", "a third of the harvest"
_WHOLE_GROUPS = frozenset(GROUP_NOUNS.split("|")) | {"whole", "catch", "haul", "harvest", "crop", "output"}
_NEAR_WORD = LazyPattern(r"[A-Za-z][a-z'’-]+")
# A sentence that opens by pointing back at the one before: "That result (84% of the year group)",
# "That pass rate, 84%,"
_POINTS_BACK = LazyPattern(
    r"^\s*(?:That|This)\s+(?:[a-z]+\s+)?(?:result|figure|outcome|score|tally|share|proportion|rate)\b"
)


# The share's own words pointing back at what was just counted: "the figure (58%", "The rate, which
# works out at 58%", "That digital slice, 32%", "Those newcomers, who make up 35%"
_POINTED_BACK_BEFORE = LazyPattern(
    r"(?:\b(?:[Tt]hat|[Tt]his|[Tt]he)\s+(?:[a-z-]+\s+)?(?:result|figure|outcome|tally|share|proportion|rate|slice)"
    r"|\b(?:[Tt]hose|[Tt]hese)\s+[a-z-]+)(?:\s*[,(]\s*(?:which|who)?)?[^.;,()]{0,30}$"
)
_OF_THOSE_BEFORE = LazyPattern(r"\s*\b(?:of|among)\s+(?:those|them|these|whom)\b", re.IGNORECASE)
_YEAR = LazyPattern(rf"\b(?:{YEAR_DIGITS})\b")


# "66% last year", "71% a year earlier", "64% in 2024", "65% at Hillside": a share its next words
# give to another time or place; "where it was 71%": to the place just named
_ANOTHER_TIME_OR_PLACE_AFTER = LazyPattern(
    r"\s+(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|last\s+(?:year|summer|spring|autumn|winter|term)|"
    r"(?:in|for)\s+(?:19|20)\d\d|the\s+(?:previous|year\s+before)|(?:at|in)\s+[A-Z])"
)
_WHERE_IT_WAS_BEFORE = LazyPattern(r"\b(?:where|when)\s+(?:it|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:was|is|stood\s+at)\s+$")


def _of_another_time_or_place(claim: Claim) -> bool:
    at = claim.start - claim.sentence_start
    return bool(_ANOTHER_TIME_OR_PLACE_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
                or _WHERE_IT_WAS_BEFORE.search(claim.sentence, max(0, at - 40), at))  # fmt: skip


def _years_of(claim: Claim) -> frozenset[str]:
    """The years a figure's clause names: "2024" for "in 2024-25" (the day it was said is no time of it)."""
    return frozenset(year for time in (claim.evidence or NO_EVIDENCE).times for year in _YEAR.findall(time))


# What a percentage is said "of": "70% of all reports", "70% of those reported", "70% of repairs"
_OF_A_SET = LazyPattern(r"\s+of\s+(?P<set>(?:[a-z'’-]+\s+){0,3}[a-z'’-]+)")


def _content_lemmas(text: str) -> frozenset[str]:
    """The lowercase content words of a text as lemmas: "repaired" and "repair" meet, names do not."""
    # ("E-books" opening a sentence or a table row is no name, though the dictionary lacks it)
    words = (word for word in _NEAR_WORD.findall(text)
             if word.islower() or not is_proper_noun(word) or word.partition("-")[2].islower())  # fmt: skip
    return frozenset(lemma(word).casefold() for word in words if len(word) > 2 and word.lower() not in _SHARE_SKIP)


# Words too common to say two figures are of one thing
_SHARE_SKIP = CONTENT_SKIP | frozenset(
    "whom since among while per cent percent year years last next figure total share rate number".split()
)


def _words_naming(whole: Claim, part: Claim) -> str:
    """The words that name a whole: those right after it ("potholes reported" in "repaired 18,400
    of the 23,000 potholes reported"), and those before it when its part comes after ("launched" in
    "launched 120 times last year, 42 of them"), not what its part did ("repaired")."""
    at = whole.start - whole.sentence_start
    # "326 patients out of a total of 410": the words between them name the whole too
    start = part.end - part.sentence_start if part.start < whole.start else max(0, at - 30)
    return " ".join(_NEAR_WORD.findall(whole.sentence[start : at + len(whole.text) + 40]))


# The votes of a ballot split two ways: "31 votes to 17", "1,310 for and 562 against", "1,310 members
# backed strikes and 562 opposed them", "1,310 in favour, 562 against"
_VOTES_FOR_THEN_AGAINST = LazyPattern(
    r"^\s*(?:votes?\s+)?to\s+$"
    r"|^\s*(?:votes?\s+)?(?:for|in\s+favour|yes)(?:\s+[a-z]+){0,3}?\s*(?:,|and|with|to)\s*$"
    r"|^\s*(?:[a-z]+\s+){0,2}(?:backed|supported|voted\s+for|approved)\s+(?:[a-z]+\s+){0,3}?(?:and|,|while|but)\s+$",
    re.IGNORECASE,
)
_AGAINST_AFTER = LazyPattern(
    r"^\s*(?:votes?\s+)?(?:against|no\b|opposed|rejected|voted\s+against)|^\s*(?:[a-z]+\s+){0,2}(?:opposed|rejected)",
    re.IGNORECASE,
)
_VOTED = LazyPattern(
    r"(?<![\w])(?:vot(?:e|es|ed|ing)|ballot\w*|passed|carried|defeated|majority)(?![\w])", re.IGNORECASE
)
_FROM_RIGHT_BEFORE = LazyPattern(r"(?<![\w])(?:from|between)\s+$", re.IGNORECASE)
# What a share of such a ballot says it is of: those for, or those against
_SHARE_FOR = LazyPattern(
    r"(?<![\w])(?:in\s+favour|for|support|backed|backing|yes|approval|approve)(?![\w])", re.IGNORECASE
)
_SHARE_AGAINST = LazyPattern(r"(?<![\w])(?:against|opposed|opposition|no|rejected)(?![\w])", re.IGNORECASE)


def _split_vote(ayes: Claim, noes: Claim) -> bool:
    """Whether two counts of one sentence are the two sides of a vote, those for first."""
    between = ayes.sentence[ayes.end - ayes.sentence_start : noes.start - noes.sentence_start]
    if not _VOTES_FOR_THEN_AGAINST.match(between):
        return False
    if between.strip().lower().startswith(("to", "votes to", "vote to")):
        # "voted 1,310 to 562", "by 31 votes to 17"; not "from 197 to 182 megalitres"
        before = ayes.sentence[: ayes.start - ayes.sentence_start]
        return bool(_VOTED.search(ayes.sentence)) and not _FROM_RIGHT_BEFORE.search(before)
    return bool(_AGAINST_AFTER.match(noes.sentence[noes.end - noes.sentence_start :]))


def _vote_shares_disagree(claims: Sequence[Claim]) -> Iterator[Verdict]:
    """A share of a ballot split two ways that the votes do not give: "1,310 members backed strikes and
    562 opposed them. Support for action ran at 60% of those voting" (1,310 of 1,872 is 70%); "passed
    by 31 votes to 17, or 75% in favour". The share is read in the split's sentence, after it, or the
    next sentence, where its words say a side or the vote; one that says no side is held to either."""
    ordered = sorted(claims, key=lambda c: (c.path, c.start))
    for index, (ayes, noes) in enumerate(itertools.pairwise(ordered)):
        if ayes.sentence_start != noes.sentence_start or not (_counted(ayes) and _counted(noes)):
            continue
        if not _split_vote(ayes, noes):
            continue
        shares = [c for c in ordered[index + 2 : index + 8] if c.kind is ClaimKind.PERCENT and c.unit == "percent"
                  and c.direction is None and c.role is None
                  and (c.sentence_start == noes.sentence_start or _sentence_before(noes, c))]  # fmt: skip
        if len(shares) != 1:
            continue
        share = shares[0]
        total = ayes.value + noes.value
        words = share.sentence[max(0, share.start - share.sentence_start - 40) : share.end - share.sentence_start + 30]
        said_for, said_against = bool(_SHARE_FOR.search(words)), bool(_SHARE_AGAINST.search(words))
        if not (said_for or said_against or _VOTED.search(words)):
            continue  # "Of the homes, 126, or 30%": a share of something else
        sides = [side for side, said in ((ayes, said_for or not said_against), (noes, said_against or not said_for))
                 if said]  # fmt: skip
        said = percent_interval(share)
        if any(Interval(side.value / total, side.value / total).overlaps(said) for side in sides):
            continue
        side = sides[0]
        worked = _percent(side.value / total)
        arithmetic = f"{side.text} of {_format(total)} votes ({ayes.text} + {noes.text}) = {worked}, not {share.text}"
        yield _share_verdict(
            (share, side, noes if side is ayes else ayes), "the share of the votes disagrees", arithmetic
        )


def _counted(claim: Claim) -> bool:
    """A count, hedged or not ("Some 960"), that is no change or end of one."""
    return claim.kind is ClaimKind.COUNT and claim.direction is None and claim.role is None


def _plain_count(claim: Claim) -> bool:
    return claim.kind is ClaimKind.COUNT and claim.low == claim.high and claim.direction is None and claim.role is None


def _sentence_before(one: Claim, other: Claim) -> bool:
    """The first claim's sentence ends right before the second's begins."""
    gap = other.sentence_start - (one.sentence_start + len(one.sentence))
    return 0 <= gap <= 1


def _slipped_counts_disagree(claims: Sequence[Claim]) -> Iterator[Verdict]:
    """A count that is the count a share of a stated whole gives, or leaves, mistyped (numcheck.sums
    slipped_counts): "Turnout was 31.4% of the ward's 8,920 electors" and "3,801 votes" (2,801)."""
    for slipped in slipped_counts(claims):
        gives = "leaves" if slipped.left else "is"
        arithmetic = (f"{slipped.share.text} of {slipped.whole.text} {gives} {_format(slipped.implied)}, "
                      f"not {slipped.count.text}")  # fmt: skip
        detail = "the count is not the one the share of the whole gives"
        yield _share_verdict((slipped.count, slipped.share, slipped.whole), detail, arithmetic)


def _state_shares_disagree(claims: Sequence[Claim], tolerance: float) -> Iterator[Verdict]:
    """The share of one whole in one state said twice in a document, and not the same: "Of the 400
    learners, 248 passed" and "Three in four passed"; or in its two states, and not making 100%:
    "248 of the 400 learners passed" and "a half failed" (numcheck.sums shares_of_one_state)."""
    for pair in shares_of_one_state(claims, tolerance):
        reference, other = sorted((pair.one.share, pair.other.share), key=lambda s: _SHARE_ORDER.index(s.form))
        wanted, said = restated_fraction(reference, tolerance), restated_fraction(other, tolerance)
        if pair.opposite:
            wanted = Interval(1 - (wanted.high if wanted.high is not None else 1.0), 1 - (wanted.low or 0.0))
        if wanted.overlaps(said):
            continue
        nominal = 1 - reference.nominal if pair.opposite else reference.nominal
        rest = " leaves " if pair.opposite else " = "
        worked = _bounded(reference, _percent(nominal))
        if pair.opposite:  # the other state of "more than half" is under half
            worked = worked.replace("more than", "\0").replace("under", "more than").replace("\0", "under")
        arithmetic = f"{_share_words(reference)}{rest}{worked}, not {other.text}"
        detail = "the share of the other state does not make 100%" if pair.opposite else "the share said again differs"
        yield _share_verdict(_unique((*other.claims, *reference.claims)), detail, arithmetic)


def _rest_counts_disagree(claims: Sequence[Claim], tolerance: float, exact_below: float) -> Iterator[Verdict]:
    """A count of a whole's members in one state that the share counted in the other does not leave:
    "Of the 400 learners, 248 passed" and "Its 172 failing candidates" (numcheck.sums counts_of_the_rest)."""
    for said in counts_of_the_rest(claims, tolerance):
        part, whole = said.share.share.part, said.share.share.whole
        if part is None or whole is None:
            continue
        exact = count_interval(part, exact_below), count_interval(whole, exact_below)
        stated = count_interval(said.count, exact_below)
        if None in (exact[0].low, exact[0].high, exact[1].low, exact[1].high, stated.low, stated.high):
            continue
        left = Interval((exact[1].low or 0.0) - (exact[0].high or 0.0), (exact[1].high or 0.0) - (exact[0].low or 0.0))
        if left.overlaps(stated):
            continue
        arithmetic = f"{whole.text} less {part.text} is {_format(whole.value - part.value)}, not {said.count.text}"
        detail = "the count of the other state is not the rest of the whole"
        yield _share_verdict((said.count, part, whole), detail, arithmetic)


def _summed(claims: Sequence[Claim], exact_below: float) -> tuple[float, float | None, float | None]:
    """The parts' sum in base units: as written, and its lowest and highest under hedges and rounding."""
    intervals = [count_interval(claim, exact_below) for claim in claims]
    lows = [_in_base(claim, interval.low) for claim, interval in zip(claims, intervals, strict=True)]
    highs = [_in_base(claim, interval.high) for claim, interval in zip(claims, intervals, strict=True)]
    nominal = sum(_in_base(claim, claim.value) or 0.0 for claim in claims)
    low = None if any(v is None for v in lows) else sum(v or 0.0 for v in lows)
    high = None if any(v is None for v in highs) else sum(v or 0.0 for v in highs)
    return nominal, low, high


def _linear_unit(claim: Claim) -> bool:
    """Amounts that add: not temperatures, whose scales have an offset."""
    if claim.unit is None or claim.kind is not ClaimKind.MEASURE:
        return True
    try:
        return base_form(claim.unit).offset == 0
    except UnknownUnitError:
        return False


def _in_unit_of(total: Claim, base_value: float) -> str:
    """A sum in base units, written as the total is: "£4.6m", "850 tonnes", "1.37 km"."""
    scale = (_in_base(total, 1.0) or 1.0) if total.kind is ClaimKind.MEASURE and total.unit else 1.0
    value = tidy_figure(base_value / scale)
    written = _WRITTEN_FIGURE.fullmatch(total.text)
    after = (written.group("after") or "") if written else ""
    if written and not after.startswith(("-", "‐")):  # "a 5-hour session": no unit to reuse as written
        number = float(written.group("number").replace(",", ""))
        if number and total.value:  # "£4.2m" is 4.2 times a million: the sum takes the same sign and scale
            return f"{written.group('before')}{_format(tidy_figure(value * number / total.value))}{after}"
    unit = f" {total.unit}" if total.unit and total.kind is not ClaimKind.COUNT else ""
    return f"{_format(value)}{unit}"


_WRITTEN_FIGURE = LazyPattern(r"(?P<before>[^\d\s]{0,3})(?P<number>\d[\d,]*(?:\.\d+)?)(?P<after>\s?[^\d\s][^\d]*)?")


def tidy_figure(value: float) -> float:
    """Sums of decimals carry binary noise: 1.5 + 1.9 + 1.2 is 4.6000000000000005."""
    return float(f"{value:.12g}")


def parts_total(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """Listed parts against the total they are said to make: flags "14 casualties: 3 dead and
    9 injured" (3 + 9 = 12), and any parts that add up to more than their total."""
    settings = record_of(PartsTotalParams, params)
    if len(claims) <= settings.min_parts:
        return  # a total and its parts are at least min_parts + 1 figures
    breakdowns = read_breakdowns(claims, breakdown_markers=settings.breakdown_markers,
                                 partial_markers=settings.partial_markers,
                                 exhaustive_markers=settings.exhaustive_markers,
                                 colon_is_exhaustive=settings.colon_is_exhaustive)  # fmt: skip
    for breakdown in breakdowns:
        if _counts_the_items(breakdown.total, breakdown.parts):
            continue
        verdict = _parts_against_total(
            breakdown.total, breakdown.parts, settings, covers=breakdown.exhaustive,
            more="the parts come to more than the total",
            less="the parts are said to cover the total, but come to less",
        )  # fmt: skip
        if verdict is not None:
            yield verdict


def _products_disagree(claims: Sequence[Claim], settings: PartsTotalParams) -> Iterator[Verdict]:
    """A count of equal parts whose total is not the count times each (numcheck.sums products):
    "1,200 raffle tickets at £5 each, raising £7,000"."""
    for product in products(claims):
        count = count_interval(product.count, settings.exact_below)
        each = count_interval(product.each, settings.exact_below)
        low = (count.low or 0.0) * (each.low or 0.0)
        high = (count.high or 0.0) * (each.high or 0.0)
        total = count_interval(product.total, settings.exact_below)
        if Interval(low, high).overlaps(total):
            continue
        worked = _in_unit_of(product.total, _in_base(product.each, product.count.value * product.each.value) or 0.0)
        arithmetic = f"{product.count.text} × {product.each.text} = {worked}, not {product.total.text}"
        detail = "equal parts of the amount each do not make the total"
        yield Verdict((product.total, product.each, product.count),
                      _pair_fields(product.total, product.each, detail, arithmetic))  # fmt: skip


# An average is worked out and rounded: beyond its own rounding and hedge, this much either way
_AVERAGE_SLACK = 0.02


def _averages_disagree(claims: Sequence[Claim], settings: PartsTotalParams) -> Iterator[Verdict]:
    """An amount said to be each one's on average that the total over the count does not give
    (numcheck.sums averages): "The 240 runners raised £18,000, an average of £95 each" (£75)."""
    for average in averages(claims):
        each = count_interval(average.each, settings.exact_below)
        total, count = count_interval(average.total, settings.exact_below), count_interval(average.count, 1e12)
        if None in (each.low, each.high, total.low, total.high, count.low, count.high) or not count.low:
            continue
        low, high = (total.low or 0.0) / (count.high or 1.0), (total.high or 0.0) / count.low
        said = Interval((each.low or 0.0) * (1 - _AVERAGE_SLACK), (each.high or 0.0) * (1 + _AVERAGE_SLACK))
        if said.overlaps(Interval(low, high)):
            continue
        worked = _format(float(f"{average.total.value / average.count.value:.3g}"))
        arithmetic = f"{average.total.text} over {average.count.text} is about {worked} each, not {average.each.text}"
        detail = "the total over the count does not give the amount each"
        yield Verdict((average.each, average.total, average.count),
                      _pair_fields(average.each, average.total, detail, arithmetic))  # fmt: skip


def _counts_the_items(total: Claim, parts: Sequence[Claim]) -> bool:
    """ "Staff at the three depots: 140 at Northgate, 95 at ...": a small number in words before a
    colon counts the items of the list, and every part is larger than it."""
    in_words = not any(ch.isdigit() for ch in total.text)
    return in_words and total.value < 20 and all(part.value > total.value for part in parts)


def listed_parts_total(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """parts-total over a list's lines: "- gardens: 610", "- farmland: 390", "- woodland: 240",
    "- total: 1,420" (610 + 390 + 240 = 1,240). A list that ends in its total claims to cover it,
    as a list after a colon does (`colon_is_exhaustive`)."""
    settings = record_of(PartsTotalParams, params)
    for listed in listed_totals(claims):
        verdict = _parts_against_total(
            listed.total, listed.parts, settings, covers=settings.colon_is_exhaustive,
            more="the listed parts come to more than the total line",
            less="the listed parts come to less than the total line",
        )  # fmt: skip
        if verdict is not None:
            yield verdict


def said_parts_total(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """parts-total over more than one clause or sentence (numcheck.sums): a total said to be the sum
    of the amounts before it ("(330 in all)", "Together they raised £87,400"), and a whole stated a
    sentence before the parts that end in "the rest, £2.9 million"; with the list lines and table
    rows that end in a total line (`listed_parts_total`)."""
    yield from listed_parts_total(claims, params)
    settings = record_of(PartsTotalParams, params)
    yield from _products_disagree(claims, settings)
    yield from _averages_disagree(claims, settings)
    for said in sums(claims):
        if said.total is None:
            continue
        verdict = _parts_against_total(
            said.total, said.parts, settings, covers=said.covers,
            more="the parts come to more than the total they are said to " + ("make" if said.covers else "be of"),
            less="the parts are said to make the total, but come to less",
        )  # fmt: skip
        if verdict is not None:
            yield verdict


def _parts_against_total(
    total: Claim, parts: Sequence[Claim], settings: PartsTotalParams, *, covers: bool, more: str, less: str
) -> Verdict | None:
    """A total and its parts that disagree: parts over the total always, short of it only where the
    parts claim to `cover` it (`more` and `less` say which in the finding)."""
    if len(parts) < settings.min_parts or not all(_linear_unit(c) for c in (total, *parts)):
        return None
    nominal, low, high = _summed(parts, settings.exact_below)
    total_interval = count_interval(total, settings.exact_below)
    total_low, total_high = _in_base(total, total_interval.low), _in_base(total, total_interval.high)
    terms = " + ".join(c.text for c in parts)
    written = _in_unit_of(total, nominal)
    if low is not None and total_high is not None and low > total_high * (1 + 1e-9):
        detail, arithmetic = more, f"{terms} = {written}, more than {total.text}"
    elif covers and high is not None and total_low is not None and high < total_low * (1 - 1e-9):
        detail, arithmetic = less, f"{terms} = {written}, not {total.text}"
    else:
        return None
    return Verdict((total, *parts), _pair_fields(total, parts[0], detail, arithmetic))


def _reachable(size: int, low: float, high: float) -> bool:
    """Whether some whole k out of `size` gives a percentage in [low, high]."""
    k = max(0, math.ceil(low * size / 100 - 1e-9))
    return k <= size and k * 100 / size <= high + 1e-9


def _sizes(base: Claim, exact_below: float) -> range:
    interval = count_interval(base, exact_below)
    low, high = interval.low or base.value, interval.high or base.value
    return range(max(1, math.ceil(low)), math.floor(high) + 1)


def _allowed_shares(size: int, share: Claim) -> str:
    """The shares a base allows either side of a figure, one decimal finer than it is written:
    "35% (7/20) or 40% (8/20)", "46.7% (7/15)"."""
    below = min(size, max(0, math.floor(share.value * size / 100)))
    decimals = 1 + max(0, -math.floor(math.log10(share.precision))) if share.precision > 0 else 2
    options = [k for k in (below, below + 1) if 0 <= k <= size]
    return " or ".join(f"{_format(round(k * 100 / size, decimals))}% ({k}/{size})" for k in options)


def impossible_share(claims: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """A percentage that its stated base cannot produce, the GRIM test for shares: flags
    "Of the 20 patients, 37% recovered", since 7/20 is 35% and 8/20 is 40%."""
    settings = record_of(ImpossibleShareParams, params)
    if len(claims) < 2 or not any(c.kind is ClaimKind.PERCENT for c in claims):
        return
    mentions = read_mentions(claims, exact_below=settings.exact_below, fraction_tolerance=0.0)
    restated: dict[int, Mention] = {}  # a percentage beside a count: share-arithmetic says more
    for first, second in side_by_side(mentions, claims[0].sentence if claims else "", settings.apposition_links):
        for one, other in ((first, second), (second, first)):
            if isinstance(one, Share) and one.form is ShareForm.PERCENT:
                restated[id(one.claims[0])] = other
    seen: set[int] = set()
    for share, base in stated_bases(mentions, claims):
        beside = restated.get(id(share))
        if isinstance(beside, Share) and beside.form is ShareForm.COUNTED:
            continue  # "Of the 40 schools, 12 (35%)": the count says more than the base
        if isinstance(beside, Claim) and beside is not base:
            continue
        if id(share) in seen or share.qualifier is not None:
            continue
        seen.add(id(share))
        if base.kind is not ClaimKind.COUNT or base.qualifier is not None or not base.value.is_integer():
            continue
        interval = percent_interval(share)
        low, high = (interval.low or 0.0) * 100, (interval.high or 0.0) * 100
        sizes = _sizes(base, settings.exact_below)
        if len(sizes) == 0 or 100 / sizes.start <= high - low or any(_reachable(n, low, high) for n in sizes):
            continue
        size = sizes.start
        arithmetic = (f"{share.text} of {_format(size)} is {_format(round(share.value * size / 100, 2))}, "
                      f"not a whole number; {_format(size)} allows {_allowed_shares(size, share)}")  # fmt: skip
        yield Verdict((share, base), _pair_fields(share, base, "no whole number out of the base gives it", arithmetic))


def unsupported_figure(drafts: Sequence[Claim], sources: Sequence[Claim], params: Params) -> Iterator[Verdict]:
    """A figure of a document under check that no source states or implies, in a sentence about
    what the sources cover. Dates, durations and amounts alike; the nearest source figures are named."""
    index = Sources.of(sources)
    if not index.by_family:
        return
    aligner = Aligner.of(drafts, sources)
    threshold = _float(params, "min_coverage")
    tolerance = Tolerance.of(params, lambda one, other: figure_mismatch(one, other, params) is not None)
    placeless = {c.path for c in drafts} - {c.path for c in drafts if c.evidence and c.evidence.places}
    yield from _reversed_changes(drafts, sources, index, threshold)
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in drafts:
        by_sentence.setdefault((claim.path, claim.sentence_start), []).append(claim)
    for claim in drafts:
        if score_sides(claim) is not None:
            yield from _unstated_score(claim, index, threshold)
            continue
        if family(claim) is None or claim.evidence is None or _is_label_or_age(claim):
            continue
        coverage, covering = index.coverage(claim)
        # a date's sentence says little besides it ("The new price applies from 1 March"), so half
        # the share of words is enough for it to be about what a source sentence says
        needed = threshold * _DATE_COVERAGE if claim.kind is ClaimKind.DATE else threshold
        if coverage < needed:
            continue  # the sentence is about something the sources do not cover
        beside = by_sentence[(claim.path, claim.sentence_start)]
        # a sentence that repeats a source sentence's figure is about what that sentence says too
        covering |= index.restating(other for other in beside if other is not claim)
        if not index.has_family(claim, covering):
            # a draft sentence may join two source sentences ("The plant, an employer of 3,900
            # people, will shut ..."): the figure's family in one that covers half as much of it
            covering = index.near(claim, needed / 2)
            if not index.has_family(claim, covering):
                continue  # the sources give no figure to compare it with
        if claim.kind is ClaimKind.COUNT and claim.value <= _SMALL_COUNT and not _same_head_in(claim, index):
            continue  # "two universities": the sources may list them by name rather than count them
        if _other_currency_only(claim, index):
            continue  # "€60 million" against "$100 million": without rates, nothing to compare
        supported = support(claim, index, tolerance, covering, beside=beside)
        transposed = None
        if supported is None:
            against = None
        elif supported.startswith("stated"):
            transposed = _stated_only_transposed(claim, index, tolerance)
            against = transposed or _roughly_stated_against(claim, index, tolerance, params, claim.path in placeless)
        else:
            against = _contradicted(claim, index, params, claim.path in placeless)
            if against is not None and support(
                claim, index, tolerance, covering, like_only=True, own_thing=True, beside=beside
            ):
                against = None  # "3,170 people" in two shelters: the sum of the shelters' 1,370 and 1,800
        if supported is not None and against is None:
            continue  # stated, or implied by plain arithmetic
        nearest = aligner.ranked(claim, index.comparable_figures(claim))
        if against is not None:
            nearest = [against, *(c for c in nearest if c is not against)]
        named = ", ".join(f"'{c.text}' ({c.path}:{c.line})" for c in nearest) or "none of its kind"
        fields = {
            "primary": claim.text,
            "other": nearest[0].text if nearest else "",
            "subject": claim.subject or "",
            "primary_value": describe(claim),
            "other_value": describe(nearest[0]) if nearest else "",
            "primary_interval": describe(claim),
            "other_interval": describe(nearest[0]) if nearest else "",
            "arithmetic": _transposed_because(transposed)
            if transposed
            else _unsupported_because(claim, nearest, named, supported if against else None),
            "detail": "stated by no source",
            "unit": claim.unit or "",
        }
        yield Verdict((claim, *nearest[:1]), fields)


_SMALL_COUNT = 12
_DATE_COVERAGE = 0.5


def _ends_of(claim: Claim) -> tuple[float, float] | None:
    if claim.kind is not ClaimKind.CHANGE or claim.from_value is None or claim.to_value is None:
        return None
    return claim.from_value, claim.to_value


def _same_value(one: float, other: float) -> bool:
    return math.isclose(one, other, rel_tol=1e-6, abs_tol=1e-9)


def _reversed_changes(
    drafts: Sequence[Claim], sources: Sequence[Claim], index: Sources, threshold: float
) -> Iterator[Verdict]:
    """A change whose two ends a source gives the other way round ("fell from £2.50 to £2" where the
    source has "rose to £2.50 from £2"): each end is stated, so no figure alone is unsupported."""
    changes = [(source, *ends) for source in sources if (ends := _ends_of(source)) is not None]
    if not changes:
        return
    for claim in drafts:
        ends = _ends_of(claim)
        if ends is None or ends[0] == ends[1] or index.coverage(claim)[0] < threshold:
            continue
        start, end = ends
        unit = claim.endpoint_unit
        alike = [(source, first, last) for source, first, last in changes if source.endpoint_unit == unit]
        if any(_same_value(first, start) and _same_value(last, end) for _, first, last in alike):
            continue  # a source gives it this way round
        reversed_in = [source for source, first, last in alike if _same_value(first, end) and _same_value(last, start)]
        if not reversed_in:
            continue
        source = reversed_in[0]
        arithmetic = (f"the source's change runs from {_format(end)} to {_format(start)} ('{source.text}', "
                      f"{source.path}:{source.line}), not from {_format(start)} to {_format(end)}")  # fmt: skip
        yield Verdict((claim, source), _pair_fields(claim, source, "a source's change the other way round", arithmetic))


def _unstated_score(claim: Claim, index: Sources, threshold: float) -> Iterator[Verdict]:
    """A score or tally no source gives ("beat Storm 58-54" where the source has 58-51), in a
    sentence about what the sources cover, when they give scores at all."""
    if not index.scores:
        return
    coverage, covering = index.coverage(claim)
    if coverage < threshold:
        return
    stated, nearest = index.score_stated(claim, covering)
    if stated:
        return
    named = ", ".join(f"'{score.text}' ({score.path}:{score.line})" for score in nearest[:3])
    fields = {
        "primary": claim.text,
        "other": nearest[0].text,
        "subject": claim.subject or "",
        "primary_value": claim.text,
        "other_value": nearest[0].text,
        "primary_interval": claim.text,
        "other_interval": nearest[0].text,
        "arithmetic": f"the sources' scores are {named}",
        "detail": "stated by no source",
        "unit": "",
    }
    yield Verdict((claim, nearest[0]), fields)


def _contradicted(claim: Claim, index: Sources, params: Params, placeless: bool) -> Claim | None:
    """A source figure plainly about the claim's quantity that gives another figure: then a sum of
    figures about other things that gives the claim's value is a coincidence ("forced 2,150 people
    from their homes" is not 1,250 forced out plus 900 firefighters, when the source says 1,250).
    When the claim's document names no place at all, a place the source names is its setting, which
    a summary leaves out ("In Glenroy, the storm cut power to 2,150 homes")."""
    name = family(claim)
    if name is None or name not in index.by_family:
        return None
    for other in index.by_family[name][1]:
        found = match(claim, other)
        if found.apart is not None and found.apart.cue == "place" and placeless:
            found = dataclasses.replace(found, apart=None)
        if not (found.linked and figure_mismatch(claim, other, params)):
            continue
        if _same_frame_or_governor(claim, other) or _same_modified_noun(claim, other):
            return other
    return None


def _same_modified_noun(first: Claim, second: Claim) -> bool:
    """Two figures of one noun narrowed the same way: "34 chemotherapy chairs" and "24 chemotherapy
    chairs" count one thing, whatever the words before them."""
    one, other = first.evidence, second.evidence
    if one is None or other is None or not one.head or not one.modifiers:
        return False
    return (one.head, one.modifiers) == (other.head, other.modifiers)


def _stated_only_transposed(claim: Claim, index: Sources, tolerance: Tolerance) -> Claim | None:
    """A source figure that states the claim's only within tolerance, with the same digits two of
    them swapped: "11,780 votes" for "11,870" is a typing slip, however close."""
    stating = list(stating_figures(claim, index, tolerance))
    if not stating or any(claim.value in (stated.value, stated.low, stated.high) for stated in stating):
        return None  # (a range states its ends: "£12 to £30" is no £21 to swap the digits of)
    slips = [stated for stated in stating if digit_slip(claim, stated) is Slip.TRANSPOSED]
    return slips[0] if len(slips) == len(stating) and claim.low == claim.high else None


def _roughly_stated_against(
    claim: Claim, index: Sources, tolerance: Tolerance, params: Params, placeless: bool
) -> Claim | None:
    """A source figure plainly about the claim's quantity that gives another figure, when the
    sources state the claim's only within rounding, about something else: "1,540 chose the long
    route" is not the "1,600 riders last year" when the source says 1,450 chose it."""
    if claim.low != claim.high:
        return None  # "fewer than 1.6 million" says less than any one figure: a bound may hold of several
    value = base_value(claim)
    stating = list(stating_figures(claim, index, tolerance))
    if any(math.isclose(base_value(stated), value, rel_tol=1e-9) for stated in stating):
        return None  # ("six years and eight months" is 80 months, to the last digit a float keeps)
    against = _contradicted(claim, index, params, placeless)
    if against is None or any(_same_frame_or_governor(claim, stated) for stated in stating):
        return None
    return against


def _same_frame_or_governor(first: Claim, second: Claim) -> bool:
    one, other = first.evidence, second.evidence
    if one is None or other is None:
        return False
    return bool(one.governor and one.governor == other.governor) or _frames_agree(one.frame, other.frame)


def _frames_agree(one: str | None, other: str | None) -> bool:
    """The words either side of two figures agree, where a sentence that ends sooner has fewer
    of them: "cut power to _ homes." and "cut power to _ homes on Friday"."""
    if not one or not other:
        return False
    (one_left, _, one_right), (other_left, _, other_right) = one.partition("_"), other.partition("_")
    shorter, longer = sorted((one_right.split(), other_right.split()), key=len)
    return one_left.split()[-2:] == other_left.split()[-2:] and shorter == longer[: len(shorter)] and bool(shorter)


def _transposed_because(stated: Claim) -> str:
    return f"the source writes '{stated.text}' ({stated.path}:{stated.line}): the same digits, two of them swapped"


def _unsupported_because(claim: Claim, nearest: Sequence[Claim], named: str, coincidence: str | None) -> str:
    if coincidence is not None:
        return f"nearest source figures: {named}; the first is this quantity, and {coincidence} gives it only by chance"
    if nearest and only_touch(base_interval(claim), base_interval(nearest[0])):
        # "at least 300 kg" against "up to 300 kg": the figure is there, bounded the other way
        return f"the source bounds it the other way: {named}"
    if claim.kind is ClaimKind.ORDINAL:
        return f"the sources give another place: {named}"  # a place in an order is never worked out
    return f"nearest source figures: {named}; no sum, difference, ratio or conversion of them gives it"


def _other_currency_only(claim: Claim, index: Sources) -> bool:
    """Money in a currency no source uses, unless a source writes the same number in another one
    ("$450 billion" against "¥450 billion" is a slip of the sign, not a conversion)."""
    name = family(claim)
    if name is None or not name.startswith("money:") or name in index.by_family:
        return False
    return not any(
        other.value == claim.value
        for pool, (_, claims) in index.by_family.items()
        if pool.startswith("money:")
        for other in claims
    )


def _same_head_in(claim: Claim, index: Sources) -> bool:
    head = claim.evidence.head if claim.evidence else None
    # a count, or a count by the period ("four evenings a week"), of the same thing
    counts = [index.by_family[name][1] for name in {"count", family(claim)} if name and name in index.by_family]
    return bool(head) and any(
        other.evidence is not None and other.evidence.head == head for found in counts for other in found
    )


def _is_label_or_age(claim: Claim) -> bool:
    """ "Turn 3", "Sims 3", "aged 25", "one in six", "in two numbers": a name, an age, the base of a
    share or a count of figures, not an amount the sources should state."""
    before = claim.sentence[max(0, claim.start - claim.sentence_start - 12) : claim.start - claim.sentence_start]
    if claim.kind is not ClaimKind.COUNT:
        return False
    return is_label(claim) or bool(_AGE_OR_NUMBER_BEFORE.search(before)) or claim.noun in _FIGURE_NOUNS


_AGE_OR_NUMBER_BEFORE = LazyPattern(r"(?:\baged?|\bno\.?|#|\b(?:one|1)\s+in)\s*$", re.IGNORECASE)
_FIGURE_NOUNS = frozenset({"number", "numbers", "figure", "figures", "statistics", "stats"})


_MULTIPLIER_TOLERANCE = ParamSpec(
    "multiplier_tolerance",
    float,
    0.05,
    'Relative slack of a multiplier word: 0.05 reads "doubled" as x1.9 to x2.1.',
    minimum=0.0,
)
_TOLERANCES = (
    ParamSpec("relative_tolerance", float, 0.02,
              "Relative slack spent once per pair: each rounded or hedged figure moves by half of it.", minimum=0.0),
    ParamSpec("absolute_tolerance", float, 0.0, "Absolute difference (in base units) still taken as agreement.",
              minimum=0.0),
    ParamSpec("use_rounding", bool, True, "Allow the rounding implied by how each figure is written."),
    ParamSpec("round_share", float, 0.05,
              'The most a round figure ("60,000") stands for on either side, as a share of its value.', minimum=0.0),
    _MULTIPLIER_TOLERANCE,
)  # fmt: skip

_EXACT_BELOW = ParamSpec(
    "exact_below",
    float,
    1000.0,
    "Counts below this are exact as written; larger round ones may be rounded by half their last digit.",
    minimum=1.0,
)
_FRACTION_TOLERANCE = ParamSpec(
    "fraction_tolerance",
    float,
    0.1,
    'Slack on a share in words ("a third", "one in four"), relative to the smaller of it and its complement.',
    minimum=0.0,
)
_APPOSITION_LINKS = ParamSpec(
    "apposition_links",
    tuple,
    (
        "or",
        "that is",
        "i.e.",
        "ie",
        "namely",
        "representing",
        "equal to",
        "equivalent to",
        "amounting to",
        "accounting for",
        "which is",
        "a rate of",
        "a share of",
        "a proportion of",
        "a total of",
        "just",
        "only",
    ),
    "Words that may join a share to its restatement after a comma or bracket.",
)
_BREAKDOWN_MARKERS = (
    "made up of",
    "split between",
    "split into",
    "split among",
    "divided between",
    "divided into",
    "divided among",
    "consisting of",
    "comprising",
    "broken down into",
    "shared between",
)
_PARTIAL_MARKERS = (
    "including",
    "of whom",
    "of which",
    "among them",
    "among whom",
    "such as",
    "for example",
    "notably",
    "e.g.",
)


KINDS: Mapping[str, Kind] = {
    "figure-mismatch": Kind(
        KindSpec("figure-mismatch", "Two linked claims give incompatible figures.", _TOLERANCES),
        pair=figure_mismatch, document=restatement_mismatch_within, timeline=timing_mismatch_within),
    "hedge-conflict": Kind(
        KindSpec("hedge-conflict", "Two linked claims agree only if a hedge is ignored.", _TOLERANCES),
        pair=hedge_conflict),
    "magnitude-slip": Kind(
        KindSpec("magnitude-slip", "The same digits at a scale a power of ten apart.",
                 (ParamSpec("min_power", int, 1, "Smallest power of ten to report.", minimum=1),)),
        pair=magnitude_slip, document=magnitude_slip_within),
    "currency-mismatch": Kind(
        KindSpec("currency-mismatch", "Linked money claims in different currencies.",
                 (ParamSpec("same_figure_only", bool, True,
                            "Without exchange rates, flag only the same figure in two currencies."),
                  ParamSpec("rate_tolerance", float, 0.05,
                            "With exchange rates, the relative slack on a converted figure.", minimum=0.0))),
        pair=currency_mismatch, uses_exchange_rates=True),
    "conversion-mismatch": Kind(
        KindSpec("conversion-mismatch", "A figure and its own stated conversion disagree.",
                 (ParamSpec("relative_tolerance", float, 0.02, "Rounding allowed in a conversion.", minimum=0.0),
                  ParamSpec("rounded_share", float, 0.1,
                            'How far a conversion rounded to its trailing zeros ("30 miles (50 km)") may be off, '
                            "as a share.", minimum=0.0))),
        sentence=conversion_mismatch),
    "change-arithmetic": Kind(
        KindSpec("change-arithmetic", "A stated change disagrees with its own endpoints, or with another "
                 "statement of the same change.",
                 (ParamSpec("relative_tolerance", float, 0.05, "Relative slack on the change.", minimum=0.0),
                  ParamSpec("endpoint_tolerance", float, 0.02,
                            "Relative difference at which two endpoints are still the same figure.", minimum=0.0),
                  _MULTIPLIER_TOLERANCE)),
        claim=change_arithmetic, pair=change_arithmetic_across, document=margin_arithmetic),
    "percent-total": Kind(
        KindSpec("percent-total", "Shares of one whole add up to more than 100%, or miss 100% when exhaustive.",
                 (ParamSpec("min_shares", int, 3, "Fewest shares in a breakdown to check.", minimum=2),
                  ParamSpec("absolute_tolerance", float, 1.0, "Percentage points allowed for rounding.",
                            minimum=0.0),
                  ParamSpec("exhaustive_markers", tuple, ("the rest", "the remainder", "the remaining"),
                            "Words that say the shares cover the whole."),
                  ParamSpec("whole_markers", tuple, _WHOLE_MARKERS,
                            "Words that say what the whole is, so the names before the shares are its parts."),
                  ParamSpec("continuation_markers", tuple, _CONTINUATION_MARKERS,
                            "Openings of a sentence that goes on with the previous sentence's breakdown."),
                  ParamSpec("rate_words", tuple, _RATE_WORDS,
                            "Words that make percentages rates of their own wholes, unless a whole marker is said."))),
        document=percent_total),
    "share-arithmetic": Kind(
        KindSpec("share-arithmetic", "A share disagrees with the share or count stated beside it.",
                 (_FRACTION_TOLERANCE, _EXACT_BELOW, _APPOSITION_LINKS)),
        sentence=share_arithmetic, document=listed_share_arithmetic),
    "parts-total": Kind(
        KindSpec("parts-total", "Listed parts add up to more than their total, or miss it when they claim to "
                 "cover it.",
                 (_EXACT_BELOW,
                  ParamSpec("min_parts", int, 2, "Fewest parts in a list to check.", minimum=2),
                  ParamSpec("breakdown_markers", tuple, _BREAKDOWN_MARKERS,
                            "Words after a total that introduce parts covering all of it."),
                  ParamSpec("partial_markers", tuple, _PARTIAL_MARKERS,
                            "Words that introduce some of the parts, or say the list is not complete."),
                  ParamSpec("exhaustive_markers", tuple, ("the rest", "the remaining", "the remainder", "the other",
                                                          "the others"),
                            "Words before a part that say it completes the total."),
                  ParamSpec("colon_is_exhaustive", bool, True,
                            "Take a list after a colon as the whole breakdown of the total before it."))),
        sentence=parts_total, document=said_parts_total),
    "impossible-share": Kind(
        KindSpec("impossible-share", "A percentage that no whole number out of its stated base gives.",
                 (_EXACT_BELOW, _APPOSITION_LINKS)),
        sentence=impossible_share),
    "unit-mixing": Kind(
        KindSpec("unit-mixing", "One document uses two unit systems for one dimension without conversions.",
                 (ParamSpec("imperial_units", tuple, _IMPERIAL,
                            "Unit names (pint spelling) counted as imperial or US customary."),)),
        document=unit_mixing),
    "unit-slip": Kind(
        KindSpec("unit-slip", "One document gives one number in two units, currencies or periods that cannot "
                 "both hold.",
                 (ParamSpec("imperial_units", tuple, _IMPERIAL,
                            "Unit names (pint spelling) counted as imperial or US customary."),
                  ParamSpec("min_value", float, 2.0, "Smallest number to compare (\"1 mile\" and \"1 km\" "
                            "are said in passing).", minimum=0.0),
                  ParamSpec("scale_factor", float, 10.0, "Two units of one system are a slip when one is at "
                            "least this many times the other (kilograms and tonnes, hours and days).",
                            minimum=1.0))),
        document=unit_slip),
    "unsupported-figure": Kind(
        KindSpec("unsupported-figure", "A figure no source states or implies, in a sentence about what the sources "
                 "cover (checked with --against).",
                 (*_TOLERANCES,
                  ParamSpec("min_coverage", float, 0.5, "Share of the sentence's content words one source "
                            "sentence must share for the sentence to be about what the sources cover.",
                            minimum=0.0))),
        against=unsupported_figure),
}  # fmt: skip


def kind_specs() -> dict[str, KindSpec]:
    return {name: kind.spec for name, kind in KINDS.items()}
