"""Frames: what a figure's own words say about which quantity it is, beyond its head: the
attribute a measure gives ("3 metres wide"), a time said against another ("now", "five years
ago"), a period of its own ("in the past ten years"), a word that makes another set ("48 new
trucks"), a difference ("two more than") or an amount added to another ("another 400").

Two figures of one document whose frames differ are two quantities, however alike their heads.
Read from the sentence alone, once per figure."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from numcheck.evidence import NO_EVIDENCE, Evidence, verb_lemma
from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.vocabulary import load_vocabulary

# What a measure describes: "3 metres wide" is not the path's length
_ATTRIBUTE = LazyPattern(
    r"^\s*(wide|long|high|tall|deep|thick|across|round|in\s+(?:width|length|height|depth|girth))\b"
)
# A time said against another: "now", "a year earlier", "previously", "originally"
_TIME_CONTRAST = LazyPattern(
    r"\b(?:now|currently|today|earlier|ago|previously|formerly|originally|once|used\s+to|at\s+the\s+time|"
    r"so\s+far|to\s+date|by\s+then|by\s+the\s+end\s+of|by\s+(?:\d{4}|next|the\s+year)|"
    r"before\s+(?:the|its|their|this|that|last)\s+(?:[a-z-]+\s+)?(?:election|vote|merger|takeover|pandemic|"
    r"closure|change|changes|cuts?|rise|crash|war|move|works|refit|upgrade|deal|strike|fire|flood|storm|ban|reform|"
    r"reforms|restructuring|relaunch|rebuild|redevelopment|takeover|sale)|"
    r"next\s+(?:year|month|week|season|term|spring|summer|autumn|winter))\b",
    re.IGNORECASE,
)
# Of these, the ones that put a figure in the past against the present: "now" alone is how a
# later sentence goes on ("All 41 climbers are now safe"), "five years ago" is another time
_PAST = frozenset("earlier ago previously formerly originally once".split()) | frozenset(
    {"used to", "at the time", "by then"}
)


# A noun said to be the earlier one, right before its figure: "Previous record: 30.4C", "the former
# price of £2", "its previous best, 1,120"; the adjective says it of its own noun only ("beat the
# previous record by 340" is no earlier 1,460)
_FORMER_NOUN_BEFORE = LazyPattern(
    r"\b(?:previous|former|old)\s+(?:[a-z-]+\s+){0,1}[a-z-]+\s*(?::|,|\bof|\bwas|\bwere|\bstood\s+at|\bat)\s*"
    r"(?:(?:about|around|some|nearly|almost|just)\s+)?$",
    re.IGNORECASE,
)


def _contrast(found: str) -> str | None:
    """The time contrast a phrase makes: "ago" or "by then" against the present, "by 2030" a
    deadline, "next year" a time to come."""
    word = " ".join(found.lower().split())
    if word in _PAST:
        return word
    if word.startswith("before "):
        return "previously"  # "who had 13 seats before the election": the level before an event
    if word.startswith("next "):
        return "next"  # "Next year 300 pupils will join": a figure to come (before it: after it, as
        # often when what is said of it happens, "employees will hear the plan next week")
    return "by" if word.startswith("by ") else None


# A period of its own: "in the past 10 years", "over the last decade", "a year", "since 2015"; not "for
# the first time", nor one year told by what happened in it ("in a year when budgets are squeezed")
# (case kept: "since the carnival began" is no period)
_PERIOD = LazyPattern(
    r"\b(?:(?:[Ii]n|[Oo]ver|[Dd]uring|[Ff]or)\s+the\s+(?:past|last|previous|next|first|coming)\b(?!\s+times?\b)|"
    r"[Ss]ince\s+(?:\d|[A-Z])|(?:a|per|each|every)\s+(?:year|month|season)\b(?!\s+(?:ago|earlier|later|before|when|in\s+which|of)\b)|"
    r"annually|a\s+decade(?!\s+(?:ago|earlier|later|before)))"
)
# "48 new helicopters" against "36 transport helicopters": a word after the figure that makes another set
_ANOTHER_SET = LazyPattern(r"^\s+(?:new|old|older|former|existing|remaining|original|other|current|extra)\b")
# "two more than last time", "£3m less", "40% higher": the gap between two figures
_COMPARATIVES = (
    "more|fewer|less|higher|lower|earlier|later|sooner|longer|shorter|larger|smaller|bigger|greater|taller|wider|"
    "deeper|heavier|lighter|faster|slower|older|younger|cheaper|dearer"
)
# A word between a figure and its comparative, not a verb: "700 more", "15 minutes less" are
# differences; "1,212 was more than double" compares the amount itself
_WORD_BEFORE_COMPARATIVE = r"(?:\s+(?!(?:was|were|is|are|be|been|will|would)\b)[a-z]+)?"
_DIFFERENCE = LazyPattern(rf"{_WORD_BEFORE_COMPARATIVE}\s+(?:{_COMPARATIVES}|extra)\b")
# "has grown from 600", "fell from 2,400": where a change started, not the figure now
_STARTED_FROM = LazyPattern(
    r"\b(?:grown|grew|risen|rose|fallen|fell|shrunk|shrank|dropped|climbed|increased|decreased|cut|up|down)"
    r"\s+from\s+$",
    re.IGNORECASE,
)
# "Police also found £340,000": a further find, not the one stated before
_ALSO = LazyPattern(r"\balso\s+(?:[a-z]+\s+){0,2}$")
# "a course record by 38 seconds", "won by 12 votes", "missed the target by £2m": a margin, the
# difference between two amounts
_MARGIN = LazyPattern(
    r"\b(?:record|margin|won|wins|win|beat|beats|beaten|broke|broken|lost|led|leads|trailed|trails|missed|"
    r"misses|exceeded|exceeds|overshot|undershot|majority|victory|defeat)\s+(?:[a-z'’-]+\s+){0,3}?by\s+$",
    re.IGNORECASE,
)
# "another 2,000 people", "a further £3m", "an extra 40 beds"
_ADDED = LazyPattern(r"\b(?:another|further|extra|additional|other)\s+$", re.IGNORECASE)
# What puts a time said after a figure with something else: the base it is compared with ("400
# members, 60 more than a year ago", "up from 1,200 a decade ago"), another figure, or a clause
# of its own ("1,900 hives now, which was unthinkable ten years ago")
_ANOTHER_FIGURES_TIME = LazyPattern(
    r"\b(?:than|from|compared|against)\b|\d|,\s*(?:which|who|whose|when|where)\b", re.IGNORECASE
)
# the length an "ago" counts back, which is the time's own: "10 years ago", "a decade ago"
_AGO_LENGTH = LazyPattern(r"(?:\S+\s+){1,2}\Z")


def _between(sentence: str, figure_end: int, time_start: int, contrast: str) -> str:
    """The words from a figure to a time said after it ("" for a time before it), less the
    length an "ago" counts back."""
    if time_start < figure_end:
        return ""
    between = sentence[figure_end:time_start]
    return _AGO_LENGTH.sub("", between) if contrast == "ago" else between


# How far either side of a figure its clause's time words still frame it
_REACH = 60


@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure's own words add to its head; two figures with different frames are two quantities."""

    attribute: str | None  # "wide" in "3 metres wide"
    contrasts: frozenset[str]  # "now", "ago"
    period: bool  # "in the past ten years"
    another_set: bool  # "48 new trucks"


