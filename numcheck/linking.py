"""Linking stage: claims -> pairs of claims about the same quantity (the pandas stage)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.model import Claim, ClaimKind, Role
from numcheck.subjects import is_proper_noun, lemma

_TIME = re.compile(
    r"^(?:(?:in|by|since|until|till|from|before|after|during|as of|on)\s+)?(?:1[89]\d\d|20\d\d)s?$"
    r"|^(?:last|this|next|previous|the previous|the same)\s|^(?:yesterday|today|tomorrow)$"
    r"|^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|^q[1-4]$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(1[89]\d\d|20\d\d)")


@dataclass(frozen=True, slots=True)
class Link:
    """Two claims that talk about the same quantity."""

    first: Claim
    second: Claim


def comparison_key(claim: Claim) -> str | None:
    """Claims can only be linked within one key: a kind family and, for measures, a dimension.

    Money in every currency shares a key, so that a currency slip can be found; multipliers and
    changes share one, so that "rose fivefold to 25,000" meets "from 8,000 to 25,000"."""
    if not claim.kind.is_quantity or claim.subject is None:
        return None
    if claim.kind is ClaimKind.CHANGE:
        has_factor = claim.unit == "percent" or (claim.from_value is not None and claim.to_value is not None)
        return "change" if has_factor and claim.direction is not None else None
    if claim.kind is ClaimKind.RATIO:
        return "change" if claim.direction is not None or claim.value > 1 else None
    if claim.kind is ClaimKind.PERCENT:
        return "percent"
    if claim.kind is ClaimKind.MONEY:
        return "money"
    return claim.dimension or "count"


def _times(claim: Claim) -> set[str]:
    found: set[str] = set()
    for entity in claim.entities:
        if _TIME.match(entity):
            year = _YEAR.search(entity)
            found.add(year.group(1) if year else entity.lower())
    return found


# Where the clause around a figure ends: "12 people died, and 200 were evacuated".
_CLAUSE_BREAK = re.compile(r"[;:()]|,\s|\s(?:and|but|while|whereas|after|before|when|as|which|who)\s", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+(?:-[a-z]+)*")
_GENERIC_SUBJECTS = frozenset({"people", "person", "individual", "resident", "citizen", "case", "time", "one"})
_PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+([a-z]+ing)\b")
_NOT_VERBS = frozenset("hundred need seed feed deed speed breed bleed greed shed sled".split())
_IRREGULAR_PAST = frozenset(
    "sold built lost hit cut fled left made paid spent won took taken gave given brought caught fought held kept "
    "sent shot struck stole stolen bought drew drawn drove driven sank sunk found thrown written chosen born "
    "bred fed laid led lent met sought sung swept swum sworn torn wore worn".split()
)
# Verbs that state, report or change a quantity rather than say what it counts.
_NEUTRAL_VERBS = frozenset(
    "be have reach rise increase grow climb jump soar surge double triple quadruple halve fall drop decline "
    "decrease shrink slump plunge sink reduce cut total number stand amount count estimate report say tell "
    "add note point claim announce confirm show reveal suggest expect forecast project put record calculate "
    "publish update revise compare base list rank quote cite describe accord believe think know understand "
    "mention state warn admit deny argue insist explain predict".split()
)


def actions(claim: Claim) -> frozenset[str]:
    """What the clause around a claim says happened to what it counts: "12 people died" gives die,
    "200 people were evacuated" gives evacuate. Verbs that only state a figure are left out."""
    sentence, start = claim.sentence, claim.start - claim.sentence_start
    clause_start, clause_end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= start:
            clause_start = match.end()
        elif match.start() >= claim.end - claim.sentence_start:
            clause_end = match.start()
            break
    subject_words = set((claim.subject or "").split())
    clause = sentence[clause_start:clause_end]
    found = {lemma(m.group(1)) for m in _PROGRESSIVE.finditer(clause)} - _NEUTRAL_VERBS
    for word in _WORD.findall(clause):
        if word[0].isupper():
            continue  # names: "United Nations", "Met Office"
        if _participle(word):
            verb = lemma(word)
            if verb not in _NEUTRAL_VERBS and verb not in subject_words and word not in subject_words:
                found.add(verb)
    return frozenset(found)


def _names(claim: Claim) -> set[str]:
    opening = claim.sentence.lstrip(" \"'“‘([")
    return {
        e.casefold()
        for e in claim.entities
        if not _TIME.match(e) and not (" " not in e and opening.startswith(e) and not is_proper_noun(e))
    }


def distinguishable(first: Claim, second: Claim) -> bool:
    """True when the text tells the two claims apart: another time, place, actor or action."""
    if first.role is Role.FROM or second.role is Role.FROM:
        return first.role is not second.role
    if first.path == second.path and first.sentence_start == second.sentence_start:
        return True  # two figures in one sentence are nearly always about different things
    first_times, second_times = _times(first), _times(second)
    if first_times and second_times and not first_times & second_times:
        return True
    first_names, second_names = _names(first), _names(second)
    if first_names and second_names and not first_names & second_names:
        return True
    # "20 hospitals promised" is another count than "40 hospitals": the participle is part of the name
    first_restricted, second_restricted = restrictive_participle(first), restrictive_participle(second)
    first_actions, second_actions = actions(first), actions(second)
    if (first_restricted and first_restricted not in second_actions) or (
        second_restricted and second_restricted not in first_actions
    ):
        return True
    # "12 people died" and "200 people were evacuated": both say what happened, and not the same
    first_main, second_main = first_actions - {first_restricted}, second_actions - {second_restricted}
    if first_main and second_main and not first_main & second_main:
        return True
    # "people" alone names no quantity: who they are is in the verb, so the verbs must agree
    generic = bool({first.subject, second.subject} & _GENERIC_SUBJECTS)
    return generic and not first_actions & second_actions


def _participle(word: str) -> bool:
    return (word.endswith("ed") and len(word) >= 4 and word not in _NOT_VERBS) or word in _IRREGULAR_PAST


def restrictive_participle(claim: Claim) -> str | None:
    """The participle that narrows what is counted: "20 hospitals promised in 2019" gives promise."""
    head = (claim.subject or "").split()[-1:]
    if not head:
        return None
    following = _WORD.findall(claim.sentence[claim.end - claim.sentence_start :])[:5]
    for word, after in itertools.pairwise(following):
        if lemma(word) == head[0]:
            verb = lemma(after)
            return verb if _participle(after) and verb not in _NEUTRAL_VERBS else None
    return None


def blocks(claims: Sequence[Claim]) -> Iterator[tuple[str, str, list[Claim]]]:
    """(key, subject, claims) for every group of comparable claims, in a stable order.

    Blocking by key and subject is what keeps the cost close to linear in the number of claims."""
    import pandas as pd

    rows = [(index, key, claim.subject) for index, claim in enumerate(claims)
            if (key := comparison_key(claim)) is not None]  # fmt: skip
    if not rows:
        return
    table = pd.DataFrame(rows, columns=["index", "key", "subject"])
    for group, block in table.groupby(["key", "subject"], sort=True):
        block_key, subject = group
        yield str(block_key), str(subject), [claims[i] for i in block["index"]]


def link_block(members: Sequence[Claim]) -> Iterator[Link]:
    """Pairs about the same quantity: within one block, every pair nothing tells apart."""
    for position, first in enumerate(members):
        for second in members[position + 1 :]:
            if not distinguishable(first, second):
                yield Link(first, second)


def link(claims: Sequence[Claim]) -> Iterator[Link]:
    for _, _, members in blocks(claims):
        yield from link_block(members)
