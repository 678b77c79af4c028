"""Spans: a start, an end and a length of one spell of closure, work or a stay in one document, which
the calendar says do not fit ("closes on 2 March for six weeks", then "reopens on 27 April").

A document is read only when it dates one start ("closes", "shut", "work starts", "began", "imposed",
"arrive") and one end ("reopens", "back in service", "open again", "finish", "lifted", "expires",
"leave", "the closing gala") and the end comes after the start; with no closure dated, a run that
opens ("opens on", "the opening night") starts it. A
length is set against them only where its words tie it to that spell: in the sentence of the start
or the end ("Six weeks of repairs start on 2 March"), after "closed for" or "will take", as "N after
it shut", beside the spell's noun ("the closure, ten weeks in all"), or as a note's "length:" or
"length of closure:"; a count of nights, a day each, only in those sentences. A length in hours
("75 hours", "three days and nine hours") is set against the hours between the start's and the
end's times of day ("shuts at 9pm on Friday 16 October", "6am, Monday 19 October"), when both say one. A length
that says a part of the spell ("the last two years of"), a delay, an extra or a rate is never
compared. Dates without a year are read in the document's one year, or in the year that puts the
end after the start."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from numcheck.calendar_words import MONTH_NUMBERS, MONTHS
from numcheck.clock import minutes_after_midnight
from numcheck.frames import is_difference
from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.spells import REOPENS
from numcheck.timing import day_and_month, month_of_year

_SECONDS_PER_DAY = 86_400.0
_YEAR = LazyPattern(r"^(?:1[6-9]|2[01])\d\d$")
_REACH = 64  # how far before a date or length its cue is looked for
_CLAUSE_BREAK = LazyPattern(r"[.;:!?()]|,\s+(?:and|but|while|when)\s|\s(?:and|but)\s")
# what a run of days is opened and closed with: "the opening night", "the closing gala", "the last day"
_OCCASION = r"(?:night|gala|ceremony|concert|performance|party|day|weekend|screening|parade)"
# a run of trips opened and closed by its first and last: "the first public sailing", "the last flight"
_TRIP = r"(?:[a-z]+\s+)?(?:sailing|voyage|crossing|trip|flight|cruise)"
_START = LazyPattern(
    r"\b(?:clos(?:e|es|ed|ing|ure)|shut(?:s|ting|down)?|start(?:s|ed|ing)?|beg(?:in|ins|an|un)|commenc(?:e|es|ed)|"
    r"stop(?:s|ped|ping)?|impos(?:e|es|ed)|from|between|arriv(?:e|es|ed|ing|al)|dock(?:s|ed|ing)?|check(?:s|ed|ing)?[\s-]+in|"
    r"launch(?:es|ed)?|(?:lift|lifts|lifted|blast|blasts|blasted)\s+off)\b",
    re.IGNORECASE,
)
_END = LazyPattern(
    r"\b(?:reopen(?:s|ed|ing)?|back\s+in\s+(?:service|use)|finish(?:es|ed|ing)?|complet(?:e|es|ed|ion)|"
    r"end(?:s|ed|ing)?|until|re-?opening|lifted|expir(?:e|es|ed|y)|leav(?:e|es|ing)|left|depart(?:s|ed|ing|ure)?|check(?:s|ed|ing)?[\s-]+out|"
    r"open(?:s|ed)?(?:\s+[a-z]+){0,3}?\s+again|back\s+open|land(?:s|ed|ing)?|return(?:s|ed|ing)?\s+to\s+service|(?:splash|touch)(?:es|ed)?\s+down|"
    rf"(?:closing|last|final)\s+(?:{_OCCASION}|{_TRIP}))\b",
    re.IGNORECASE,
)
# a run's first day, where the document dates no closure: "the festival opens on 14 May", "the
# opening night", "launches on"; after a closure, an opening is its end and is read as none
_RUN_START = LazyPattern(
    rf"\b(?:open(?:s|ed|ing)?|launch(?:es|ed|ing)?|premieres?|(?:opening|first)\s+(?:{_OCCASION}|{_TRIP}))\b",
    re.IGNORECASE,
)
# "closed from 3 March to 14 April", "between 3 March and 14 April": the range's far end is an end
_RANGE_END = LazyPattern(
    r"\b(?:from|between)\s+(?:[A-Z][a-z]+\s+)?(?:1[6-9]|2[01])\d\d\s+(?:to|and|until|till)\s+(?:[A-Z][a-z]+\s+)?$|"
    r"(?:\b(?:from|between)\s+(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]m,?\s+(?:on\s+)?)?(?:[A-Z][a-z]+day,?\s+)?\d{1,2}\s+"
    r"[A-Z][a-z]+(?:\s+\d{4})?|\(\d{1,2}(?:st|nd|rd|th)?)\s+(?:to|and|until|till)\s+"
    r"(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]m,?\s+(?:on\s+)?)?$"
)  # and "(14 to 27 May)": a bracketed run of days, its month said once; "from 9pm on Friday 16 October to 6pm on"
_AFTER_BREAK = LazyPattern(r"[.;:!?(),]|\s(?:and|but)\s")
# "after her arrival", "before the closure": the point a date is counted from
_RELATIVE_BEFORE = LazyPattern(
    r"\b(?:after|before|since|following)\s+(?:(?:the|its|her|his|their|our|it|she|he|they|we)\s+)?$",
    re.IGNORECASE,
)
# "- start: ", "Works start | " (a table row's first cell, as the document's table reading gives it)
_LABEL = LazyPattern(r"^\s*(?:[-*•|]\s*)?([A-Za-z][A-Za-z ]{0,40}?)\s*[:|]\s*$")
_MONTH_LAST = LazyPattern(r"\b(?:" + "|".join(MONTHS) + r")\s+$")  # "- finish: July 2029": the year's month
# "- closes: 9pm, Friday 16 October": a time of day between a label and its day
_CLOCK_LAST = LazyPattern(r"\s*\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?,?\s*(?:on\s+)?$", re.IGNORECASE)
_START_LABELS = LazyPattern(
    rf"\b(?:start|starts|begins|closes|closed|closure|shut|launch|launched|departed|departure|set\s+sail|"
    rf"first\s+{_TRIP})\b",
    re.IGNORECASE,
)
_END_LABELS = LazyPattern(
    rf"\b(?:finish|end|ends|reopening|reopens|completion|back in service|landing|landed|returned|arrived\s+back|"
    rf"(?:last|final)\s+{_TRIP})\b",
    re.IGNORECASE,
)

_ROUGHLY = r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?$"
# "closed for nine months", "shut for 18 months": the length of the closure, wherever it is said
_CLOSED_FOR = LazyPattern(r"\b(?:closed|shut|closing|close|closes)\s+for" + _ROUGHLY, re.IGNORECASE)
# "without its home ice for seven weeks", "no trains for ten days": what the spell takes away, for its length
_MISSING_FOR = LazyPattern(r"\b(?:no|without)\s+(?:[A-Za-z'’]+\s+){1,4}for" + _ROUGHLY, re.IGNORECASE)
# "the restoration, which will have taken three years": a lasting verb of the work; "a boat takes
# four days to cover the canal" is another thing's time
_SPELL_NOUNS = (
    r"(?:closure|shutdown|work|works|repairs?|restoration|rebuild|refit|renovation|refurbishment|construction|"
    r"project|stay|visit|festival|season|mission)"
)
_WORK_TAKES = LazyPattern(
    rf"\b{_SPELL_NOUNS}\b[^.;:]*\b(?:take|takes|took|taken|taking|last|lasts|lasted|lasting)" + _ROUGHLY,
    re.IGNORECASE,
)
# A length planned in the past, which the dates may well overrun: "was meant to take", "had been
# expected to last", "was due to take about"
_PLAN_OF_THE_PAST = LazyPattern(
    r"\b(?:was|were|had\s+been)\s+(?:originally\s+|first\s+|initially\s+)?(?:meant|expected|supposed|due|"
    r"scheduled|planned|intended|forecast|budgeted|set)\s+to\s+(?:take|last|run)" + _ROUGHLY,
    re.IGNORECASE,
)
# a note's label for the spell's length: "length:", "duration of works:", "length of closure:", "closure length:"
_LENGTH_LABEL = LazyPattern(
    rf"^\s*(?:[-*•]\s*)?(?:(?:total\s+)?(?:length|duration)(?:\s+of\s+(?:the\s+)?{_SPELL_NOUNS})?|"
    r"time\s+(?:aboard|away|in\s+space|in\s+orbit|at\s+sea|on\s+board)|"
    rf"{_SPELL_NOUNS}\s+(?:length|duration))\s*[:|]\s*$",
    re.IGNORECASE,
)
# "The closure, a month and a half in all,", "the works (ten weeks)": a length set beside the spell's noun
_BESIDE_THE_SPELL = LazyPattern(rf"\b{_SPELL_NOUNS}\s*(?:,|\(|—|–)\s*$", re.IGNORECASE)
# "the two-year closure", "a closure of eight weeks": a length that names the spell itself
_NAMES_THE_SPELL = LazyPattern(rf"^(?:-long)?\s+{_SPELL_NOUNS}\b", re.IGNORECASE)
_SPELL_OF = LazyPattern(rf"\b{_SPELL_NOUNS}\s+of\s+$", re.IGNORECASE)
_SPELL_OWNS = LazyPattern(rf"\b{_SPELL_NOUNS}['’]s\s+$", re.IGNORECASE)  # "The mission's 36 weeks"
# "spent more than seven months aboard": the time a stay took; not "spent a week in hospital first"
_SPENT = LazyPattern(
    r"\b(?:spent|spends|spending|spend)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|just\s+"
    r"(?:over|under)\s+|some\s+)?$",
    re.IGNORECASE,
)
_SPENT_ELSEWHERE = LazyPattern(
    r"^\s+(?:in\s+(?:hospital|quarantine|training|isolation)|(?:\w+\s+){0,4}(?:first|before|after|waiting|training|"
    r"preparing))\b",
    re.IGNORECASE,
)
_AFTER_SHUT = LazyPattern(r"^\s+after\s+(?:it|they|the\s+[a-z]+)\s+(?:shut|closed|closing)\b", re.IGNORECASE)
# a length that is not the spell's: a part of it, a delay, an extra, a rate, a notice
_NOT_THE_SPELL_BEFORE = LazyPattern(
    r"\b(?:first|last|final|opening|closing|remaining|initial|early|another|extra|further|additional|every|each|"
    r"per|delayed\s+by|late\s+by|behind\s+by|within|before|than|(?:delay|extension|overrun|slip)\s+of)\s+$",
    re.IGNORECASE,
)
_NOT_THE_SPELL_AFTER = LazyPattern(
    r"^(?:-[a-z]+)?\s+(?:of\s+the\b|delay|late|later|earlier|behind|ahead|longer|shorter|more|less|extra|extension|"
    r"notice|warning|ago|old|a\s+|an\s+|per\b|each\b|every\b|before\b|after\b|short\s+of\b)",
    re.IGNORECASE,
)
# "will last six months": the verb, not "the last six months", a part of the spell
_LAST_AS_VERB = LazyPattern(r"\b(?:will|would|to|could|may|might|should|must|can|and)\s+last\s+$", re.IGNORECASE)
_MOST_SLACK_DAYS = 90  # the most that rounding adds beyond a length's last unit
_SLACK = 0.05  # writers round a spell's length, beyond its last unit's half: a twentieth of the dates' span


@dataclass(frozen=True, slots=True)
class Dated:
    """A date the calendar can place: the first and last day it may mean ("April 2025": 1 to 30 April)."""

    claim: Claim
    first: datetime.date
    last: datetime.date


@dataclass(frozen=True, slots=True)
class SpanMismatch:
    """A length of a spell that its start and end dates do not give."""

    length: Claim
    start: Dated
    end: Dated
    days: tuple[float, float]  # the fewest and most days the dates give
    hours: float | None = None  # the hours the dates' times of day give, for a length in hours


def mismatched_spans(claims: Sequence[Claim]) -> Iterator[SpanMismatch]:
    """Each length of the document's one dated spell that its start and end do not give."""
    ordered = sorted(claims, key=lambda claim: claim.start)
    lengths = [claim for claim in ordered
               if _in_days_to_years(claim) or _nights(claim) or _in_hours(claim) or _labelled_days(claim)]  # fmt: skip
    if not lengths:
        return  # (most documents give no length of a spell: their dates need not be read)
    placed = placed_dates(ordered)
    cued = [(dated, cues_of(dated.claim)) for dated in placed]
    starts = _distinct(dated for dated, (start, _) in cued if start)
    ends = _distinct(dated for dated, (_, end) in cued if end)
    if not starts:  # no closure: a run that opens ("the festival opens on 14 May") starts it
        starts = _distinct(dated for dated, (_, end) in cued if not end and _run_starts(dated.claim))
        # a reopening ends a closure, never the run that first opened ("opened in 1967", "reopens on 14 March")
        ends = [dated for dated in ends if not REOPENS.search(_clause_before(dated.claim))]
    elif not ends and len(starts) == 1:
        # "The exhibition opens on 3 March ... closing on 10 May": a run's close after its opening ends it
        opened = _distinct(dated for dated, (start, end) in cued if not start and not end and _run_starts(dated.claim))
        closing = starts[0].claim
        told_together = opened and opened[0].claim.sentence_start == closing.sentence_start
        # (not "It closes on 10 May for six weeks of repairs": a closure of its own)
        if (
            len(opened) == 1
            and told_together
            and opened[0].last < starts[0].first
            and not re.match(r"\s+for\b", closing.sentence[closing.end - closing.sentence_start :])
        ):
            starts, ends = opened, starts
    if len(starts) != 1 or len(ends) != 1 or starts[0].claim is ends[0].claim:
        return
    start, end = starts[0], ends[0]
    if end.last <= start.first:
        return
    fewest = max(0, (end.first - start.last).days)
    most = (end.last - start.first).days
    clocked = _hours_between(start, end, ordered)
    for length in lengths:
        if not _spell_length(length, start, end):
            continue
        if _in_hours(length):
            # "shuts at 9pm on Friday 16 October and reopens at 6am on Monday 19 October": 57 hours
            hours = (length.base_value or 0.0) / 3600
            if clocked is not None and abs(hours - clocked) > max(0.5, _SLACK * clocked):
                yield SpanMismatch(length, start, end, (clocked / 24, clocked / 24), hours=clocked)
            continue
        low, high = _length_days(length)
        # a run counted in days may count both its ends ("14 to 23 May" is ten days); nights never do
        inclusive = 1 if length.unit == "day" and not _nights(length) else 0
        # a count of days no one rounds ("186 days", not "60 days") is held to the day
        slack = 0.0 if length.unit == "day" and length.qualifier is None and length.value % 5 else _SLACK
        # a long spell is rounded to its unit, not by a twentieth: "20 years" is never 21
        if high < fewest - min(fewest * slack, _MOST_SLACK_DAYS) or low > (most + inclusive) + min(
            (most + inclusive) * slack, _MOST_SLACK_DAYS
        ):
            yield SpanMismatch(length, start, end, (fewest, most))


