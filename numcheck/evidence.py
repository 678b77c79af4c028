"""Evidence: what a figure is about, worked out once at extraction from the words around it.

Linking compares these records and never reads the sentence again, so the analysis is cached
with the claims. An empty field means the text is silent, never "none"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from numcheck.model import ClaimKind, Role
from numcheck.scanning import LazyPattern, matches_from
from numcheck.subjects import CLAUSE_REACH, YEAR_DIGITS, is_plural_noun, is_proper_noun, lemma
from numcheck.vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class Evidence:
    """What one figure counts or measures, and what tells it apart from other figures."""

    head: str | None = None  # the counted thing, canonical: "troop", "workforce"
    modifiers: tuple[str, ...] = ()  # "armoured" in "armoured vehicles"
    governor: str | None = None  # the verb over the figure, canonical: "take in", "die"
    actor: str | None = None  # who acts or owns: "council" in "the council planted 600 trees"
    places: tuple[str, ...] = ()  # "in Scotland": where the figure holds
    times: tuple[str, ...] = ()  # "2019", "last year"
    names: tuple[str, ...] = ()  # names in the figure's clause, a quote's speaker left out
    actions: tuple[str, ...] = ()  # what happened to what is counted: "die", "evacuate"
    restricted: str | None = None  # a participle that narrows the noun: "20 hospitals promised"
    modal: bool = False  # a target, forecast or possibility
    frame: str | None = None  # the words either side of the figure: "were unsure" in "15% were unsure"
    words: tuple[str, ...] = ()  # the sentence's content lemmas, sorted: how alike two sentences are
    definite: bool = False  # a definite phrase that refers back: "the 3,900 workers", "its £40m pledge"
    row_kind: str | None = None  # a table row's label column: "type" for "| Adult | 1,030 |" under "| Type | Members |"

    def as_record(self) -> dict[str, object]:
        """JSON-ready, for `extract --format json` and the findings."""
        return {
            "head": self.head,
            "modifiers": list(self.modifiers),
            "governor": self.governor,
            "actor": self.actor,
            "places": list(self.places),
            "times": list(self.times),
            "names": list(self.names),
            "actions": list(self.actions),
            "restricted": self.restricted,
            "modal": self.modal,
            "frame": self.frame,
            "definite": self.definite,
        }

    def encode(self) -> list[object]:
        """For the claim cache: plain lists, strings and booleans."""
        return [self.head, list(self.modifiers), self.governor, self.actor, list(self.places),
                list(self.times), list(self.names), list(self.actions), self.restricted, self.modal, self.frame,
                list(self.words), self.definite, self.row_kind]  # fmt: skip

    @classmethod
    def decode(cls, row: Sequence[object]) -> Evidence:
        """The inverse of `encode`; a TypeError or ValueError for anything that is not one."""
        if not isinstance(row, list) or len(row) != 14:
            raise ValueError("not an evidence row")
        (
            head,
            modifiers,
            governor,
            actor,
            places,
            times,
            names,
            actions,
            restricted,
            modal,
            frame,
            words,
            definite,
            row_kind,
        ) = row
        if not isinstance(modal, bool) or not isinstance(definite, bool):
            raise TypeError("modal or definite is not a boolean")
        return cls(_text(head), _strings(modifiers), _text(governor), _text(actor), _strings(places),
                   _strings(times), _strings(names), _strings(actions), _text(restricted), modal, _text(frame),
                   _strings(words), definite, _text(row_kind))  # fmt: skip


def _text(value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError("an evidence field is not a string")
    return value


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TypeError("expected a list of strings")
    return tuple(value)


NO_EVIDENCE = Evidence()

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_TIME = LazyPattern(
    rf"^(?:(?:in|by|since|until|till|from|before|after|during|as of|on)\s+)?(?:{YEAR_DIGITS})s?$"
    r"|^(?:last|this|next|previous|the previous|the same)\s|^(?:yesterday|today|tomorrow)$"
    r"|^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|^q[1-4]$"
    rf"|^(?:(?:in|by|since|until|from|before|after|during|on)\s+)?(?:{_MONTHS})(?:\s+(?:{YEAR_DIGITS}))?$",
    re.IGNORECASE,
)
_YEAR = LazyPattern(rf"({YEAR_DIGITS})")


@lru_cache(maxsize=4096)
def _is_time(entity: str) -> bool:
    return bool(_TIME.match(entity))


_MONTH_IN_CLAUSE = LazyPattern(rf"\b(?:{_MONTHS.title()})\b")
_MONTH_NAMES = frozenset(_MONTHS.split("|"))
_MONTH_START = LazyPattern("[ADFJMNOS]")  # the capitals months open with (scanning.matches_from)
# The day a month is given with: "on 3 May" and "on 10 May" are two times, where "in May" is one
_DAY_BEFORE = LazyPattern(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+\Z")
_DAY_AFTER = LazyPattern(r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\d)")


def _spans_of_months(sentence: str, times: set[str]) -> set[str]:
    """A span of months is one time, not its two ends: "2,541 bed-nights between December and
    March" is not December's, whose table row counts 589 of them."""
    if "between" not in sentence and "from" not in sentence:
        return times
    for span in _MONTH_SPAN.finditer(sentence):
        first, last = span.group("first").lower(), span.group("last").lower()
        if first in times or last in times:
            times = (times - {first, last}) | {f"{first}-{last}"}
    return times


# "between December and March", "from May to September": a stretch of months
_MONTH_SPAN = LazyPattern(
    rf"\b(?:between|from)\s+(?P<first>{_MONTHS.title()})\s+(?:and|to|until|till|through)\s+(?P<last>{_MONTHS.title()})\b"
)


def _day_of(clause: str, month: re.Match[str]) -> str:
    """ "3 may" for "3 May" or "May 3", "may" for a month alone."""
    day = _DAY_BEFORE.search(clause, max(0, month.start() - 6), month.start()) or _DAY_AFTER.match(clause, month.end())
    name = month.group().lower()
    return f"{int(day.group(1))} {name}" if day else name


# A time that opens the sentence and dates all of it: "In March, 410 staff joined", "By late June,",
# "In 2019 the river peaked at 4.4 metres, and 140 homes were flooded", "In the first half, revenue"
_FRONTED_TIME = LazyPattern(
    rf"\W*(?:[Ii]n|[Bb]y|[Dd]uring|[Uu]ntil|[Tt]hroughout|[Oo]n|[Ee]arly\s+in|[Ll]ate\s+in)\s+"
    rf"(?:(?:early|late|mid)[\s-]+)?(?:(?P<month>{_MONTHS.title()})(?:\s+\d{{4}})?\s*,|(?P<year>(?:1[89]|20)\d\d)\b|"
    rf"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,|"
    rf"the\s+(?P<order>first|second|third|fourth)\s+(?P<part>half|quarter)\b)"
)
_ORDERS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
# A subject named by its month: "The July open day, which drew 3,000 people", "The October one ... drew
# 1,600", "Its March sale": the month dates the sentence as a fronted "In July," does
_MONTH_OF_THE_SUBJECT = LazyPattern(rf"\W*(?:The|This|Its|Their|Last)\s+(?P<month>{_MONTHS.title()})\s+(?=[a-z])")
# A verb of saying: a time before it dates the saying, not what is said
_REPORTED = LazyPattern(r"\b(?:said|says|say|told|tells|reported|reports|announced|estimated|claimed|stated)\b")

