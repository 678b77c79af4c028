"""Linking stage: claims -> pairs of claims about the same quantity."""

from __future__ import annotations

import bisect
import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from enum import IntEnum
from functools import lru_cache
from itertools import islice
from operator import attrgetter

from numcheck.calendar_words import CALENDAR_PERIOD_DAYS, WEEKDAYS
from numcheck.evidence import NO_EVIDENCE, Evidence, done_by_some, is_label_word, participle_words
from numcheck.frames import (
    acts_disagree,
    average_against_a_total,
    each_against_a_total,
    frames_differ,
    in_the_past,
    is_difference,
    is_gain_or_loss,
    is_margin,
    is_relative_amount,
    leaves_a_rest,
)
from numcheck.layout import row_cells
from numcheck.model import Claim, ClaimKind, Role
from numcheck.remembered import ClaimMemory
from numcheck.scanning import LazyPattern
from numcheck.subjects import lemma
from numcheck.vocabulary import load_vocabulary

# Heads that name no quantity by themselves: who or what is counted is in the verb or the clause.
GENERIC_SUBJECTS = frozenset(
    "people person individual resident citizen case time one they them it those these average figure number "
    "total rate level amount share proportion month year week day hour minute target".split()
)
# "within 18 weeks", "in three years", "for 40 minutes": how long, not how much of the subject
_DURATION_BEFORE = LazyPattern(r"\b(?:within|in|for|over|after|than|past|last|next|every|per|each)\s*$", re.IGNORECASE)
_AGE_BEFORE = LazyPattern(r"\b(?:aged|ages?|age of)\s*$", re.IGNORECASE)
_AGE_AFTER = LazyPattern(r"^\s*(?:-|\s)?(?:years?[- ]old|year-olds?)\b", re.IGNORECASE)


# The content words of the first and the second claim's whole documents (see `told_apart`)
DocumentWords = tuple[frozenset[str], frozenset[str]]


class Relation(IntEnum):
    """Where two claims stand to each other; nothing else about their places matters to linking."""

    OTHER_DOCUMENT = 0
    SAME_DOCUMENT = 1
    SAME_SENTENCE = 2


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence two claims were compared on."""

    cue: str  # "head", "modifiers", "governor", "sentence", "frame"; or a discriminator's name
    agreement: float  # -1 contradicts, 0 one side silent, +1 the same
    note: str  # "'troop' = 'troop'"


@dataclass(frozen=True, slots=True)
class Match:
    """How well two claims' evidence agrees, and what told them apart if anything did."""

    score: float
    reasons: tuple[Reason, ...]  # empty unless asked for (`explained`)
    apart: Reason | None = None

    @property
    def linked(self) -> bool:
        return self.apart is None and self.score >= LINK_THRESHOLD

    def as_record(self) -> dict[str, object]:
        """JSON-ready: why two claims were (or were not) compared."""
        return {
            "score": round(self.score, 3),
            "evidence": [{"cue": r.cue, "agreement": r.agreement, "note": r.note} for r in self.reasons],
            "apart": None if self.apart is None else self.apart.note,
        }


@dataclass(frozen=True, slots=True)
class Link:
    """Two claims that talk about the same quantity, and why they were linked."""

    first: Claim
    second: Claim
    match: Match | None = None  # its score; `explained(first, second)` gives the reasons behind it


# What a link needs: the same counted thing (head, modifiers that do not conflict), or, with
# no shared head, a near-identical sentence around the figure. See `match`.
LINK_THRESHOLD = 2.0
# Two sentences this alike (shared content lemmas over all of them) say the same thing with
# one figure changed: "the climbers, standing 210 feet apart" and "... 610 feet apart".
_SAME_SENTENCE_OVERLAP = 0.5


def evidence(claim: Claim) -> Evidence:
    return claim.evidence or NO_EVIDENCE


def comparison_key(claim: Claim) -> str | None:
    """Claims can only be linked within one key: a kind family and, for measures, a dimension.

    Money in every currency shares a key, so that a currency slip can be found; multipliers and
    changes share one, so that "rose fivefold to 25,000" meets "from 8,000 to 25,000"."""
    return quantity_key(claim) if has_block_keys(claim) else None


def has_block_keys(claim: Claim) -> bool:
    """Whether `block_keys` gives the claim any, without writing them out: every check of a
    document asks `comparison_key` of each of its claims, and only blocking needs the keys."""
    found = evidence(claim)
    return bool(found.head or claim.subject or found.frame)


def quantity_key(claim: Claim) -> str | None:
    """`comparison_key` for a claim whatever its block keys: what it could be compared with, had
    its sentence said what it counts ("the crowd at 35,000" names no head of its own).

    Worked out once per claim (numcheck.remembered): blocking, restatements and slips each ask it
    of every claim of a document."""
    return _QUANTITY_KEYS.of(claim)


def _quantity_key(claim: Claim) -> str | None:
    if not claim.kind.is_quantity or is_age(claim):
        return None
    if claim.text.isdigit() and is_label(claim):
        return None
    if claim.kind is ClaimKind.CHANGE:  # in any unit: "rose 20%", "fell 1.5 points", "cut by £2m"
        return "change" if claim.direction is not None else None
    if claim.kind is ClaimKind.RATIO and not claim.is_share_in_words:
        return "change" if claim.direction is not None or claim.value > 1 else None
    if claim.kind is ClaimKind.PERCENT or claim.is_share_in_words:
        return "percent"
    if claim.kind is ClaimKind.MONEY:
        return "money"
    if claim.dimension == "[time]" and _is_duration_attribute(claim) and not describes_its_subject(claim):
        return None
    if claim.kind is ClaimKind.COUNT and claim.per in CALENDAR_PERIOD_DAYS:
        return _COUNT_PER_CALENDAR_PERIOD  # "300 loaves a week" is "1,300 a month" (figure checks convert)
    return claim.dimension or "count"


_COUNT_PER_CALENDAR_PERIOD = "count per calendar period"


_QUANTITY_KEYS = ClaimMemory(_quantity_key)


def block_keys(claim: Claim) -> tuple[str, ...]:
    """The keys under which a claim meets others of its comparison key: what it counts (its head),
    and the words either side of it, so that a paraphrase with the same head meets it, and so does
    a copy of the sentence whose subject was read differently or not at all. The one home of
    blocking: linking, the report and the Dask engine all use it."""
    found = evidence(claim)
    keys: list[str] = []
    head = found.head or claim.subject
    if head:
        keys.append("head:" + head)
    thing = priced_thing(claim)
    if thing:
        keys.append("head:" + thing)  # "the park's £2.65 million cost" meets "the £265,000 skate park"
    if found.frame:
        keys.append("frame:" + found.frame)
    return tuple(keys)


def _before(claim: Claim) -> str:
    return claim.sentence[: claim.start - claim.sentence_start]


