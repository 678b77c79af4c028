"""A change stated in one place of a document, and the two levels the same document gives for it.

"A meal will go up from £2.40 to £2.70" in one sentence and "the 25% rise" (or "Parents will pay
40p more") in another state one change twice: once by its ends, once by its size. Linking leaves
changes to their endpoints, so the size said elsewhere is never set against them. Here a document
with one change read from its ends (`Endpoints`) links it with every plain change figure of the
document that names no other thing, time or actor, and that a table row does not tie to another
level; change-arithmetic checks the size against the ends (numcheck.kinds)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.calendar_words import MONTH_NUMBERS
from numcheck.frames import is_headline
from numcheck.model import WRITTEN_RANGES, Claim, ClaimKind, Direction, Role
from numcheck.remembered import per_document
from numcheck.rows import in_a_row
from numcheck.scanning import LazyPattern
from numcheck.slips import names_people
from numcheck.subjects import lemma, word_stem
from numcheck.vocabulary import CHANGE_NOUN_DIRECTIONS, load_vocabulary

# Heads that name the change itself, not a thing that changed: "the 21.5% rise", "Rise: 20%".
_CHANGE_HEADS = {
    "rise": Direction.UP, "increase": Direction.UP, "hike": Direction.UP, "jump": Direction.UP,
    "fall": Direction.DOWN, "cut": Direction.DOWN, "drop": Direction.DOWN, "decrease": Direction.DOWN,
    "reduction": Direction.DOWN, "loss": Direction.DOWN, "gain": Direction.UP, "improvement": Direction.UP,
    "decline": Direction.DOWN,
    # a cost's rise past its first figure: "the £500,000 overrun", "an overspend of £2m"
    "overrun": Direction.UP, "overspend": Direction.UP,
}  # fmt: skip
# Words that name the level of an amount of money, whatever it buys: "the price", "the charge"
_PRICE_WORDS = frozenset("price prices cost costs charge charges fee fees fare fares rent rents bill bills".split())
# "The rise, of 20%,", "the increase, which the council puts at 15%": the change named before its figure
_CHANGE_BEFORE = LazyPattern(
    r"(?<![\w])(?:the|this|that|its|their)\s+(?P<word>rise|increase|hike|jump|fall|cut|drop|decrease|reduction|"
    r"overrun|overspend|gain|improvement|decline)\s*(?:\(\s*|,\s*(?:of|(?:which|that)\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:puts?|put|gives?|gave|says?|said|is|was)(?:\s+\w+)?\s+at)\s+)$"
    # "The loss of 218 childminders", "a fall of 182": the change named, then "of" its size
    r"|(?<![\w])(?:the|a|an|this|that|its|their)\s+"
    r"(?P<noun>rise|increase|jump|fall|cut|drop|decrease|reduction|loss|overrun|overspend|gain|improvement|decline)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
# "to cost 15% more", "pay 40p less": a figure of more or less is a change by its words after it
_MORE_OR_LESS = LazyPattern(
    r"^\s*(?P<word>more|extra|higher|bigger|larger|longer|less|fewer|lower|cheaper|smaller|shorter)\b"
    # not a hedge on the multiple after it: "Kitefish DB 5.0 more than doubles write speed"
    r"(?!\s+than\s+(?:doubl|tripl|trebl|quadrupl|halv|twice|thrice))",
    re.IGNORECASE,
)
_MORE = frozenset({"more", "extra", "higher", "bigger", "larger", "longer"})
# "The list is now 940 shorter": the comparative read as the figure's head names no thing
_COMPARED_HEADS = frozenset(
    "high big large long low cheap small short higher bigger larger longer lower cheaper smaller shorter".split()
)
# "10% is the rise given in the papers": a figure said to be the change by a copula after it
_IS_THE_CHANGE = LazyPattern(
    r"^\s*(?:is|was|will\s+be|would\s+be)\s+(?:the|a|an|its|their)\s+(?P<word>[a-z]+)\b", re.IGNORECASE
)
# "Parents will pay 40p more for each meal": the one who pays is no thing that changed; what is
# paid for, after "for", is
_PAID = LazyPattern(r"\b(?:pay|pays|paid|paying)\s+(?:an?\s+)?(?:extra\s+)?$", re.IGNORECASE)
_PAID_FOR = LazyPattern(
    r"^\s*(?:more|extra|less)?\s*(?:for|on|per)\s+(?:each|every|a|an|the|their|its|his|her)?\s*(?P<thing>[a-z]+)",
    re.IGNORECASE,
)
_CHANGE_LABELS = frozenset({"change", "difference", *_CHANGE_HEADS})
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_OTHER_PERIOD = LazyPattern(
    r"\b(?:last|previous|prior|earlier|next|following|the\s+year\s+after|a\s+year\s+later|since|ago)\b", re.IGNORECASE
)
_BARE_SINCE = LazyPattern(r"\bsince(?:\s+then)?(?=\s*(?:[.,;:)]|$))", re.IGNORECASE)
_FROM_BEFORE = LazyPattern(r"\bfrom\s+$", re.IGNORECASE)
_NOUN_BEFORE_FROM = LazyPattern(r"(?P<noun>[A-Za-z][A-Za-z'’-]*)\s+from\s+$")
_WORDS_BEFORE_FROM = LazyPattern(r"(?P<words>(?:[A-Za-z][A-Za-z'’-]*\s+){1,4})from\s+$")
_TO_BETWEEN = LazyPattern(r"^\s*to\s+$", re.IGNORECASE)
_WORD = LazyPattern(r"[a-z]+")


@dataclass(frozen=True, slots=True)
class Endpoints:
    """One change read from its two levels: "from £2.40 to £2.70", "£2.70, up from £2.40"."""

    claims: tuple[Claim, ...]  # the claims that give it, the change read from its ends first
    start: float
    end: float
    unit: str | None

    @property
    def direction(self) -> Direction:
        return Direction.UP if self.end > self.start else Direction.DOWN

    @property
    def heads(self) -> frozenset[str]:
        return frozenset(word for claim in self.claims if claim.evidence for word in
                         (claim.evidence.head, *claim.evidence.modifiers) if word)  # fmt: skip

    @property
    def said(self) -> frozenset[str]:
        """The words of the sentences that give the change, as dictionary forms."""
        text = " ".join(dict.fromkeys(claim.sentence for claim in self.claims)).lower()
        return frozenset(lemma(word) for word in _WORD.findall(text))

    @property
    def context(self) -> frozenset[str]:
        """The times and places the change is said at: "in September", "in Leeds"."""
        return frozenset(word for claim in self.claims for word in _context(claim))

    @property
    def thing(self) -> str | None:
        """What changes, when no claim names it: the noun right before "from", "charge" in "raise its
        adult charge from £12 to £15"."""
        said = _NOUN_BEFORE_FROM.search(self._before_the_start())
        return lemma(said.group("noun").lower()) if said else None

    @property
    def words(self) -> frozenset[str]:
        """The words that name what changes: the few before "from" ("adult entry charge"), and the
        names the sentence gives ("Kingsholm Cathedral")."""
        before = _WORDS_BEFORE_FROM.search(self._before_the_start())
        phrase = [re.sub(r"['’]s?$", "", word) for word in before.group("words").lower().split()] if before else []
        names = [name for claim in self.claims if claim.evidence for name in claim.evidence.names]
        return frozenset((*phrase, *(part for name in names for part in name.split())))

    def _before_the_start(self) -> str:
        """The sentence up to the first level it gives: up to "£12" in "raise its adult charge from
        £12 to £15", though the change read from the two (which opens at "from") is listed first."""
        levels = [claim for claim in self.claims if claim.kind is not ClaimKind.CHANGE] or list(self.claims)
        first = min(levels, key=lambda claim: claim.start)
        return first.sentence[: first.start - first.sentence_start]

    @property
    def actors(self) -> frozenset[str]:
        return frozenset(a for claim in self.claims if claim.evidence and (a := claim.evidence.actor))


def _context(claim: Claim) -> tuple[str, ...]:
    """Times and places, less the days of the week: "defended the rise on Monday" says when it was
    said, not when the change falls. A headline's places and names are the story's ("Shoplifting up
    35% in Cressley" over "in the town"), so only its times are its own."""
    if claim.evidence is None:
        return ()
    records = " ".join(found.group() for found in _RECORD_SINCE.finditer(claim.sentence))
    # a record's year ("the biggest rise since 2008") is no time of the change either
    times = (time for time in claim.evidence.times if not _a_weekday(time) and time not in records)
    if is_headline(claim):
        return tuple(times)
    # a table row's label "Change" names the change, not a place or a name
    names = (name for name in claim.evidence.names if name.lower() not in _CHANGE_LABELS and not _a_weekday(name))
    return (*times, *claim.evidence.places, *names)


def _a_weekday(time: str) -> bool:
    """ "on Monday", and a habit's "Sundays": when it was said or how often, never the change's time."""
    return time.lower().removeprefix("on ").removesuffix("s") in _WEEKDAYS


# A change's own base, named right after it: "4,930 lower than a year earlier", "up 6% on last
# year", "12% more than in 2019", "3% higher year on year"
_OWN_BASE_AFTER = LazyPattern(
    r"\s*(?:(?:lower|higher|more|fewer|less|up|down|better|worse|above|below)\s+)?"
    r"(?:(?:than|on|compared\s+(?:with|to))\s+(?P<base>a\s+year\s+(?:earlier|ago|before)|"
    r"(?:the\s+)?(?:previous|same|last)\s+[a-z]+|(?:in\s+)?(?:19|20)\d\d)|(?P<yoy>year[\s-]on[\s-]year))\b",
    re.IGNORECASE,
)