@dataclass(frozen=True, slots=True)
class RangeEndMismatch:
    """A day said to open or close a run that a range of days the document gives does not start or
    end on: "Dates: 14-23 May", then "The festival opens on 21 May"."""

    date: Claim
    range: Claim
    expected: tuple[int, int]  # (day, month) the range gives that end


# "14-23 May", "14–23 May", "14 to 23 May": a run of days in one month, said as one date
_DAY_RANGE = LazyPattern(
    r"^(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to)\s*(?P<last>\d{1,2})(?:st|nd|rd|th)?\s+"
    r"(?P<month>" + "|".join(MONTHS) + r")$"
)


def misdated_range_ends(claims: Sequence[Claim], thing_of: Callable[[Claim], str]) -> Iterator[RangeEndMismatch]:
    """The document's one day that opens a run, and its one day that closes it, against the
    document's one range of days ("14-23 May"), where they fall on other days. `thing_of` names what
    a date's event is of ("" when the words do not say): a day of another thing than the range's
    sentence names is never set against it ("The festival runs 14-23 May. The cinema opens on 16 May").
    The range may span months ("from 1 March to 31 August"); a closed range is set against its one
    reopening instead, which falls on its last day or the day after."""
    ordered = sorted(claims, key=lambda claim: claim.start)
    ranges = [(claim, days) for claim in ordered if (days := _range_of_days(claim)) is not None]
    if len(ranges) != 1:
        return  # none, or which run a day is of, the words must say
    run, (first, last) = ranges[0]
    if (first[1], first[0]) >= (last[1], last[0]):
        return
    if _CLOSURE_WORDS.search(run.sentence):
        # "shut 3-14 April", then "reopens on 15 April": a closure ends on or the day before its reopening
        yield from _misdated_reopening(ordered, run, last, thing_of)
        return
    subject = _subject_of_sentence(run.sentence)
    starts: list[Claim] = []
    ends: list[Claim] = []
    for claim in ordered:
        day = day_and_month(claim)
        if day is None or claim.sentence_start == run.sentence_start:
            continue
        thing = thing_of(claim)
        if subject and thing and not (subject.startswith(thing) or thing.startswith(subject)):
            continue
        if not subject and thing not in _RUN_NOUNS:
            continue  # "Dates: 14-23 May", then "Bookings open on 1 April": the bookings' own day
        if _RUN_ENDS.search(_clause_before(claim)):
            ends.append(claim)
        elif _run_starts(claim) or _BEGINS.search(_clause_before(claim)):
            starts.append(claim)
    for dated, expected in ((starts, first), (ends, last)):
        if len(dated) == 1 and day_and_month(dated[0]) != expected:
            yield RangeEndMismatch(dated[0], run, expected)


