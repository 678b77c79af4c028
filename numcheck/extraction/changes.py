"""Ratios written as words, and changes: a direction, an amount and the endpoints."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from numcheck.comparisons import compares_two_changes
from numcheck.extraction.hedges import apply_fraction_hedge, apply_hedge, hedge_before
from numcheck.extraction.readings import NEUTRAL_FROM, PERIOD_UNITS, Reading, direction_of, tidy
from numcheck.extraction.wordlists import ascii_words, letter_runs, may_end_with, may_hold, one_of
from numcheck.model import ClaimKind, Direction, Interval, Role
from numcheck.scanning import LazyPattern
from numcheck.vocabulary import CHANGE_NOUN_DIRECTIONS, Vocabulary

_AMOUNT_KINDS = (ClaimKind.PERCENT, ClaimKind.MONEY, ClaimKind.COUNT, ClaimKind.MEASURE)
_AUXILIARY = r"(?:(?:have|has|had|has\s+been|have\s+been|had\s+been|will|would|could|is|are|was|were|been)\s+)?"
_BASE_VERB_CUE = LazyPattern(
    r"(?:\bto|\bwill|\bwould|\bcould|\bcan|\bmay|\bmight|\bshould|\bmust|\bdid|\bdoes|\bdo|n't)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# "twice last year's total": a multiple of an earlier time's figure, so a rise from it
_LAST_PERIOD_S = LazyPattern(r"\s+last\s+(?:year|season|month|week|quarter)['’]s(?![\w'’])", re.IGNORECASE)
# what a multiplier multiplies: "double the figure", "triple its sales", "double last year's"
_OBJECT_AFTER = LazyPattern(
    rf"\s+(?:its|their|the|his|her|our|your|in|to|from)\b|{_LAST_PERIOD_S.pattern}", re.IGNORECASE
)
# "Walking to school trebles after ...", "Sales double, then ...": a verb in -s ends its clause or
# goes on with when or how ("the women's doubles final" is a noun)
_CLAUSE_GOES_ON = LazyPattern(
    r"\s*(?:[.,;:!?]|$)|\s+(?:after|since|as|in|on|at|over|within|again|overnight|this|last|year|despite|amid)\b",
    re.IGNORECASE,
)
# ... after a word that is no subject of it: a verb or a plural, which takes "double" ("serves doubles"),
# a number or a determiner ("two trebles", "the doubles")
_NOT_ITS_SUBJECT = LazyPattern(
    r"(?:\b[a-z]+(?:s|ed)|\b(?:a|an|the|two|three|four|five|some|many|its|their|his|her)|\d|"
    r"\b(?:took|take|won|win|lost|chose|choose|had|have|got|get|bought|buy|sold|sell|made|make|kept|held|ran|"
    r"left|paid|pay|want|wanted|prefer|book))\s+$",
    re.IGNORECASE,
)
_AS_MANY = LazyPattern(rf"\s+(?:as|the|that|what)\b|{_LAST_PERIOD_S.pattern}", re.IGNORECASE)
_OF_AFTER = LazyPattern(r"\s+of\b", re.IGNORECASE)
# "half the staff", "nearly half its workforce": "half" before its whole is a share, as "half of" is
_WHOLE_AFTER = LazyPattern(r"\s+(?:the|its|their|his|her|our|your|these|those|all)\b", re.IGNORECASE)
_BY_BEFORE = LazyPattern(r"(?<![\w])(?:by|in)\s+$", re.IGNORECASE)
_NOUN_OF_BEFORE = LazyPattern(r"(?<![\w])an?\s+[a-z]+\s+of\s+$", re.IGNORECASE)
# "Sales up a fifth", "turnout down almost a tenth": the adverb of a change, as before "20%"
_UP_OR_DOWN_BEFORE = LazyPattern(r"(?<![\w])(?:up|down)\s+$", re.IGNORECASE)
# "fell by 243, or more than a third": a change's amount, then the change again as a fraction
_OR_AFTER_AN_AMOUNT = LazyPattern(r"(?P<amount>[£$€]?\d[\d,.]*(?:\s?(?:[a-z]+|%))?)\s*,\s*or\s+$", re.IGNORECASE)
# "the third quarter of 2024", "the first half of the season": which part of a period, not how much
# of something ("the last third of the route" is a share of it)
_WHICH_PART = LazyPattern(
    r"(?<![\w-])(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter|former|opening|closing)[\s-]+\Z",
    re.IGNORECASE,
)
_OF_A_PERIOD = LazyPattern(
    r"\s+of\s+(?:(?:the|this|that|last|next|its|their|a)\s+)?(?:(?:financial|fiscal|calendar|school|academic)\s+)?"
    r"(?:year|season|century|decade|month|game|match|term|campaign|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _is_part_of_a_period(text: str, start: int, end: int) -> bool:
    if not _WHICH_PART.search(text, max(0, start - 12), start):
        return False
    return not _OF_AFTER.match(text, end) or bool(_OF_A_PERIOD.match(text, end))


# "to 300", "from 1,200", "to a record £6.2bn", "to a new high of 4.1%", "to the current 1,650"
_ENDPOINT = LazyPattern(
    r"\s*,?\s*(?P<word>from|to)\s+(?:(?:a|an|the)\s+(?:(?:record|new|fresh|current|present|latest|all-time)\s+)"
    r"(?:(?:high|low|peak|total|level)\s+)?(?:of\s+)?)?$",
    re.IGNORECASE,
)
# "rose 28% on the 1,250 of 2025", "up 8% on 2025's total of 1,250": the base a change is said on
_ON_BASE = LazyPattern(
    r"\s*,?\s*(?P<word>on)\s+(?:(?:the|last\s+year['’]s|the\s+previous\s+year['’]s|(?:19|20)\d\d['’]s?)\s+)?"
    r"(?:(?:total|figure|level|tally|count)\s+of\s+)?$",
    re.IGNORECASE,
)
# "rose 28% on 2025's 1,250, reaching 1,650": the level a change came to, after a comma
_REACHING = LazyPattern(
    r",\s*(?P<word>reaching|reached|hitting|standing\s+at|to\s+stand\s+at|to\s+reach|"
    r"taking\s+(?:it|them|the\s+total|the\s+figure)\s+to)\s+(?:a\s+(?:new\s+|record\s+)?(?:high|total)\s+of\s+)?$",
    re.IGNORECASE,
)
# What may sit between "from 2,400" and "to 1,650" besides "to": a time ("in 2015", "last year")
# The space before "to" is the leading run's, or a comma's: `\s+,?\s*to` splits a long run of spaces
# every way before it fails, quadratic in the run.
_BETWEEN_ENDPOINTS = LazyPattern(
    r"\s+(?:(?:in|at|on|by|during)\s+(?:\w+\s+){0,2}?\w+\s+|(?:a|one)\s+year\s+(?:earlier|before|ago)\s+|"
    r"(?:last|the\s+previous)\s+(?:year|month|week|quarter)\s+|"
    # "from 120 a day to 360": the start's rate, which the end shares
    r"(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|year|night|weekday)\s+)?(?:,\s*)?to\s+(?:(?:a|an|the)\s+"
    r"(?:(?:record|new|current|present|latest)\s+)?)?",
    re.IGNORECASE,
)
_TRANSITIVE = LazyPattern(
    r"(?<![\w])(?:lost|lose|loses|losing|added|adds|shed|sheds|gained|gains|cut|cuts|slashed)\s+$", re.IGNORECASE
)
# Up to four words of object between a change verb and "by": "cut deaths by", "raised its stake by",
# "cut the kiln's fuel use by"; and the route a journey's object names ("cut the peak journey from
# Eastfield to the city centre by", "fares between the towns by").
_OBJECT = (
    r"(?:[A-Za-z'’-]+\s+){0,4}?(?:(?:from|between)\s+(?:[A-Za-z'’-]+\s+){1,3}?(?:(?:to|and)\s+"
    r"(?:[A-Za-z'’-]+\s+){1,3}?)?)?"
)
# How far before a figure its change verb is looked for
_VERB_REACH = 80
_UP_FROM = LazyPattern(r"(?<![\w])(?P<word>up|down)\s+from\s+$", re.IGNORECASE)
# "9,185 officers left, compared with 7,390 the year before": an earlier value, as "up from" gives.
_COMPARED_WITH = LazyPattern(r"(?<![\w])(?:compared\s+(?:with|to)|against|versus|from)\s+$", re.IGNORECASE)
_EARLIER_TIME = LazyPattern(
    r"\s+(?:in\s+)?(?:the|a)\s+(?:(?:previous|prior|preceding)\s+(?:year|month|week|quarter|day|decade)|"
    r"(?:year|month|week|quarter|day|decade)\s+(?:before|earlier))\b",
    re.IGNORECASE,
)
# "compared with 69.1% ten years ago", "against 12% a decade earlier", "versus 40 last year". Not
# after a bare "from": "up to €182k from €149k last quarter" is a change's start, found as one.
_COMPARED_NOT_FROM = LazyPattern(r"(?<![\w])(?:compared\s+(?:with|to)|against|versus)\s+$", re.IGNORECASE)
_AGO_OR_LAST = LazyPattern(
    r"\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})\s+"
    r"(?:years?|months?|weeks?|quarters?|days?|decades?)\s+(?:ago|earlier|before)\b"
    r"|\s+(?:last|the\s+previous)\s+(?:year|month|week|quarter|decade|season|summer|winter|spring|autumn)\b",
    re.IGNORECASE,
)


# Where one list item ends and the next begins, inside one sentence: an endpoint never crosses it.
# A hard-wrapped line is not a break; a line that opens with a bullet or a number is.
_ITEM_BREAK = LazyPattern(r"\n[ \t]*(?:[-*+•]|\d{1,2}[.)])\s|[;•·|]|(?<![\w.,])\d{1,2}\)\s")
# "raised fees by 15%", "hiked rents by 4%": verbs that make a change only with "by", since
# "raised £2m" and "lifted 40 tonnes" are amounts
_BY_ONLY_UP = r"raised|raise|raises|raising|hiked|hike|hikes|hiking|lifted|lift|lifts|lifting|upped|boosted"
# "costs £84, up 20% from £75": the figure before the change is where it ended
_CHANGE_AFTER_FIGURE = LazyPattern(
    r"\s*(?:,|\(|–|—|-)\s*(?:(?:up|down|rising|falling|having\s+(?:risen|fallen))\s+(?:by\s+)?|"
    r"(?:a|an)\s+(?:rise|increase|fall|drop|decrease|jump|gain|decline|cut|reduction)\s+of\s+)$",
    re.IGNORECASE,
)
# "2,310 calls, about 40% more than on a normal day", "30% fewer than in 2019": a percentage that
# sets its figure against another is a change from that other, in the comparative's direction
_SET_AGAINST_ANOTHER = (
    r"(?:more|higher|greater|larger|bigger|fewer|less|lower|smaller|cheaper|dearer|lighter|heavier|faster|slower|"
    r"shorter|longer|taller|wider|narrower|thinner|thicker)\s+than|above|below"
)
_COMPARATIVE_AFTER = LazyPattern(rf"\s+(?P<word>{_SET_AGAINST_ANOTHER})\b", re.IGNORECASE)
_LESS = frozenset("fewer less lower smaller cheaper lighter slower shorter narrower thinner below".split())
# "312 tonnes, about 40% above last week's average" sets a level against another; a bare "sales are
# 1.5% below their pre-pandemic level" says how far from which level, a comparison of its own
_SET_AFTER_A_LEVEL = LazyPattern(r"\d[^.;:\d]{0,60}?[,(–—]\s*(?:[A-Za-z]+\s+){0,2}$")
# "2,310 calls, about 40% more than ...": the figure before such a comparison is where it ended
# (its noun, a place and a time may come between: "2,310 calls on Tuesday, about 40% more"), as
# before a change's cue ("390 moth species at Wenlow Moss last year, up 25%")
_NOUN_AND_TIME = r"(?:\s+(?:[A-Za-z'’-]+|(?:19|20)\d\d)){0,8}\s*"
_COMPARISON_AFTER_FIGURE = LazyPattern(rf"{_NOUN_AND_TIME}(?:,|\(|–|—)\s*")
_CUE_AFTER_FIGURE = LazyPattern(_NOUN_AND_TIME)
_A_YEAR = LazyPattern(r"(?:19|20)\d\d")
# "a year earlier", "the month before", "two years ago": a time, not a difference
_A_TIME_BACK = LazyPattern(
    r"\b(?:a|an|one|two|three|four|five|six|ten|the)\s+(?:years?|months?|weeks?|quarters?|days?|decades?)\s+"
    r"(?:earlier|before|ago)\b",
    re.IGNORECASE,
)
_DIFFERENCE_WORD = LazyPattern(
    r"\b(?:more|less|fewer|higher|lower|extra|earlier|later|cheaper|dearer|smaller|larger|bigger|greater|shorter|"
    r"longer|faster|slower|heavier|lighter|taller|wider|narrower|deeper|warmer|colder|hotter|cooler)\b",
    re.IGNORECASE,
)
# "390 species, 25% more than the 321 found in 2016": the figure a comparison names is where it started
# "£4.2m, up 12% on 2023's £3.75m", "up 8% on last year's 1,200": the earlier level after "on"
# (and "down 4% against last year's 1.35 million", "up 3% compared with the 40,000 of last summer")
_ON_EARLIER_LEVEL = LazyPattern(
    r"\s+(?:on|against|compared\s+(?:with|to))\s+"
    r"(?:(?:the|last\s+year['’]s|the\s+previous\s+year['’]s|(?:19|20)\d\d['’]s?)\s+)?",
    re.IGNORECASE,
)
_COMPARED_FIGURE = LazyPattern(rf"\s+(?:{_SET_AGAINST_ANOTHER})\s+(?:the\s+)?", re.IGNORECASE)
# "From 900 to 600: how the roll fell by half": a heading that gives the endpoints first
# Each endpoint is one figure, so at most 60 characters: unbounded, `.*?` then `\s+` backtracked over
# every long run of spaces, quadratic in its length.
_HEADING_ENDPOINTS = LazyPattern(
    r"\W{0,20}(?:from\s+)?(?P<from>\S.{0,60}?)\s+to\s+(?P<to>\S.{0,60}?)\s*[:–—]\s", re.IGNORECASE
)
_NOUNS = "rise|increase|fall|drop|decline|jump|gain|reduction|growth|climb|surge|loss|decrease|hike|cut"
_MODALS = "would|will|could|can|may|might|should|must|shall|did|does|do"
_MOVES = "rise|increase|fall|drop|decline|jump|growth|climb|surge|decrease"  # moves of a level, not amounts


@dataclass(frozen=True)
class ChangePatterns:
    verb_before: re.Pattern[str]
    multiplier: re.Pattern[str]
    fraction: re.Pattern[str]
    fold: re.Pattern[str]
    # "cut fares 15%": a verb, its object, then the percentage; not "rose three points to 41%" (an endpoint)
    verb_object: re.Pattern[str]
    noun_after: re.Pattern[str]  # "a 15% rise in fares", "a 5.5% pay rise"
    ratio_of: re.Pattern[str]  # "450, half the 1,100": a figure, a multiplier, the figure it multiplies
    # the words `multiplier` and `fraction` need, so a sentence without any is not scanned (wordlists.may_hold)
    multiplier_words: frozenset[str] | None
    fraction_words: frozenset[str] | None
    verb_endings: tuple[str, ...]  # what `verb_before` can match at its end, lower case (wordlists.may_end_with)


@cache
def _patterns(vocabulary: Vocabulary) -> ChangePatterns:
    verb = one_of(vocabulary.change_up | vocabulary.change_down, ignore_case=True)
    # "rose 20%", "fell by a third", "cut deaths by 30%" (an object between the verb and "by"), "a rise of 5%",
    # "raised fees by 15%"
    verb_before = re.compile(
        rf"(?:(?<![\w])(?P<verb>{verb})(?:\s+{_OBJECT}by)?|(?<![\w])(?P<by_only>{_BY_ONLY_UP})\s+{_OBJECT}by"
        rf"|(?<![\w])an?\s+(?P<noun>{_NOUNS})\s+of"
        # "the club's rise of 64": not "the loss of 124 square miles", an amount lost, not a change
        rf"|(?<![\w])(?:the|its|their|this|that|[A-Za-z]+['’]s?)\s+(?P<owned>{_MOVES})\s+of"
        # "Growth of £85,000 in three years": a mass noun needs no article (of a sum: see below)
        rf"|(?:^|(?<=[\s(\"“]))(?P<bare>growth)\s+of)\s+$",
        re.IGNORECASE,
    )
    verb_object = re.compile(
        rf"(?<![\w])(?P<verb>{verb}|{_BY_ONLY_UP})\s+(?!(?:by|to|from|of|in|on|at|about|around|almost|nearly|some|"
        rf"over|under|than|just|for)\b)(?:(?!(?:to|from)\s)[A-Za-z'’-]+\s+){{1,3}}$",
        re.IGNORECASE,
    )
    # (not "two years of falls": a length of time, of the changes it held; nor "to £250 would cut the
    # premium", a verb after a modal)
    noun_after = re.compile(
        rf"[\s-]*(?:(?!(?:of|{_MODALS})\b)[a-z]+\s+)?(?P<noun>{_NOUNS})(?:s)?\b(?!\s+(?:of|to|from)\b)",
        re.IGNORECASE,
    )
    words = one_of(vocabulary.multipliers, ignore_case=True)
    multiplier = re.compile(rf"(?<![\w-])(?P<word>{words})(?![\w-])", re.IGNORECASE)
    counts = "|".join(["a", "an", "one", *sorted(vocabulary.number_words, key=len, reverse=True)])
    fractions = one_of(vocabulary.fractions, ignore_case=True)
    fraction = re.compile(rf"(?<![\w-])(?:(?P<count>{counts})[\s-]+)?(?P<fraction>{fractions})(?![\w-])", re.IGNORECASE)
    numbers = one_of(vocabulary.number_words, ignore_case=True)
    fold = re.compile(rf"(?<![\w-])(?P<number>{numbers})\s?-?\s?fold\b", re.IGNORECASE)
    ratio_words = one_of(
        {w for w, v in vocabulary.multipliers.items() if not w.endswith(("ed", "ing"))} | set(vocabulary.fractions),
        ignore_case=True,
    )
    ratio_of = re.compile(  # the counted noun, a verb and a time may sit between: "2,600 members, double
        # the 900"; "144,000 e-books were borrowed last year, three times the 48,000"; a copula may
        # come before the multiplier: "This year's total, 42,000, is twice the 14,000"
        rf"(?:\s+(?:[A-Za-z'’-]+|(?:19|20)\d\d)){{0,10}}?"
        rf"(?:\s*(?:,|\(|–|—)\s*(?:(?:is|was|are|were)\s+)?|\s+(?:is|was|are|were)\s+)"
        rf"(?P<hedge>(?:about|almost|nearly|roughly|around|more\s+than|less\s+than)\s+)?"
        rf"(?P<word>(?:a|one)\s+(?:{fractions})|{ratio_words}|(?P<count>{counts}|\d+(?:\.\d+)?)\s+times)"
        rf"\s+(?:of\s+)?(?:the|its|their|that\s+of\s+the|those\s+of\s+the)\s+(?:[a-z]+\s+){{0,2}}?$",
        re.IGNORECASE,
    )
    return ChangePatterns(
        verb_before, multiplier, fraction, fold, verb_object, noun_after, ratio_of,
        letter_runs(vocabulary.multipliers), letter_runs(vocabulary.fractions),
        tuple(word.lower() for word in (*vocabulary.change_up, *vocabulary.change_down, "by", "of")),
    )  # fmt: skip


_NOUN_DIRECTIONS = {noun: Direction(way) for noun, way in CHANGE_NOUN_DIRECTIONS.items()}


# "made up 26.5% of sales", "takes up 30% of the budget": a phrasal verb, a share and not a rise
_PHRASAL_UP = LazyPattern(
    r"(?<![\w])(?:make|makes|made|making|take|takes|took|taken|taking|use|uses|used|using|sum|sums|summed|"
    r"add|adds|added|adding|end|ends|ended|ending|wind|winds|wound|set|sets|setting|"
    # "put down a deposit of 15%", "paid down £2m of debt", "wrote down £40m", "turned down 20%"
    r"put|puts|putting|pay|pays|paid|paying|write|writes|wrote|written|writing|turn|turns|turned|turning|"
    r"lay|lays|laid|laying|hand|hands|handed|handing|note|notes|noted|noting)\s+$",
    re.IGNORECASE,
)
# ... and with an object counted: "picked up 2,860 items", "signed up 400 members", "shot down 12
# drones" (but "sales picked up 5%" rose)
_PHRASAL_UP_COUNTED = LazyPattern(
    r"(?<![\w])(?:pick|picks|picked|picking|sign|signs|signed|signing|clear|clears|cleared|clearing|shoot|"
    r"shoots|shot|shooting|gather|gathers|gathered|gathering|rack|racks|racked|racking|rake|rakes|raked|"
    r"raking|snap|snaps|snapped|snapping|mop|mops|mopped|mopping|fill|fills|filled|filling|bring|brings|"
    r"brought|bringing|line|lines|lined|lining|back|backs|backed|backing|break|breaks|broke|broken|"
    r"breaking)\s+$",
    re.IGNORECASE,
)


_PERCENT_AFTER = LazyPattern(r"[\d.,]+\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_MONEY_SIGNS = frozenset("£$€¥")


def _direction_before(text: str, start: int, vocabulary: Vocabulary) -> Direction | None:
    patterns = _patterns(vocabulary)
    if not may_end_with(text[max(0, start - _VERB_REACH) : start], patterns.verb_endings):
        return None  # the pattern ends in a change verb, "by" or "of"
    match = patterns.verb_before.search(text, max(0, start - _VERB_REACH), start)
    if not match or match.end() != start:
        return None
    verb = match.group("verb")
    if verb and verb.lower() in ("up", "down"):
        window = max(0, match.start() - 12)
        if _PHRASAL_UP.search(text, window, match.start()) or (
            not _PERCENT_AFTER.match(text, start) and _PHRASAL_UP_COUNTED.search(text, window, match.start())
        ):
            return None
    if match.group("bare") and text[start : start + 1] not in _MONEY_SIGNS:
        return None  # "Economists expect growth of 2%": a rate of growth, said as a level
    noun = match.group("noun") or match.group("owned") or match.group("bare")
    if noun:
        return _NOUN_DIRECTIONS[noun.lower()]
    if match.group("by_only"):
        return Direction.UP
    return direction_of(match.group("verb"), vocabulary)


# A verb between a change word and a figure that takes the figure itself: "Falls accounted for 22%",
# "cuts were 15%", "drops made up 40%"
_VERB_OF_ITS_OWN = LazyPattern(
    r"\b(?:accounted|accounts|account|made|make|makes|were|was|is|are|represented|represents|comprised|"
    r"comprise|totalled|totaled|formed|form|came|come)\b",
    re.IGNORECASE,
)


def _direction_around(text: str, reading: Reading, vocabulary: Vocabulary) -> Direction | None:
    """A percentage's direction from the words around it when no verb comes right before it:
    "cut fares 15%", "a 15% rise in fares", "a 5.5% pay rise", "40% more than on a normal day"."""
    patterns = _patterns(vocabulary)
    noun = patterns.noun_after.match(text, reading.end)
    if noun:
        return _NOUN_DIRECTIONS[noun.group("noun").lower()]
    if reading.kind is not ClaimKind.PERCENT:
        return None
    compared = _COMPARATIVE_AFTER.match(text, reading.end)
    if compared and (
        " " in compared.group("word") or _SET_AFTER_A_LEVEL.search(text, max(0, reading.start - 80), reading.start)
    ):
        return Direction.DOWN if compared.group("word").split()[0].lower() in _LESS else Direction.UP
    verb = patterns.verb_object.search(text, max(0, reading.start - 50), reading.start)
    if verb is None or verb.end() != reading.start:
        return None
    word = verb.group("verb")
    if word.lower() in ("up", "down") and _PHRASAL_UP.search(text, max(0, verb.start() - 12), verb.start()):
        return None  # "put down a deposit of about 15%": a phrasal verb, not a change
    if _VERB_OF_ITS_OWN.search(text, verb.end("verb"), reading.start):
        return None  # "falls accounted for 22%": the change word is the subject; another verb takes the figure
    return _verb_direction(word, vocabulary)


def _verb_direction(word: str, vocabulary: Vocabulary) -> Direction | None:
    """The direction a verb of change says: "raised" (a verb that makes a change only with "by" or
    an object) is up; the rest as the vocabulary gives them."""
    return Direction.UP if re.fullmatch(_BY_ONLY_UP, word, re.IGNORECASE) else direction_of(word, vocabulary)


def multiplier_words(text: str, vocabulary: Vocabulary, taken: list[tuple[int, int]]) -> list[Reading]:
    """ "doubled", "twice as many", "halved", "a third of", "fell by a third"."""
    patterns = _patterns(vocabulary)
    readings: list[Reading] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for match in patterns.multiplier.finditer(text) if may_hold(text, patterns.multiplier_words) else ():
        word = match.group("word").lower()
        if not free(match.start(), match.end()):
            continue
        if word in ("twice", "thrice"):
            if not _AS_MANY.match(text, match.end()):
                continue
        elif not word.endswith(("ed", "ing")) and not (
            _BASE_VERB_CUE.search(text, max(0, match.start() - 30), match.start())
            or _OBJECT_AFTER.match(text, match.end())
            or (
                word.endswith("s")
                and _CLAUSE_GOES_ON.match(text, match.end())
                and not _NOT_ITS_SUBJECT.search(text, max(0, match.start() - 30), match.start())
            )
        ):
            continue  # "a double-decker", "triple jump": adjectives, not multipliers
        value = vocabulary.multipliers[word]
        direction: Direction | None = Direction.UP if value > 1 else Direction.DOWN
        if word in ("twice", "thrice") and not _LAST_PERIOD_S.match(text, match.end()):
            direction = None  # "twice as many": a comparison, not a rise
        readings.append(_hedged(text, match.start(), match.end(), ClaimKind.RATIO, value, None, direction, vocabulary))

    words = ascii_words(text)
    for match in patterns.fold.finditer(text) if words is None or any("fold" in w for w in words) else ():
        if free(match.start(), match.end()):
            value = float(vocabulary.number_words[match.group("number").lower()])
            readings.append(_hedged(text, match.start(), match.end(), ClaimKind.RATIO, value, None, None, vocabulary))

    for match in patterns.fraction.finditer(text) if may_hold(text, patterns.fraction_words) else ():
        if not free(match.start(), match.end()):
            continue
        if match.group("count") is None and _is_part_of_a_period(text, match.start(), match.end()):
            continue  # "the third quarter of 2024", "the first half of the season": a part of a period, no share
        fraction = vocabulary.fractions[match.group("fraction").lower()]
        count_word = (match.group("count") or "a").lower()
        count = 1 if count_word in ("a", "an", "one") else vocabulary.number_words.get(count_word, 1)
        if count > 1 and not match.group("fraction").lower().endswith("s"):
            continue
        value = count * fraction
        hedge = hedge_before(text, match.start(), vocabulary)
        anchor = hedge[1] if hedge else match.start()  # "rose by almost a quarter": the verb is before the hedge
        direction = _direction_before(text, anchor, vocabulary)
        restating = _OR_AFTER_AN_AMOUNT.search(text, max(0, anchor - 30), anchor)
        if direction is None and restating:
            direction = _direction_before(text, restating.start("amount"), vocabulary)
        # "fell by a third"; "a drop of a third", "up a fifth", "fell by 243, or a third" (a change
        # noun and "of", the adverb of a change, or the change's amount, with no whole after it)
        noun_of_or_adverb = (
            _NOUN_OF_BEFORE.search(text, max(0, anchor - 20), anchor)
            or _UP_OR_DOWN_BEFORE.search(text, max(0, anchor - 6), anchor)
            or restating
        )
        by_or_noun_of = _BY_BEFORE.search(text, max(0, anchor - 4), anchor) or (
            noun_of_or_adverb and not _OF_AFTER.match(text, match.end())
        )
        points = _POINT_AFTER.match(text, match.end())
        if points is not None:  # "fell by half a percentage point", "a quarter of a point": a change in points
            readings.append(_hedged(text, match.start(), points.end(), ClaimKind.CHANGE, value, "percentage_point",
                                    direction, vocabulary))  # fmt: skip
        elif direction is not None and by_or_noun_of:
            readings.append(_hedged(text, match.start(), match.end(), ClaimKind.CHANGE, value * 100, "percent",
                                    direction, vocabulary))  # fmt: skip
        elif (
            (_OF_AFTER.match(text, match.end()) and not match.group("fraction").lower().startswith("hal"))
            or (
                match.group("fraction").lower() == "half"
                and (_OF_AFTER.match(text, match.end()) or _WHOLE_AFTER.match(text, match.end()))
            )
            or (_PAID_BEFORE.search(text, max(0, anchor - 30), anchor) and _CLAUSE_ENDS_AFTER.match(text, match.end()))
        ):
            readings.append(_hedged(text, match.start(), match.end(), ClaimKind.RATIO, value, None, None, vocabulary))
    return readings


# "half a percentage point", "a quarter of a point": the fraction is of a point, not of the level
_POINT_AFTER = LazyPattern(r"\s+(?:of\s+)?an?\s+(?:percentage\s+)?point(?![\w-])", re.IGNORECASE)
# "the parish council will pay half.", "the trust funds a third, and ...": a share of a cost said
# before, paid by someone, with nothing after it
_PAID_BEFORE = LazyPattern(
    r"\b(?:pay|pays|paid|paying|fund|funds|funded|funding|cover|covers|covered|covering|meet|meets|met|"
    r"contribute|contributes|contributed|bear|bears|bore|foot|foots|footed)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_ENDS_AFTER = LazyPattern(r"\s*(?:[.,;:)]|$|\s(?:and|while|with|but)\b)")


def _hedged(
    text: str, start: int, end: int, kind: ClaimKind, value: float, unit: str | None,
    direction: Direction | None, vocabulary: Vocabulary,
) -> Reading:  # fmt: skip
    found = hedge_before(text, start, vocabulary)
    hedge, hedge_start = found if found else (None, start)
    precision = 0.01 if value < 1 else 1.0
    # a share in words ("just over a quarter") reaches toward the next share writers round to
    worded_share = kind is ClaimKind.RATIO and direction is None and 0 < value < 1
    interval = (apply_fraction_hedge if worded_share else apply_hedge)(value, hedge)
    if kind is ClaimKind.RATIO and direction is Direction.DOWN and value < 1 and hedge is not None:
        interval = _mirrored(interval, value)
    return Reading(hedge_start, end, kind, value, unit, interval,
                   hedge.phrase if hedge else None, precision, direction=direction, figure_end=end)  # fmt: skip


def _mirrored(interval: Interval, value: float) -> Interval:
    """A hedge on a fall read as a multiplier turns round: "more than halved" went below half (a
    bigger fall), "almost halved" stayed just above it."""
    low = 0.0 if interval.high is None else max(0.0, 2 * value - interval.high)
    high = None if interval.low is None else 2 * value - interval.low
    return Interval(tidy(low), None if high is None else tidy(high), interval.high_inclusive, interval.low_inclusive)


def attach_changes(text: str, readings: list[Reading], vocabulary: Vocabulary) -> list[Reading]:
    """Give amounts after a change verb their direction, and changes their endpoints."""
    readings = sorted(readings, key=lambda r: (r.start, r.end))
    readings = [_as_change(text, r, vocabulary) for r in readings]
    result = list(readings)
    for index, reading in enumerate(readings):
        if not reading.kind.is_quantity:
            continue
        endpoint = _ENDPOINT.search(text, max(0, reading.start - 40), reading.start)
        for said_end in (_ON_BASE, _REACHING):
            if endpoint is None or endpoint.end() != reading.start:
                endpoint = said_end.search(text, max(0, reading.start - 40), reading.start)
        up_from = _UP_FROM.search(text, max(0, reading.start - 12), reading.start)
        owner_index = _change_owner(result, index, text, _change_words(vocabulary))
        is_endpoint = endpoint is not None and endpoint.end() == reading.start and owner_index is not None
        if up_from and up_from.end() == reading.start and index > 0:
            _set_up_from(text, result, readings, index, up_from, vocabulary)
        elif (
            not is_endpoint  # "rose 5% to £285,000 from £268,000 a year ago": the change's own start
            and result[index].role is None
            and _earlier_value(text, reading)
        ):
            result[index] = dataclasses.replace(result[index], role=Role.FROM)
        elif is_endpoint and endpoint is not None and owner_index is not None:
            role = Role.FROM if endpoint.group("word").lower() in ("from", "on") else Role.TO
            owner = result[owner_index]
            if role is Role.FROM:
                owner = dataclasses.replace(owner, from_value=reading.value, endpoint_unit=reading.unit)
            else:
                owner = dataclasses.replace(owner, to_value=reading.value, endpoint_unit=reading.unit)
            result[owner_index] = owner
            result[index] = dataclasses.replace(result[index], role=role)
    for index in range(len(result)):
        _end_before(text, result, index)
    _heading_endpoints(text, result)
    return sorted(result + _ratio_between(text, result, vocabulary), key=lambda r: (r.start, r.end))


_WORD = LazyPattern(r"[a-z]+")
_CLAUSE_BREAK = LazyPattern(r",|\b(?:and|while|but|whereas)\b")
# "a doubling of visits to the museum's new wing, from 5,000 to 13,000": a nominal and its complement
# and "a 15% rise in fares took the single ticket from £2 to £2.60"
_COMPLEMENT = LazyPattern(rf"\s+(?:(?:[a-z]+\s+)?(?:{_NOUNS})s?\s+)?(?:of|in)\s[^;:()]*$", re.IGNORECASE)


def _earlier_value(text: str, reading: Reading) -> bool:
    """ "compared with 7,390 the year before", "against 12% a decade ago": a figure set against
    an earlier one, as "up from" sets it."""
    before = max(0, reading.start - 16)
    if _REPLACED.search(text, before, reading.start):
        return True  # "will cost £7.25 an hour instead of £6.50": the level the new one replaces
    if _EARLIER_TIME.match(text, reading.end):
        return _COMPARED_WITH.search(text, before, reading.start) is not None
    if _THAN_THE.search(text, max(0, reading.start - 30), reading.start):
        # "36 more than the 148 who raced last year", "170 more than the 1,280 it sent out last year"
        clause = _CLAUSE_BEFORE_A_TIME.match(text, reading.end)
        return bool(_AGO_OR_LAST.match(text, clause.end() if clause else reading.end))
    return bool(_AGO_OR_LAST.match(text, reading.end) and _COMPARED_NOT_FROM.search(text, before, reading.start))


_REPLACED = LazyPattern(r"(?<![\w])(?:instead\s+of|in\s+place\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
# The base a difference is counted from: "36 more than the 148", "fewer than the"
_THAN_THE = LazyPattern(
    r"\b(?:more|fewer|less|higher|lower|greater|bigger|smaller)\s+(?:[a-z]+\s+)?than\s+the\s+$", re.IGNORECASE
)
# a short clause of the base's own before its time: "who raced", "it sent out"
_CLAUSE_BEFORE_A_TIME = LazyPattern(
    rf"\s+(?:who|that|which|it|they|we|he|she)(?:\s+[a-z]+){{1,3}}?(?=(?i:{_AGO_OR_LAST.pattern}))"
)


@cache
def _change_words(vocabulary: Vocabulary) -> frozenset[str]:
    return frozenset(word.lower() for word in (*vocabulary.change_up, *vocabulary.change_down))


def _change_owner(readings: list[Reading], index: int, text: str, change_words: frozenset[str]) -> int | None:
    """The change or ratio, earlier in the sentence, whose endpoint this figure would be: not one
    before another change word ("retreated 1.2 km, and its area has fallen from 18.4 to 14.7")."""
    # how far back the figure is from the change is counted from the change's other end where one
    # comes between: "rose by 28% to 1.42 million in the year to March, from 1.2 million"
    near = None
    dated = 0  # how much of the reach is when: "will rise by 6% from 1 April, taking fees to £371"
    for back in range(index - 1, -1, -1):
        candidate = readings[back]
        gap = text[candidate.end : readings[index].start]
        if any(mark in gap for mark in ";:") or _ITEM_BREAK.search(text, candidate.start, readings[index].start):
            return None
        later_clause = _CLAUSE_BREAK.split(gap.lower(), maxsplit=1)[1:]
        if later_clause and not change_words.isdisjoint(_WORD.findall(later_clause[0])):
            return None  # another clause with its own change verb
        reach = gap if near is None else text[near : readings[index].start]
        if len(reach) - dated > 40 and not (len(reach) <= 90 and _COMPLEMENT.match(reach)):
            return None
        if candidate.kind is ClaimKind.DATE:
            opened = _DATE_OPENING.search(text, max(0, candidate.start - 20), candidate.start)
            dated += candidate.end - (opened.start() if opened else candidate.start)
        if candidate.direction is not None and candidate.kind in (ClaimKind.CHANGE, ClaimKind.RATIO):
            return back
        if candidate.kind is ClaimKind.CHANGE and candidate.unit == "percentage_point":
            return back  # "improved by 1.4 points to 27.9%": a move in points, up or down, to its end
        if candidate.role is None and candidate.kind is not ClaimKind.CHANGE and candidate.kind.is_quantity:
            return None  # a date between is no figure: "doubled since 1991 to 1.9 million"
        if (
            candidate.role is Role.TO
            and near is None
            and _TIME_PHRASE.fullmatch(text, candidate.end, readings[index].start)
        ):
            near = candidate.end
    return None


# the preposition, and a month or weekday, before a date: "from 1 April", "from April 2026"
_DATE_OPENING = LazyPattern(r"\s+(?i:from|on|in|by|since|until|till)\s+(?:[A-Z][a-z]+\s+)?$")


# What may stand between a change's end and its start said after it: when ("in the year to March",
# "last year", "in 2025") and the comma before "from"
_TIME_PHRASE = LazyPattern(
    r"\s+(?:(?:in|over|during)\s+(?:the\s+)?(?:year|twelve\s+months|12\s+months|three\s+months|six\s+months|"
    r"quarter|half)\s+to\s+[A-Z][a-z]+|(?:in|during)\s+(?:19|20)\d\d|last\s+(?:year|month|season|quarter)|"
    r"this\s+(?:year|month|season|quarter))\s*,?\s+from\s+"
)


def _end_before(text: str, result: list[Reading], index: int) -> None:
    """ "a monthly pass costs £84, up 20% from £75": the figure before the change is its end."""
    change = result[index]
    if change.to_value is not None or change.direction is None or index == 0:
        return
    if change.kind not in (ClaimKind.CHANGE, ClaimKind.RATIO):
        return
    earlier = index - 1
    while earlier > 0 and _is_a_year(text, result[earlier]):
        earlier -= 1  # "lent 48,000 books in 2025, up 12%": the year is the level's time
    before = result[earlier]
    if not _written_as_its_end(text, before, change):
        return
    if before.role not in (None, Role.FROM) or not before.kind.is_quantity:
        return
    if _BASE_OF_A_COMPARISON.search(text, max(0, before.start - 60), before.start):
        if _BASE_OF_ITS_OWN.match(text, change.end):
            return  # "against 420 in 2019, a rise of 31 on last year": another change, from another base
        # "1,600 offences, 350 more than the 1,250 of 2025, a rise of 22%": the figure a comparison
        # names is where the change began; it ended at the level set against it
        _compared_level_to_base(text, result, index, earlier)
        return
    if before.role is not None:
        return
    if before.kind in (ClaimKind.CHANGE, ClaimKind.RATIO) or change.endpoint_unit not in (None, before.unit):
        return
    start = next((r for r in result[index + 1 :] if r.role is Role.FROM), None)
    if start is not None and (start.kind is not before.kind or start.unit != before.unit):
        return  # "61,000 tonnes, 2% less than the year before, from 52,000 homes": another measure
    change = dataclasses.replace(change, to_value=before.value, endpoint_unit=before.unit)
    result[earlier] = dataclasses.replace(before, role=Role.TO)
    following = index + 1
    if following + 1 < len(result) and _is_a_year_of(text, result[following]):
        following += 1  # "up 12% on 2023's £3.75m": the year is the earlier level's time
    after = result[following] if following < len(result) else None
    if (
        change.from_value is None
        and after is not None
        and after.role is None
        and after.kind is before.kind
        and after.unit == before.unit
        and (
            (following == index + 1 and _COMPARED_FIGURE.fullmatch(text, change.end, after.start))
            or _ON_EARLIER_LEVEL.fullmatch(text, change.end, after.start)
        )
    ):
        change = dataclasses.replace(change, from_value=after.value)
        result[following] = dataclasses.replace(after, role=Role.FROM)
    result[index] = change


# The figure after these words is the base a level is set against: "350 more than the 1,250",
# "compared with last year's 700", "against 2024's £4m", "up from the 36,000"
_BASE_OF_A_COMPARISON = LazyPattern(
    rf"(?:(?<![\w])(?:{_SET_AGAINST_ANOTHER})|compared\s+(?:with|to)|against|(?:up|down)\s+from)\s+"
    r"(?:(?:the|its|their|(?:last|the\s+previous)\s+(?:year|month|week|quarter|season)['’]s|(?:19|20)\d\d['’]s?)\s+)?$",
    re.IGNORECASE,
)
_BASE_OF_ITS_OWN = LazyPattern(r"\s+(?:on|since|from|against|compared)\b", re.IGNORECASE)
# A figure said to be the gap to a base after it: "350 more than", "90 fewer than"
_DIFFERENCE_BEFORE_THAN = LazyPattern(rf"\s*(?:{_SET_AGAINST_ANOTHER})", re.IGNORECASE)


def _compared_level_to_base(text: str, result: list[Reading], index: int, base_index: int) -> None:
    """A change apposed after the base of a comparison runs from that base to the level set against
    it, the nearest figure of the base's measure before the comparison (past the gap itself, "350
    more than"), in the same clause."""
    base, change = result[base_index], result[index]
    for back in range(base_index - 1, -1, -1):
        level = result[back]
        if any(mark in text[level.end : base.start] for mark in ";:") or base.start - level.end > 120:
            return
        if _is_a_year(text, level) or _DIFFERENCE_BEFORE_THAN.match(text, level.end):
            continue  # a level's time, or the gap to the base
        if (
            level.role is not None
            or not _same_measure(level, base)
            or level.kind in (ClaimKind.CHANGE, ClaimKind.RATIO)
        ):
            return
        result[index] = dataclasses.replace(
            change, from_value=base.value, to_value=level.value, endpoint_unit=level.unit
        )
        result[back] = dataclasses.replace(level, role=Role.TO)
        result[base_index] = dataclasses.replace(base, role=Role.FROM)
        return