def is_age(claim: Claim) -> bool:
    """ "women aged 25 to 29", "a 91-year-old": an age says who is counted, not how many."""
    after = claim.sentence[claim.end - claim.sentence_start :]
    return bool(_aged_before(_before(claim)) or _AGE_AFTER.match(after) or "-year-old" in claim.text)


def _aged_before(before: str) -> bool:
    """Whether `before` ends in "aged", "age of": `_AGE_BEFORE.search(before)`, tried only where
    its longest form could start, as the pattern ends the text. Every comparison asks, and a
    figure late in a long sentence would send the pattern over all of it."""
    return _AGE_BEFORE.search(before, max(0, len(before.rstrip()) - len("age of"))) is not None


# "Turn 3", "Sims 3", "Route 66": a name with a number in it, not a count
_LABEL_BEFORE = LazyPattern(r"\b([A-Z][a-z]+) $")
_LOWER_CASE = "abcdefghijklmnopqrstuvwxyz"


def is_label(claim: Claim) -> bool:
    """ "Turn 3", "Sims 3": a count written right after a capitalised word that is no function word."""
    if claim.kind is not ClaimKind.COUNT:
        return False
    label = _label_word_before(_before(claim))
    if label is not None and is_label_word(label) and not _counts_a_noun(label, claim) and label not in _WHEN_WORDS:
        return True
    # "on day 9", "at mile 20", "in round 3": a place in a series, named by its number
    at = claim.start - claim.sentence_start
    return bool(
        _SERIES_PLACE_BEFORE.search(claim.sentence, max(0, at - 24), at)
        and _LABEL_ENDS.match(claim.sentence, claim.end - claim.sentence_start)
    )


def _counts_a_noun(word: str, claim: Claim) -> bool:
    """A verb's -ing form opening a clause before a figure of things: "Watching 782 children get
    their medals", "Bringing 200 nurses from India". A name ending so ("Reading 2 Swansea 1",
    "Building 7") has a capital or nothing after its number."""
    return (
        word.endswith("ing")
        and len(word) >= _GERUND_LENGTH
        and bool(_NOUN_AFTER.match(claim.sentence, claim.end - claim.sentence_start))
    )


_GERUND_LENGTH = 6  # "Bringing", "Getting"; not "Wing", "Ring", "King"
# A weekday before a count says when, and names nothing: "On Saturday 421 parents signed" (a month
# may be followed by its year, "from November 2025 onwards")
_WHEN_WORDS = frozenset(WEEKDAYS)
# a plural noun: what a count counts ("Building 7 is shut" is a name)
_NOUN_AFTER = LazyPattern(
    r"\s+(?!(?:this|does|plus|less|thus|unless|across|always|perhaps|whereas|besides)\b)"
    r"(?:[a-z][a-z-]{2,}s|children|people|men|women|geese|sheep|feet|teeth|mice)\b"
)


_SERIES_PLACE_BEFORE = LazyPattern(
    r"\b(?:on|in|at|from|by|until|of|after|before)\s+(?:day|week|round|stage|lap|leg|hole|game|episode|chapter|"
    r"mile|kilometre|km)\s+$",
    re.IGNORECASE,
)
_LABEL_ENDS = LazyPattern(r"\s*(?:[,.;:)]|$|\s(?:of|and|when|as|with|before|after|but)\b)")


def _label_word_before(before: str) -> str | None:
    """The capitalised word and one space that end `before` ("Turn "), as `_LABEL_BEFORE` finds
    it, tried only from the capital before the last word's lower-case letters (see `_aged_before`)."""
    capital = len(before.removesuffix("\n")[:-1].rstrip(_LOWER_CASE)) - 1
    found = _LABEL_BEFORE.search(before, max(0, capital))
    return None if found is None else found.group(1)


def _is_duration_attribute(claim: Claim) -> bool:
    """ "waiting more than 18 months", "five-year deals": a duration that describes the subject."""
    written = claim.sentence[claim.start - claim.sentence_start : claim.end - claim.sentence_start]
    return bool(_DURATION_BEFORE.search(_before(claim))) or "-" in written.strip("-")


