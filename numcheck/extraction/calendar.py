"""Days of the week and months named alone, as dates: "on Sunday", "at the end of July", "by June";
and the two times of day said in words, "at midnight" and "by noon".

A weekday or a month with no day is a date a reader compares ("the festival on Saturday" is not
"on Sunday"), but no figure: it is read here from its name. Its value is its place in the week
(Monday 1) or the year (January 1), and its text the name alone, so two such dates agree when they
name the same day or month; a month alone never equals a full date (numcheck.timing.date_key)."""

from __future__ import annotations

import dataclasses
import re

from numcheck.calendar_words import MONTHS, WEEKDAYS
from numcheck.extraction.readings import Reading
from numcheck.extraction.wordlists import may_hold, one_of
from numcheck.model import ClaimKind, Interval
from numcheck.scanning import LazyPattern

_PLACE = {name: index + 1 for names in (WEEKDAYS, MONTHS) for index, name in enumerate(names)}
# What a sentence must hold to name one (see wordlists.may_hold)
CALENDAR_WORDS = frozenset(name.lower() for name in (*WEEKDAYS, *MONTHS))

# Capitalised, as written: "march", "may" and "august" are also words of their own
NAMES = one_of((*WEEKDAYS, *MONTHS))
_NAME = LazyPattern(rf"\b(?P<name>{NAMES})(?![\w-])")
# A weekday that names a feast, a paper or a habit, not a day of this story: "Black Friday", "the
# Sunday Times", "Sunday school", "Easter Monday"
_FEAST_BEFORE = LazyPattern(
    r"\b(?:Black|Good|Super|Easter|Cyber|Palm|Ash|Maundy|Bloody|Holy|Giving|Blue|Fat|Shrove|Whit|Mothering|"
    r"Low|Plough|Small\s+Business)\s+\Z"
)
_HABIT_AFTER = LazyPattern(
    rf"\s+(?:(?!(?:{'|'.join(MONTHS)})\b)[A-Z][a-z]+|school|schools|best|driver|drivers|league|paper|papers|roast|roasts|blues|feeling|job|"
    r"jobs|supplement|magazine|edition|opening|trading|service|services|prayers|sermon|club)\b"
)
# A month needs a word of time before it: "June Whitfield", "a March on the capital", "May I"
# and "Theresa May" are no months; "of" only after a part of the month ("the end of July"). Nor a
# bare "by": "rates of 4.75% by December" restates "rates will end the year at 4.75%", a deadline
# named by a month it does not say ("by the end of July" is read).
_MONTH_BEFORE = LazyPattern(
    r"(?:\b(?:in|from|until|till|since|before|after|during|through|throughout|to|between|next|last|this|"
    r"early|late|each|every|(?:by|of)\s+(?:early|late)|(?:end|start|beginning|middle|close|turn|rest|half|month|week|"
    r"weeks|days|part)\s+of)|\bmid-?)\s*\Z",
    re.IGNORECASE,
)
# "between June and August", "in May or June": the second month of two
_MONTH_AND_BEFORE = LazyPattern(rf"\b(?:{'|'.join(MONTHS)})\s+(?:and|or|to)\s+\Z")
# A month with a day or a year ("June 4", "June 2026") is read by the figure readers.
# Only where they read it as a date: "in March, 2,720 were seen", "In March, 12 people were hurt" name
# March alone.
_DAY_OR_YEAR_AFTER = LazyPattern(rf",?\s+(?:the\s+)?(?P<figure>\d)|,?\s+(?:{'|'.join(MONTHS)})\b")
_DAY_BEFORE = LazyPattern(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?\Z")
# between a weekday and its date: "Monday 9 March", "Monday, the 9th of March", "Monday, June " (the
# figure readers read "June 4" from the day)
_WEEKDAY_JOIN = LazyPattern(rf",?\s+(?:the\s+)?(?:(?:{'|'.join(MONTHS)})\.?\s+)?")
_POSSESSIVE = LazyPattern(r"['’]s\b")
# "at midnight", "until noon", "shortly before midday", "at 12 noon": a time of day, keyed as "00:00" or
# "12:00" (numcheck.clock). Only after a word of time or a clock's 12: "the midnight oil", "a midnight
# feast", "High Noon" and "noonday" are no times.
TIME_WORDS = frozenset({"midnight", "noon", "midday"})
_TIME_WORD = LazyPattern(r"(?<![\w-])(?P<word>midnight|noon|midday)(?![\w-])", re.IGNORECASE)
_TIME_WORD_BEFORE = LazyPattern(
    r"\b(?:at|by|until|till|from|to|before|after|since|around|about|past|approximately|between|and|or|gone)"
    r"\s+(?:12\s*)?\Z",
    re.IGNORECASE,
)
_NOT_A_TIME_AFTER = LazyPattern(r"[\s-]+(?:oil|blue|feast|feasts|mass|sun|snack|snacks|express|run|raid|raids)\b", re.I)
_REACH = 40  # how far before a name its context is looked for


def calendar_names(text: str, readings: list[Reading]) -> list[Reading]:
    """The readings with each weekday and month named alone added, and a weekday that opens a full
    date made part of it ("Monday 9 March": one date, keyed by its day, that names its weekday)."""
    if not may_hold(text, CALENDAR_WORDS):
        return readings
    readings = list(readings)
    taken = [(r.start, r.end) for r in readings]
    found: list[Reading] = []
    for match in _NAME.finditer(text):
        start, end = match.span()
        if any(low < end and start < high for low, high in taken):
            continue  # "4 June", "June 4": a date the figure readers have read
        dated = _date_after(text, end, readings) if match.group("name") in WEEKDAYS else None
        if dated is not None:
            readings[dated] = dataclasses.replace(readings[dated], start=start)
            continue
        if _names_a_date(text, match.group("name"), start, end, readings):
            value = float(_PLACE[match.group("name")])
            found.append(Reading(start, end, ClaimKind.DATE, value, None, Interval.point(value), None, 1.0,
                                 figure_end=end))  # fmt: skip
    return sorted([*readings, *found], key=lambda r: r.start) if found else readings


def named_times(text: str, readings: list[Reading]) -> list[Reading]:
    """The readings with "midnight", "noon" and "midday" said as a time of day added; a clock's "12"
    before one made part of it ("at 12 noon")."""
    if not may_hold(text, TIME_WORDS):
        return readings
    readings = list(readings)
    found: list[Reading] = []
    for match in _TIME_WORD.finditer(text):
        start, end = match.span()
        before = _TIME_WORD_BEFORE.search(text, max(0, start - 16), start)
        if before is None or _NOT_A_TIME_AFTER.match(text, end):
            continue
        twelve = next((i for i, r in enumerate(readings) if r.value == 12 and r.kind is ClaimKind.COUNT
                       and r.end <= start and text[r.end : start].isspace()), None)  # fmt: skip
        if twelve is not None:
            start = readings.pop(twelve).start
        elif any(r.start < end and start < r.end for r in readings):
            continue
        value = 0.0 if match.group("word").lower() == "midnight" else 12.0
        found.append(Reading(start, end, ClaimKind.DATE, value, None, Interval.point(value), None, 1.0,
                             figure_end=end))  # fmt: skip
    return sorted([*readings, *found], key=lambda r: r.start) if found else readings


def _date_after(text: str, end: int, readings: list[Reading]) -> int | None:
    """The index of the day-and-month date right after a weekday: "Monday 9 March", "Monday, June 4"."""
    join = _WEEKDAY_JOIN.match(text, end)
    for index, reading in enumerate(readings):
        if reading.kind is ClaimKind.DATE and join and reading.start == join.end() and reading.value <= 31:
            return index
    return None


def _dated_after(text: str, end: int, readings: list[Reading]) -> bool:
    """Whether a day or a year the figure readers read as a date follows a month ("June 4", "June 2026")."""
    after = _DAY_OR_YEAR_AFTER.match(text, end)
    if after is None or after.group("figure") is None:
        return after is not None
    at = after.start("figure")
    return any(r.start == at and r.kind is ClaimKind.DATE for r in readings)


def _names_a_date(text: str, name: str, start: int, end: int, readings: list[Reading]) -> bool:
    before = text[max(0, start - _REACH) : start]
    if name in WEEKDAYS:
        # read before a full date too ("Monday 9 March"): a summary keeps the day and drops the date
        return not _FEAST_BEFORE.search(before) and not _HABIT_AFTER.match(text, end)
    if _DAY_BEFORE.search(before) or _dated_after(text, end, readings):
        return False
    if name == "May" and _POSSESSIVE.match(text, end):
        return False  # "May's government": a name
    return bool(_MONTH_BEFORE.search(before) or _MONTH_AND_BEFORE.search(before))