# Where the clause around a figure ends: "12 people died, and 200 were evacuated".
_CLAUSE_BREAK = LazyPattern(r"[;:]|,\s|\s(?:and|but|while|whereas|after|before|when|as|which|who)\s", re.IGNORECASE)
# Times reach across commas ("In 2019, the club had 200 members") but not into another clause.
_TIME_SCOPE_BREAK = LazyPattern(r"[;:]|\s(?:and|but|while|whereas|after|before|when|which|who)\s", re.IGNORECASE)
# ...except forward, into the clauses that follow it without a contrast: "In 1925, 29% backed the
# plan, 40% opposed it and 31% were undecided" is all about 1925.
_TIME_CONTRAST = LazyPattern(r"[;:]|\s(?:but|while|whereas|although|though|yet)\s", re.IGNORECASE)
_WORD = LazyPattern(r"[A-Za-z]+(?:-[a-z]+)*")
_PROGRESSIVE = LazyPattern(r"\b(?:is|are|was|were|be|been|being)\s+([a-z]+ing)\b")
_NOT_VERBS = frozenset("hundred need seed feed deed speed breed bleed greed shed sled red bed".split())
_IRREGULAR_PAST = frozenset(
    "sold built lost hit cut fled left made paid spent won took taken gave given brought caught fought held kept "
    "sent shot struck stole stolen bought drew drawn drove driven sank sunk found thrown written chosen born "
    "bred fed laid led lent met sought sung swept swum sworn torn wore worn seen began begun ran came went gone "
    "done did got gotten hid hidden rode ridden spoke spoken threw wrote broke broken chose flew flown froze "
    "frozen hung knew known shut slept spun spread dug".split()
)
# Verbs that state, report or change a quantity rather than say what it counts.
_NEUTRAL_VERBS = frozenset(
    "be have reach rise increase grow climb jump soar surge double triple quadruple halve fall drop decline "
    "decrease shrink slump plunge sink reduce cut total number stand amount count estimate report say tell "
    "add note point claim announce confirm show reveal suggest expect forecast project put record calculate "
    "publish update revise compare base list rank quote cite describe accord believe think know understand "
    "mention state warn admit deny argue insist explain predict".split()
)
# What a study finds is told, not done: "The survey, which found 71% of tenants satisfied" is about
# being satisfied. After the figure the verb is the sample's own act: "a survey of 4,100 teachers found".
_FINDING = frozenset({"find"})
# A target, a forecast, a possibility or a recommendation is another quantity than what happened. A promise
# ("pledged €2bn") is a commitment made, not a target; "would" is most often reported speech
# ("told reporters that all 3,400 workers would keep their jobs").
# "may" only in lower case: "on show in May" is the month.
_MODAL_WORDS = frozenset(
    """target targets aim aims aimed aiming goal goals forecast forecasts projected projection projections expected
    expect expects could might plan plans planned ambition ambitions hope hopes predicted budgeted guidance
    outlook recommended recommends recommend recommendation advised""".split()
)
_MODAL = LazyPattern(rf"\b(?i:{'|'.join(sorted(_MODAL_WORDS, key=len, reverse=True))})\b|\bmay\b")
# "23 league goals", "Twenty-one goals", "missed 3 targets": things counted, not a target set
_COUNTED_MODAL_NOUNS = LazyPattern(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)"
    r"[\w,.-]*\s+(?:[a-z-]+\s+)?(?:goals|targets)\b",
    re.IGNORECASE,
)
# "the Family plan gets 10 GB", "a monthly plan costs £8": a plan that is a product sold, not an intention
_PRODUCT_PLAN = LazyPattern(
    r"\b(?:(?:(?!(?:The|This|That|These|Those|Its|Our|Their|His|Her|Your|A|An|Any|No|Every)\b)[A-Z][a-z]+)\s+plan|"
    r"(?:monthly|annual|yearly|individual|family|premium|basic|standard|unlimited|data|phone|mobile|broadband|"
    r"subscription|payment|pension|price|pricing|tariff)\s+plans?)\b(?!\s+to\b)"
)
# "58% backed the plan", "voted against the council's plans": the plan is what was judged, and
# the figure counts those who judged it, not a target
_JUDGED_PLAN = LazyPattern(
    r"\b(?:back|support|oppos|reject|approv|endors|favou?r|welcom|criticis|criticiz|vot\w*\s+(?:for|against|on))"
    r"\w*\s+(?:the|a|this|that|its|their|his|her|our)\s+(?:[\w'’-]+\s+){0,2}?plans?\b(?!\s+to\b)",
    re.IGNORECASE,
)
# "In Scotland, 1,200 nurses": a place that narrows the figure to part of the whole
_PLACE = LazyPattern(r"\b(?:[Ii]n|across|throughout|at)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)")
_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# Who is quoted is not who acts: "..., the minister said", "according to Unison", "Ms Abara said".
_SPEAKER_AFTER = LazyPattern(r",?\s*(?:said|says|told|tells|added|adds|announced|warned|claimed|confirmed|estimated)\b")
# The speaker after the verb, with a title before the name: "said the council leader, Rhian Morgan",
# "said head keeper Rhian Tully", "said Dr Priya Vance"; a title with no comma is plain words, so
# "said rents in Leeds" does not make Leeds a speaker
_SPEAKER_BEFORE = LazyPattern(
    r"\b(?i:said|says|told|according\s+to|added|announced|warned|claimed|confirmed)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?:[a-z][\w'’-]*\s+){0,5}[a-z][\w'’-]*,\s+|(?:(?!(?:in|at|on|of|for|to|from|by|with|and|that)\s)[a-z]+\s+){0,2})"
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Cllr|[Cc]ouncillor)\.?\s+)?$"
)
# A report's giver named after a passive verb of saying: "was reported to the meeting by the
# treasurer, Colin Vosper", "announced on Monday by the club's chairman, Dev Rathore"
_REPORTED_BY_BEFORE = LazyPattern(
    r"\b(?i:reported|announced|presented|read\s+out|confirmed|revealed|disclosed)\s+(?:[\w'’-]+\s+){0,6}?by\s+"
    r"(?:the\s+|its\s+|their\s+)(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*,\s+$"
)
_SPEAKER_REACH = 70  # how far before a name its "said the ..., " is looked for
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
# "Sims 3", "Route 66": a number that is part of a name; not a share in a list that leaves its verb
# out ("the Liberal Democrats 27% and the Greens 7%"), which is the figure said of that name
_NOT_A_SHARE = r"(?![,.]\d)(?!\s*(?:%|per\s*cent\b|percent\b))"
_LABEL_IN_CLAUSE = LazyPattern(r"\b([A-Z][a-z]+) (\d+)\b" + _NOT_A_SHARE)
_LABEL_START = LazyPattern("[A-Z]")  # where a label can start (scanning.matches_from)
_NAME_NUMBER = LazyPattern(r" \d+\b" + _NOT_A_SHARE)
_PARTICLES = frozenset("in on off out up down over".split())
CONTENT_SKIP = frozenset(
    """the a an of in on at to for from by with and or but than as that which who was were is are be been being
    have has had will would could should may might can it its their his her our this these those they he she we
    you i there here also not no so if then up down about around over under more less per each into onto said
    says say told according some all any one two three four five six seven eight nine ten""".split()
)
# Capitalised only because they open the sentence: "The 35 volunteers", "Nearly 600 homes" are
# counts, where "Turn 3" and "Sims 3" are names with a number in them.
NOT_LABEL_WORDS = CONTENT_SKIP | frozenset(
    """nearly almost roughly approximately just only some exactly precisely fully another every by since
    until after before when while during among between like barely least most fewer top with without
    where what whose how why because yet still even now perhaps maybe such both first last next another
    well nearly close fewer over under around at""".split()
)


def is_label_word(word: str) -> bool:
    """Whether a capitalised word before a bare number makes them a name: "Turn 3", not "The 35"."""
    return word[:1].isupper() and word.lower() not in NOT_LABEL_WORDS


# A possessor before the figure owns it: "the region's 9,000 beds", "Leeds' 1,200 beds".
_POSSESSOR = LazyPattern(r"([A-Za-z][\w-]*)(?:['’]s|s['’]|['’])\s+(?:[a-z-]+\s+){0,2}$")
# "the trust planted 900 trees", "the county council, which planted 600 trees": the noun before a
# verb that takes the figure as its object
_ACTOR_VERB = LazyPattern(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[A-Za-z-]+\s+){0,2}([a-z][a-z-]+)(?:,\s+(?:which|who|that))?\s+([a-z]+)\s+$"
)
_FRAME_WORD = LazyPattern(r"[A-Za-z]+")
_LABEL = LazyPattern(r"((?:[A-Za-z]+\s+){0,3}[A-Za-z]+)\s*:\s*(?:[A-Za-z]+\s+){0,2}$")


@dataclass(frozen=True, slots=True)
class Spot:
    """A figure in its sentence: what evidence is worked out from."""

    sentence: str
    start: int  # offsets in the sentence
    end: int
    kind: ClaimKind
    subject: str | None
    entities: tuple[str, ...]
    role: Role | None


