"""Relative days: a date the document sets by its distance from an event it dates ("tickets go on
sale a fortnight before the opening, on 30 April"), checked by the calendar against the event's date.

The event is named by its noun right after "before" or "after" ("the opening", "the reopening",
"the closure"), and its date is the document's one date of that event (numcheck.timing reads which
event a date is of). A distance in days, weeks, a fortnight or months is counted from that date; a
weekday ("the Friday before the reopening") is the nearest such day before or after it, and only
when the document gives the event's year. Anything else is left alone."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from numcheck.calendar_words import WEEKDAYS
from numcheck.model import Claim
from numcheck.timing import day_and_month

_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14}
_WEEKDAY_NAMES = "|".join(WEEKDAYS)
# "a fortnight before the opening, on 30 April", "three days after the closure, 7 June",
# "the Friday before the reopening, 16 April", "the day after the reopening: 18 April"
_RELATIVE = re.compile(
    rf"\b(?:(?P<count>\d{{1,2}}|{'|'.join(_COUNTS)})\s+(?P<unit>days?|weeks?|fortnights?|months?)|the\s+"
    rf"(?P<weekday>{_WEEKDAY_NAMES}|day))\s+(?P<side>before|after)\s+(?:the|its)\s+(?P<event>[a-z]+)"
    r"\s*[,:(–—-]?\s*(?:on\s+|which\s+is\s+)?$",
    re.IGNORECASE,
)
_REACH = 90  # how far before a date its distance from the event is looked for


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
