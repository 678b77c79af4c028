"""Restatements: within one document, which earlier figure a mention states again, read in context.

Linking compares two sentences on their own, so a later mention that leaves out what the document
has already said ("Attendance of 53,000 ..." after "The Ravensholt parade drew a crowd of 35,000 on
Saturday") is told apart from it by the time and name it does not repeat. A reader supplies them
from the document. Here the sparser of two mentions of one head takes the fuller one's context:
what it names (times, names, places, modifiers) must all be said around the other, and nothing
else in the document may be what it restates instead. Two mentions that name different times,
places or actors, or different acts, are never one fact."""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from numcheck.evidence import COUNTERFACTUAL, Evidence, supposed
from numcheck.frames import (
    act_of,
    acts_disagree,
    for_each_one,
    frames_differ,
    is_difference,
    is_headline,
    is_relative_amount,
    leaves_a_rest,
    side_of,
    verbs_of,
)
from numcheck.layout import is_aligned_row
from numcheck.linking import (
    GENERIC_SUBJECTS,
    bound_unsaid,
    comparison_key,
    evidence,
    list_labels_differ,
    match,
    participle_adds,
    qualifier_unsaid,
    quantity_key,
    row_label_unsaid,
    subject_end,
)
from numcheck.model import Claim, ClaimKind
from numcheck.remembered import per_document
from numcheck.rows import MEASURED_BY
from numcheck.scanning import LazyPattern
from numcheck.slips import counted, heads_agree, lone_slips, may_be_one, significant_digits, worked_out
from numcheck.subjects import lemma, word_stem
from numcheck.vocabulary import Vocabulary, load_vocabulary

