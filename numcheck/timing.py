"""Timing: which event a date or a duration is of, read from the words right around it.

Dates and durations are never linked as amounts: a document names many years and many periods.
Two of them are one fact only when the same verb or event noun governs both, of the same thing,
and nothing (another thing, a repeat, a different order word) tells them apart."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from numcheck.calendar_words import MONTH_NUMBERS, MONTHS, WEEKDAYS
from numcheck.clock import minutes_after_midnight
from numcheck.frames import is_headline
from numcheck.layout import is_aligned_row
from numcheck.model import Claim, ClaimKind
from numcheck.remembered import ClaimMemory
from numcheck.scanning import LazyPattern
from numcheck.subjects import is_proper_noun, lemma, word_stem
from numcheck.vocabulary import PERSON_NOUNS, Vocabulary, load_vocabulary


@dataclass(frozen=True, slots=True)
class Timing:
    """The event one date or duration is of; compared whole, as a key."""

    what: str  # "year", "day" or "duration": only like is compared with like
    verb: str | None  # canonical verb: "light" in "first lit in 1859"; "follow" in "follow them for 18 months"
    thing: str | None  # what the event is of: "lighthouse", "study"; None: the document's one such event
    order: str  # "first", "last", "" : "first lit" and "lit" are not one event
    modifiers: frozenset[str]  # words before the thing: "new" in "the new wing opened in 2005"
    means: str = ""  # a phrase between verb and date: "by gas" in "first lit by gas in 1851"
    alias: str | None = None  # what an apposition renames: "lighthouse" in "the lighthouse, a tower first lit in 1859"
    new_mention: bool = False  # "a seven-minute target": an indefinite phrase introduces a thing, never refers back
    label: str | None = None  # a table row's label ("ashcombe"): the row is of the thing the document names so
    tense: str = ""  # "planned" ("will open", "plans to open"), "done" ("opened"), "": not said (a noun, a bullet)


# Verbs that name one event for timing, beyond the vocabulary's synonyms: a light is "lit",
# "shown" or "shining"; a road "closes" or "shuts"; work "begins" or "starts".
_EVENT_SYNONYMS = {"show": "light", "shine": "light", "shut": "close", "start": "begin", "commence": "begin",
                   "establish": "found", "launch": "open", "inaugurate": "open", "date": "build",
                   "leave": "depart", "follow": "monitor", "track": "monitor"}  # fmt: skip
# Present tenses that name a scheduled event: "the bridge closes on 4 June".
_SCHEDULE_VERBS = frozenset(
    "opens closes shuts begins starts ends finishes launches reopens resumes open close shut begin start finish reopen "
    "resume".split()
)
_IRREGULAR = frozenset("lit shown shone begun began run ran built shut sold won held founded".split())
# Nouns that name an event, and its verb: "the closure of the bridge" is when the bridge closes.
_NOMINALS = {"closure": "close", "shutdown": "close", "opening": "open", "completion": "complete",
             "demolition": "demolish", "construction": "build", "founding": "found", "launch": "open",
             "reopening": "reopen", "closing": "close", "arrival": "arrive", "departure": "depart", "move": "move",
             "start": "begin", "suspension": "suspend", "appointment": "appoint", "retirement": "retire",
             "resignation": "resign", "acquisition": "acquire", "purchase": "buy", "naming": "name",
             "unveiling": "unveil", "dedication": "dedicate"}  # fmt: skip
# "the old pier" and "the pier" may be two piers; "the new school" and "the school" are one, unless
# both sides name their own ("the new wing" and "the old wing"), or "a new school" introduces another
_DISTINCT = frozenset("other newer old older former later earlier original".split())
_REFERRING = frozenset({"new"})
_BEGINS = frozenset("begins began starts started takes took".split())
_ORDER_WORDS = frozenset("first last originally initially finally officially".split())
# A repeat or another of its kind: "reopened in 2005", "closed again in 2010", "a second wing". Only
# an event verb done again is a repeat: "reached", "reported" or "received" say nothing of one
_REPEAT = LazyPattern(
    r"\b(?:again|re-?(?:open|launch|start|clos|locat|nam|establish|found|introduc|dedicat|consecrat|instat|install|"
    r"elect|convene|light)ed|re-?(?:lit|built)|second|third|another|annual|annually|"
    r"(?:each|every)\s+(?:year|month|week|day|time|spring|summer|autumn|winter))\b",
    re.IGNORECASE,
)
_DUE = frozenset("due set scheduled going".split())
# "New library to open on 19 October": a headline's infinitive of a scheduled event
_SCHEDULED = frozenset("open close shut reopen begin start end finish launch".split())
# The events timing names by a verb or its noun: a day of one is no day of another
NAMED_EVENTS = frozenset(_NOMINALS.values()) | _SCHEDULED | {"arrive", "depart", "end"}
_BEFORE_VERB = frozenset("which that it to due set scheduled".split())
_PLACE_PREPOSITIONS = frozenset("in at over on near across along under beside behind outside off to from".split())
_MODALS = frozenset("will would shall should can could may might must".split())
_AUXILIARIES = frozenset("was were is are be been being has have had".split()) | _MODALS
# Verbs of intent before an infinitive: "the trust plans to open", "which the council expects to open"
_INTENT = frozenset(
    "expect expects expected plan plans planned hope hopes hoped aim aims aimed intend intends intended want wants "
    "wanted promise promises promised due set scheduled going likely poised ready meant supposed course track".split()
)
# "was due to open", "had planned to open": a plan the document says was overtaken, not a date of the event
_SUPERSEDED = LazyPattern(
    r"\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first)\s+)?(?:due|expected|scheduled|set|meant|"
    r"supposed|planned|going|hoped)\s+to\b|\bhad\s+(?:(?:originally|initially)\s+)?(?:planned|hoped|intended|"
    r"expected|aimed|promised|wanted)\s+to\b",
    re.IGNORECASE,
)
_SKIP = frozenset(
    """the a an its their his her our this that these those of and or to for in on at by with when where while
    after before since until as because if but who whom which what it they he she we you i them him us there""".split()
)
_WORD = LazyPattern(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*")
_YEAR_ONLY = LazyPattern(r"^(?:1[5-9]|20)\d\d$")
_MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)"
# a weekday may open a full date: "Monday 9 March", "Monday, June 9" (extraction/calendar.py)
_WEEKDAY_OPENING = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"
_DAY_MONTH = LazyPattern(
    rf"^{_WEEKDAY_OPENING}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}$"
    rf"|^{_WEEKDAY_OPENING}{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?$"
)
_MONTH_BEFORE = LazyPattern(rf"\b{_MONTH}\s+$")
# a year of the common era as extraction reads it: "270 AD", "476 CE", or "270" after "AD "
_ERA_YEAR = LazyPattern(r"^(?P<year>\d{1,4})(?:\s?(?P<era>A\.D\.|AD|CE))?$")
_ERA_BEFORE = LazyPattern(r"(?<![\w.-])A\.?D\.?\s?$")
_LONGEST_MONTH = len("September")
_REACH = 60  # how far before a date its event's words are looked for: patterns search only this tail


_CALENDAR_PLACE = frozenset((*WEEKDAYS, *MONTHS))
_MONTH_KEYS = frozenset(month.lower() for month in MONTHS)
_WEEKDAY_KEYS = frozenset(day.lower() for day in WEEKDAYS)


def _without_month(before: str) -> str:
    """`before` without a month name that ends it ("on June "), as `_MONTH_BEFORE.sub("", before)`
    gives, but searched only where that name can start: a date late in a long sentence does not
    send the pattern over every character before it."""
    found = _MONTH_BEFORE.search(before, max(0, len(before.rstrip()) - _LONGEST_MONTH))
    return before if found is None else before[: found.start()]


# ", the day of the reopening": an apposition after a date that names its event
_DAY_OF_AFTER = LazyPattern(
    r"^,\s+the\s+(?:day|date|night|morning|evening|weekend)\s+of\s+(?:the|its|their)\s+([a-z]+)\b"
)
# "the first day of the sale, ", "on the last night of the festival": a day that bounds an event,
# of the document's one verb that begins (or ends) that thing (`with_referents`)
_BOUNDARY_DAY = LazyPattern(
    r"\b(?:the|its|their)\s+(?P<which>first|opening|last|final|closing)\s+(?:day|night|evening)\s+of\s+"
    r"(?:the|its|their|this|our)\s+(?:[a-z]+\s+)?(?P<thing>[a-z]+)\s*,?\s*(?:(?:on|is|was|will\s+be)\s+)?$",
    re.IGNORECASE,
)
# "the pharmacy's last day is ", "its final day of trading, ": the day that bounds the owner's own
# run, of the one verb the document ends (or begins) the owner with
_OWNED_BOUNDARY_DAY = LazyPattern(
    r"(?P<owner>\b[A-Za-z][\w-]*['’]s|\b(?:[Ii]ts|[Tt]heir))\s+(?:very\s+)?(?P<which>first|opening|last|final|closing)"
    r"\s+day(?:\s+of\s+(?:trading|business|service|opening))?\s*,?\s*(?:(?:on|is|was|will\s+be|falls\s+on)\s+)?$",
)
_FIRST_DAY = "first day"  # not a verb: printed in a finding only when no verb begins the thing
_LAST_DAY = "last day"
# the verbs a first (or last) day is of: "the sale starts", "the exhibition opens", "the trial ends"
_BOUNDED_BY = {
    _FIRST_DAY: frozenset("begin open launch".split()),
    _LAST_DAY: frozenset("end close finish complete".split()),
}
# "on Saturday ": a weekday before a date, which names the same day
_WEEKDAY_BEFORE = LazyPattern(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?$")


def _boundary(found: re.Match[str]) -> str:
    """The first or the last day a boundary phrase names."""
    return _FIRST_DAY if found.group("which").lower() in ("first", "opening") else _LAST_DAY


def _without_weekday(before: str) -> str:
    """`before` without a weekday that ends it ("on Saturday "), which names the same day."""
    found = _WEEKDAY_BEFORE.search(before, max(0, len(before) - 16))
    return before if found is None else before[: found.start()]


_DATE_PREPOSITION = LazyPattern(r"(?:\s+(?:in|on|from|since|by|at))?\s*\(?$")
# "closed to traffic", "lit by gas", "opens to the public", "closes for refurbishment": how or for
# what, between the verb and its date
_MEANS = LazyPattern(r"\b([a-z]+)\s+((?:by|with|to|for)\s+(?:the\s+)?[a-z]+)$")
_DURATION_FOR = LazyPattern(r"\b(?:for|over)\s+(?:the\s+(?:full\s+|whole\s+|entire\s+)?)?$")
_APPOSITION = LazyPattern(r"\b([a-z]{3,}),\s+an?\s+[^,;:()]*$")
_INDEFINITE = LazyPattern(r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[^\s.;:!?]+\s+){0,2}$")
_HYPHENATED = LazyPattern(r"-(?:year|month|week|day|hour|minute)$", re.IGNORECASE)
_OBJECT_ENDS = frozenset("into onto from across through along towards past under over at in on to with".split())
# Verbs that give an event its own length: "the study will run for 18 months" is the 18-month study.
_LASTING = frozenset("run last take continue go".split())
_LASTS = frozenset("runs lasts continues".split())


def date_key(claim: Claim) -> str | None:
    """What a date says, comparably: "1859", "4 june", "19:30" (for "7.30pm"), "june" and "sunday"
    for a month or a weekday named alone (extraction/calendar.py); None for anything else (a range).

    Worked out once per claim: the date checks of a document ask it of each date five times over."""
    return _DATE_KEYS.of(claim)


def _date_key(claim: Claim) -> str | None:
    text = claim.text.strip()
    if text in _CALENDAR_PLACE:
        return text.lower()
    clock = minutes_after_midnight(text)
    if clock is not None:
        return f"{clock // 60:02d}:{clock % 60:02d}"
    if _YEAR_ONLY.match(text):
        return text
    found = _DAY_MONTH.match(text)
    if found:
        day = found.group(1) or found.group(4)
        month = found.group(2) or found.group(3)
        return f"{int(day)} {month.lower()}"
    at = claim.start - claim.sentence_start
    month_before = _MONTH_BEFORE.search(claim.sentence[max(0, at - 12) : at])
    if text.isdigit() and month_before:  # "on June 4": the extractor keeps the day alone
        return f"{int(text)} {month_before.group(1).lower()}"
    era = _ERA_YEAR.match(text)
    if era and (era.group("era") or _ERA_BEFORE.search(claim.sentence[max(0, at - 5) : at])):
        return str(int(era.group("year")))  # "AD 270", "270 AD": the year, however few its digits
    return None


_DATE_KEYS = ClaimMemory(_date_key)


def day_and_month(claim: Claim) -> tuple[int, int] | None:
    """(day, month) of a date that names a day of a month: (4, 6) for "4 June"; None for any other."""
    key = date_key(claim) if claim.kind is ClaimKind.DATE else None
    if key is None or date_shape(key) != "day" or not key[0].isdigit():
        return None
    number, month = key.split(" ", 1)
    return int(number), MONTH_NUMBERS[month]


def date_shape(key: str) -> str:
    """What a date key names, so only like is compared with like: "year", "time", "weekday" or
    "day" (a day of a month, or a month alone, which `dates_agree` sets against the day's month)."""
    if key.isdigit():
        return "year"
    if ":" in key:
        return "time"
    return "weekday" if key.capitalize() in WEEKDAYS else "day"


def _month_of_key(key: str | None) -> str | None:
    """The month a day or month key names: "june" for "4 june" and for "june"."""
    month = None if key is None else key.rsplit(" ", 1)[-1]
    return month if month is not None and month.capitalize() in MONTHS else None


def month_alone(claim: Claim) -> str | None:
    """The month a date names with no day or year ("by June"), lower-cased; None for any other."""
    key = date_key(claim) if claim.kind is ClaimKind.DATE else None
    return key if key in _MONTH_KEYS else None


# "on the 21st", "until the 3rd": a day of the month named by its ordinal alone; not "the 21st
# century", "the 3rd time", "her 18th birthday"
_ORDINAL_DAY = LazyPattern(r"^(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$")
_ORDINAL_DAY_BEFORE = LazyPattern(r"\b(?:on|from|by|until|till|since)\s+the\s+$", re.IGNORECASE)
_ORDINAL_DAY_AFTER = LazyPattern(
    r"^(?:\s*(?:[,.;:!?)\"”]|$)|\s+(?:with|and|when|as|at|but|because|if|weather|so|for)\b)"
)
# "On the 12th we open", "Come the 20th she'll be full": a day that opens its clause, its subject after it
_ORDINAL_DAY_OPENING = LazyPattern(r"(?:^|[\"“‘'(]\s*)(?:[Oo]n|[Cc]ome)\s+the\s+$")
_SUBJECT_AFTER = LazyPattern(r"^\s+(?:we|they|it|she|he|you|I)(?:['’][a-z]+)?\b")


def ordinal_day(claim: Claim) -> int | None:
    """The day of the month an ordinal names alone ("We open on the 21st"): 21; None for any other."""
    found = _ORDINAL_DAY.match(claim.text.strip()) if claim.kind is ClaimKind.ORDINAL else None
    if found is None:
        return None
    at = claim.start - claim.sentence_start
    before, after = claim.sentence[max(0, at - 12) : at], claim.sentence[at + len(claim.text) :]
    opening = _ORDINAL_DAY_OPENING.search(before) and _SUBJECT_AFTER.match(after)
    if not (opening or (_ORDINAL_DAY_BEFORE.search(before) and _ORDINAL_DAY_AFTER.match(after))):
        return None
    return int(found.group("day"))


def weekday_alone(claim: Claim) -> str | None:
    """The weekday a date names with no day of the month ("on Sunday"), lower-cased; None for any other."""
    key = date_key(claim) if claim.kind is ClaimKind.DATE else None
    return key if key in _WEEKDAY_KEYS else None


def weekday_named(claim: Claim) -> str | None:
    """The weekday a date names: "sunday" for "Sunday" and for "Sunday 9 March"."""
    first = claim.text.split(" ", 1)[0].rstrip(",")
    return first.lower() if claim.kind is ClaimKind.DATE and first in WEEKDAYS else None


def month_named(claim: Claim) -> str | None:
    """The month a date falls in, where it says one: "4 June", "June", "June 2026"."""
    return _month_of_key(date_key(claim)) or month_of_year(claim)


def month_of_year(claim: Claim) -> str | None:
    """The month a year is given with ("in October 2028", "on 14 June 2027"), lower-cased; None for
    a year said alone or for any other figure."""
    if claim.kind is not ClaimKind.DATE or not _YEAR_ONLY.match(claim.text.strip()):
        return None
    at = claim.start - claim.sentence_start
    found = _MONTH_BEFORE.search(claim.sentence, max(0, at - _LONGEST_MONTH - 2), at)
    return found.group(1).lower() if found else None


def dates_agree(one: Claim, other: Claim) -> bool:
    """Whether two dates say the same: one key, and where both years come with a month, one month
    ("September 2028" and "October 2028" are two dates; "2028" and "October 2028" agree); a weekday
    alone and a day that names its weekday, one weekday."""
    if ordinal_day(one) is not None or ordinal_day(other) is not None:
        # "on the 21st" and "on Thursday 14 May": the day of the month, where both name one
        days = [ordinal_day(claim) or (day_and_month(claim) or (None, None))[0] for claim in (one, other)]
        return None in days or days[0] == days[1]
    one_key, other_key = date_key(one), date_key(other)
    alone = weekday_alone(one) or weekday_alone(other)
    if alone is not None and one_key != other_key:
        # "reopens on Sunday" and "on Saturday 17 April": a weekday alone against the one a day names;
        # a day that names none ("on 17 April") may be any weekday
        named = weekday_named(other) if weekday_alone(one) else weekday_named(one)
        return named is None or alone == named
    if one_key != other_key:
        # "in June" and "on 4 June" agree: a month alone holds every day of it
        alone = one_key if one_key in _MONTH_KEYS else other_key if other_key in _MONTH_KEYS else None
        return alone is not None and _month_of_key(one_key) == _month_of_key(other_key) == alone

    one_month, other_month = month_of_year(one), month_of_year(other)
    return one_month is None or other_month is None or one_month == other_month


def date_text(claim: Claim) -> str:
    """A date as a reader would quote it: a year with the month the sentence gives it ("October 2028")."""
    month = month_of_year(claim)
    return f"{month.capitalize()} {claim.text.strip()}" if month else claim.text


Sentences = tuple[tuple[int, str], ...]  # a document's sentences that hold figures: (start, text), in order


def sentences_of(claims: Iterable[Claim]) -> Sentences:
    """The sentences a document's claims stand in: where a pronoun looks for what it stands for."""
    return tuple(sorted({(claim.sentence_start, claim.sentence) for claim in claims}))


def timing_of(claim: Claim, vocabulary: Vocabulary, sentences: Sentences = ()) -> Timing | None:
    """The event a date or a duration is of, or None when its words do not say. A pronoun subject
    ("It was built in 1728") stands for the subject of its own sentence, or of the sentence right
    before it when it opens its sentence, as far as `sentences` shows them. A thing is named by the
    vocabulary's word for it: "the new secondary" is the school."""
    timing = _takes_effect(claim, _timing(claim, vocabulary, sentences))
    if timing is not None and timing.tense and is_headline(claim):
        # a headline's present is news, done or at hand ("Crematorium opens its doors on 14 April"
        # over "which opened on 4 April"): no plan against what happened
        timing = dataclasses.replace(timing, tense="")
    if timing is None or timing.thing is None:
        return timing
    if timing.thing in _OCCASIONS and timing.verb in _OCCASION_VERBS:
        event = next((_NOMINALS[word] for word in timing.modifiers if word in _NOMINALS), None)
        if event is not None:  # "the reopening service, which will be held on 7 April": the reopening's day
            return Timing(timing.what, event, None, timing.order, frozenset(), tense=timing.tense)
    if timing.thing in _GENERIC_THINGS and not timing.modifiers and timing.alias is None:
        return dataclasses.replace(timing, thing=None)  # "the building, inaugurated on 19 October": the one opened
    synonyms = vocabulary.head_synonyms
    if timing.thing not in synonyms and timing.alias not in synonyms:
        return timing
    alias = synonyms.get(timing.alias, timing.alias) if timing.alias else None
    return dataclasses.replace(timing, thing=synonyms.get(timing.thing, timing.thing), alias=alias)


# What a change puts in place: "the winter timetable starts on", "the new fares begin on"
_REGIMES = frozenset("timetable schedule service fare fares price prices charge charges rule rules limit ban cut cuts "
                     "rise change changes tariff".split())  # fmt: skip
# A change, then "from" right before its date: "cut to eight sailings a day from Sunday 2 November",
# "rises to £3.20 from 1 April" (not "from 2 November to 28 March", a range, whose start is read as such)
_CHANGED_FROM = LazyPattern(
    r"\b(?:cut|cuts|cutting|reduced?|reduces|reducing|rise|rises|rising|rose|increase[sd]?|increasing|fall|falls|"
    r"falling|drop|drops|dropping|go(?:es)?\s+up|going\s+up|goes\s+down|raised?|raises|lowered?|lowers)\b"
    r"(?:[^.;:()]|\.(?=\d)){0,80}?\bfrom\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?$",
    re.IGNORECASE,
)
_RANGE_AFTER = LazyPattern(r"^\s*(?:to|until|till|-|–)\s", re.IGNORECASE)
# Words of taking effect right before the date: "take effect on", "comes into force from", "in force
# from", "First day of the cut:", "the first day of the new timetable,"
_REGIME_WORDS = "|".join(sorted(_REGIMES))
_EFFECT_BEFORE = LazyPattern(
    r"\b(?:(?:take|takes|took|taking)\s+effect|(?:come|comes|came|coming)\s+into\s+force|in\s+force|"
    r"(?:first|opening)\s+day\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:" + _REGIME_WORDS + r")|"
    # "The introduction of the summer timetable on", "switch to the summer pattern on", "Its start on"
    r"(?:introduction|launch|start)\s+of\s+(?:the\s+|its\s+)?(?:[a-z]+\s+){0,2}?(?:"
    + _REGIME_WORDS
    + r")|(?:switch|switches|switched|switching|move|moves|moved|moving)\s+to\s+(?:the\s+|its\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:" + _REGIME_WORDS + r"|pattern)|(?:^|(?<=\.\s))(?:its|the)\s+start)"
    r"\s*(?:on|from|:|,)?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$",
    re.IGNORECASE,
)
# A change said right after a "from" date: "Eight sailings a day from 2 November, down from 12", "from 2
# November rather than 12"
_CHANGED_AFTER = LazyPattern(r"^\s*,?\s*(?:(?:down|up)\s+from|rather\s+than|instead\s+of)\s", re.IGNORECASE)
_FROM_BEFORE = LazyPattern(r"\bfrom\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?$", re.IGNORECASE)
_INSTEAD = LazyPattern(r"\b(?:instead\s+of|rather\s+than)\b[^.;:()]{0,40}?\bfrom\s+", re.IGNORECASE)


def _takes_effect(claim: Claim, timing: Timing | None) -> Timing | None:
    """The day a change takes effect, however it is told: "cut to eight sailings a day from 2
    November", "the reduced timetable starts on 9 November", "First day of the cut:". Of what
    changes where its words name it ("Fares rise from 1 April" is no start of "the new timetable"),
    else of the document's one change (`with_referents`)."""
    key = date_key(claim) if claim.kind is ClaimKind.DATE else None
    if key is None or date_shape(key) != "day" or not key[0].isdigit():
        return timing  # a day of a month only: a year or a month alone is no day a change takes effect
    if timing is not None:
        if timing.verb in ("begin", _FIRST_DAY) and timing.thing in _REGIMES:
            # "the ferry service began" and "the bus service began": the modifiers keep two regimes apart
            return Timing("day", _TAKE_EFFECT, lemma(timing.thing), timing.order, timing.modifiers, tense=timing.tense)
        return timing
    at = claim.start - claim.sentence_start
    if _RANGE_AFTER.match(claim.sentence, at + len(claim.text)):
        return None
    before, after = claim.sentence[max(0, at - 120) : at], claim.sentence[at + len(claim.text) :]
    changed = _CHANGED_FROM.search(before)
    if (
        changed
        or _EFFECT_BEFORE.search(before)
        or (_FROM_BEFORE.search(before) and (_CHANGED_AFTER.match(after) or _INSTEAD.search(before)))
    ):
        # what changes, when the words around the verb name one ("Fares rise from 1 April"): else the
        # document's one change ("cut to eight sailings a day from 2 November")
        if changed is not None:  # the words before the verb and its object, not the verb itself
            verb_end = changed.start() + len(_words(changed.group())[0])
            around = _words(before[max(0, changed.start() - 30) : changed.start()]) + _words(before[verb_end:])[:2]
        else:
            around = _words(before[-30:])
        at_regime = next((i for i, word in enumerate(around) if word.lower() in _REGIMES), None)
        regime = lemma(around[at_regime]).casefold() if at_regime is not None else None
        # "the summer timetable", "the winter fares": the season or edition keeps two regimes apart
        kind = around[at_regime - 1].lower() if at_regime else ""
        return Timing("day", _TAKE_EFFECT, regime, "", frozenset({kind} & _REGIME_KINDS))
    return None


_TAKE_EFFECT = "take effect"
_REGIME_KINDS = frozenset("summer winter spring autumn weekend weekday new old reduced peak".split())


# "opens its doors again in", "will open again on": a reopening said in two words, right before its date
_OPEN_AGAIN = LazyPattern(
    r"\bopen(?P<ending>s|ed|ing)?(?:\s+(?:the|its|their|our|his|her)\s+doors)?\s+again"
    r"(?=\s+(?:in|on|from|at)\s+(?:[A-Z][a-z]+\s+|(?:early\s+|late\s+)?(?:spring|summer|autumn|winter)\s+)?$)"
)


# "be back open", "is back in service": a reopening said in other words, right before its date
_BACK_OPEN = LazyPattern(
    r"\b(be|is|are)\s+back\s+(?:open|in\s+(?:service|use|business))(?=\s+(?:on|in|from|by)\s+(?:[A-Z][a-z]+\s+)?$)"
)
_BACK_OPEN_VERB = {"be": "reopen", "is": "reopens", "are": "reopen"}
# "shut its doors on", "will open their doors in": the thing's own closing or opening
_DOORS = LazyPattern(
    r"\b(?P<verb>(?:open|close|shut)(?:s|ed|d)?)\s+(?:its|their|the|our)\s+doors"
    r"(?=\s+(?:on|in|from)\s+(?:[A-Z][a-z]+\s+)?$)"
)


def _timing(claim: Claim, vocabulary: Vocabulary, sentences: Sentences) -> Timing | None:
    at = claim.start - claim.sentence_start
    before, after = claim.sentence[:at], claim.sentence[at + len(claim.text) :]
    if before.endswith(("  ", "\t")) and is_aligned_row(claim.sentence):
        before = before.rstrip() + ": "  # a fact box's "Completed    1904" is "Completed: 1904"
    if "again" in before:  # "open the doors again in 2029" is to reopen, no repeat of the opening
        before = _OPEN_AGAIN.sub(r"reopen\g<ending>", before)
    if "back" in before:  # "will be back open on 21 May": to reopen
        before = _BACK_OPEN.sub(lambda found: _BACK_OPEN_VERB[found.group(1).lower()], before)
    if "doors" in before:  # "will shut its doors on 8 May": to close
        before = _DOORS.sub(r"\g<verb>", before)
    clause = _clause_start(before) + claim.text + _clause_end(after)
    if "third" in clause or "quarter" in clause:
        clause = _FRACTION.sub("", clause)
    if _REPEAT.search(clause):
        return None
    if claim.kind is ClaimKind.DATE or ordinal_day(claim) is not None:
        key = date_key(claim)
        if key is None and ordinal_day(claim) is None:
            return None
        what = "day" if key is None else date_shape(key)  # "on the 21st": a day of the month
        if what == "weekday":  # "the landing, on Monday": the day of an event, as "on Sunday 6 September" is
            what = "day"
        nominal = date_nominal(after)
        bare = _without_month(before)
        if what == "year":  # "in spring 2029": the year's event is before the season
            bare = _SEASON_BEFORE.sub("", bare)
        if what == "year":  # "will reopen on 14 June 2027": the year is of the day's event
            day = _DAY_BEFORE.search(before, max(0, len(before) - _LONGEST_MONTH - 8))
            bare = before[: day.start()] if day else bare
        bare = _without_weekday(bare)  # "reopens on Saturday 17 April": the verb is before the weekday
        if key is None:  # "open on the 21st": the verb is before "the"
            bare = re.sub(r"\bthe\s+$", "", bare)
        if bare.endswith(", ") and _THAT_DAY.search(bare, max(0, len(bare) - 24)):
            return Timing(what, _ONE_EVENT, None, "", frozenset())  # "on that day, 13 June": the day told before
        if _DATE_NOUN_AFTER.match(after) and re.search(r"\b[Tt]he\s+$", bare):
            return Timing(what, _ONE_EVENT, None, "", frozenset())  # "the 14 August date": the date told before
        if nominal is not None and re.search(r"\bthe\s+$", bare):
            return Timing(what, nominal, None, "", frozenset())  # "before the 14 June closure"
        named_after = _DAY_OF_AFTER.match(after)
        if named_after is not None and named_after.group(1).lower() in _NOMINALS:
            # "on 24 April, the day of the reopening": the apposition names the date's event
            return Timing(what, _NOMINALS[named_after.group(1).lower()], None, "", frozenset())
        if nominal is not None and _POSSESSOR.search(bare, max(0, len(bare) - _REACH)):
            return _owned(claim, bare, nominal, what, sentences)  # "the school's 2028 opening"
        headed = _in_a_column(claim, what, vocabulary)
        if headed is not None:
            return headed
        if _LIST_DATE.match(bare) and _LIST_DATE_AFTER.match(after):  # the month or day of "- June 2027:" too
            return _listed(after, what, vocabulary)  # "- 1728: built for the estate"
        keyed = _KEY_VALUE.match(_CLOCK_BEFORE.sub("", bare) if ":" in bare else bare)
        if keyed:  # "- reopening: 14 June 2027", "Opens: 9 October": the document's one such event
            return _labelled_event(keyed.group(1), what, vocabulary)
        row = _ROW_LABEL.match(bare)
        labelled = None if row is None else _labelled_event(row.group(1), what, vocabulary)
        if labelled is not None:  # "| Opening day | 13 March 2028 |": so is a table row's
            return labelled
        bounding = _BOUNDARY_DAY.search(bare, max(0, len(bare) - 2 * _REACH))
        if bounding is not None:  # "the first day of the sale, Saturday 11 April": the day the sale begins
            return Timing(what, _boundary(bounding), lemma(bounding.group("thing")).casefold(), "", frozenset())
        owned_boundary = _OWNED_BOUNDARY_DAY.search(bare, max(0, len(bare) - _REACH))
        if owned_boundary is not None:  # "the pharmacy's last day is 24 February", "its final day, 24 February"
            return _owned(claim, bare[: owned_boundary.end("owner")] + " ", _boundary(owned_boundary), what, sentences)
        year_after = _YEAR_AFTER.match(after)
        year = claim.text.strip() if what == "year" else year_after.group(1) if year_after else None
        occasion = _occasion(bare, what, year)
        if occasion is not None:  # "The Ashdown by-election takes place on", "tickets for the concert on"
            return occasion
        timing = _dated(bare, what, vocabulary)
        if _OPENS_SENTENCE.match(bare):
            timing = _date_first(after, bool(bare.strip(" \"“‘'")), what, vocabulary) or timing
        when = _WHEN_AFTER.match(after)
        if when:
            # "until 12 May, when the viaduct closes": the clause names the date's event; it outweighs
            # the verb before the date ("signposted from 14 June, when the closure starts")
            clause = after[when.end() :]
            timing = _clause_event(clause, what, vocabulary, verb_last=timing is not None) or timing
        if timing is not None and timing.thing == _OBJECT_PRONOUN:
            # an object "it" in a sentence that names nothing else before it stands for the subject of
            # the sentence before: "Mill Lane bridge carries 9,000 cars. The council will close it on 4 June"
            previous = None if re.search(r",|\band\b|;", bare) else _previous_sentence(claim, sentences)
            thing = None if previous is None else _sentence_subject(previous)
            return None if thing is None else dataclasses.replace(timing, thing=thing)
        if timing is not None and timing.thing in (_PRONOUN, _OWNER_PRONOUN):
            thing = _antecedent(claim, before, sentences)
            if thing == _UNSAID or (thing is None and timing.thing == _OWNER_PRONOUN):
                return dataclasses.replace(timing, thing=None)  # "since its opening": the document's one opening
            return None if thing is None else dataclasses.replace(timing, thing=thing)
        return timing
    if claim.kind is ClaimKind.MEASURE and claim.dimension == "[time]" and claim.low == claim.high:
        if claim.qualifier or claim.per or _SUB_PERIOD.search(before[-_REACH:]):
            return None
        if _HYPHENATED.search(claim.text):
            thing = _noun_after(after)
            owner = _owner(before)
            indefinite = bool(_INDEFINITE.search(before[-40:]))
            return None if thing is None else Timing("duration", None, thing, "", owner, new_mention=indefinite)
        return (
            _lasting(before, vocabulary)
            or _taking(before, after)
            or _event_length(before, after)
            or _back_reference(before, after)
        )
    return None


# "the last two years of the study", "its first six weeks", "for the remaining 18 months": a stretch
# inside a period, not its length, so it is never set against the whole ("will run for three years")
_SUB_PERIOD = LazyPattern(
    r"\b(?:first|last|final|opening|closing|remaining|initial|early|earliest|latter|later)\s+$", re.IGNORECASE
)


# "by a third", "a quarter of": a fraction, not a repeat ("a third wing")
_FRACTION = LazyPattern(
    r"\b(?:by|than|about|nearly|almost|over|under|around|roughly)\s+(?:a|one|two)\s+(?:thirds?|quarters?)\b"
    r"|\b(?:a|one|two)\s+(?:thirds?|quarters?)\s+of\b",
    re.IGNORECASE,
)
# "the school's 2028 opening", "its 2028 opening": an event noun after the date, and whose it is
_POSSESSOR = LazyPattern(r"(?:\b([A-Za-z][\w-]*)['’]s|\b([Ii]ts|[Tt]heir))\s+$")
# a date that opens its sentence: "On 3 March the ferry began", "1921 was the year the mill closed"
_OPENS_SENTENCE = LazyPattern(r"^\s*[\"“‘']?\s*(?:(?:On|In|During)\s+(?:the\s+)?)?$")
_DATE_IS_WHEN = LazyPattern(
    r"^\s*(?:was|is|will\s+be)\s+(?:the\s+(?:year|day|date|month|week)\s+(?:(?:when|that|in\s+which|on\s+which)\s+)?"
    r"|when\s+)"
)
_CLAUSE_STOP = LazyPattern(r"[,;:.!?()\"“”]|\s(?:and|but|while|which|after|before|because)\s")


def _owned(claim: Claim, before: str, verb: str, what: str, sentences: Sentences) -> Timing | None:
    """An event noun after a date, with its owner before it: "the school's 2028 opening" is the
    school's; "its 2028 opening" is that of what "it" stands for."""
    found = _POSSESSOR.search(before, max(0, len(before) - _REACH))
    if found is None:
        return None
    if found.group(2):
        thing = _antecedent(claim, before[: found.start()] + "it", sentences)
        # unsaid: the document's one thing with that event
        return Timing(what, verb, None if thing == _UNSAID else thing, "", frozenset())
    thing, modifiers = _subject([*_words(before[: found.start()]), found.group(1)])
    return None if thing is None else Timing(what, verb, thing, "", modifiers)


def _date_first(after: str, introduced: bool, what: str, vocabulary: Vocabulary) -> Timing | None:
    """A date that opens its sentence, its event after it: "On 3 March the ferry service began"
    (introduced by a preposition), "1921 was the year the mill closed", "2027 is when it opens"."""
    found = _DATE_IS_WHEN.match(after)
    if found is None and not introduced:
        return None
    return _clause_event(after[found.end() :] if found else after.lstrip(" ,"), what, vocabulary)


def _clause_event(clause: str, what: str, vocabulary: Vocabulary, *, verb_last: bool = False) -> Timing | None:
    """The event of a clause that follows its date: "the ferry service began", "the pool opens".
    `verb_last`: only a clause that ends at its verb ("the closure starts", not "the pool opened
    its second hall", whose event is of the hall)."""
    stop = _CLAUSE_STOP.search(clause)
    words = _words(clause[: stop.start()] if stop else clause)[:10]
    for index, word in enumerate(words[1:], start=1):
        if word.islower() and _is_event_verb(word):
            if verb_last and index + 1 < len(words):
                return None
            return _dated(" ".join(words[: index + 1]), what, vocabulary)
    return None


# "from 12 May, when the viaduct closes", "By 2030, when the pool opens": the date of the "when" clause
_WHEN_AFTER = LazyPattern(r"^,?\s+when\s+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _canonical_verb(word: str, vocabulary: Vocabulary) -> str:
    base = lemma(word)
    if base.endswith("ing") and len(base) > 5:  # "Following each volunteer": the dictionary keeps the noun
        past = base[:-3] + "ed"
        base = lemma(past) if lemma(past) != past else base
    base = vocabulary.verb_synonyms.get(base, base)
    return _EVENT_SYNONYMS.get(base, base)


def _is_event_verb(word: str) -> bool:
    return word.islower() and (
        (word.endswith("ed") and len(word) >= 5) or word in _IRREGULAR or word in _SCHEDULE_VERBS or word in _DATING
    )


# "the tower, which dates from 1728", "dating from 1728": when it was built
_DATING = frozenset("dates dating".split())


_ROLE = LazyPattern(r"\b([a-z]+)\s+(as\s+(?:the\s+|an?\s+)?[a-z]+(?:\s+[a-z]+)?)$")
# how an event happens, said after its verb: not a thing, and not another event
_MANNER_AFTER = LazyPattern(r"\s+(?:permanently|temporarily|officially|formally|fully|partly|partially)$")


def _dated(before: str, what: str, vocabulary: Vocabulary) -> Timing | None:
    """The verb right before the date's preposition, and the thing it is of: "Thornbury Point
    lighthouse was first lit in 1859", "the light, first shown in 1895", "the bridge, which closes on 14 June"."""
    head = before[: _date_preposition_start(before)]
    if head.endswith("ly"):  # "will close permanently on 30 May": the verb is before its manner
        head = _MANNER_AFTER.sub("", head)
    aside = _ASIDE.search(head, max(0, len(head) - 2 * _REACH)) if "," in head else None
    if aside:  # "Greave bridge, on the edge of the town, was built"
        head = head[: aside.start()] + head[aside.end() :]
    participle = _PARTICIPLE.search(head, max(0, len(head) - _REACH)) if head.endswith("ing") else None
    if participle and _scheduled_participle(participle.group(2)):
        # "the new surgery (opening 2027)": the noun before the parenthesis opens
        thing, modifiers = _subject(_words(head[: participle.end(1)]))
        verb = _scheduled_participle(participle.group(2))
        if thing is not None:
            return Timing(what, verb, thing, "", modifiers)
    placed = _PLACE_AFTER_VERB.search(head, max(0, len(head) - _REACH)) if " " in head else None
    means = ""
    if placed and _verb_ends(head[: placed.start()]):
        # "will arrive at Port Caddick on 7 August": the place is not the thing; kept as the means, so
        # that an arrival at another place is another event
        head, means = head[: placed.start()], placed.group().strip().lower()
    role = _ROLE.search(head, max(0, len(head) - _REACH)) if " as " in head else None
    role = role if role and _is_event_verb(role.group(1)) else None
    if role:
        # "retired as head teacher in July 2024", "opened as a cinema in 1921": the role, kept as the
        # means, so that "opened as a bingo hall" is another opening
        head, means = head[: role.end(1)], role.group(2).lower()
    between = None if role else _MEANS.search(head)  # "closed to traffic on 4 June", "lit by gas in 1851"
    if (
        between
        and between.group(1) not in _INTENT  # "expected to open": an infinitive, not a means
        and between.group(2).rsplit(None, 1)[-1] not in _NOMINALS  # "queued for the opening": its event
        and (_is_event_verb(between.group(1)) or re.search(r"\bwill\s+\w+\s+\w+\s+\w+$", head))
    ):
        head, means = head[: between.end(1)], between.group(2).lower()
    audience = None if means else _AUDIENCE.search(head, max(0, len(head) - _REACH))
    if audience and _is_audience(audience.group(1), audience.group(3)):
        # "will close Mill Lane bridge to traffic on 4 June", "reopen the hall to shoppers in 2028":
        # whom the event is for stands between the object and the date
        head, means = head[: audience.start(2)].rstrip(), audience.group(2)
    words = _words(head)
    if not words:
        return None
    if _PAST_PLAN_WORDS.intersection(words[-8:]) and _SUPERSEDED_TAIL.search(" ".join(words[-8:])):
        return None  # "the pool was due to open in 2025": a plan overtaken, not when it opened
    # "the pool will open on 3 May", "the pool is due to open on 3 May", "the trust plans to open"
    infinitive = (
        words[-1].isalpha()
        and words[-1].islower()
        and (
            (len(words) >= 2 and words[-2] in _MODALS)
            or (
                len(words) >= 3
                and words[-2] == "to"
                and (words[-3] in _DUE or words[-3] in _INTENT or words[-1] in _SCHEDULED)
            )
        )
    )
    if what == "time" and not (words[-1].endswith("ed") or words[-1] in _IRREGULAR):
        return None  # a time of day is one event's only when it happened: "opens at 8am" is a timetable, which changes
    if not (_is_event_verb(words[-1]) or infinitive) or (len(words) >= 2 and words[-2].lower() in _NOMINALS):
        return (
            _active(words, what, means, vocabulary)
            or _nominal_event(words, what, means, apposed=head.rstrip().endswith(","))
            or _possessed_gerund(words, what, vocabulary)
        )
    verb = _canonical_verb(words[-1], vocabulary)
    rest = words[:-1]
    tense = _tense(words[-1], rest, infinitive)
    relative = _OBJECT_RELATIVE.search(head) if "which" in head or "that" in head else None
    # "the mill, which the estate built in 1728": the mill, not the estate
    rest = _words(head[: relative.start()]) if relative else _without_intent(rest)
    order = ""
    if rest and rest[-1].lower() in _ORDER_WORDS:
        order = "first" if rest[-1].lower() in ("first", "originally", "initially") else rest[-1].lower()
        rest = rest[:-1]
    thing, modifiers = _subject(rest)
    if thing is None and rest and rest[-1] == "and" and " and " in head:
        # "The pool closes on 1 May and reopens on 8 June": the second verb's subject is the first's
        thing, modifiers = _coordinated_subject(head)
    if thing is not None and _counted(head):
        return None  # "410 staff joined in March", "560 staff joined in June": a group's act, which recurs
    if thing is None:
        if _ends_in_pronoun(rest):
            return Timing(what, verb, _PRONOUN, order, frozenset(), means, tense=tense)
        if not [w for w in rest if w.lower() not in _AUXILIARIES] and _BULLET.match(head):
            # "- closed to traffic from 14 June" under "Mill Lane bridge repairs:": the list's one thing
            return Timing(what, verb, None, order, frozenset(), means, tense=tense)
        subject = [w for w in rest[-3:] if w.lower() not in _AUXILIARIES]
        if subject and _FIRST_PERSON.match(subject[-1]) and verb in _SCHEDULED:
            # '"We open the doors on 3 May," said the manager': who speaks for the thing, of the document's one
            return Timing(what, verb, None, order, frozenset(), means, tense=tense)
        if rest and rest[-1][:1].isupper() and rest[-1].endswith(("'s", "’s")):
            # "St Aldric's reopens on 17 April": a name the words make no noun of is the document's one
            # thing with that event, as in "the reopening of St Aldric's" (`_nominal_event`)
            return Timing(what, verb, None, order, frozenset(), means, tense=tense)
        return None
    renamed = _APPOSITION.search(head)
    alias = lemma(renamed.group(1)).casefold() if renamed else None
    introduced = any(
        word.lower() == "new" and index > 0 and rest[index - 1].lower() in ("a", "an")
        for index, word in enumerate(rest[-4:], start=max(len(rest) - 4, 0))
    )  # "a new pier was built in 1902" is not the pier the document dated before
    return Timing(what, verb, thing, order, modifiers, means, alias=alias, new_mention=introduced, tense=tense)


_SEASON_BEFORE = LazyPattern(r"\b(?:early\s+|late\s+)?(?:spring|summer|autumn|winter)\s+$")
# a clock time between a label and its date: "Reopening service: 11am, Saturday 17 July"
_CLOCK_BEFORE = LazyPattern(r"(?<=:)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\s*,?\s*$", re.IGNORECASE)
# "the 14 August date", "the 3 May deadline"? no: only the date itself, named as a date
_DATE_NOUN_AFTER = LazyPattern(r"^\s+(?:date|day)\b(?!\s+of\b)")
# "on that day, Saturday 13 June", "the same day, 13 June": a date that leans on the one told before
# ("the week after that day, 13 June" is another day)
_THAT_DAY = LazyPattern(
    r"(?<!after )(?<!before )(?<!since )\b(?:[Tt]hat|the\s+same)\s+(?:day|date|night|morning|evening),\s+$"
)
_ONE_EVENT = "\0event"  # "the 14 August date": the one event of its kind the document dates
_BULLET = LazyPattern(r"^\s*[-*•]\s")
_FIRST_PERSON = LazyPattern(r"^[Ww]e(?:['’](?:ll|re|ve|d))?$")
# a named place after the event's verb: "arrive at Port Caddick", "reopens in Fennick"
_PLACE_AFTER_VERB = LazyPattern(r"\s+(?:at|in|into|to|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$")


def _verb_ends(text: str) -> bool:
    """Whether `text` ends in an event verb, or in a modal's or "to"'s infinitive ("will arrive")."""
    words = _words(text)
    if not words or not words[-1].islower():
        return False
    return _is_event_verb(words[-1]) or (len(words) >= 2 and (words[-2] in _MODALS or words[-2] == "to"))


_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred hundreds thousand thousands dozen dozens several many".split()
)


_COUNTED_SUBJECT = LazyPattern(
    r"(?:^|[\s,(])(?:\d[\d,.]*|(?i:" + "|".join(sorted(_NUMBER_WORDS)) + r"))\s+(?:[a-z]+\s+)?[A-Za-z]+"
    r"(?:\s+(?:" + "|".join(sorted(_AUXILIARIES)) + r"))*\s+[A-Za-z]+$"
)


def _counted(head: str) -> bool:
    """Whether the subject right before an event verb is counted ("410 staff joined", "Forty new
    families moved in"): so many of a kind doing it, an act that other groups repeat on other
    days, not one thing's event. A size before a noun ("the 1,200-seat theatre") counts nothing."""
    return bool(_COUNTED_SUBJECT.search(head[-_REACH:]))


def _date_preposition_start(before: str) -> int:
    """Where `_DATE_PREPOSITION` starts in `before` (it always matches), searched for only near
    the end, as the pattern ends the text: a preposition of at most five letters, the spaces
    around it, a bracket. Tried at every character of the sentence before the date, the search was
    an eighth of reading a date's event. A match that opens in a run of spaces starts where the
    run does, as the full search finds it (oracle in tests/test_fast_paths.py)."""
    core = before.rstrip()
    if core.endswith("("):
        core = core[:-1].rstrip()
    start = max(0, len(core) - len("since") - 1)
    found = _DATE_PREPOSITION.search(before, start)
    assert found is not None  # its every part is optional but the end
    begin = found.start()
    if begin == start and begin < len(before) and before[begin].isspace():
        while begin > 0 and before[begin - 1].isspace():
            begin -= 1
    return begin


_PAST_PLAN_WORDS = frozenset("was were had Was Were Had".split())
_SUPERSEDED_TAIL = LazyPattern(rf"(?:{_SUPERSEDED.pattern})(?:\s+be)?\s+[a-z]+$", re.IGNORECASE)


def _tense(verb: str, before: list[str], infinitive: bool) -> str:
    """Whether a date is of a plan ("will open", "plans to open", "closes on 4 June", "will be
    closed") or of what happened ("opened", "was built"): a plan and an outcome are not one claim."""
    if infinitive or verb in _SCHEDULE_VERBS or any(w in _MODALS or w == "to" for w in before[-3:]):
        return "planned"
    return "done"


def _without_intent(rest: list[str]) -> list[str]:
    """The words before a verb of intent and its "to": "the ward, which the trust plans (to open)" is
    the ward; "the depot is set (to open)" is the depot."""
    words = list(rest)
    while words and (words[-1].lower() in _AUXILIARIES or words[-1].lower() == "to"):
        words.pop()
    if not words or words[-1].lower() not in _INTENT or len(words) == len(rest):
        return list(rest)
    if words.pop().lower() in ("course", "track") and words and words[-1].lower() == "on":
        words.pop()  # "on course to open", "on track to open"
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()
    for index in range(len(words) - 1, max(len(words) - 6, 0) - 1, -1):
        # "which the county council expects (to open)": the noun before "which" is what opens
        if words[index].lower() in ("which", "that") and index + 1 < len(words) and index > 0:
            following = words[index + 1]
            if following.lower() in ("the", "a", "an", "its", "their", "our") or following[:1].isupper():
                return words[:index]
    return words


# An aside between a thing and its verb: "Greave bridge, on the edge of the town, was built"
_ASIDE = LazyPattern(
    r",\s+(?:on|in|at|near|next\s+to|beside|behind|opposite|off|along|across|over|under)\s[^,;()]*,"
    r"(?=(?:\s+[a-z]+){1,4}$)"
)
_PARTICIPLE = LazyPattern(r"([A-Za-z]+)\s*[(,]\s*([a-z]+ing)$")


def _scheduled_participle(word: str) -> str | None:
    """The verb of "opening", "closing", "launching": a thing's scheduled event named in passing."""
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1]):
        if base in _SCHEDULED:
            return _EVENT_SYNONYMS.get(base, base)
    return None


