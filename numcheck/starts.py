"""The day a story's service, venue or season starts, said twice with two days.

numcheck.timing joins two dates by one verb of one thing ("opens on 3 May" and "the opening on
10 May"). Copy that tells when something starts uses many words for the one day: it "returns",
"is back", "starts again", "resumes"; its "first run", "first day" or "first bus" is then; a table's
row says "First day | 25 May". This module reads each such start as one event, whichever words say
it, and leaves apart the starts of other things ("Bookings open on 1 May", "the café reopens"),
later phases ("a second season starts"), plans that moved ("was due to start on 18 May") and past
seasons ("returned on 20 May last year").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.timing import date_key, date_shape, dates_agree

# A verb that says something starts, then at most a few words, then the date ("reopens on 3 May",
# "starts again from Saturday 18 May", "is back 18 May", "returns to Hessle Moor on 18 May")
_VERB_BEFORE = LazyPattern(
    r"\b(?P<verb>(?:re)?(?:start|open|launch)(?:s|ed|ing)?|begins?|began|beginning|begun|resum(?:es?|ed|ing)|"
    r"restart(?:s|ed|ing)?|return(?:s|ed|ing)?|commenc(?:es?|ed|ing)|"
    # "is back", "comes back", a fragment's "back 18 May"; never "hand back the keys"
    r"(?:(?<=is\s)|(?<=are\s)|(?<=be\s)|(?<='s\s)|(?<=’s\s)|(?<=comes\s)|(?<=come\s)|(?<=:\s)|^)back)"
    r"(?:\s+again)?(?P<gap>(?:\s+[\w'’.-]+){0,6}?)\s*,?\s+(?:on|from)?\s*(?:[A-Z][a-z]+day,?\s+)?$"
)
# The date, then the start said of it: "from 18 May, when the Moorlander resumes", "On 21 March the
# doors open"
_VERB_AFTER = LazyPattern(
    r"^\s*,?\s*(?:when\s+)?(?P<subject>(?:[\w'’-]+\s+){0,4}?)(?:(?:re)?(?:start|open|launch)s|begins|resumes|"
    r"restarts|returns|is\s+back|doors\s+open)\b"
)
# A day said by how far it stands from the start: "a fortnight before the opening, on 29 August",
# "the day after the opening"; not "After the opening night on 21 October", the start's own day
_RELATIVE_TO_A_START = LazyPattern(
    r"\b(?:day|days|week|weeks|fortnight|month|months|time|eve|[A-Z][a-z]+day)\s+(?:before|after|ahead\s+of)\s+"
    r"(?:the|its|their)\s+(?:[\w'’-]+\s+)?(?:re)?(?:opening|start|launch|return|first)",
)
# A clause that ends something on its day: "will close on 4 June, when the work begins"
_ENDS_BEFORE = LazyPattern(
    r"\b(?:close|closes|closed|shut|shuts|end|ends|ended|finish|finishes)\b[^,]*$", re.IGNORECASE
)
_OWN_YEAR = LazyPattern(r",?\s*(?:1[5-9]\d\d|20\d\d)\b")
# Whose start a noun names: "The cafe's first day"
_OWNER_BEFORE = LazyPattern(r"[\w'’-]+['’]s?\s*$")
# A noun that names the start, then the date: "first run 25 May", "Its first day, 25 May",
# "- first bus: 25 May", "First day | 25 May", "the start date is 18 May"
_NOUN_BEFORE = LazyPattern(
    r"\b(?:first\s+(?:[a-z]+\s+)?(?:day|run|bus|train|tram|boat|sailing|crossing|flight|journey|departure|service|"
    r"trip|ride|tour|show|performance|concert|screening|match|game|race|session|day\s+of\s+service)s?|"
    r"opening\s+day|start(?:\s+date)?|launch\s+date|reopening(?:\s+date)?|return\s+date)"
    r"(?P<gap>(?:\s+[\w'’.-]+){0,6}?)(?:\s*(?:[:|,]|\b(?:is|was|will\s+be|on)\b))*\s*(?:[A-Z][a-z]+day,?\s+)?$",
    re.IGNORECASE,
)
# The date, then a noun that names it the start: "the service's 25 May start", "lists 25 May as the
# start of the service"
_NOUN_AFTER = LazyPattern(r"^(?:\s+(?:as\s+the\s+)?(?:start|launch|reopening|return|restart)\b)", re.IGNORECASE)
# Words that set a start apart from the one the story reports: another day planned or moved, a
# later or earlier round, a past season, a negation
_SET_APART = LazyPattern(
    r"\b(?:due|planned|scheduled|expected|originally|delay(?:s|ed)?|postponed?|put\s+back|pushed\s+back|brought\s+"
    r"forward|instead|rather\s+than|was\s+to|were\s+to|had\s+been|now|not|never|second|third|next|another|"
    r"extra|additional|later|earlier|last\s+(?:year|summer|season|spring|autumn|winter)|previous|1[5-9]\d\d|20\d\d)\b",
    re.IGNORECASE,
)
# Things whose start is not the story's service or venue: selling, booking and asking run before it
_OTHER_THINGS = frozenset(
    "booking bookings ticket tickets sale sales registration registrations application applications entry entries "
    "voting vote consultation work works building construction demolition repair repairs recruitment training "
    "closure closures strike diversion shutdown roadworks "
    "term classes lessons trial survey appeal campaign fundraising bidding auction pre-sale presale".split()
)
# Nouns that name whatever the story is about ("the service", "the route"), not a thing of their own
_REFERRING = frozenset(
    "service services route line scheme site attraction venue facility project season programme timetable doors it "
    "they this".split()
)
_AUXILIARIES = frozenset(
    "will is are was be been has have had to set finally again now officially fully also then which that".split()
)
_NARROWED = "part: "  # a thing that is a part of the story's subject: "the evening service"
# Words that narrow "the service" to a part of it: "the evening service", "the weekend timetable"
_PART_WORDS = frozenset(
    "evening morning night late early weekend weekday express extra peak holiday school monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
_NAME = "name: "  # a thing said by its name alone: "Dovecote Mill"
_POSSESSIVE = LazyPattern(r"['’]s?$")
_AGAIN = LazyPattern(r"re|resum|back")
_DONE = LazyPattern(r"(?:ed|began|begun)$")
_PLANNED_BEFORE = LazyPattern(r"\b(?:will|would|to|set|plans?|hopes?)\s+(?:be\s+)?$", re.IGNORECASE)
_PREPOSITIONS = frozenset("on in at of for to from by with about after before into onto".split())
_PRONOUNS = frozenset("we they it i you he she".split())
# Parts of a place that open on days of their own: "Dovecote Mill reopens ... the tea room reopens"
_PARTS_OF_A_PLACE = frozenset(
    "café cafe shop kiosk restaurant bar room tearoom garden gardens wing playground toilets park".split()
)
_DETERMINERS = frozenset("the a an its their this that these those our".split())
_WORD = LazyPattern(r"[\w'’-]+|[,;:()|]")


@dataclass(frozen=True, slots=True)
class StartDay:
    """A day a document says its subject starts: what starts, if its words say, whether it starts
    for the first time or again, and whether the start is planned or done."""

    claim: Claim
    thing: str | None  # "café" in "the café reopens on 3 May", "name: dovecote mill"; None: the story's subject
    again: bool | None  # "reopens", "resumes", "is back": True; "opens", "begins": False; a noun: None
    tense: str  # "planned" ("will open", "reopens"), "done" ("opened"), "": a noun says neither
    apart: bool  # another day than the story's start: planned once, moved, of a past season, negated


def clause_before(claim: Claim) -> str:
    """The sentence up to the date, from its last clause break ("." or ";")."""
    at = claim.start - claim.sentence_start
    before = claim.sentence[:at]
    return re.split(r"[;.!?]\s", before)[-1]


def phrase_after(claim: Claim) -> str:
    """The words after the date up to the next comma, bracket or clause break: "2024", "last year"."""
    return re.split(r"[,;.!?()]", claim.sentence[claim.end - claim.sentence_start :], maxsplit=1)[0]


# How far before the date the words that set a start apart are looked for: the verb's own phrase
# ("was due to start on"), not another clause's year ("which won the contract in 2022")
_APART_REACH = 48
_END_WORDS = LazyPattern(r"\b(?:until|to|till|ends?|closes?|last)\b", re.IGNORECASE)


def subject_before(text: str) -> str | None:
    """The noun right before a start verb with the names before it ("gift shop" in "The gift shop
    opens", "calder street library" in "The Calder Street library, which opened"), past auxiliaries
    and a relative pronoun's comma; a possessor ("the café's opening"); a name alone ("Dovecote
    Mill will reopen"), marked as one; None for a pronoun or nothing. A noun that only refers to
    the story's subject ("the service") is None, unless a word before it says whose it is ("the bus
    timetable") or narrows it to a part ("the evening service")."""
    words = _WORD.findall(text)
    while words and (words[-1].lower() in _AUXILIARIES or words[-1] == ","):
        words.pop()
    if words and _POSSESSIVE.search(words[-1]) and words[-1].lower() not in _DETERMINERS:
        words[-1] = _POSSESSIVE.sub("", words[-1])  # "the café's opening": the café's
    if not words or not words[-1].isalpha() or words[-1].lower() in _DETERMINERS | _PRONOUNS | _PREPOSITIONS:
        return None
    head = words.pop()
    if head[:1].isupper() and not words:
        head = head.lower()  # "Previews begin": a sentence's first word is capitalised, not named
    if head[:1].isupper():
        names = [head.lower()]
        while words and words[-1][:1].isupper() and words[-1].lower() not in _DETERMINERS:
            names.insert(0, words.pop().lower())
        return None if names[-1] in _REFERRING else _NAME + " ".join(names)
    if head in _REFERRING:
        modifier = words[-1] if words and words[-1].isalpha() and words[-1].islower() else None
        if modifier is None or modifier in _DETERMINERS:
            return None
        # "the evening service" is a part of the story's; "the bus timetable" is the bus's own
        return f"{_NARROWED}{modifier} {head}" if modifier in _PART_WORDS else f"{modifier} {head}"
    names = []
    while words and words[-1][:1].isupper() and words[-1].lower() not in _DETERMINERS:
        names.insert(0, words.pop().lower())
    return " ".join((*names, head))


def _start_day(claim: Claim) -> StartDay | None:
    if claim.kind is not ClaimKind.DATE:
        return None
    key = date_key(claim)
    if key is None or date_shape(key) != "day" or not key[0].isdigit():
        return None  # a day of a month only: a year or a month alone is too coarse for one start
    clause, after = clause_before(claim), phrase_after(claim)
    own_year = _OWN_YEAR.match(claim.sentence, claim.end - claim.sentence_start)
    if own_year is not None:
        # "will reopen on 12 March 2027": a date's own year sets a plan apart from nothing (one that
        # happened, "opened on 12 March 1936", is set apart by its tense below)
        after = claim.sentence[own_year.end() :].split(",")[0]
    near = clause[-_APART_REACH:] + claim.text + after
    if {word.lower() for word in _WORD.findall(clause[-_APART_REACH:])} & _OTHER_THINGS:
        return None  # "Bookings open on 1 May"; not "reopens on 31 May after a six-year closure"
    if _RELATIVE_TO_A_START.search(clause[-_APART_REACH:]):
        return None  # "a fortnight before the opening, on 29 August": a day set by the start, not it
    apart = bool(_SET_APART.search(near))
    noun = _NOUN_BEFORE.search(clause)
    rest = claim.sentence[claim.end - claim.sentence_start :]
    if (noun is not None and not _END_WORDS.search(noun.group("gap"))) or _NOUN_AFTER.match(rest):
        # "opening day, 19 April": a noun, whatever verb it holds; "The cafe's first day": the café's
        owner = _OWNER_BEFORE.search(clause[: noun.start()]) if noun is not None else None
        thing = subject_before(owner.group(0)) if owner is not None else None
        return StartDay(claim, thing, None, "", apart)
    verb = _VERB_BEFORE.search(clause)
    if verb is not None and not _END_WORDS.search(verb.group("gap")):
        said, before = verb.group("verb").lower(), clause[: verb.start()]
        again = bool(_AGAIN.match(said)) or " again" in verb.group(0)
        done = bool(_DONE.search(said)) and not _PLANNED_BEFORE.search(before)
        # "Skaters will be back": whoever is back, the place they are back at reopens
        thing = None if said == "back" else subject_before(before)
        return StartDay(claim, thing, again, "done" if done else "planned", apart or (done and own_year is not None))
    said_after = _VERB_AFTER.match(rest)
    if said_after is None or _ENDS_BEFORE.search(clause):
        return None  # "will close on 4 June, when the work begins": the day something else starts
    thing = subject_before(said_after.group("subject"))
    return None if thing is not None and thing.split()[-1] in _OTHER_THINGS else StartDay(claim, thing, None, "", apart)


def one_thing(one: str | None, other: str | None) -> bool:
    """No two things named (`subject_before`): the same noun, where both give a name the same name
    ("the Calder Street library" and "the Hillfoot library" are two; "the Moorlander bus" and "the
    bus" one); a name and a noun, unless the noun is a part of a place the name does not end in
    ("Dovecote Mill" and "the tour" or "the mill" may be one; "Dovecote Mill" and "the tea room"
    are two)."""
    if one is None or other is None:
        return not (one or other or "").startswith(_NARROWED)
    mine, theirs = one.removeprefix(_NAME).split(), other.removeprefix(_NAME).split()
    if one.startswith(_NAME) != other.startswith(_NAME):
        noun = theirs[-1] if one.startswith(_NAME) else mine[-1]
        return mine[-1] == theirs[-1] or noun not in _PARTS_OF_A_PLACE
    return mine[-1] == theirs[-1] and (len(mine) == 1 or len(theirs) == 1 or mine == theirs)


def _one_start(one: StartDay, other: StartDay) -> bool:
    """One thing, not a plan against what happened ("will open on 3 May", "opened on 13 May"), and,
    where either has happened, started the same way ("opened" for the first time, then "reopened")."""
    said = one.again is not None and other.again is not None
    if said and one.again != other.again and "done" in (one.tense, other.tense):
        return False  # "opened on 3 May" and "reopened on 20 September": it closed between
    return (not one.tense or not other.tense or one.tense == other.tense) and one_thing(one.thing, other.thing)


def restated_starts(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Each later start day, with the first earlier one of the same thing it disagrees with, in a
    document whose starts name just two days (three or more: a timetable of several starts)."""
    starts = [day for day in map(_start_day, sorted(claims, key=lambda c: c.start)) if day is not None]
    if len({date_key(day.claim) for day in starts}) != 2:
        return  # the days set apart count: "did not open on 14 July" is a third start of the story
    starts = [day for day in starts if not day.apart]
    for index, later in enumerate(starts):
        for earlier in starts[:index]:
            if earlier.claim.sentence_start == later.claim.sentence_start or not _one_start(later, earlier):
                continue
            if not dates_agree(later.claim, earlier.claim):
                yield later.claim, earlier.claim
                break