# A mention of the whole, or of every part: "in total", "overall", "the group's"; never a restatement
# of a figure without the same words ("employs 2,650 at Brynmawr" and "4,130 in all").
_WHOLE = LazyPattern(
    r"\b(?:in\s+total|in\s+all|overall|altogether|combined|all\s+told|across\s+the|group[’']?s?|"
    r"nationwide|worldwide|whole|entire|total)\b",
    re.IGNORECASE,
)
# "14,800 of which", "of them", "including": a part, not the whole again
_PART = LazyPattern(r"^\s*(?:of\s+(?:which|whom|them|these|those)|including|among)\b", re.IGNORECASE)
_ALONE = LazyPattern(r"(?<![\w])(?:alone|by\s+itself|on\s+its\s+own)(?![\w])", re.IGNORECASE)
_FROM = LazyPattern(r"\b(?:from|since)\s+$", re.IGNORECASE)
# Keys whose figures one document restates: amounts, shares and measures; a change is read
# against its own endpoints (change-arithmetic), and durations by numcheck.timing.
_CHANGE = "change"


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure as this document reads it: what it counts, and whether it only points back."""

    claim: Claim
    head: str
    anaphoric: bool = False  # "that figure of 42.6%", "The rate, 42.6%,": the head is an earlier figure's

    @property
    def what(self) -> frozenset[str]:
        """What it may be about, as stems: its head, and the act over it ("recycled 46.2% of
        household waste" is about recycling, as "the recycling rate" is; "parcels distributed:
        14,800" about distributing, as "distributed 14,800 parcels" is)."""
        act = act_of(self.claim, evidence(self.claim))
        return frozenset(word_stem(word) for word in (self.head, act, *_kinds_of(self.head)) if word)


def _kinds_of(head: str) -> frozenset[str]:
    """The kinds a head's thing belongs to (see `kinds` in the vocabulary): "penguin" is a bird."""
    return load_vocabulary().kinds.get(head.split()[-1], frozenset())


def _named_by_its_kind(earlier: Mention, later: Mention) -> bool:
    """A later mention that calls an earlier figure's thing by its kind: "48 penguins", then "each
    of the 54 birds". Never the other way: "300 birds", then "its 48 penguins" names a part."""
    return later.head.split()[-1] in _kinds_of(earlier.head)


def _heads_meet(one: Mention, other: Mention) -> bool:
    """Two heads that meet through an act ("recycled 46.2% of household waste" and "the recycling
    rate"; "distributed 18,400 parcels" and "parcels distributed: 14,800"): a share's whole is not
    what it counts, and a label names both; any other head must be said around the other figure."""
    if comparison_key(one.claim) == "percent":
        return True
    for measure, thing in ((one, other), (other, one)):
        if _names_the_measure(measure) or _names_the_side(measure, thing):
            # "its length of 3.9 km" measures what "the 3.4 km tunnel" is, "the bridge's length"
            # only the bridge
            whose = evidence(measure.claim).actor
            return whose is None or whose in evidence(thing.claim).words
    said = evidence(other.claim).words, evidence(one.claim).words
    return one.head.split()[-1] in said[0] and other.head.split()[-1] in said[1]


# The group of every measure of a dimension, where a head that names the measure meets the thing's
_EVERY_MEASURE = "(every measure)"


def _names_the_measure(mention: Mention) -> bool:
    """A head that is a word for what every measure of its dimension is: "length", "area"; not
    one that names one side of a thing ("Its depth of 3 metres" is not the pool's 50 metres)."""
    word, key = mention.head.split()[-1], comparison_key(mention.claim) or ""
    # not for time: "wait", "time" and "period" name what is waited for as often ("The target, set
    # at 12 weeks" is no wait of 18 weeks), and lengths of time are timing's (numcheck.spells)
    return key != _TIME and word in MEASURED_BY.get(key, ()) and word not in _ONE_SIDE


_TIME = "[time]"


def _names_the_side(measure: Mention, thing: Mention) -> bool:
    """A head that names the side of a thing the other measure gives by its adjective: "a height
    of 24 metres" and "a steel figure 14 metres tall"."""
    side = side_of(thing.claim)
    return side is not None and measure.head.split()[-1] == side and side_of(measure.claim) == side


_ONE_SIDE = frozenset("height depth width span long high low".split())


@per_document  # magnitude-slip and figure-mismatch both read them
def restated_pairs(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(mention, restated) for every figure of one document that states again another figure of
    it, in document order of the mention; only pairs that linking did not link already, whose
    figure checks run on them as on linked pairs.

    Worked out once per document check (numcheck.remembered): magnitude-slip and figure-mismatch
    both ask it of the same claims (a seventh of checking the 1,000 generated stories went to
    asking twice)."""
    groups: dict[tuple[str, str], list[Mention]] = {}
    for key, mention in mentions(claims):
        for stem in mention.what:
            groups.setdefault((key, stem), []).append(mention)
        if key in MEASURED_BY:
            groups.setdefault((key, _EVERY_MEASURE), []).append(mention)
    seen: set[tuple[int, int]] = set()
    for members in groups.values():
        for later, earlier in _restated_in(members, claims):
            if (later.start, earlier.start) not in seen:
                seen.add((later.start, earlier.start))
                yield later, earlier
    for later, earlier in (*lone_measures(claims), *lone_slips(claims)):
        if (later.start, earlier.start) not in seen:
            seen.add((later.start, earlier.start))
            yield later, earlier


# How far apart two figures of one sentence may be and still be one measure in two units ("38cm
# (15in)", "70mph (113km/h)"): conversions are rounded
_CONVERTED = 0.06


def lone_measures(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(later, earlier) for a measure that a document states in two sentences and nowhere else,
    with the same digits at another scale: a story about one sculpture that gives its height as
    "14 metres tall" and later "At 1.4 metres, it dwarfs the square", or one pumpkin as "1,148 kg"
    and "11.48 tonnes", measures one thing mistyped, whatever words each mention leaves out. Only
    for physical measures, which a story seldom gives of two things of one dimension; counts, money
    and shares are everywhere, and lengths of time are timing's. A sentence that gives two different
    measures of the dimension, or a third sentence that gives one, makes the pair ambiguous, and
    nothing may tell the two apart (`may_be_one`): no two heads, sides, names, times, places, actors
    or moods, no target, earlier level or remainder."""
    by_measure: dict[tuple[str, str | None], dict[int, list[Claim]]] = {}
    for claim in claims:
        key = quantity_key(claim) if claim.kind is ClaimKind.MEASURE else None
        if key is None or key == _TIME or not key.startswith("["):
            continue
        by_measure.setdefault((key, claim.per), {}).setdefault(claim.sentence_start, []).append(claim)
    for sentences in by_measure.values():
        if len(sentences) != 2:
            continue
        (_, earlier_figures), (_, later_figures) = sorted(sentences.items())
        if not (_one_measure(earlier_figures) and _one_measure(later_figures)):
            continue
        earlier, later = earlier_figures[0], later_figures[0]
        if earlier.role is not None or later.role is not None or is_difference(earlier) or is_difference(later):
            continue
        if earlier.low != earlier.high or later.low != later.high:
            continue  # a hedge is no number copied: "about 460 cubic metres" and "the 460 litres"
        heads, sides = (evidence(earlier).head, evidence(later).head), (side_of(earlier), side_of(later))
        # (narrowed each its own way, "the main tank" and "the reserve tank", they are two things)
        retyped = _one_digit_retyped(earlier, later) and not _narrowed_apart(earlier, later)
        if None not in heads and heads[0] != heads[1] and not (retyped and heads_agree(earlier, later)):
            continue  # "a magnitude 7.8 earthquake" and "a magnitude 6.7 tremor"
        if None not in sides and sides[0] != sides[1]:
            continue  # "3 metres wide" and "4 metres long"
        if _in_a_table(earlier) or _in_a_table(later):
            continue  # each row of a table is its own record
        # a figure that names no side takes the other's if it names nothing at all ("At 40 feet, it
        # can be seen"), not if it has a noun of its own ("3 metres wide" and "the 4-metre gap")
        sideless = earlier if sides[0] is None else later
        leaning = evidence(sideless).head is None
        if _ANOTHER_MEASURE.search(earlier.sentence) or _ANOTHER_MEASURE.search(later.sentence):
            continue  # a target, an old or new level, what is left: a story's second measure of the thing
        if not (_same_digits(earlier, later) or retyped):
            # two near figures are as often a part and its whole, or two sides, as one thing given
            # twice wrongly ("the 1.2 km bridge" and "its 900-metre span"): only a slip's signature
            # outweighs what the second mention leaves out
            continue
        # (a retyped digit is weighed as a typing slip is: by the names each clause gives before it)
        if (
            may_be_one(earlier, later, heads=False, leaning=leaning, names=not retyped)
            and not match(later, earlier).linked
        ):
            yield later, earlier


# Words that give a thing a second measure of one dimension: a target or forecast, an earlier
# level, a change, what is left of it
_ANOTHER_MEASURE = LazyPattern(
    r"\b(?:targets?|aims?|goal|forecasts?|expect(?:s|ed)?|hopes?|plans?|planned|proposed|budget(?:ed)?|"
    r"previous(?:ly)?|original(?:ly)?|since|rises?|rose|fell|falls?|cut|increase[sd]?|reduced?|"
    r"left|remaining|rest|extra|additional|another)\b",
    re.IGNORECASE,
)


def _same_digits(one: Claim, other: Claim) -> bool:
    """The same digits written at another scale: "1.4 metres" and "14 metres", "212kg" and "2.12
    tonnes", "48 kilowatts" and "48 megawatts"; one digit is no signature."""
    digits = significant_digits(one.value)
    return len(digits) >= 2 and digits == significant_digits(other.value) and _in_base(one) != _in_base(other)


_SOME_OF_IT = "part of"  # what evidence.py calls a figure that is some of a whole said elsewhere


def _narrowed_apart(one: Claim, other: Claim) -> bool:
    mine, theirs = set(evidence(one).modifiers), set(evidence(other).modifiers)
    return bool(mine - theirs and theirs - mine)


def _one_digit_retyped(one: Claim, other: Claim) -> bool:
    """Two measures of one unit, of two significant digits each, with one digit changed: "2.6
    million litres" and "2.8 million litres" (not "40" and "70", whose one digit is all they say).
    Between two figures of a story this is common by chance, so it counts only for the story's one
    measure of its dimension, said twice; longer figures are `slips.typing_signature`'s."""
    if one.unit != other.unit or not one.value or not other.value or one.value == other.value:
        return False
    digits, other_digits = significant_digits(one.value), significant_digits(other.value)
    if {len(digits), len(other_digits)} != {2} or math.floor(math.log10(abs(one.value))) != math.floor(
        math.log10(abs(other.value))
    ):
        return False
    digits, other_digits = digits.ljust(2, "0"), other_digits.ljust(2, "0")
    return sum(a != b for a, b in zip(digits, other_digits, strict=True)) == 1


def _in_base(claim: Claim) -> float:
    return claim.base_value if claim.base_value is not None else claim.value


def _in_a_table(claim: Claim) -> bool:
    return ("|" in claim.sentence and not claim.sentence.rstrip().endswith(".")) or is_aligned_row(claim.sentence)


def _one_measure(figures: Sequence[Claim]) -> bool:
    """Whether a sentence's figures of one dimension are one measure: one figure, or one in two
    units that agree as a conversion does."""
    values = [figure.base_value if figure.base_value is not None else figure.value for figure in figures]
    return max(values) <= min(values) * (1 + _CONVERTED) if min(values) > 0 else len(set(values)) == 1


def mentions(claims: Sequence[Claim]) -> Iterator[tuple[str, Mention]]:
    """(comparison key, mention) for the figures of one document that may restate another, in
    order; a figure named by a word for a figure ("that figure", "the rate") takes the head of the
    nearest figure of its key before it, in another sentence."""
    vocabulary = load_vocabulary()
    last_head: dict[str, tuple[int, str]] = {}  # key -> (sentence, head) of the latest figure read
    # (key, unit's dimension, per) -> (sentence, head) of the latest figure read of that measure
    last_measured: dict[tuple[str, str | None, str | None], Mention] = {}
    keyed = [(claim, comparison_key(claim)) for claim in sorted(claims, key=lambda claim: claim.start)]
    counts = Counter(key for _, key in keyed)
    for claim, key in keyed:
        if key is None or key == _CHANGE or counts[key] < 2 or claim.role is not None or _is_whole(claim):
            continue  # (a figure alone of its kind in the document has nothing to restate)
        noun = _noun_phrase(claim)
        if noun is not None and noun[0] in _FIGURE_WORDS:
            earlier = last_head.get(key)
            if earlier is None or earlier[0] == claim.sentence_start or not _fits(noun[1], earlier[1]):
                continue
            yield key, Mention(claim, earlier[1], anaphoric=True)
            continue
        head = evidence(claim).head or claim.subject or (_canonical(noun[0], vocabulary) if noun else None)
        head = head or side_of(claim)  # "The Watcher, 14 metres tall,": a height
        measure = (key, claim.dimension, claim.per)
        if head is None:
            every = _every_one_of(claim, last_head.get(key)) or _pointing_back(claim, last_measured.get(measure))
            if every is not None:
                yield key, every
            continue
        last_head[key] = (claim.sentence_start, head)
        mention = last_measured[measure] = Mention(claim, head)
        yield key, mention


# "All 54 of these buses", "all 46 are to be built": every one of a set said before
_ALL_BEFORE = LazyPattern(r"\b[Aa]ll\s+$")
_OF_THESE = LazyPattern(
    r"^\s+of\s+(?:these|those|the|its|their|our)\s+(?:[a-z-]+\s+(?!(?:are|were|will|would|have|had|must|should|"
    r"can|could|is|was|in|on|at|for|from|with|by|to|of|that|which|who|and|or)\b))?(?P<noun>[a-z]+)\b"
)
_VERB_NEXT = LazyPattern(r"^\s+(?:are|were|will|would|have|had|must|should|can|could|is|was)\b")


def _every_one_of(claim: Claim, earlier: tuple[int, str] | None) -> Mention | None:
    """A figure that names nothing but every one of a set: "All 54 of these buses" is of buses,
    "All 46 are to be built" of what the nearest figure of its kind before it, in another sentence,
    counted; both point back."""
    at = claim.start - claim.sentence_start
    if not _ALL_BEFORE.search(claim.sentence[max(0, at - 6) : at]):
        return None
    after = claim.sentence[at + len(claim.text) :]
    named = _OF_THESE.match(after)
    if named is not None:
        return Mention(claim, _canonical(lemma(named.group("noun")).casefold(), load_vocabulary()), anaphoric=True)
    if _VERB_NEXT.match(after) and earlier is not None and earlier[0] != claim.sentence_start:
        return Mention(claim, earlier[1], anaphoric=True)
    return None


def _pointing_back(claim: Claim, earlier: Mention | None) -> Mention | None:
    """A figure that names nothing it counts, written where a document states a figure again (a
    pronoun subject, a quote, a label, a table cell, "At 42.6%, it is ..."): it is of what the
    nearest figure before it of the same measure counted ("£2.40 an hour to park", then "At £4.20
    an hour, Westmoor will be the dearest"), in another sentence; a bound or a range points at
    nothing ("above 30C")."""
    if earlier is None or earlier.claim.sentence_start == claim.sentence_start or claim.low != claim.high:
        return None
    if claim.start - earlier.claim.end > _POINTING_REACH:
        return None  # a pronoun or a quote leans on what was said just before, not pages back
    if not _leans_back(claim):
        return None
    # a figure with no noun is named by its verb: "It hired 310 last year" after "employs 2,650
    # people", or "brought in £410 million" after "sales were £1.58 billion", counts another
    # thing, unless the earlier figure's sentence says that verb too
    found = evidence(claim)
    verbs = verbs_of(found)
    if verbs and not verbs & verbs_of(evidence(earlier.claim)):
        return None
    return Mention(claim, earlier.head, anaphoric=not (verbs or found.modal))


# How far back, in characters, a figure that names nothing may point: about two sentences
_POINTING_REACH = 300


def _leans_back(claim: Claim) -> bool:
    """Whether a figure's own words lean on what was said before it: a pronoun subject ("It
    stands at 42.6%"), "At 42.6%, it is ...", a definite phrase ("the new rate, £171 a week"), a
    label. A quote or a headline may bring any figure of its own ("At 25 metres, the shallow end is
    where children learn"), so neither is enough for a figure that names nothing."""
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - 40) : at]
    if evidence(claim).definite:
        return True
    if not _NOTHING_NAMED_AFTER.match(claim.sentence[at + len(claim.text) :]):
        return False  # "They will replace 36 old trucks": a noun of its own, whether or not it was read
    return bool(
        _PRONOUN_SUBJECT.search(before)
        or _LABEL_BEFORE.search(before)
        or _AT_FIGURE_PRONOUN.match(claim.sentence[at + len(claim.text) :])
    )