_FIRST_WORD = LazyPattern(r"[A-Za-z]+")
# A figure within five words of a noun: "average 5.51%", "cost £6.86" (a word, then any sign before its digit)
_FIGURE_SAID_OF_IT = LazyPattern(r"(?:\s*[^\s\d]+){0,4}?\s*[^\s\d]?\d")
_FIGURE_CLAUSE_BREAK = LazyPattern(r"[;:]|,\s|\s(?:and|but|while|whereas|which|who)\s", re.IGNORECASE)
_DETERMINER_BEFORE = LazyPattern(
    r"\b(?:a|an|the|its|their|his|her|our|your|this|that)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)


def describes_its_subject(claim: Claim) -> bool:
    """ "a 12-month guarantee": a duration written as the modifier of one noun, and the only figure
    said of it, is the length of that noun; two of them for the same noun are the figure to compare.
    "Five-year deals average 5.51%" and "the two-year deal cost 6.86%" name a kind of deal instead."""
    written = claim.sentence[claim.start - claim.sentence_start : claim.end - claim.sentence_start]
    end = claim.end - claim.sentence_start
    if "-" not in written.strip("-") or claim.subject is None or claim.sentence[end : end + 1] != " ":
        return False
    following = _FIRST_WORD.match(claim.sentence, end + 1)
    if following is None or not _DETERMINER_BEFORE.search(_before(claim)):
        return False
    rest = claim.sentence[following.end() :]
    clause_end = _FIGURE_CLAUSE_BREAK.search(rest)
    # a figure said of the noun follows it within a few words ("deals average 5.51%", "deal cost
    # 6.86%"); one further on is another thing's ("celebrated with a supper for the 14 stokers")
    said_of_it = _FIGURE_SAID_OF_IT.match(rest, 0, clause_end.start() if clause_end else len(rest))
    return said_of_it is None


def relation(first: Claim, second: Claim) -> Relation:
    if first.path != second.path:
        return Relation.OTHER_DOCUMENT
    return Relation.SAME_SENTENCE if first.sentence_start == second.sentence_start else Relation.SAME_DOCUMENT


def _acted(first: Claim, second: Claim) -> str | None:
    """The act that makes one of two figures of a document a count of some ("Around 160 pupils
    travel by bus" against "The school has 1,150 pupils"), where the other's sentence does not say it."""
    for claim, other in ((first, second), (second, first)):
        verb = _DONE_BY_SOME.of(claim)
        if verb is not None and lemma(verb) not in evidence(other).words:
            return verb
    return None


def _done_by_some(claim: Claim) -> str | None:
    at = claim.start - claim.sentence_start
    return done_by_some(claim.sentence, at, at + len(claim.text))


# Worked out once per claim: linking asks it of every pair of a document that reaches the act
_DONE_BY_SOME = ClaimMemory(_done_by_some)


def told_apart(
    first: Claim, second: Claim, where: Relation | None = None, *, documents: DocumentWords | None = None
) -> Reason | None:
    """The hard discriminator that tells two claims apart, or None: another role, time, place,
    actor, action or mood. Silence on one side never tells claims apart across documents.

    With `documents` (the content words of each claim's whole document, for a draft aligned with
    its sources), a place one sentence names does not tell it apart from a sentence that names no
    place when the other document names that place elsewhere: "Nurses in England ... costing
    £1.4bn" against "The award will cost £1.2 billion" in a source that opens "Nurses in England"."""
    where = relation(first, second) if where is None else where
    one, other = evidence(first), evidence(second)
    if Role.FROM in (first.role, second.role) and first.role is not second.role:
        return Reason("role", -1, "a starting figure against another")
    if where is Relation.SAME_SENTENCE:
        return Reason("sentence", -1, "two figures in one sentence")
    if one.modal != other.modal:
        return Reason("modal", -1, "a target, forecast or possibility against an outcome")
    if is_margin(first) != is_margin(second):
        # "a course record by 38 seconds" is how far the record moved, in any document
        return Reason("frame", -1, "a margin against an amount")
    if where is Relation.SAME_DOCUMENT and list_labels_differ(first, second):
        return Reason("list", -1, "items of a list or rows of a table with other labels")
    if table_rows_differ(first, second):  # in any two documents: each row is its own record
        return Reason("table", -1, "rows of tables that differ in another cell")
    wholes = whole_stated(first), whole_stated(second)
    if None not in wholes and wholes[0] != wholes[1]:
        # "to lose 80 of its 1,200 hospital beds" and "has 1,200 of the region's 9,000 hospital beds"
        return Reason("frame", -1, "parts of other wholes")
    if is_part_and_whole(first, second):
        # "11 of 19 clubs" and "the county's 19 youth clubs": a part against the whole it is of
        return Reason("frame", -1, "a part against its whole")
    if each_against_a_total(first, second):
        return Reason("frame", -1, "a sum each against what a set of them brought in")
    if average_against_a_total(first, second):
        return Reason("frame", -1, "an average against a total")
    if is_gain_or_loss(first) != is_gain_or_loss(second):
        # "gained 34 customers" is how far the customers moved, never how many there are, in any document
        return Reason("frame", -1, "a count gained or lost against a level")
    if is_difference(first) != is_difference(second):
        # "will take 15 minutes less" is how far the time moved, never the time, in any document
        return Reason("frame", -1, "a difference against an amount")
    if where is Relation.SAME_DOCUMENT:
        # "3 metres wide" and "the 12-mile towpath"; "now costs £640" and "five years ago"; "another 400"
        # the frames first: they are cached per figure, and seldom differ
        if frames_differ(first, second) and comparison_key(first) != "change":
            return Reason("frame", -1, "another attribute, time, period or set in the same document")
        if is_relative_amount(first) != is_relative_amount(second):
            return Reason("frame", -1, "a difference or an added amount in the same document")
        if leaves_a_rest(first) != leaves_a_rest(second):
            return Reason("frame", -1, "a part beside the rest of its whole in the same document")
        doing = _acted(first, second)
        if doing is not None:
            return Reason("action", -1, f"those who {doing} against all of them in the same document")
    # "The plant employs 3,400 people. ... the plant's 3,900 workers": a definite phrase later in
    # the same document refers back to what was said, so what its own clause adds (when and where
    # the meeting was, who did what next) does not tell it apart; what it says and the other does
    # not still does, as across documents.
    referring = _refers_back(first, second, where)
    # a place narrows the figure to part of the whole, unless the other sentence names it too
    # ("in Scotland, 1,200 nurses" against "12,000 nurses"; "Tesco's 140 stores in Wales" against
    # "its 40 stores in Scotland"; but "at the Brackwater plant" against "the Brackwater plant's")
    first_words, second_words = documents or (frozenset(), frozenset())
    for narrow, wide, wide_document in ((one, other, second_words), (other, one, first_words)):
        if wide is referring:
            continue
        unmatched = [place for place in narrow.places if not _mentions(wide, place)]
        if wide_document and not wide.places:
            unmatched = [place for place in unmatched if not _named_in(place, wide_document)]
        if unmatched:
            return Reason("place", -1, f"{', '.join(unmatched)} on one side only")
    if (where is Relation.SAME_DOCUMENT and referring is None
            and (_dated(one.times) != _dated(other.times) or one.names != other.names)
            and not _leaves_out(first, second, one, other)):  # fmt: skip
        # one text names its quantities as it goes: "118 medals" for the US, "seven" for rowing
        return Reason("same document", -1, "another time or name in the same document")
    if one.times and other.times and not _share(one.times, other.times):
        return Reason("time", -1, f"{', '.join(one.times)} vs {', '.join(other.times)}")
    edges = period_edge(first), period_edge(second)
    if None not in edges and edges[0] != edges[1]:
        # "had 251 members at the start of 2027" and "286 members at the end of 2027": one year, two days
        return Reason("time", -1, f"the {edges[0]} against the {edges[1]} of a period")
    if where is not Relation.SAME_DOCUMENT and in_the_past(first) != in_the_past(second):
        # "Paperlane had 597 stores a year earlier" and "ending the year with 612" (within one
        # document, frames tell the two apart)
        return Reason("time", -1, "a figure of the past against one of the present")
    if one.names and other.names and not _share(one.names, other.names):
        return Reason("actor", -1, f"{', '.join(one.names)} vs {', '.join(other.names)}")
    if one.actor and other.actor and one.actor != other.actor and not one_priced(first, second):
        return Reason("actor", -1, f"{one.actor} vs {other.actor}")
    # "20 hospitals promised" is another count than "40 hospitals": the participle is part of the
    # name, unless the other says it too ("the 35 volunteers taking part" twice)
    for narrow, wide, narrow_claim in ((one, other, first), (other, one, second)):
        if wide is referring:
            continue
        if (
            narrow.restricted
            and narrow.restricted != wide.restricted
            and (not _says_verb(wide, narrow.restricted) or participle_adds(narrow_claim, narrow.restricted, wide))
        ):
            return Reason("action", -1, f"'{narrow.restricted}' narrows one side only")
        if (
            narrow.restricted
            and narrow.restricted == wide.restricted
            and participle_adds(narrow_claim, narrow.restricted, wide)
        ):
            # "Books lent: 41,000" and "The 12,000 books lent to schools": one act, and one side says to whom
            return Reason("action", -1, f"'{narrow.restricted}' narrowed further on one side")
    if referring is not None:
        later, earlier = (first, other) if referring is one else (second, one)
        earlier_sentence = (second if referring is one else first).sentence
        if _narrows(later, earlier) or bound_unsaid(later, earlier_sentence):
            return Reason("same document", -1, "a definite phrase that names a part")
        own_year = _OWN_YEAR_AFTER.match(later.sentence, later.end - later.sentence_start)
        if own_year is not None and own_year["year"] not in earlier.times:
            # "the 1.41 million recorded in 2019" names its own year: no mention of this year's figure
            return Reason("time", -1, f"{own_year['year']} on one side only")
        return _generic_apart(first, second)
    if where is Relation.SAME_DOCUMENT and acts_disagree(first, second):
        return Reason("action", -1, "figures of different acts in the same document")
    # "12 people died" and "200 people were evacuated": both say what happened, and not the same.
    # Across documents only the verbs over the figures count: a paraphrase moves the others
    # ("have signed him for £80m" and "completed his move for €80m").
    # A verb that only restates the counted noun says nothing of its own: "fined £90 million" is a
    # fine, as "imposed the £9m penalty" is; its governor is the head, and the other's may be any.
    restates = one.head is not None and one.head == other.head and one.head in (one.governor, other.governor)
    if (one.governor and other.governor and one.governor != other.governor and not restates
            and one.governor not in other.actions and other.governor not in one.actions):  # fmt: skip
        return Reason("action", -1, f"'{one.governor}' vs '{other.governor}'")
    if where is Relation.SAME_DOCUMENT and one.actions and other.actions:
        first_main = set(one.actions) - {one.restricted}
        second_main = set(other.actions) - {other.restricted}
        if first_main and second_main and not first_main & second_main:
            return Reason("action", -1, f"{', '.join(sorted(first_main))} vs {', '.join(sorted(second_main))}")
    return _generic_apart(first, second)


# "nurses: 62% yes", "2. Online: £56 million", "Turnout: 71%": the label a list item or a line of a
# fact box gives its figures
_LIST_LABEL = LazyPattern(r"^\s*(?:(?:[-*•+]|\d{1,2}[.)])\s+)?(?P<label>[^:\d\n]{1,40}?):\s")


def list_labels_differ(first: Claim, second: Claim) -> bool:
    """Two items labelled apart, by the last word of each label: "nurses: 62% yes" and "porters:
    48% yes" are two groups; "Cost: £4.2m" and "Total cost: £42m" are one thing. So are two rows
    of pipe tables that differ in another cell (`table_rows_differ`)."""
    one, other = _label_words(first.sentence), _label_words(second.sentence)
    if one is not None and other is not None:
        if one[-1:] != other[-1:]:
            return True
        # "Day ticket" and "Three-day ticket" narrow one noun two ways; "Total cost" only sums it
        mine, theirs = set(one[:-1]) - _SUMMING_LABELS, set(other[:-1]) - _SUMMING_LABELS
        if mine and theirs and mine != theirs:
            return True
    return table_rows_differ(first, second)


# Words of a label that only sum what its noun names: "Total cost", "Overall turnout"
_SUMMING_LABELS = frozenset("total overall combined grand all".split())


def table_rows_differ(first: Claim, second: Claim) -> bool:
    """Two figures in rows of pipe tables whose other cells differ: each row is its own record, so
    "| one number repeated | 1,000 | 0.25 s |" and "| one number repeated | 250 | 0.29 s |" time two
    inputs. Rows alike but for the two figures ("| North | Labour | 41 |" in one table, "... | 44 |"
    in another) say one thing twice."""
    one, other = _row_cells(first.sentence), _row_cells(second.sentence)
    if not one or not other or len(one) != len(other):
        return False
    skip = {_column(first, first.sentence), _column(second, second.sentence)}
    return any(index not in skip and cell != other[index] for index, cell in enumerate(one))


@lru_cache(maxsize=4096)
def _row_cells(sentence: str) -> tuple[str, ...]:
    """A pipe table row's cells, stripped; () for any other sentence (asked per pair)."""
    cells = row_cells(sentence) if "|" in sentence else None
    return tuple(cell.strip() for cell in cells) if cells else ()


# Row labels that give the whole of what a column counts, as the text may state it
_WHOLE_ROWS = frozenset({"total", "totals", "overall", "all", "combined"})


def row_label_unsaid(cell: Claim, other: Claim) -> bool:
    """A figure in a table row named by its label ("| Adult | 1,030 |" under "| Membership | Members |",
    "| Oct 2024 - Mar 2025 | 900 |") is that row's part of what its column counts; a figure outside
    the table that counts the same thing and whose sentence does not name the row is not that part
    ("The makerspace has 1,300 members"). A total row is the whole."""
    if "|" not in cell.sentence or row_cells(other.sentence) is not None:
        return False
    cells = _row_cells(cell.sentence)
    label = cells[0].casefold() if cells else ""
    if not label or label in _WHOLE_ROWS:
        return False
    found = evidence(cell)
    # the column counts what the other figure counts ("Members"); a column of an attribute ("Change",
    # "This year") is read of each row's own thing, which its label names ("Pre-tax profit")
    counts_the_same = found.head is not None and found.head == evidence(other).head
    named = any(name.endswith(label) for name in found.names)
    said = other.sentence.casefold()
    # "The charity handed out 3,300 coats" names the row of "| Warmth | 3,030 |" under "| Charity | ...":
    # the text's thing is of the kind the label column lists
    kind_said = found.row_kind is not None and re.search(rf"\b{re.escape(found.row_kind)}\b", said) is not None
    return counts_the_same and named and label not in said and not kind_said


def _column(claim: Claim, sentence: str) -> int:
    """The cell of its row a figure stands in (a row's sentence may start after its first pipe)."""
    before = sentence[: claim.start - claim.sentence_start]
    return before.lstrip().removeprefix("|").count("|")


@lru_cache(maxsize=4096)
def _label_words(sentence: str) -> tuple[str, ...] | None:
    """The words of a sentence's label, lower-cased, if it opens with one (asked per pair)."""
    found = _LIST_LABEL.match(sentence)
    return None if found is None else tuple(found.group("label").casefold().split())


def _generic_apart(first: Claim, second: Claim) -> Reason | None:
    """ "people" alone names no quantity: who they are is in the verb, so the verbs must agree."""
    one, other = evidence(first), evidence(second)
    generic = bool({one.head or first.subject, other.head or second.subject} & GENERIC_SUBJECTS)
    if generic and not _verbs(one) & _verbs(other):
        return Reason("action", -1, "a generic noun with no action in common")
    return None


# "80 of its 1,200 beds", "1,200 of the region's 9,000 beds": a part, and the whole it is part of
_WHOLE_AFTER = LazyPattern(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our)\s+(?:[\w-]+(?:['’]s|s['’])\s+)?)?"
    r"(?P<whole>\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*%)"
)