def _from_its_own_base(claim: Claim, change: Endpoints) -> bool:
    """Whether the figure names a base of its own right after it that no figure of the change is
    said with: "fell to 61,240, down 1,180 from 62,420 in August and 4,930 lower than a year
    earlier" measures the 4,930 from a year before, not from August's 62,420."""
    found = _OWN_BASE_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
    if found is None:
        return False
    base = (found.group("base") or found.group("yoy")).lower()
    return not any(base in c.sentence.lower() for c in change.claims if c.sentence_start != claim.sentence_start) and (
        not any(
            base in words_between(c, claim).lower()
            for c in change.claims
            if c.sentence_start == claim.sentence_start and c.end <= claim.start
        )
    )


def _other_period(claim: Claim, change: Endpoints) -> bool:
    """ "A 2% rise is planned for the year after", "the last rise": a word of another period in the
    figure's sentence that no sentence of the change says."""
    # "Up 15% since.", "down a fifth since then": a bare "since" points back at the start already said
    sentence = _BARE_SINCE.sub(" ", _without_records(claim.sentence))
    said = {word.lower() for word in _OTHER_PERIOD.findall(sentence)}
    return bool(said - {word.lower() for c in change.claims for word in _OTHER_PERIOD.findall(c.sentence)})


# "doubled to 60,000 since 1920": a change from a year its own sentence names
_SINCE_A_YEAR = LazyPattern(r"\b(?:since|from|over\s+the\s+years?\s+(?:since|from))\s+(?:(?:the\s+)?end\s+of\s+)?"
                            r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)  # fmt: skip


# "the first since 2019", "the biggest rise since 2008", "the steepest since records began in 1976":
# a record the change sets, not where it began
_RECORD_SINCE = LazyPattern(r"\b(?:first|only|largest|biggest|highest|steepest|sharpest|smallest|lowest|least|"
                            r"worst|best|fastest|slowest|greatest|deepest|heaviest|lightest|strongest|weakest)"
                            r"(?:\s+[a-z]+){0,2}\s+since\s+(?:(?:19|20)\d\d|then|"
                            r"(?:records?\s+(?:began|were\s+first\s+kept)|the\s+(?:war|crash|pandemic|recession))"
                            r"(?:\s+in\s+(?:19|20)\d\d)?)\b"
                            # "has not been seen since the reservoir was built in 1962"
                            r"|\bnot\s+(?:been\s+)?(?:seen|matched|equalled|recorded)\s+since\s+[^.;:,]{0,50}?"
                            r"(?:(?:19|20)\d\d|\b(?:began|opened|built)(?:\s+in\s+(?:19|20)\d\d)?)\b",
                            re.IGNORECASE)  # fmt: skip


def _without_records(sentence: str) -> str:
    """The sentence with its records ("the first since 2019") blanked out, offsets kept."""
    return _RECORD_SINCE.sub(lambda found: " " * len(found.group()), sentence)


def _since_a_year_of_its_own(claim: Claim, change: Endpoints) -> bool:
    """ "Troops doubled to 60,000 since 1920" beside "rose from 10,000 in 1924 to 60,000 in 1925": a
    change from a year that no sentence of the two levels names is another change, though it ends at
    the same level."""
    at = claim.start - claim.sentence_start
    since = _SINCE_A_YEAR.search(_without_records(claim.sentence), at)
    if since is None:
        return False
    said = " ".join(dict.fromkeys(c.sentence for c in change.claims))
    return since["year"] not in said


def _after(claim: Claim) -> str:
    return claim.sentence[claim.end - claim.sentence_start :]


def words_between(first: Claim, second: Claim) -> str:
    """The text of one sentence between two of its figures."""
    return first.sentence[first.end - first.sentence_start : second.start - first.sentence_start]


@per_document  # read by change-arithmetic's changes with their ends and its ends said again
def endpoints(claims: Sequence[Claim]) -> list[Endpoints]:
    """Every change of the document read from two levels: a change claim with both ends, or two
    amounts written "from A to B" that extraction read as two levels."""
    found: list[Endpoints] = []
    for claim in claims:
        if claim.from_value is not None and claim.to_value is not None and claim.from_value != claim.to_value:
            ends = _ends_beside(claim, claims)
            found.append(Endpoints((claim, *ends), claim.from_value, claim.to_value, claim.endpoint_unit))
    ordered = sorted((c for c in claims if c.kind is ClaimKind.MONEY and c.role is None), key=lambda c: c.start)
    for first, second in itertools.pairwise(ordered):
        if (first.sentence_start == second.sentence_start and first.unit == second.unit and first.value != second.value
                and _FROM_BEFORE.search(first.sentence[: first.start - first.sentence_start])
                and _TO_BETWEEN.match(words_between(first, second))):  # fmt: skip
            found.append(Endpoints((first, second), first.value, second.value, first.unit))
    found += _from_then_to(claims)
    found += _to_then_from(claims)
    found += _not_read_yet(_level_set_against_a_start(claims), found)
    found += _level_then_to(claims)
    found += _two_years(claims)
    found += _not_read_yet(_then_and_now(claims), found)
    found += _labelled_levels(claims)
    if found:
        return found
    found = _size_and_end(claims)
    if found:
        return found
    told = _one_end_and_a_level_elsewhere(claims)
    return [told[1]] if told else []


def _not_read_yet(more: Sequence[Endpoints], found: Sequence[Endpoints]) -> list[Endpoints]:
    """The changes of `more` whose ends no change of `found` already gives."""
    read = {(ends.start, ends.end, ends.unit) for ends in found}
    return [ends for ends in more if (ends.start, ends.end, ends.unit) not in read]


def _size_and_end(claims: Sequence[Claim]) -> list[Endpoints]:
    """ "Complaints rose by 144 to 1,344": a change said by its size and its end, in an amount, gives
    its start too (1,200), so a percentage said of it elsewhere ("a rise of 12%") can be checked.
    Only where the document reads no change from two levels: those are the better ends."""
    found = []
    for claim in claims:
        if claim.kind is not ClaimKind.CHANGE or claim.unit in ("percent", "percentage_point") or claim.role:
            continue
        if claim.to_value is None or claim.from_value is not None or claim.low != claim.high or not claim.direction:
            continue
        start = claim.to_value - claim.value if claim.direction is Direction.UP else claim.to_value + claim.value
        if start > 0:
            found.append(Endpoints((claim, *_ends_beside(claim, claims)), start, claim.to_value,
                                   claim.endpoint_unit or claim.unit))  # fmt: skip
    return found


def _ends_beside(change: Claim, claims: Sequence[Claim]) -> list[Claim]:
    """The levels a change's own sentence gives as its ends ("from 1,200 to 1,344"), and the level
    it reached said before it ("accepted 6,420 new undergraduates ..., up from 5,870")."""
    return [
        c
        for c in claims
        if c.sentence_start == change.sentence_start
        and c is not change
        and (
            c.role is not None
            or (c.kind is not ClaimKind.CHANGE and c.start < change.start and c.value == change.to_value)
        )
    ]


# A fact box's line of one level, labelled by its year or by "now": "- 2021: 640", "Users in 2023:
# 1,200.", "Now: 1,830."
_LEVEL_LABEL = LazyPattern(
    r"^\s*(?:[-*•]\s*)?(?:(?P<now>now|today|this\s+year|currently)|(?:[A-Za-z][\w '’-]*?\s)?(?:in\s+)?"
    r"(?P<year>(?:19|20)\d\d))\s*:\s*$",
    re.IGNORECASE,
)
# Two labelled levels this many lines apart at most are one fact box's
_LABELLED_REACH = 4


def _labelled_levels(claims: Sequence[Claim]) -> list[Endpoints]:
    """ "2021: 640" and "2026: 512", or "Users in 2023: 1,200." and "Now: 1,830.": the document's two
    levels labelled by when, of one unit, a few lines apart, as a change from the earlier."""
    labelled = []
    for claim in _plain_levels(claims):
        label = _LEVEL_LABEL.match(claim.sentence[: claim.start - claim.sentence_start])
        if label is not None:
            when = float("inf") if label.group("now") else float(label.group("year"))
            labelled.append((when, claim))
    if len(labelled) != 2:
        return []
    (one_when, one), (other_when, other) = sorted(labelled, key=lambda pair: pair[0])
    if one_when == other_when or (one.unit, one.per) != (other.unit, other.per) or one.value == other.value:
        return []
    if one.path != other.path or abs(one.line - other.line) > _LABELLED_REACH:
        return []
    return [Endpoints((one, other), one.value, other.value, one.unit)]


# "12,000 a day in 2024 and 15,000 a day in 2025": two levels of one thing, each of its year
_YEAR = LazyPattern(r"^(?:in\s+)?(?:19|20)\d\d$")
_AND_BETWEEN = LazyPattern(r"^[\s\w'’-]{0,40}?(?:,\s*)?(?:and|against|compared\s+with|versus|vs\.?)\s+$",
                           re.IGNORECASE)  # fmt: skip