# "the mill, which the estate built", "the tower that the Penhales built": the verb's object is
# the noun before the relative pronoun
# A lower-case noun after "to", after the object of the verb: "the bridge to traffic", "the hall to shoppers"
_AUDIENCE = LazyPattern(r"\b([A-Za-z]+)\s+(to\s+(?:the\s+)?([a-z]+))$")


def _is_audience(before: str, noun: str) -> bool:
    """Whether "BEFORE to NOUN" names whom an event is for, not an infinitive ("due to open",
    "plans to reopen", "is set to close") nor the verb's own "to" ("closed to traffic" is a means)."""
    if noun in _SCHEDULED or _is_event_verb(noun) or noun in _SKIP:
        return False
    word = before.lower()
    return not (word in _INTENT or word in _DUE or word in _AUXILIARIES or word in _SKIP or _is_event_verb(word)
                or word in _LASTING)  # fmt: skip


_OBJECT_RELATIVE = LazyPattern(r",?\s+(?:which|that)\s+(?:the|a|an|its|their)\s+[a-z]+\s+[a-z]+$")


# What marks the infinitive of a verb after it: "will launch", "to open"
_INFINITIVE_MARKERS = _MODALS | {"to"}
# Words that end an object before a date: any skipped word but the determiners an object opens with
_SKIP_BUT_DETERMINERS = _SKIP - {"the", "a", "an", "its", "their"}