def is_part_and_whole(first: Claim, second: Claim) -> bool:
    """Whether one figure is said as a part of a whole ("80 of its 1,200 beds") the other's value is."""
    return second.value == whole_stated(first) or first.value == whole_stated(second)


def whole_stated(claim: Claim) -> float | None:
    """The figure of the whole a part is said to be of, as written right after it, or None."""
    return _whole_after(claim.sentence, claim.end - claim.sentence_start)


@lru_cache(maxsize=4096)
def _whole_after(sentence: str, end: int) -> float | None:
    """`whole_stated`, cached: `told_apart` asks it of both figures of every pair it scores."""
    found = _WHOLE_AFTER.match(sentence, end)
    return None if found is None else float(found["whole"].replace(",", ""))


# A year in a figure's own phrase, right after it: "the 1.41 million recorded in 2019"
_OWN_YEAR_AFTER = LazyPattern(r"[^,;:.()]{0,30}?\b(?:in|of|from|during|since)\s+(?P<year>(?:19|20)\d\d)\b")


# Days that date the telling, not the figure: "110,000 students enrolled in 1925, according to
# figures released on Monday" is the figure the document states with no day. Not "this year", which
# is as often the period a flow is counted over ("cut 40 jobs this year")
_TELLING_TIMES = frozenset({"today", "now", "yesterday", *(day.lower() for day in WEEKDAYS)})