# "and reached", "and now has", "and today stands at": the verb of the second of two levels
_AND_THEN = LazyPattern(r"^[\s\w'’-]{0,40}?(?:,\s*)?and\s+(?:(?:reached|rose|grew|fell|dropped|climbed|stood|hit|"
                        r"was|were)(?:\s+(?:at|to))?|(?:now|today|currently)(?:\s+[a-z]+){1,2}?(?:\s+(?:at|to))?)\s+$",
                        re.IGNORECASE)  # fmt: skip
# a level said in the past tense, right before it: "It had 64 beds", "Membership was 120"
_HAD_BEFORE = LazyPattern(
    r"\b(?:had|was|were|used\s+to\s+have|numbered|stood\s+at)\s+(?:just\s+|only\s+)?$", re.IGNORECASE
)
_AND_NOW = LazyPattern(r"\band\s+(?:now|today|currently)\b", re.IGNORECASE)
_SET_AGAINST = LazyPattern(
    r"^\s*(?:[\w'’-]+\s+){0,8}?(?:[\w'’-]+,\s*)?(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+$", re.IGNORECASE
)


# "£310,000 in its first year", "against £310,000 in its first": a level of the first year of the
# thing's life, before any other its story gives
_IN_ITS_FIRST_AFTER = LazyPattern(r"\s+in\s+(?:its|their|the)\s+(?:very\s+)?first\b", re.IGNORECASE)


def _in_its_first(claim: Claim) -> bool:
    """Whether a level is said of the first year of the thing's life, and of no other time."""
    if claim.evidence is not None and claim.evidence.times:
        return False
    return _IN_ITS_FIRST_AFTER.match(claim.sentence, claim.end - claim.sentence_start) is not None


def _now_or_before(claim: Claim) -> int | None:
    """-1 for a level its own words put a year before now ("last year", "a year ago"), 0 for one they
    put now ("this year", "this summer", "now"), None for any other or both."""
    times = " ".join(claim.evidence.times) if claim.evidence else ""
    before, now = bool(_A_YEAR_BEFORE.search(times)), bool(_NOW_TIME.search(times))
    return None if before == now else -1 if before else 0


def _day_in_the_year(claim: Claim) -> int | None:
    """The one day or month a level's own words date it to, in the calendar's order ("1 June" 601,
    "September" 900), when they name no year; None otherwise."""
    times = claim.evidence.times if claim.evidence else ()
    if len(times) != 1:
        return None
    found = _DAY_OF_A_MONTH.fullmatch(times[0])
    if found is None:
        return None
    day = found["day"] or found["day_after"] or "0"
    return MONTH_NUMBERS[found["month"].lower()] * 100 + int(day)


_DAY_OF_A_MONTH = LazyPattern(
    r"(?:on\s+|in\s+)?(?:(?P<day>\d{1,2})\s+)?(?P<month>"
    + "|".join(MONTH_NUMBERS)
    + r")(?:\s+(?P<day_after>\d{1,2}))?",
    re.IGNORECASE,
)


_A_YEAR_BEFORE = LazyPattern(r"\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year|last\s+(?:spring|"
                             r"summer|autumn|winter|season))\b", re.IGNORECASE)  # fmt: skip
_NOW_TIME = LazyPattern(r"\b(?:this\s+(?:year|spring|summer|autumn|winter|season)|now)\b", re.IGNORECASE)


def _year_of(claim: Claim) -> int | None:
    times = [t for t in (claim.evidence.times if claim.evidence else ()) if _YEAR.match(t)]
    return int(times[0][-4:]) if len(times) == 1 else None


def _plain_levels(claims: Sequence[Claim], kinds: tuple[ClaimKind, ...] = ()) -> list[Claim]:
    """The amounts that may be a level of a change, in order: no change, range or role of their own."""
    kinds = kinds or _LEVELS
    levels = (c for c in claims if c.kind in kinds and c.role is None and c.direction is None and c.low == c.high)
    return sorted(levels, key=lambda c: c.start)


_LEVELS = (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.MEASURE)


def _two_years(claims: Sequence[Claim]) -> list[Endpoints]:
    # shares too: "71% last year and 78% this year" and "The 9-point rise" (points are checked against them)
    ordered = _plain_levels(claims, (*_LEVELS, ClaimKind.PERCENT))
    found = []
    for one, other in itertools.pairwise(ordered):
        if one.sentence_start != other.sentence_start or (one.unit, one.per) != (other.unit, other.per):
            continue
        years = _year_of(one), _year_of(other)
        between = words_between(one, other)
        joined = bool(_AND_BETWEEN.match(between))
        if None in years and (joined or _AND_THEN.match(between)):
            days = _day_in_the_year(one), _day_in_the_year(other)
            nows = _now_or_before(one), _now_or_before(other)
            now_after = nows[1] == 0 or (nows[1] is None and _AND_NOW.search(between))
            if nows[0] is None and now_after and _HAD_BEFORE.search(one.sentence, 0, one.start - one.sentence_start):
                nows = (-1, 0)  # "It had 64 beds and now has 88": a level said in the past, then now
            elif nows[0] is None and nows[1] is not None and _in_its_first(one):
                nows = (-2, nows[1])  # "£310,000 in its first year and £385,000 last year"
            elif nows[1] is None and nows[0] is not None and _in_its_first(other):
                nows = (nows[0], -2)
            # "£12m last year and £15m this year", "stood at 71% last year and reached 78% this summer":
            # a time before now and now; "71% full on 1 June and 38% full on 1 September": two days of
            # one year, in the calendar's order; "1,850 in January and now 4,600": a day of it, then now
            if None not in days:
                years = days
            elif days[0] is not None and (nows[1] == 0 or _AND_NOW.search(between)):
                years = (0, 1)
            elif days[1] is not None and nows[0] == 0:
                years = (1, 0)
            else:
                years = nows
            joined = True
        if None in years:
            # "1,600 last year, against 1,250 in 2025": a level set against another of its own time is
            # measured from it, whatever the times' words ("in its first year" among them)
            times = [c.evidence.times if c.evidence else () for c in (one, other)]
            times = [
                (*said, "first") if _in_its_first(c) else said for said, c in zip(times, (one, other), strict=True)
            ]
            if not (_SET_AGAINST.match(between) and all(times) and not set(times[0]) & set(times[1])):
                continue
            years = (1, 0)
        elif not joined:
            continue
        if years[0] == years[1]:
            continue
        if _two_heads(one, other):
            continue
        earlier, later = (one, other) if (years[0] or 0) < (years[1] or 0) else (other, one)
        if earlier.value != later.value:
            found.append(Endpoints((one, other), earlier.value, later.value, one.unit))
    return found


def _then_and_now(claims: Sequence[Claim]) -> list[Endpoints]:
    """Two levels of one amount in one sentence, each in a clause of its own, one said as it was and
    the other as it is now or will be: "repair bill now £3.1 million, was £2.3 million", "costed at
    £2.3 million last spring and at £3.1 million this month", "first put the repairs at £2.3
    million; the latest estimate is £3.1 million", "will cost £3.1 million, against £2.3 million
    estimated a year ago"."""
    found = []
    for one, other in itertools.pairwise(_plain_levels(claims)):
        if one.sentence_start != other.sentence_start or one.value == other.value:
            continue
        if (one.kind, one.unit, one.per) != (other.kind, other.unit, other.per):
            continue
        at = other.start - other.sentence_start
        if _two_heads(one, other) or _GAPPED_BEFORE.search(other.sentence, max(0, at - 30), at):
            continue  # "Sales were £12m last year and profits £15m this year": a thing of its own
        whens = _when_said(one), _when_said(other)
        if set(whens) != {-1, 0}:
            continue
        earlier, later = (one, other) if whens[0] == -1 else (other, one)
        found.append(Endpoints((one, other), earlier.value, later.value, one.unit))
    return found


def _two_heads(one: Claim, other: Claim) -> bool:
    """Two levels whose heads name two things: "£12m of sales" and "£15m of profits"."""
    heads = [c.evidence.head if c.evidence else None for c in (one, other)]
    return bool(heads[0] and heads[1] and heads[0] != heads[1])


def _when_said(claim: Claim) -> int | None:
    """-1 for a level whose own clause says it was ("was £2.3 million", "first put at", "a year
    ago"), 0 for one whose clause says it is now or will be ("now", "the latest estimate", "will
    cost", "this month"), None for neither or both."""
    at = claim.start - claim.sentence_start
    end = at + len(claim.text)
    opened = [m.end() for m in _CLAUSE_EDGE.finditer(claim.sentence, 0, at)]
    closing = _CLAUSE_EDGE.search(claim.sentence, end)
    clause = claim.sentence[opened[-1] if opened else 0 : closing.start() if closing else len(claim.sentence)]
    words = set(_WORD.findall(clause.lower()))
    then, now = bool(words & _SAID_AS_IT_WAS), bool(words & _SAID_AS_IT_IS)
    return None if then == now else -1 if then else 0


# "and profits £15m": a clause that leaves out its verb names its own thing right before the figure
_GAPPED_BEFORE = LazyPattern(
    r"(?:\band|,)\s+(?!(?:at|now|was|were|is|are|to|about|around|nearly|almost|some|just|only|then)\s)[a-z]+\s+$"
)
_CLAUSE_EDGE = LazyPattern(r"[,;:]\s|\s(?:and|but|while|whereas)\s")
_SAID_AS_IT_WAS = frozenset("was were had first originally initially previously formerly ago earlier last".split())
_SAID_AS_IT_IS = frozenset("now latest currently today this will new revised".split())


