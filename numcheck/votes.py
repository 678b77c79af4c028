"""Votes: the shares of one ballot that a document gives more than once.

A story about a vote states its result again and again: in the headline ("members back merger by
81%"), the lede ("voted by 71.8% to 28.2% to merge"), a quote ("four out of five members"), a fact
box ("In favour: 71.8%"). Each mention words the share its own way, so linking, which needs a head
noun, misses most of them. What they share is their side of the vote: in favour or against. Two
shares of one side that differ are one result given twice, and the two sides of one result leave
no more than the whole between them.

Only in a document that speaks of a vote, only plain shares (no change, no range), and never when
something tells the two apart: another time, place or name, another ballot ("the first", "a second"),
two shares of one sentence (a poll's questions, two ballots compared), or a long way between them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum

from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern

# The document is about a vote
_VOTE_WORDS = LazyPattern(r"\b(?:vot(?:e|es|ed|ing|ers?)|ballot(?:ed|s)?|referendum|polled)\b", re.IGNORECASE)
# A side of a vote said near a share: "backed by 71.8%", "68% were in favour", "voted yes"
_FOR = LazyPattern(
    r"\b(?:in\s+favou?r|back(?:ed|ing|s)?|support(?:ed|ing|s)?|approv(?:e|ed|es|ing|al)|endors(?:e|ed|es|ing)|"
    r"(?:voted?|voting|said)\s+(?:yes|for)|yes(?:\s+(?:vote|side|camp))?|ayes)\b",
    re.IGNORECASE,
)
_AGAINST = LazyPattern(
    r"\b(?:against|oppos(?:e|ed|es|ing)|reject(?:ed|s|ing)?|(?:voted?|voting|said)\s+no|no(?:\s+(?:vote|side|camp))|"
    r"noes)\b",
    re.IGNORECASE,
)
# A third choice: shares for and against then need not make the whole
_OTHER_CHOICE = LazyPattern(
    r"\b(?:abstain\w*|abstention\w*|spoil(?:t|ed)|undecided|don['’]t\s+know|neither|blank|no\s+view)\b", re.IGNORECASE
)
# What a share was of, where it is not the vote: "on a turnout of 71%", "71% took part"
_NOT_A_SIDE = LazyPattern(r"\b(?:turnout|took\s+part|returned|participat\w*|margin|majority\s+of)\b", re.IGNORECASE)
# The words either side of a share that say its side, not past a clause break or another figure
_REACH = 45
_CLAUSE_BREAK = LazyPattern(r";|\bbut\b|\bwhile\b|\bwhereas\b|\.\s")
# "voted by 71.8% to 28.2%": the two sides written high to low
_SIDES_JOIN = LazyPattern(r"\s+to\s+")
_SIDES_AFTER = LazyPattern(r"\s+to\s+\d")
# How far apart, in characters, two shares of one vote stand at most: a story of one vote is short
_NEAR = 2000
# How far two shares of one side may be apart and be one rounded figure
_ROUNDING = 0.5
# The least by which the two sides may overshoot or fall short of the whole
_WHOLE_SLACK = 1.0


class Side(Enum):
    FOR = "in favour"
    AGAINST = "against"


@dataclass(frozen=True, slots=True)
class VotedShare:
    """A share of a document's vote, with the side it is on."""

    claim: Claim
    side: Side
    percent: float


def voted_pairs(shares: Sequence[VotedShare]) -> Iterator[tuple[Claim, Claim, Side]]:
    """(later, earlier, side) for two shares of one side of one vote that differ: "back merger by
    81%" and "voted by 71.8% to 28.2%" (71.8% in favour). Each later share once, against the nearest."""
    reported: set[int] = set()
    for index, later in enumerate(shares):
        for earlier in reversed(shares[:index]):
            if later.side is not earlier.side or id(later.claim) in reported or not _one_vote(later, earlier):
                continue
            if abs(later.percent - earlier.percent) > _slack(later.claim, earlier.claim):
                reported.add(id(later.claim))
                yield later.claim, earlier.claim, later.side
            break


def overshooting_sides(shares: Sequence[VotedShare]) -> Iterator[tuple[Claim, Claim, float]]:
    """(later, earlier, their sum) for the two sides of one vote that do not make the whole:
    "71.8% in favour" and "the 38.2% who voted against" (110%). Short of the whole only where the
    document names no third choice (abstaining, spoilt papers, don't know)."""
    third = any(_OTHER_CHOICE.search(share.claim.sentence) for share in shares)
    for index, later in enumerate(shares):
        for earlier in reversed(shares[:index]):
            if later.side is earlier.side or not _one_vote(later, earlier):
                continue
            total = later.percent + earlier.percent
            slack = _slack(later.claim, earlier.claim) + _WHOLE_SLACK
            if total > 100 + slack or (not third and total < 100 - slack):
                yield later.claim, earlier.claim, total
            break


def voted_shares(claims: Sequence[Claim]) -> list[VotedShare]:
    """The plain shares of a document about a vote that say which side they are on, in order."""
    ordered = sorted(claims, key=lambda c: c.start)
    if not any(_VOTE_WORDS.search(sentence) for sentence in {claim.sentence for claim in ordered}):
        return []
    found: list[VotedShare] = []
    for index, claim in enumerate(ordered):
        percent = _percent(claim)
        if percent is None:
            continue
        before = ordered[index - 1] if index else None
        side = _side_of_pair(claim, before) or _side(claim, ordered)
        if side is not None:
            found.append(VotedShare(claim, side, percent))
    return found


