"""Weekdays against the calendar: a date that names its weekday ("Friday 17 April") in a year the
document gives, when that day of that year falls on another weekday.

A year is given when it follows the date ("Friday 17 April 2027"), when the document gives the same
day and month with a year elsewhere ("17 April 2027", then "on Friday 17 April"), or when the
document names only one year and gives it with a full date or a month. A weekday set beside the date
("3 March 2027, a Monday", "Sunday (3 March 2027)") is its weekday as "Monday 3 March 2027" is.
With no year, or two years a date could belong to, a weekday is never checked: "Tuesday 14 March"
is right in some years."""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.calendar_words import MONTH_NUMBERS, WEEKDAYS
from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.timing import date_key, date_shape, month_of_year, weekday_alone, weekday_named

_YEAR = LazyPattern(r"^(?:1[6-9]|2[01])\d\d$")
_YEAR_FOLLOWS = LazyPattern(r"^,?\s*$")  # "17 April 2027", "April 17, 2027"


@dataclass(frozen=True, slots=True)
class OffCalendar:
    """A date whose weekday its year does not give: "Friday 17 April" in 2027, a Saturday."""

    date: Claim  # the date that names the weekday
    year: Claim  # the year it is read in: its own, or the one the document gives that day
    named: str  # the weekday the date names: "Friday"
    actual: str  # the weekday the calendar gives: "Saturday"
    written_with: bool  # the year is written with the date ("Friday 17 April 2027"): one figure, either part wrong


def off_calendar(claims: Sequence[Claim]) -> Iterator[OffCalendar]:
    """Each date in one document whose named weekday is not the one its year gives it."""
    dates = sorted((claim for claim in claims if claim.kind is ClaimKind.DATE), key=lambda claim: claim.start)
    if not any(weekday_named(date) or weekday_alone(date) for date in dates):
        return  # (most documents name no weekday with a date: their years need not be read)
    # a year right after a day is its year, whatever the extractor made of it ("17 April 2027 ends
    # two years of work" can read 2027 as a count of years)
    written = sorted((claim for claim in claims if _YEAR.match(claim.text.strip())), key=lambda claim: claim.start)
    own = {id(date): year for date in dates if (year := _year_after(date, written)) is not None}
    attached = {id(year) for year in own.values()}
    years = [claim for claim in written if claim.kind is ClaimKind.DATE or id(claim) in attached]
    by_day: dict[str, set[str]] = {}
    for date in dates:
        if id(date) in own:
            by_day.setdefault(_day_of(date) or "", set()).add(own[id(date)].text.strip())
    # a span of months or years may carry a day past the one year the document names: "began in June
    # 2024, took 14 months, and the first fans take their seats on Saturday 9 August"
    only_year = None if any(_spans_months(claim) for claim in claims) else _only_year(years, own)
    apposed = _apposed_weekdays(dates, own)
    for date in dates:
        named, day = weekday_named(date) or apposed.get(id(date)), _day_of(date)
        if named is None or day is None:
            continue
        year = own.get(id(date))
        written_with = year is not None
        if year is None:
            stated = by_day.get(day, set())
            if len(stated) > 1:
                continue  # the same day in two years: which one this is, the words must say
            text = next(iter(stated)) if stated else only_year
            year = next((claim for claim in years if claim.text.strip() == text), None)
        if year is None:
            continue
        actual = _weekday(day, int(year.text.strip()))
        if actual is not None and actual.lower() != named:
            yield OffCalendar(date, year, named.capitalize(), actual, written_with)


def off_calendar_in_source_years(drafts: Sequence[Claim], sources: Sequence[Claim]) -> Iterator[OffCalendar]:
    """Each date of a draft that names its weekday and no year, where the sources give that day with
    one year and the calendar gives it another weekday: "on Tuesday 9 March" against "at its
    meeting on 9 March 2026" (a Monday). A draft that gives a year of its own is its own check's."""
    years_by_day: dict[str, dict[str, Claim]] = {}
    for _, claims in itertools.groupby(sorted(sources, key=lambda c: (c.path, c.start)), key=lambda c: c.path):
        ordered = list(claims)
        written = [claim for claim in ordered if _YEAR.match(claim.text.strip())]
        for date in ordered:
            day = _day_of(date) if date.kind is ClaimKind.DATE else None
            if day is not None and (year := _year_after(date, written)) is not None:
                years_by_day.setdefault(day, {}).setdefault(year.text.strip(), year)
    if not years_by_day:
        return
    for _, claims in itertools.groupby(sorted(drafts, key=lambda c: (c.path, c.start)), key=lambda c: c.path):
        ordered = list(claims)
        if any(_YEAR.match(claim.text.strip()) for claim in ordered):
            continue  # the draft's own years say which year its days are in (`off_calendar`)
        for date in ordered:
            named, day = (weekday_named(date), _day_of(date)) if date.kind is ClaimKind.DATE else (None, None)
            if named is None or day is None:
                continue
            stated = years_by_day.get(day, {})
            if len(stated) != 1:
                continue  # the same day in two years: which one, the words must say
            ((text, year),) = stated.items()
            actual = _weekday(day, int(text))
            if actual is not None and actual.lower() != named:
                yield OffCalendar(date, year, named.capitalize(), actual, written_with=False)