# "Loans rose to 1,200 in March from 1,000 in February": the new level, then a few words of when
# or where, then the old
# A verb of change right before "to" and a level: "rose to", "will fall to", "has been cut to", "went
# down to". The vocabulary's change words, less those that are no verb ("up to 40" is a bound) or
# take "to" otherwise ("added to", "lost to", "contracted to").
_VERB_TO = LazyPattern(r"(?<![\w])(?P<verb>[a-z]+)(?:\s+(?P<particle>up|down))?\s+to\s+$", re.IGNORECASE)
_NO_VERB_OF_CHANGE = frozenset("up down higher lower added lost lose gain gained gains shed contracted".split())
_GO = frozenset("go goes going went gone".split())


def _moved_to(before: str) -> Direction | None:
    """The direction of the change whose verb is right before "to" at the end of `before`, or None."""
    found = _VERB_TO.search(before)
    if found is None:
        return None
    verb, particle = found["verb"].lower(), (found["particle"] or "").lower()
    if particle:
        return (Direction.UP if particle == "up" else Direction.DOWN) if verb in _GO else None
    if verb in _NO_VERB_OF_CHANGE:
        return None
    vocabulary = load_vocabulary()  # its change words are lower case
    return Direction.UP if verb in vocabulary.change_up else Direction.DOWN if verb in vocabulary.change_down else None


_FROM_AFTER_WORDS = LazyPattern(r"^\s+(?:(?:in|on|at|by|during|this|last|the|a|an|[\w'’-]+)\s+){0,4}?from\s+$",
                                re.IGNORECASE)  # fmt: skip


# "from 2,000 pairs to 1,500 pairs", "from 40,000 a week to 52,000 a week": a few words of the
# thing or the period between the two levels
_TO_AFTER_WORDS = LazyPattern(r"^\s*(?:[\w'’-]+\s+){0,3}?to\s+$", re.IGNORECASE)


def _from_then_to(claims: Sequence[Claim]) -> list[Endpoints]:
    found = []
    # shares too: "from 71% in early June to 38% on 1 September" (the change is then in points)
    for old, new in itertools.pairwise(_plain_levels(claims, (*_LEVELS, ClaimKind.PERCENT))):
        if old.sentence_start != new.sentence_start or (old.unit, old.per) != (new.unit, new.per):
            continue
        at = old.start - old.sentence_start
        if old.value != new.value and _FROM_BEFORE.search(old.sentence[max(0, at - 10) : at]) \
                and _TO_AFTER_WORDS.match(words_between(old, new)):  # fmt: skip
            found.append(Endpoints((old, new), old.value, new.value, old.unit))
    return found


def _to_then_from(claims: Sequence[Claim]) -> list[Endpoints]:
    ordered = _plain_levels(claims, (*_LEVELS, ClaimKind.PERCENT))
    found = []
    for new, old in itertools.pairwise(ordered):
        if new.sentence_start != old.sentence_start or new.unit != old.unit or new.value == old.value:
            continue
        at = new.start - new.sentence_start
        if _moved_to(new.sentence[max(0, at - 40) : at]) and _FROM_AFTER_WORDS.match(words_between(new, old)):
            found.append(Endpoints((new, old), old.value, new.value, new.unit))
    return found


def _level_set_against_a_start(claims: Sequence[Claim]) -> list[Endpoints]:
    """ "84,000 visitors, up from 75,000", "84,000 visitors ..., compared with 75,000 last year", "is
    38% full, against 71% at the start of June": a count or a share, then in its sentence the start
    extraction read it against, of its unit."""
    # counts and shares only: money set against a year earlier has its own readings of the change
    # after it ("Sales reached £5.2m, against £4m a year earlier, a rise of 12% since the spring")
    ordered = sorted((c for c in claims if c.kind in (ClaimKind.COUNT, ClaimKind.PERCENT) and c.direction is None
                      and c.low == c.high), key=lambda c: c.start)  # fmt: skip
    # "84,000 visitors over its four weekends, up from 75,000": the change extraction read gives the end
    read = {(c.sentence_start, c.from_value): c.to_value for c in claims if c.from_value is not None}
    found = []
    for new, old in itertools.pairwise(ordered):
        if new.role is not None or old.role is not Role.FROM or new.sentence_start != old.sentence_start:
            continue
        if (new.kind, new.unit, new.per) != (old.kind, old.unit, old.per) or new.value == old.value:
            continue
        if read.get((old.sentence_start, old.value), new.value) != new.value:
            continue
        if _STARTS_AGAINST.match(words_between(new, old)):
            found.append(Endpoints((new, old), old.value, new.value, new.unit))
    return found


# Words between a level and the start set against it: ", up from", ", against", "compared with"
_STARTS_AGAINST = LazyPattern(
    r"^\s*(?:[\w'’-]+\s+){0,8}?(?:[\w'’-]+,\s*|,\s*)?(?:(?:up|down)\s+from|against|compared\s+(?:with|to))\s+$",
    re.IGNORECASE,
)


def _level_then_to(claims: Sequence[Claim]) -> list[Endpoints]:
    """ "The adult charge, which has been £12 since 2019, rises to £15 on 1 April": a level said as
    it has stood, then where a change takes it, in one sentence, with no figure of the kind between."""
    ordered = _plain_levels(claims)
    found = []
    for old, new in itertools.pairwise(ordered):
        if old.sentence_start != new.sentence_start or (old.unit, old.per) != (new.unit, new.per):
            continue
        if old.value == new.value or old.kind is not new.kind:
            continue
        at, to_at = old.start - old.sentence_start, new.start - new.sentence_start
        if _HAS_BEEN_BEFORE.search(old.sentence[max(0, at - 30) : at]) and _moved_to(
            new.sentence[max(0, to_at - 40) : to_at]
        ):
            found.append(Endpoints((old, new), old.value, new.value, old.unit))
    return found


# "which has been £12", "currently £12", "now stands at £12": the level a change starts from
_HAS_BEEN_BEFORE = LazyPattern(
    r"(?<![\w])(?:has\s+been|have\s+been|had\s+been|currently|(?:now\s+)?stands\s+at|is\s+now)\s+$", re.IGNORECASE
)


# "The 25% rise beat forecasts", "this 9% increase": a definite change noun right after the figure, of
# nothing named after it ("a 25% rise in food costs" is of food costs)
_THE_CHANGE_NAMED = LazyPattern(r"(?:^|(?<![\w]))(?:the|this|that)\s+$", re.IGNORECASE)
_BARE_CHANGE_NOUN = LazyPattern(
    r"^\s*(?:rise|increase|hike|jump|fall|cut|drop|decrease|reduction)\b(?!\s+(?:in|of|for|on)\b)", re.IGNORECASE
)


def _named_change(claim: Claim) -> re.Match[str] | None:
    at = claim.start - claim.sentence_start
    return _CHANGE_BEFORE.search(claim.sentence, max(0, at - 80), at)


def is_fraction_change(claim: Claim) -> bool:
    """ "We have lost a third of our childminders": a fraction of a whole said with a direction is
    the size of a change, as a share of its start."""
    return claim.kind is ClaimKind.RATIO and claim.direction is not None and 0 < claim.value < 1


# Points say a change in a share, whose direction a noun may say: "The rise of 9 percentage points"
_POINTS = frozenset({"percentage_point", "basis_point"})


def stated_direction(claim: Claim) -> Direction | None:
    """The direction a plain change figure states, or None when it is no change: "rose 25%", "the
    25% rise", "Rise: 20%" (a row's label), "15% more"."""
    if (claim.from_value is not None and claim.to_value is not None) or claim.role is not None:
        return None  # a change with both ends of its own is checked against them
    head = claim.evidence.head if claim.evidence else None
    if claim.kind is ClaimKind.CHANGE and claim.direction is not None:
        return claim.direction
    if claim.kind is ClaimKind.CHANGE and claim.unit not in _POINTS:
        return None
    if claim.kind is ClaimKind.RATIO and claim.direction is not None:
        return claim.direction  # "Loans have quadrupled", "fell threefold"
    if is_fraction_change(claim):
        return claim.direction
    if head == "change" and claim.unit == "percent" and claim.value:
        return Direction.DOWN if claim.value < 0 else Direction.UP  # "- change: -12.8%": a row labelled so
    if head in _CHANGE_HEADS:
        return _CHANGE_HEADS[head]
    named = _named_change(claim)
    if named is not None:
        return _CHANGE_HEADS[(named.group("word") or named.group("noun")).lower()]
    at = claim.start - claim.sentence_start
    if _EXTRA_BEFORE.search(claim.sentence, max(0, at - 20), at):
        return Direction.UP  # "An extra £600,000 is a lot to find": what the rise adds
    more = _MORE_OR_LESS.match(_after(claim))
    if more is None:
        said = _IS_THE_CHANGE.match(_after(claim))
        return _CHANGE_HEADS.get(said.group("word").lower()) if said else None
    return Direction.UP if more.group("word").lower() in _MORE else Direction.DOWN


# "An extra £600,000", "The additional £600,000": the amount a rise adds
_EXTRA_BEFORE = LazyPattern(r"(?<![\w])(?:an|the|that|this)\s+(?:extra|additional)\s+$", re.IGNORECASE)