def _active(words: list[str], what: str, means: str, vocabulary: Vocabulary) -> Timing | None:
    """An event verb with its object before the date: "Millwrights built Ashcombe windmill in
    1782" is the windmill's building."""
    tail = words[-5:]
    for index, word in enumerate(tail[:-1]):
        at = len(words) - len(tail) + index
        # "will launch its autumn list", "to open the new skate park": a scheduled verb's infinitive
        infinitive = at > 0 and word in _SCHEDULED and words[at - 1].lower() in _INFINITIVE_MARKERS
        if word.islower() and (_is_event_verb(word) or infinitive) and word not in _DATING:
            objects = tail[index + 1 :]
            if objects == ["it"] and index == len(tail) - 2:  # "the council will close it on 4 June"
                tense = _tense(word, words[: len(words) - len(tail) + index], False)
                return Timing(
                    what, _canonical_verb(word, vocabulary), _OBJECT_PRONOUN, "", frozenset(), means, tense=tense
                )
            if any(w.lower() in _SKIP_BUT_DETERMINERS or not w.isalpha() for w in objects):
                continue  # "delighted to open the bridge": the verb is a later one
            thing, modifiers = _subject(objects)
            if thing is None or not objects[-1].islower():
                continue
            tense = _tense(word, words[: len(words) - len(tail) + index], False)
            return Timing(what, _canonical_verb(word, vocabulary), thing, "", modifiers, means, tense=tense)
    return None