def frame_of(claim: Claim) -> Frame:
    at = claim.start - claim.sentence_start
    return _frame(claim.sentence, at, at + len(claim.text))


# The side of a thing a measure gives, as a noun: "14 metres tall" is a height, as "a height of 14
# metres" is
_SIDE_NOUNS = {"wide": "width", "across": "width", "width": "width", "long": "length", "length": "length",
               "high": "height", "tall": "height", "height": "height", "deep": "depth", "depth": "depth",
               "thick": "thickness", "round": "girth", "girth": "girth"}  # fmt: skip
SIDES = frozenset(_SIDE_NOUNS.values())
# "the longest cave", "deeper than any other": a side a sentence ranks its thing by ("wid" of "wide")
_RANKED_SIDE = LazyPattern(r"\b(?P<stem>long|deep|high|tall|wid|thick)(?:er|est)\b", re.IGNORECASE)


def side_ranked(sentence: str) -> str | None:
    """The one side a sentence ranks its thing by: "is now the longest cave" is by length."""
    stems = {found.group("stem").lower() for found in _RANKED_SIDE.finditer(sentence)}
    sides = {_SIDE_NOUNS["wide" if stem == "wid" else stem] for stem in stems}
    return next(iter(sides)) if len(sides) == 1 else None


# "36 km from the town", "2 miles away", "a mile off the coast": how far, a side of no thing
_DISTANCE_AFTER = LazyPattern(r"\s+(?:away|from|off|outside|short\s+of)\b", re.IGNORECASE)