# "Complaints about parking rose", "Sales from its shops fell by": what a noun's phrase narrows it
# to, right before the change's verb
_NARROWED_BEFORE = LazyPattern(
    r"\b(?:about|over|concerning|regarding|from)\s+(?P<what>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)\s+"
    r"(?:rose|fell|grew|jumped|climbed|increased|decreased|dropped|declined|soared|slumped|went\s+(?:up|down)|"
    r"(?:were|was)\s+(?:up|down))\s+(?:by\s+)?$"
    # "the cost of repairs after claims in your area rose 22%": the noun after "of", then words of it
    r"|\b(?:cost|costs|price|prices|number|numbers|value|rate)\s+of\s+(?P<what_of>[a-z][\w'’-]*)(?:\s+[^.;,\d]{0,40}?)?\s+"
    r"(?:rose|fell|grew|jumped|climbed|increased|decreased|dropped|declined|soared|slumped|went\s+(?:up|down)|"
    r"(?:were|was|is|are)\s+(?:up|down))\s+(?:by\s+)?$",
    re.IGNORECASE,
)


_OF_A_THING_AFTER = LazyPattern(
    r"\s+(?:in|of|for|on|among)\s+(?:the\s+)?(?P<thing>[a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE
)


def _names_another_thing(claim: Claim, change: Endpoints) -> bool:
    """ "Food costs rose 18%" is no rise of the meal's price: a head or modifier of its own."""
    if _PAID.search(claim.sentence[: claim.start - claim.sentence_start]):
        paid_for = _PAID_FOR.match(_after(claim))
        thing = paid_for.group("thing").lower() if paid_for else None
        return thing is not None and not any(thing in c.sentence.lower() for c in change.claims)
    evidence = claim.evidence
    named = _named_change(claim)
    if evidence is None or (named is not None and named.group("word")):
        return False  # "the rise, of 20%,": the document's one change, named as such
    if named is not None and claim.unit == "percent":
        of_a_thing = _OF_A_THING_AFTER.match(_after(claim))
        if of_a_thing is None:
            return False  # "the increase of 40% reflected more patrols": a verb after the change, not its thing
        # "the increase of 40% in fuel costs": the thing named after it, unless the change's sentences name it
        return any(lemma(word) not in change.said for word in _WORD.findall(of_a_thing["thing"].lower()))
    narrowed = _NARROWED_BEFORE.search(claim.sentence[: claim.start - claim.sentence_start])
    what = narrowed and (narrowed.group("what") or narrowed.group("what_of"))
    if what and set(_WORD.findall(what.lower())) - {"the", "a", "an"} - change.said:
        return True  # "Complaints about parking rose 30%": some of the complaints, not all of them
    if _THE_CHANGE_NAMED.search(claim.sentence[: claim.start - claim.sentence_start]) and _BARE_CHANGE_NOUN.match(
        _after(claim)
    ):
        return False  # "The 25% rise beat forecasts": the change itself, whatever the verb after it
    words = {word for word in (evidence.head, *evidence.modifiers) if word and word not in _CHANGE_LABELS}
    if evidence.head in _COMPARED_HEADS and _MORE_OR_LESS.match(_after(claim)):
        words.discard(evidence.head)
    if change.unit is not None and change.unit != "percent":
        words -= _PRICE_WORDS  # "putting the price up by a third": the level of any amount of money
    if any(word in _CHANGE_HEADS for word in evidence.modifiers) and evidence.head:
        words.discard(evidence.head)  # "the 15% increase covers repairs": a verb after the change, read as its head
    if evidence.head is not None and evidence.head == change.thing:
        # "Entry charge up 20%" and "raise its adult entry charge from £12 to £15": the noun before
        # "from" is the same thing (the ends' own heads may be the actor's), its modifiers the ends' words
        return bool(words - {evidence.head} - change.words)
    # "Library loans fall by a quarter" and "Loans from the county's libraries fell from ...": a word
    # the change's own sentence says is no other thing
    return bool(words - change.heads - change.said)


def _tied_elsewhere(claim: Claim, change: Endpoints, claims: Sequence[Claim], slack: float) -> bool:
    """Whether the figure's own sentence ties it to another level: a table row "2025-26 | £2.40 |
    4%" gives the rise that led to the old price, not the rise from it. A sentence that gives the
    new level ("2026-27 | £2.70 | 20%") ties it to this change."""
    levels = [c.value for c in claims if c.sentence_start == claim.sentence_start and c is not claim
              and c.unit == change.unit and c.kind is not ClaimKind.CHANGE and c.role is None]  # fmt: skip
    own_end = claim.to_value is not None and abs(claim.to_value - change.end) <= slack * abs(change.end)
    gives_end = own_end or any(abs(level - change.end) <= slack * abs(change.end) for level in levels)
    gives_start = any(abs(level - change.start) <= slack * abs(change.start) for level in levels)
    return gives_start and not gives_end


def _gives_new_level(claim: Claim, change: Endpoints, claims: Sequence[Claim], slack: float) -> bool:
    return any(c.sentence_start == claim.sentence_start and c is not claim and c.unit == change.unit
               and abs(c.value - change.end) <= slack * abs(change.end) for c in claims)  # fmt: skip


def _one_end_shared(claim: Claim, change: Endpoints, slack: float) -> bool:
    """A change with one end of its own ("an increase of 12.5% to £2.70") is this change when that
    end is this change's end of that side; a change with no end of its own may be."""
    if claim.to_value is None and claim.from_value is None:
        return True
    if claim.endpoint_unit != change.unit:
        return False
    own, theirs = (claim.to_value, change.end) if claim.to_value is not None else (claim.from_value, change.start)
    return own is not None and abs(own - theirs) <= slack * abs(theirs)


# What a table's change column is headed: "Change", "% change", "Rise"
_CHANGE_COLUMNS = frozenset("change rise increase growth fall drop decrease difference".split())
_CHANGE_COLUMN_DIRECTIONS = {word: Direction(way) for word, way in CHANGE_NOUN_DIRECTIONS.items()}
# What the two level columns of a row with a change are headed, when not alike: when each was
_WHEN_COLUMNS = frozenset(
    ("now", "then", "before", "after", "old", "new", "previous", "current", "was", "is", *MONTH_NUMBERS)
)
_SIGNS = {"+": Direction.UP, "-": Direction.DOWN, "−": Direction.DOWN, "–": Direction.DOWN}


def row_changes(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Endpoints]]:
    """A table row's percentage change against the row's two levels: "| Single | £2.00 | £2.30 |
    +13% |" under "| Fare | Now | From 1 April | Change |" is 15%. The levels' columns are headed
    alike or by when; the change's by a change word. Its sign, or its column's word ("Rise",
    "Fall"), says which level it starts from, so columns in either order are read; only its size is
    checked. A change that says neither ("| 3,450 | 3,910 | 31.3% |" under "% change") runs from the
    first level to the second, as a table's columns run in time."""
    rows: dict[int, list[Claim]] = {}
    for claim in claims:
        if in_a_row(claim.sentence):
            rows.setdefault(claim.sentence_start, []).append(claim)
    for row in rows.values():
        levels = [c for c in _plain_levels(row) if c.from_value is None]
        # ("-11%" in a change column is read as a percentage with its sign, "5.6%" under "Rise" by its column)
        moves = [c for c in row if (c.kind is ClaimKind.CHANGE or c.text.lstrip()[:1] in _SIGNS or _under_a_change(c))
                 and c.unit == "percent" and c.from_value is None and c.to_value is None
                 and c.low == c.high]  # fmt: skip
        if len(levels) != 2 or len(moves) != 1:
            continue
        (one, other), move = levels, moves[0]
        if move.start < other.end or (one.unit, one.per) != (other.unit, other.per) or one.value == other.value:
            continue
        heads = [c.evidence.head if c.evidence else None for c in (one, other, move)]
        if heads[0] != heads[1] and not (heads[0] in _WHEN_COLUMNS and heads[1] in _WHEN_COLUMNS):
            continue  # "| Sales | Profit | Margin change |": two things, and a change of a third
        if heads[2] is not None and heads[2] not in _CHANGE_COLUMNS:
            continue
        direction = (
            _SIGNS.get(move.text.lstrip()[:1]) or move.direction or _CHANGE_COLUMN_DIRECTIONS.get(heads[2] or "")
        )
        if min(one.value, other.value) <= 0:
            continue
        if direction is None:  # in time order, left to right
            direction = Direction.UP if other.value > one.value else Direction.DOWN
        low, high = sorted((one.value, other.value))
        start, end = (low, high) if direction is Direction.UP else (high, low)
        yield move, Endpoints((one, other), start, end, one.unit)


def _under_a_change(claim: Claim) -> bool:
    """A percentage in a column headed by a change word: "5.6%" under "Rise"."""
    return claim.kind is ClaimKind.PERCENT and claim.evidence is not None and claim.evidence.head in _CHANGE_COLUMNS