_YEARS_OWN = LazyPattern(r"(?:19|20)\d\d['’]s?")


def _is_a_year_of(text: str, reading: Reading) -> bool:
    """A year, or a year's: "2023's £3.75m"."""
    return reading.kind is ClaimKind.DATE and _YEARS_OWN.fullmatch(text, reading.start, reading.end) is not None


def _is_a_year(text: str, reading: Reading) -> bool:
    return reading.kind is ClaimKind.DATE and _A_YEAR.fullmatch(text, reading.start, reading.end) is not None


def _written_as_its_end(text: str, before: Reading, change: Reading) -> bool:
    """ "costs £84, up 20%": the cue right after the figure; "2,310 calls on Tuesday, about 40%
    more than": a comparison may have the figure's noun and a time between."""
    cue = _CHANGE_AFTER_FIGURE.search(text, max(0, change.start - 40), change.start)
    if cue is not None and cue.end() == change.start:
        gap = _CUE_AFTER_FIGURE.fullmatch(text, before.end, cue.start())
        # "will cost 70p more, a rise of about 6%": a difference is no level for a change to end at
        # (but "against £4m a year earlier" names a time)
        return gap is not None and not _DIFFERENCE_WORD.search(_A_TIME_BACK.sub("", gap.group()))
    compared = _COMPARATIVE_AFTER.match(text, change.end)
    return bool(compared and _COMPARISON_AFTER_FIGURE.fullmatch(text, before.end, change.start))