def _percent(claim: Claim) -> float | None:
    """A plain share as a percentage: "71.8%", "four out of five", "two-thirds"; None otherwise."""
    hedged = claim.low != claim.high and not claim.is_share_in_words
    if claim.direction is not None or claim.role is not None or hedged:
        return None
    if claim.kind is ClaimKind.PERCENT and claim.unit == "percent":
        return claim.value
    if claim.is_share_in_words:
        return claim.value * 100
    return None


def _side_of_pair(claim: Claim, before: Claim | None) -> Side | None:
    """The second of "by 71.8% to 28.2%" is the side against, the first in favour."""
    if before is None or _percent(before) is None or before.sentence_start != claim.sentence_start:
        return None
    gap = claim.sentence[before.end - claim.sentence_start : claim.start - claim.sentence_start]
    if not _SIDES_JOIN.fullmatch(gap) or before.value <= claim.value:
        return None
    return Side.AGAINST if abs(before.value + claim.value - 100) <= _WHOLE_SLACK else None


def _side(claim: Claim, ordered: Sequence[Claim]) -> Side | None:
    """The side the words around a share name, if they name one only; the first of a "71.8% to
    28.2%" pair is in favour where its sentence says it was a vote."""
    window = _window(claim, ordered)
    if _NOT_A_SIDE.search(window):
        return None
    pair = _SIDES_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
    if pair and _VOTE_WORDS.search(claim.sentence):
        return Side.FOR
    yes, no = _FOR.search(window), _AGAINST.search(window)
    if yes and not no:
        return Side.FOR
    if no and not yes:
        return Side.AGAINST
    return None


def _window(claim: Claim, ordered: Sequence[Claim]) -> str:
    """The words a few either side of a share, stopping at a clause break or another figure."""
    sentence, at, end = claim.sentence, claim.start - claim.sentence_start, claim.end - claim.sentence_start
    low, high = max(0, at - _REACH), min(len(sentence), end + _REACH)
    for other in ordered:
        if other is claim or other.sentence_start != claim.sentence_start:
            continue
        other_at, other_end = other.start - claim.sentence_start, other.end - claim.sentence_start
        if other_end <= at:
            low = max(low, other_end)
        elif other_at >= end:
            high = min(high, other_at)
    before = _CLAUSE_BREAK.split(sentence[low:at])[-1]
    after = _CLAUSE_BREAK.split(sentence[end:high])[0]
    return before + " _ " + after


def _one_vote(one: VotedShare, other: VotedShare) -> bool:
    """Nothing says two shares are of two votes: not one sentence, no two times, places or names
    of which they share no word."""
    first, second = one.claim, other.claim
    if first.sentence_start == second.sentence_start and first.path == second.path:
        return False
    if first.path != second.path or abs(first.start - second.start) > _NEAR:
        return False  # (a long document's far-apart shares are of its many subjects)
    if _instances(first.sentence) != _instances(second.sentence):
        return False  # "in the first ballot" and "in a second ballot"
    a, b = first.evidence, second.evidence
    if a is None or b is None:
        return True
    years, other_years = _years(a.times), _years(b.times)
    if (years or other_years) and not years & other_years:
        return False  # votes are compared across years: a year on one side is another vote
    if a.times and b.times and not set(a.times) & set(b.times):
        return False  # (a day on one side only is when the result was given)
    for mine, theirs in ((a.places, b.places), (a.names, b.names)):
        if mine and theirs and not _words(mine) & _words(theirs):
            return False
    return True


# Words that tell one vote from another: "the first ballot", "a second referendum", "last year's vote"
_INSTANCE = LazyPattern(
    r"\b(first|second|third|previous|last|earlier|latest|new|another|fresh|repeat|re-?run|original|next)\s+"
    r"(?:[a-z'’-]+\s+)?(?:vote|ballot|referendum|poll)\b",
    re.IGNORECASE,
)


def _years(times: Sequence[str]) -> set[str]:
    """The times that name a year: "2025", "last year", "this year"."""
    return {time for time in times if re.search(r"\d{4}|\byear\b", time)}


def _instances(sentence: str) -> frozenset[str]:
    return frozenset(match.group(1).lower() for match in _INSTANCE.finditer(sentence))


def _words(names: Sequence[str]) -> set[str]:
    """The words of some names: "fenmoor co-op" and "fenmoor co-operative society" share one."""
    return {word for name in names for word in re.split(r"[\s-]+", name.lower()) if len(word) > 2}


def _slack(one: Claim, other: Claim) -> float:
    """How far apart two shares may be and be one figure rounded: half the coarser one's step."""
    return max(_step(one), _step(other), _ROUNDING)


def _step(claim: Claim) -> float:
    if claim.is_share_in_words:
        low, high = claim.low, claim.high
        if low is not None and high is not None:
            return (high - low) * 50  # half the fraction's interval, in points
        return 5.0
    return claim.precision / 2
