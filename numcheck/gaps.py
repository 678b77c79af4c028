"""Gaps: a length of time a document gives as the distance between two of its dates or times of day,
which the calendar or the clock puts elsewhere.

Four shapes, each tied by its words alone, never by a guess at which event a date is of:
- "N later" beside a date ("ends on Sunday 27 September, 16 days later", "Twelve days later, on 20
  February", "opened in 2025, nine years later"): the length from some earlier date of the document
  to this one. Quiet when any earlier date gives it: which date "later" counts from, the words do not say.
- a date with its distance from another event set beside it ("on Tuesday 26 May (a week before the
  first sailing, on Saturday 13 June)", "closes on 10 April, a week before the race on 26 April"):
  the distance between the two dates. Without a date right before the distance, the date after it
  is the one set by it (numcheck.relative_days), and nothing is read here.
- a length in hours or minutes in the sentence of exactly two times of day, after both ("leaves at
  10.30am and is back by 5.15pm, nearly eight hours on the water"): the time between the two. A part
  of it (a break, the first hour), a rate or a repeat is never read.
- a length in days, weeks or months in the sentence of exactly two dates, after both ("left Hobart on
  8 January and docked on 23 March, a voyage of 74 days"): the days between the two, the first day
  counted or not; the same parts, rates and repeats are never read.
Dates are placed as numcheck.spans places them: a year after a day, the document's one year, or one
year read for days that give none."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.clock import minutes_after_midnight
from numcheck.frames import is_difference
from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.spans import Dated, placed_dates

_SECONDS_PER_DAY = 86_400.0
_DAYS_PER_UNIT = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 30.44, "year": 365.25}
_SLACK = 0.05  # writers round a distance: a twentieth of it beyond its last unit's half

# "..., 16 days later", "nine years later": a length that counts back to an earlier date
_LATER_AFTER = LazyPattern(r"^\s+(?:later(?!\s+than\b)|afterwards)\b", re.IGNORECASE)  # not "later than promised"
# between a date and "N later" after it: "27 September, 16 days later"; "in 2025, nine years later"
_DATE_THEN_LENGTH = LazyPattern(r"^\s*[,(–—-]\s*(?:just\s+|some\s+|only\s+)?$")
# between "N later" and the date after it: "Twelve days later, on 20 February"
_LENGTH_THEN_DATE = LazyPattern(r"^\s+later\s*,?\s*(?:on|in)\s+(?:the\s+)?$", re.IGNORECASE)
# a part, a delay or another repeat: "the first 12 days", "a further three weeks later"
_NOT_THE_GAP_BEFORE = LazyPattern(
    r"\b(?:first|last|final|another|further|extra|additional|every|each|per|than)\s+$", re.IGNORECASE
)

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
# right after a date: "(a week before the first public sailing, on ", ", three days after the race on "
_APPOSED_DISTANCE = LazyPattern(
    rf"^\s*[,(–—]\s*(?:just\s+|only\s+)?(?P<count>\d{{1,2}}|{'|'.join(_COUNTS)})\s+"
    r"(?P<unit>days?|weeks?|fortnights?|months?)\s+(?P<side>before|after|ahead\s+of)\s+"
    r"(?:the|its|her|his|their|our)\s+[^,;:()\d]{1,60}?,?\s+(?:on|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# a length of a clock span right after the later time's clause: "gives passengers nearly eight hours"
_CLOCK_LENGTH_BEFORE = LazyPattern(
    r"^[^;:.!?()]{0,60}?(?:,\s*|\b(?:giving|gives|give|gave|offering|offers|allowing|allows|spending|spends|"
    r"lasting|lasts|a\s+total\s+of|in\s+all)\s+(?:[a-z]+\s+){0,2})(?:about\s+|around\s+|nearly\s+|almost\s+|"
    r"roughly\s+|some\s+|just\s+(?:over|under)\s+|more\s+than\s+|less\s+than\s+|over\s+|under\s+)?$",
    re.IGNORECASE,
)
# a part of the span or another length: "a one-hour lunch", "every 20 minutes", "the first hour"
_NOT_THE_SPAN = LazyPattern(
    r"\b(?:first|last|final|every|each|per|break|lunch|interval|stop|stopover|wait|delay|late|later|extra|"
    r"another|further|walk|drive|ride|takes?|took)\b",
    re.IGNORECASE,
)
_NOT_THE_SPAN_AFTER = LazyPattern(
    r"^\s*(?:each|every|per|a\s+(?:day|week|time)|of\s+(?:it|which|the))\b", re.IGNORECASE
)
# "four days before Christmas", "ten days after the carnival": a distance from another day, not
# between the two dates ("a fortnight after it opens" still is)
_FROM_ANOTHER_DAY = LazyPattern(
    r"^\s+(?:before|ahead\s+of|after\s+(?:the\s+|its\s+)?(?!(?:opening|start|launch|it)\b)[A-Za-z][\w'’-]*"
    r"\s*(?:[,.;:)]|$))",
    re.IGNORECASE,
)
_BETWEEN_TIMES = LazyPattern(r"\b(?:and|to|until|till|by|through)\b|[–—-]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Gap:
    """A length the document gives between two dates or times, which they do not give."""

    cited: Claim  # the length's claim, or the date a distance is said beside
    earlier: Claim  # the date or time counted from
    later: Claim  # the date or time counted to
    said: str  # the length as written: "16 days", "a week"
    between: str  # what the two give: "106 days", "6 hours 45 minutes"
    shape: str = "between"  # "restated": a length in brackets, `earlier` the length; "age": `earlier` the year made


def _length_days(claim: Claim) -> tuple[float, float] | None:
    """The fewest and most days a length may mean: half its last unit either way when exact."""
    if claim.kind is not ClaimKind.MEASURE or claim.dimension != "[time]" or claim.per or claim.base_value is None:
        return None
    if claim.unit not in _DAYS_PER_UNIT or not claim.value:
        return None
    unit_days = claim.base_value / claim.value / _SECONDS_PER_DAY
    if claim.qualifier is None and claim.low == claim.high:
        return (claim.value - 0.5) * unit_days, (claim.value + 0.5) * unit_days
    low = claim.low if claim.low is not None and claim.low != float("-inf") else 0.0
    high = claim.high if claim.high is not None else float("inf")
    return low * unit_days, high * unit_days


def _fits(length: tuple[float, float], earlier: Dated, later: Dated, *, inclusive: float = 1.0) -> bool:
    """Whether the days between two placed dates may be the length, a twentieth's rounding aside."""
    fewest = max(0, (later.first - earlier.last).days)
    most = (later.last - earlier.first).days
    low, high = length
    return not (high < fewest * (1 - _SLACK) - inclusive or low > most * (1 + _SLACK) + inclusive)