def _ratio_between(text: str, result: list[Reading], vocabulary: Vocabulary) -> list[Reading]:
    """ "450, half the 1,100 of the year before"; "3,000, double the 1,200 recorded": a figure, a
    multiplier, and the figure it multiplies, as a ratio with both endpoints."""
    pattern = _patterns(vocabulary).ratio_of
    quantities = [i for i, r in enumerate(result) if r.kind in _AMOUNT_KINDS and r.role is None]
    added: list[Reading] = []
    for place, second in enumerate(quantities):
        start = result[second]
        # the nearest figure before of the same measure: a length of time between is another
        # measure ("sold 18,600 pints over its three days, double the 6,200")
        first = next((i for i in reversed(quantities[:place]) if _multiplies(result[i], start)), None)
        if first is None:
            continue
        end = result[first]
        match = pattern.match(text, end.end, start.start)
        if match is None:
            continue
        word = match.group("word").lower()
        value = _ratio_value(word, match.group("count"), vocabulary)
        if value is None or value == 1:
            continue
        # the multiplier as read already, with its hedge if it has one ("more than twice")
        existing = next((i for i, r in enumerate(result) if r.kind is ClaimKind.RATIO
                         and r.start < match.end("word") and r.end > match.start("word")), None)  # fmt: skip
        # the hedge bounds the multiple itself: "less than half the 55" is below 0.5 (a verb's
        # "more than halved" turns round in `_hedged`, a multiple between two figures does not)
        ratio = _hedged(text, match.start("word"), match.end("word"), ClaimKind.RATIO, value, None, None, vocabulary)
        ratio = dataclasses.replace(ratio, direction=Direction.UP if value > 1 else Direction.DOWN,
                                    from_value=start.value, to_value=end.value, endpoint_unit=end.unit)  # fmt: skip
        if existing is not None:
            result[existing] = ratio
        else:
            added.append(ratio)
        result[first] = dataclasses.replace(end, role=Role.TO)
        result[second] = dataclasses.replace(start, role=Role.FROM)
    return added