def evidence_of(spot: Spot, vocabulary: Vocabulary) -> Evidence:
    """Everything linking needs about one figure, from its sentence alone."""
    if spot.kind in (ClaimKind.DATE, ClaimKind.OTHER, ClaimKind.ORDINAL):
        # for unsupported-figure: what the sentence is about (a score's sides are figures of a source;
        # "finished third" is a place the source states or not)
        return Evidence(words=_content_words(spot.sentence))
    if not spot.kind.is_quantity:
        return NO_EVIDENCE
    clause_start, clause_end = _span(spot.sentence, spot.start, spot.end, _CLAUSE_BREAK)
    clause = spot.sentence[clause_start:clause_end]
    near = spot.sentence[max(clause_start, spot.start - _ACTION_REACH) : min(clause_end, spot.end + _ACTION_REACH)]
    actions, modal, months = _clause_facts(near, spot.subject, vocabulary)
    modal = modal or supposed(spot.sentence, clause_start, clause_end)
    verb = _governor(spot, vocabulary, clause_start, clause_end)
    governor = None if verb is None else vocabulary.verb_synonyms.get(verb, verb)
    # what it counts: a phrase around it names it, else the subject (unless that is who speaks), else a
    # label; the subject is checked for a speaker only where no phrase names the noun
    counted = _written_head(spot, vocabulary) or (None if _subject_is_speaker(spot) else spot.subject)
    label_act = None
    if counted is None:
        counted, label_act = _label_and_act(_labelled(spot), vocabulary)
    head, modifiers = _head(counted, verb, vocabulary)
    gapped = _gapped(spot)
    if gapped is not None and (head is None or head == _noun(gapped[1])):
        # "Subscription revenue was $515 million and hardware $327 million": hardware revenue
        head, modifiers = _head(_noun(gapped[0]), None, vocabulary)[0], (_noun(gapped[1]),)
    elif spot.kind is not ClaimKind.COUNT and spot.subject is not None and head == _noun(spot.subject.split()[-1]):
        # "The government is paying £198 million and the combined authority the remaining £88 million":
        # the gapped clause's own subject, not the sentence's (a count's head is what it counts)
        doer = _GAPPED_SUBJECT.search(spot.sentence, max(0, spot.start - 80), spot.start)
        noun = (doer.group("noun") or doer.group("name")) if doer is not None else None
        if noun is not None and noun.lower() not in CONTENT_SKIP:
            head, modifiers = _noun(noun), ()
    places = _places(spot.sentence)
    own_months = {month for month in months if not _another_event_s(month, spot)}  # "said in March that 410 ..."
    found_times = _times(spot) | own_months | _years_within_change(spot)
    fronted = _fronted_time(spot)
    if fronted and (not found_times or (not months and fronted[0] in _MONTH_NAMES)):
        found_times |= set(fronted)  # a month the sentence opens on, or any time when the clause has none
    times = sorted(_spans_of_months(spot.sentence, found_times))
    return Evidence(
        head=head,
        modifiers=modifiers,
        governor=governor,
        actor=_actor(spot, head),
        places=places,
        times=tuple(times),
        names=_names(spot.sentence, spot.entities, clause),
        actions=actions,
        restricted=(
            _restrictive_participle(spot, vocabulary)
            or label_act
            or _part_of(spot)
            or _additional(spot)
            or _another_thing(spot)
        ),
        modal=modal,
        frame=_frame(spot),
        words=_content_words(spot.sentence),
        definite=_is_definite(spot),
    )


@lru_cache(maxsize=4096)
def _break_positions(sentence: str, breaks: LazyPattern) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each clause break of a sentence starts and ends: worked out once per sentence, as its
    figures ask for their clauses again and again."""
    found = [m.span() for m in breaks.finditer(sentence)]
    return tuple(start for start, _ in found), tuple(end for _, end in found)


def _span(sentence: str, start: int, end: int, breaks: LazyPattern) -> tuple[int, int]:
    """`subjects.near_clause_span`, from the cached break positions: the clause around sentence[start:end]."""
    starts, ends = _break_positions(sentence, breaks)
    # the last break ending at or before `start`, and the first starting at or after `end`
    before = bisect.bisect_right(ends, start) - 1
    after = bisect.bisect_left(starts, end)
    clause_start = ends[before] if before >= 0 else 0
    clause_end = starts[after] if after < len(starts) else len(sentence)
    # no more than CLAUSE_REACH either side: what is read about a figure must not grow with an endless clause
    return max(clause_start, start - CLAUSE_REACH), min(clause_end, end + CLAUSE_REACH)


def _clause(spot: Spot, breaks: LazyPattern = _CLAUSE_BREAK) -> str:
    clause_start, clause_end = _span(spot.sentence, spot.start, spot.end, breaks)
    return spot.sentence[clause_start:clause_end]


@lru_cache(maxsize=4096)
def _places(sentence: str) -> tuple[str, ...]:
    found = {m.group(1).casefold() for m in _PLACE.finditer(sentence)}
    group = _GROUP_OPENING.match(sentence)
    if group:
        # "In people with heart conditions, the vaccine was 95% effective": like a place, a group the
        # sentence opens with narrows its figures to part of the whole, unless the other names it too
        words = [lemma(w).casefold() for w in _FRAME_WORD.findall(group.group(1) or group.group(2))]
        found.add(" ".join(w for w in words if len(w) > 2 and w not in CONTENT_SKIP))
    return tuple(sorted(place for place in found - _NOT_PLACES - {""} if not _PERIOD_LABEL.match(place)))


# "in Q2", "in H1", "in FY2024": a period of the year, a time and never a place
_PERIOD_LABEL = LazyPattern(r"^(?:q[1-4]|h[12]|fy\s?\d{2,4})$")


# A sentence that opens on a group of people: "In people with heart or lung conditions", "Among pupils
# on free meals,", "For adults over 60"
_GROUP_OPENING = LazyPattern(
    r"(?:In|Among|Amongst|For)\s+((?:[a-z\d-]+\s+){0,3}?(?:people|patients|children|adults|women|men|pupils|students|"
    r"workers|those|residents|users|customers|households|voters|members|teenagers|babies|smokers|drivers|parents|"
    r"pensioners|renters|homeowners|graduates|girls|boys|respondents|staff|employees|nurses|doctors|teachers|"
    r"year-olds|over-\d+s|under-\d+s)\b[^,;:]{0,60}?)"
    r"(?:,|\s+(?:the|a|an|it|they|there)\s)"
    # "Among 18- to 24-year-olds, support was 48%": "Among" singles out a group of any name
    r"|(?:Among|Amongst)\s+([^,;:]{1,60}?),"
)


def _head(subject: str | None, verb: str | None, vocabulary: Vocabulary) -> tuple[str | None, tuple[str, ...]]:
    """The counted noun and its modifiers. A generic noun takes what its verb counts: "employs
    2,400 people" counts the workforce, "300 people died" deaths."""
    if subject is None:
        return vocabulary.derivations.get(verb or ""), ()
    return _canonical_head(subject, verb, vocabulary)


# What the words around a figure say it counts, where the nearest noun phrase misleads:
# "visitor numbers at the northern gate reached 40,000", "Fifa referee numbers fell to 900"
_NOUN_NUMBERS = LazyPattern(
    r"\b([A-Za-z]+)\s+(?:numbers|figures|totals|levels|count)\b(?![^,;]*\b(?:numbers|figures)\b)"
)
# "the drone's range of up to 30 miles", "a fee of €80 million": a measure or sum names its noun before "of"
_NOUN_OF = LazyPattern(r"\b([a-z]+)\s+of\s+$")
# "a threefold increase in visitors", "a 20% rise in burglaries": what changed follows the change noun
_CHANGE_IN = LazyPattern(
    r"^[\s-]*(?:increase|rise|fall|drop|jump|decline|reduction|cut|growth|surge|slump)\s+in\s+(?:the\s+)?"
    r"(?:numbers?\s+of\s+)?([a-z]+)\b"
)
# "Ships in the fleet now number 120": the clause's first noun is what a "number"/"total" verb counts
_COUNTED_BY_VERB = LazyPattern(r"\b(?:number|numbers|numbered|total|totals|totalled|totaled)\s+$")
# "Exports, up fivefold", "The grant (£3 million)": a fragment or parenthesis names its noun first
_FIRST_NOUN = LazyPattern(r"\s*(?:(?:the|its|their)\s+)?([A-Za-z]+)\b(\s+(?:of|in|at|on)\b)?", re.IGNORECASE)
_FRAGMENT = LazyPattern(r"\b([A-Za-z]+)\s*(?:,\s*(?:up|down)\s+|\(\s*)$")
# Words (case as written) every match of `_NOUN_NUMBERS`, of `_COUNTED_BY_VERB` holds: most clauses
# have none of them to try the patterns at every character for (oracles in tests/test_fast_paths.py)
_NOUN_NUMBER_WORDS = ("numbers", "figures", "totals", "levels", "count")
_COUNTING_VERBS = ("number", "total")
_QUANTITY_NOUNS = frozenset("number numbers total totals figure figures level levels amount sum rate share".split())


def _written_head(spot: Spot, vocabulary: Vocabulary) -> str | None:
    """The counted noun from the phrases around the figure that the subject reader misses."""
    clause_start, _ = _span(spot.sentence, spot.start, spot.end, _CLAUSE_BREAK)
    before = spot.sentence[clause_start : spot.start]
    after = spot.sentence[spot.end : spot.end + 60]
    if spot.kind in (ClaimKind.RATIO, ClaimKind.CHANGE, ClaimKind.PERCENT):
        changed = _CHANGE_IN.match(after)
        if changed:
            return _noun(changed.group(1))
    if spot.kind in (ClaimKind.MEASURE, ClaimKind.MONEY):
        owned = _NOUN_OF.search(before) if "of" in before else None
        if owned and owned.group(1) not in _QUANTITY_NOUNS and owned.group(1) not in CONTENT_SKIP:
            return _noun(owned.group(1))
    reach = max(0, len(before) - 80)
    may_name = any(word in before[reach:] for word in _NOUN_NUMBER_WORDS)
    named = list(_NOUN_NUMBERS.finditer(before, reach))[-1:] if may_name else []
    if named and named[0].group(1).lower() not in CONTENT_SKIP:
        return _noun(named[0].group(1))
    if any(word in before for word in _COUNTING_VERBS) and _COUNTED_BY_VERB.search(before):
        # "Ships in the fleet now number 120", "Members of the club total 640": the clause's first noun
        first = _FIRST_NOUN.match(before)
        if first and (spot.subject is None or first.group(2)):
            return _noun(first.group(1))
    if spot.subject is not None:
        return None  # a fragment's noun stands in for a subject only where there is none
    window = max(0, spot.start - 40)
    # (a fragment's noun comes before a comma or a bracket: most figures have neither before them)
    before_figure = spot.sentence[window : spot.start]
    may_open = "," in before_figure or "(" in before_figure
    fragment = _FRAGMENT.search(spot.sentence, window, spot.start) if may_open else None
    if fragment and fragment.group(1).lower() not in CONTENT_SKIP:
        return _noun(fragment.group(1))
    return None