# Nouns that name any thing of a kind, and so stand for the document's one thing with that event
# when bare: "the building", "the site", "the venue" (not "the Carr building"); "when the doors open"
_GENERIC_THINGS = frozenset("building site venue facility premises structure project scheme door doors".split())
_OBJECT_PRONOUN = "\0object"  # "close it on 4 June": what the sentence before is about
_UNSAID = "\0unsaid"  # "it" whose sentence names no singular thing: the document's one thing with the event
_PRONOUN = "\0pronoun"  # a thing a pronoun stands for, until the sentences around it say which
_OWNER_PRONOUN = "\0owner"  # "its" before an event noun: when the sentences do not say, the one such thing
_REPEAT_REACH = 60
_CLAUSE_END = LazyPattern(r"[,;:]|\s(?:and|but|while|which|when|will)\s")
# "- 1728: built for the Ashcombe estate", "19 October: opens to the public"
_LIST_DATE = LazyPattern(r"^\s*(?:[-*•]\s*)?$")
_LIST_DATE_AFTER = LazyPattern(r"^\s*[:–—-]\s")


def _clause_start(before: str) -> str:
    """The date's clause up to it: "restored" in "The trust has restored Ashcombe windmill, which was
    constructed in 1782" is another clause's."""
    window = before[-_REPEAT_REACH:]
    breaks = list(_CLAUSE_END.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _clause_end(after: str) -> str:
    """The rest of the date's clause: "again" in "will turn its sails again" is not about it."""
    found = _CLAUSE_END.search(after)
    return after[: found.start()] if found else after[:_REPEAT_REACH]


def _ends_in_pronoun(words: list[str]) -> bool:
    rest = list(words)
    while rest and (rest[-1].lower() in _AUXILIARIES or rest[-1].lower() in _BEFORE_VERB - {"it"}):
        rest.pop()
    return bool(rest) and rest[-1].lower() in ("it", "they")


def _antecedent(claim: Claim, before: str, sentences: Sentences) -> str | None:
    """What "it" stands for: the subject of the clause before it in its sentence ("A granary stands
    beside it; it was built in 1810"), of its own sentence ("The mill has had six owners since it
    was built"), or, when it opens the sentence, of the sentence right before ("Ashcombe windmill
    stands 19 metres tall. It was built in 1782")."""
    pronoun = list(re.finditer(r"\b(?:[Ii]ts?|[Tt]hey|[Tt]heir)\b", before))
    if not pronoun:
        return None
    opening = before[: pronoun[-1].start()]
    if opening.strip(" \"“‘'(") == "":
        return _previous_subject(claim, sentences)
    clause = re.split(r"[;:]\s", opening)[-1]
    singular = pronoun[-1].group().lower() in ("it", "its")
    if singular and _WHO.search(clause):
        return _previous_subject(claim, sentences)  # "Mr Mistry, who retires when it shuts": "it" is no person
    words = _subject_words(clause if clause.strip() else opening)
    if words is None:
        return None
    # the subject's head noun is before its first preposition: "Parents (of children in Year 4)"
    ends = next((at for at, w in enumerate(words) if at > 0 and w.lower() in _OBJECT_ENDS | {"of"}), len(words))
    head = next((w for w in reversed(words[:ends]) if w.isalpha()), "")
    if singular and head.lower() in PERSON_NOUNS:
        return _previous_subject(claim, sentences)  # "The owner will retire when it shuts"
    if singular and head and lemma(head.lower()) != head.lower():
        # "The lighthouse's first keepers moved in when it was lit": "it" is no plural; the owner's,
        # or, with no owner, a thing the sentence does not name: the document's one (UNSAID)
        owners = [w[:-2] for w in words if w.endswith(("'s", "’s"))]
        return lemma(owners[-1]).casefold() if owners else _UNSAID
    return _subject(words)[0]


_WHO = LazyPattern(r"\bwho\b", re.IGNORECASE)
_RELATIVE_ASIDE = LazyPattern(r",\s+(?:which|who)\b[^,;:.]*,")


def _previous_subject(claim: Claim, sentences: Sentences) -> str | None:
    """The subject of the sentence right before the claim's."""
    previous = _previous_sentence(claim, sentences)
    return None if previous is None else _sentence_subject(previous)


def _previous_sentence(claim: Claim, sentences: Sentences) -> str | None:
    """The sentence right before a claim's, if a claim stands in it (else it is unseen: None)."""
    starts = [start for start, _ in sentences]
    index = bisect.bisect_left(starts, claim.sentence_start) - 1
    if index < 0:
        return None
    start, text = sentences[index]
    gap = claim.sentence_start - (start + len(text))
    return text if 0 <= gap <= 3 else None


_SUBJECT_VERBS = frozenset("has had have is was are were stands stood bought sold went came took made holds".split())


def _sentence_subject(text: str) -> str | None:
    """The noun before a sentence's first verb: "Ashcombe windmill stands ..." gives windmill; "The
    pharmacy, which closes on 26 February, has ..." gives pharmacy."""
    words = _subject_words(_RELATIVE_ASIDE.sub("", text, count=1))
    return None if words is None else _subject(words)[0]


def _subject_words(text: str) -> list[str] | None:
    """The words before a sentence's first verb: "Ashcombe windmill" in "Ashcombe windmill stands ..."."""
    words = _words(text)
    for index, word in enumerate(words[1:], start=1):
        previous = words[index - 1].lower()
        if word[0].isdigit():
            # "The library cost £7.4 million": the verb is the word before the figure
            return words[: index - 1] if index >= 2 else None
        if previous in _SKIP:
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            word in _SUBJECT_VERBS
            or word in _AUXILIARIES
            or (word.islower() and _is_event_verb(word))
            or (
                word.islower()
                and word.endswith("s")
                and not word.endswith(("ss", "'s", "’s"))
                # "the first keepers moved in": a plural noun, and then its verb
                and not (following in _AUXILIARIES or (following.islower() and _is_event_verb(following)))
            )
        ):
            return words[:index]
    return None