def _days_text(earlier: Dated, later: Dated) -> str:
    fewest, most = max(0, (later.first - earlier.last).days), (later.last - earlier.first).days
    if most > 2 * 365:
        low, high = f"{fewest / 365.25:.1f}", f"{most / 365.25:.1f}"
        return f"{low} years" if low == high else f"{low} to {high} years"
    return f"{fewest} days" if fewest == most else f"{fewest} to {most} days"


def gaps(claims: Sequence[Claim]) -> Iterator[Gap]:
    """Every length or distance of the four shapes (see the module's note) that its dates or times
    do not give, and every length restated in brackets in another unit that it does not convert to."""
    ordered = sorted(claims, key=lambda claim: claim.start)
    yield from _bracketed_lengths(ordered)
    if not any(claim.kind is ClaimKind.DATE for claim in ordered):
        return  # (most documents date nothing: their lengths need not be read)
    yield from _ages(ordered)
    distance, span = _says_a_distance(ordered), _a_length_after_two_dates(ordered)
    if distance or span:  # (most that do say neither: their dates need not be placed)
        placed = placed_dates(ordered)
        if distance:
            yield from _later(ordered, placed)
            yield from _one_unit_later(placed)
            yield from _apposed(placed)
        if span:
            yield from _dated_spans(ordered, placed)
    yield from _clock_spans(ordered)