# "Opponents said £27 million was too much", "Lawyers for the founder said the $3.8 million had been a
# loan": the noun before a verb of saying is who speaks, not what the figure counts
_SPEECH_BEFORE = LazyPattern(
    r"\b(?:said|says|say|told\s+[a-z]+|added|adds|argued|argues|claimed|claims|insisted|insists|warned|warns)"
    r"\s+(?:that\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?"
    # "Police said the increase of 35% was ...", "said the cost was £4m", "said the rise, up by a third,":
    # the reported clause's own noun between
    r"(?:[a-z]+\s+(?:of|was|is|were|are|at)\s+|[a-z]+,\s+(?:up|down)\s+(?:by\s+)?)?$"
)


def _subject_is_speaker(spot: Spot) -> bool:
    if spot.subject is None:
        return False
    speech = _SPEECH_BEFORE.search(spot.sentence, max(0, spot.start - 60), spot.start)
    if speech is None:
        return False
    last = spot.subject.split()[-1]
    # the subject was read from before the verb of saying, not from the words after the figure
    return last[:4].lower() in spot.sentence[: speech.start()].lower() and last[:4].lower() not in (
        spot.sentence[spot.end : spot.end + 40].lower()
    )


# A figure after "and" with one noun before it and its verb left out: the head of the clause before
# it, narrowed by that noun ("Subscription revenue was $515 million and hardware $327 million")
_GAPPED = LazyPattern(
    r"\b(?!(?:the|a|an|its|their|his|her|our|this|that)\b)[a-z]+\s+([a-z]+)\s+"
    r"(?:was|were|is|are|of|reached|totalled|totaled|came\s+to|stood\s+at)\s+"
    r"(?:[^,;:.]|[,.](?=\d)){0,25}?\d(?:[^,;:]|,(?=\d)){0,25}?(?:,\s*|\s+)and\s+([a-z][a-z-]*)\s+$",
    re.IGNORECASE,
)


# A figure, "and", a subject of its own and a figure with the verb left out: "paying £198 million and
# the combined authority the remaining £88 million", "won 34 seats and the Greens 12"
_GAPPED_SUBJECT = LazyPattern(
    r"\d[^,;:.\d]{0,30}?\s+and\s+(?:(?:the|its|their)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)|(?P<name>[A-Z][a-z]+))\s+"
    r"(?:(?:the\s+)?(?:remaining|rest\s+of\s+the|other|balance\s+of)\s+|another\s+)?$"
)


def _gapped(spot: Spot) -> tuple[str, str] | None:
    """(the head of the clause before, the noun before the figure) for a gapped figure, or None."""
    window = max(0, spot.start - 120)
    if "and" not in spot.sentence[window : spot.start].lower():
        return None  # the pattern needs an "and" before the figure: most windows have none to try it at
    found = _GAPPED.search(spot.sentence, window, spot.start)
    if found is None or is_plural_noun(found.group(2)) or found.group(2).lower() in CONTENT_SKIP:
        return None  # "Orders rose 9% and revenues 4%": a plural noun is a head of its own
    if found.group(1).lower() == found.group(2).lower():
        return None
    return found.group(1), found.group(2)


def _noun(word: str) -> str:
    return lemma(word).casefold()


def _labelled(spot: Spot) -> str | None:
    """The label of a figure in a fragment or a fact box, as written: "Workforce: 3,900", "(range: up
    to 80 miles)"."""
    window = max(0, spot.start - 40)
    # (the label's colon: most figures have none before them to try the pattern at every character for)
    label = _LABEL.search(spot.sentence, window, spot.start) if ":" in spot.sentence[window : spot.start] else None
    if label is None:
        return None
    return label.group(1)


# Words a label may end on that say when, not what: "patrol officers now: 64"
_LABEL_TIMES = frozenset("now today currently".split())


def _label_and_act(label: str | None, vocabulary: Vocabulary) -> tuple[str | None, str | None]:
    """A label that ends in a participle names its noun and what was done to it: "Buses ordered:
    64" counts buses ordered, "Parcels distributed: 14,800" parcels handed out, "Branches closing:
    12" branches that close; the noun is the head, the act narrows it as a participle after a
    figure's noun does ("20 hospitals promised"). Any other label is its noun phrase."""
    if label is None:
        return None, None
    words = label.split()
    while len(words) > 1 and words[-1].lower() in _LABEL_TIMES:
        words.pop()  # "patrol officers now: 64" counts officers
    particle = words[-1].lower() if len(words) > 2 and words[-1].lower() in _LABEL_PARTICLES else ""
    *before, last = words[:-1] if particle else words  # "Visitors turned away: 380"
    nouns = [word for word in before if word.lower() not in _LABEL_AUXILIARIES]
    act = last.islower() and _is_verb(last, next_to_figure=True)
    if (
        nouns
        and act
        and nouns[-1].lower() not in _NOT_LABEL_NOUNS
        and not _is_verb(nouns[-1].lower(), next_to_figure=True)
    ):
        return _noun(nouns[-1]), verb_lemma(last, particle, vocabulary)
    # any other label: its last two words, its noun and one modifier ("Total cost: £4.2m"), before
    # a phrase that says when, where or of what ("Peak temperature on Tuesday: 36.4C")
    phrase = words
    cut = next((at for at, word in enumerate(words) if at and word.lower() in _LABEL_PREPOSITIONS), None)
    if cut is not None:
        phrase = words[:cut]
    kept = [_noun(word) for word in phrase[-2:] if word.lower() not in CONTENT_SKIP]
    return " ".join(kept) or None, None


_LABEL_PREPOSITIONS = frozenset("on in at during from since until by for".split())


# Between a label's noun and its participle: "trees to be felled", "homes being built", "staff now hired"
_LABEL_AUXILIARIES = frozenset("to be being been now still already newly".split())
_LABEL_PARTICLES = _PARTICLES | {"away", "back"}
# Words before a participle that are no noun: "Last updated: 12 May", "First opened: 1904"
_NOT_LABEL_NOUNS = frozenset("last first most least recently when date year total".split())


def _canonical_head(subject: str, verb: str | None, vocabulary: Vocabulary) -> tuple[str | None, tuple[str, ...]]:
    *modifiers, head = subject.split()
    if head in _PEOPLE and verb in vocabulary.derivations:
        return vocabulary.derivations[verb], ()
    if head in _PRONOUNS or len(head) < 2:
        # "41 of them": the noun is elsewhere; "287 s", "| n |": a letter names nothing to count
        return vocabulary.derivations.get(verb or ""), ()
    head = vocabulary.subject_synonyms.get(head, head)
    return vocabulary.head_synonyms.get(head, head), tuple(modifiers)


_PRONOUNS = frozenset("they them it those these one ones we us i you he she him her".split())
_PEOPLE = frozenset("people person individual resident citizen worker man woman".split())


def verb_lemma(word: str, following: str, vocabulary: Vocabulary, *, canonical: bool = True) -> str:
    """A verb's lemma, canonical unless asked not to: "took in" and "housed" are both "take in"."""
    base = _verb_base(word)
    if following in _PARTICLES:
        phrasal = f"{base} {following}"
        if phrasal in vocabulary.verb_synonyms or phrasal in vocabulary.verb_synonyms.values():
            base = phrasal
    return vocabulary.verb_synonyms.get(base, base) if canonical else base


def _verb_base(word: str) -> str:
    """The lemma of a verb: the dictionary takes some forms in -ing for nouns ("serving", "housing"),
    so the verb is the first base it knows that gives that form: "serve", "house", "run"."""
    base = lemma(word)
    if len(base) <= 5 or not base.endswith("ing") or base != word.lower():
        return base
    stem = base[:-3]
    doubled = stem[:-1] if stem[-1] == stem[-2] else None
    return next((verb for verb in (stem + "e", stem, doubled) if verb and lemma(verb + "s") == verb), base)


def _is_participle(word: str) -> bool:
    return (word.endswith("ed") and len(word) >= 4 and word not in _NOT_VERBS) or word in _IRREGULAR_PAST