def _listed(after: str, what: str, vocabulary: Vocabulary) -> Timing | None:
    """A dated bullet: "- 1728: built for the estate" (no thing: the document's one built thing),
    "- 1810: the granary is built" (the granary)."""
    words = _words(after)[:6]
    if not words:
        return None
    event = _event_label(words[:2], vocabulary) if words[0].lower() in _ORDER_WORDS else None
    if event is not None:  # "- 1859: first lit"
        return Timing(what, event[0], None, event[1], frozenset())
    if words[0].islower() and _is_event_verb(words[0]):
        return Timing(what, _canonical_verb(words[0], vocabulary), None, "", frozenset())
    for index, word in enumerate(words[1:], start=1):
        if word in _AUXILIARIES and index + 1 < len(words) and _is_event_verb(words[index + 1]):
            thing, modifiers = _subject(words[:index])
            verb = _canonical_verb(words[index + 1], vocabulary)
            return None if thing is None else Timing(what, verb, thing, "", modifiers)
        if index <= 3 and _is_event_verb(word) and all(w.isalpha() for w in words[:index]):
            # "- September 2028: hall reopens", "- June 2027: roof finished": a note's noun and its verb
            thing, modifiers = _subject(words[:index])
            return None if thing is None else Timing(what, _canonical_verb(word, vocabulary), thing, "", modifiers)
    return None


def _in_a_column(claim: Claim, what: str, vocabulary: Vocabulary) -> Timing | None:
    """A date in a table column headed by its event ("Built", "First lit", "Opened"), of the thing
    its row names: the row's label must name the thing the document dates ("Ashcombe")."""
    found = claim.evidence
    if found is None or found.head is None or not found.names:
        return None
    words = found.head.split()
    order = ""
    if len(words) > 1 and words[0] in _ORDER_WORDS:
        order = "first" if words[0] in ("first", "originally", "initially") else words[0]
        words = words[1:]
    if len(words) != 1 or not _is_event_verb(words[0]):
        # a row named by the event ("| Reopening | 21 June 2027 |"): the document's one such event
        event = _event_label(found.names[0].split(), vocabulary)
        *name, kind = found.names[0].split()
        if event is None and words == ["date"] and not order and not _is_event_verb(kind):
            # "| New timetable | 14 September |" under "Date": the thing's one dated event (`_with_things_events`);
            # "| Hall reopens | September 2027 |" says its event
            thing = lemma(kind)
            return Timing(what, _ITS_EVENT, vocabulary.head_synonyms.get(thing, thing), "", frozenset(name))
        return None if event is None else Timing(what, event[0], None, event[1], frozenset())
    verb = _canonical_verb(words[0], vocabulary)
    # "Brindley Park secondary": the row's last word may be the vocabulary's other word for the thing
    *name, kind = found.names[0].split()
    label = " ".join([*name, vocabulary.head_synonyms.get(kind, kind)])
    return Timing(what, verb, None, order, frozenset({label}), label=label)