# After a figure that names nothing: a break, or a word that starts no noun phrase
_NOTHING_NAMED_AFTER = LazyPattern(
    r"^(?:\s*(?:[,.;:)!?\"”]|$)|\s+(?:of|in|on|at|for|from|to|by|with|per|a|an|each|every|and|or|but|is|was|"
    r"are|were|will|would|has|have|had|last|this|next)\b)"
)


# "At 42.6%, it is still below ...", "At 140 feet, it is now the tallest": the figure of the
# pronoun's thing, said before; only with a verb of being ("At 60 metres, it has a viewing deck" is
# a point on the thing, not its measure)
_AT_FIGURE_PRONOUN = LazyPattern(
    r"^,\s+(?:it|they|this|that)\s+(?:(?:still|now|also)\s+)?(?:is|are|was|were|remains?|stays?|ranks?|will\s+be)\b",
    re.IGNORECASE,
)


# A restatement is looked for among the nearest mentions of its head only, as linking bounds its
# candidates: each mention is compared with the NEAREST_MENTIONS before it, nearest first, and a
# third it could restate instead is looked for among those around it, so a document that names one
# thing thousands of times costs linear time, not cubic.
NEAREST_MENTIONS = 40


def _restated_in(members: Sequence[Mention], claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    restating: dict[int, bool] = {}  # worked out once per mention, and only when asked
    acts: dict[int, str | None] = {}

    def written_again(at: int) -> bool:
        if at not in restating:
            restating[at] = _restating(members[at])
        return restating[at]

    def act(at: int) -> str | None:
        if at not in acts:
            acts[at] = act_of(members[at].claim, evidence(members[at].claim))
        return acts[at]

    measures: dict[tuple[ClaimKind, str | None], list[Claim]] = {}

    def of_the_measure(claim: Claim) -> list[Claim]:
        """The document's figures of a claim's kind and unit, and its changes in that unit (a change's
        size may be what sets two figures apart: "will drop five of its 23 routes")."""
        key = (claim.kind, claim.unit)
        if key not in measures:
            measures[key] = [c for c in claims if c.kind in (claim.kind, ClaimKind.CHANGE) and c.unit == claim.unit]
        return measures[key]

    for later_index in range(1, len(members)):
        other = members[later_index]
        for index in range(later_index - 1, max(-1, later_index - 1 - NEAREST_MENTIONS), -1):
            mention = members[index]
            one, two = mention.claim, other.claim
            if (
                two.sentence_start == one.sentence_start
                or frames_differ(
                    _subject_phrase(one), _subject_phrase(two), leaning=mention.anaphoric or other.anaphoric
                )
                or list_labels_differ(one, two)
                or leaves_a_rest(one) != leaves_a_rest(two)
            ):
                continue  # "3 metres wide" and "19-mile"; "now" and "a year earlier"; "nurses: 62%"; "... the rest"
            if not (
                written_again(index) or written_again(later_index) or (act(index) and act(index) == act(later_index))
            ):
                continue  # two plain statements: as likely two quantities as one stated twice
            if mention.head != other.head and not _heads_meet(mention, other):
                earlier, later = (mention, other) if one.start < two.start else (other, mention)
                if not _named_by_its_kind(earlier, later):
                    continue
            if not _one_fact(mention, other):
                continue
            sparse, full = (other, mention) if _context_size(two) <= _context_size(one) else (mention, other)
            nearby = members[max(0, index - NEAREST_MENTIONS) : later_index + NEAREST_MENTIONS]
            if worked_out(one, two, of_the_measure(one), terms=1):
                break  # "drop five of its 23 routes", then "keep 18 routes": the rest, worked from the two
            if _unambiguous(sparse, full, nearby) and not match(one, two).linked:
                yield (two, one) if two.start > one.start else (one, two)
            break  # the nearest mention it can restate is the one it does, or it is ambiguous


# Words for a figure itself, which point back to one said before: "that figure of 8.4%", "the rate"
_FIGURE_WORDS = frozenset("figure rate share number total tally level amount sum proportion percentage count".split())
_DETERMINER = r"(?:[Tt]he|[Tt]hat|[Tt]his|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[A-Za-z]+['’]s?(?=\s))"
# "that figure of", "put the attendance at", "its recycling rate of", "The rate, ": a noun phrase
# that names the figure before it
_PHRASE_BEFORE = LazyPattern(
    rf"\b{_DETERMINER}\s+((?:[a-z-]+\s+){{0,2}}?)([a-z]+)(?:\s+(?:of|at|was|is|stood\s+at|came\s+to)|,|"
    r",\s+(?:put|estimated|given|reckoned|set|valued)\s+(?:at|as))\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$"
)
# "the 42.6% rate", "That 42.6% share", "the 2,150-strong workforce"
_PHRASE_AFTER = LazyPattern(r"^(?:-strong)?\s+((?:[a-z-]+\s+){0,2}?)([a-z]+)\b")
_DETERMINER_BEFORE = LazyPattern(rf"\b{_DETERMINER}\s+$")
# How the text before each pattern's spaces ends, so that it is tried only there: before most figures
# is no determiner and no word that ends such a phrase.
_PHRASE_BEFORE_ENDINGS = ("of", "at", "was", "is", "to", ",", "about", "around", "some", "roughly", "nearly",
                          "almost", "just")  # fmt: skip
_DETERMINER_ENDINGS = ("he", "at", "is", "ts", "ir", "ur", "er", "'", "'s", "’", "’s")


def _noun_phrase(claim: Claim) -> tuple[str, tuple[str, ...]] | None:
    """(noun, its modifiers) of a definite phrase that names the figure: "that figure of 42.6%"
    gives ("figure", ()), "the 42.6% recycling rate" ("rate", ("recycling",))."""
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - 50) : at]
    ending = before.rstrip()
    found = _PHRASE_BEFORE.search(before) if ending.endswith(_PHRASE_BEFORE_ENDINGS) else None
    if found is None and ending.endswith(_DETERMINER_ENDINGS) and _DETERMINER_BEFORE.search(before):
        found = _PHRASE_AFTER.match(claim.sentence[at + len(claim.text) :])
        if found is not None and found.group(2) not in _FIGURE_WORDS and not evidence(claim).definite:
            found = None
    if found is None:
        return None
    return lemma(found.group(2)).casefold(), tuple(found.group(1).split())