_REOPENING = LazyPattern(r"\b(?:reopen(?:s|ed|ing)?|re-open(?:s|ed|ing)?|opens?\s+again|back\s+open)\b", re.IGNORECASE)


def _misdated_reopening(
    ordered: Sequence[Claim], run: Claim, last: tuple[int, int], thing_of: Callable[[Claim], str]
) -> Iterator[RangeEndMismatch]:
    """The one reopening of the closed thing a document dates after a closed range of days ("The
    road will be closed from 4 to 22 July"), where it is neither the range's last day nor the day
    after ("the road reopens on 30 July"); another thing's reopening ("the gym reopens") is its own."""
    subject = _subject_of_sentence(run.sentence)
    reopenings = [
        claim
        for claim in ordered
        if claim.sentence_start != run.sentence_start
        and day_and_month(claim) is not None
        and _REOPENING.search(_clause_before(claim))
        and _of_the_subject(thing_of(claim), subject)
    ]
    if len(reopenings) != 1:
        return
    day, month = last
    try:
        after = datetime.date(2001, month, day) + datetime.timedelta(days=1)  # a year with no 29 February
    except ValueError:
        return
    if day_and_month(reopenings[0]) not in (last, (after.day, after.month)):
        yield RangeEndMismatch(reopenings[0], run, (after.day, after.month))


