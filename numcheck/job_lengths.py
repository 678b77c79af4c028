"""How long a story's one job, absence or stoppage lasted, said twice with two lengths.

numcheck.timing joins two lengths of time by one verb of one thing. Copy that tells how long a
restoration, a voyage or a strike took says it in many ways: the work "took 14 weeks", villagers
"spent 18 weeks restoring" it, it reopened "after 18 weeks of repairs", "a 14-week restoration",
"The restoration (15 months, £640,000)"; a crew was "away for 74 days" or "spent nearly four months
at sea". This module reads each such length as the one spell of its kind (work, time away, a
stoppage), whichever words say it, and compares a document's spells of one kind when they name
just two lengths. Parts, rounds, plans, bounds and other years are left apart ("the first three
months", "another two weeks", "was expected to take 12 weeks", "up to 18 months", "in 2023").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.evidence import NO_EVIDENCE
from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.slips import names_people
from numcheck.starts import clause_before, one_thing, phrase_after, subject_before

_WORK = "work"
_AWAY = "away"
_STOPPED = "stopped"
_RAISING = "raising"

# The nouns and verbs that say which kind of spell a length is
_KINDS = {
    _WORK: frozenset(
        "work works repair repairs repaired restoration restoring restore restored rebuild rebuilding rebuilt build "
        "building built construction conversion converting converted refit refurbishment renovation renovating "
        "renovated overhaul job project effort digging dig excavation conservation resurfacing".split()
    ),
    # raising money is a spell of its own beside the work it pays for
    _RAISING: frozenset("raise raised raising appeal fundraising campaign".split()),
    _AWAY: frozenset(
        "voyage expedition crossing row trip journey away sea underground adrift trapped stranded missing alone".split()
    ),
    _STOPPED: frozenset("closure closed shut strike stoppage walkout dispute shutdown suspended barred".split()),
}
# Words before a length that make it a spell's: "took 14 weeks", "lasted 74 days", "spent 52 days",
# "after 18 months of repairs", "closed for 11 weeks", "restored in 14 weeks"
_BEFORE = LazyPattern(
    r"(?:\b(?:took|takes|take|taking|lasted|lasts|lasting|spent|spend|spends|spending)\s+(?:[\w'’-]+\s+){0,4}?|"
    r"\bafter\s+|"
    r"\b(?:closed?|closes|closing|shut|shuts|away|trapped|stranded|missing|adrift|stop|stops|stopped|barred|"
    r"suspended)\s+(?:[\w'’-]+\s+){0,4}?for\s+|"
    r"\b(?:restored|rebuilt|built|completed|finished|converted|renovated|repaired|raised|done|dug)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:in|over)\s+|"
    r"\b(?P<noun>restoration|conversion|repairs|works|refit|renovation|closure|strike|voyage)\s*\(\s*)"
    r"(?:(?:about|around|some|nearly|almost|just|more\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)
# Words after a length that make it a spell's: "18 weeks of work", "52 days at sea"
_OF_WORK_AFTER = LazyPattern(
    r"^\s+of\s+(?:[a-z]+\s+)?(?:work|works|repairs?|restoration|building|rebuilding|conversion|digging|renovation|"
    r"conservation|construction|scaffolding)\b"
)
_AWAY_AFTER = LazyPattern(r"^\s+(?:at\s+sea|underground|away|adrift|alone|in\s+the\s+(?:ice|dark)|down\s+a\s+hole)\b")
# A length said as an adjective before its spell's noun: "a 14-week restoration", "an 11-week strike",
# "a seven-week walkout by 140 collectors"
_ADJECTIVE = LazyPattern(r"-(?:day|week|month|year|hour)$")
_NOUNS_AFTER = LazyPattern(r"^\s+(?P<first>[a-z]+)(?:\s+(?P<second>[a-z]+))?")
# A table row or a label that says its figure is the spell's length: "Restoration | 18 weeks",
# "Duration of works | 22 months", "Length | 11 months"
_ROW = LazyPattern(r"^\s*(?P<label>[A-Za-z][\w\s'’-]*?)\s*\|\s*$")
_LENGTH_LABEL = frozenset("duration length time".split())
_LABEL_LINKS = frozenset("of the at for in on".split())
_ANY = "any"  # a length labelled only as a length: of the document's one kind of spell
# Where the words that set a length apart are looked for: its own clause, from the last comma,
# bracket or "and" ("empty since 2009, now holds 24 flats after 18 months of work")
_LOCAL_BREAK = LazyPattern(r"[,;:(]|\s(?:and|but)\s")
# Words near a length that set it apart from the spell: a part or another round of it, a plan, a
# bound, a rate, an age, another year or a comparison
_SET_APART = LazyPattern(
    r"\b(?:first|last|final|next|followed|following|those|these|another|extra|further|additional|each|every|per|a\s+(?:day|week|month|year)|ago|"
    r"since|planned|plan|expected|expects?|originally|target|forecast|estimated?|due|than|longer|shorter|"
    r"behind|ahead|delay(?:s|ed)?|late|early|up\s+to|at\s+least|at\s+most|within|of\s+which|including|phase|stage|"
    r"second|third|this\s+year|last\s+year|1[5-9]\d\d|20\d\d|will|would|can|could|may|might|must|should|"
    r"on\s+(?:its|their)\s+own|by\s+itself|in\s+(?:the\s+)?(?:spring|summer|autumn|winter|january|february|march|"
    r"april|may|june|july|august|september|october|november|december))\b",
)
_APART_REACH = 40
# an age, not a spell: "aged 16 years", "16 years old"
_AGE_AFTER = LazyPattern(r"^\s*(?:old|of\s+age)\b")
_AGE_BEFORE = LazyPattern(r"\bage[ds]?\s+$", re.IGNORECASE)
_WORD = LazyPattern(r"[a-z]+")
_KIND_WORDS = frozenset().union(*_KINDS.values())
_WORKERS = frozenset("team crew crews teams who company firm contractors council trust club society".split())
# The verb whose subject is what lasted: "The bridge has been closed for 27 weeks"
_VERB = LazyPattern(
    r"\b(?:took|takes|lasted|lasts|spent|closed|shut|stopped|suspended|trapped|stranded|away|ran|runs)\b(?!.*\b(?:took|"
    r"lasted|spent|closed|shut)\b)",
    re.IGNORECASE,
)
# A length planned ("will cost £22.5 million and take four years") is not one that was ("took 30 months")
_PLANNED = LazyPattern(r"\b(?:will|would|shall|expects?|expected|plans?|planned|set\s+to|due\s+to)\b", re.IGNORECASE)
_DONE = LazyPattern(r"\b(?:took|lasted|spent|was|were|had|has|have|ended|finished|completed)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SpellLength:
    """A length of time said as how long the story's one spell of some kind lasted."""

    claim: Claim
    kind: str  # "work", "away", "stopped" or "raising"
    tense: str  # "planned" ("will take"), "done" ("took"), "": not said
    thing: str | None  # what lasted, where a verb's subject says: "bridge" in "The bridge has been closed for"