def side_of(claim: Claim) -> str | None:
    """The side a measure gives, said by an adjective after it ("3 metres wide") or by its head
    ("a width of 3 metres"), or "distance" ("36 km from the town"); None for anything else."""
    attribute = frame_of(claim).attribute
    if attribute is not None:
        return _SIDE_NOUNS[attribute.split()[-1].lower()]
    head = (claim.evidence or NO_EVIDENCE).head
    if head in SIDES:
        return head
    at = claim.start - claim.sentence_start + len(claim.text)
    return "distance" if _DISTANCE_AFTER.match(claim.sentence, at) else None


def in_the_past(claim: Claim) -> bool:
    """A level its own words put before the present: "597 stores a year earlier", "two years ago",
    "the previous record of 30.4C". Not a change, whose "a year earlier" dates the level it is from."""
    if claim.kind is ClaimKind.CHANGE or claim.from_value is not None or claim.to_value is not None:
        return False
    return bool(frame_of(claim).contrasts & _PAST_CONTRASTS)


_PAST_CONTRASTS = _PAST | {"previously"}


def frames_differ(first: Claim, second: Claim, *, leaning: bool = False, periods: bool = True) -> bool:
    """Two figures whose frames make them two quantities. An attribute said by an adjective on one
    side is met by the same side named by the other's head: "14 metres tall" and "a height of 17
    metres" are one height, "3 metres wide" and "the 12-mile path" stay apart. A figure `leaning`
    on the other ("At 140 feet, it is the tallest") takes its side from it. `periods=False` leaves
    out a period one side's words name ("in a year", "since 2019")."""
    one, other = frame_of(first), frame_of(second)
    if not periods:
        one, other = dataclasses.replace(one, period=False), dataclasses.replace(other, period=False)
    if one == other:
        return False
    if dataclasses.replace(one, attribute=None) != dataclasses.replace(other, attribute=None):
        return True
    sides = side_of(first), side_of(second)
    return sides[0] != sides[1] and not (leaning and None in sides)


@lru_cache(maxsize=4096)
def _frame(sentence: str, start: int, end: int) -> Frame:
    after = sentence[end:]
    attribute = _ATTRIBUTE.match(after)
    offset = max(0, start - _REACH)
    clause = sentence[offset : end + _REACH]
    # a period is said in the figure's own clause: "since 1776, and the £1.3 million restoration"
    # gives the restoration none
    period_from = offset
    for m in _NEW_CLAUSE.finditer(sentence, offset, start):
        period_from = m.end()
    next_clause = _NEW_CLAUSE.search(sentence, end, end + _REACH)
    period_clause = sentence[period_from : next_clause.start() if next_clause else end + _REACH]
    # a figure in an aside takes its times from the aside only: "The works, which employs 340
    # people, will close by the end of June" sets no time against the 340
    opened = _ASIDE_OPENS.search(sentence, offset, start)
    closing = sentence.find(", ", end, end + _REACH) if opened is not None else -1
    timed = sentence[offset:closing] if closing >= 0 else clause
    contrasts = frozenset(
        found
        for m in _TIME_CONTRAST.finditer(timed)
        if (found := _contrast(m.group()))
        and (found != "next" or m.end() <= start - offset)
        and not _ANOTHER_FIGURES_TIME.search(_between(sentence, end, offset + m.start(), found))
    )
    if _FORMER_NOUN_BEFORE.search(sentence, max(0, start - 40), start):
        contrasts |= {"previously"}
    return Frame(
        attribute.group(1) if attribute else None,
        contrasts,
        any(
            not _is_another_figures_rate(sentence, end, period_from + m.start())
            for m in _PERIOD.finditer(period_clause)
        ),
        bool(_ANOTHER_SET.match(after)),
    )


# A figure right before a period: "£4,800 a year"
_FIGURE_BEFORE = LazyPattern(r"\d(?:\s*(?:million|billion|bn|m|k|%))?\s+\Z")