# a weekday set beside a date: "4 June 2026, a Tuesday", "June 4 (a Tuesday)", ", which is a Tuesday"
_APPOSED_AFTER = LazyPattern(r"^\s*(?:,|\()\s*(?:which\s+(?:is|was|falls\s+on|fell\s+on)\s+)?an?\s+$")
_APPOSED_BEFORE = LazyPattern(r"^\s*\(\s*$")  # "on Tuesday (4 June 2026)"


def _apposed_weekdays(dates: Sequence[Claim], own: dict[int, Claim]) -> dict[int, str]:
    """The weekday a date is given beside it, by the date's id, where the date names none itself."""
    found: dict[int, str] = {}
    for weekday in dates:
        alone = weekday_alone(weekday)
        if alone is None:
            continue
        days = [d for d in dates if d.sentence_start == weekday.sentence_start and _day_of(d) and not weekday_named(d)]
        before = [d for d in days if d.start < weekday.start][-1:]
        after = [d for d in days if d.start > weekday.start][:1]
        for date in before + after:
            if date.start < weekday.start:
                end = own.get(id(date), date).end
                gap, pattern = (
                    date.sentence[end - date.sentence_start : weekday.start - date.sentence_start],
                    _APPOSED_AFTER,
                )
            else:
                gap, pattern = (
                    date.sentence[weekday.end - date.sentence_start : date.start - date.sentence_start],
                    _APPOSED_BEFORE,
                )
            if pattern.match(gap):
                found[id(date)] = alone
    return found


def _day_of(date: Claim) -> str | None:
    """ "17 april" for a date that names a day of a month, else None."""
    key = date_key(date)
    return key if key is not None and date_shape(key) == "day" and key[0].isdigit() else None


def _year_after(date: Claim, years: Sequence[Claim]) -> Claim | None:
    """The year written right after a day and month: "2027" in "Friday 17 April 2027"."""
    if _day_of(date) is None:
        return None
    end = date.start + len(date.text)
    for year in years:
        if year.sentence_start == date.sentence_start and year.start >= end:
            gap = date.sentence[end - date.sentence_start : year.start - date.sentence_start]
            return year if _YEAR_FOLLOWS.match(gap) else None
    return None


def _spans_months(claim: Claim) -> bool:
    return claim.kind is ClaimKind.MEASURE and claim.unit in _LONG_UNITS


_LONG_UNITS = frozenset({"month", "year", "decade"})


def _only_year(years: Sequence[Claim], own: dict[int, Claim]) -> str | None:
    """The document's one year, when it names no other and gives it with a full date or a month
    ("on 3 March 2026", "in September 2026", "Published March 2026"): the year its other days are
    in. A year said alone ("reopens in 2026", "built in 1885") may be any event's, not the days';
    a document naming two years says nothing of which a bare day is in."""
    # a year of what comes next is not the year the document's own days are in: "Annual general
    # meeting, Saturday 22 November ... The next AGM will be held in November 2026"
    years = [year for year in years if not _OF_WHAT_COMES_NEXT.search(year.sentence)]
    named = {year.text.strip() for year in years}
    if len(named) != 1 or not (own or any(month_of_year(year) is not None for year in years)):
        return None
    return next(iter(named))


_OF_WHAT_COMES_NEXT = LazyPattern(r"\bnext\b", re.IGNORECASE)


def _weekday(day: str, year: int) -> str | None:
    """The weekday of "17 april" in `year`; None for a day the month does not have ("30 february")."""
    number, month = day.split(" ", 1)
    try:
        return WEEKDAYS[datetime.date(year, MONTH_NUMBERS[month], int(number)).weekday()]
    except (ValueError, KeyError):
        return None