def changes_with_endpoints(claims: Sequence[Claim], endpoint_slack: float) -> Iterator[tuple[Claim, Endpoints]]:
    """(stated change, the change's ends) for each plain change figure of a document that has one
    change read from its ends: a percentage (of a change in any unit but percent, where points and
    per cent are both read) or an amount in the ends' unit. Another thing, actor or year named,
    another direction, or a row of another level, and the two are left apart. A table row's own
    change column is set against that row's two levels (`row_changes`)."""
    in_rows = list(row_changes(claims))
    yield from in_rows
    if in_rows:
        taken = {id(claim) for stated, ends in in_rows for claim in (stated, *ends.claims)}
        claims = [claim for claim in claims if id(claim) not in taken]
    changes = endpoints(claims)
    told = _one_end_and_a_level_elsewhere(claims)
    if told is not None and told[1] not in changes and told[0].kind is ClaimKind.CHANGE and told[1].unit != "percent":
        # the document's other changes are read from their ends, and this one, said by its size
        # and one end and tied to the level at its other end, is none of them
        yield told
    change = _the_one_change(changes)
    if change is None:
        return  # two changes in a document, and a figure of change could be either's
    # between two shares a percentage may be of the start or in points; only points say which
    in_points = change.unit == "percent"
    own = {id(claim) for claim in change.claims}
    # "down 1,180 from 62,420 in August and 4,930 lower than a year earlier, a fall of about 7.5%":
    # a change from a base of its own said in the ends' sentence, and every change figure after it there
    another_change_from = {}
    for claim in claims:
        if id(claim) in own or claim.sentence_start in another_change_from or stated_direction(claim) is None:
            continue
        if any(c.sentence_start == claim.sentence_start for c in change.claims) and _from_its_own_base(claim, change):
            another_change_from[claim.sentence_start] = claim.start
    for claim in claims:
        if claim.start >= another_change_from.get(claim.sentence_start, claim.end):
            continue
        if id(claim) in own or claim.qualifier in WRITTEN_RANGES:  # "rose 10-12%": a range's ends are two figures
            continue
        if claim.low != claim.high and claim.unit != "percent" and not is_fraction_change(claim):
            continue  # a hedged amount ("about £1.1 million a year") is as often another sum as the change
        if in_points and claim.unit not in _POINTS:
            continue
        larger_end = max(abs(change.start), abs(change.end))
        if claim.unit not in ("percent", *_POINTS) and abs(claim.value) > _FAR_BEYOND * larger_end:
            continue  # "The award will cost £1.2 billion": a sum over many, never one salary's move to £29,970
        if not in_points and claim.unit != "percent" and claim.unit != change.unit and not is_fraction_change(claim):
            continue
        direction = stated_direction(claim)
        if direction is None:
            added = _new_ones(claim, claims)
            if added is not change.direction or not _adds_to(claim, change):
                continue
        elif direction is not change.direction or _names_another_thing(claim, change):
            continue
        if any(c.kind is ClaimKind.RATIO and claim.kind is ClaimKind.RATIO and c.value == claim.value
               for c in change.claims):  # fmt: skip
            continue  # "doubles" in a headline, "more than twice the 98,700" with the ends: the ends' own says it
        actor = claim.evidence.actor if claim.evidence else None
        if actor and change.actors and actor not in change.actors:
            continue
        if _not_made(claim) and not any(_not_made(c) for c in change.claims):
            continue  # "260 more would take it to its target", "needs 260 more": a change not made
        if not _one_end_shared(claim, change, endpoint_slack) or _tied_elsewhere(claim, change, claims, endpoint_slack):
            continue
        if _from_its_own_base(claim, change) or _since_a_year_of_its_own(claim, change):
            continue
        if not _gives_new_level(claim, change, claims, endpoint_slack) and (
            not _within_the_change_s_context(claim, change) or _other_period(claim, change)
        ):
            continue  # "Last year's 5% rise", "Prices in Leeds rose 20%": a change of another time or place
        yield claim, change


# How many times its larger end a move in the ends' unit may be and still be that change mistyped
_FAR_BEYOND = 10


def _within_the_change_s_context(claim: Claim, change: Endpoints) -> bool:
    """The claim's times and places are among those the change is said at. "This year" or "now" is
    the time of a change that names no year and none before it: "reaches 2,450 more homes this year"
    over "4,600 homes, up from 1,850 in January"."""
    own = set(_context(claim))
    if not any(_NAMED_YEAR.search(time) or _A_YEAR_BEFORE.search(time) for time in change.context):
        own = {time for time in own if not _NOW_TIME.fullmatch(time)}
    return own <= change.context


_NAMED_YEAR = LazyPattern(r"\b(?:19|20)\d\d\b")


def _new_ones(claim: Claim, claims: Sequence[Claim]) -> Direction | None:
    """A count of things added ("its 16 new shops", "opening 16 bakeries", "16 openings") or taken
    away ("closing 5 branches", "5 closures") states how far a count of them moved, unless the
    document also says the other way ("opening 16 and closing 2": the move is net of both)."""
    if claim.kind is not ClaimKind.COUNT or claim.low != claim.high or claim.role is not None:
        return None
    at = claim.start - claim.sentence_start
    before, after = claim.sentence[max(0, at - 30) : at], _after(claim)
    found = _ADDED_BEFORE.search(before) or _ADDED_AFTER.match(after)
    if found is None:
        return None
    way = Direction.DOWN if found.groupdict().get("down") or found.groupdict().get("down2") else Direction.UP
    other = _TAKEN_AWAY if way is Direction.UP else _ADDED_ANYWHERE
    if any(other.search(sentence) for sentence in {c.sentence for c in claims}):
        return None
    return way


def _adds_to(claim: Claim, change: Endpoints) -> bool:
    """Whether things added or taken away are of the changed count: its noun, a kind it belongs to
    ("from 38 to 52 bakeries", then "16 new shops"), or a noun of the adding itself ("16 openings")."""
    head = claim.evidence.head if claim.evidence else None
    if any(names_people(noun) for noun in (head, *change.heads) if noun):
        return False  # people come and go: "1,600 new members" may join a roll that grew by 1,400
    if head is None or head in _ADDING_NOUNS or head in change.heads or head in change.said:
        return True
    kinds = load_vocabulary().kinds
    return any(head in kinds.get(thing, frozenset()) for thing in (change.thing, *change.heads) if thing)


_ADDING_NOUNS = frozenset({"opening", "closure", "addition"})
# "opening 16 bakeries", "closed 5 branches"; "16 new shops", "16 openings", "5 closures"
_ADDED_BEFORE = LazyPattern(
    r"(?<![\w])(?:(?P<up>open(?:s|ed|ing)?|add(?:s|ed|ing)?)|(?P<down>clos(?:e|es|ed|ing)|shut(?:s|ting)?))"
    r"\s+(?:(?:a\s+)?(?:further|another|its|their)\s+)?$"
    r"|(?<![\w])(?:the|its|their)\s+(?:(?P<up2>openings?|additions?)|(?P<down2>closures?))\s*(?:\(|,|of)\s*$",
    re.IGNORECASE,
)
_ADDED_AFTER = LazyPattern(r"^\s+(?:(?P<up>new\s+[a-z]|openings?\b)|(?P<down>closures?\b))", re.IGNORECASE)
_TAKEN_AWAY = LazyPattern(r"(?<![\w])(?:clos(?:e|es|ed|ing|ures?)|shut(?:s|ting)?)(?![\w])", re.IGNORECASE)
_ADDED_ANYWHERE = LazyPattern(r"(?<![\w])(?:open(?:s|ed|ing|ings)?|new)(?![\w])", re.IGNORECASE)


def _the_one_change(changes: Sequence[Endpoints]) -> Endpoints | None:
    """The change a document reads from its ends, when it reads one (said once or more), else None."""
    distinct = {(round(change.start, 9), round(change.end, 9), change.unit) for change in changes}
    return changes[0] if len(distinct) == 1 else None


def restated_ends(claims: Sequence[Claim], endpoint_slack: float) -> Iterator[tuple[Claim, Endpoints]]:
    """(level, change) for a level a definite change noun says the document's change reached, when it
    is not that change's end: "Fares rose from £2.40 to £2.70. The rise to £2.90 angered commuters";
    "Membership fell from 800 to 650. The fall to 560 ...". Only where the document reads one change
    from its ends, of the level's unit and the noun's direction."""
    change = _the_one_change(endpoints(claims))
    if change is None:
        return
    own = {id(claim) for claim in change.claims}
    for claim in claims:
        if id(claim) in own or claim.kind is ClaimKind.CHANGE or claim.low != claim.high or claim.unit != change.unit:
            continue
        at = claim.start - claim.sentence_start
        named = _THE_CHANGE_TO.search(claim.sentence[max(0, at - 40) : at])
        if named is None or _CHANGE_HEADS.get(named.group("noun").lower()) is not change.direction:
            continue
        if abs(claim.value - change.end) > endpoint_slack * abs(change.end):
            yield claim, change


# "The rise to £2.90", "the improvement to 74%", "This fall to 560": the document's change, by where it ended
_THE_CHANGE_TO = LazyPattern(
    r"(?:^|(?<![\w]))(?:the|this|that|its)\s+(?P<noun>rise|increase|improvement|jump|fall|drop|cut|decline|"
    r"reduction)\s+to\s+$",
    re.IGNORECASE,
)