def _fits(modifiers: Sequence[str], head: str) -> bool:
    """ "the recycling rate" points back to a figure about recycling, or to one whose head its
    words do not contradict; the plain "that figure" to any."""
    return all(word[:5] in head or head[:5] in word for word in modifiers) if modifiers else True


def _canonical(noun: str, vocabulary: Vocabulary) -> str:
    noun = vocabulary.subject_synonyms.get(noun, noun)
    return vocabulary.head_synonyms.get(noun, noun)


def _is_whole(claim: Claim) -> bool:
    """A figure that is not a plain statement of a quantity: said of a whole ("in total", "the
    group's 4,130 staff") or of a part ("14,800 of which"), a starting point ("has shrunk from
    3,200"), a difference ("two more than last time"), or a set added to another ("another 2,000")."""
    at = claim.start - claim.sentence_start
    end = at + len(claim.text)
    around = claim.sentence[max(0, at - 40) : end + 30]
    if _FROM.search(claim.sentence, max(0, at - 12), at) or is_relative_amount(claim):
        return True
    if _ALONE.search(claim.sentence, max(0, at - 40), at):
        return True  # "Its junior section alone has 330 players": a part named as one
    every = _ALL_BEFORE.search(claim.sentence[max(0, at - 6) : at])  # "All 54 of these buses": every one
    return _says_whole(around) or (bool(_PART.match(claim.sentence[end:])) and not every)