def _dated(times: Sequence[str]) -> tuple[str, ...]:
    return tuple(time for time in times if time not in _TELLING_TIMES)


def _silent_or_shared(one: Evidence, other: Evidence) -> bool:
    """Times and names that one side leaves out or both share."""
    return all(
        not mine or not theirs or bool(set(mine) & set(theirs))
        for mine, theirs in ((one.times, other.times), (one.names, other.names))
    )


def _leaves_out(first: Claim, second: Claim, one: Evidence, other: Evidence) -> bool:
    """Whether one of two mentions of a change or a deal's price in one document may leave out the
    time and names the other says: "have tripled since 2024", then "four times as many meals";
    "Caskmore buys Fennick's for £62m", then "The price (£52m)". Not a hedged figure ("more than
    twice" under a headline's "doubles" is the body's looser word), and not a sum in a table's row,
    which is its own record ("Q3 £410 million", "Full year £1.58 billion"), nor one said with where
    it comes from or goes ("The purchase (£5m from reserves)", "The £1bn lent to farmers")."""
    key = comparison_key(first)
    if key not in ("change", "money") or first.qualifier or second.qualifier:
        return False
    if key == "money" and (one.head != _PRICE or other.head != _PRICE):
        return False  # revenue or costs of a period or a part, told by words of time it leaves unread
    if key == "money" and any(row_cells(claim.sentence) is not None or _SOURCED.match(claim.sentence, claim.end -
                              claim.sentence_start) for claim in (first, second)):  # fmt: skip
        return False
    return _silent_or_shared(one, other)


_PRICE = "price"


# A sum said with where it comes from or goes: "(£5m from reserves)", "The £1bn lent to farmers"
_SOURCED = LazyPattern(r"\s*(?:[a-z]+(?:ed|t)\s+)?(?:from|of|towards|to)\s+(?!it\b|be\b|complete\b)[a-z]",
                       re.IGNORECASE)  # fmt: skip


def _refers_back(first: Claim, second: Claim, where: Relation) -> Evidence | None:
    """The evidence of the later of two claims of one document when it is a definite phrase that
    refers back to the earlier ("Its £40 million pledge"), else None."""
    if where is not Relation.SAME_DOCUMENT:
        return None
    later = first if first.start > second.start else second
    found = evidence(later)
    return found if found.definite else None


# Where a sentence's predicate begins: a finite auxiliary or modal after the figure's noun phrase
_PREDICATE = LazyPattern(r"\b(?:will|would|shall|can|could|may|might|must|should|is|are|was|were|has|have|had)\b")


def subject_end(claim: Claim) -> int | None:
    """Where the predicate after a definite mention begins in its sentence ("The 74 buses| will be
    charged"), or None when the mention is not definite or no auxiliary follows it: what comes
    before it is the phrase that refers back, what comes after is what happens next."""
    if not evidence(claim).definite:
        return None
    predicate = _PREDICATE.search(claim.sentence, claim.end - claim.sentence_start)
    return None if predicate is None else predicate.start()


def _narrows(referring: Claim, earlier: Evidence) -> bool:
    """Whether a definite phrase adds a name, place or time the earlier sentence does not say, after
    its figure and before its predicate: "The 120 volunteers from Leeds will run the stalls" is a
    part of "300 volunteers"; "The 27,000 spectators were kept dry at Ridley Park" says where, not
    which, and "Ministers, sent the results on Monday, were told that ..." when they were told."""
    end = subject_end(referring)
    if end is None:
        return False
    phrase = referring.sentence[referring.start - referring.sentence_start : end].casefold()
    found = evidence(referring)
    if qualifier_unsaid(referring, earlier):
        return True
    return any(
        item in phrase and not _mentions(earlier, item) and item not in earlier.times
        for item in (*found.names, *found.places, *found.times)
    )


# After a definite phrase's noun, before its predicate: a phrase or a clause that says which of
# them it means ("The 12 benches| by the lake| will be replaced", "The 40 staff| who work nights|
# get a rise"); one set off by commas only describes them ("The 74 buses, bought in May, will")
_QUALIFIER = LazyPattern(
    r"^[^,;:()\"“”]*?\b(?:by|in|on|at|near|along|beside|outside|inside|within|from|for|with|without|under|"
    r"over|who|that|whose|where)\s+(?P<words>[^,;:()\"“”]+)$",
    re.IGNORECASE,
)
_QUALIFIER_FILLER = frozenset("the a an its their his her our this that these those all each of and or".split())


# Right after a figure's noun, a bound on what is counted: "The 150 members under 18", "the 40
# staff over 60", "The 300 homes within 2 miles"; a predicate seldom opens that way
_BOUND_AFTER = LazyPattern(
    r"\s+(?:[a-z-]+\s+){1,2}?(?P<bound>(?:aged\s+)?(?:under|over|above|below|within|aged)\s+"
    r"(?:the\s+age\s+of\s+)?\d[\d,.]*)"
)


def bound_unsaid(referring: Claim, earlier_sentence: str) -> bool:
    """Whether a definite phrase narrows its noun by a bound the earlier figure's sentence does not
    give: "The 150 members under 18 pay half the fee" are some of "2,000 members"; after "2,000
    members under 18", the same ones. Read whether or not a predicate can be found after it."""
    found = _BOUND_AFTER.match(referring.sentence, referring.end - referring.sentence_start)
    if found is None:
        return False
    return " ".join(found.group("bound").split()).casefold() not in " ".join(earlier_sentence.split()).casefold()