def _is_verb(word: str, *, next_to_figure: bool) -> bool:
    """A lower-case word that reads as a verb by its form: a past tense, a participle. A form in
    -ing is a verb only right beside the figure ("costing £1.4bn"): elsewhere it is as often an
    adjective ("the bottling plant")."""
    return _is_participle(word) or (next_to_figure and word.endswith("ing") and len(word) > 5)


def _governor(spot: Spot, vocabulary: Vocabulary, clause_start: int, clause_end: int) -> str | None:
    """The verb over the figure, as written (not canonical): the nearest one before it in its
    clause, else the first after it ("300 people were evacuated"). Verbs that only state a
    figure do not count."""
    # (each word read once, as a string: its neighbours look at it again)
    before = _WORD.findall(spot.sentence, max(clause_start, spot.start - 80), spot.start)
    last = len(before) - 1
    for index in range(last, max(-1, last - 6), -1):
        word = before[index]
        if index > 0 and before[index - 1].lower() in _DETERMINERS:
            continue  # "the grant totalled": a noun, whatever else it can be
        following = before[index + 1].lower() if index < last else ""
        found = _content_verb(word, following, vocabulary, next_to_figure=index == last)
        if found in _FINDING:
            break
        if found:
            return found
        if word.islower() and _is_verb(word, next_to_figure=True) and lemma(word) in _NEUTRAL_VERBS:
            return None  # "totalled £4.2m", "rose to 300": the nearest verb only states the figure
    after = [match.group() for match in islice(_WORD.finditer(spot.sentence, spot.end, clause_end), 6)]
    for index, word in enumerate(after):
        following = after[index + 1].lower() if index + 1 < len(after) else ""
        found = _content_verb(word, following, vocabulary, next_to_figure=index == 0)
        if found:
            return found
    return None


def done_by_some(sentence: str, start: int, end: int) -> str | None:
    """The plain verb a figure's plural noun is the subject of, where no determiner or owner stands
    before the figure: "Around 160 pupils travel by bus" gives travel, the pupils who do it (past "160
    pupils" English puts a preposition, a conjunction, an auxiliary or a verb, and only the verb is a
    word of none of those closed sets); "Its 680 volunteers run 12 shops" is all of them."""
    words = _TWO_WORDS_AFTER_A_FIGURE.match(sentence, end)
    if words is None or _OWNED_OR_DEFINITE.search(sentence, max(0, start - 30), start):
        return None
    noun, word = words.groups()
    if not noun.endswith("s") or len(noun) < 4 or noun in _AFTER_A_PLURAL or word.endswith(("ly", "s", "ed", "ing")):
        return None  # ("four times as many meals": no noun right after the figure)
    return None if word in CONTENT_SKIP or word in _AFTER_A_PLURAL else word


_TWO_WORDS_AFTER_A_FIGURE = LazyPattern(r" ([a-z]+) ([a-z]+)\b")
# A determiner or possessor right before a figure: "Its 680", "the 35", "the trust's 400"
_OWNED_OR_DEFINITE = LazyPattern(r"(?:\b(?:the|its|their|his|her|our|these|those|all)|['’]s?)\s+\Z", re.IGNORECASE)
# Words after a plural noun that are no verb: adverbs, adjectives of place, function words
_AFTER_A_PLURAL = frozenset(
    """do did does must shall whose what where when while whom whether though although because unless since
    until after before during across between among against along around through throughout within without
    toward towards upon via like near above below beyond behind beside despite except inside outside off out
    nationwide worldwide overall altogether abroad alone apiece together instead outright too yet still
    already just only even now ago away back again once twice enough else aged old long high wide deep tall
    ahead per cent percent more less fewer most least last next this every today tonight yesterday tomorrow
    annually far plus minus versus both worth overseas home left many much times""".split()
)


def _content_verb(word: str, following: str, vocabulary: Vocabulary, *, next_to_figure: bool) -> str | None:
    if not word.islower() or word in CONTENT_SKIP:
        return None
    if not (word.endswith(("s", "ed", "ing")) or word in _IRREGULAR_PAST or _known_verb(word, vocabulary)):
        return None  # no verb form: spare the dictionary lookup
    base = lemma(word)
    known = base in vocabulary.verb_synonyms or base in vocabulary.derivations
    if not (known or _is_verb(word, next_to_figure=next_to_figure)) or base in _NEUTRAL_VERBS:
        return None
    return verb_lemma(word, following, vocabulary, canonical=False)


def _known_verb(word: str, vocabulary: Vocabulary) -> bool:
    return word in vocabulary.verb_synonyms or word in vocabulary.derivations


def _actor(spot: Spot, head: str | None) -> str | None:
    """Who owns or acts on the figure when it is written before it: the possessor ("the region's
    9,000 beds") or the noun before a transitive verb ("the council planted 600 trees")."""
    before = spot.sentence[max(0, spot.start - 60) : spot.start]
    owner = _POSSESSOR.search(before) if ("'" in before or "’" in before) else None
    if owner:
        possessor = lemma(owner.group(1)).casefold()
        return None if possessor == head else possessor  # "the grants' tripling" is of the grants
    acting = _ACTOR_VERB.search(before)
    if acting and _is_participle(acting.group(2)) and lemma(acting.group(2)) not in _NEUTRAL_VERBS | _FINDING:
        noun = lemma(acting.group(1))
        if noun != head and noun not in CONTENT_SKIP:
            return noun
    return None


# "the 3,900 workers", "the plant's 3,900 workers", "its £40 million pledge", "that rate of 8.4%":
# a definite phrase with the figure right after its determiner (no "first", "other", "remaining"
# between them) presupposes the figure was given before; "its intake of 420 dogs" likewise.
_DEFINITE_BEFORE = LazyPattern(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]ll)"
    r"(?:\s+[a-z]+\s+of)?|[A-Za-z]\w*(?:['’]s|s['’]))\s+$"
)


# "the 300 paintings in storage", "the 40 beds at Ward 6": a phrase after the noun that narrows it
# makes a new quantity, not a reference; an event's "at a meeting" or a change's "rise in sales" does not.
_NARROWING_AFTER = LazyPattern(
    r"^[\s-]*(?:[A-Za-z-]+\s+)?(?:in|on|at|from|under|with|without|near|outside|inside|across|within)\s+"
    r"(?!an?\b)[a-z]",
)
_STOPS_A_PHRASE = LazyPattern(r"^[\s-]*(?:[A-Za-z-]+\s+){0,2}?(?:is|are|was|were|had|has|have|will|would|[a-z]+ed)\b")
# "The £1bn lent to farmers was a record": a participle after the figure, then the clause's own
# verb, narrows the quantity ("the 41 climbers descended" has no verb after it, and refers back)
_TWO_WORDS_AFTER = LazyPattern(r"^[\s-]*([a-z-]+)(?:\s+([a-z]+))?")
_FINITE_VERB = LazyPattern(r"\b(?:is|are|was|were|will|would|has|have|had)\b")


# How the words before a definite figure end (`_DEFINITE_BEFORE`, before its spaces): a determiner,
# "of" ("the number of"), or a possessive. The pattern is tried only after one of them.
_DEFINITE_ENDINGS = ("he", "ts", "ir", "is", "er", "ur", "at", "se", "ll", "of", "'s", "’s", "s'", "s’")


def _is_definite(spot: Spot) -> bool:
    window = max(0, spot.start - 40)
    if not spot.sentence[window : spot.start].rstrip().endswith(_DEFINITE_ENDINGS):
        return False
    if not _DEFINITE_BEFORE.search(spot.sentence, window, spot.start):
        return False
    after = spot.sentence[spot.end : spot.end + 50]
    if _CHANGE_IN.match(after):
        return True
    words = _TWO_WORDS_AFTER.match(after)
    if words and any(word and _is_participle(word) for word in words.groups()):
        clause_end = re.search(r"[.;:!?]", after[words.end() :])
        if _FINITE_VERB.search(after, words.end(), words.end() + clause_end.start() if clause_end else len(after)):
            return False
    narrowing = _NARROWING_AFTER.match(after)
    if narrowing is None:
        return True
    verb = _STOPS_A_PHRASE.match(after)
    return verb is not None and verb.end() <= narrowing.end()


def _frame(spot: Spot) -> str | None:
    """Two words either side of the figure, lower case: near-identical sentences that change only
    the figure share it ("said no and 5% were unsure" and "said no and 15% were unsure")."""
    before = _FRAME_WORD.findall(spot.sentence[max(0, spot.start - 40) : spot.start])[-2:]
    after = _FRAME_WORD.findall(spot.sentence[spot.end : spot.end + 40])[:2]
    if len(before) + len(after) < 3:
        return None
    # (the words are ASCII letters: lower case word by word or all at once is one)
    return f"{' '.join(before)} _ {' '.join(after)}".lower()