def _of_the_subject(thing: str, subject: str) -> bool:
    """Whether a date's thing may be the range sentence's subject: either is unsaid, or one names the other."""
    return not (subject and thing) or subject.startswith(thing) or thing.startswith(subject)


# what runs over a range of days, when a label gives the range ("Dates: 14-23 May")
_RUN_NOUNS = frozenset(
    "festival fair show exhibition season tournament championship conference congress games visit stay market "
    "carnival regatta rally tour".split()
)
_CLOSURE_WORDS = LazyPattern(r"\b(?:clos(?:e|es|ed|ing|ure)|shut\w*|works?|repairs?|roadworks)\b", re.IGNORECASE)
_RUN_ENDS = LazyPattern(
    rf"\b(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|closes?|(?:closing|last|final)\s+{_OCCASION})\b", re.IGNORECASE
)
_BEGINS = LazyPattern(r"\b(?:start(?:s|ed|ing)?|beg(?:in|ins|an|un))\b", re.IGNORECASE)


def _clause_before(claim: Claim) -> str:
    at = claim.start - claim.sentence_start
    return _CLAUSE_BREAK.split(claim.sentence[max(0, at - _REACH) : at])[-1]


# "9 to 17 October": the extractor reads the first day as a number of its own, before the date
_FIRST_DAY_BEFORE = LazyPattern(r"(?<![\d,.])(?P<first>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|until|till)\s*$")