def _is_another_figures_rate(sentence: str, figure_end: int, period_start: int) -> bool:
    """A period that is another figure's rate: the "a year" of "a 25-year lease at £4,800 a year"."""
    if period_start >= figure_end and not sentence[figure_end:period_start].strip():
        return False  # the figure's own rate
    return _FIGURE_BEFORE.search(sentence, max(0, period_start - 20), period_start) is not None


# Where a new clause with its own subject begins: ", and the work", "; the"
_NEW_CLAUSE = LazyPattern(r";\s|,\s+(?:and|but|while|whereas|so|yet)\s")

# ", which " or ", who " with no comma between it and the figure
_ASIDE_OPENS = LazyPattern(r",\s+(?:which|who)\s[^,;:]*$", re.IGNORECASE)


def each_against_a_total(first: Claim, second: Claim) -> bool:
    """A sum each one pays or gets against a sum a set of them brought in: "each paying a pitch fee
    of £240" and "Pitch fees brought in £37,140"."""
    return (_paid_each(first) and _brought_in(second)) or (_paid_each(second) and _brought_in(first))


def for_each_one(claim: Claim) -> bool:
    """A figure said of each one of a set: "about 25 trees each", "three apiece", "£12 a head";
    never the set's own figure ("38,500 trees"). Not "each year", a rate over time."""
    return bool(_EACH_ONE_AFTER.match(claim.sentence, claim.end - claim.sentence_start))


_EACH_ONE_AFTER = LazyPattern(
    r"(?:\s+[a-z-]+){0,2}?\s*(?:each(?!\s+(?:year|month|week|day|season|night|time|of)\b)|apiece|a\s+head|"
    r"per\s+(?:head|person|household|pupil|member|child|adult))(?![\w])",
    re.IGNORECASE,
)


def average_against_a_total(first: Claim, second: Claim) -> bool:
    """An average of a set against the set's total: "The two claims averaged £670" and "two
    claims, totalling £1,340"; "an average of 41 a day" and "1,240 in all"."""
    return (_averaged(first) and _totalled(second)) or (_averaged(second) and _totalled(first))


def _averaged(claim: Claim) -> bool:
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    found = claim.evidence
    return bool(
        (found is not None and found.governor == "average")
        or _AVERAGE_BEFORE.search(claim.sentence, max(0, at - 30), at)
        or _ON_AVERAGE_AFTER.match(claim.sentence, end)
    )


def _totalled(claim: Claim) -> bool:
    found = claim.evidence
    return (found is not None and found.governor in _TOTAL_GOVERNORS and found.governor != "make") or said_as_a_sum(
        claim
    )