@lru_cache(maxsize=4096)
def _content_words(sentence: str) -> tuple[str, ...]:
    """The sentence's content words, lemmatised: what two sentences share. (Cutting a plural -s
    instead of the dictionary lookup saved a tenth of a second on 1,000 stories and lost 3 of 212
    contradictions on benchmarks/paraphrase.)"""
    words = {lemma(w).casefold() for w in _FRAME_WORD.findall(sentence) if len(w) > 2}
    return tuple(sorted(words - CONTENT_SKIP))


def _fronted_time(spot: Spot) -> tuple[str, ...]:
    """The time of an adverbial that opens the sentence before the figure, for a figure whose own
    clause says none ("In March, 410 staff joined the union"); a part of the year as its label
    ("In the first half," is "h1", as "in H1" is)."""
    fronted = _FRONTED_TIME.match(spot.sentence) or _MONTH_OF_THE_SUBJECT.match(spot.sentence)
    if fronted is None or fronted.end() > spot.start:
        return ()
    between = spot.sentence[fronted.end() : spot.start]
    if _TIME_CONTRAST.search(between) or _REPORTED.search(between):
        return ()  # "In 2019 the firm sold 300 cars, but ...", "In 2021 officials said 45 buses were sold"
    said = fronted.groupdict()
    if said.get("part"):
        return (f"{said['part'][0]}{_ORDERS[said['order']]}",)
    time = said.get("month") or said.get("year") or said.get("weekday") or ""
    return (time.lower(),)


def _times(spot: Spot) -> set[str]:
    """The times in the figure's clause: "a £380,000 bonus last year" does not date "the £9m
    penalty" in the clause before it. A clause with no time of its own takes those said before
    it in the sentence, back to a contrast ("but", "while")."""
    times = [entity for entity in spot.entities if _is_time(entity) and not _another_figure_s(entity, spot)
             and not _a_base_of_comparison(entity, spot.sentence) and not _another_event_s(entity, spot)]  # fmt: skip
    if not times:
        return set()
    found = _times_within(times, _time_scope(spot))
    if not found:
        since_contrast, _ = _span(spot.sentence, spot.start, spot.end, _TIME_CONTRAST)
        found = _times_within(times, _ASIDE.sub(",", spot.sentence[since_contrast : spot.start]))
    return found


def _another_event_s(time: str, spot: Spot) -> bool:
    """Whether a time dates another event than the figure's: a clause of "since" after a level
    ("the heaviest blow since the pit closed in 1991", "the worst since 1991": a span it is set
    against; a change's own "since 2024" is its span), or the saying of a figure reported after it
    ("said on Tuesday that all 340 jobs would go")."""
    sentence, time = spot.sentence.casefold(), time.casefold()
    at = sentence.find(time)
    if at < 0 or sentence.find(time, at + 1) >= 0:
        return False  # (said more than once)
    if at < spot.start:
        return bool(_SAID_AT.match(sentence, at + len(time), spot.start))
    a_level = spot.kind not in (ClaimKind.CHANGE, ClaimKind.RATIO) and spot.role is None  # (a change's end keeps it)
    return a_level and (time.startswith("since ") or bool(_SINCE_BEFORE.search(sentence, max(spot.end, at - 60), at)))


# "since the pit closed ", "since ": a span back to another event, up to the time (lower case)
_SINCE_BEFORE = LazyPattern(r"\bsince\s+(?:[\w'’-]+\s+){0,6}?$")
# what follows the time of a saying, up to the figure it reports: " that all ", ", that "
_SAID_AT = LazyPattern(r"\s*,?\s+that\s+(?:[\w'’-]+\s+){0,8}?$")


def _another_figure_s(time: str, spot: Spot) -> bool:
    """Whether a time said after the figure comes right after another figure, whose it is: in "the
    rise to 1,960 applicants from 1,410 last year", last year is the 1,410's, not the 1,960's."""
    at = spot.sentence.find(time, spot.end)
    if at < 0 or spot.sentence.find(time) < spot.end:
        return False  # (said before the figure, or more than once)
    between = spot.sentence[spot.end : at]
    return len(between) <= _OTHER_FIGURE_REACH and bool(_COMPARED_FIGURE.search(between))


def _a_base_of_comparison(time: str, sentence: str) -> bool:
    """Whether a year or a period is only the base a figure is set against: "up a quarter on last
    year, at 1,500" and "10% more than in 2024" do not date the 1,500 or the rise."""
    if not _PERIOD_TIME.fullmatch(time.strip()):
        return False
    places = _starts_of(time, sentence)
    return bool(places) and all(_COMPARED_BEFORE.search(sentence, max(0, at - 25), at) for at in places)


def _starts_of(said: str, sentence: str) -> list[int]:
    """Where each time `said` (not empty) starts in the sentence, as `re.finditer(re.escape(said),
    sentence)` finds them, one after the other: str.find, without escaping and looking up a pattern
    for every time of every figure."""
    places: list[int] = []
    at = sentence.find(said)
    while at >= 0:
        places.append(at)
        at = sentence.find(said, at + len(said))
    return places


# Times that can be a base: a year or a recent period, not a day ("on 3 May" is a date)
_PERIOD_TIME = LazyPattern(
    r"(?:in\s+)?(?:(?:19|20)\d\d|(?:last|the\s+previous)\s+(?:year|month|quarter|season|week))", re.IGNORECASE
)
_COMPARED_BEFORE = LazyPattern(
    r"\b(?:on|than|against|versus|vs\.?|over|compared\s+(?:with|to))\s+(?:(?:in|the\s+same\s+\w+\s+of)\s+)?$",
    re.IGNORECASE,
)


# How far after a figure a time may stand with another figure between them and still be that one's
_OTHER_FIGURE_REACH = 40
# A figure the first is set against, whose time follows it: "from 1,410 last year", "against 52 in 2019"
_COMPARED_FIGURE = LazyPattern(
    r"\b(?:from|against|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:about\s+|around\s+|some\s+)?\S*\d",
    re.IGNORECASE,
)


def _time_scope(spot: Spot) -> str:
    """The figure's clause, for its times, without a relative clause set off by commas before it:
    "The zoo, which opened in 1961, says its 84 penguins ..." does not date the penguins."""
    start, end = _span(spot.sentence, spot.start, spot.end, _TIME_SCOPE_BREAK)
    if _RELATIVE_OPENS.search(spot.sentence, max(0, start - 10), start):
        closed = spot.sentence.rfind(", ", start, spot.start)
        if closed >= 0:
            start = closed + 2
        else:  # the figure is in the aside: "The works, which employs 340 people, will close in June"
            closing = spot.sentence.find(", ", spot.end, end)
            end = closing if closing >= 0 else end
    return spot.sentence[start:end]


# A comma and a relative pronoun just before where a clause starts: the clause is an aside
_RELATIVE_OPENS = LazyPattern(r",\s+(?:which|who)\s$", re.IGNORECASE)
# A relative clause set off by commas: ", which opened in 1961,"
_ASIDE = LazyPattern(r",\s+(?:which|who)\s[^,;:]*,", re.IGNORECASE)


def _years_within_change(spot: Spot) -> set[str]:
    """The years a change written with its endpoints names inside its own text: "fell from 2,400 in
    2015 to the current 1,650" is the change since 2015, as "has halved since 2015" is."""
    if spot.kind is not ClaimKind.CHANGE:
        return set()
    return set(_YEAR.findall(spot.sentence, spot.start, spot.end))


def _times_within(times: Sequence[str], scope: str) -> set[str]:
    scope = scope.casefold()
    found: set[str] = set()
    for entity in times:
        if entity.casefold() in scope:
            year = _YEAR.search(entity)
            found.add(year.group(1) if year else entity.lower().removeprefix("in ").removeprefix("on "))
    return found


@lru_cache(maxsize=4096)
def _names(sentence: str, entities: tuple[str, ...], clause: str) -> tuple[str, ...]:
    """The names in the figure's own clause: "the Conservatives 33%" is not about Ms Nandra's 41%.
    A quote's speaker ("..., Ms Abara said") is who speaks, not who acts. Cached: the figures of
    one clause share them."""
    opening = sentence[:400].lstrip(" \"'“‘([")
    names = {e for e in entities if not _is_time(e)}
    names = {e for e in names if not (" " not in e and opening.startswith(e) and not is_proper_noun(e))}
    names = {e for e in names if not _is_speaker(sentence, e)}
    # "Sims 3" and "Sims 4", "Route 66": the number is part of the name
    names = {(e + labelled.group()) if (labelled := _NAME_NUMBER.match(sentence, sentence.find(e) + len(e)))
             else e for e in names}  # fmt: skip
    in_clause = {e for e in names if e in clause}
    # none in its own clause: those of the sentence, but not those of a clause of another subject set
    # after it ("71% of revenue, with NHS work accounting for the rest" says nothing of the NHS's 71%)
    ends = sentence.find(clause) + len(clause) if clause and clause in sentence else -1
    own = {e for e in names if ends < 0 or not _ANOTHER_SUBJECT.search(sentence, ends, max(ends, sentence.find(e)))}
    found = {_without_designator(e.casefold()) for e in (in_clause or own)}
    for label in matches_from(_LABEL_IN_CLAUSE, _LABEL_START, clause):  # "Sims 3 sold ...", "at Turn 4"
        if is_label_word(label.group(1)) and not _YEAR.fullmatch(label.group(2)):
            found.add(f"{label.group(1)} {label.group(2)}".casefold())
    return tuple(sorted(found))