# "from 1 March to 31 August": a range whose first day is a date of its own, in its own month
_FROM_DAY_BEFORE = LazyPattern(
    r"\b(?:from|between)\s+(?:[A-Z][a-z]+day,?\s+)?(?P<first>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>"
    + "|".join(MONTHS)
    + r")(?:,?\s+\d{4})?\s+(?:to|until|till|and)\s+(?:[A-Z][a-z]+day,?\s+)?$"
)


def _range_of_days(claim: Claim) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last (day, month) of a range of days said as a date ("14-23 May") or as a
    number and a date ("14 to 23 May"); None for any other claim."""
    found = _DAY_RANGE.match(claim.text.strip()) if claim.kind is ClaimKind.DATE else None
    if found is not None:
        month = MONTH_NUMBERS[found.group("month").lower()]
        return (int(found.group("first")), month), (int(found.group("last")), month)
    day = day_and_month(claim)
    if day is None:
        return None
    at = claim.start - claim.sentence_start
    before = _FIRST_DAY_BEFORE.search(claim.sentence[max(0, at - 12) : at])
    if before is not None:
        return (int(before.group("first")), day[1]), day
    across = _FROM_DAY_BEFORE.search(claim.sentence[max(0, at - 48) : at])
    if across is None:
        return None
    return (int(across.group("first")), MONTH_NUMBERS[across.group("month").lower()]), day


def _subject_of_sentence(sentence: str) -> str:
    """The lower-case noun before a sentence's first verb ("festival" in "The festival runs 14-23
    May"); "" for a label ("Dates: 14-23 May") or when it is not plain."""
    found = re.match(
        r"^\s*(?:The|This|Its|Their)\s+(?:[A-Za-z-]+\s+){0,2}?([a-z]+)\s+(?:[a-z]+s|run|take|last|open|go|are|will)\b",
        sentence,
    )  # and a plural subject's plain verb: "The Kelso games run 11-13 July"
    return found.group(1) if found else ""