def _multiplies(end: Reading, start: Reading) -> bool:
    """Whether `start` can be what `end` is a multiple of: one kind and unit, or a bare count that
    takes the other's unit ("18,600 pints, three times the 6,200")."""
    if end.kind is start.kind and end.unit == start.unit:
        return True
    return (
        end.kind is ClaimKind.MEASURE
        and end.unit not in PERIOD_UNITS  # "over its three days, double the 6,200": not days
        and start.kind is ClaimKind.COUNT
        and start.unit is None
    )


def _ratio_value(word: str, count: str | None, vocabulary: Vocabulary) -> float | None:
    if count is not None:
        number = vocabulary.number_words.get(count.lower())
        return float(number) if number is not None else float(count) if count[0].isdigit() else None
    if word in vocabulary.multipliers:
        return float(vocabulary.multipliers[word])
    fraction = re.sub(r"^(?:a|one)\s+", "", word)
    return vocabulary.fractions.get(fraction)


def _heading_endpoints(text: str, result: list[Reading]) -> None:
    """ "From 900 to 600: how the school roll fell by half": the endpoints come first."""
    match = _HEADING_ENDPOINTS.match(text)
    if match is None:
        return
    start = next((i for i, r in enumerate(result) if r.start == match.start("from")), None)
    end = next((i for i, r in enumerate(result) if r.start == match.start("to")), None)
    if start is None or end is None or result[start].kind is not result[end].kind:
        return
    if result[start].end != match.end("from") or result[end].end != match.end("to"):
        return
    owners = [i for i, r in enumerate(result)
              if r.start > match.end() and r.direction is not None and r.kind in (ClaimKind.CHANGE, ClaimKind.RATIO)
              and r.from_value is None and r.to_value is None]  # fmt: skip
    if len(owners) != 1:
        return
    owner = result[owners[0]]
    result[owners[0]] = dataclasses.replace(owner, from_value=result[start].value, to_value=result[end].value,
                                            endpoint_unit=result[start].unit)  # fmt: skip
    result[start] = dataclasses.replace(result[start], role=Role.FROM)
    result[end] = dataclasses.replace(result[end], role=Role.TO)