# Every match of `_WHOLE` holds one of these, lower case: in ASCII text, lower() is the pattern's case
# folding, and most text around a figure has none of them (oracle in tests/test_fast_paths.py)
_WHOLE_CORES = ("total", "all", "altogether", "combined", "across", "group", "wide", "whole", "entire")


def _says_whole(text: str) -> bool:
    """`_WHOLE` in the text, tried only where the text holds one of its words: the pattern, tried at
    every character, was a third of reading a document's mentions."""
    if text.isascii():
        lowered = text.lower()
        if not any(core in lowered for core in _WHOLE_CORES):
            return False
    return _WHOLE.search(text) is not None


def _restating(mention: Mention) -> bool:
    """Whether a mention is written as one that states a figure again: it points back ("that
    figure", "the 2,150-strong workforce", "its 2,150 staff"), has a pronoun for its subject ("It
    employs 2,150"), or stands where documents repeat their figures: a headline, a label in a fact
    box or list ("Staff: 2,150"), a table cell, a quote."""
    claim = mention.claim
    if mention.anaphoric or evidence(claim).definite:
        return True
    noun = _noun_phrase(claim)
    if noun is not None and noun[0] not in _ONE_PICKED:
        return True
    at = claim.start - claim.sentence_start
    before = claim.sentence[max(0, at - 40) : at]
    if _BARE_NOUN_OF.search(before):
        return True  # "Attendance of 53,000", where "a crowd of 35,000" introduces one
    if _PRONOUN_SUBJECT.search(before) or _LABEL_BEFORE.search(before) or _in_a_table(claim):
        return True
    if is_headline(claim):
        return True
    quotes = sum(claim.sentence[:at].count(mark) for mark in '"“”')
    return quotes % 2 == 1


# Nouns that pick one of a set, which no restatement names: "tomatoes were the favourite at 620 packets"
_ONE_PICKED = frozenset("favourite favorite best biggest largest top highest lowest smallest winner leader".split())
_PRONOUN_SUBJECT = LazyPattern(r"(?:^|[.;:,]\s+|\b(?:and|but)\s+)(?:[Ii]t|[Tt]hey|[Ww]e)\s+(?:[a-z]+\s+){0,4}$")
_BARE_NOUN_OF = LazyPattern(r"(?:^|[.;:]\s+|\b(?:and|with|but|that|said)\s+)[A-Za-z]+\s+(?:of|at)\s+$")
_LABEL_BEFORE = LazyPattern(r"[A-Za-z)]\s*:\s*$")


def _context(found: Evidence) -> set[str]:
    """Names and places: what a mention must not add to the one it restates. Times are compared
    apart: a sentence dates what is said or done next ("said on Thursday", "will move in January")
    as often as the figure, so only two times that share nothing tell mentions apart."""
    return {*found.names, *found.places}