def placed_dates(ordered: Sequence[Claim]) -> list[Dated]:
    """The document's dates the calendar can place, a day's year read after it, from the same day
    elsewhere or the document's one year; a year after a day is that day's, not a date of its own."""
    years = [claim for claim in ordered if _YEAR.match(claim.text.strip())]
    own: dict[int, int] = {}
    attached: set[int] = set()
    for claim in ordered:
        if day_and_month(claim) is None:
            continue
        written = _year_after(claim, years)
        if written is not None:
            own[id(claim)] = int(written.text.strip())
            attached.add(id(written))
    named = {int(claim.text.strip()) for claim in years if claim.kind is ClaimKind.DATE}
    only = next(iter(named)) if len(named) == 1 else None
    placed: list[Dated] = []
    for claim in ordered:
        if claim.kind is not ClaimKind.DATE or id(claim) in attached:
            continue
        day = day_and_month(claim)
        if day is not None:
            day_year = own.get(id(claim), only)
            number, month = day
            if day_year is None:  # no year anywhere: read by the other dates (`_in_one_year`)
                placed.append(Dated(claim, datetime.date(1, month, 1), datetime.date(1, month, 1)))
                continue
            try:
                when = datetime.date(day_year, month, number)
            except ValueError:
                continue
            placed.append(Dated(claim, when, when))
        elif _YEAR.match(claim.text.strip()):
            year, month_word = int(claim.text.strip()), month_of_year(claim)
            if month_word:
                month = MONTH_NUMBERS[month_word]
                last = calendar.monthrange(year, month)[1]
                placed.append(Dated(claim, datetime.date(year, month, 1), datetime.date(year, month, last)))
            else:
                placed.append(Dated(claim, datetime.date(year, 1, 1), datetime.date(year, 12, 31)))
    return _in_one_year(placed)


def _in_one_year(placed: list[Dated]) -> list[Dated]:
    """Days with no year in a document that names none ("from Tuesday 2 March", "back on 1 April"):
    read in one year, the next for a day before the first. Year-less days beside dated ones are dropped."""
    bare = [d for d in placed if d.first.year == 1]
    if not bare:
        return placed
    if len(bare) != len(placed):
        return [d for d in placed if d.first.year != 1]
    year, previous, read = 2001, None, []  # a year that is not a leap year; only gaps are measured
    for dated in bare:
        day = day_and_month(dated.claim)
        if day is None:
            continue
        try:
            when = datetime.date(year, day[1], day[0])
        except ValueError:
            continue  # "30 February": no day to place
        if previous is not None and when < previous:
            year += 1
            when = when.replace(year=year)
        read.append(Dated(dated.claim, when, when))
        previous = when
    return read


def _distinct(dates: Iterator[Dated]) -> list[Dated]:
    """One of each date: "2 March" said twice is one start."""
    seen: dict[tuple[datetime.date, datetime.date], Dated] = {}
    for dated in dates:
        seen.setdefault((dated.first, dated.last), dated)
    return list(seen.values())