# "posted a loss of £1.1bn": a sum of money lost is an amount (the year's loss), as "a profit of" is
_MONEY_LOST = LazyPattern(r"\bloss(?:es)?\s+of\s+\Z", re.IGNORECASE)


# "fell below 4%", "must not fall below £250,000", "rose above £300": the level the thing crossed, a
# bound on where it stands, not how far it moved ("fell more than 4%" is a move, and keeps its verb)
_LEVEL_BOUND = LazyPattern(r"(?:^|\s)(?:below|above)$")


def _as_change(text: str, reading: Reading, vocabulary: Vocabulary) -> Reading:
    if not reading.kind.is_quantity:
        return reading
    if reading.kind is ClaimKind.RATIO and compares_two_changes(text, reading.end):
        return reading
    if reading.kind in _AMOUNT_KINDS and reading.qualifier and _LEVEL_BOUND.search(reading.qualifier):
        return reading
    if reading.kind is ClaimKind.MONEY and _MONEY_LOST.search(text, max(0, reading.start - 12), reading.start):
        return reading
    direction = reading.direction or _direction_before(text, reading.start, vocabulary)
    if direction is None and reading.kind in _AMOUNT_KINDS and reading.role is None:
        direction = _direction_around(text, reading, vocabulary)
    if direction is None and reading.kind in (ClaimKind.CHANGE, ClaimKind.RATIO):
        # "a three-point rise", "a 2-point fall", "a fourfold increase"
        noun = _patterns(vocabulary).noun_after.match(text, reading.end)
        direction = _NOUN_DIRECTIONS[noun.group("noun").lower()] if noun else None
    if direction is None:
        return reading
    if reading.kind is ClaimKind.RATIO or reading.kind is ClaimKind.CHANGE:
        return dataclasses.replace(reading, direction=direction)
    if reading.kind is ClaimKind.COUNT and _TRANSITIVE.search(text, max(0, reading.start - 20), reading.start):
        return reading  # "lost 10,000 soldiers", "added 200 jobs": what was lost is counted, not a level
    if reading.kind in _AMOUNT_KINDS:
        return dataclasses.replace(reading, kind=ClaimKind.CHANGE, direction=direction)
    return reading