# A word each distance between two dates is said with: "16 days later", "afterwards", "a week
# before the race on", "two weeks after the handover on", "ahead of"
_DISTANCE_WORD = LazyPattern(r"later|after|before|ahead", re.IGNORECASE)


def _says_a_distance(ordered: Sequence[Claim]) -> bool:
    """Whether a sentence of the claims has a word that `_later`, `_one_unit_later` and `_apposed`
    read a distance by: without one, none of them finds anything."""
    return any(_DISTANCE_WORD.search(sentence) for sentence in {claim.sentence for claim in ordered})


def _a_length_after_two_dates(ordered: Sequence[Claim]) -> bool:
    """Whether a sentence gives two dates and then a length in days, weeks or months, which
    `_dated_spans` reads: without one, it finds nothing."""
    dates: dict[int, int] = {}
    for claim in ordered:  # (in order: a length counts the dates before it)
        if claim.kind is ClaimKind.DATE:
            dates[claim.sentence_start] = dates.get(claim.sentence_start, 0) + 1
        elif dates.get(claim.sentence_start, 0) >= 2 and claim.unit in _SPAN_UNITS and _length_days(claim):
            return True
    return False


_SPAN_UNITS = ("day", "week", "fortnight", "month")


def _later(ordered: Sequence[Claim], placed: Sequence[Dated]) -> Iterator[Gap]:
    by_claim = {id(dated.claim): dated for dated in placed}
    for length in ordered:
        days = _length_days(length)
        if days is None:
            continue
        at = length.start - length.sentence_start
        before, after = length.sentence[:at], length.sentence[at + len(length.text) :]
        if _NOT_THE_GAP_BEFORE.search(before[-20:]):
            continue
        later = None
        if _LATER_AFTER.match(after):
            later = next((d for d in reversed(placed) if d.claim.sentence_start == length.sentence_start
                          and d.claim.end <= length.start
                          and _DATE_THEN_LENGTH.match(length.sentence[d.claim.end - length.sentence_start : at])),
                         None)  # fmt: skip
        if later is None:
            later = next((d for d in placed if d.claim.sentence_start == length.sentence_start
                          and d.claim.start >= length.end
                          and _LENGTH_THEN_DATE.match(length.sentence[at + len(length.text) :
                                                                      d.claim.start - length.sentence_start])),
                         None)  # fmt: skip
        if later is None or id(later.claim) not in by_claim:
            continue
        earlier = [d for d in placed if d.claim.start < later.claim.start and d.claim is not later.claim
                   and d.last < later.first and d.claim.path == later.claim.path]  # fmt: skip
        if not earlier or any(_fits(days, d, later) for d in earlier):
            continue
        nearest = max(earlier, key=lambda d: d.claim.start)
        yield Gap(length, nearest.claim, later.claim, length.text.strip(), _days_text(nearest, later))