def cues_of(claim: Claim) -> tuple[bool, bool]:
    """Whether the words of the date's clause before it say a start, and whether they say an end:
    "closes on", "work starts:", "will be reopened on". Both at once, as each is told by which of the
    two cues is nearer (tests/test_fast_paths.py: the same as asking of each cue alone)."""
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - _REACH) : at]
    opening = claim.sentence[:at]
    # (a label ends in a colon: most dates have none before them to cut a month from)
    label = (
        _LABEL.match(_CLOCK_LAST.sub("", _MONTH_LAST.sub("", opening))) if ":" in opening or "|" in opening else None
    )
    if label:
        cues = bool(_START_LABELS.search(label.group(1))), bool(_END_LABELS.search(label.group(1)))
        if any(cues) or not opening.rstrip().endswith("|"):
            return cues  # (a table row's cell that says neither, "| Opening concert |", is read as words)
    if _RANGE_END.search(before):
        return False, True
    clause = _CLAUSE_BREAK.split(before)[-1]
    if not clause.strip():  # "17 April 2027 is when the church reopens": the clause after says, up to
        # its first comma ("..., after closing in April 2025" is another date's)
        after = _AFTER_BREAK.split(claim.sentence[at + len(claim.text) :])[0]
        start, end = _last_at(_START, after), _last_at(_END, after)
        return start is not None and end is None, end is not None and start is None
    start, end = _last_at(_START, clause), _last_at(_END, clause)  # the nearer cue decides
    return start is not None and (end is None or start > end), end is not None and (start is None or end > start)


def _run_starts(claim: Claim) -> bool:
    """Whether the words of the date's clause before it open a run: "opens on", "the opening night is"."""
    at = claim.start - claim.sentence_start
    clause = _CLAUSE_BREAK.split(claim.sentence[max(0, at - _REACH) : at])[-1]
    if not clause.strip():
        clause = _AFTER_BREAK.split(claim.sentence[at + len(claim.text) :])[0]
    return _last_at(_RUN_START, clause) is not None


def _last_at(cue: LazyPattern, clause: str) -> int | None:
    """Where the last word of `cue` in the clause ends, or None: "to" after "from 3 March" ends later
    than "from" does. A cue that only sets a point the date is counted from, in an aside ("Her
    departure, five nights after her arrival, is set for"), is not the date's."""
    found = [
        match.end()
        for match in cue.finditer(clause)
        if not (_RELATIVE_BEFORE.search(clause, 0, match.start()) and "," in clause[match.end() :])
    ]
    return found[-1] if found else None


def _spell_length(claim: Claim, start: Dated, end: Dated) -> bool:
    """Whether a length is the spell's: its words tie it to the start or the end, and do not say a part
    of it, a delay, an extra or a rate; only of a length `_in_days_to_years`, or of `_nights`."""
    if _nights(claim):
        return claim.sentence_start in (start.claim.sentence_start, end.claim.sentence_start)
    if _labelled_days(claim):
        return True
    if is_difference(claim):
        return False  # "deliver it in the week of 23 November, five weeks later than we first promised": a delay
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - _REACH) : at]
    after = claim.sentence[at + len(claim.text) :]
    if _PLAN_OF_THE_PAST.search(before):
        return False  # "closed in January 2022 for work that was meant to take two years": the plan it missed
    if (_NOT_THE_SPELL_BEFORE.search(before) and not _LAST_AS_VERB.search(before)) or _NOT_THE_SPELL_AFTER.match(after):
        return bool(_AFTER_SHUT.match(after))
    if _LENGTH_LABEL.match(claim.sentence[:at]) or _CLOSED_FOR.search(before) or _AFTER_SHUT.match(after):
        return True
    if _MISSING_FOR.search(before):
        return True
    if _SPELL_OF.search(before) or _BESIDE_THE_SPELL.search(before) or _SPELL_OWNS.search(before):
        return True
    if _SPENT.search(before) and not _SPENT_ELSEWHERE.match(after):
        return True  # "She spent more than seven months aboard the station": the document's one stay
    if "-" in claim.text and _NAMES_THE_SPELL.match(after):
        return True
    if _WORK_TAKES.search(before) and not re.match(r"\s+to\s+[a-z]", after):
        return True
    # a length in the start's or the end's sentence, in their clause: not "will spend £220 million over
    # five years extending its quay; work on the quay starts in June 2025 and is due to finish in 2028"
    return any(_in_one_clause(claim, dated.claim) for dated in (start, end))