_FROM_AFTER_VERB = LazyPattern(r"\s+from\s+$", re.IGNORECASE)
# Between one move and the next whose verb is left out: ", and the day pass from", "; the Fixed Desk from"
_ELLIPTICAL_FROM = LazyPattern(
    r"(?:[^,;.]{0,30}?)(?:,\s*|;\s*|\s+)(?:and|while|with|but)?\s*"
    r"(?!.*\brang)(?:[A-Za-z'’-]+\s+){0,5}?from\s+",  # (not "prices ranging from")
    re.IGNORECASE,
)

_TO_AFTER_VERB = LazyPattern(r"\s+to\s+$", re.IGNORECASE)
_FROM_BETWEEN = LazyPattern(r"\s+from\s+", re.IGNORECASE)


def _direction_before_to(text: str, start: int, vocabulary: Vocabulary) -> Direction | None:
    """ "fell to 4.2% from 4.5%": the verb before "to" of a change written end first."""
    match = _TO_AFTER_VERB.search(text, max(0, start - 8), start)
    if not match:
        return None
    return _direction_before(text, match.start() + 1, vocabulary)


def _direction_before_from(text: str, start: int, vocabulary: Vocabulary) -> Direction | None:
    match = _FROM_AFTER_VERB.search(text, max(0, start - 8), start)
    if not match:
        return None
    return _direction_before(text, match.start() + 1, vocabulary) or _direction_over_object(
        text, match.start() + 1, vocabulary
    )