def _context_size(claim: Claim) -> int:
    found = _as_referred(claim)
    return len(_context(found)) + len(found.modifiers)


def _as_referred(claim: Claim) -> Evidence:
    """A definite mention's evidence without the names, places and times only its predicate says:
    "The 74 buses will be charged at the Mill Road depot" refers back to the buses, and where they
    are charged is what happens to them next, as linking reads a definite phrase (`_refers_back`)."""
    found = evidence(claim)
    end = subject_end(claim)
    if end is None:
        return found
    subject = claim.sentence[:end].casefold()

    def kept(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(item for item in items if item in subject)

    return dataclasses.replace(found, names=kept(found.names), places=kept(found.places), times=kept(found.times))


def _subject_phrase(claim: Claim) -> Claim:
    """A definite mention read up to its predicate: "The 74 buses| will be charged overnight",
    "Delivery of the 44 buses| will finish by the end of 2028". The phrase refers back to what was
    said before; the predicate's verb and times tell what happens to it next (charging, a deadline),
    which the earlier figure need not say to be the same quantity."""
    end = subject_end(claim)
    return claim if end is None else dataclasses.replace(claim, sentence=claim.sentence[:end])


def _said_around(found: Evidence, item: str) -> bool:
    """Whether a mention's sentence says a time, name, place or modifier: as one, or in its words."""
    if item in found.times or item in found.names or item in found.places or item in found.modifiers:
        return True
    return all(word in found.words for word in re.split(r"[\s-]+", item) if word not in _NUMBER_WORDS)


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def _one_fact(first: Mention, second: Mention) -> bool:
    """Nothing tells two mentions of one head apart once the sparser takes the other's context.
    A mention that only points back ("that figure of 42.6%") is read for its context alone: what
    its sentence goes on to say the figure did is not what it counts."""
    one, other = first.claim, second.claim
    a, b = evidence(one), evidence(other)
    pointing = first.anaphoric or second.anaphoric
    if (_modal(one) != _modal(two := other) and not pointing) or one.per != two.per:
        return False
    if for_each_one(one) != for_each_one(two):
        return False  # "about 25 trees each" is one volunteer's share of the "38,500 trees"
    if _owned_apart(one) != _owned_apart(two):
        return False  # "The hospital's own transport service ... made 22,000 journeys": another's figure
    if a.actor and b.actor and a.actor != b.actor and not pointing:
        return False
    if row_label_unsaid(one, other) or row_label_unsaid(other, one):
        return False  # "| Adult | 1,030 |" is a part of "The makerspace has 1,300 members"
    restricted_a, restricted_b = _restriction(one), _restriction(other)
    # (a word for a figure may point back, but one party's "share" of a sum is a part of it, never it)
    part = _SOME_OF_IT in (restricted_a, restricted_b)
    if (restricted_a or restricted_b) and restricted_a != restricted_b and (not pointing or part):
        narrowing = restricted_a or restricted_b
        wide = b if restricted_a else a
        narrow_claim = one if restricted_a else other
        if not (restricted_a and restricted_b) and (
            narrowing not in verbs_of(wide) or participle_adds(narrow_claim, narrowing, wide)
        ):
            return False  # "20 hospitals promised", "£19m of the work": a part, unless the other says it
        if restricted_a and restricted_b:
            return False
    # "Books lent: 41,000" and "The 12,000 books lent to schools": one act, narrowed on one side
    if (restricted_a is not None and restricted_a == restricted_b and not pointing
            and (participle_adds(one, restricted_a, b) or participle_adds(other, restricted_a, a))):  # fmt: skip
        return False
    if not pointing and not _same_act(first, second):
        return False
    if pointing:
        # a mention that only points back ("All 46 are to be built in Sunderland") and says no time,
        # name or place of its own in its subject takes its referent's: where they are built is next
        referring = _as_referred((first if first.anaphoric else second).claim)
        if not _context(referring) and not referring.times and not referring.modifiers:
            return True
    return _context_agrees(one, other)


def _owned_apart(claim: Claim) -> bool:
    """A figure its sentence gives to someone's "own" thing, set against another's: "The hospital's
    own transport service made 22,000 journeys" after the volunteers' 14,300."""
    return bool(_OWN_BEFORE.search(claim.sentence, 0, claim.start - claim.sentence_start))


_OWN_BEFORE = LazyPattern(r"\b[A-Za-z-]+['’]s?\s+own\s+[a-z]", re.IGNORECASE)


# A target or forecast said of the figure itself: near it, not anywhere in its clause ("will hear
# the plan" does not make "the factory's 2,650 employees" a target)
_MODAL_NEAR = LazyPattern(
    r"\b(?i:targets?|aims?|aimed|goals?|forecasts?|projected|projections?|expected|expects?|could|might|"
    r"plans?|planned|hopes?|predicted|budgeted|recommend(?:s|ed|ation)?|advised)\b|\bmay\b"
)


def _modal(claim: Claim) -> bool:
    if not evidence(claim).modal:
        return False
    at = claim.start - claim.sentence_start
    start, end = max(0, at - 40), at + len(claim.text) + 25
    if _MODAL_NEAR.search(claim.sentence, start, end) or COUNTERFACTUAL.search(claim.sentence, start, end):
        return True
    # "Without the grant, the balance would be £3,510": a supposition its condition opens
    return supposed(claim.sentence, start, end)


_ALL_OF = LazyPattern(r"\ball\s+$", re.IGNORECASE)


def _restriction(claim: Claim) -> str | None:
    """What narrows a figure's noun; "all 2,150 of the plant's workers" is the whole, not a part,
    and a definite phrase's verb with no other after it is its predicate, what they did ("Each of
    the 1,360 entrants played seven rounds"), where "The 40 trees planted in May have died" is
    narrowed by its participle."""
    restricted = evidence(claim).restricted
    at = claim.start - claim.sentence_start
    if restricted == "part of" and _ALL_OF.search(claim.sentence, max(0, at - 6), at):
        return None
    if restricted and evidence(claim).definite and _PREDICATE_VERB.match(claim.sentence[at + len(claim.text) :]):
        return None
    return restricted


# After a definite figure: its noun, then a past tense with its object straight after it, and no
# verb after them, which would make it a participle ("The 120 volunteers trained in first aid
# staffed the tents", "The 40 trees planted in May have died")
_PREDICATE_VERB = LazyPattern(
    r"^(?:\s+[a-z-]+){1,2}?\s+[a-z]+ed\s+(?!(?:in|on|at|by|for|from|with|to|into|under|over|near|since|during|"
    r"after|before|last|this|next|online|locally|abroad)\b)"
    r"(?![^.;:]*\b(?:[a-z]+ed|will|would|shall|can|could|may|might|must|should|is|are|was|were|has|have|had)\b)"
)


def _same_act(first: Mention, second: Mention) -> bool:
    if acts_disagree(_subject_phrase(first.claim), _subject_phrase(second.claim)):
        return False
    # "people" names no quantity: the verbs say what is counted
    verbs = verbs_of(evidence(first.claim)) & verbs_of(evidence(second.claim))
    return first.head not in GENERIC_SUBJECTS or bool(verbs)


def _context_agrees(one: Claim, other: Claim) -> bool:
    a, b = _as_referred(one), _as_referred(other)
    # the sparser side's context and modifiers must all be said around the fuller one
    sparse, full = (a, b) if _context_size(one) <= _context_size(other) else (b, a)
    if not all(_said_around(full, item) for item in (*_context(sparse), *sparse.modifiers)):
        return False
    # a later mention that adds a modifier narrows the head ("800 beds", then "the 60 intensive-care
    # beds"), unless the earlier is a headline, which the body then tells in full
    (earlier_claim, earlier), later = ((one, a), b) if one.start < other.start else ((other, b), a)
    if not is_headline(earlier_claim) and not all(_said_around(earlier, item) for item in later.modifiers):
        return False
    if (
        is_headline(earlier_claim)
        and not earlier.times
        and _before_the_news(earlier_claim, other if earlier_claim is one else one)
    ):
        return False  # "Market grows to 86 stalls", then "Last year's market had 70 stalls"
    if _LABEL_BEFORE.search(earlier_claim.sentence[: earlier_claim.start - earlier_claim.sentence_start]) and not all(
        _said_around(earlier, item) for item in _context(later)
    ):
        return False  # a fact box gives the whole: "Staff: 2,400", then "The Leeds site has 180 staff"
    # so does what a later definite phrase adds before its predicate ("The 120 volunteers from Leeds
    # will run the stalls", "The 2,000 tickets for Sunday were sold"): a part of what was said
    later_claim = other if earlier_claim is one else one
    if (not is_headline(earlier_claim) and subject_end(later_claim) is not None
            and not all(_said_around(earlier, item) for item in (*_context(later), *later.times))):  # fmt: skip
        return False
    if not is_headline(earlier_claim) and (
        qualifier_unsaid(later_claim, evidence(earlier_claim)) or bound_unsaid(later_claim, earlier_claim.sentence)
    ):
        return False  # "The 12 benches by the lake will be replaced": some of the park's 90
    # the fuller side's times: the sparser takes them, unless it names another time of its own;
    # a year on one side only dates its figure ("from 3,200 in 2010")
    if sparse.times and full.times and not set(sparse.times) & set(full.times):
        return False
    if _sub_periods(a) != _sub_periods(b):
        return False  # "Q1" against the year, or against another quarter
    years_a, years_b = _years(a), _years(b)
    return bool(years_a & years_b) if years_a or years_b else True


def _before_the_news(headline: Claim, body: Claim) -> bool:
    """Whether a body figure is dated before what a headline reports: its sentence opens on a time
    past ("Last year Whitmore won 11 golds", "Last year's market had 70 stalls"), or it names any
    time and the headline's figure is where a change ended ("falls to 1,850", then "stood at 2,300
    in January"). Not a past time inside the sentence: "Borough collects 96.4% of bills" reports
    what "collected 96.4% of the council tax due last year" says."""
    if _OPENS_IN_THE_PAST.match(body.sentence):
        return True
    times = evidence(body).times
    return bool(times) and bool(_CHANGED_TO.search(headline.sentence, 0, headline.start - headline.sentence_start))


_OPENS_IN_THE_PAST = LazyPattern(
    r"^\W*(?:last\s+(?:year|season|month|week|summer|autumn|winter|spring)(?:['’]s)?|a\s+year\s+(?:ago|earlier)|"
    r"in\s+the\s+previous\s+\w+|the\s+year\s+before)(?![\w])",
    re.IGNORECASE,
)
_CHANGED_TO = LazyPattern(
    r"(?<![\w])(?:falls?|fell|rises?|rose|grows?|grew|climbs?|climbed|drops?|dropped|jumps?|jumped|soars?|soared|"
    r"slumps?|slumped|shrinks?|shrank|increases?|increased|decreases?|decreased|cut|cuts|up|down)\s+to\s+\S*$",
    re.IGNORECASE,
)


# A quarter or a half of the year: part of the whole period, never the year's figure stated again
# (a month is as often when a figure was said or done: "will close eleven branches in March")
_SUB_PERIOD = LazyPattern(r"^(?:q[1-4]|h[12])$")


def _sub_periods(found: Evidence) -> frozenset[str]:
    return frozenset(time for time in found.times if _SUB_PERIOD.match(time))


def _years(found: Evidence) -> frozenset[str]:
    return frozenset(time for time in found.times if time.isdigit())


def _unambiguous(sparse: Mention, full: Mention, members: Sequence[Mention]) -> bool:
    """The sparse mention can be of the full one only: no third mention of the head that it could
    equally restate gives another figure (then it may be that one's), and none agrees with it."""
    for third in members:
        if third is sparse or third is full or third.claim.sentence_start == sparse.claim.sentence_start:
            continue
        if _one_fact(sparse, third) and (third.claim.low, third.claim.high) != (full.claim.low, full.claim.high):
            return False
    return True


def restated_changes(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(later, earlier) for two changes of one document that state one change twice, each said as a
    factor (a percentage or a multiple) or each in one unit: "rents will rise 7% in April" and "the
    9% increase"; "Profit rose 12%" and "a 21% jump in profit"; "doubled" and "a 200% rise"; "rose
    by 144" and "went up by 414". Linking and `restated_pairs` leave changes to their endpoints; here two changes of one
    direction are one when they change the same thing, or when one names no thing and is written
    as one that states a figure again (the definite "the 9% rise", a headline, a quote, a label),
    nothing tells them apart (`may_be_one`, and the context test of restatements), and the one
    that names no thing can point at no other change of its direction in the document."""
    every_change = [claim for claim in claims if claim.kind in _CHANGES and claim.direction is not None]
    by_form: dict[str | None, list[Claim]] = {}
    for claim in sorted((claim for claim in every_change if _plain_change(claim)), key=lambda claim: claim.start):
        by_form.setdefault(_form(claim), []).append(claim)
    # "up 12%" against "up 21%", "doubled" against "a 200% rise", "rose by 144" against "went up by 414"
    for form, changes in by_form.items():
        fellows = [claim for claim in every_change if _form(claim) == form]
        for later_index, later in enumerate(changes):
            for earlier in reversed(changes[max(0, later_index - NEAREST_MENTIONS) : later_index]):
                if not _one_change(later, earlier):
                    continue
                if all(_points_at(sparse, earlier if sparse is later else later, fellows) for sparse in
                       _without_a_thing(later, earlier)) and not match(later, earlier).linked:  # fmt: skip
                    yield later, earlier
                break  # the nearest change it can state again is the one it does, or it is ambiguous


# A change by a factor ("doubled", "a fivefold rise") is one with a change in per cent: "a 200% rise" triples
_CHANGES = (ClaimKind.CHANGE, ClaimKind.RATIO)


def _form(claim: Claim) -> str | None:
    """What a change is said in: a factor (per cent or a multiple), or an amount in its unit."""
    return "factor" if claim.kind is ClaimKind.RATIO or claim.unit == "percent" else claim.unit


def _plain_change(claim: Claim) -> bool:
    """A change (in per cent, by a multiple or in an amount; not in points) stated as a plain figure
    of its own: not a range, a bound or an endpoint,
    not the change of a whole ("overall", "nationally"), and not one its sentence first narrows
    or widens ("After inflation, the 1% rise"; "Over the year, prices rose 6%")."""
    return (
        claim.kind in _CHANGES
        and claim.unit != "percentage_point"
        and claim.direction is not None
        and claim.role is None
        and claim.low == claim.high
        and not _WHOLE_CHANGE.search(claim.sentence)
        and not _SCOPED.match(claim.sentence[: claim.start - claim.sentence_start])
    )


# A change of a whole, anywhere in its sentence ("the group" is as often who speaks as what changed)
_WHOLE_CHANGE = LazyPattern(
    r"\b(?:in\s+total|in\s+all|overall|altogether|combined|all\s+told|across\s+the|nationwide|nationally|"
    r"worldwide|whole|entire|total)\b",
    re.IGNORECASE,
)


# A sentence that opens with a phrase set off by a comma before the figure: "Nationally, ",
# "In real terms, ", "Among under-25s, ". What the phrase says the figure is of is not read.
_SCOPED = LazyPattern(
    r"^\W*(?:[A-Z][a-z]+ly|Overall|(?:In|Over|Among|After|Before|For|Across|Outside|Excluding|Including|"
    r"Adjusted|Within|Without|Beyond|Compared|Against|Like)\b[^,;:\"“”\d]{0,40}),\s"
)


def _one_change(one: Claim, other: Claim) -> bool:
    """Two changes of one direction, in two sentences, that nothing tells apart: the same thing
    changed or one side silent on it, and the context of each said around the other."""
    if one.sentence_start == other.sentence_start or one.direction != other.direction:
        return False
    if list_labels_differ(one, other):
        return False  # "sales: £148 million, up 9%" and "online: £56 million, up 14%"
    if _modal(one) != _modal(other) or not may_be_one(one, other, moods=False):
        return False
    (thing, _), (other_thing, _) = counted(one), counted(other)
    if thing is None and other_thing is None:
        return False  # "a 9% rise" and "up 7%": nothing says what either changed
    if (thing is None and not _refers(one)) or (other_thing is None and not _refers(other)):
        return False
    return _context_agrees(one, other)


def _refers(claim: Claim) -> bool:
    """A change written as one said before: "the 9% increase", a headline, a quote, a label; not
    one whose subject is a pronoun ("They closed up 9%"), which may be anything said before."""
    at = claim.start - claim.sentence_start
    return _restating(Mention(claim, "")) and not _PRONOUN_SUBJECT.search(claim.sentence[max(0, at - 40) : at])


def _without_a_thing(one: Claim, other: Claim) -> tuple[Claim, ...]:
    return tuple(claim for claim in (one, other) if counted(claim)[0] is None)


def _points_at(sparse: Claim, meant: Claim, changes: Sequence[Claim]) -> bool:
    """A change that names no thing points at `meant` only: every other change of its direction it
    could be, in another sentence, gives `meant`'s figure."""
    return all(
        (other.low, other.high) == (meant.low, meant.high)
        for other in changes
        if other is not sparse and other is not meant and other.sentence_start != sparse.sentence_start
        and other.direction == sparse.direction and may_be_one(sparse, other)
    )  # fmt: skip
