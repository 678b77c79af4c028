"""Linking stage: claims -> pairs of claims about the same quantity."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields

from numcheck.model import Claim, ClaimKind, Role
from numcheck.subjects import clause_span, is_proper_noun, lemma

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_TIME = re.compile(
    r"^(?:(?:in|by|since|until|till|from|before|after|during|as of|on)\s+)?(?:1[89]\d\d|20\d\d)s?$"
    r"|^(?:last|this|next|previous|the previous|the same)\s|^(?:yesterday|today|tomorrow)$"
    r"|^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|^q[1-4]$"
    rf"|^(?:(?:in|by|since|until|from|before|after|during|on)\s+)?(?:{_MONTHS})(?:\s+(?:1[89]\d\d|20\d\d))?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")
_MONTH_IN_CLAUSE = re.compile(rf"\b(?:{_MONTHS.title()})\b")

# Where the clause around a figure ends: "12 people died, and 200 were evacuated".
_CLAUSE_BREAK = re.compile(r"[;:]|,\s|\s(?:and|but|while|whereas|after|before|when|as|which|who)\s", re.IGNORECASE)
# Times reach across commas ("In 2019, the club had 200 members") but not into another clause.
_TIME_SCOPE_BREAK = re.compile(r"[;:]|\s(?:and|but|while|whereas|after|before|when|which|who)\s", re.IGNORECASE)
# ...except forward, into the clauses that follow it without a contrast: "In 1925, 29% backed the
# plan, 40% opposed it and 31% were undecided" is all about 1925.
_TIME_CONTRAST = re.compile(r"[;:]|\s(?:but|while|whereas|although|though|yet)\s", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+(?:-[a-z]+)*")
# Heads that name no quantity by themselves: who or what is counted is in the verb or the clause.
_GENERIC_SUBJECTS = frozenset(
    "people person individual resident citizen case time one they them it those these average figure number "
    "total rate level amount share proportion month year week day hour minute target".split()
)
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+([a-z]+ing)\b")
_NOT_VERBS = frozenset("hundred need seed feed deed speed breed bleed greed shed sled".split())
_IRREGULAR_PAST = frozenset(
    "sold built lost hit cut fled left made paid spent won took taken gave given brought caught fought held kept "
    "sent shot struck stole stolen bought drew drawn drove driven sank sunk found thrown written chosen born "
    "bred fed laid led lent met sought sung swept swum sworn torn wore worn seen began begun ran came went gone "
    "done did got gotten hid hidden rode ridden spoke spoken threw wrote broke broken chose flew flown froze "
    "frozen hung knew known shut slept spun spread dug fought".split()
)
# Verbs that state, report or change a quantity rather than say what it counts.
_NEUTRAL_VERBS = frozenset(
    "be have reach rise increase grow climb jump soar surge double triple quadruple halve fall drop decline "
    "decrease shrink slump plunge sink reduce cut total number stand amount count estimate report say tell "
    "add note point claim announce confirm show reveal suggest expect forecast project put record calculate "
    "publish update revise compare base list rank quote cite describe accord believe think know understand "
    "mention state warn admit deny argue insist explain predict".split()
)
# A target, a forecast or a possibility is another quantity than what happened.
_MODAL = re.compile(
    r"\b(?:targets?|aims?|aimed|aiming|goals?|forecasts?|forecast|projected|projections?|expected|expects?|"
    r"could|would|might|may|plans?|planned|pledged?|ambitions?|hopes?|predicted|budgeted)\b",
    re.IGNORECASE,
)
# "within 18 weeks", "in three years", "for 40 minutes": how long, not how much of the subject
_DURATION_BEFORE = re.compile(r"\b(?:within|in|for|over|after|than|past|last|next|every|per|each)\s*$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?|age of)\s*$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^\s*(?:-|\s)?(?:years?[- ]old|year-olds?)\b", re.IGNORECASE)


# "In Scotland, 1,200 nurses": a place that narrows the figure to part of the whole
_PLACE = re.compile(r"\b(?:[Ii]n|across|throughout|at)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)")
_NOT_PLACES = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


@dataclass(frozen=True, slots=True)
class Link:
    """Two claims that talk about the same quantity."""

    first: Claim
    second: Claim


@dataclass(frozen=True, slots=True)
class Context:
    """What the text around a claim says about it, beyond its subject."""

    times: frozenset[str]
    names: frozenset[str]
    actions: frozenset[str]  # what happened to what is counted: "died", "evacuated"
    restricted: str | None  # a participle that narrows it: "20 hospitals promised"
    modal: bool  # a target, forecast or possibility
    places: frozenset[str]  # "in Scotland": where the figure applies


def comparison_key(claim: Claim) -> str | None:
    """Claims can only be linked within one key: a kind family and, for measures, a dimension.

    Money in every currency shares a key, so that a currency slip can be found; multipliers and
    changes share one, so that "rose fivefold to 25,000" meets "from 8,000 to 25,000"."""
    if not claim.kind.is_quantity or claim.subject is None or _is_age(claim):
        return None
    if claim.kind is ClaimKind.CHANGE:  # in any unit: "rose 20%", "fell 1.5 points", "cut by £2m"
        return "change" if claim.direction is not None else None
    if claim.kind is ClaimKind.RATIO:
        return "change" if claim.direction is not None or claim.value > 1 else None
    if claim.kind is ClaimKind.PERCENT:
        return "percent"
    if claim.kind is ClaimKind.MONEY:
        return "money"
    if claim.dimension == "[time]" and _is_duration_attribute(claim) and not _describes_its_subject(claim):
        return None
    return claim.dimension or "count"


def _before(claim: Claim) -> str:
    return claim.sentence[: claim.start - claim.sentence_start]


def _is_age(claim: Claim) -> bool:
    """ "women aged 25 to 29", "a 91-year-old": an age says who is counted, not how many."""
    after = claim.sentence[claim.end - claim.sentence_start :]
    return bool(_AGE_BEFORE.search(_before(claim)) or _AGE_AFTER.match(after) or "-year-old" in claim.text)


def _is_duration_attribute(claim: Claim) -> bool:
    """ "waiting more than 18 months", "five-year deals": a duration that describes the subject."""
    written = claim.sentence[claim.start - claim.sentence_start : claim.end - claim.sentence_start]
    return bool(_DURATION_BEFORE.search(_before(claim))) or "-" in written.strip("-")


_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|your|this|that)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _describes_its_subject(claim: Claim) -> bool:
    """ "a 12-month guarantee": a duration written as the modifier of one noun, and the only figure
    said of it, is the length of that noun; two of them for the same noun are the figure to compare.
    "Five-year deals average 5.51%" and "the two-year deal cost 6.86%" name a kind of deal instead."""
    written = claim.sentence[claim.start - claim.sentence_start : claim.end - claim.sentence_start]
    end = claim.end - claim.sentence_start
    if "-" not in written.strip("-") or claim.subject is None or claim.sentence[end : end + 1] != " ":
        return False
    following = _WORD.match(claim.sentence, end + 1)
    if following is None or not _DETERMINER_BEFORE.search(_before(claim)):
        return False
    rest = claim.sentence[following.end() :]
    clause_end = _CLAUSE_BREAK.search(rest)
    return not re.search(r"\d", rest[: clause_end.start() if clause_end else len(rest)])


def _clause(claim: Claim, breaks: re.Pattern[str] = _CLAUSE_BREAK) -> str:
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    clause_start, clause_end = clause_span(claim.sentence, start, end, breaks)
    return claim.sentence[clause_start:clause_end]


def context(claim: Claim) -> Context:
    clause = _clause(claim)
    return Context(
        times=frozenset(_times(claim) | {m.group().lower() for m in _MONTH_IN_CLAUSE.finditer(clause)}),
        names=frozenset(_names(claim, clause)),
        actions=actions(claim, clause),
        restricted=restrictive_participle(claim),
        modal=bool(_MODAL.search(clause)),
        places=frozenset(
            m.group(1).casefold() for m in _PLACE.finditer(claim.sentence) if m.group(1).casefold() not in _NOT_PLACES
        ),
    )


def _times(claim: Claim) -> set[str]:
    """The times in the claim's clause: "a £380,000 bonus last year" does not date "the £9m
    penalty" in the clause before it. A clause with no time of its own takes those said before
    it in the sentence, back to a contrast ("but", "while")."""
    times = [entity for entity in claim.entities if _TIME.match(entity)]
    if not times:
        return set()
    found = _times_within(times, _clause(claim, _TIME_SCOPE_BREAK))
    if not found:
        start = claim.start - claim.sentence_start
        since_contrast, _ = clause_span(claim.sentence, start, claim.end - claim.sentence_start, _TIME_CONTRAST)
        found = _times_within(times, claim.sentence[since_contrast:start])
    return found


def _times_within(times: Sequence[str], scope: str) -> set[str]:
    scope = scope.casefold()
    found: set[str] = set()
    for entity in times:
        if entity.casefold() in scope:
            year = _YEAR.search(entity)
            found.add(year.group(1) if year else entity.lower().removeprefix("in ").removeprefix("on "))
    return found


def _names(claim: Claim, clause: str) -> set[str]:
    """The names in the claim's own clause: "the Conservatives 33%" is not about Ms Nandra's 41%."""
    opening = claim.sentence.lstrip(" \"'“‘([")
    names = {e for e in claim.entities if not _TIME.match(e)}
    names = {e for e in names if not (" " not in e and opening.startswith(e) and not is_proper_noun(e))}
    in_clause = {e for e in names if e in clause}
    return {e.casefold() for e in (in_clause or names)}


def actions(claim: Claim, clause: str | None = None) -> frozenset[str]:
    """What the clause around a claim says happened to what it counts: "12 people died" gives die,
    "200 people were evacuated" gives evacuate. Verbs that only state a figure are left out."""
    clause = _clause(claim) if clause is None else clause
    subject_words = set((claim.subject or "").split())
    found = {lemma(m.group(1)) for m in _PROGRESSIVE.finditer(clause)} - _NEUTRAL_VERBS
    for word in _WORD.findall(clause):
        if word[0].isupper():
            continue  # names: "United Nations", "Met Office"
        if _participle(word):
            verb = lemma(word)
            if verb not in _NEUTRAL_VERBS and verb not in subject_words and word not in subject_words:
                found.add(verb)
    return frozenset(found)


def _participle(word: str) -> bool:
    return (word.endswith("ed") and len(word) >= 4 and word not in _NOT_VERBS) or word in _IRREGULAR_PAST


_FOLLOWING_WORDS = re.compile(r"\s*([A-Za-z]+)\s+([a-z]+)\b")


def restrictive_participle(claim: Claim) -> str | None:
    """The participle right after the counted noun that narrows it: "20 hospitals promised in 2019"
    gives promise, "21 games remaining" gives remain; "98,000 entries, followed by" gives nothing."""
    head = (claim.subject or "").split()[-1:]
    if not head:
        return None
    rest = claim.sentence[claim.end - claim.sentence_start :]
    for match in re.finditer(r"[A-Za-z]+", rest[:60]):
        if lemma(match.group()) == head[0]:
            following = _FOLLOWING_WORDS.match(rest, match.start())
            if following is None:
                return None
            word = following.group(2)
            verb = lemma(word)
            narrowing = _participle(word) or (word.endswith("ing") and len(word) > 5)
            return verb if narrowing and verb not in _NEUTRAL_VERBS else None
    return None


def distinguishable(first: Claim, second: Claim, contexts: dict[int, Context] | None = None) -> bool:
    """True when the text tells the two claims apart: another time, place, actor, action or mood."""
    one = contexts[id(first)] if contexts else context(first)
    other = contexts[id(second)] if contexts else context(second)
    return _told_apart(first, second, one, other, _relation(first, second))


# Where two claims stand to each other; nothing else about their places matters to linking.
_OTHER_DOCUMENT, _SAME_DOCUMENT, _SAME_SENTENCE = range(3)


def _relation(first: Claim, second: Claim) -> int:
    if first.path != second.path:
        return _OTHER_DOCUMENT
    return _SAME_SENTENCE if first.sentence_start == second.sentence_start else _SAME_DOCUMENT


def _told_apart(first: Claim, second: Claim, one: Context, other: Context, relation: int) -> bool:
    if first.role is Role.FROM or second.role is Role.FROM:
        return first.role is not second.role
    if relation == _SAME_SENTENCE:
        return True  # two figures in one sentence are nearly always about different things
    if one.modal != other.modal or bool(one.places) != bool(other.places):
        return True  # a target against an outcome; a figure for one place against the whole
    if relation == _SAME_DOCUMENT and (one.times != other.times or one.names != other.names):
        # one text names its quantities as it goes: "118 medals" for the US, "seven" for rowing
        return True
    if one.times and other.times and not one.times & other.times:
        return True
    if one.names and other.names and not one.names & other.names:
        return True
    # "20 hospitals promised" is another count than "40 hospitals": the participle is part of the name
    if (one.restricted and one.restricted not in other.actions) or (
        other.restricted and other.restricted not in one.actions
    ):
        return True
    # "12 people died" and "200 people were evacuated": both say what happened, and not the same
    first_main, second_main = one.actions - {one.restricted}, other.actions - {other.restricted}
    if first_main and second_main and not first_main & second_main:
        return True
    # "people" alone names no quantity: who they are is in the verb, so the verbs must agree
    generic = bool({first.subject, second.subject} & _GENERIC_SUBJECTS)
    return generic and not one.actions & other.actions


# Where a claim stands; the rest of it is what it says.
_PLACE_FIELDS = frozenset({"path", "line", "column", "end_line", "end_column", "start", "end", "sentence_start"})
_STATEMENT_FIELDS = tuple(f.name for f in fields(Claim) if f.name not in _PLACE_FIELDS)


def statement(claim: Claim) -> tuple[object, ...]:
    """What a claim says, apart from where: a syndicated story or a repeated boilerplate line makes
    the same statement in many places. Linking and every pair check read only this and the
    claims' relation (another document, the same one, the same sentence), so they can be worked
    out once per pair of statements."""
    offsets = (claim.start - claim.sentence_start, claim.end - claim.sentence_start)
    return (*(getattr(claim, name) for name in _STATEMENT_FIELDS), offsets)


def statement_numbers(members: Sequence[Claim]) -> list[int]:
    """For each claim, the number of its statement: equal numbers, the same statement."""
    numbers: dict[tuple[object, ...], int] = {}
    return [numbers.setdefault(statement(claim), len(numbers)) for claim in members]


def blocks(claims: Sequence[Claim]) -> Iterator[tuple[str, str, list[Claim]]]:
    """(key, subject, claims) for every group of comparable claims, in a stable order.

    Blocking by key and subject is what keeps the cost close to linear in the number of claims."""
    # sorted() and groupby, not a pandas groupby: the same blocks in the same order, faster from ten
    # claims to a million (measured), and no pandas import on the pre-commit path
    rows = sorted((key, claim.subject, index) for index, claim in enumerate(claims)
                  if (key := comparison_key(claim)) is not None and claim.subject is not None)  # fmt: skip
    for (block_key, subject), members in itertools.groupby(rows, key=lambda row: (row[0], row[1])):
        yield block_key, subject, [claims[index] for _, _, index in members]


def link_block(members: Sequence[Claim]) -> Iterator[Link]:
    """Pairs about the same quantity: within one block, every pair nothing tells apart.

    Two claims that both name places or actors and share none, or both name times and share
    none, are told apart; so an index on names and times yields the only candidates, and each
    is tested as before. Pairs come out in the same order as from testing every pair, but the
    work grows with the links, not with the square of the block (a block is one subject in the
    whole corpus), and each pair of statements is tested once (see `statement`). A FROM endpoint
    links only with FROM endpoints."""
    for i, j in linked_pairs(members, statement_numbers(members)):
        yield Link(members[i], members[j])


def linked_pairs(members: Sequence[Claim], numbers: Sequence[int]) -> Iterator[tuple[int, int]]:
    """`link_block`'s pairs as positions in `members`, first < second."""
    said: dict[int, Context] = {}
    for claim, number in zip(members, numbers, strict=True):
        if number not in said:
            said[number] = context(claim)
    found = [said[number] for number in numbers]
    told_apart: dict[tuple[int, int, int], bool] = {}
    is_from = [claim.role is Role.FROM for claim in members]
    endpoints = [i for i, flag in enumerate(is_from) if flag]
    others = [i for i, flag in enumerate(is_from) if not flag]
    index = _CandidateIndex.of([(i, found[i].names, found[i].times) for i in others])
    for i, first in enumerate(members):
        if is_from[i]:
            candidates = [j for j in endpoints if j > i]
        else:
            candidates = sorted(j for j in index.candidates(found[i].names, found[i].times) if j > i)
        for j in candidates:
            second = members[j]
            key = (numbers[i], numbers[j], _relation(first, second))
            apart = told_apart.get(key)
            if apart is None:
                apart = told_apart[key] = _told_apart(first, second, found[i], found[j], key[2])
            if not apart:
                yield i, j