# Words between a verb and "from" that make the figures after it a range of their own ("cut prices
# of homes priced from £200,000 to £300,000") or another clause's.
_NOT_AN_OBJECT = LazyPattern(
    r"\b(?:priced|aged|sized|valued|rated|ranging|varying|costing|numbering|running|starting|dating|lasting|"
    r"stretching|and|or|but|to|by|than|which|that|who|whose|as|while|with)\b",
    re.IGNORECASE,
)

# Verbs of change that take an object: "cut waiting times", not "rose sharply" (an intransitive
# verb's words before "from" are no object of it), nor "lower", the comparative
_TAKES_AN_OBJECT = LazyPattern(
    r"(?:increas|reduc|rais|lift|boost|slash|hik|trimm?|expand|doubl|tripl|halv|cut)(?:e|es|ed|s|ing)?"
    r"|lower(?:ed|s|ing)"
)


@cache
def _verb_then_object(vocabulary: Vocabulary) -> re.Pattern[str]:
    words = vocabulary.change_up | vocabulary.change_down
    verbs = one_of({word for word in words if _TAKES_AN_OBJECT.fullmatch(word.lower())}, ignore_case=True)
    return re.compile(
        rf"(?<![\w])(?P<verb>{verbs}|{_BY_ONLY_UP})\s+(?P<object>(?:[A-Za-z'’&-]+\s+){{1,7}}?)$", re.IGNORECASE
    )


def _direction_over_object(text: str, start: int, vocabulary: Vocabulary) -> Direction | None:
    """ "raised the cap for a typical household from £1,640 to £1,804", "cut waiting times at the
    clinic from 14 weeks to nine": a verb of change, its object, then the move's two ends."""
    match = _verb_then_object(vocabulary).search(text, max(0, start - 70), start)
    if match is None or _NOT_AN_OBJECT.search(match.group("object")):
        return None
    return _verb_direction(match.group("verb").lower(), vocabulary)


def _same_measure(one: Reading, other: Reading) -> bool:
    """Two figures of one kind of quantity: two percentages, two counts, two sums of money, two
    measures in one unit (or one with no unit of its own)."""
    if one.kind is other.kind and one.kind is not ClaimKind.MEASURE:
        return True
    return one.kind is other.kind and (one.unit == other.unit or None in (one.unit, other.unit))


def _bracketed_before(text: str, reading: Reading, at: int) -> bool:
    """A figure inside brackets that close before `at`: "5,400 degrees (3,100 of them to
    undergraduates), up from 5,150" goes on from the figure before the brackets."""
    opened = text.rfind("(", 0, reading.start)
    return opened > text.rfind(")", 0, reading.start) and ")" in text[reading.end : at]


_AND_BEFORE = LazyPattern(r",?\s+and\s+\Z", re.IGNORECASE)
_SET_AGAINST = LazyPattern(
    r"\b(?:above|below|than|against|versus|compared\s+with|compared\s+to)\b[^,;:]*\Z", re.IGNORECASE
)