def qualifier_unsaid(referring: Claim, earlier: Evidence) -> bool:
    """Whether a definite phrase narrows its noun with words the earlier figure's sentence does not
    say: "The 12 benches by the lake will be replaced" names some of "90 benches", not all of them;
    after "12 benches stand by the lake", it names those again."""
    end = subject_end(referring)
    if end is None:
        return False
    found = _QUALIFIER.match(referring.sentence[referring.end - referring.sentence_start : end])
    if found is None:
        return False
    words = [word.casefold() for word in re.findall(r"[A-Za-z]+|\d+", found.group("words"))]
    return any(
        word not in _QUALIFIER_FILLER and word not in earlier.words and lemma(word).casefold() not in earlier.words
        for word in words
    )


def participle_adds(claim: Claim, verb: str, wide: Evidence) -> bool:
    """Whether a participle phrase says more than its verb, which the other sentence does not say:
    "The 2,000 tickets sold online went in an hour" names some of "sold 8,000 tickets", where
    "The 12 flats sold last month have been let" may be all of "sold 12 flats last month"."""
    words = participle_words(claim.sentence, claim.end - claim.sentence_start, verb, load_vocabulary())
    return bool(words) and any(word not in wide.words for word in words or ())


def _says_verb(found: Evidence, verb: str) -> bool:
    """Whether a sentence says a verb: as an action, as the verb over its figure, or anywhere in its
    words ("taking part")."""
    return verb in found.actions or verb == found.governor or verb.split()[0] in found.words


def _verbs(found: Evidence) -> set[str]:
    return {*found.actions, *([found.governor] if found.governor else [])}


def _named_in(place: str, words: frozenset[str]) -> bool:
    """Whether a document's content lemmas name a place: "wales" is there as "wale"."""
    return all(word in words or lemma(word).casefold() in words for word in place.split())


def _mentions(found: Evidence, place: str) -> bool:
    """Whether a sentence's evidence names a place: as a place, a name, or its words."""
    return place in found.places or place in found.names or all(word in found.words for word in place.split())


def match(
    first: Claim, second: Claim, where: Relation | None = None, *, documents: DocumentWords | None = None
) -> Match:
    """How well two claims' evidence agrees: the hard discriminators first, then a score.

    Symmetric in its two claims. A shared head with modifiers that do not conflict links; so does
    a near-identical sentence in another document whatever the subject was read as. `documents`:
    see `told_apart`. The reasons are left out: `explained` gives them, for a pair that is reported."""
    return _weighed(first, second, where, documents, explaining=False)


def explained(
    first: Claim, second: Claim, where: Relation | None = None, *, documents: DocumentWords | None = None
) -> Match:
    """`match` with the reasons behind its score, for the findings that show them: most pairs are
    compared and never reported, and writing out every reason cost as much as the score."""
    return _weighed(first, second, where, documents, explaining=True)


def _weighed(
    first: Claim, second: Claim, where: Relation | None, documents: DocumentWords | None, *, explaining: bool
) -> Match:
    where = relation(first, second) if where is None else where
    apart = told_apart(first, second, where, documents=documents)
    one, other = evidence(first), evidence(second)
    reasons: list[Reason] = []
    score = 0.0
    first_head, second_head = head_of(first), head_of(second)
    same_head = (bool(first_head) and first_head == second_head) or one_priced(first, second)
    referring = _refers_back(first, second, where)
    drops = referring is not None and _drops_modifiers(referring, other if referring is one else one)
    if same_head and where is Relation.SAME_DOCUMENT and one.modifiers != other.modifiers and not drops:
        # one text names its quantities as it goes: "the 19-mile cycle path" is not "the path is 3
        # metres wide"; the fallback from a modified noun to its head is for paraphrase elsewhere
        same_head = False
        if explaining:
            reasons.append(Reason("modifiers", -1, "another modifier in the same document"))
    if same_head:
        score += 2
        if explaining:
            reasons.append(Reason("head", 1, f"'{first_head}'"))
        shared = set(one.modifiers) & set(other.modifiers)
        # "diesel car sales" and "electric car sales": each side narrows the head its own way
        if set(one.modifiers) - shared and set(other.modifiers) - shared:
            if explaining:
                reasons.append(Reason("modifiers", -1, f"{' '.join(one.modifiers)} vs {' '.join(other.modifiers)}"))
            score -= 2
        elif shared:
            if explaining:
                reasons.append(Reason("modifiers", 1, " ".join(sorted(shared))))
            score += 0.5
    elif explaining and first_head and second_head:
        reasons.append(Reason("head", -1, f"'{first_head}' vs '{second_head}'"))
    if one.governor and one.governor == other.governor:
        score += 0.5
        if explaining:
            reasons.append(Reason("governor", 1, f"'{one.governor}'"))
    overlap = _overlap(one.words, other.words)
    if one.frame and one.frame == other.frame:
        if explaining:
            reasons.append(Reason("frame", 1, f"'{one.frame}'"))
        heads_differ = bool(first_head and second_head and not same_head)
        if where is Relation.OTHER_DOCUMENT and overlap >= _SAME_SENTENCE_OVERLAP and not (same_head or heads_differ):
            score += 2  # the same sentence with one figure changed, where one side's subject went unread
    if overlap:
        if explaining:
            reasons.append(Reason("sentence", round(overlap, 3), f"{overlap:.0%} of content words shared"))
        score += overlap
    return Match(score, tuple(reasons), apart)


def head_of(claim: Claim) -> str | None:
    """What a claim counts, as linking compares it: its evidence's head, else its subject. A letter
    ("287 s", a table's "n" column) names nothing to count."""
    head = evidence(claim).head or claim.subject
    return head if head is not None and len(head) > 1 else None


# Nouns that name a sum as what something costs: "the refit's £28m bill" is the refit's price
_PRICE_HEADS = frozenset("price cost bill fee charge tag value".split())


def priced_thing(claim: Claim) -> str | None:
    """What a sum is the price of, where a possessor names it: "park" in "the park's £2.65 million
    cost", "refit" in "The refit's £28m bill"; "the £265,000 skate park" names it by its head."""
    if claim.kind is not ClaimKind.MONEY:
        return None
    found = evidence(claim)
    if found.head not in _PRICE_HEADS or not found.actor:
        return None
    before = claim.sentence[: claim.start - claim.sentence_start].lower()
    owner = before.rfind(found.actor)
    return found.actor if owner >= 0 and _POSSESSIVE_AFTER.match(before, owner + len(found.actor)) else None


_POSSESSIVE_AFTER = LazyPattern(r"[a-z]*['’]s?\s")