def _kind_of(words: set[str], default: str | None) -> str | None:
    """The one kind of spell the words name; `default` where they name none, None where two."""
    named = [kind for kind, said in _KINDS.items() if words & said]
    return named[0] if len(named) == 1 else default if not named else None


def _spell_length(claim: Claim) -> SpellLength | None:
    if claim.dimension != "[time]" or claim.kind is not ClaimKind.MEASURE or claim.role is not None:
        return None
    clause, after = clause_before(claim), phrase_after(claim)
    local = _LOCAL_BREAK.split(clause)[-1]
    near = (local[-_APART_REACH:] + " " + claim.text + " " + " ".join(after.split()[:3])).lower()
    if _SET_APART.search(near) or _AGE_AFTER.match(after) or _AGE_BEFORE.search(clause):
        return None
    found = _kind_said(claim, clause, after)
    if not found:
        return None
    tense = "planned" if _PLANNED.search(clause) else "done" if _DONE.search(clause) else ""
    verb = _VERB.search(clause)
    thing = subject_before(clause[: verb.start()]) if verb else None
    return SpellLength(claim, found, tense, None if thing is None or _does_the_work(thing) else thing)


def _does_the_work(thing: str) -> bool:
    """Whether a verb's subject is who did the work, not what lasted ("Organ builders spent 18
    months", "The team spent", "Villagers took"): they name no other spell."""
    word = thing.split()[-1]
    return word in _WORKERS or names_people(word.removesuffix("s"))