def _set_up_from(
    text: str, result: list[Reading], readings: list[Reading], index: int, up_from: re.Match[str],
    vocabulary: Vocabulary,
) -> None:  # fmt: skip
    """ "€9 million, up from €7 million": the earlier figure is the new level."""
    source = readings[index]
    # "66% were seen within four hours, down from 61%": the new level is the last figure of its kind
    # (not a part said to be among the level before it: "286, including 112 juniors, up from 251")
    candidates = (
        i
        for i in _levels_before(text, readings, index, up_from.start())
        if not _a_part_of_the_level_before(text, readings[i])
    )
    nearest = next(candidates, None)
    if nearest is None:
        return
    # the nearest, unless it is far from the earlier level and one before it is near: "sold 26,400
    # tickets for its 140 events, up from 23,900 last year" is up from 23,900 tickets
    previous_index = nearest
    rest = list(candidates)
    noun = _noun_after(text, source)
    if noun is not None and _noun_after(text, readings[nearest]) != noun:
        # "gave out 3,400 items to 860 children ..., up from 2,100 items": the level of its noun
        previous_index = next((i for i in rest if _noun_after(text, readings[i]) == noun), nearest)
    if previous_index == nearest and not _near_in_size(readings[nearest], source):
        previous_index = next((i for i in rest if _near_in_size(readings[i], source)), nearest)
    before_previous = max(0, readings[previous_index].start - 40)
    if _AND_BEFORE.search(text, readings[previous_index].end, up_from.start()) and _SET_AGAINST.search(
        text, before_previous, readings[previous_index].start
    ):
        # "That was 8.4 points above the national figure of 65.1%, and up from 70.2%": the level is
        # the sentence's subject, set against the figure before; not that figure
        return
    previous = result[previous_index]
    direction = Direction.UP if up_from.group("word").lower() == "up" else Direction.DOWN
    result[index] = dataclasses.replace(source, role=Role.FROM)
    if ClaimKind.RATIO in (source.kind, previous.kind):
        return  # "one in eight, down from one in five": an earlier share, and no amount stated
    owner = next((i for i in range(index - 1, -1, -1)
                  if result[i].kind in (ClaimKind.CHANGE, ClaimKind.RATIO) and result[i].to_value == previous.value
                  and result[i].from_value is None), None)  # fmt: skip
    if owner is not None:
        result[owner] = dataclasses.replace(result[owner], from_value=source.value)
        return
    result.append(
        Reading(up_from.start(), source.end, ClaimKind.CHANGE, tidy(abs(previous.value - source.value)), source.unit,
                Interval.point(tidy(abs(previous.value - source.value))), None,
                max(previous.precision, source.precision),
                direction=direction, from_value=source.value, to_value=previous.value,
                endpoint_unit=source.unit, figure_end=source.end)
    )  # fmt: skip


def _noun_after(text: str, reading: Reading) -> str | None:
    """The plural noun right after a figure ("2,100 items"), if one is."""
    found = _PLURAL_AFTER.match(text, reading.end)
    return found.group(1).lower() if found else None


_PLURAL_AFTER = LazyPattern(r"\s+([a-z]{3,}s)\b")


# A part set after its whole: "286 members, including 112 juniors", "(among them 40 nurses"
_PART_OF_THE_LEVEL_BEFORE = LazyPattern(
    r"\d[^,;:(]*[,(]\s*(?:including|among\s+(?:them|whom|which)|of\s+(?:whom|which))\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE
)


def _a_part_of_the_level_before(text: str, reading: Reading) -> bool:
    return _PART_OF_THE_LEVEL_BEFORE.search(text, max(0, reading.start - 30), reading.start) is not None


def _levels_before(text: str, readings: list[Reading], index: int, at: int) -> Iterator[int]:
    """The readings before `index` of its measure, nearest first, not in brackets closed before `at`;
    up to the first past a list item's break, since every one before it is past that break too."""
    source = readings[index]
    for i in range(index - 1, -1, -1):
        reading = readings[i]
        if not (reading.kind.is_quantity and _same_measure(reading, source)) or _bracketed_before(text, reading, at):
            continue
        if _ITEM_BREAK.search(text, reading.start, at):
            return
        yield i


def _near_in_size(level: Reading, earlier: Reading) -> bool:
    """Within a factor of three of each other: a level and the one it moved from, most often."""
    low, high = sorted((abs(level.value), abs(earlier.value)))
    return low > 0 and high <= 3 * low


def changes_from_endpoints(text: str, readings: list[Reading], vocabulary: Vocabulary) -> list[Reading]:
    """ "rose from 300 to 1,200": a change with no stated amount, read from its endpoints.

    Returns every reading: the endpoints get their roles, and the new changes are added."""
    out: list[Reading] = []
    ordered = sorted(readings, key=lambda r: r.start)
    roles: dict[int, Role] = {}
    overruled: set[int] = set()  # roles an earlier reading got wrong, as it read the change forwards
    quantities = [i for i, r in enumerate(ordered) if r.kind.is_quantity]
    for first_index, second_index in itertools.pairwise(quantities):  # a date between is skipped
        first, second = ordered[first_index], ordered[second_index]
        if first.role is not None or first.kind in (ClaimKind.CHANGE, ClaimKind.RATIO):
            continue  # a move between two shares in words ("from one in five to one in eight") states no amount
        if second.kind is not first.kind:
            continue
        # "rose from 300 to 1,200", and the other way round, "fell to 4.2% from 4.5%"
        direction = _direction_before_from(text, first.start, vocabulary)
        cue = _FROM_AFTER_VERB.search(text, max(0, first.start - 8), first.start)
        between = _BETWEEN_ENDPOINTS.match(text, first.end, second.start)
        begin, end = first, second
        if direction is None:
            direction = _direction_before_to(text, first.start, vocabulary)
            cue = _TO_AFTER_VERB.search(text, max(0, first.start - 8), first.start)
            between = _FROM_BETWEEN.match(text, first.end, second.start)
            begin, end = second, first
        if (
            direction is None
            and out
            and second.value != first.value
            and _ELLIPTICAL_FROM.fullmatch(text, out[-1].figure_end, first.start)
        ):
            # "rises from £149 to £165, and a Fixed Desk from £245 to £269": the verb is left out of
            # the second move, whose ends give its direction
            direction = Direction.UP if second.value > first.value else Direction.DOWN
            cue = _FROM_AFTER_VERB.search(text, max(0, first.start - 8), first.start)
            between = _BETWEEN_ENDPOINTS.match(text, first.end, second.start)
            begin, end = first, second
        if (
            direction is None
            and second.value != first.value
            and NEUTRAL_FROM.search(text, max(0, first.start - 20), first.start)
        ):
            # "went from 400 to 550", "will change from £30 to £45": the endpoints give the direction
            direction = Direction.UP if second.value > first.value else Direction.DOWN
            cue = _FROM_AFTER_VERB.search(text, max(0, first.start - 8), first.start)
            between = _BETWEEN_ENDPOINTS.match(text, first.end, second.start)
            begin, end = first, second
        if direction is None or cue is None or between is None or between.end() != second.start:
            continue
        amount = tidy(end.value - begin.value)
        unit = "percentage_point" if first.kind is ClaimKind.PERCENT else first.unit
        # the verb's direction, not the endpoints': "rose from 500 to 400" is a change that contradicts itself
        out.append(
            Reading(cue.start() + 1 if text[cue.start()].isspace() else cue.start(), second.end,
                    ClaimKind.CHANGE, abs(amount), unit, Interval.point(abs(amount)), None,
                    max(first.precision, second.precision), direction=direction,
                    from_value=begin.value, to_value=end.value, endpoint_unit=first.unit,
                    figure_end=second.end)
        )  # fmt: skip
        from_index, to_index = (first_index, second_index) if begin is first else (second_index, first_index)
        roles[from_index], roles[to_index] = Role.FROM, Role.TO
        if begin is second:  # "10.5% from 11.8%, a drop of": the figure before the amount is the start
            overruled.update((from_index, to_index))
        _amount_after(text, ordered, second_index, begin, end)
    marked = [dataclasses.replace(r, role=roles[i]) if i in roles and (r.role is None or i in overruled) else r
              for i, r in enumerate(ordered)]  # fmt: skip
    return marked + out


# "fell from 9,000 to 7,800, a drop of 13%": the change the endpoints were, said after them
_AMOUNT_AFTER = LazyPattern(
    rf"\s*(?:,|\(|–|—)\s*(?:(?:a|an)\s+(?:{_NOUNS})\s+of|(?:up|down)(?:\s+by)?)\s+", re.IGNORECASE
)


def _amount_after(text: str, ordered: list[Reading], end_index: int, first: Reading, second: Reading) -> None:
    """ "from 9,000 to 7,800, a drop of 13%": the amount said after the endpoints (`first` the start,
    `second` the end; the last of them written is at `end_index`) is the change between them."""
    following = next((i for i in range(end_index + 1, len(ordered)) if ordered[i].kind.is_quantity), None)
    if following is None:
        return
    change = ordered[following]
    cue = _AMOUNT_AFTER.match(text, ordered[end_index].end, change.start)
    if cue is None or cue.end() != change.start or change.kind not in (ClaimKind.CHANGE, ClaimKind.RATIO):
        return
    if change.from_value is None and change.to_value in (None, first.value, second.value):
        ordered[following] = dataclasses.replace(change, from_value=first.value, to_value=second.value,
                                                 endpoint_unit=first.unit)  # fmt: skip