def one_priced(first: Claim, second: Claim) -> bool:
    """One sum is the price of what the other's head names: "the park's £2.65 million cost" and
    "the council's £265,000 skate park"."""
    first_thing, second_thing = priced_thing(first), priced_thing(second)
    return bool(first_thing and first_thing == head_of(second)) or bool(second_thing and second_thing == head_of(first))


def heads_differ(first_head: str | None, second_head: str | None) -> bool:
    """Two heads, and not the same: such a pair never links, whatever else agrees. Without a shared
    head `_weighed` gives at most the governor (0.5) and the sentence's overlap (1.0), and no bonus
    for a shared frame when both heads are read, under LINK_THRESHOLD (2.0). So linking skips
    scoring it: a sixth of the pairs a block's index yields."""
    return bool(first_head) and bool(second_head) and first_head != second_head


# What linking records for a pair of different heads instead of scoring it (see `heads_differ`):
# no score, so never linked
_NEVER_LINKED = Match(0.0, ())


def _drops_modifiers(referring: Evidence, earlier: Evidence) -> bool:
    """ "the €2.4 million contract" refers back to "a €2.4 billion dredging contract": a reference
    may leave modifiers out, never add its own ("the £900,000 December takings")."""
    return set(referring.modifiers) <= set(earlier.modifiers)


def _overlap(first: Sequence[str], second: Sequence[str]) -> float:
    """Shared words over all words of two sorted word lists (Evidence.words is sorted)."""
    if not first or not second:
        return 0.0
    if first is second:
        return 1.0  # the same sentence: its words are one cached tuple
    shared = len(_word_set(first).intersection(second))
    return shared / (len(first) + len(second) - shared)


@lru_cache(maxsize=4096)
def _word_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words)


# The start or the end of a period, around a figure: "at the end of 2027", "began the year with",
# "the opening balance", "by the close of the season"
_PERIOD_EDGE = LazyPattern(
    r"\b(?:(?P<start>start|beginning|outset|began|begun|begins|started|starts|opening)|"
    r"(?P<end>end|close|ended|ends|finished|closing))\s+(?:of\s+|the\s+)?(?:the\s+)?"
    r"(?:(?:19|20)\d\d|year|month|quarter|season|term|decade|financial\s+year|half|week|day|period|balance)\b",
    re.IGNORECASE,
)


def period_edge(claim: Claim) -> str | None:
    """ "start" or "end" when the words around a figure place it at one edge of a period, else None."""
    at = claim.start - claim.sentence_start
    return _period_edge(claim.sentence[max(0, at - 60) : claim.end - claim.sentence_start + 60])


@lru_cache(maxsize=4096)
def _period_edge(window: str) -> str | None:
    """`period_edge`, cached: linking asks it of both claims of every pair it scores this far."""
    edges = {"start" if found.group("start") else "end" for found in _PERIOD_EDGE.finditer(window)}
    return edges.pop() if len(edges) == 1 else None


def _share(first: Sequence[str], second: Sequence[str]) -> bool:
    return any(item in second for item in first)


def distinguishable(first: Claim, second: Claim) -> bool:
    """True when nothing links the two claims: another time, place, actor, action or mood, or
    nothing in common about what they count."""
    return not match(first, second).linked


# Where a claim stands; the rest of it is what it says.
_PLACE_FIELDS = frozenset({"path", "line", "column", "end_line", "end_column", "start", "end", "sentence_start"})
# The evidence is left out too: it follows from the sentence, the offsets and the reading, and
# hashing it for every claim cost a tenth of a block's time.
_STATEMENT_FIELDS = tuple(f.name for f in fields(Claim) if f.name not in _PLACE_FIELDS | {"evidence"})
_statement_fields = attrgetter(*_STATEMENT_FIELDS)  # one call for all of them: asked of every claim of a block


def statement(claim: Claim) -> tuple[object, ...]:
    """What a claim says, apart from where: a syndicated story or a repeated boilerplate line makes
    the same statement in many places. Linking and every pair check read only this and the
    claims' relation (another document, the same one, the same sentence), so they can be worked
    out once per pair of statements."""
    offsets = (claim.start - claim.sentence_start, claim.end - claim.sentence_start)
    return (*_statement_fields(claim), offsets)


def statement_numbers(members: Sequence[Claim]) -> list[int]:
    """For each claim, the number of its statement: equal numbers, the same statement."""
    numbers: dict[tuple[object, ...], int] = {}
    return [numbers.setdefault(statement(claim), len(numbers)) for claim in members]


def blocks(claims: Sequence[Claim]) -> Iterator[tuple[str, str, list[Claim]]]:
    """(key, label, claims) for every group of comparable claims, in a stable order.

    A group is every claim of one comparison key joined through shared block keys (a head, or the
    words either side of the figure), so two claims that could link are always in one group. The
    label is the group's most common subject. Blocking is what keeps the cost close to linear."""
    keyed = [(index, key) for index, claim in enumerate(claims) if (key := comparison_key(claim)) is not None]
    groups: dict[int, list[int]] = {}
    for (index, _), group in zip(keyed, group_numbers([(key, block_keys(claims[i])) for i, key in keyed]),
                                 strict=True):  # fmt: skip
        groups.setdefault(group, []).append(index)
    found = []
    for members in groups.values():
        key = comparison_key(claims[members[0]])
        assert key is not None
        found.append((key, _label([claims[i] for i in members]), members[0], members))
    found.sort(key=lambda group: group[:3])
    for key, label, _, members in found:
        yield key, label, [claims[index] for index in members]