# "..., a week later", "A fortnight later, on 20 June": one unit of time, which extraction reads as no figure
_ONE_UNIT = r"(?P<unit>day|week|fortnight|month|year)"
_ONE_UNIT_AFTER = LazyPattern(rf"^\s*,\s*(?:just\s+|only\s+)?(?:a|one)\s+{_ONE_UNIT}\s+later\b", re.IGNORECASE)
_ONE_UNIT_BEFORE = LazyPattern(
    rf"(?:^|[.;:,]\s+|\b(?:and|but)\s+)(?:just\s+|only\s+)?(?:a|one)\s+{_ONE_UNIT}\s+later\s*,?\s*(?:on|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ONE_UNIT_SLACK = {"day": 0.0, "week": 1.0, "fortnight": 1.0, "month": 3.0, "year": 45.0}


def _one_unit_later(placed: Sequence[Dated]) -> Iterator[Gap]:
    """ "Season ends on 27 September, a week later": one unit of time from some earlier date."""
    for later in placed:
        at = later.claim.start - later.claim.sentence_start
        found = _ONE_UNIT_AFTER.match(later.claim.sentence[at + len(later.claim.text) :]) or _ONE_UNIT_BEFORE.search(
            later.claim.sentence[max(0, at - 60) : at]
        )
        if found is None:
            continue
        unit = found.group("unit").lower()
        days, slack = _DAYS_PER_UNIT[unit], _ONE_UNIT_SLACK[unit]
        earlier = [d for d in placed if d.claim.start < later.claim.start and d.last < later.first
                   and d.claim.path == later.claim.path]  # fmt: skip
        if not earlier or any(_fits((days - slack, days + slack), d, later, inclusive=0.0) for d in earlier):
            continue
        nearest = max(earlier, key=lambda d: d.claim.start)
        yield Gap(later.claim, nearest.claim, later.claim, f"a {unit} later", _days_text(nearest, later))


def _apposed(placed: Sequence[Dated]) -> Iterator[Gap]:
    for index, first in enumerate(placed[:-1]):
        second = placed[index + 1]
        if second.claim.sentence_start != first.claim.sentence_start:
            continue
        sentence, offset = first.claim.sentence, first.claim.sentence_start
        found = _APPOSED_DISTANCE.match(sentence[first.claim.end - offset : second.claim.start - offset])
        if found is None or first.first != first.last or second.first != second.last:
            continue
        count_text, unit = found.group("count").lower(), found.group("unit").lower().rstrip("s")
        count = int(count_text) if count_text.isdigit() else _COUNTS[count_text]
        days = count * _DAYS_PER_UNIT[unit]
        slack = 0.0 if unit == "day" else 1.0 if unit in ("week", "fortnight") else 3.0
        before = found.group("side").lower() != "after"
        earlier, later = (first, second) if before else (second, first)
        between = (later.first - earlier.first).days
        if -366 < between < 0:  # days with no year are read in the text's order: "on 16 September, two
            between += 365  # weeks after the handover on 2 September" puts 2 September a year on
        if abs(between - days) <= slack:
            continue
        said = f"{found.group('count')} {found.group('unit')} {found.group('side')}"
        yield Gap(first.claim, earlier.claim, later.claim, said, f"{between} days")


# a length of a span of dates right after the later date's clause: ", a voyage of 74 days", "lasting 11 weeks"
_NAMED_SPAN = LazyPattern(
    r"(?:a|an|the)\s+(?:[a-z-]+\s+){1,2}of\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$"
)


# "a fortnight longer than planned", "three weeks late": how far the span moved, not the span
_LONGER_AFTER = LazyPattern(r"^\s+(?:longer|shorter|late|early|behind|ahead|overdue|more|less|extra)\b", re.IGNORECASE)


def _dated_spans(ordered: Sequence[Claim], placed: Sequence[Dated]) -> Iterator[Gap]:
    """A length after the two dates of its sentence that it is the distance between (see the note)."""
    by_sentence: dict[int, list[Dated]] = {}
    for dated in placed:
        by_sentence.setdefault(dated.claim.sentence_start, []).append(dated)
    for length in ordered:
        pair = by_sentence.get(length.sentence_start, [])
        days = _length_days(length)
        if days is None or len(pair) != 2 or length.unit not in _SPAN_UNITS:
            continue
        earlier, later = sorted(pair, key=lambda dated: dated.claim.start)
        if length.start < later.claim.end or earlier.claim.path != length.path or later.first <= earlier.last:
            continue
        offset = length.sentence_start
        if not _BETWEEN_TIMES.search(length.sentence[earlier.claim.end - offset : later.claim.start - offset]):
            continue
        between_text = length.sentence[later.claim.end - offset : length.start - offset]
        if not (_CLOCK_LENGTH_BEFORE.match(between_text) or _NAMED_SPAN.search(between_text)):
            continue
        after = length.sentence[length.end - offset :]
        if _NOT_THE_SPAN.search(between_text) or _NOT_THE_SPAN_AFTER.match(after) or _FROM_ANOTHER_DAY.match(after):
            continue
        if is_difference(length) or _LONGER_AFTER.match(length.sentence[length.end - offset :]) or any(
            other.sentence_start == length.sentence_start and later.claim.end <= other.start < length.start
            and _length_days(other) is not None for other in ordered
        ):  # fmt: skip
            continue  # "ran for six weeks, a fortnight longer than planned": only the first length is the span
        if not _fits(days, earlier, later):
            yield Gap(length, earlier.claim, later.claim, length.text.strip(), _days_text(earlier, later))


def _clock_spans(ordered: Sequence[Claim]) -> Iterator[Gap]:
    times: dict[int, list[tuple[Claim, int]]] = {}
    for claim in ordered:
        minutes = minutes_after_midnight(claim.text) if claim.kind is ClaimKind.DATE else None
        if minutes is not None:
            times.setdefault(claim.sentence_start, []).append((claim, minutes))
    for length in ordered:
        pair = times.get(length.sentence_start, [])
        if len(pair) != 2 or length.unit not in ("hour", "minute") or length.kind is not ClaimKind.MEASURE:
            continue
        if length.per or length.base_value is None or length.dimension != "[time]":
            continue
        (opening, starts), (closing, ends) = pair
        if length.start < closing.end:
            continue
        offset = length.sentence_start
        if not _BETWEEN_TIMES.search(length.sentence[opening.end - offset : closing.start - offset]):
            continue
        between_text = length.sentence[closing.end - offset : length.start - offset]
        if not _CLOCK_LENGTH_BEFORE.match(between_text) or _NOT_THE_SPAN.search(between_text):
            continue
        if _NOT_THE_SPAN_AFTER.match(length.sentence[length.end - offset :]):
            continue
        minutes = (ends - starts) % (24 * 60)
        if not minutes:
            continue
        said_low = (length.low if length.low is not None else 0.0) * length.base_value / length.value / 60
        high = length.high if length.high is not None else float("inf")
        said_high = high * length.base_value / length.value / 60
        if length.qualifier is None and length.low == length.high and length.unit == "minute":
            slack = max(5.0, 0.05 * minutes)  # "100 minutes" is counted, not rounded
        elif length.qualifier is None and length.low == length.high:
            slack = max(10.0, 0.08 * minutes)
        else:
            slack = max(5.0, 0.05 * minutes)
        if said_low - slack <= minutes <= said_high + slack:
            continue
        hours, rest = divmod(minutes, 60)
        between = f"{hours} hours {rest} minutes" if rest else f"{hours} hours"
        yield Gap(length, opening, closing, length.text.strip(), between)


# a few words between a length and its restatement in brackets: "186 days in orbit (4,644 hours)",
# "her 40-day vigil (960 hours)"; the brackets hold the restatement alone
_TO_BRACKET = LazyPattern(
    r"^(?:[\s-]+[A-Za-z'’]+){0,3}\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|or\s+)?$",
    re.IGNORECASE,
)
_CLOSE_BRACKET = LazyPattern(r"^\s*\)")
_ROUNDING = 0.02  # a restatement written to its last digit may round that far


def _bracketed_lengths(ordered: Sequence[Claim]) -> Iterator[Gap]:
    """A length of time restated in brackets in another unit a few words on ("186 days in orbit
    (4,644 hours)"), which it does not convert to: beyond its rounding and the restatement's last digit."""
    lengths = [c for c in ordered if c.kind is ClaimKind.MEASURE and c.dimension == "[time]" and not c.per
               and c.base_value and c.value and c.low == c.high and c.unit]  # fmt: skip
    for first, second in itertools.pairwise(lengths):
        if first.sentence_start != second.sentence_start or first.unit == second.unit or first.end > second.start:
            continue
        offset = first.sentence_start
        if not _TO_BRACKET.match(first.sentence[first.end - offset : second.start - offset]):
            continue
        if not _CLOSE_BRACKET.match(first.sentence[second.end - offset :]):
            continue
        assert first.base_value is not None and second.base_value is not None
        unit = second.base_value / second.value  # seconds in the restatement's unit
        expected = first.base_value / unit
        # a length restated is read to its unit: "10-week (84 days)" is never 10 rounded from 12
        first_half = 0.5 if first.qualifier is None else first.value * 0.15
        worst = max(_ROUNDING * expected, second.precision / 2, first_half * first.base_value / first.value / unit)
        if abs(expected - second.value) <= worst:
            continue
        yield Gap(second, first, first, second.text.strip(), f"{expected:,.0f} {second.unit}s", shape="restated")


# "The 110-year-old vessel", "the tower, 150 years old": a thing's age, said of the thing (never of a
# person: "the 43-year-old skipper" is no age of the ship)
_AGE_AFTER = LazyPattern(r"^(?:-old|\s+years?\s+old)\b", re.IGNORECASE)
_AGE_NOUN = LazyPattern(r"^-old\s+([a-z]+)")
# "the tower, about 140 years old": the noun the age is set beside
_NOUN_BEFORE_AGE = LazyPattern(r"\b([a-z]+),\s+(?:about\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$")
# nouns that stand for any made thing, whatever the document named it: "the 110-year-old vessel"
_THING_NOUNS = frozenset(
    "vessel ship boat craft building structure landmark institution organisation organization firm company "
    "business venue".split()
)
_WORDS = LazyPattern(r"[A-Za-z]+")
# a year a thing was made in: "built in 1926", "a steamer built on the Clyde in 1926", "founded in 1889"
_MADE_BEFORE = LazyPattern(
    r"\b(?:built|constructed|erected|launched|founded|established|completed|planted|dating\s+from|dates\s+from)"
    r"(?:\s+[A-Za-z]+){0,4}?\s+(?:in|from)\s+$",
    re.IGNORECASE,
)
_BORN = LazyPattern(r"\bborn\b", re.IGNORECASE)
_YEAR_TEXT = LazyPattern(r"^(?:1[5-9]|20)\d\d$")


def _ages(ordered: Sequence[Claim]) -> Iterator[Gap]:
    """A thing's age ("the 110-year-old vessel") that the one year the document says it was made in
    ("built in 1926") and the document's latest year ("Saturday 13 June 2026") do not give. Quiet
    when the document makes two things, names anyone's birth, or gives no later year."""
    years = [c for c in ordered if c.kind is ClaimKind.DATE and _YEAR_TEXT.match(c.text.strip())]
    made = [c for c in years if _MADE_BEFORE.search(c.sentence[max(0, c.start - c.sentence_start - 60) :
                                                                c.start - c.sentence_start])]  # fmt: skip
    if len(made) != 1 or any(_BORN.search(c.sentence) for c in ordered):
        return
    made_in = int(made[0].text.strip())
    later = [int(c.text.strip()) for c in years if int(c.text.strip()) > made_in]
    if not later:
        return
    now = max(later)
    made_words = {word.lower() for word in _WORDS.findall(made[0].sentence)}
    for age in ordered:
        if age.kind is not ClaimKind.MEASURE or age.unit != "year" or age.low != age.high or age.per:
            continue
        after = age.sentence[age.end - age.sentence_start :]
        if not _AGE_AFTER.match(after):
            continue
        noun = (
            _AGE_NOUN.match(after)
            if after.startswith("-")
            else _NOUN_BEFORE_AGE.search(age.sentence[: age.start - age.sentence_start])
        )
        if noun is None or not (noun.group(1) in _THING_NOUNS or noun.group(1) in made_words):
            continue  # "the 64-year-old, who skippers her", "its 71-year-old president": not the thing's age
        expected = now - made_in  # its age this year, or a year less before its birthday
        slack = max(1.0, 0.03 * expected) if age.qualifier is None else max(2.0, 0.1 * expected)
        if expected - 1 - slack <= age.value <= expected + slack:
            continue
        yield Gap(age, made[0], made[0], age.text.strip(), f"{expected - 1} or {expected} years in {now}", shape="age")