def _not_made(claim: Claim) -> bool:
    """A change its own clause says is not made: "260 more would take it to its target", "It needs
    £400,000 more to break even", "It could raise £30,000 more" (not "the rise, of £3.50, was needed
    to keep it open", nor "a 5.6% rise, which would take the rate from ...": changes made)."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    return bool(
        _NOT_MADE_BEFORE.search(claim.sentence, max(0, at - 30), at)
        or _NOT_MADE_AFTER.match(claim.sentence[end : end + 40])
    )


_NOT_MADE_BEFORE = LazyPattern(r"(?<![\w])(?:needs?|would|could|might)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_NOT_MADE_AFTER = LazyPattern(r"\s*(?:more\s+|extra\s+)?(?:[a-z]+\s+)?(?:would|could|might)\s+(?:take|bring|lift|push|"
                              r"get|raise)\b|\s*(?:more\s+)?to\s+(?:reach|hit|meet|break\s+even)\b",
                              re.IGNORECASE)  # fmt: skip


# A level's own words that put it before a change's end: "A year earlier they were £48 million",
# "Last year the club had 1,300 members", "Previously it had been 2,600", "before the cut"
_EARLIER_LEVEL = LazyPattern(
    r"\b(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|twelve\s+months\s+(?:earlier|before|ago)|"
    r"(?:the\s+)?(?:year|month)\s+before|last\s+(?:year|month|season|term|spring|summer|autumn|winter)|"
    r"(?:the\s+)?(?:previous|prior)\s+(?:year|month|season|term)|previously|formerly|originally|had\s+been|"
    r"before\s+(?:the|its|their|this|that)\s+(?:[a-z-]+\s+)?(?:cut|cuts|rise|increase|fall|drop|change|changes|"
    r"closure|reform|reforms|merger|move|strike))\b",
    re.IGNORECASE,
)
# The same base said two ways: "on last year" and "A year earlier ..."
_YEAR_BEFORE = LazyPattern(
    r"^(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|(?:the\s+)?(?:previous|prior|last)\s+year|the\s+year\s+before)$",
    re.IGNORECASE,
)
# A change over a period its sentence names, other than a base right after it: "since August", "from
# the month before", "over the past two years", "month on month", "in the quarter"
_PERIOD_OF_ITS_OWN = LazyPattern(
    r"\b(?:since|over\s+(?:the|a|two|three|four|five|six|ten|\d+)|in\s+the\s+(?:past|last)|from\s+(?:the\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|previous|last|"
    r"month|week|quarter|year|day)|(?:month|quarter|week)[\s-]on[\s-](?:month|quarter|week)|"
    r"(?:in|during)\s+(?:the|a)\s+(?:month|quarter|week|fortnight|decade)|on\s+the\s+(?:month|quarter|week))\b",
    re.IGNORECASE,
)
# "over the year to March", "in the past twelve months": a change over a year, from a year before
_OVER_A_YEAR = LazyPattern(
    r"\b(?:over|in|during)\s+(?:the\s+|a\s+)?(?:past\s+|last\s+)?(?:year|twelve\s+months|12\s+months)\b", re.IGNORECASE
)
# "cut the list by 35% over the next twelve months": a change from the time the sentence before gives
_OVER_THE_NEXT = LazyPattern(
    r"\b(?:(?:over|in|during|within)\s+the\s+(?:next|following)\s+|the\s+(?:next|following)\s+(?:year|month)\b|"
    r"(?:a|one|twelve\s+months|a\s+year)\s+later\b)",
    re.IGNORECASE,
)
# "The list, which stood at 4,100 a year earlier, fell by 20%": a level its own words put at the
# start of the change its sentence states
_EARLIER_BESIDE = LazyPattern(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|last\s+year|the\s+(?:year|month)\s+before|"
    r"previously)\b",
    re.IGNORECASE,
)
# Heads that name a count of what the sentence before names: "The club had 400 members. The number
# rose 25%"; a list or a roll only of those its words say ("2,400 patients waiting ... cut the list")
_GENERIC_COUNTS = frozenset("number total figure count tally".split())
_COUNT_OF = {
    "list": frozenset({"wait", "waiting", "list", "queue", "register"}),
    "roll": frozenset({"pupil", "student", "member", "enrol", "enroll"}),
}
# A level's own words that put it at the present, where a change from a past level ends
_NOW = LazyPattern(r"\b(?:now|today|currently|at\s+present|this\s+(?:year|month|season|term))\b", re.IGNORECASE)
# "has fallen 35% from 2,400 in March": a change that runs up to now
_HAS_MOVED = LazyPattern(r"\b(?:has|have|'s|’s)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|n|t)\b", re.IGNORECASE)
# "A year earlier the rival chain had sales of £48 million": a level of another party
_ANOTHER_PARTY = LazyPattern(r"\b(?:rivals?|competitors?|another|others?|elsewhere)\b", re.IGNORECASE)
# "300 of them were children": a part of the level, not the level
_SOME_OF = LazyPattern(r"^\s*(?:of\s+(?:them|those|these|which|whom|it)|in\s+all)\b", re.IGNORECASE)
_A_YEAR = LazyPattern(r"\b(?:19|20)\d\d\b")
# "down a quarter on last year, at 1,500", "fell 35%, to 1,560": the end a change is said to reach,
# a few words after it
_END_AFTER = LazyPattern(r"^[^.;:()]{0,40}?,?\s+(?:at|to)\s+$", re.IGNORECASE)
# Heads that name no thing of their own: "they were £48 million", "52,000 people came" (of
# visitors), "the figure was 2,600"
_NO_THING_OF_ITS_OWN = frozenset("it they them this that these those people person figure number level".split())


def _when(*claims: Claim) -> tuple[int | None, int | None]:
    """The year and the month figures' own words date them to, where they say one each."""
    times = [time for claim in claims if claim.evidence for time in claim.evidence.times]
    years = {int(found.group()) for t in times if (found := _A_YEAR.search(t))}
    months = {MONTH_NUMBERS[word] for t in times for word in t.lower().split() if word in MONTH_NUMBERS}
    return (next(iter(years)) if len(years) == 1 else None, next(iter(months)) if len(months) == 1 else None)


def _said_earlier(level: Claim, change: Claim, end: Claim) -> bool:
    """Whether the level's words put it where the change began: the change's own base said again
    ("up a quarter on last year" and "Last year ..."), the year before the change's, a month before
    the change's in the same year, or a word of before ("A year earlier", "Previously")."""
    level_sentence = level.sentence.lower()
    base = _OWN_BASE_AFTER.match(change.sentence, change.end - change.sentence_start)
    (level_year, level_month), (change_year, change_month) = _when(level), _when(change, end)
    if base is not None:  # the change's base named: the level must be said at that base
        said = " ".join((base.group("base") or base.group("yoy") or "").lower().split())
        if said in level_sentence:
            return True
        year_before = _YEAR_BEFORE.match(said.removeprefix("in ")) or said.startswith("year")
        return bool(year_before) and any(_YEAR_BEFORE.match(m.group()) for m in _EARLIER_LEVEL.finditer(level.sentence))
    if _OVER_THE_NEXT.search(change.sentence):
        return _just_before(level, change)  # "over the next twelve months": from the time the sentence before says
    if _PERIOD_OF_ITS_OWN.search(change.sentence):
        # "fell 35% since August", "over two years": a start the level's words do not say; but "over
        # the year" starts a year before
        if _OVER_A_YEAR.search(change.sentence):
            return any(_YEAR_BEFORE.match(m.group()) for m in _EARLIER_LEVEL.finditer(level.sentence))
        return False
    if level_year is not None and change_year is not None:
        if level_month is not None and change_month is not None:  # a year at most: March 2024 to September 2025 is more
            return 0 < (change_year - level_year) * 12 + change_month - level_month <= 12
        return level_year == change_year - 1  # a change is of one year, as a rule: 2023 is no start of 2025's
    if level_month is not None and change_month is not None:
        return level_month < change_month  # "to 1,560 in September" and "In March it stood at 2,600"
    if level_year is not None or level_month is not None:
        return False  # the level dated, the change not: no saying which comes first
    return bool(_EARLIER_LEVEL.search(level.sentence))


def _said_later(level: Claim, change: Claim, start: Claim) -> bool:
    """Whether the level's words put it where a change said from its start ended: a word of now ("It
    now stands at 1,700", "This year they reached £58 million"), the year after the start's, or a
    month up to a year after it ("from 2,400 in March" and "In September it was 1,700")."""
    if _PERIOD_OF_ITS_OWN.search(change.sentence):
        return False
    (level_year, level_month), (start_year, start_month) = _when(level), _when(change, start)
    if level_year is not None and start_year is not None:
        if level_month is not None and start_month is not None:
            return 0 < (level_year - start_year) * 12 + level_month - start_month <= 12
        return level_year == start_year + 1
    if level_month is not None and start_month is not None:
        return level_month > start_month
    if level_year is not None or level_month is not None:
        return False
    if (start_year is not None or start_month is not None) and not _HAS_MOVED.search(
        change.sentence, 0, change.start - change.sentence_start
    ):
        return False  # "grew 20% from £45 million in 2019" may have ended in 2020, not now
    return bool(_NOW.search(level.sentence))