def said_as_a_sum(claim: Claim) -> bool:
    """A figure its words call a sum: "8,640 entries in all", "a total of 8,640", "totalling £1,340"."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return bool(_TOTAL_BEFORE.search(claim.sentence, max(0, at - 30), at) or _TOTAL_AFTER.match(claim.sentence, end))


_AVERAGE_BEFORE = LazyPattern(r"\b(?:averag(?:e|ed|es|ing)(?:\s+of)?|mean(?:\s+of)?)\s+(?:just\s+)?$", re.IGNORECASE)
_ON_AVERAGE_AFTER = LazyPattern(r"\s+(?:[a-z]+\s+){0,3}?on\s+average\b", re.IGNORECASE)
_TOTAL_BEFORE = LazyPattern(
    r"\b(?:totall?(?:ing|ed|s)|(?:a|the|in)\s+total\s+of|combined|altogether|all\s+told)\s+$", re.IGNORECASE
)
# The words that say a figure is a sum, after it: "8,640 entries in all", "£1,340 in total" (sums.py's too)
SUM_WORDS = r"in\s+all|in\s+total|altogether|all\s+told|combined"
_TOTAL_AFTER = LazyPattern(rf"\s+(?:[a-z]+\s+){{0,3}}?(?:{SUM_WORDS})\b", re.IGNORECASE)


def _paid_each(claim: Claim) -> bool:
    if claim.kind is not ClaimKind.MONEY:
        return False
    at = claim.start - claim.sentence_start
    return bool(
        _EACH_BEFORE.search(claim.sentence, max(0, at - 40), at)
        or _EACH_AFTER.match(claim.sentence, at + len(claim.text))
    )


def _brought_in(claim: Claim) -> bool:
    found = claim.evidence
    return claim.kind is ClaimKind.MONEY and found is not None and found.governor in _TOTAL_GOVERNORS


# "each paying a pitch fee of", "at £45 each", "£12 a head": a sum of one of a set
_EACH_BEFORE = LazyPattern(
    r"(?<![\w])(?:each|every|per)\s+(?:[a-z]+\s+){0,5}?(?:of\s+|at\s+)?$"
    # "each paying a pitch fee of £240, or £420 for a double pitch": the price's alternative too
    r"|(?<![\w])each\s+(?:[a-z]+\s+){0,2}?(?:paying|pays|paid|pay|costing|costs|cost|charged)\b[^.;:!?]{0,50}$",
    re.IGNORECASE,
)
_EACH_AFTER = LazyPattern(
    r"\s*(?:each|apiece|a\s+head|per\s+(?:head|person|pitch|ticket|place))(?![\w])", re.IGNORECASE
)
# what a set's sums came to: "brought in £37,140", "raised £86,400", "Entry fees totalled £65,000"
_TOTAL_GOVERNORS = frozenset("bring raise earn generate total collect make take net come".split())


def is_relative_amount(claim: Claim) -> bool:
    """A difference ("two more than last time"), an amount added to another ("another 400
    people") or where a change started ("has grown from 600"): never the plain quantity stated again."""
    at = claim.start - claim.sentence_start
    return _is_relative_amount(claim.sentence, at, at + len(claim.text))


def leaves_a_rest(claim: Claim) -> bool:
    """A figure its sentence sets beside the rest of a whole: "The charity's 1,240 hampers for
    families each had a toy; the rest went to couples", "is paying £198 million and the council the
    remaining £88 million". Within one document it is a part, never the whole said elsewhere; a
    summary may drop the rest and keep the part, so across documents it says nothing."""
    return _leaves_a_rest(claim.sentence, claim.end - claim.sentence_start)


@lru_cache(maxsize=4096)
def _leaves_a_rest(sentence: str, end: int) -> bool:
    return bool(_REST_AFTER.match(sentence, end))


# "the rest", "the remainder", "the remaining" after the figure, with no figure between (not "the rest
# of the year", nor "more than the rest")
_REST_AFTER = LazyPattern(
    r"[^\d]*?(?<!than\s)\b(?i:the\s+(?:rest|remainder|remaining))\b(?!\s+of\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:year|season|month|week|day|decade|century|term|summer|winter|spring|autumn|night|evening|morning|"
    r"afternoon|time|way)s?\b)"
)


@lru_cache(maxsize=4096)
def _is_relative_amount(sentence: str, at: int, end: int) -> bool:
    """`is_relative_amount`, cached as `_frame` is: it is asked once per pair a figure is compared in."""
    before = max(0, at - 30)
    return bool(
        _DIFFERENCE.match(sentence, end)
        or _ADDED.search(sentence, before, at)
        or _STARTED_FROM.search(sentence, before, at)
        or _ALSO.search(sentence, before, at)
        or _is_margin(sentence, at)
    )


def is_gain_or_loss(claim: Claim) -> bool:
    """A count of things gained or lost ("gained 34 customers", "added 410 net new customers",
    "shed 240 jobs"): how far a level moved, never the level ("7,260 customers")."""
    at = claim.start - claim.sentence_start
    return claim.kind is ClaimKind.COUNT and bool(_GAINED_BEFORE.search(claim.sentence, max(0, at - 40), at))


# The verbs of a count that moved, right before it: not "won" or "lost" alone ("won 34 medals", "lost
# 12 matches" count what was won or lost, the same as "34 medals won")
_GAINED_BEFORE = LazyPattern(
    r"\b(?:gain(?:ed|s|ing)?|add(?:ed|s|ing)?|shed(?:s|ding)?|lost\s+a\s+net|net\s+(?:gain|loss)\s+of)\s+"
    r"(?:(?:a\s+)?net\s+|a\s+further\s+|another\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


def is_difference(claim: Claim) -> bool:
    """A difference between two amounts: "15 minutes less", "two more than last time", "a gap of
    87 years"."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return _is_difference(claim.sentence, at, end, claim.unit is not None)


@lru_cache(maxsize=4096)
def _is_difference(sentence: str, at: int, end: int, has_unit: bool) -> bool:
    """`is_difference`, cached as `_is_relative_amount` is: linking asks it of every pair it scores."""
    return bool(
        _COMPARED_THAN_AFTER.match(sentence, end)
        or (has_unit and _COMPARATIVE_AFTER.match(sentence, end))
        or _DIFFERENCE_NOUN_BEFORE.search(sentence, max(0, at - 40), at)
        or _OFF_A_MARK_AFTER.match(sentence, end)
    )


# "3C above the legal limit", "£2m below its forecast": a figure that is its gap to a reference level
_OFF_A_MARK_AFTER = LazyPattern(
    r"\s+(?:above|below|over|under|short\s+of)\s+(?:the|its|their|this\s+year['’]s|last\s+year['’]s)\s+"
    # (the mark's own figure may stand before it: "£6,500 under its £54,000 estimate")
    r"(?:(?:[a-z'’-]+|[£$€]?\d[\d,.]*(?:m|bn|k)?)\s+){0,2}?"
    r"(?:limit|target|average|forecast|budget|estimate|threshold|norm|minimum|maximum|cap|"
    r"guidance|benchmark|goal|quota|allowance)s?\b",
    re.IGNORECASE,
)


def off_a_mark(claim: Claim) -> bool:
    """A figure that is its gap to a reference level: "3C above the legal limit", "£2m under its budget"."""
    return bool(_OFF_A_MARK_AFTER.match(claim.sentence, claim.end - claim.sentence_start))


# "700 more members than five years ago", and an amount with its unit that a comparative follows
# ("15 minutes less", "£40 more a month", "30 minutes earlier"): a difference. A bare count before
# a comparative counts things added ("20,000 more officers", "four more by March").
_COMPARATIVE_AFTER = LazyPattern(rf"{_WORD_BEFORE_COMPARATIVE}\s+(?:{_COMPARATIVES})\b")
_COMPARED_THAN_AFTER = LazyPattern(rf"{_COMPARATIVE_AFTER.pattern}(?:\s+[a-z0-9]+){{0,3}}\s+than\b")


# "a gap of 87 years", "a difference of £40", "a shortfall of £660,000": the figure is a difference
_DIFFERENCE_NOUN_BEFORE = LazyPattern(
    r"\b(?:gap|difference|shortfall)\s+of\s+(?:(?:about|around|nearly|almost|just|some|roughly|more\s+than|"
    r"less\s+than|under|over)\s+)?$",
    re.IGNORECASE,
)


def is_margin(claim: Claim) -> bool:
    """A margin: "a course record by 38 seconds", "won by 12 votes" (see `_MARGIN`)."""
    return _is_margin(claim.sentence, claim.start - claim.sentence_start)


def _is_margin(sentence: str, at: int) -> bool:
    window = max(0, at - 50)
    # The pattern ends in "by" and a space before the figure; nearly every figure has none there, and
    # linking asks of both claims of every pair it scores (oracle in tests/test_fast_paths.py)
    before = sentence[window:at]
    ending = before.rstrip()
    if len(ending) == len(before) or ending[-2:].lower() != "by":
        return False
    return bool(_MARGIN.search(sentence, window, at))


# A verb after a figure that says what was done to it: "18,400 parcels were handed out", "the
# parcels handed out"; an active verb there is what the figure's noun did ("Attendance of 53,000
# made it a record"), which says nothing of what was counted.
_DONE_TO = LazyPattern(
    r"^(?:\s+(?!(?:in|of|at|on|for|to|from|with|by|and|or)\b)[a-z-]+){0,2}\s+"
    r"(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?([a-z]+)\b"
)
# "Staff at the 12 branches will be offered": a figure inside a prepositional phrase is not the subject
_IN_A_PHRASE = LazyPattern(r"\b(?:in|of|at|on|for|to|from|with|by)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
_WORDS_BEFORE = 80
_WITH_BEFORE = LazyPattern(r"\bwith\s+$", re.IGNORECASE)
_WORD = LazyPattern(r"[A-Za-z]+")


def act_of(claim: Claim, found: Evidence) -> str | None:
    """The governor, when it is the verb over the figure (before it, or a passive after it) and
    does not merely make its head ("employs 2,650 people" is the workforce, as "2,150 people work")."""
    if found.governor is None:
        return None
    at = claim.start - claim.sentence_start
    return _act(claim.sentence, at, at + len(claim.text), found.governor, found.head)


@lru_cache(maxsize=4096)
def _act(sentence: str, at: int, end: int, verb: str, head: str | None) -> str | None:
    """`act_of`, cached: a figure's act is asked for once per pair it is compared in."""
    vocabulary = load_vocabulary()
    canonical = vocabulary.verb_synonyms.get(verb, verb)
    if vocabulary.derivations.get(verb) == head or vocabulary.derivations.get(canonical) == head:
        return None
    if _WITH_BEFORE.search(sentence, max(0, at - 6), at):
        return None  # "finished the season with 23 league goals": what it had, not what the verb did
    words = _WORD.findall(sentence[max(0, at - _WORDS_BEFORE) : at])[-8:]
    for index, word in enumerate(words):
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        if word.islower() and verb_lemma(word, following, vocabulary, canonical=False) in (verb, canonical):
            return canonical
        if word.islower() and verb_lemma(word, following, vocabulary) == canonical:
            return canonical
    if _IN_A_PHRASE.search(sentence, max(0, at - 12), at):
        return None
    passive = _DONE_TO.match(sentence[end:])
    return canonical if passive else None


def _says(found: Evidence, verb: str) -> bool:
    """Whether a sentence says a verb (or another for the same act) where its figure's own verb
    went unread: "Library lends 58,000 books", a headline's present tense."""
    vocabulary = load_vocabulary()
    return any(vocabulary.verb_synonyms.get(word, word) == verb for word in found.words)


# "a workforce of 2,150", "attendance of 53,000", "Staff: 2,150", "the 2,150-strong workforce": a
# noun that names the quantity itself, which any act that makes it (employing, drawing a crowd) restates
_NAMED_BEFORE = LazyPattern(r"\b[a-z]+\s+(?:of|at|was|is|stood\s+at|reached|totalled)\s*$", re.IGNORECASE)
_NAMED_AFTER = LazyPattern(r"^-strong\b|^\s*\)")


def _names_quantity(claim: Claim) -> bool:
    """A figure written as the quantity itself: "a workforce of 2,150", "the 2,150-strong workforce", a
    table cell under its column's header ("Parcels given out"), a headline's figure. A list label ("- books: 46,000") is
    not: it names a stock, which what was done to some of it ("lent 12,000 books") does not restate."""
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - 30) : at]
    after = claim.sentence[at + len(claim.text) : at + len(claim.text) + 10]
    if _NAMED_BEFORE.search(before) or _NAMED_AFTER.match(after) or _evidence(claim).definite:
        return True
    return is_headline(claim) or ("|" in claim.sentence and not claim.sentence.rstrip().endswith("."))  # a table row