@dataclass(frozen=True, slots=True)
class _CandidateIndex:
    """Claims by the names and times they give, to find the ones that share them or give none.

    A claim with both is found under each (name, time) pair it gives, so a claim about Spain in
    1990 meets Spain's 1990 claims without going through every Spanish claim of the archive."""

    everyone: list[int]
    by_name: dict[str, list[int]]
    by_time: dict[str, list[int]]
    by_name_and_time: dict[tuple[str, str], list[int]]
    by_name_alone: dict[str, list[int]]  # names, no time
    by_time_alone: dict[str, list[int]]  # times, no name
    nameless: list[int]
    timeless: list[int]
    bare: list[int]  # neither

    @classmethod
    def of(cls, claims: Sequence[tuple[int, frozenset[str], frozenset[str]]]) -> _CandidateIndex:
        index = cls([], {}, {}, {}, {}, {}, [], [], [])
        for i, names, times in claims:
            index.everyone.append(i)
            if not names:
                index.nameless.append(i)
            if not times:
                index.timeless.append(i)
            if not (names or times):
                index.bare.append(i)
            for name in names:
                index.by_name.setdefault(name, []).append(i)
                if not times:
                    index.by_name_alone.setdefault(name, []).append(i)
                for time in times:
                    index.by_name_and_time.setdefault((name, time), []).append(i)
            for time in times:
                index.by_time.setdefault(time, []).append(i)
                if not names:
                    index.by_time_alone.setdefault(time, []).append(i)
        return index

    def candidates(self, names: frozenset[str], times: frozenset[str]) -> Iterable[int]:
        """Every claim that shares a name with `names` or gives none, and a time with `times` or gives none."""
        if names and times:
            return set(self.bare).union(
                *(self.by_name_and_time.get((name, time), ()) for name in names for time in times),
                *(self.by_name_alone.get(name, ()) for name in names),
                *(self.by_time_alone.get(time, ()) for time in times),
            )
        if names:
            return set(self.nameless).union(*(self.by_name.get(name, ()) for name in names))
        if times:
            return set(self.timeless).union(*(self.by_time.get(time, ()) for time in times))
        return self.everyone


def link(claims: Sequence[Claim]) -> Iterator[Link]:
    for _, _, members in blocks(claims):
        yield from link_block(members)
