"""Relative days: a date the document sets by its distance from an event it dates ("tickets go on
sale a fortnight before the opening, on 30 April"), checked by the calendar against the event's date.

The event is named by its noun right after "before" or "after" ("the opening", "the reopening",
"the closure"), and its date is the document's one date of that event (numcheck.timing reads which
event a date is of). A distance in days, weeks, a fortnight or months is counted from that date; a
weekday ("the Friday before the reopening") is the nearest such day before or after it, and only
when the document gives the event's year. Anything else is left alone."""

from __future__ import annotations

import calendar
import contextlib
import datetime
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from numcheck.calendar_words import WEEKDAYS
from numcheck.model import Claim
from numcheck.scanning import LazyPattern
from numcheck.timing import date_key, day_and_month, weekday_named

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
# "a fortnight before the opening, on 30 April", "three days after the closure, 7 June",
# "the Friday before the reopening, 16 April", "the day after the reopening: 18 April"
_RELATIVE = LazyPattern(
    rf"\b(?:(?P<count>\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?P<unit>days?|weeks?|fortnights?|months?)|the\s+"
    rf"(?P<weekday>{_WEEKDAY_NAMES}|day))\s+(?P<side>before|after)\s+(?:the|its)\s+(?P<event>[a-z]+)"
    r"\s*[,:(–—-]?\s*(?:on\s+|which\s+is\s+)?$",
    re.IGNORECASE,
)
_REACH = 90  # how far before a date its distance from the event is looked for
# "the following Monday, 8 December", "next Friday (11 December)": a weekday after a dated one
_FOLLOWING = LazyPattern(
    rf"\b(?:the\s+)?(?:following|next)\s+(?P<weekday>{_WEEKDAY_NAMES})\s*[,:(–—-]?\s*(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_WEEKDAY_INDEX = {name.lower(): index for index, name in enumerate(WEEKDAYS)}
_FURTHEST = 42  # days: dated weekdays further apart may be of two years a document does not print
_COMMON_YEAR = 2001  # a year that is not a leap year, for days a document gives no year


@dataclass(frozen=True, slots=True)
class MisplacedDay:
    """A date the document sets by its distance from an event, which the calendar puts elsewhere."""

    date: Claim  # "30 April" in "a fortnight before the opening, on 30 April"
    event: Claim  # the event's own date: "14 May"
    expected: datetime.date  # the day the distance gives


def misplaced_days(
    claims: Sequence[Claim], event_dates: Mapping[str, Sequence[Claim]], nominals: Mapping[str, str], year: int | None
) -> Iterator[MisplacedDay]:
    """Each date set by its distance from a dated event ("a week after the closure, 11 June") that
    the event's date does not give. `event_dates` holds the document's dates of each event verb,
    `nominals` each event noun's verb, `year` the document's one year, if it gives one."""
    for claim in claims:
        day = day_and_month(claim)
        if day is None:
            continue
        at = claim.start - claim.sentence_start
        found = _RELATIVE.search(claim.sentence[max(0, at - _REACH) : at])
        if found is None:
            continue
        verb = nominals.get(found.group("event").lower())
        events = {day_and_month(event): event for event in event_dates.get(verb or "", ()) if event is not claim}
        events.pop(None, None)
        if len(events) != 1:
            continue  # no dated event, or two dates of it: which the distance counts from is unclear
        (event_day, event) = next(iter(events.items()))
        assert event_day is not None
        if any(other is not event and other.sentence_start == event.sentence_start and day_and_month(other)
               for other in claims):  # fmt: skip
            continue  # "opens on 12 September in Ashbury and on 19 September in Kelby": which one is unclear
        expected = _counted(found, event_day, year)
        if expected is None:
            continue
        if (expected.day, expected.month) != day:
            yield MisplacedDay(claim, event, expected)
    yield from _off_the_dated_weekday(claims)


def _off_the_dated_weekday(claims: Sequence[Claim]) -> Iterator[MisplacedDay]:
    """Each day that a dated weekday before it puts on another date: "Thursday 3 December", then
    "Saturday 7 December" (a Saturday is the 5th) or "the following Monday, 8 December" (the 7th).
    In any year: the days between two dates of one year or the next, at most six weeks apart, and
    not across the end of February unless the document gives its one year."""
    dates = sorted((claim for claim in claims if day_and_month(claim) is not None), key=lambda claim: claim.start)
    if not any(weekday_named(date) for date in dates):
        return
    years = {key for claim in claims if (key := date_key(claim)) is not None and len(key) == 4 and key.isdigit()}
    if len(years) > 1:
        return  # two years: which one a day is in, the words must say
    year = int(next(iter(years))) if years else None
    anchor: tuple[Claim, datetime.date, int] | None = None  # the date, its day, its weekday (Monday 0)
    for claim in dates:
        day = day_and_month(claim)
        assert day is not None
        named = weekday_named(claim)
        if anchor is not None:
            expected = _weekday_from(anchor[1], anchor[2], claim, day, named, year)
            if expected is not None:
                yield MisplacedDay(claim, anchor[0], expected)
                continue
        if named is not None:
            with contextlib.suppress(ValueError):
                anchor = (claim, datetime.date(year or _COMMON_YEAR, day[1], day[0]), _WEEKDAY_INDEX[named])


def _weekday_from(
    when: datetime.date, weekday: int, claim: Claim, day: tuple[int, int], named: str | None, year: int | None
) -> datetime.date | None:
    """The day the weekday `claim` names (or "the following Monday" before it) falls on, counted
    from `when`, which the document says is a `weekday`, when that is not `day`; None when it is,
    or when it cannot say. Only the named weekdays count: `when` may be read in a year of its own."""
    at = claim.start - claim.sentence_start
    following = _FOLLOWING.search(claim.sentence[max(0, at - _REACH) : at])
    if named is None and following is None:
        return None
    try:
        this = datetime.date(when.year, day[1], day[0])
        if this < when:
            this = datetime.date(when.year + 1, day[1], day[0])
    except ValueError:
        return None
    if (this - when).days > _FURTHEST or (year is None and when <= _end_of_february(when) < this):
        return None
    if named is not None:
        target = _WEEKDAY_INDEX[named]
        ahead = (target - weekday) % 7
        nearest = min(range(ahead, (this - when).days + 8, 7), key=lambda days: abs(days - (this - when).days))
        expected = when + datetime.timedelta(days=nearest)
    else:
        assert following is not None
        ahead = (_WEEKDAY_INDEX[following.group("weekday").lower()] - weekday) % 7
        expected = when + datetime.timedelta(days=ahead or 7)  # "the following Thursday" after one is a week on
    return None if expected == this else expected


def _end_of_february(when: datetime.date) -> datetime.date:
    """The last day of February after `when`: a count of days across it depends on the year."""
    year = when.year if when.month <= 2 else when.year + 1
    return datetime.date(year, 3, 1) - datetime.timedelta(days=1)


def _counted(found: re.Match[str], event: tuple[int, int], year: int | None) -> datetime.date | None:
    """The day the distance gives from the event's (day, month), in `year` or a common year."""
    sign = -1 if found.group("side").lower() == "before" else 1
    try:
        start = datetime.date(year or 2001, event[1], event[0])  # 2001: a common year, when none is given
    except ValueError:
        return None
    weekday = found.group("weekday")
    if weekday is not None and weekday.lower() == "day":
        return start + datetime.timedelta(days=sign)
    if weekday is not None:
        if year is None:
            return None  # "the Friday before": which day that is, only the year says
        target = [name.lower() for name in WEEKDAYS].index(weekday.lower())
        gap = (start.weekday() - target) % 7 if sign < 0 else (target - start.weekday()) % 7
        return start + datetime.timedelta(days=sign * (gap or 7))  # "the Friday before" a Friday is a week earlier
    count_text = found.group("count").lower()
    count = int(count_text) if count_text.isdigit() else _COUNTS[count_text]
    unit = found.group("unit").lower().rstrip("s")
    if unit == "month":
        month_index = start.month - 1 + sign * count
        year_of, month = start.year + month_index // 12, month_index % 12 + 1
        return datetime.date(year_of, month, min(start.day, calendar.monthrange(year_of, month)[1]))
    return start + datetime.timedelta(days=sign * count * _DAYS_IN[unit])