def _kind_said(claim: Claim, clause: str, after: str) -> str | None:
    """The kind of spell the words around a length say it is the length of, if they say one."""
    if _ADJECTIVE.search(claim.text):
        nouns = _NOUNS_AFTER.match(after)
        return nouns and (_kind_of({nouns.group("first")}, None) or _kind_of({nouns.group("second") or ""}, None))
    row = _ROW.match(clause)
    if row is not None:
        # a label of the spell alone: "Restoration", "Duration of works"; not "North ferry crossing",
        # one of the table's several records
        label = set(_WORD.findall(row.group("label").lower())) - _LABEL_LINKS
        if label - _LENGTH_LABEL - _KIND_WORDS:
            return None
        return _kind_of(label, _ANY if label & _LENGTH_LABEL else None)
    before = _BEFORE.search(clause)
    if before is not None and before.group("noun"):
        return _kind_of({before.group("noun")}, None)
    if before is not None:
        # "took 14 weeks", "lasted 74 days": a spell done; "The bus takes 40 minutes" is how long one always does
        default = _WORK if before.group(0).split()[0].lower() in ("took", "lasted") else None
        found = _kind_of(set(_WORD.findall((clause + " " + after).lower())), default)
        if found:
            return found
    if _OF_WORK_AFTER.match(after):
        return _WORK
    return _AWAY if _AWAY_AFTER.match(after) else None


def _base_bounds(claim: Claim, rounded: bool) -> tuple[float, float]:
    """A length's interval in seconds: "nearly four months" is 3.6 to 4 months; "more than 300
    hours" has no top; where `rounded`, half the figure's precision either side ("two months" may
    be nine weeks)."""
    scale = (claim.base_value or 0.0) / claim.value if claim.value else 0.0
    slack = (claim.precision or 1.0) / 2 if rounded else 0.0
    low = ((claim.low if claim.low is not None else claim.value) - slack) * scale
    high = (claim.high + slack) * scale if claim.high is not None else float("inf")
    return low, high


def _lengths_meet(one: Claim, other: Claim, relative: float) -> bool:
    """Whether two lengths may be one: their intervals, widened by the tolerance, overlap ("four
    months" and "18 weeks"; "nearly 1,000 hours" and "40 days"). Lengths in two units are each
    taken as rounded to their own; in one unit, as written ("14 weeks" is not "15 weeks")."""
    rounded = one.unit != other.unit
    (one_low, one_high), (other_low, other_high) = _base_bounds(one, rounded), _base_bounds(other, rounded)
    return one_low <= other_high * (1 + relative) and other_low <= one_high * (1 + relative)


def _one_spell(one: SpellLength, other: SpellLength) -> bool:
    """Nothing sets two spells of one kind apart: not a plan and what was done, not two places or
    times ("shut for eight weeks at Sefton Mill", "the 11-week closure at Lowford"), not two things
    ("The bridge has been closed", "the ferry had been closed")."""
    if one.tense and other.tense and one.tense != other.tense:
        return False
    found = [spell.claim.evidence or NO_EVIDENCE for spell in (one, other)]
    places, times = [set(f.places) for f in found], [set(f.times) for f in found]
    if any(mine and theirs and not mine & theirs for mine, theirs in (places, times)):
        return False  # "at Sefton Mill" and "at Lowford"; "in spring" and "in summer"
    return one_thing(one.thing, other.thing)


def restated_spell_lengths(claims: Sequence[Claim], relative: float) -> Iterator[tuple[Claim, Claim]]:
    """Each later length of a kind of spell, with the first earlier one of that kind it disagrees
    with, where the document's lengths of that kind name just two (three or more: several spells)."""
    spells = [spell for spell in map(_spell_length, sorted(claims, key=lambda c: c.start)) if spell is not None]
    kinds = {spell.kind for spell in spells} - {_ANY}
    for kind in _KINDS:
        # a length labelled only "Duration" is of the document's one kind of spell, where it has one
        of_kind = [spell for spell in spells if spell.kind == kind or (spell.kind == _ANY and kinds == {kind})]
        if len({spell.claim.base_value for spell in of_kind}) != 2:
            continue
        for index, later in enumerate(of_kind):
            for earlier in of_kind[:index]:
                if earlier.claim.sentence_start == later.claim.sentence_start or not _one_spell(later, earlier):
                    continue
                if not _lengths_meet(later.claim, earlier.claim, relative):
                    yield later.claim, earlier.claim
                    break