# What a company's or body's name may end in that its later short form leaves out: "Caskmore Group"
# is "Caskmore" two sentences on, "Tesco plc" is "Tesco".
_DESIGNATORS = frozenset("group plc ltd ltd. limited inc inc. corp corp. corporation holdings llc co co.".split())


def _without_designator(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1] in _DESIGNATORS:
        words.pop()
    return " ".join(words)


# a clause after a figure's with a subject of its own: ", with NHS work accounting for the rest",
# "; the council", ", while rivals"
_ANOTHER_SUBJECT = LazyPattern(r",\s*(?:with|while|whereas)\s|;", re.IGNORECASE)


def _is_speaker(sentence: str, name: str) -> bool:
    at = sentence.find(name)
    if at < 0:
        return False
    after = _SPEAKER_AFTER.match(sentence, at + len(name))
    return bool(after or _SPEAKER_BEFORE.search(sentence, max(0, at - _SPEAKER_REACH), at)
                or _REPORTED_BY_BEFORE.search(sentence, max(0, at - _SPEAKER_REACH), at))  # fmt: skip


@lru_cache(maxsize=4096)
def _clause_facts(
    clause: str, subject: str | None, vocabulary: Vocabulary
) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """(actions, modal, months) of a clause, cached: the figures of one clause share them."""
    months = tuple(sorted({_day_of(clause, m) for m in matches_from(_MONTH_IN_CLAUSE, _MONTH_START, clause)}))
    return tuple(sorted(_actions(clause, subject, vocabulary))), _is_modal(clause), months


# The words every match of `_COUNTED_MODAL_NOUNS` ends in (`_MODAL_WORDS` are the words `_MODAL`
# finds, lower case; "may" only as written)
_COUNTED_MODAL_ENDINGS = ("goals", "targets")
_WORD_RUN = LazyPattern(r"\w+")
# Any modal word anywhere in the lower-cased clause, whole or not: most clauses have none, and one
# scan for them all rules the clause out before it is cut into words.
_MODAL_INSIDE = LazyPattern("|".join(sorted(_MODAL_WORDS | {"may"}, key=len, reverse=True)))


# "the fine would have been £5.4 million", "it would have cost £2m": what did not happen (but "said
# the firm would have 400 staff by May" is reported speech, as "would" alone most often is)
COUNTERFACTUAL = LazyPattern(
    r"\bwould(?:\s+not|n[’']t)?\s+have\s+(?:been|cost|paid|made|spent|lost|won|sold|built|left|kept|had|"
    r"[a-z]{2,}ed|[a-z]{2,}en)\b",
    re.IGNORECASE,
)


# "Without the £750 grant, the balance would be £3,510", "If the bid fails, the club would lose
# £2m": a condition that opens the sentence makes its "would" a supposition, not reported speech
_CONDITION_OPENS = LazyPattern(r"\s*(?:[\"“‘'(]\s*)?(?:Without|But\s+for|If|Unless|Had|Were)\b[^.;:]*,")
_WOULD = LazyPattern(r"\bwould\b", re.IGNORECASE)


def supposed(sentence: str, start: int, end: int) -> bool:
    """Whether a "would" between `start` and `end` is a supposition its sentence's condition opens."""
    return bool(_WOULD.search(sentence, start, end)) and bool(_CONDITION_OPENS.match(sentence))


def _is_modal(clause: str) -> bool:
    """`_MODAL` in the clause once "23 league goals" and the like are taken out, or a counterfactual
    ("would have been"). In ASCII text it is found by the clause's words, as `_MODAL` matches whole
    words and lower() is re.IGNORECASE's case folding there: the pattern, tried at every character,
    was a tenth of reading the evidence."""
    if "would" in clause and COUNTERFACTUAL.search(clause):
        return True
    if not clause.isascii():
        clause = _JUDGED_PLAN.sub(" ", _PRODUCT_PLAN.sub(" ", _COUNTED_MODAL_NOUNS.sub(" ", clause)))
        return bool(_MODAL.search(clause))
    lowered = clause.lower()
    if _MODAL_INSIDE.search(lowered) is None:
        return False
    if any(ending in lowered for ending in _COUNTED_MODAL_ENDINGS):
        clause = _COUNTED_MODAL_NOUNS.sub(" ", clause)
    if "plan" in lowered:
        clause = _JUDGED_PLAN.sub(" ", _PRODUCT_PLAN.sub(" ", clause))
    words = _WORD_RUN.findall(clause)
    return "may" in words or any(word.lower() in _MODAL_WORDS for word in words)


def _actions(clause: str, subject: str | None, vocabulary: Vocabulary) -> set[str]:
    """What the clause around a figure says happened to what it counts: "12 people died" gives die,
    "200 people were evacuated" gives evacuate. Verbs that only state a figure are left out."""
    subject_words = set((subject or "").split())
    # (a progressive ends in "ing": most clauses have none to try the pattern at every word for)
    found = (
        {verb_lemma(m.group(1), "", vocabulary) for m in _PROGRESSIVE.finditer(clause)} if "ing" in clause else set()
    )
    found -= _NEUTRAL_VERBS
    words = _WORD.findall(clause)
    for index, word in enumerate(words):
        if word[0].isupper():
            continue  # names: "United Nations", "Met Office"
        if _is_participle(word):
            following = words[index + 1].lower() if index + 1 < len(words) else ""
            verb = verb_lemma(word, following, vocabulary)
            if verb not in _NEUTRAL_VERBS and lemma(word) not in subject_words and word not in subject_words:
                found.add(verb)
    return found - _FINDING


_LETTERS = LazyPattern(r"[A-Za-z]+")
# How far from the figure, within its clause, a verb still says what happened to what it counts
_ACTION_REACH = 80
_FOLLOWING_WORDS = LazyPattern(r"\s*([A-Za-z]+)\s+([a-z]+)\b")
# Words after a counted noun that keep only some of what it counts
_NARROWING_PREPOSITIONS = frozenset({"without", "lacking"})
# A state the counted noun is said to be in, after it: "2,000 fans are on the waiting list", "40
# staff were in isolation", "300 homes remain without power": some of them, named by the state's noun
_IN_A_STATE = LazyPattern(
    r"(?:are|were|is|was|remain|remains|remained|stay|stays|stayed)\s+(?:still\s+|now\s+)?"
    r"(?:on|in|under|without)\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?(?P<noun>[a-z]+)\b"
)
# A noun narrowed to an age band before its figure: "women aged 25 to 29", "children under the age of five"
_AGE_BAND = LazyPattern(r"\b([A-Za-z]+)\s+(?:aged|(?:under|over)\s+the\s+age\s+of|between\s+the\s+ages\s+of)\s")


def _age_banded_before(spot: Spot) -> set[str]:
    """The lemmas of the nouns narrowed to an age band before the figure."""
    window = max(0, spot.start - 120)
    if "age" not in spot.sentence[window : spot.start]:
        return set()  # (every age band has it: most text before a figure has none to try the pattern at)
    found = _AGE_BAND.finditer(spot.sentence, window, spot.start)
    return {lemma(match.group(1)).casefold() for match in found}


