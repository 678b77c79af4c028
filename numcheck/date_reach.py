"""Date reach: the days a date may name, and the days a start date and a length of time reach.

A reader turns "a six-week closure from 2 March" into "reopens in mid-April", and "work began in
March 2026 and will take 14 months" into "finished in 2027": one step of the calendar. A date is
read as the stretch of days it may name ("March 2026" is 1 to 31 March 2026, "2027" the whole
year, "9 March" one day of a year it does not give), and a length as the days it may last ("about
four weeks" is its hedged interval). The reach is every day the length lands on, counted on from
the start.

A date that gives no year is read in a common year (2001) and compared by its place in the year
only, never with a year: "9 March" and four weeks reach April of every year, no year in particular."""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from numcheck.calendar_words import MONTH_NUMBERS
from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.timing import date_key, month_alone, month_of_year

_NO_YEAR = 2001  # a common year, for a date that gives none
_DAYS_IN = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 365.25 / 12, "year": 365.25}
_YEAR_AFTER = LazyPattern(r"^,?\s*(?P<year>(?:1[6-9]|2[01])\d\d)\b")  # "9 March 2026", "March 9, 2026"
_YEAR = LazyPattern(r"^(?:1[6-9]|2[01])\d\d$")
_WITHIN_BEFORE = LazyPattern(r"\b(?:within|inside|in\s+under|in\s+less\s+than)\s+(?:the\s+next\s+|a\s+)?\Z", re.I)
_LONGEST_MONTH = 30  # days after a month's first: a start no longer than a month is one a reader counts from


@dataclass(frozen=True, slots=True)
class Stretch:
    """The days a date may name, first to last; `dated` when it gives its year."""

    first: datetime.date
    last: datetime.date
    dated: bool


def stretch_of(date: Claim) -> Stretch | None:
    """The days a date names: "2027", "March 2026", "in June", "9 March" (with its year when one
    follows it: "9 March 2026"); None for a weekday, a time or anything else."""
    if date.kind is not ClaimKind.DATE:
        return None
    key = date_key(date)
    if key is None:
        return None
    if _YEAR.match(key):
        year = int(key)
        month = month_of_year(date)
        if month is None:
            return Stretch(datetime.date(year, 1, 1), datetime.date(year, 12, 31), True)
        return _month(year, MONTH_NUMBERS[month], dated=True)
    alone = month_alone(date)
    if alone is not None:
        return _month(_NO_YEAR, MONTH_NUMBERS[alone], dated=False)
    number, _, month_name = key.partition(" ")
    if not number.isdigit() or month_name not in MONTH_NUMBERS:
        return None
    end = date.end - date.sentence_start
    written = _YEAR_AFTER.match(date.sentence[end:])
    year = int(written.group("year")) if written else _NO_YEAR
    try:
        day = datetime.date(year, MONTH_NUMBERS[month_name], int(number))
    except ValueError:
        return None
    return Stretch(day, day, written is not None)


def days_of(length: Claim, *, within: bool = False) -> tuple[float, float] | None:
    """The days a length of time may last, least and most: "about four weeks" is 25.2 to 30.8;
    None for a bound ("within 12 months", "up to six weeks"), a length in hours or less, or any
    other figure. With `within`, a length said "within" is the length itself ("within a four-day
    window, from 29 September to 2 October")."""
    per = _DAYS_IN.get((length.unit or "").removesuffix("s"))
    if per is None or length.kind is ClaimKind.DATE or length.low is None or length.high is None:
        return None  # "up to six weeks", "more than 14 months": a bound lands on no day
    at = length.start - length.sentence_start
    if not within and _WITHIN_BEFORE.search(length.sentence[max(0, at - 24) : at]):
        return None  # "a decision within 12 months": any day up to then
    low, high = length.low, length.high
    if not (0 < low <= high < float("inf")):
        return None
    return low * per, high * per


def reaches(start: Stretch, length: tuple[float, float], date: Stretch) -> bool:
    """Whether `length` counted on from `start` lands on `date`: most of the days it may land on
    are days of the date. The first day may count or not ("for 12 days from 3 March" ends on the
    14th or the 15th). Only forward: a length back from its date ("after two years, in 2026")
    would excuse a moved year as often as it reads one. A year alone starts only a length in
    whole years ("2027" and 12 months reach no year in particular); a date with no year is set
    beside the reach by its place in the year only, and a date that gives a year needs a start
    that does."""
    if date.dated and not start.dated:
        return False
    low, high = length
    if (start.last - start.first).days > _LONGEST_MONTH and not (low == high and low % _DAYS_IN["year"] == 0):
        return False
    first = start.first + datetime.timedelta(days=low - 1)
    last = start.last + datetime.timedelta(days=high)
    width = (last - first).days + 1
    for shift in _year_shifts(date, first, last):
        overlap = (min(last, _moved(date.last, shift)) - max(first, _moved(date.first, shift))).days + 1
        if 2 * overlap >= width:
            return True
    return False


def _year_shifts(date: Stretch, first: datetime.date, last: datetime.date) -> range:
    """The years to move an undated date by, to set it beside a reach that may cross a new year."""
    if date.dated:
        return range(0, 1)
    return range(first.year - date.first.year - 1, last.year - date.first.year + 1)


def _moved(day: datetime.date, years: int) -> datetime.date:
    """The same day `years` years on (28 February for 29 February in a common year)."""
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def _month(year: int, month: int, *, dated: bool) -> Stretch:
    last = calendar.monthrange(year, month)[1]
    return Stretch(datetime.date(year, month, 1), datetime.date(year, month, last), dated)