def is_headline(claim: Claim) -> bool:
    """The document's first line, with no full stop: a headline, which names what the body tells."""
    return claim.line == 1 and not claim.sentence.rstrip().endswith((".", "!", "?"))


def verbs_of(found: Evidence) -> set[str]:
    return {*found.actions, *([found.governor] if found.governor else [])}


def acts_disagree(one: Claim, other: Claim, *, one_sided: bool = True) -> bool:
    """Two figures of one head that count what different acts did: "employs 2,650" and "hired
    310"; "lent 12,000 books" and "46,000 books" (an act counts its own things, unless the other
    figure names the quantity itself or its sentence says the same verb); `one_sided=False` asks
    only whether both figures have acts and they differ."""
    a, b = _evidence(one), _evidence(other)
    acts_a, acts_b = act_of(one, a), act_of(other, b)
    if acts_a and acts_b:
        return acts_a != acts_b and acts_a not in verbs_of(b) and acts_b not in verbs_of(a)
    acting = acts_a or acts_b
    if acting is None or not one_sided:
        return False
    silent_claim, silent = (other, b) if acts_a else (one, a)
    if _REPORTING & set(silent.words):
        return False  # "The report describes a 300-kilometre border": the fact told again
    return not _names_quantity(silent_claim) and not _says(silent, acting)


# Verbs that tell a figure rather than act on what it counts (as Evidence.words, lemmatised)
_REPORTING = frozenset(
    "say tell report describe show list give quote cite state estimate record note reveal confirm publish count put "
    "total number reach".split()
)


def _evidence(claim: Claim) -> Evidence:
    return claim.evidence or NO_EVIDENCE