def group_numbers(keyed: Sequence[tuple[str, Sequence[str]]]) -> list[int]:
    """For each (comparison key, block keys) row, the number of its block: rows of one comparison
    key that share a block key, directly or through others, share a number. Needs only the keys,
    so the Dask engine works the blocks out from them without moving claims."""
    parent = list(range(len(keyed)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    owner: dict[tuple[str, str], int] = {}
    for index, (key, found) in enumerate(keyed):
        for block_key in found:
            other = owner.setdefault((key, block_key), index)
            if other != index:
                parent[root(index)] = root(other)
    return [root(index) for index in range(len(keyed))]


def _label(members: Sequence[Claim]) -> str:
    """The block's most common subject (the first in order among equals), for tables and messages."""
    heads = Counter(head for claim in members if (head := claim.subject or evidence(claim).head))
    if not heads:
        return evidence(members[0]).frame or "-"
    best = max(heads.values())
    return min(head for head, count in heads.items() if count == best)


def link_block(members: Sequence[Claim]) -> Iterator[Link]:
    """Pairs about the same quantity: within one block, every candidate pair that `match` links.

    Candidates share a block key. Under a head, two claims that both name places or actors and
    share none, or both name times and share none, are told apart; so an index on names and
    times yields the only candidates there, and each is tested as before. Pairs come out in the
    same order as from testing every pair, but the work grows with the links, not with the square
    of the block, and each pair of statements is tested once (see `statement`). A FROM endpoint
    links only with FROM endpoints."""
    for i, j, found in linked_pairs(members, statement_numbers(members)):
        yield Link(members[i], members[j], found)


# Memory bound: each claim keeps at most this many links to the claims after it, the best first
# (highest score, then nearest figure, so a claim stating the same figure is never crowded out).
# A block of n claims then holds at most LINKS_PER_CLAIM * n links, and the caches below hold
# only pairs of statements that repeat, so linking a block takes memory linear in its size.
LINKS_PER_CLAIM = 200
# Time bound: each claim walks its candidates after it nearest first (in claim order), at most
# CANDIDATES_PER_CLAIM of them, and compares at most STATEMENTS_PER_CLAIM distinct statements
# among them, stopping at the next new one (a copy of a statement already compared costs a
# lookup). Linking a block of n claims then takes at most n * STATEMENTS_PER_CLAIM comparisons,
# linear in n, where a document stating one subject hundreds of times ("40,000 40,000 ...", a
# table column, "The fleet has 41 ships." with every number) compared every pair. No claim of
# the benchmark corpora comes near: at most 14 candidates a claim on 1,000 generated stories,
# 720 (about 40 statements) where each sentence is printed 18 times over.
STATEMENTS_PER_CLAIM = 200
CANDIDATES_PER_CLAIM = 1000


def linked_pairs(members: Sequence[Claim], numbers: Sequence[int]) -> Iterator[tuple[int, int, Match]]:
    """`link_block`'s pairs as positions in `members`, first < second, with their match.

    Bounded memory and time: see LINKS_PER_CLAIM and STATEMENTS_PER_CLAIM. Pairs come out in
    order of (first, second)."""
    # each claim's keys, names and times, worked out once: the index and every candidate read them
    keys = [block_keys(claim) for claim in members]
    heads = [head_of(claim) for claim in members]
    names_of = [frozenset(evidence(claim).names) for claim in members]
    times_of = [frozenset(evidence(claim).times) for claim in members]
    repeats = Counter(numbers)
    matched: dict[tuple[int, int, Relation], Match] = {}
    is_from = [claim.role is Role.FROM for claim in members]
    by_key: dict[str, list[int]] = {}
    endpoints_by_key: dict[str, list[int]] = {}  # starting figures meet those that share a key
    for i in range(len(members)):
        for block_key in keys[i]:
            (endpoints_by_key if is_from[i] else by_key).setdefault(block_key, []).append(i)

    def index_of(keyed: dict[str, list[int]]) -> dict[str, _CandidateIndex]:
        return {
            block_key: _CandidateIndex.of([(i, names_of[i], times_of[i]) for i in positions])
            for block_key, positions in keyed.items()
        }

    indexes, endpoint_indexes = index_of(by_key), index_of(endpoints_by_key)
    for i, first in enumerate(members):
        index = endpoint_indexes if is_from[i] else indexes
        sources = [source for block_key in keys[i] for source in index[block_key].sources(names_of[i], times_of[i])]
        compared: dict[tuple[int, int, Relation], Match] = {}
        taken: Counter[tuple[int, int, Relation]] = Counter()
        links: list[tuple[int, Match]] = []
        for j in _candidates_after(sources, i, CANDIDATES_PER_CLAIM):
            second = members[j]
            key = (numbers[i], numbers[j], relation(first, second))
            said = compared.get(key)
            if said is None:
                if len(compared) == STATEMENTS_PER_CLAIM:
                    break
                said = matched.get(key)
                if said is None:
                    apart = heads_differ(heads[i], heads[j]) and not one_priced(first, second)
                    said = _NEVER_LINKED if apart else match(first, second, key[2])
                    if repeats[numbers[i]] > 1 or repeats[numbers[j]] > 1:
                        matched[key] = said  # only a repeated statement is ever looked up again
                compared[key] = said
            if said.linked and taken[key] < LINKS_PER_CLAIM:
                # the copies of one statement tie on score and figure, so its first copies are kept
                # before any later one: a later one never makes the cut below
                taken[key] += 1
                links.append((j, said))
        if len(links) > LINKS_PER_CLAIM:
            best = heapq.nsmallest(
                LINKS_PER_CLAIM, links, key=lambda link: (-link[1].score, _value_gap(first, members[link[0]]), link[0])
            )
            links = sorted(best, key=lambda link: link[0])
        for j, said in links:
            yield i, j, said


def _candidates_after(sources: Sequence[list[int]], after: int, limit: int) -> Iterable[int]:
    """The first `limit` of `_ascending_after`. When the lists hold no more than that many positions
    above `after` between them (nearly always), they are gathered and sorted at once, where a merge
    takes them one at a time through generators."""
    firsts = [bisect.bisect_right(source, after) for source in sources]
    if sum(len(source) for source in sources) - sum(firsts) > limit:
        return islice(_ascending_after(sources, after), limit)
    if len(sources) == 1:
        return sources[0][firsts[0] :]
    return sorted({position for source, first in zip(sources, firsts, strict=True) for position in source[first:]})


def _ascending_after(sources: Sequence[list[int]], after: int) -> Iterator[int]:
    """Every position above `after` in any of the ascending lists, once each, in ascending order,
    without copying the lists: a claim's candidates, nearest first."""
    tails = [map(source.__getitem__, range(bisect.bisect_right(source, after), len(source))) for source in sources]
    if len(tails) == 1:
        yield from tails[0]  # one list holds each claim once: nothing to merge
        return
    previous = after
    for position in heapq.merge(*tails):
        if position != previous:
            yield position
            previous = position


def _value_gap(first: Claim, second: Claim) -> float:
    a = first.base_value if first.base_value is not None else first.value
    b = second.base_value if second.base_value is not None else second.value
    if a == b:
        return 0.0
    if a <= 0 or b <= 0:
        return math.inf
    return abs(math.log(a / b))


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

    def sources(self, names: frozenset[str], times: frozenset[str]) -> list[list[int]]:
        """Ascending lists whose union is every claim that shares a name with `names` or gives
        none, and a time with `times` or gives none."""
        if names and times:
            return [
                self.bare,
                *(found for name in names for time in times if (found := self.by_name_and_time.get((name, time)))),
                *(found for name in names if (found := self.by_name_alone.get(name))),
                *(found for time in times if (found := self.by_time_alone.get(time))),
            ]
        if names:
            return [self.nameless, *(found for name in names if (found := self.by_name.get(name)))]
        if times:
            return [self.timeless, *(found for time in times if (found := self.by_time.get(time)))]
        return [self.everyone]


def link(claims: Sequence[Claim]) -> Iterator[Link]:
    for _, _, members in blocks(claims):
        yield from link_block(members)