def _in_one_clause(claim: Claim, other: Claim) -> bool:
    """Two figures of one sentence with no semicolon between them."""
    if claim.sentence_start != other.sentence_start:
        return False
    first, last = sorted((claim.start, other.start))
    return ";" not in claim.sentence[first - claim.sentence_start : last - claim.sentence_start]


def _in_hours(claim: Claim) -> bool:
    """A length in hours, or in days and hours ("three days and nine hours"): set against the clock
    times of a spell's start and end, when both give one."""
    if claim.kind is not ClaimKind.MEASURE or claim.dimension != "[time]" or claim.per or claim.base_value is None:
        return False
    if claim.low != claim.high or claim.qualifier is not None:
        return False
    return claim.unit == "hour" or (claim.unit == "day" and claim.base_value % _SECONDS_PER_DAY != 0)


# the gap between a time of day and its day: "9pm on Friday 16 October", "9pm, Friday 16 October"
_CLOCK_GAP = LazyPattern(r"^,?\s*(?:on\s+)?$")


def _clock_of(dated: Dated, ordered: Sequence[Claim]) -> int | None:
    """The time of day said right before a day ("at 9pm on Friday 16 October"), in minutes."""
    for claim in ordered:
        if claim.sentence_start != dated.claim.sentence_start or claim.start >= dated.claim.start:
            continue
        gap = claim.sentence[claim.end - claim.sentence_start : dated.claim.start - claim.sentence_start]
        if _CLOCK_GAP.match(gap):
            return minutes_after_midnight(claim.text)
    return None


def _hours_between(start: Dated, end: Dated, ordered: Sequence[Claim]) -> float | None:
    """The hours from a spell's start to its end, when both are single days with a time of day."""
    if start.first != start.last or end.first != end.last:
        return None
    opening, closing = _clock_of(start, ordered), _clock_of(end, ordered)
    if opening is None or closing is None:
        return None
    hours = (end.first - start.first).days * 24 + (closing - opening) / 60
    return hours if hours > 0 else None


def _in_days_to_years(claim: Claim) -> bool:
    """Whether a claim is a length of time a spell can be given in: days, weeks, months or years."""
    if claim.kind is not ClaimKind.MEASURE or claim.dimension != "[time]" or claim.per or claim.base_value is None:
        return False
    return claim.unit in ("day", "week", "month", "year")


# a fact box's count of days: "- Days in space: 196", "Days at sea: 124"
_DAYS_LABEL = LazyPattern(r"^\s*(?:[-*•]\s*)?days\s+(?:in|at|on|aboard|away|of)\b[^:]{0,30}:\s*$", re.IGNORECASE)


def _labelled_days(claim: Claim) -> bool:
    """A count under a label that names what it counts as the spell's days: "- Days in space: 196"."""
    if claim.kind is not ClaimKind.COUNT or claim.low != claim.high or claim.unit is not None:
        return False
    return bool(_DAYS_LABEL.match(claim.sentence[: claim.start - claim.sentence_start]))


def _nights(claim: Claim) -> bool:
    """ "a stay of seven nights", "after five nights": a count of the nights between an arrival and
    a departure, one a day."""
    return claim.kind is ClaimKind.COUNT and claim.noun in ("night", "nights") and claim.low == claim.high


def _length_days(claim: Claim) -> tuple[float, float]:
    """The fewest and most days a length may mean, half its last unit either way when it is exact;
    a count of nights is that many days exactly."""
    if _nights(claim) or _labelled_days(claim):
        return claim.value, claim.value
    unit_days = (claim.base_value or 0.0) / (claim.value or 1.0) / _SECONDS_PER_DAY
    if claim.qualifier is None:
        return (claim.value - 0.5) * unit_days, (claim.value + 0.5) * unit_days
    low = claim.low if claim.low is not None and claim.low != float("-inf") else 0.0
    high = claim.high if claim.high is not None else float("inf")
    return low * unit_days, high * unit_days


def _year_after(claim: Claim, years: Sequence[Claim]) -> Claim | None:
    end = claim.start + len(claim.text)
    for year in years:
        if year.sentence_start == claim.sentence_start and year.start >= end:
            gap = claim.sentence[end - claim.sentence_start : year.start - claim.sentence_start]
            return year if re.fullmatch(r",?\s*", gap) else None
    return None