_DAY_BEFORE = LazyPattern(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+$|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+$")
# a label and a colon before a date: "- reopening: ", "Opens: ", "First lit: "
_KEY_VALUE = LazyPattern(r"^\s*(?:[-*•]\s*)?([A-Za-z][A-Za-z -]{0,48}?)\s*:\s*$")
# a table row's label before a date: "| Opening day | " (a Markdown table's row starts past its "|")
_ROW_LABEL = LazyPattern(r"^\s*\|?\s*([A-Za-z][A-Za-z -]{0,48}?)\s*\|\s*$")


def _labelled_event(label: str, what: str, vocabulary: Vocabulary) -> Timing | None:
    """The event a label names ("reopening", "opening day"), of the document's one such thing, or
    of the thing it names too ("Co-op counter opens")."""
    event = _event_label(label.lower().split(), vocabulary)
    if event is None:
        return _thing_and_event_label(label.split(), what, vocabulary)
    return Timing(what, event[0], None, event[1], frozenset())


def _thing_and_event_label(words: list[str], what: str, vocabulary: Vocabulary) -> Timing | None:
    """A label that names a thing and its event: "- Co-op counter opens: Monday 15 March", "old
    forge counter closes: 13 March"; the thing is the noun before the event's word."""
    if len(words) < 2:
        return None
    event = _event_label(words[-1:], vocabulary)
    if event is None:
        return None
    thing, modifiers = _subject(words[:-1])
    return None if thing is None else Timing(what, event[0], thing, "", modifiers)


def _event_label(words: list[str], vocabulary: Vocabulary) -> tuple[str, str] | None:
    """The event a label names, and its order: "reopening", "opens", "first lit", "opening date"."""
    words = [w.lower() for w in words]
    order = ""
    if len(words) > 1 and words[0] in _ORDER_WORDS:
        order = "first" if words[0] in ("first", "originally", "initially") else words[0]
        words = words[1:]
    if len(words) == 2 and (
        words[1] in ("date", "day", "year", "from", "on", "in", "since", "at")
        or (words[1] in _OCCASIONS and words[0] in _NOMINALS)
    ):
        words = words[:1]  # "opening date", "closed from", "opens on", "reopening service"
    if len(words) != 1:
        return None
    if words[0] in _NOMINALS:
        return _NOMINALS[words[0]], order
    return (_canonical_verb(words[0], vocabulary), order) if _is_event_verb(words[0]) else None


def _possessed_gerund(words: list[str], what: str, vocabulary: Vocabulary) -> Timing | None:
    """An event named by a verb's -ing form after its owner: "Its building in 1728", "the bridge's
    shutting to traffic on 14 June". Only verbs the vocabulary knows as events are read so."""
    tail = words[-4:]
    offset = len(words) - len(tail)
    for index in range(1, len(tail)):
        verb = _gerund(tail[index].lower(), vocabulary)
        if verb is None:
            continue
        following = [w.lower() for w in tail[index + 1 :]]
        if following and (len(following) > 2 or following[0] not in ("to", "by", "with")):
            continue
        owned = _owned_by(words[: offset + index + 1], what, verb)
        if owned is not None:
            return owned
    return None


def _owned_by(words: list[str], what: str, verb: str) -> Timing | None:
    """The event named by the last of `words` is its owner's, the word before it: "the station's
    (closing)", "its (building)"; None when no owner is named."""
    if len(words) < 2:
        return None
    owner = words[-2]
    if owner.lower() in ("its", "their", "her", "his"):  # "her arrival": a ship's, a person's
        return Timing(what, verb, _OWNER_PRONOUN, "", frozenset())
    if owner.endswith(("'s", "’s")):
        thing, modifiers = _subject([*words[:-2], owner[:-2]])
        return None if thing is None else Timing(what, verb, thing, "", modifiers)
    return None


def _gerund(word: str, vocabulary: Vocabulary) -> str | None:
    """The event verb of an -ing form ("building", "shutting", "closing"), if it is one numcheck knows."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if base and base in _known_event_verbs(vocabulary):
            return _canonical_verb(base, vocabulary)
    return None


@lru_cache(maxsize=4)
def _known_event_verbs(vocabulary: Vocabulary) -> frozenset[str]:
    known = set(_SCHEDULED) | set(_EVENT_SYNONYMS) | set(_EVENT_SYNONYMS.values()) | set(_NOMINALS.values())
    known |= set(vocabulary.verb_synonyms) | set(vocabulary.verb_synonyms.values())
    return frozenset(word for word in known if " " not in word)


EVENT_NOUNS: dict[str, str] = _NOMINALS  # each event noun's verb, for the checks that read "the closure"


def event_verb(word: str, vocabulary: Vocabulary) -> str:
    """The one verb timing reads a word's event by: "close" for "shut", "shuts" and "closure"."""
    lowered = word.lower()
    return _NOMINALS.get(lowered) or _canonical_verb(lowered, vocabulary)


# what is held on an event's day, named by the event: "the reopening service", "the opening ceremony"
_OCCASIONS = frozenset("service ceremony concert gala party celebration fete".split())
# "the opening night, Thursday 12 March", "on closing day": the event's day
_OCCASION_TIMES = frozenset("day night evening weekend".split())
_OCCASION_VERBS = frozenset("hold take".split())
# words that set a day by an event without being its day: "the week before the closure, 28 May"; a
# date right after the event noun is the event's own ("until the closure on 19 June", "since the
# move on 10 February", "after its completion in 2021")
_RELATIVE_TO = frozenset("before after until till since following preceding".split())
# what may stand between an event noun and its date: "the reopening, set for", "is scheduled for"
_SETTING = frozenset("set scheduled planned pencilled fixed due for is was has been now".split())


def _nominal_event(words: list[str], what: str, means: str, *, apposed: bool = False) -> Timing | None:
    """An event named by a noun: "the closure of Mill Lane bridge on 4 June", "the closure begins
    on 4 June", "the closure on 4 June". Without an "of", what it is of is left to the document.
    `apposed`: a comma stands between the words and the date ("until the closure, 5 June")."""
    while len(words) > 1 and words[-1].lower() in _SETTING:
        words = words[:-1]  # "the reopening, set for 14 June", "the closure is scheduled for 4 June"
    if len(words) > 2 and words[-1].lower() in _OCCASIONS | _OCCASION_TIMES and words[-2].lower() in _NOMINALS:
        words = words[:-1]  # "the opening ceremony on 3 June": the opening's day
    last = [w.lower() for w in words[-6:]]
    if (
        len(last) >= 3
        and last[-2] in ("the", "its", "their")
        and (last[-3] in _RELATIVE_TO or (last[-3] == "of" and len(last) >= 4 and last[-4] in ("ahead", "eve")))
        and apposed
    ):
        return None  # "on the Friday before the reopening, 16 April": a day set by the event, not its own
    if last[-1] in _NOMINALS:  # "the closure on 4 June"; "the station's closure", "its closure": the owner's
        owned = _owned_by(words, what, _NOMINALS[last[-1]])
        return owned or Timing(what, _NOMINALS[last[-1]], None, "", frozenset(), means)
    if len(last) >= 2 and last[-1] in _BEGINS and last[-2] in _NOMINALS:
        return Timing(what, _NOMINALS[last[-2]], None, "", frozenset(), means)
    if "of" in last:
        at = len(last) - 1 - last[::-1].index("of")
        if at > 0 and last[at - 1] in _NOMINALS:
            named = words[len(words) - len(last) + at + 1 :]
            thing, modifiers = _subject(named)
            if thing is None and named and all(w[:1].isupper() for w in named):
                # "the reopening of St Aldric's": a name the words do not make a noun of is the
                # document's one thing with that event, when it has one (`with_referents`)
                return Timing(what, _NOMINALS[last[at - 1]], None, "", frozenset(), means)
            return None if thing is None else Timing(what, _NOMINALS[last[at - 1]], thing, "", modifiers, means)
    return None


def date_nominal(after: str) -> str | None:
    """The event noun right after a date: "closure" in "before the 14 June closure"."""
    words = _words(after)[:1]
    return _NOMINALS.get(words[0].lower()) if words and words[0].islower() else None


_PERIOD = "\0period"  # "the 24 months": the one period the document states
_THE_DOCUMENTS = "\0document"  # an event no sentence names a thing of: the document's one such event
# "at the end of the 24 months", "over the two years", "the full 18 months": a period named before
_DEFINITE = LazyPattern(r"\b[Tt]he\s+(?:(?:full|whole|entire)\s+)?$")
# what may follow a period that refers back: the end of a clause, "of the study", a verb
_BACK_AFTER = LazyPattern(
    r"^(?:\s*[,;:.)!?]|\s*$|\s+(?:is|was|are|were|will|have|has)\b|"
    r"\s+of\s+(?:the|its|their)\s+[a-z]+(?:\s*[,;:.)!?]|\s*$|\s+(?:is|was|are|were|will|have|has|had)\b))"
)  # "of the study", whole: not "the six months of the works that fall in winter", a part


def _back_reference(before: str, after: str) -> Timing | None:
    """A definite period with no event of its own ("at the end of the 24 months", "over the two
    years,"): the one other period the document states, if it states exactly one (`with_periods`).
    A window ("the first/past/next 12 months") or a period tied to another ("the 12 months before it")
    is not one."""
    if not _DEFINITE.search(before[-30:]) or not _BACK_AFTER.match(after):
        return None
    return Timing("duration", None, _PERIOD, "", frozenset())


_EVERY = LazyPattern(r"\b(?:every|each|per|a|an)\s+$", re.IGNORECASE)


def _is_period(claim: Claim) -> bool:
    """A stated length of time, not a frequency ("a survey every 4 weeks") nor a range."""
    if claim.kind is not ClaimKind.MEASURE or claim.dimension != "[time]" or claim.low != claim.high:
        return False
    at = claim.start - claim.sentence_start
    return not _EVERY.search(claim.sentence[max(0, at - 8) : at])


def with_periods(claims: list[Claim], timings: list[Timing | None]) -> list[Timing | None]:
    """A definite period that refers back ("the 24 months") is of the document's one other stated
    period, when the document states exactly two: both are read as that one period's length."""
    periods = [i for i, claim in enumerate(claims) if _is_period(claim)]
    backs = [i for i in periods if (timing := timings[i]) is not None and timing.thing == _PERIOD]
    resolved = list(timings)
    for index in backs:
        resolved[index] = None
    if len(periods) == 2 and len(backs) == 1:
        one = Timing("duration", None, _PERIOD, "", frozenset())
        for index in periods:
            resolved[index] = one
    return resolved


def with_one_event(claims: list[Claim], timings: list[Timing | None]) -> list[Timing | None]:
    """ "the 14 August date" is the date of the document's one event of its kind: every other date
    of its shape (a day, a year) is read as one event, and there is at least one."""
    resolved = list(timings)
    for index, timing in enumerate(timings):
        if timing is None or timing.verb != _ONE_EVENT:
            continue
        others = [
            timings[at]
            for at, claim in enumerate(claims)
            if at != index and claim.kind is ClaimKind.DATE and _shape_of(claim) == timing.what
        ]
        events = {(other.verb, other.thing) if other is not None else None for other in others}
        event = next(iter(events)) if len(events) == 1 else None
        resolved[index] = None if event is None else dataclasses.replace(timing, verb=event[0], thing=event[1])
    return resolved


def _shape_of(claim: Claim) -> str | None:
    key = date_key(claim)
    return None if key is None else date_shape(key)


# Occasions that happen once, and are the event themselves: "The by-election takes place on 19
# March", "the AGM will be held on 14 April", "the concert is on 3 May". Meetings, matches, hearings
# and sessions recur, and are left out
_ONE_OFF = frozenset(
    "festival fair show marathon race concert gala election by-election referendum ballot agm conference "
    "congress summit premiere wedding parade carnival regatta auction inquiry".split()
)
_OCCURS = "happen"  # an occasion said to happen on its date (a verb a finding may print)
_PAST_OCCURRENCE = frozenset("was were took".split())
# what an occasion named with its date follows: "tickets for the concert on", "before the by-election on"
_NAMING_PREPOSITIONS = frozenset("for at to before after until till during since from attend attending".split())
_YEAR_AFTER = LazyPattern(r"^,?\s+((?:1[5-9]|20)\d\d)\b")
_NAMED_OCCASION = "\0occasion"  # "the concert on 10 May": of the occasion the document says happens
_OCCASION_CLAUSE = LazyPattern(r"[,;:.!?()\"“”]")
_OCCASION_FILLERS = frozenset(
    "is was are were will be being been due set scheduled expected planned to now still take takes took taking "
    "held place".split()
)
_OTHER_OCCASION = frozenset("next last previous first second third final this year's years' year".split())


def _occasion(bare: str, what: str, year: str | None) -> Timing | None:
    """A one-off occasion dated in its own words: said to happen ("The Ashdown by-election takes
    place on", "the AGM will be held on", "the concert is on"), or named with its date ("tickets for
    the concert on"), which is of the occasion the document says happens (`_with_occasions`). Another
    year's or another in a series ("last year's festival", "the second race") is left alone."""
    parts = _OCCASION_CLAUSE.split(bare[-2 * _REACH :])
    clause = parts[-1]
    words = _words(clause)
    if len(parts) >= 3 and parts[-2].startswith(" ") and all(w.lower() in _OCCASION_FILLERS for w in words[:-1]):
        # "The Kinross show, the county's biggest farm event, takes place on": the aside is skipped
        clause = parts[-3] + clause
        words = _words(clause)
    if len(words) < 2 or not (
        words[-1].lower() in ("on", "in") or (words[-1].lower() == "for" and words[-2].lower() in _SETTING)
    ):
        return None  # ("set for 4 July": a headline's date)
    words = words[:-1]
    said = False
    while words and words[-1].lower() in _OCCASION_FILLERS:
        said = True
        words = words[:-1]
    if not words or lemma(words[-1].lower()) not in _ONE_OFF:
        return None
    noun = lemma(words[-1].lower())
    phrase = words[-5:-1]
    determiner = next(
        (at for at in range(len(phrase) - 1, -1, -1) if phrase[at].lower() in ("the", "its", "their", "our", "this")),
        None,
    )
    if determiner is None and phrase and len(words) == len(phrase) + 1 and all(w[:1].isupper() for w in phrase):
        determiner = -1  # a name opens the clause: "Riverside festival set for 4 July"
    if determiner is None or any(w.lower() in _OTHER_OCCASION for w in phrase[determiner + 1 :]):
        return None  # "a concert on 3 May" introduces one; "this year's festival" is of one year
    at = len(words) - 1 - len(phrase) + determiner  # where the determiner stands in `words`
    if determiner >= 0 and at > 0 and words[at - 1].lower() == "of":
        return None  # "a preview of the show on 5 June": another event, of the show
    between = phrase[determiner + 1 :]
    if any(w.lower() in _NOMINALS for w in between):
        return None  # "the reopening concert": the reopening's day (`timing_of`)
    modifiers = frozenset(w.casefold() for w in between if w.isalpha())
    if year:  # "the concert on 2 May 2026" and "the concert was held on 3 May 2025": two years' concerts
        modifiers |= {year}
    if not said:
        if determiner < 0 or at == 0 or words[at - 1].lower() not in _NAMING_PREPOSITIONS:
            return None  # "will open the festival on 14 May": the object of another event's verb
        return Timing(what, _NAMED_OCCASION, noun, "", modifiers)
    said_words = {w.lower() for w in _words(clause)}
    done = bool(said_words & _PAST_OCCURRENCE) and "will" not in said_words  # "was held", "took place"
    return Timing(what, _OCCURS, noun, "", modifiers, tense="done" if done else "planned")


def _with_occasions(timings: list[Timing | None]) -> list[Timing | None]:
    """ "The concert on 10 May" is the concert the document says happens on its date, when it says
    so of one, once; with none, or two ("takes place on 4 July", "last year ... took place on 6
    July"), the words do not tie it to one concert."""
    stated: dict[tuple[str, str | None], int] = {}
    for t in timings:
        if t is not None and t.verb == _OCCURS and t.thing is not None:
            stated[(t.what, t.thing)] = stated.get((t.what, t.thing), 0) + 1
    resolved: list[Timing | None] = []
    for timing in timings:
        if timing is not None and timing.verb == _NAMED_OCCASION:
            once = stated.get((timing.what, timing.thing)) == 1
            timing = dataclasses.replace(timing, verb=_OCCURS) if once else None
        resolved.append(timing)
    return resolved


_ITS_EVENT = "\0its event"  # a table row's date under "Date": of the one event the document dates its thing by


def _with_things_events(timings: list[Timing | None]) -> list[Timing | None]:
    """A row's date under a "Date" column is of the one event the document dates the row's thing
    by ("The new timetable starts on 7 September", then "| New timetable | 14 September |"); with
    none or two such events, of none."""
    resolved = list(timings)
    for index, timing in enumerate(timings):
        if timing is None or timing.verb != _ITS_EVENT or timing.thing is None:
            continue
        events = [
            other
            for other in timings
            if other is not None
            and other.verb != _ITS_EVENT
            and other.what == timing.what
            and other.thing is not None
            and same_thing(other.thing, timing.thing)
        ]
        # one dated event of the thing, said once: a thing dated twice may be the row's either
        resolved[index] = dataclasses.replace(timing, verb=events[0].verb) if len(events) == 1 else None
    return resolved


def _with_boundaries(timings: list[Timing | None]) -> list[Timing | None]:
    """ "The first day of the sale" is the day the sale begins, in the one verb the document begins
    it with ("starts", "opens"); with none or two such verbs it is only another first day."""
    resolved = list(timings)
    for index, timing in enumerate(timings):
        if timing is None or timing.verb not in _BOUNDED_BY or timing.thing is None:
            continue
        verbs = {
            other.verb
            for other in timings
            if other is not None
            and other.what == timing.what
            and other.verb in _BOUNDED_BY[timing.verb]
            and other.thing is not None
            and same_thing(other.thing, timing.thing)
        }
        if len(verbs) == 1:
            resolved[index] = dataclasses.replace(timing, verb=next(iter(verbs)))
    return resolved


# Words for any premises, which a story uses for the one it names: "close the shop" of "the pharmacy"
_PREMISES = frozenset("shop store business premises building venue site".split())


def with_referents(timings: list[Timing | None]) -> list[Timing | None]:
    """A timing that names no thing ("the closure on 4 June") is of the one thing the document times
    with that verb, when there is exactly one; else it stays apart. So does a plain word for any
    premises ("the shop" of a story about a pharmacy)."""
    timings = _with_things_events(_with_occasions(_with_boundaries(timings)))
    timings = [
        dataclasses.replace(timing, thing=None)
        if timing is not None and timing.thing in _PREMISES and not timing.modifiers
        else timing
        for timing in timings
    ]
    things: dict[tuple[str, str | None], set[str]] = {}
    for timing in timings:
        if timing is not None and timing.thing is not None:
            things.setdefault((timing.what, timing.verb), set()).add(timing.thing)
    named: dict[tuple[str, str | None], set[tuple[str, frozenset[str]]]] = {}
    for timing in timings:
        if timing is not None and timing.thing is not None and timing.label is None:
            named.setdefault((timing.what, timing.verb), set()).add((timing.thing, timing.modifiers))
    resolved: list[Timing | None] = []
    for timing in timings:
        if timing is not None and timing.verb == _ONE_EVENT:
            resolved.append(timing)  # `with_one_event`, once the others are resolved
            continue
        if timing is not None and timing.label is not None:
            # a table row: of the thing whose name holds the row's label ("Ashcombe windmill")
            label = set(timing.label.split())
            candidates = named.get((timing.what, timing.verb), set())
            fitting = {thing for thing, modifiers in candidates if label <= modifiers | {thing}}
            thing = next(iter(fitting)) if len(fitting) == 1 else None
            resolved.append(None if thing is None else dataclasses.replace(timing, thing=thing, modifiers=frozenset()))
            continue
        if timing is not None and timing.thing is None:
            known = things.get((timing.what, timing.verb), set())
            if not known:  # "the reopening on 17 April", "its reopening in June": the document's one reopening
                timing = dataclasses.replace(timing, thing=_THE_DOCUMENTS)
            else:
                timing = dataclasses.replace(timing, thing=next(iter(known))) if len(known) == 1 else None
        resolved.append(timing)
    return resolved


def _subject(words: list[str]) -> tuple[str | None, frozenset[str]]:
    """The noun an event is of, from the words before its verb: auxiliaries, a relative pronoun
    and an apposition's comma are skipped ("the lighthouse, which was", "a tower")."""
    rest = [w for w in words]
    while rest and (rest[-1].lower() in _AUXILIARIES or rest[-1].lower() in _BEFORE_VERB):
        rest.pop()
    walked = -1
    while walked != len(rest):  # "the bridge over the River Kent in Oxenholme": back over each place
        walked = len(rest)
        while len(rest) >= 3 and rest[-1][:1].isupper() and not rest[-2][:1].islower():
            rest.pop()  # "Mill Lane", "the River Kent": walk back over a name to its preposition
        if len(rest) >= 3 and rest[-1][:1].isupper() and rest[-2].lower() in _PLACE_PREPOSITIONS:
            rest = rest[:-2]  # "the bridge in Oxenholme": the thing is the bridge
        elif len(rest) >= 4 and rest[-1][:1].isupper() and rest[-2] == "the":
            rest = rest[:-3] if rest[-3].lower() in _PLACE_PREPOSITIONS else rest
    if not rest or not rest[-1].isalpha() or rest[-1].lower() in _SKIP:
        return None, frozenset()
    thing = lemma(rest[-1]).casefold()
    modifiers: set[str] = set()
    for word in reversed(rest[-3:-1]):
        if word.lower() in _SKIP or _is_scale(word) or not word.replace("-", "").isalpha():
            break  # "The £11.2 million crematorium": its cost, not which crematorium
        modifiers.add(word.casefold())
    return thing, frozenset(modifiers)


def _is_scale(word: str) -> bool:
    """A scale word of the vocabulary's ("million", "bn"): part of an amount said before a noun."""
    vocabulary = load_vocabulary()
    return word.lower() in vocabulary.scales or word in vocabulary.short_scales


def _owner(before: str) -> frozenset[str]:
    """Whose event a hyphenated duration names, when the clause says so before it: "caterers" in
    "The caterers are on two-year contracts"."""
    words = _words(before)
    for index, word in enumerate(words[:6]):
        if word.lower() in _AUXILIARIES:
            thing, _ = _subject(words[:index])
            return frozenset() if thing is None else frozenset({thing})
    return frozenset()


def _noun_after(after: str) -> str | None:
    """The event noun a hyphenated duration modifies: "study" in "two-year sleep study seeks"."""
    words = _words(after)[:4]
    nouns: list[str] = []
    for word in words:
        if not word.islower() or word in _SKIP or word in _AUXILIARIES or not word.isalpha() or word.endswith("ed"):
            break
        if nouns and word.endswith("s") and not word.endswith("ss") and not nouns[-1].endswith("s"):
            break  # "ten-week closure begins": a singular noun and then a verb
        nouns.append(word)
    if not nouns:
        return None
    noun = nouns[-1]
    # "two-year contracts": many events, each with a length of its own
    return None if lemma(noun) != noun else noun.casefold()


def _lasting(before: str, vocabulary: Vocabulary) -> Timing | None:
    """The verb before "for", and its object or, for a verb of lasting, its subject: "will follow
    2,400 volunteers for 18 months", "The study will run for 18 months"."""
    found = _DURATION_FOR.search(before)
    if found is None:
        took = _TOOK.search(before)
        if took is None:
            return None
        # "The restoration took 18 months", "The work, which took 14 months,": its subject's length; a
        # possessor is part of what it names ("The old ferry's crossing took two hours")
        subject = _CLAUSE_BREAK_BEFORE.split(before[: took.start()])[-1]
        thing, modifiers = _subject(_words(subject)[-6:])
        owner = _OWNED_SUBJECT.search(subject)
        if owner is not None:
            modifiers |= {word.lower() for word in _words(owner.group("owner")) if word.lower() not in _SKIP}
        return None if thing is None or thing in _PRONOUNS else Timing("duration", None, thing, "", modifiers)
    clause = before[: found.start()]
    reported = list(_REPORTED.finditer(clause))
    if reported:  # "The council said it had been closed for 17 weeks": the subject of what was said
        clause = clause[reported[-1].end() :]
    words = _words(clause)[-6:]
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        previous = words[index - 1].lower() if index > 0 else ""
        if not (word.islower() or index == 0) or word.lower() in _SKIP or word.lower() in _AUXILIARIES:
            continue
        word = word.lower()
        if (
            word.endswith(("ed", "ing"))
            or word in _IRREGULAR
            or previous in ("will", "to", "would", "can", "must")
            or word in _LASTS  # "opens on 2 March and runs for six weeks"
            or (previous == "and" and word in _LASTING)  # "will begin on 1 December and last for ten days"
        ):
            verb = _canonical_verb(word, vocabulary)
            if verb in _LASTING:
                thing, modifiers = _subject(words[:index])
                if thing is None and previous == "and":
                    thing, modifiers = _coordinated_subject(before[: found.start()])
                return None if thing is None else Timing("duration", None, thing, "", modifiers)
            after = words[index + 1 :]
            # "spilled sewage into the river": the object ends at a preposition; with none before it
            # ("discharged into the river"), the event is its subject's
            ends = next((at for at, w in enumerate(after) if w.lower() in _OBJECT_ENDS), len(after))
            objects = [w for w in after[:ends] if w.isalpha() and w.islower() and w not in _SKIP]
            if objects:
                return Timing("duration", verb, lemma(objects[-1]).casefold(), "", frozenset())
            if ends < len(after):
                thing, modifiers = _subject(words[:index])
                return None if thing is None else Timing("duration", verb, thing, "", modifiers)
            # "volunteers will be monitored for"; "the bridge will close for": a verb with no object
            # is its subject's event
            if previous in ("be", "been", "is", "are", "was", "were") or (not after and verb in _SCHEDULED):
                thing, modifiers = _subject(words[:index])
                return None if thing is None else Timing("duration", verb, thing, "", modifiers)
            return None
    return None


# A verb of lasting right before a length: "took 18 months", "has lasted nearly two years" (not "takes 90
# minutes", a journey's usual length, said again of each crossing)
_TOOK = LazyPattern(
    r"\b(?:took|taken|lasted)\s+(?:only\s+|just\s+|about\s+|around\s+|nearly\s+|almost\s+|"
    r"some\s+|more\s+than\s+|less\s+than\s+|under\s+|over\s+)?$"
)
_PRONOUNS = frozenset("it they this that which who".split())
_OWNED_SUBJECT = LazyPattern(r"(?P<owner>(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)['’]s\s+[a-z-]+\s*$")
# Where the subject of a verb of lasting may start: after a semicolon or a colon ("...: the work took")
_CLAUSE_BREAK_BEFORE = LazyPattern(r"[;:]")


# A clause that reports what follows it: "The council said (that) ...", "Officials told the BBC ..."
_REPORTED = LazyPattern(r"\b(?:said|says|told\s+(?:the\s+|a\s+)?[A-Za-z]+|added|confirmed|reported|explained|"
                        r"insisted|claimed|claims)"
                        r"\s+(?:that\s+)?(?=\S)")  # fmt: skip


# "The ferry crossing takes 90 minutes", "the repair will take about six weeks": what takes it is its subject
_TAKES = LazyPattern(
    r"\b(?:takes|took|(?:will|would|should|could|can|to)\s+take)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|"
    r"just\s+(?:over|under)\s+)?$"
)


def _taking(before: str, after: str) -> Timing | None:
    """The length a thing takes, of its subject: "The ferry crossing takes 90 minutes", then "the
    two-hour crossing". A subject the clause does not start with ("which", a comma) says nothing; a
    length under a condition ("in winter", "by bus") is one of several; whose it is ("the old
    ferry's crossing") tells it apart; what took it is not what takes it."""
    found = _TAKES.search(before, max(0, len(before) - 40))
    if found is None or _CONDITIONED.search(before) or _CONDITIONED.search(after):
        return None
    clause = re.split(r"[,;:()]|\b(?:and|but|which|that|who)\b", before[: found.start()])[-1]
    words = _words(clause)
    if not words or len(words) > 6:
        return None
    thing, modifiers = _subject(words)
    if thing not in _JOURNEYS:
        return None  # works, repairs and closures: numcheck.spells reads their lengths, and their parts
    owners = {lemma(w[:-2].lower()) for w in words[:-1] if w.endswith(("'s", "’s"))}
    described = {w.casefold() for w in words[:-1] if w.isalpha() and w.islower() and w.lower() not in _SKIP}
    tense = "done" if found.group().startswith("took") else "planned"
    return None if thing is None else Timing("duration", None, thing, "", modifiers | owners | described, tense=tense)


def is_conditioned(claim: Claim) -> bool:
    """A length that holds only sometimes: "takes 90 minutes in summer", "two hours by bus"."""
    return bool(_CONDITIONED.search(claim.sentence))


# what a length is the time to go through, once: "the crossing takes 90 minutes"
_JOURNEYS = frozenset(
    "crossing journey trip flight voyage ride commute drive walk swim route transfer procedure operation".split()
)
# "in winter", "at night", "on weekdays", "by bus", "at peak times": a length that holds only sometimes
_CONDITIONED = LazyPattern(
    r"\b(?:in\s+(?:the\s+)?(?:spring|summer|autumn|winter|rush\s+hour)|at\s+(?:night|weekends|peak)|on\s+(?:weekdays|"
    r"weekends|sundays|saturdays)|by\s+(?:bus|car|train|rail|road|bike|bicycle|boat|ferry|air|plane)|on\s+foot|"
    r"off[- ]peak|peak\s+times?)\b",
    re.IGNORECASE,
)


def _coordinated_subject(before: str) -> tuple[str | None, frozenset[str]]:
    """The subject a second verb of lasting shares with the first: "The consultation opens on 2
    March and runs for six weeks", "The strike by refuse collectors will begin on 1 December and
    last for ten days". Its head is before its first preposition ("strike", not "collectors")."""
    opening = before[: before.rfind(" and ")]
    if re.search(r"[,;:]", opening):
        return None, frozenset()  # "The pool, which ..., reopens and runs": another clause's subject
    words = _subject_words(opening)
    if not words:
        return None, frozenset()
    ends = next((at for at, w in enumerate(words) if at > 0 and w.lower() in _OBJECT_ENDS | {"of", "by"}), len(words))
    return _subject(words[:ends])


# Nouns that say only that a figure is a length, not what of: "a period of 18 months", "total duration: 40 hours"
_LENGTH_WORDS = frozenset(
    "period length span duration time total term spell stretch course end start beginning middle rest part half "
    "most some each all average median maximum minimum further extra another more less up".split()
)
_ROUGHLY = r"(?:(?:a|an)\s+(?:median|average|mean|total)\s+of\s+|about\s+|around\s+|nearly\s+|almost\s+)?"
# "a median wait of 18 weeks", "a closure of ten weeks": the event noun before "of"
_NOUN_OF = LazyPattern(rf"\b([A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}})\s+of\s+{_ROUGHLY}$")
# "patients wait a median of 18 weeks": a verb whose event noun is itself
_WAITING = LazyPattern(rf"\b(wait|waits|waited|waiting|stay|stays|stayed|staying)\s+{_ROUGHLY}$")
_WAIT_NOUNS = {"wait": "wait", "waits": "wait", "waited": "wait", "waiting": "wait",
               "stay": "stay", "stays": "stay", "stayed": "stay", "staying": "stay"}  # fmt: skip
# "the wait, put at 16 weeks", "the median wait for a first appointment is 18 weeks"
_IS_LENGTH = LazyPattern(
    rf"\b(?:is|was|has\s+reached|had\s+reached|reached|stands\s+at|stood\s+at|put\s+at|estimated\s+at)\s+{_ROUGHLY}$"
)
_INDEFINITE_OF = LazyPattern(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z-]+\s+){{1,3}}of\s+{_ROUGHLY}$")
_COPULA_WORDS = frozenset("is was reached at".split())
_LENGTH_AFTER = LazyPattern(r"^(?:['’]\s+|\s+of\s+(?:the\s+)?)([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)")
_PHRASE_ENDS = frozenset("for of at in on to from with by per among across".split())