# "£19m of the work", "300 of the plant's staff", "two of February's incidents": a part of a whole
# the words after it name;
# "£27 million, of which the government is paying £19 million": a part of the whole before it
_PART_OF_AFTER = LazyPattern(
    r"\s+of\s+(?:(?i:the|its|their|his|her|our|this|that|these|those)\s|[A-Z][\w-]*(?:['’]s|s['’])\s)"
)
# "In June alone, 31 people were rescued", "450 in London alone": a time or place singled out of
# a larger whole
_ALONE = LazyPattern(r"\b(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Ll]ast|[Tt]his|[Ff]or)\s+(?:[\w'’-]+\s+){1,3}alone\b")
_OF_WHICH_BEFORE = LazyPattern(r",\s+of\s+(?:which|whom)\b[^,;:]*$", re.IGNORECASE)
# "Children accounted for 312,000 visits", "Exports made up £4bn of sales": a part of a whole
_ACCOUNTED_FOR_BEFORE = LazyPattern(
    r"\b(?:accounted|accounts|account|accounting)\s+for\s+(?:(?:about|around|nearly|almost|some|roughly|"
    r"just\s+over|just\s+under|more\s+than|less\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)
# "The council's share is £47 million", "a contribution of £2m", "will contribute £400,000": one
# party's part of a sum, never the sum
_ONES_SHARE_BEFORE = LazyPattern(
    r"\b(?:(?:share|contribution|portion)\s+(?:is|was|will\s+be|would\s+be|of|comes\s+to|amounts\s+to)|"
    r"contribut(?:e|es|ed|ing))\s+(?:(?:about|around|nearly|almost|some|roughly|up\s+to|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
# "Of those boats, 46 are eights", "Of the £2m, £400,000 went on fees": a sentence that opens on
# the whole it takes its figures from
_OF_THE_WHOLE_OPENING = LazyPattern(
    r"^\s*Of\s+(?:the|these|those|them|that|this|its|their|his|her|our|all)\b(?:[^,;:]|,\d)*,[^,;:]*$",
    re.IGNORECASE,
)


# "Suppliers employ another 2,000 people", "a further £10 million", "an extra 300 beds": more on
# top of a figure already counted, never that figure itself
_ADDITIONAL_BEFORE = LazyPattern(
    r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)


# A sentence that opens on a thing it introduces as another: "A second crossing, 4 km upstream,
# carries about 25,000 vehicles a day", "Another 40 volunteers", "A new school nearby has 300 pupils"
_ANOTHER_THING_OPENING = LazyPattern(
    r"\W*(?:(?:A|An)\s+(?:second|third|fourth|new|separate|different|rival|nearby|neighbouring|neighboring)|"
    r"Another|The\s+(?:other|second|third|rival|neighbouring|neighboring))\s+(?!of\b)[a-z]"
)  # (not a fraction: "A third of the staff")


def _another_thing(spot: Spot) -> str | None:
    if not spot.kind.is_quantity or not _ANOTHER_THING_OPENING.match(spot.sentence):
        return None
    return "another"


def _additional(spot: Spot) -> str | None:
    if not spot.kind.is_quantity:
        return None
    return "additional" if _ADDITIONAL_BEFORE.search(spot.sentence, max(0, spot.start - 30), spot.start) else None


def _part_of(spot: Spot) -> str | None:
    if spot.kind not in (ClaimKind.MONEY, ClaimKind.COUNT, ClaimKind.MEASURE):
        return None
    if _PART_OF_AFTER.match(spot.sentence, spot.end):
        return "part of"
    if "alone" in spot.sentence and _ALONE.search(spot.sentence):
        return "part of"
    if _OF_WHICH_BEFORE.search(spot.sentence, max(0, spot.start - 80), spot.start):
        return "part of"
    if _ACCOUNTED_FOR_BEFORE.search(spot.sentence, max(0, spot.start - 40), spot.start):
        return "part of"
    if spot.kind is ClaimKind.MONEY and _ONES_SHARE_BEFORE.search(spot.sentence, max(0, spot.start - 40), spot.start):
        return "part of"
    if spot.kind is ClaimKind.COUNT and _SHARE_IT_COUNTS_BEFORE.search(
        spot.sentence, max(0, spot.start - 60), spot.start
    ):
        return "part of"
    return "part of" if _OF_THE_WHOLE_OPENING.match(spot.sentence, 0, spot.start) else None


# "About 23% of pupils, roughly 260, ...", "a third of the staff (410)": the count a share of a whole
# comes to, set beside it; some of the whole, never the whole
_SHARE_IT_COUNTS_BEFORE = LazyPattern(
    r"(?:\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent|percent)|\b(?:half|third|quarter|fifth|tenth|thirds|quarters|fifths|"
    r"in\s+(?:two|three|four|five|six|seven|eight|nine|ten)))\s+of\s+(?:(?:the|its|their|all|[A-Za-z]+['’]s?)\s+){0,2}"
    r"(?:[a-z-]+\s+){0,2}?[a-z-]+\s*(?:,|\(|—|–|-)\s*(?:(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under)|"
    r"more\s+than|fewer\s+than|or)\s+)?$",
    re.IGNORECASE,
)


# "18 who abstained": a relative clause right after a figure that names no noun
_BARE_RELATIVE = LazyPattern(r"\s+(?=who\s)")
# A relative clause after the counted noun, and its verb (with a particle): "who were elected", "it laid off"
_RELATIVE_VERB = LazyPattern(
    r"(?:that|which|who|it|they|he|she|we)\s+(?:(?:was|were|had|has|have|been|is|are|later|also|then|first)\s+){0,2}"
    r"([a-z]{3,})(?:\s+([a-z]+))?"
)


_WRITTEN_AS: dict[int, tuple[Vocabulary, dict[str, frozenset[str]]]] = {}


def _written_as(vocabulary: Vocabulary) -> dict[str, frozenset[str]]:
    """Each canonical subject and the one-word forms the text writes it as, with their plurals:
    "workforce" -> staff, employee, employees. Worked out once per vocabulary (kept with it, so
    its id cannot be reused meanwhile)."""
    known = _WRITTEN_AS.get(id(vocabulary))
    if known is None:
        forms: dict[str, set[str]] = {}
        for written, canonical in vocabulary.subject_synonyms.items():
            if " " not in written:
                forms.setdefault(canonical, set()).update((written, written + "s"))
        known = _WRITTEN_AS[id(vocabulary)] = (vocabulary, {key: frozenset(value) for key, value in forms.items()})
    return known[1]


def _restrictive_participle(spot: Spot, vocabulary: Vocabulary) -> str | None:
    """The participle right after the counted noun that narrows it: "20 hospitals promised in 2019"
    gives promise, "21 games remaining" gives remain; "98,000 entries, followed by" gives nothing."""
    head = (spot.subject or "").split()[-1:]
    if not head:
        return None
    if head[0] in _age_banded_before(spot):
        return "age"  # "Women aged 25 to 29 were least likely to attend, at 53.8%": an age band, not all women
    rest = spot.sentence[spot.end :]
    bare = _BARE_RELATIVE.match(rest)
    relative = _RELATIVE_VERB.match(rest, bare.end()) if bare else None
    if relative:  # "including 18 who abstained": the figure with no noun, narrowed by what they did
        verb = verb_lemma(relative.group(1), relative.group(2) or "", vocabulary)
        return None if verb in _NEUTRAL_VERBS else verb
    stem = head[0][:3]
    # a subject the vocabulary names for another word ("staff" gives the workforce) is found by it
    written = _written_as(vocabulary).get(head[0], frozenset())
    for match in _LETTERS.finditer(rest, 0, 60):
        word = match.group().lower()
        if (word.startswith(stem) and lemma(match.group()) == head[0]) or word in written:
            following = _FOLLOWING_WORDS.match(rest, match.start())
            if following is None:
                return None
            word = following.group(2)
            if word in _NARROWING_PREPOSITIONS:
                return word  # "eight games without conceding", "40 homes without power": some of them
            state = _IN_A_STATE.match(rest, following.start(2))
            if state:
                return lemma(state.group("noun")).casefold()
            relative = _RELATIVE_VERB.match(rest, following.start(2))
            if relative:  # "the 120 workers it laid off", "the 12 members who were elected"
                verb = verb_lemma(relative.group(1), relative.group(2) or "", vocabulary)
                return None if verb in _NEUTRAL_VERBS else verb
            verb = verb_lemma(word, "", vocabulary)
            narrowing = _is_participle(word) or (word.endswith("ing") and len(word) > 5)
            return verb if narrowing and verb not in _NEUTRAL_VERBS else None
    return None


# What ends the phrase of a participle after a figure's noun: a clause break, or the clause's own verb
_PHRASE_BREAK = LazyPattern(r"[,;:()\"“”.!?]")
_PHRASE_FILLER = frozenset("the a an its their his her our this that these those of to by in on at for from".split())


def participle_words(sentence: str, after: int, verb: str, vocabulary: Vocabulary) -> tuple[str, ...] | None:
    """The words of the participle phrase that narrows a figure's noun, when another verb follows it
    in the clause and so shows it is one: "The 2,000 tickets| sold online| went in an hour" gives
    ("online",), "The 40 trees| planted by pupils| died" ("pupils",). None where no verb follows
    (the participle may be the clause's own verb: "The 9,000 tickets sold out in an hour"), or where
    `verb` (a lemma) is not among the first words after the figure."""
    words = [(match.group(), match.start()) for match in islice(_WORD.finditer(sentence, after), 12)]
    start = next(
        (
            index
            for index, (word, _) in enumerate(words[:4])
            if word.islower() and verb_lemma(word, "", vocabulary) == verb
        ),
        None,
    )
    if start is None or not _is_participle(words[start][0]):
        return None
    broken = _PHRASE_BREAK.search(sentence, words[start][1])
    limit = broken.start() if broken else len(sentence)
    phrase: list[str] = []
    for word, at in words[start + 1 :]:
        if at >= limit:
            break
        if word.islower() and (word in _CLAUSE_VERBS or _is_participle(word)):
            return tuple(phrase)
        if word.lower() not in _PHRASE_FILLER:
            phrase.append(lemma(word).casefold())
    return None


# An auxiliary or modal that opens the clause's predicate after a participle phrase
_CLAUSE_VERBS = frozenset("is are was were has have had will would shall can could may might must should".split())