def _the_same_thing(level: Claim, change: Claim, end: Claim, refers_back: bool) -> bool:
    """Whether the level's words may name what the change's sentence names, and nothing else: its
    head (or a word of the same stem) and modifiers said there, or a pronoun; no other actor, place
    or name, no target or forecast. A change said of "it" takes its thing from the sentence just
    before ("In March the queue stood at 2,600. By September it had fallen by 35%")."""
    said = _lemmas(change.sentence)
    said |= {word for claim in (change, end) if claim.evidence
             for word in (claim.evidence.head, *claim.evidence.modifiers) if word}  # fmt: skip
    ours, theirs = level.evidence, change.evidence
    if ours is None or theirs is None:
        return ours is None
    if refers_back:
        said |= _lemmas(level.sentence)
    if ours.modal or _SOME_OF.match(_after(level)) or _ANOTHER_PARTY.search(level.sentence):
        return False
    if ours.actor and theirs.actor and ours.actor != theirs.actor:
        return False  # "Harl's sales rose 20% to £54 million. A year earlier Brenton's were £48 million"
    named = {word for claim in (change, end) if claim.evidence and (word := claim.evidence.head)}
    if refers_back or (level.sentence_start == change.sentence_start and not named):
        named.add(ours.head or "")  # a change of its own sentence that names no thing: the level's
    if ours.head and ours.head not in _NO_THING_OF_ITS_OWN and not any(_one_word(ours.head, word) for word in named):
        return False  # "Sales rose 20%, lifting profits. A year earlier profits were ...": another thing
    if any(word not in said for word in ours.modifiers):
        return False  # "A year earlier online sales were £20 million": a part of what rose
    own_thing = ours.head is not None and ours.head not in _NO_THING_OF_ITS_OWN  # not "they were £48 million"
    if (
        own_thing
        and level.sentence_start != change.sentence_start
        and any(place not in level.sentence.lower() for place in theirs.places)
    ):
        return False  # "slowest in London, where they increased 2.1%": a part of the whole the level is of
    return all(word in change.sentence.lower() for word in (*ours.places, *ours.names))


def _lemmas(sentence: str) -> set[str]:
    return {lemma(word) for word in _WORD.findall(sentence.lower())}


def _refers_back(level: Claim, change: Claim, claims: Sequence[Claim]) -> bool:
    """Whether a change said of "it", "they" or a count ("the number", "the list" of those waiting)
    names what the level in the sentence right before it names: the one change of its sentence
    ("up 9.8% ..., and slowest in London, where they increased 2.1%": "they" are the sentence's own)."""
    head = change.evidence.head if change.evidence else None
    if not _just_before(level, change):
        return False
    if any(c.sentence_start == change.sentence_start and c is not change and stated_direction(c) is not None
           for c in claims):  # fmt: skip
        return False
    if head in (None, *_NO_THING_OF_ITS_OWN, *_GENERIC_COUNTS):
        return True
    return bool(_COUNT_OF.get(head or "", frozenset()) & _lemmas(level.sentence))


def _just_before(level: Claim, change: Claim) -> bool:
    """Whether the level's sentence is the one right before the change's."""
    gap = change.sentence_start - (level.sentence_start + len(level.sentence))
    return 0 <= gap <= 2


def _one_word(head: str, said: str) -> bool:
    """ "member" and "membership", "sale" and "sales": one word, or one derived from the other."""
    if head == said or word_stem(head) == word_stem(said):
        return True
    shorter, longer = sorted((head, said), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter)


# "512, a fall of", "£2.70 (a rise of": a change set beside the level it reached
_APPOSED_CHANGE = LazyPattern(r"^(?:\s*[a-z0-9]+){0,3}?\s*[,(—–]\s*(?:an?|the)\s+[a-z]+\s+(?:of\s+)?$", re.IGNORECASE)
# "604 childminders in 2021", "the 1,250 of 2025": a level dated by its own year
_OWN_YEAR = LazyPattern(r"^\s*(?:[a-z'’-]+\s+){0,3}?(?:in|of|during)\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# "now has 512", "512 today": the end said as the present
_NOW_BESIDE = LazyPattern(r"\b(?:now|today|currently)\b", re.IGNORECASE)


def _dated_before(level: Claim, end: Claim) -> bool:
    """ "had 604 childminders in 2021, now has 512": a level its own year dates before an end said
    as now, or as of a later year of its own."""
    dated = _OWN_YEAR.match(_after(level))
    if dated is None:
        return False
    later = _OWN_YEAR.match(_after(end))
    if later is not None:
        return int(later.group("year")) > int(dated.group("year"))
    return bool(_NOW_BESIDE.search(words_between(level, end)) or _NOW_BESIDE.match(_after(end).lstrip()))


def _change_end(change: Claim, claims: Sequence[Claim]) -> Claim | None:
    """The level a change stated by its size is said to reach, or to start from, in its own sentence:
    "rose 20% to £54 million", "up a quarter on last year, at 1,500", "grew 20% from £45 million"."""
    said = change.to_value if change.to_value is not None else change.from_value
    before = [c for c in claims if c.sentence_start == change.sentence_start and c.end <= change.start
              and c.kind in _LEVELS and c.role is not None and c.value == said]  # fmt: skip
    if said is not None and before and _APPOSED_CHANGE.match(words_between(before[-1], change)):
        return before[-1]  # "now has 512, a fall of 128": the level it reached, then the change in apposition
    levels = [c for c in claims if c.sentence_start == change.sentence_start and c.start > change.start
              and c.kind in _LEVELS and c.low == c.high and c.direction is None]  # fmt: skip
    if not levels:
        return None
    first = levels[0]
    if said is not None:
        return first if first.role is not None and first.value == said else None
    return first if first.role is None and _END_AFTER.match(words_between(change, first)) else None


def _from_to(change: Claim, other: Claim, level: Claim) -> bool:
    """Whether another figure's sentence lies after the change's, up to the level's, or after the
    level's and before the change's."""
    if level.sentence_start > change.sentence_start:
        return change.sentence_start < other.sentence_start <= level.sentence_start
    return level.sentence_start <= other.sentence_start < change.sentence_start


def _one_end_and_a_level_elsewhere(claims: Sequence[Claim]) -> tuple[Claim, Endpoints] | None:
    """ "Sales rose 20% to £54 million." and "A year earlier they were £48 million.": a change of a
    document said by its size and one end (or a level a verb says it reached, "fell to 1,560"), and
    the one level the document says at its other end, as a change between the two (change-arithmetic
    sets the size against them). Silent unless exactly one such change and level are tied. With the
    change said by its size, or the level the verb says it reached, first. Not a change said by a
    factor ("doubles"): a headline's multiple is loose ("Harbour museum doubles its visitors" for
    98,700 to 212,400), and only the sentence that gives both ends holds it to its factor."""
    ended = [(change, end, stated_direction(change)) for change in claims if change.kind is ClaimKind.CHANGE
             and (change.from_value is None or change.to_value is None)
             and stated_direction(change) is not None and (end := _change_end(change, claims)) is not None]  # fmt: skip
    ended += [(level, level, direction) for level, direction in _levels_reached(claims)]
    pairs = [(change, end, direction, level) for change, end, direction in ended
             for level in _plain_levels(claims) if _tied(level, change, end, claims)]  # fmt: skip
    if len(pairs) != 1:
        return None  # two changes said by their ends, and a level could be where either began; or two levels
    change, end, direction, level = pairs[0]
    if any(_from_to(change, c, level) for c in claims if stated_direction(c) is not None):
        return None  # "Profits jumped 10%. A year earlier they were ...": the level may be another change's start
    start, finish = (end, level) if change.from_value is not None else (level, end)
    found = Endpoints((level, end), start.value, finish.value, end.unit)
    return (change, found) if found.direction is direction else None  # "fell to 1,560" from 1,200 is no fall


# "fell to 1,560", "has dropped to": a verb that says its level is where a fall ended
def _tied(level: Claim, change: Claim, end: Claim, claims: Sequence[Claim]) -> bool:
    """Whether a level is said as the other end of a change given by its size and one end: of its
    unit, the same thing, at the time the change's words put that end; in another sentence that
    gives no end of a change; or in the change's sentence, a level its own words put a year before
    ("which stood at 4,100 a year earlier")."""
    if (level.unit, level.per) != (end.unit, end.per) or level.value == end.value or level is end:
        return False
    from_its_start = change.from_value is not None
    if level.sentence_start == change.sentence_start:
        if from_its_start or level.role is not None:
            return False
        if not (_EARLIER_BESIDE.match(_after(level)) or _dated_before(level, end)):
            return False
        said_when = not _PERIOD_OF_ITS_OWN.search(change.sentence) or bool(_OVER_A_YEAR.search(change.sentence))
    elif any(c.role is not None for c in claims if c.sentence_start == level.sentence_start):
        return False
    else:
        said_when = _said_later(level, change, end) if from_its_start else _said_earlier(level, change, end)
    refers_back = _refers_back(level, change, claims)
    if refers_back and any(
        c is not level and c.start < change.sentence_start and (c.unit, c.per) == (level.unit, level.per)
        for c in _plain_levels(claims)
    ):
        return False  # "had 400 members. It has 30 coaches. The number rose 25%": which number is unsaid
    return said_when and _the_same_thing(level, change, end, refers_back)


def _levels_reached(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Direction]]:
    """ "The waiting list fell to 1,560 in September": a level a verb says a change reached, in a
    sentence that says no size or other end of it (the size may be said elsewhere: "The 35% fall")."""
    for level in _plain_levels(claims):
        at = level.start - level.sentence_start
        before = level.sentence[max(0, at - 40) : at]
        direction = _moved_to(before)
        if direction is None:
            continue
        if any(c.sentence_start == level.sentence_start and c is not level
               and (stated_direction(c) is not None or c.role is not None) for c in claims):  # fmt: skip
            continue
        yield level, direction