def _event_length(before: str, after: str) -> Timing | None:
    """The event a length is of, named by a noun: "a median wait of 18 weeks", "16 weeks' wait",
    "1,240 hours of spills", "patients wait a median of 18 weeks", "the wait, put at 16 weeks",
    "- median wait for a first appointment: 16 weeks". Nouns that say only "a length" name nothing."""
    tail = before[-_REACH:]
    keyed = _KEY_VALUE.match(before) if before.rstrip().endswith(":") else None
    if keyed:
        return _length_of(*_noun_phrase(keyed.group(1).split()))
    waiting = _WAITING.search(tail) if "wait" in tail or "stay" in tail else None
    if waiting:
        roughly = tail[waiting.end(1) :]
        return Timing("duration", None, _WAIT_NOUNS[waiting.group(1)], "", frozenset(_median(roughly)))
    found = _NOUN_OF.search(tail) if " of " in tail else None
    if found:
        timing = _length_of(_words(found.group(1)) + _median(tail[found.end(1) :]))
        # "against a target of 7 minutes": an indefinite phrase introduces a thing, never refers back
        introduced = bool(_INDEFINITE_OF.search(tail))
        return dataclasses.replace(timing, new_mention=True) if timing is not None and introduced else timing
    following = _LENGTH_AFTER.match(after)
    if following:  # "16 weeks' wait", "1,240 hours of sewage spills"
        return _length_of(*_noun_phrase(following.group(1).split()))
    copula = _IS_LENGTH.search(tail) if _COPULA_WORDS.intersection(tail.split()) else None
    if copula:
        subject = before[: len(before) - len(tail) + copula.start()].rstrip(" ,")  # "the wait, put at"
        clause = re.split(r"[;:]\s|,\s", subject)
        return _length_of(*_noun_phrase(_words(clause[-1])))
    return None


def _median(roughly: str) -> list[str]:
    """ "a median of": the length is a median, as "a median wait" says."""
    return [word for word in ("median", "average") if word in roughly]


def _noun_phrase(words: list[str]) -> tuple[list[str], list[str]]:
    """The first noun phrase of `words`, up to its first preposition, and the words of a "for" or
    "of" phrase after it: "the median wait for a first rheumatology appointment" gives "median
    wait" and "first rheumatology appointment"; determiners dropped."""
    phrase: list[str] = []
    for index, word in enumerate(words):
        lowered = word.lower()
        if lowered in _PHRASE_ENDS or lowered in _AUXILIARIES:
            if lowered not in ("for", "of"):
                return phrase, []
            qualifiers: list[str] = []
            for following in words[index + 1 :]:
                if following.lower() in _PHRASE_ENDS or following.lower() in _AUXILIARIES:
                    break
                if following.islower() and following.isalpha() and following not in _SKIP:
                    qualifiers.append(following)
            return phrase, qualifiers
        if lowered in ("the", "a", "an", "its", "their", "our", "this", "that"):
            phrase = []
            continue
        phrase.append(word)
    return phrase, []


def _length_of(words: list[str], qualifiers: Sequence[str] = ()) -> Timing | None:
    """A length's event from its noun phrase: the last word is the event, those before it and the
    words of its "for" phrase its modifiers ("the wait for a rheumatology appointment")."""
    words = [w for w in words if w.replace("-", "").isalpha()]
    if not words or words[-1].lower() in _LENGTH_WORDS or words[-1].lower() in _SKIP:
        return None
    extra = [w for w in words if w in ("median", "average")]
    modifiers = {w.casefold() for w in [*words[-3:-1], *qualifiers] if w.lower() not in _SKIP} | set(extra)
    return Timing("duration", None, lemma(words[-1].lower()).casefold(), "", frozenset(modifiers))


@lru_cache(maxsize=1024)
def same_thing(one: str, other: str) -> bool:
    """One noun, or a compound of it: "light" and "lighthouse", "mill" and "windmill"."""
    if one == other:
        return True
    shorter, longer = sorted((one, other), key=len)
    # "light" and "lighthouse"; "mill" and "windmill", a compound's head is its last part
    return len(shorter) >= 4 and (longer.startswith(shorter) or longer.endswith(shorter))


def thing_named(timing: Timing) -> str:
    """What a timing is of, as a reader would name it: "" for the document's one event or period."""
    return "" if timing.thing is None or timing.thing.startswith("\0") else timing.thing


def same_event(one: Timing, other: Timing) -> bool:
    """Nothing tells two timings apart: one verb, one order, one thing, no two sets of modifiers."""
    if one.what != other.what or one.verb != other.verb or one.order != other.order:
        return False
    if one.tense and other.tense and one.tense != other.tense:
        return False  # "will open on 3 May" and "opened on 13 May": a plan and what happened
    if one.means and other.means and one.means != other.means:
        return False
    if one.thing is None or other.thing is None:
        return False
    names = [(a, b) for a in (one.thing, one.alias) for b in (other.thing, other.alias) if a and b]
    if not any(same_thing(a, b) for a, b in names):
        return False
    if (one.modifiers ^ other.modifiers) & _DISTINCT:
        return False  # "the bridge" and "the other bridge", "the old wing" and "the wing"
    # "the new counter" refers back to the one the story is about ("the Co-op counter"): "new" names
    # no other thing unless an old one is said, which `_DISTINCT` tells apart
    mine, theirs = one.modifiers - _REFERRING, other.modifiers - _REFERRING
    return not (mine - theirs and theirs - mine)


def swapped_years(one: Claim, other: Claim) -> bool:
    """Two years of one century whose last two digits are swapped: "1859" and "1895", "1782" and
    "1728"; the way a year is mistyped, and rarely two years of one story by chance."""
    a, b = one.text.strip(), other.text.strip()
    if not (_YEAR_ONLY.match(a) and _YEAR_ONLY.match(b)) or a[:2] != b[:2] or a[2] == a[3]:
        return False
    return a[2] == b[3] and a[3] == b[2]


def year_swapped(claim: Claim) -> str | None:
    """The text of the one year `swapped_years` pairs with this claim ("1895" for "1859"), if any:
    what to look a year's mistyped twin up by, where trying every earlier year costs a square."""
    year = claim.text.strip()
    if not _YEAR_ONLY.match(year) or year[2] == year[3]:
        return None
    return year[:2] + year[3] + year[2]


def one_event_mistyped(one: Claim, one_timing: Timing | None, other: Claim, other_timing: Timing | None) -> bool:
    """Two swapped years (`swapped_years`) of one event: where both are read as events, one verb and
    no two things ("built in 1782" for the windmill and "built in 1728" for the bridge are two);
    where either is not ("It has been warning ships since 1895"), a word the two clauses share
    right before the year ("warned ships off the reef since 1859"). Never a repeat ("again",
    "reopened", "a second")."""
    if one.sentence_start == other.sentence_start or not swapped_years(one, other):
        return False
    if _REPEAT.search(one.sentence) or _REPEAT.search(other.sentence):
        return False
    if one_timing is not None and other_timing is not None:
        if one_timing.verb is None or (one_timing.verb, one_timing.order) != (other_timing.verb, other_timing.order):
            return False
        one_mods, other_mods = one_timing.modifiers, other_timing.modifiers
        if one_mods - other_mods and other_mods - one_mods:
            return False  # "built Tolley bridge" and "built Moss bridge"
        one_thing, other_thing = one_timing.thing, other_timing.thing
        return one_thing is None or other_thing is None or same_thing(one_thing, other_thing)
    if _dates_a_figure(one) or _dates_a_figure(other):
        return False  # "cost £20,000 in 1979" and "cost £60,000 in 1997": one quantity in two years
    one_words, other_words = _clause_words(one), _clause_words(other)
    if {w.lower() for w in one_words} & _ORDER_WORDS != {w.lower() for w in other_words} & _ORDER_WORDS:
        return False  # "lit in 1872" and "1827: first lit", as timing reads them: two events
    one_names, other_names = _names_in(one_words), _names_in(other_words)
    if one_names and other_names and not one_names & other_names:
        return False  # "built Tolley bridge in 1841" and "rebuilt Moss bridge in 1814": two things
    return bool(_content_forms(one_words) & _content_forms(other_words))


# A figure other than a year: "£20,000", "3.4 km", "40%"
_NOT_A_YEAR = LazyPattern(r"(?<![\d,.])(?!(?:1[5-9]|20)\d\d(?![\d,.]\d))\d[\d,.]*")


def _dates_a_figure(claim: Claim) -> bool:
    """Whether a year's clause states another figure, which the year may be the time of."""
    at = claim.start - claim.sentence_start
    clause = _clause_start(claim.sentence[:at]) + " " + _clause_end(claim.sentence[at + len(claim.text) :])
    return _NOT_A_YEAR.search(clause) is not None


_YEAR_CLAUSE_WORDS = 8  # how many words before a year its clause's event is looked for in


def _clause_words(claim: Claim) -> list[str]:
    """The words of the clause right before a figure; of a list's label ("- 1728: market first
    traded on the square"), the words after it."""
    at = claim.start - claim.sentence_start
    after = claim.sentence[at + len(claim.text) :]
    if after.startswith(":"):
        return _words(_clause_end(after[1:]))[:_YEAR_CLAUSE_WORDS]
    before = claim.sentence[:at]
    words = _words(_clause_start(before))[-_YEAR_CLAUSE_WORDS:]
    opens_sentence = bool(words) and before.lstrip(" \"'“‘([-*•\n").startswith(words[0])
    return words[1:] if opens_sentence and words[0].istitle() and not is_proper_noun(words[0]) else words


def _names_in(words: list[str]) -> frozenset[str]:
    """Capitalised words, the one that opens a sentence left out (`_clause_words`)."""
    return frozenset(word for word in words if word[:1].isupper())


def _content_forms(words: list[str]) -> frozenset[str]:
    """Content words as lemmas and stems, so that "warned" and "warning" meet."""
    content = [w for w in words if w.isalpha() and w.lower() not in _SKIP | _AUXILIARIES]
    return frozenset(form for word in content for form in (lemma(word), word_stem(word.lower())) if len(form) > 2)
