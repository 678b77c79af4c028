"""Sums said over more than one clause: a total named by its parts, the rest of a whole, a margin,
a rate kept up over a period.

A breakdown is not always one list after its total. The total may come after the parts, said to be
their sum ("140 from India, 95 from the Philippines and 65 from Kenya (300 in all)", "make up a
force of 860", "Together they raised £86,400"); or the last part may be said to be the rest of a
whole stated a sentence before ("The archive cost £6.4 million. The council paid £3.9 million of it
(the rest, £2.5 million, ...)"; "62% said they would leave. The other 38% ..."); parts said to be
"of" that whole ("Of them, 140 came from India ...") may be only some of it, and are a finding only
when they come to more than it. Only these words
make parts a whole: figures that merely stand near a total, or parts introduced by "including",
are some of it, and say nothing about the sum.

Each reading here is one `Sum`: the total (or 100% for shares), the parts, and whether the parts
claim to cover the total (the rest of a whole always does; a total said after its parts too).

A margin is a difference said of two figures: "beat its target by £16,400", "a majority of 2,274",
"£6,400 more than the £80,000 target". It is read only where its paragraph, up to it, and its own
sentence give exactly two other figures of its quantity: then the margin is theirs (`Margin`).

A rate kept up over a period makes a total: "1.8 metres a year over the past 25 years" and "lose 54
metres in 25 years" (`Accrual`). The total must be said over a period ("in 25 years", "over the
next ten years"), and the rate tied to that period: its own sentence gives the same period, the
total's sentence says "at that rate", or the rate is "the average" beside the total's sentence.

Two shares of one whole in its two states ("62% passed", "a quarter failed"; "on time", "late")
make 100% (`Complement`), read in two sentences where nothing sets them apart.

The share of one whole in one state, said in two sentences ("Of the 400 learners, 248 passed",
"Three in four passed"; "1,872 of its 3,120 members voted", "a turnout of 48%"), is one share, or
makes 100% with the share of the other state (`SharesOfOneState`), unless a time, place, name, thing
counted, opening scope ("In Year 8, ..."), object ("the theory test") or narrowing word ("with
distinction", "after a resit") sets them apart.

A count of equal parts makes a total: "1,200 raffle tickets at £5 each, raising £7,000" (`Product`),
read in one sentence where the amount is said to be each one's ("each", "a ticket") and the total
is said to be what they came to ("raising", "at a cost of", "in all"), with no other amount beside."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from numcheck.calendar_words import WEEKDAYS
from numcheck.frames import SUM_WORDS, is_headline, is_margin
from numcheck.model import Claim, ClaimKind, Interval
from numcheck.remembered import ClaimMemory, per_document
from numcheck.scanning import LazyPattern
from numcheck.shares import Share, ShareForm, count_interval, opener_before, percent_interval, read_mentions
from numcheck.slips import PLAIN_PEOPLE, names_people, value_slip
from numcheck.stated_changes import words_between
from numcheck.subjects import YEAR_DIGITS, lemma
from numcheck.support import clause_around, opposite_states, states_in, states_named
from numcheck.vocabulary import load_vocabulary

_AMOUNTS = (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.MEASURE)
# Words right before a figure that say it is the rest of a whole: "the rest, £2.5 million",
# "the other 38%", "and the remaining 420"; not "Of the rest, 62%", a share of the rest
_REST_BEFORE = LazyPattern(
    r"(?<![\w])(?<![Oo]f\s)(?:the\s+(?:rest|remainder|remaining|other)|(?:everyone|everybody|everything)\s+else)\s*[,:(]?\s*$",
    re.IGNORECASE,
)
# Words in the rest's sentence that point back at a whole stated before: "of it", "Of that,"
_BACK_TO_WHOLE = LazyPattern(r"(?<![\w])of\s+(?:it|that|this|them|those|these)(?![\w])", re.IGNORECASE)
# Words around a figure that say it is the sum of the figures before it
_SUM_AFTER = LazyPattern(rf"^\s*(?:{SUM_WORDS}|total(?!\s+of))(?![\w])", re.IGNORECASE)  # "The appeal's £1.7m total"
_SUM_BEFORE = LazyPattern(
    r"(?<![\w])(?:(?:a|the|[\w-]+['’]s?)\s+total\s+of|in\s+all[,:]?|in\s+total[,:]?|altogether,?|totall?ing|"
    r"adding\s+up\s+to|"
    # "all 36 will be open", "sleeps 36", "Its capacity, 36 climbers", "room for 36": the whole of its parts
    r"(?<![Oo]f\s)all\s+(?:the\s+)?|(?:sleeps|sleeping|seats|seating|accommodates|capacity\s*(?:,|of|is|:)?|"
    r"room\s+for)\s+(?:up\s+to\s+)?|"
    # "a combined field of 5,850", "the combined field (5,850", "which totals 5,850", "taking the field to 5,850"
    r"(?:a|the|their|its)\s+combined\s+(?:[\w'’-]+\s+){0,2}?(?:of\s+|\(\s*)|(?:which|that)\s+totall?(?:s|ed)\s+|"
    r"taking\s+(?:the|its|their)\s+(?:field|total|tally|number|count)\s+to\s+|(?<![\w])the\s+(?:grand\s+)?total\s*[,(]\s*|"
    # "Altogether the abbey has £1.7m", "The total raised now stands at £1.7m", "Total: £1.7m"
    r"^\W*(?:altogether|in\s+all|in\s+total|all\s+told),?\s+(?:[\w'’-]+\s+){0,6}?|"
    r"(?<![\w])(?:the|its|their)\s+total\s+(?!number\b)(?:[\w'’-]+\s+){0,5}?(?:stands|stood|is|was|reached|came\s+to|comes\s+to)"
    r"(?:\s+at)?\s+|^\W*total\s*:?\s*|"
    # "That is 4,320 holes", "That makes £86,400": a sentence that opens on the sum of the one before
    r"^\W*(?:that|this)\s+(?:is|was|makes|made)\s+(?:a\s+total\s+of\s+)?|"
    r"(?:make|makes|made|making)\s+up\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?of(?:\s+(?:the|its|their))?|"
    r"together(?:\s+(?:they|these|those|the\s+two|the\s+three|both))?\s+(?:\w+\s+)?)\s*$",
    re.IGNORECASE,
)
# A sentence that opens by joining the figures of the one before: "Together they raised ..."
_JOINS_BEFORE = LazyPattern(r"^\s*(?:together|between\s+them|(?:the\s+|their\s+)?combined)(?![\w])", re.IGNORECASE)
# Parts a sentence names as some of a whole, never all of it
_SOME_OF = LazyPattern(
    r"(?<![\w])(?:including|included|include|includes|among\s+them|such\s+as|for\s+example|e\.g\.|of\s+whom|"
    r"of\s+which|another|also)(?![\w])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sum:
    """Parts said to make a whole: the whole is a figure, or 100% for shares (`total` None)."""

    total: Claim | None
    parts: tuple[Claim, ...]
    rest: Claim | None  # the part said to be the rest of the whole, if one is
    covers: bool = True  # the parts are said to make the whole, not only to be of it


# How far either side of a figure the words that say what it is to its neighbours are read: far
# enough for a clause, and no further, so that a sentence of a thousand figures is not read a
# thousand times over (benchmarks/hostile.py)
_NEAR = 160


def _before(claim: Claim) -> str:
    at = claim.start - claim.sentence_start
    return claim.sentence[max(0, at - _NEAR) : at]


def _after(claim: Claim) -> str:
    at = claim.end - claim.sentence_start
    return claim.sentence[at : at + _NEAR]


def _plain(claim: Claim) -> bool:
    """A figure that states an amount: no change, no range, no role in another figure."""
    return claim.direction is None and claim.role is None and claim.from_value is None and claim.low == claim.high


def _stated(claim: Claim) -> bool:
    """A figure stated, perhaps hedged: no change, no role in another figure, no range of its own."""
    return claim.direction is None and claim.role is None and claim.from_value is None


def _same_quantity(one: Claim, other: Claim) -> bool:
    """Of one kind, unit and period: amounts that may add."""
    return (one.kind, one.unit, one.dimension, one.per) == (other.kind, other.unit, other.dimension, other.per)


def _same_amount(one: Claim, other: Claim) -> bool:
    """Of one quantity, and for counts of one thing when both name it."""
    heads = (one.evidence.head if one.evidence else None), (other.evidence.head if other.evidence else None)
    return _same_quantity(one, other) and (one.kind is not ClaimKind.COUNT or None in heads or heads[0] == heads[1])


def _counts_the_parts(total: Claim, parts: Sequence[Claim]) -> bool:
    """A sum said a sentence after its parts counts what the first of them counts, or its kind, or
    names no thing: "2,910 entrants ..." then "the combined field (5,850)" or "The total, 5,850";
    not "season-ticket holders rose to 16,800" then "In all, 445,550 people watched"."""
    head = total.evidence.head if total.evidence else None
    if total.kind is not ClaimKind.COUNT or head is None or head in _NO_THING:
        return True
    first = parts[0].evidence.head if parts[0].evidence else None
    # "potholes", then "4,320 holes": the compound's last word is its thing
    return first is None or first.endswith(head) or head in load_vocabulary().kinds.get(first, frozenset())


_NO_THING = frozenset("which that it they them those these total sum".split())


def _is_share(claim: Claim) -> bool:
    return claim.kind is ClaimKind.PERCENT and claim.unit == "percent" and claim.direction is None


@per_document  # read by eight analyses of a document's sums, shares and margins
def figure_sentences(claims: Sequence[Claim]) -> list[list[Claim]]:
    """The document's sentences that hold figures, in order, each with its figures in order."""
    grouped: dict[tuple[str, int], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: (c.path, c.start)):
        grouped.setdefault((claim.path, claim.sentence_start), []).append(claim)
    return list(grouped.values())


def _adjacent(previous: list[Claim], following: list[Claim]) -> bool:
    """The second sentence follows the first in the same paragraph, with nothing between them."""
    one, other = previous[0], following[0]
    gap = other.sentence_start - (one.sentence_start + len(one.sentence))
    # one space or one line break: a blank line (two) starts another paragraph
    return one.path == other.path and 0 <= gap <= 1 and "\n" not in one.sentence and "|" not in one.sentence


def _lines(sentence: list[Claim]) -> tuple[int, int]:
    """The first and last line a sentence of figures runs over."""
    first = sentence[0]
    top = first.line - first.sentence.count("\n", 0, first.start - first.sentence_start)
    return top, top + first.sentence.rstrip().count("\n")


_LIST_OR_ROW = LazyPattern(r"^\s*(?:[-*•|]|\d+[.)]\s)")


def _same_paragraph(previous: list[Claim], following: list[Claim]) -> bool:
    """The second sentence is in the first's paragraph, perhaps after sentences with no figure: on
    its last line or the next, with no list item or table row on either side."""
    one, other = previous[0], following[0]
    if one.path != other.path or any("|" in c.sentence or _LIST_OR_ROW.match(c.sentence) for c in (one, other)):
        return False
    return 0 <= _lines(following)[0] - _lines(previous)[1] <= 1


# How many sentences of figures back a paragraph is read for the whole a rest completes: far more
# than a report puts between them, and a bound on the work in a paragraph of thousands
_PARAGRAPH_REACH = 40


def _paragraph_before(sentences: Sequence[list[Claim]], index: int) -> list[list[Claim]]:
    """The sentences of figures before the one at `index` in its paragraph, in order."""
    found: list[list[Claim]] = []
    at = index
    while at > 0 and len(found) < _PARAGRAPH_REACH and _same_paragraph(sentences[at - 1], sentences[at]):
        found.append(sentences[at - 1])
        at -= 1
    return found[::-1]


@per_document  # read by percent-total and parts-total
def sums(claims: Sequence[Claim]) -> Iterator[Sum]:
    """Every whole the document says its parts make across a clause or a sentence's end."""
    sentences = figure_sentences(claims)
    for index, sentence in enumerate(sentences):
        previous = sentences[index - 1] if index and _adjacent(sentences[index - 1], sentence) else []

        def paragraph(index: int = index) -> list[list[Claim]]:
            return _paragraph_before(sentences, index)

        # shares that run on from a sentence further back: which of them the rest completes is unsaid
        earlier = index > 1 and bool(previous) and _adjacent(sentences[index - 2], previous)
        run_on = earlier and any(_is_share(c) and _plain(c) for c in sentences[index - 2])
        # (a list's last item sums the list above it, read whole: "- Total: 74 years")
        own_line = not index or _lines(sentences[index - 1])[1] != _lines(sentence)[0]
        lead_in = [] if own_line and _is_list_item(sentence) else _lead_in(sentences, index)
        for claim in sentence:
            if not _plain(claim) and not (_is_fraction_in_words(claim) and _stated(claim)):
                continue  # a bound in words may be a rest: "The rest, under a third of those asked"
            found = None if run_on else _rest_of_shares(claim, sentence, previous)
            found = found or _rest_of_one_share(claim, sentence, previous, paragraph)
            found = found or _rest_of_whole(claim, sentence, previous)
            found = found or _rest_of_labelled_lines(claim, sentence, paragraph)
            found = found or _total_after_parts(claim, sentence, lead_in, _list_above(sentences, index))
            if found is not None:
                yield found
        of_whole = (_parts_of_whole_before(sentence, previous) or _sources_of_whole_before(sentence, previous)
                    or _sources_listed(sentences, index) or _listed_parts_of_a_total(sentences, index))  # fmt: skip
        if of_whole is not None:
            yield of_whole


def _lead_in(sentences: Sequence[list[Claim]], index: int) -> list[Claim]:
    """The figures a sum said a sentence after its parts adds up: those of the sentence before it
    in its paragraph, or the run of sentences of one figure each ("Production jobs lost: 132.
    Drivers and office staff: 36. A total of 178 jobs gone"). Sentences of dates only are passed
    over, and so is the break after a headline ("... with 132 jobs lost at the kilns and 36 in
    haulage" over a first paragraph that opens on when and goes on "In all 178 people")."""
    found: list[Claim] = []
    following = sentences[index]
    for at in range(index - 1, -1, -1):
        sentence = sentences[at]
        if not (_adjacent(sentence, following) or (at == 0 and is_headline(sentence[0]))):
            break
        amounts = [claim for claim in sentence if claim.kind is not ClaimKind.DATE]
        if len(amounts) > 1 and found:
            break  # a sentence of several figures before a run of one each is not of the run
        found = sentence + found if amounts else found
        if len(amounts) > 1:
            break
        following = sentence
    return found


def _rest_of_shares(rest: Claim, sentence: list[Claim], previous: list[Claim]) -> Sum | None:
    """ "62% said they would leave. The other 38% ...": the shares before the rest, in its own
    sentence or else the one before, and the rest make 100%."""
    if not _is_share(rest) or not _REST_BEFORE.search(_before(rest)):
        return None
    # a hedged share counts as the interval it gives: "Some 74%" and "the other 36%" are over 100%
    shares = [c for c in sentence if c.start < rest.start and _is_share(c) and _stated(c)]
    if not shares and not [c for c in sentence if c.start < rest.start and c.kind is ClaimKind.PERCENT]:
        shares = [c for c in previous if _is_share(c) and _stated(c)]
    if not shares or sum(c.value for c in shares) >= 100:
        return None  # shares that already make a whole, or more, are of other wholes
    return Sum(None, (*shares, rest), rest)


def _rest_of_one_share(
    rest: Claim, sentence: list[Claim], previous: list[Claim], paragraph: Callable[[], list[list[Claim]]]
) -> Sum | None:
    """ "Coverage stands at 83.5%. [...] The remaining 26.5% are mostly flats": the rest of the one
    share its paragraph gave before it, sentences back. With two shares or more before it, which of
    them the rest completes is unsaid, and nothing is read."""
    if not (_is_share(rest) or _is_fraction_in_words(rest)):
        return None
    if _REST_BEFORE.search(_before(rest)):
        percent_before = any(c.kind is ClaimKind.PERCENT for c in (*previous, *sentence) if c.start < rest.start)
        if percent_before and _is_share(rest):
            return None  # read by `_rest_of_shares`, or a percentage of another kind beside it
    elif not _negates_the_share(rest, sentence):
        return None
    before = [c for line in paragraph() for c in line] + [c for c in sentence if c.start < rest.start]
    shares = [c for c in before if c.kind is ClaimKind.PERCENT]
    if len(shares) != 1 or not _is_share(shares[0]) or not _stated(shares[0]) or shares[0].value >= 100:
        return None  # a hedged share counts as the interval it gives: "About 64%" and "26% cannot"
    if _NEGATION_AFTER.match(_after(shares[0])) or _NEGATION_BEFORE.search(_before(shares[0])):
        return None  # both said with "not": of two questions, not the two sides of one
    if _OF_A_SUBGROUP.search(_before(rest)):
        return None  # "Of those with gas, 12% do not": a share of a part of the whole
    named = _REST_OF_WHAT.match(_after(rest)) if _REST_BEFORE.search(_before(rest)) else None
    if named and named.group("what").lower() in _POINTING_BACK:
        named = None  # "The rest, under a third of those asked"
    if named and lemma(named.group("what")) not in {lemma(w) for w in _WORD.findall(shares[0].sentence.lower())}:
        return None  # "Its market share is 23%. The other 30% of revenue ...": the rest of another whole
    return Sum(None, (shares[0], rest), rest)


# Words after a share that say its members are not in the state the share before it gives: "and
# 27.6% cannot", "the 18.8% without it", "while 30% do not"; the state left unsaid or pointed back at
_NEGATION_AFTER = LazyPattern(
    r"^\s*(?:still\s+)?(?:(?:cannot|can['’]t|can\s+not|do\s+not|don['’]t|does\s+not|doesn['’]t|did\s+not|"
    r"didn['’]t|are\s+not|aren['’]t|were\s+not|weren['’]t|is\s+not|isn['’]t)(?=\s*(?:[,.;:)—–]|$|and\b|but\b|while\b))"
    r"|(?:lack|lacks|lacking|without|have\s+no|has\s+no)\s+(?:it|them)\b)",
    re.IGNORECASE,
)
# Words that make a share one of a part of the whole: "Of those with gas, 12% do not"
_OF_A_SUBGROUP = LazyPattern(r"(?<![\w])(?:of\s+(?:those|these|them)|among|amongst)(?![\w])", re.IGNORECASE)
# The whole a rest names after it: "the other 30% of revenue"
_POINTING_BACK = frozenset("those these them it this that".split())
_REST_OF_WHAT = LazyPattern(r"^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<what>[A-Za-z][\w-]*)")
_NEGATION_BEFORE = LazyPattern(
    r"(?<![\w])(?:without(?:\s+it)?|not\s+yet|(?:lack|lacks|lacking|without|have\s+no|has\s+no)\s+(?:it|them))"
    r"\s*[:,]\s*$",
    re.IGNORECASE,
)


def _is_fraction_in_words(claim: Claim) -> bool:
    """ "under a third", "four in ten": a share of a whole in words, no change."""
    return (claim.kind is ClaimKind.RATIO and claim.direction is None and claim.role is None
            and claim.from_value is None and 0 < claim.value < 1)  # fmt: skip


# Words that make a third answer or state: two shares then do not make the whole
_THIRD_STATE = LazyPattern(
    r"(?<![\w])(?:unsure|undecided|don['’]t\s+know|do\s+not\s+know|no\s+(?:view|opinion)|neither|abstain\w*|"
    r"the\s+rest|remaining|remainder|others?)(?![\w])",
    re.IGNORECASE,
)


def _negates_the_share(rest: Claim, sentence: list[Claim]) -> bool:
    """ "62.4% can get full fibre and 27.6% cannot": the one share after another that says its members
    are not in that state, with no third state or later share in its sentence."""
    if not (_NEGATION_AFTER.match(_after(rest)) or _NEGATION_BEFORE.search(_before(rest))):
        return False
    if any(c.kind is ClaimKind.PERCENT and c.start > rest.start for c in sentence):
        return False
    return not _THIRD_STATE.search(rest.sentence)


# A line of a fact box: a label, a colon and one figure ("Plastic: 1,940.")
_LABEL_LINE = LazyPattern(r"^\s*[A-Za-z][\w '’-]{0,40}:\s*$")


def _rest_of_labelled_lines(
    rest: Claim, sentence: list[Claim], paragraph: Callable[[], list[list[Claim]]]
) -> Sum | None:
    """ "Items collected: 2,860. Plastic: 1,940. Everything else: 820.": labelled lines of one figure
    each, in a run up to the rest; the first line is the whole, the others and the rest its parts."""
    if rest.kind not in _AMOUNTS or not _REST_BEFORE.search(_before(rest)) or len(sentence) != 1:
        return None
    run: list[Claim] = []
    for line in reversed(paragraph()):
        if len(line) != 1 or not _LABEL_LINE.match(line[0].sentence[: line[0].start - line[0].sentence_start]):
            break
        run.insert(0, line[0])
    if len(run) < 2 or not all(_plain(c) and _same_quantity(c, rest) for c in run):
        return None
    whole, parts = run[0], run[1:]
    if any(part.value >= whole.value for part in (*parts, rest)):
        return None
    return Sum(whole, (*parts, rest), rest)


def _rest_of_whole(rest: Claim, sentence: list[Claim], previous: list[Claim]) -> Sum | None:
    """ "The archive cost £6.4 million. The council paid £3.9 million of it (the rest, £2.5
    million, ...)": the one amount of the sentence before is the whole, the amounts before the rest
    in its own sentence, said to be "of it", its other parts."""
    if rest.kind not in _AMOUNTS or not _REST_BEFORE.search(_before(rest)):
        return None
    wholes = [c for c in previous if _same_amount(c, rest)]
    parts = [c for c in sentence if c.start < rest.start and _same_amount(c, rest)]
    if len(wholes) != 1 or not parts or not all(_plain(c) for c in (*wholes, *parts)):
        return None
    whole = wholes[0]
    if not _BACK_TO_WHOLE.search(rest.sentence, 0, rest.start - rest.sentence_start):
        return None
    if any(part.value >= whole.value for part in parts):
        return None
    return Sum(whole, (*parts, rest), rest)


# Words that let parts of one whole overlap: "12 of them are academies and 30 are also church schools"
_OVERLAP = LazyPattern(r"(?<![\w])(?:also|both|as\s+well|too|each|respectively|either)(?![\w])", re.IGNORECASE)


# Words of flows into and out of a whole since it was counted: the figures are no parts of it
_FLOW = LazyPattern(r"(?<![\w])(?:join|joined|joining|joins|left|leave|leaves|leaving|since|added|gained|lost|"
                    r"arrived|departed)(?![\w])", re.IGNORECASE)  # fmt: skip


def _parts_of_whole_before(sentence: list[Claim], previous: list[Claim]) -> Sum | None:
    """ "860 volunteers keep the hospice going. 410 of them run its shops, 270 help on the wards and
    230 drive": parts said to be "of" the one amount of the sentence before. They may be some of it
    only, so only parts that come to more than the whole are a finding (`covers` False)."""
    amounts = [c for c in sentence if c.kind in _AMOUNTS]
    if len(amounts) < 2 or any(_REST_BEFORE.search(_before(c)) for c in amounts):
        return None  # a rest is read with its whole by `_rest_of_whole`
    first = amounts[0]
    if any(not _same_quantity(c, first) or not _plain(c) for c in amounts):
        return None
    text = first.sentence
    said = _BACK_TO_WHOLE.search(text, 0, amounts[-1].start - first.sentence_start)
    if said is None or _OVERLAP.search(text):
        return None
    if _FLOW.search(text):
        return None  # "300 of them have left and 450 have joined since": flows in and out, not parts
    wholes = [c for c in previous if _same_quantity(c, first)]
    if len(wholes) != 1 or not _plain(wholes[0]) or any(c.value >= wholes[0].value for c in amounts):
        return None
    return Sum(wholes[0], tuple(amounts), None, covers=False)


# "£1.8 million from the Heritage Fund", "£750,000 of it from the Friends": an amount said by where it came from
_FROM_A_SOURCE_AFTER = LazyPattern(
    r"\s+(?:of\s+(?:it|that|this)\s+)?(?:(?:has\s+)?came\s+|come\s+)?from\s+(?:the\s+|its\s+|their\s+|an?\s+)?[A-Za-z]",
    re.IGNORECASE,
)


def _sources_of_whole_before(sentence: list[Claim], previous: list[Claim]) -> Sum | None:
    """ "The appeal has reached £3.1 million. The sum (£1.8 million from the Heritage Fund, £750,000
    from the Friends and £850,000 from the public) ...": amounts each said by where it came from,
    with no other amount of their kind beside them, are parts of the one amount of the sentence
    before that is larger than each. They may be some of it only, so only parts that come to more
    than it are a finding (`covers` False); never of another time ("raised £3.1m last year. This
    year £1.8m came from ...")."""
    amounts = [c for c in sentence if c.kind in _AMOUNTS]
    if len(amounts) < 2 or any(not _same_quantity(c, amounts[0]) or not _plain(c) for c in amounts):
        return None
    if not all(_FROM_A_SOURCE_AFTER.match(c.sentence, c.end - c.sentence_start) for c in amounts):
        return None
    if _OVERLAP.search(amounts[0].sentence) or _FLOW.search(amounts[0].sentence):
        return None
    wholes = [c for c in previous if _same_quantity(c, amounts[0]) and all(c.value > part.value for part in amounts)]
    if len(wholes) != 1 or not _plain(wholes[0]):
        return None
    # the day it was said ("announced on Sunday") is no time of the amounts
    times = {time for c in amounts if c.evidence for time in c.evidence.times} - _WEEKDAY_TIMES
    if times and wholes[0].evidence is not None and not times <= set(wholes[0].evidence.times):
        return None
    return Sum(wholes[0], tuple(amounts), None, covers=False)


# Between one count of a list of counts of one thing and the next: "285 riders to the long route
# and 165 to the short", "5,100 weekend tickets and 2,900 day tickets"
_AND_THE_NEXT = LazyPattern(r"[^.;:]{0,80}?(?:,\s*|,?\s+(?:and|while)\s+(?:[a-z]+\s+){0,2})", re.IGNORECASE)
_A_YEAR = LazyPattern(rf"\b(?:{YEAR_DIGITS})\b")
_A_PERIOD = LazyPattern(rf"\b(?:{YEAR_DIGITS}|year|season|month|week|last|next|previous|ago)\b")
# How many sentences of figures either side a list's total is looked for: a story's length
_TOTAL_REACH = 12


def _listed_parts_of_a_total(sentences: Sequence[list[Claim]], index: int) -> Sum | None:
    """ "430 riders tackle the sportive" over "drew 285 riders to the long route and 165 to the
    short": a sentence that lists counts of one thing, and nothing else it counts, lists parts of
    the one larger count of that thing the story gives in another sentence. They may be some of it
    only, so only parts that come to more than it are a finding, unless the total is said to be all
    of them ("3,920 in all", "across the two reserves"); never of another time, nor where the
    sentence says the parts overlap ("also", "both") or flow ("joined")."""
    counts = _coordinated_counts([c for c in sentences[index] if c.kind is ClaimKind.COUNT])
    # the noun may be left out after the first ("285 riders to the long route and 165 to the
    # short"), or said of none in a quote ("We had 285 on the long route and 165 on the short")
    heads = {c.evidence.head if c.evidence else None for c in counts[1:]} - {None}
    head = counts[0].evidence.head if counts and counts[0].evidence else None
    if len(counts) < 2 or heads - {head} or not all(_plain(c) for c in counts):
        return None
    text = counts[0].sentence
    if _OVERLAP.search(text) or _FLOW.search(text) or _BACK_TO_WHOLE.search(text):
        return None
    if len(set(_A_YEAR.findall(text))) > 1:
        return None  # "4.2 million tubs in 2026 and 3.6 million in 2025": a series over time, not parts
    largest = max(c.value for c in counts)
    near = [*sentences[max(0, index - _TOTAL_REACH) : index], *sentences[index + 1 : index + 1 + _TOTAL_REACH]]
    if head is None:  # counts of nothing named: of the one count of the sentence before
        near = [sentences[index - 1]] if index and _adjacent(sentences[index - 1], sentences[index]) else []
    larger = [c for sentence in near for c in sentence if c.path == counts[0].path and c.kind is ClaimKind.COUNT
              and c.evidence and _stated(c) and c.value > largest]  # fmt: skip
    totals = [c for c in larger if c.evidence and head in (None, c.evidence.head)]
    # a total said to be all of them may name no noun of its own, or its owner's ("the survey's total
    # of 3,920"): the one such among the larger counts
    covering = [c for c in larger if _said_to_cover(c, len(counts)) and _counts_what_they_do(c, counts)]
    if len(totals) != 1 and len(covering) == 1:
        totals = covering
    if len(totals) != 1:
        return None
    narrowed = {word for c in counts if c.evidence for word in c.evidence.modifiers}
    if totals[0].evidence is not None and narrowed & set(totals[0].evidence.modifiers):
        return None  # "1,250 adult tickets and 640 child tickets", then "Its 1,520 adult tickets": one part again
    times = {time for c in counts if c.evidence for time in c.evidence.times} - _WEEKDAY_TIMES
    total_times = set(totals[0].evidence.times if totals[0].evidence else ()) - _WEEKDAY_TIMES
    if times and not times & total_times and (total_times or any(_A_PERIOD.search(time) for time in times)):
        return None  # "430 riders this year" and "285 and 165 last year"; "40 singers" and "30 last year"
    return Sum(totals[0], tuple(counts), None, covers=_said_to_cover(totals[0], len(counts)))


def _coordinated_counts(counts: Sequence[Claim]) -> list[Claim]:
    """The one run of a sentence's counts that its words join as a list ("2,140 butterflies on
    Callow Down and 1,380 in Ashcombe Wood"), beside which the sentence may name the doers first
    ("Forty-six volunteers counted ..."); none when no run or two runs are joined so."""
    runs: list[list[Claim]] = []
    for count in counts:
        previous = runs[-1][-1] if runs else None
        between = (previous.end - previous.sentence_start, count.start - count.sentence_start) if previous else (0, 0)
        joined = (
            previous is not None
            and _AND_THE_NEXT.fullmatch(count.sentence, *between)
            and not _A_NEW_CLAUSE.search(count.sentence, *between)
        )
        if joined:
            runs[-1].append(count)
        else:
            runs.append([count])
    listed = [run for run in runs if len(run) >= 2]
    if len(listed) != 1:
        return []
    run = listed[0]
    head = run[0].evidence.head if run[0].evidence else None
    # only the doers named before the list ("Forty-six volunteers counted 2,140 butterflies on ...
    # and 1,380 in ..."); a count after it may be their sum or more of the same ("taking the total
    # to 1,140", "and 410 have been brought from 18 countries")
    apart = [count for count in counts if count not in run]
    if any(c.start > run[0].start or c.evidence is None or c.evidence.head in (None, head) for c in apart):
        return []
    return run


# "10 league matches and are 15 games unbeaten": a verb after "and" opens a clause of its own
_A_NEW_CLAUSE = LazyPattern(r"\band\s+(?:are|is|was|were|have|has|had|will|would|can|could|now|also)\b", re.IGNORECASE)


def _counts_what_they_do(total: Claim, parts: Sequence[Claim]) -> bool:
    """A total said of all the parts that may count what they count: it names their noun, another
    noun of the same sort ("4,320 repairs in all" over potholes filled, "1,250 hampers in all" over
    boxes), no noun, or its owner only ("the survey's total of 3,920"); not people against things
    ("4,200 tickets in all" over "700 people through the door ... and 1,100 on the second")."""
    head = total.evidence.head if total.evidence else None
    listed = {c.evidence.head for c in parts if c.evidence and c.evidence.head}
    if head is None or head in listed or _OWNED_TOTAL_BEFORE.search(_before(total)):
        return True
    # (only a plain word for people says so: "hamper" ends as a noun for a doer does)
    nouns = {head, *listed}
    return not nouns & PLAIN_PEOPLE or all(names_people(word) for word in nouns)


# "The survey's total of 3,920": the owner of the total, read as its head
_OWNED_TOTAL_BEFORE = LazyPattern(r"\b[\w-]+['’]s?\s+total\s+of\s+$", re.IGNORECASE)


# "across the two reserves", "at both sites", "for all three routes": a total said of as many
# things as the parts list
_OF_THEM_ALL_AFTER = LazyPattern(
    r"^[^.;:]{0,40}?\b(?:across|at|in|on|for|over|from|between)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?P<both>both)|(?:all\s+)?(?P<number>two|three|four|five))\s+[a-z]",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}
# "2,050 tickets in all", "3,920 butterflies in total": the sum's words after its noun
_IN_ALL_AFTER_ITS_NOUN = LazyPattern(rf"^\s+(?:[a-z'’-]+\s+){{0,2}}?(?:{SUM_WORDS})(?![\w])", re.IGNORECASE)


def _said_to_cover(total: Claim, parts: int) -> bool:
    """Whether a total is said to be all its listed parts: "3,920 butterflies in all", "the total of
    3,920", or said across as many things as the parts are ("across the two reserves")."""
    if _IN_ALL_AFTER_ITS_NOUN.match(_after(total)) or _SUM_BEFORE.search(_before(total)):
        return True
    across = _OF_THEM_ALL_AFTER.match(_after(total))
    if across is None:
        return False
    return (2 if across.group("both") else _NUMBER_WORDS[across.group("number").lower()]) == parts


def _sources_listed(sentences: Sequence[list[Claim]], index: int) -> Sum | None:
    """ "The appeal has brought in £3.1 million so far. Where it came from:" over items each of an
    amount said by where it came from ("- £1.8 million from the Heritage Fund"): the items are
    parts of the one amount of the lines above the list (right above, or before one blank line)
    that is larger than each, and may be some of it only (`covers` False)."""
    if index == 0 or not _is_list_item(sentences[index]) or _is_list_item(sentences[index - 1]):
        return None
    parts: list[Claim] = []
    line = _lines(sentences[index])[0]
    for item in sentences[index:]:
        first = item[0]
        if not _is_list_item(item) or _lines(item)[0] != line + len(parts):
            break
        if first.kind not in _AMOUNTS or not _plain(first) or (parts and not _same_quantity(first, parts[0])):
            return None
        if not _FROM_A_SOURCE_AFTER.match(first.sentence, first.end - first.sentence_start):
            return None
        parts.append(first)
    intro = sentences[index - 1]
    if len(parts) < 2 or line - _lines(intro)[1] not in (1, 2):  # right above, or before one blank line
        return None
    wholes = [c for c in intro if _same_quantity(c, parts[0]) and all(c.value > part.value for part in parts)]
    return Sum(wholes[0], tuple(parts), None, covers=False) if len(wholes) == 1 and _plain(wholes[0]) else None


def _is_list_item(sentence: list[Claim]) -> bool:
    """One line of a list: plain text keeps an item's marker in its sentence; Markdown's starts past it."""
    first = sentence[0]
    column = first.column - (first.start - first.sentence_start)
    return "\n" not in first.sentence.strip() and bool(_LIST_ITEM.match(first.sentence) or column > 1)


_WEEKDAY_TIMES = frozenset(f"{on}{day.lower()}" for day in WEEKDAYS for on in ("", "on "))
_LIST_ITEM = LazyPattern(r"^\s*(?:[-*•]|\d+[.)])\s")
# "That is 1,470 more": a difference, not a sum
_DIFFERENCE_AFTER = LazyPattern(
    r"^\s*(?:[\w-]+\s+)?(?:more|fewer|less|extra|higher|lower|up|down)(?![\w])", re.IGNORECASE
)


def _list_above(sentences: Sequence[list[Claim]], index: int) -> list[Claim]:
    """The figures of the list that ends on the line above a sentence, or right before its blank line:
    one figure to each item, on lines that follow each other."""
    found: list[Claim] = []
    at = index
    first_line = sentences[index][0].line
    while at > 0:
        item = sentences[at - 1]
        if len(item) != 1 or not _is_list_item(item):
            break
        line = item[0].line
        if line not in (first_line - 1, first_line - 2) or (found and line != first_line - 1):
            break  # the list ends on the line above, or before one blank line; its items follow each other
        found.insert(0, item[0])
        first_line, at = line, at - 1
    return found if len(found) >= 2 else []


def _total_after_parts(
    total: Claim, sentence: list[Claim], previous: list[Claim], list_above: Sequence[Claim] = ()
) -> Sum | None:
    """ "140 from India, 95 from the Philippines and 65 from Kenya (300 in all)", "make up a force
    of 860"; or, a sentence on, "Together they raised £86,400": the amounts before the total."""
    if total.kind not in _AMOUNTS:
        return None
    own = [c for c in sentence if c.start < total.start]
    said = bool(_SUM_AFTER.match(_after(total)) or _SUM_BEFORE.search(_before(total)))
    if said and _DIFFERENCE_AFTER.match(_after(total)):
        return None  # "That is 1,470 more than last year"
    # "Together they raised £86,400", "The combined field (5,850)", "The total, 5,850, is a record":
    # a sum said with no figure of its kind before it in its sentence ("a cyclist for 30 years,
    # called the total, 4,320") is the sum of the sentence before, or of the list just above it
    joined = not [c for c in own if _same_quantity(c, total)] and (said or bool(_JOINS_BEFORE.match(total.sentence)))
    if not (said or joined):
        return None
    before = (previous or list_above) if joined else own
    candidates = [c for c in before if c.kind is not ClaimKind.DATE]
    if joined:
        if _SOME_OF.search(total.sentence) or _BESIDES.search(total.sentence):
            return None  # "The scheme, which also paid for training, cost £61,000 in all": more than those
        if any(c.evidence is not None and c.evidence.modal for c in candidates):
            return None  # "recruited 19,870, just short of its target of 20,000": an aim is no part
        candidates = [c for c in candidates if c.kind is total.kind]  # "2,910 for the full 26.2 miles"
    # the words that say "sum" tie the parts, whatever each counts: "410 shop volunteers and 180
    # drivers make up a force of 590"
    parts = [c for c in candidates if _same_quantity(c, total)]
    if len(parts) < 2 or len(parts) != len(candidates) or (joined and not _counts_the_parts(total, parts)):
        return None  # a figure that is not a part: the sum is not said plainly
    written = [any(ch.isdigit() for ch in c.text) for c in parts]
    if any(written) and not all(written):
        return None  # "the two depots: Northgate 140, ...": a number in words among figures labels the list
    if not all(_plain(c) for c in parts) or any(part.value >= total.value for part in parts):
        return None
    if not joined and any(c.start > parts[-1].start and c.kind is not ClaimKind.DATE for c in own):
        return None  # "make up half of the 840": another figure says what the parts are of the total
    listed = " ".join(dict.fromkeys(c.sentence for c in parts))
    if _SOME_OF.search(listed):
        return None  # "including 140 from India": some of the parts only
    return Sum(total, tuple(parts), None)


# Words before a figure that make it the gap between two others: "a majority of 2,274", "beat its
# target by £6,400", "won by 310 votes", "ahead of Leeds by 12"
_MARGIN_BEFORE = LazyPattern(
    r"(?<![\w])(?:(?:a|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:majority|margin|lead|surplus|shortfall)\s+of|"
    r"(?:beat|beats|beaten|beating|exceeded|exceeds|exceeding|outbid|outbidding|topped|tops|missed|misses|won|wins|"
    r"lost|loses|led|leads|"
    r"trailed|trails)\s+(?:(?:its|the|their|his|her|a)\s+)?(?:[\w'’-]+\s+){0,2}?by(?:\s+(?:some|about|around))?)\s*$",
    re.IGNORECASE,
)
# Words after a figure that make it a gap to the figure named after "than": "£6,400 more than the £80,000"
_MORE_THAN_AFTER = LazyPattern(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:(?:more|fewer|less|higher|lower|greater|bigger|smaller|larger|longer|shorter|cheaper|"
    r"dearer|heavier|lighter|taller|wider|deeper|faster|slower)\s+than\s+"
    # "72 km/h above the 300 km/h", "£1,150 short of the £9,600": a determiner says the figure is the other
    # (not "3,100 residents over 65", "children below 5": a bound of who is counted)
    r"|(?:above|below|short\s+of)\s+(?=(?:the|its|their)\s))"
    r"(?:(?:the|its|their|a|an|(?:last|the\s+previous)\s+(?:year|month|week|quarter|season)['’]s|(?:19|20)\d\d['’]s?)"
    r"\s+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Margin:
    """A figure said to be the difference of two others of its quantity."""

    difference: Claim
    larger: Claim
    smaller: Claim


def margins(claims: Sequence[Claim]) -> Iterator[Margin]:
    """Every margin whose two figures the text pins down (see the module's note)."""
    sentences = figure_sentences(claims)
    paragraph: list[Claim] = []
    for index, sentence in enumerate(sentences):
        if not (index and _adjacent(sentences[index - 1], sentence)):
            paragraph = []
        for claim in sentence:
            if _plain(claim) and (claim.kind in _AMOUNTS or _in_points(claim)):
                found = _margin(claim, sentence, paragraph)
                if found is not None:
                    yield found
        paragraph = [*paragraph, *sentence]


def _in_points(claim: Claim) -> bool:
    """A gap between two percentages, in points: "a lead of 21 points"."""
    return claim.unit == "percentage_point" and claim.direction is None


def _margin(difference: Claim, sentence: list[Claim], before: list[Claim]) -> Margin | None:
    """The margin `difference` states, when its paragraph up to it and its sentence give exactly
    two other figures of its quantity."""
    if not (
        is_margin(difference)
        or _MARGIN_BEFORE.search(_before(difference))
        or _over_a_named_figure(difference, before)
        or _OVERRUN_BEFORE.search(_before(difference))
        or _OVERRUN_AFTER.match(_after(difference))
    ):
        than = _MORE_THAN_AFTER.match(_after(difference))
        at = difference.end - difference.sentence_start + (than.end() if than else 0)
        if than is None or not any(c.start - c.sentence_start == at for c in sentence):
            return None  # "40 more than last year": the figure it is set against is not given
    if _in_points(difference):
        # "Its lead of 21 points" after "34% of the vote to the Conservatives' 22%": two shares
        figures = [c for c in (*before, *sentence) if _is_share(c)]
    else:
        figures = [c for c in (*before, *sentence) if c is not difference and _same_quantity(c, difference)
                   and not _in_a_clause_after(c, difference)]  # fmt: skip
    if len(figures) != 2 or not all(_stated(c) for c in figures):
        return None  # (a hedged figure is an interval the margin is worked from: "had estimated £60,000")
    larger, smaller = sorted(figures, key=lambda c: c.value, reverse=True)
    if difference.value >= larger.value:
        return None  # a margin is less than the larger of its two figures
    return Margin(difference, larger, smaller)


def _over_a_named_figure(difference: Claim, before: Sequence[Claim]) -> bool:
    """A margin said against a figure named by its noun in a sentence before: "sold for £312,000,
    against a guide of £285,000. The result (£45,000 over the guide)"."""
    named = _OVER_THE_NAMED.match(_after(difference))
    if named is None:
        return False
    noun = lemma(named.group("noun")).casefold()
    return any(
        claim.sentence_start != difference.sentence_start and claim.evidence is not None and claim.evidence.head == noun
        for claim in before
    )


# A gap named as what a cost ran over its plan, or as the difference of the two: "The overrun
# (£14,000", "the difference, £14,000", "- overrun: £14,000", "the project's £14,000 overrun",
# "£14,000 over budget", "We went £14,000 over."
_OVERRUN_BEFORE = LazyPattern(
    r"\b(?:overrun|overspend|difference)\s*(?:[(,:|]|\b(?:of|was|is|came\s+to|which\s+came\s+to))?\s*$",
    re.IGNORECASE,
)
_OVERRUN_AFTER = LazyPattern(r"^\s*(?:overrun|overspend|over\s+(?:budget|the\s+estimate)|over\s*(?:[.,;]|$))")
# "£45,000 over the guide", "£45,000 premium above its guide", "12 short of the target"
_OVER_THE_NAMED = LazyPattern(
    r"^\s*(?:[a-z]+\s+)?(?:over|above|below|under|short\s+of|beyond|more\s+than|less\s+than)\s+"
    r"(?:the|its|their)\s+(?P<noun>[a-z]+)\b"
)


# ", and its reserves stand at": a clause of another subject after a margin
_ANOTHER_SUBJECT = LazyPattern(r"[,;]\s*(?:and|but|while|whereas)\s+(?:the|its|their|his|her|our)\s+[a-z]",
                               re.IGNORECASE)  # fmt: skip


def _in_a_clause_after(figure: Claim, margin: Claim) -> bool:
    """A figure after the margin in its sentence, in a clause of another subject: "ran a surplus of
    £650 on income of £4,860, and its reserves stand at £3,900" gives no spending."""
    if figure.sentence_start != margin.sentence_start or figure.start < margin.end:
        return False
    between = margin.sentence[margin.end - margin.sentence_start : figure.start - figure.sentence_start]
    return _ANOTHER_SUBJECT.search(between) is not None


# Words between a total and the period it is over: "54 metres in 25 years", "over the next ten years"
_OVER_PERIOD = LazyPattern(
    r"^\s*(?:in|over|during|across|within)\s+(?:the\s+)?(?:(?:past|last|next|first|following|coming)\s+)?$",
    re.IGNORECASE,
)
_AT_THAT_RATE = LazyPattern(r"(?<![\w])at\s+(?:that|this|the\s+same|the\s+current|the\s+present)\s+rate(?![\w])",
                            re.IGNORECASE)  # fmt: skip
_AVERAGE = LazyPattern(r"(?<![\w])(?:average|averaged|averages|averaging|on\s+average)(?![\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Accrual:
    """A rate, the period a total is said over, and the total: rate × period is the total."""

    rate: Claim
    period: Claim
    total: Claim


def _is_period(claim: Claim) -> bool:
    return (
        claim.dimension == "[time]" and claim.per is None and claim.low == claim.high and claim.base_value is not None
    )


@per_document  # read twice by change-arithmetic
def accruals(claims: Sequence[Claim]) -> Iterator[Accrual]:
    """Every total said over a period that one rate of the document is tied to (see the module's note)."""
    sentences = figure_sentences(claims)
    for index, sentence in enumerate(sentences):
        for total in sentence:
            if total.per is not None or total.dimension in (None, "[time]") or total.from_value is not None:
                continue
            if total.low != total.high or total.base_value is None:
                continue
            period = next((c for c in sentence if c.start >= total.end and _is_period(c)
                           and _OVER_PERIOD.match(total.sentence[total.end - total.sentence_start:
                                                                 c.start - c.sentence_start])), None)  # fmt: skip
            if period is None:
                continue
            tied = [rate for rate in claims if _tied(rate, total, period, sentences, index)]
            if len(tied) == 1:
                yield Accrual(tied[0], period, total)


def _tied(rate: Claim, total: Claim, period: Claim, sentences: Sequence[list[Claim]], index: int) -> bool:
    """The rate is kept up over the total's period: see the module's note."""
    if rate.per is None or rate.dimension != f"{total.dimension} / [time]" or rate.low != rate.high:
        return False
    if rate.base_value is None or rate.path != total.path:
        return False
    own = [c for c in _sentence_of(sentences, rate) if _is_period(c)]
    if any(abs((c.base_value or 0.0) - (period.base_value or 0.0)) <= 0.01 * (period.base_value or 0.0) for c in own):
        return True
    before = index > 0 and rate in sentences[index - 1] and _adjacent(sentences[index - 1], sentences[index])
    after = (
        index + 1 < len(sentences)
        and rate in sentences[index + 1]
        and _adjacent(sentences[index], sentences[index + 1])
    )
    if (before or rate in sentences[index]) and rate.start < total.start and _AT_THAT_RATE.search(total.sentence):
        return True  # "At that rate, the sea would take another 28 metres in the next ten years"
    return (before or after) and not own and bool(_AVERAGE.search(rate.sentence))


def _sentence_of(sentences: Sequence[list[Claim]], claim: Claim) -> list[Claim]:
    """The figures of the claim's sentence."""
    return next((group for group in sentences if claim in group), [])


# Two states of a train, a flight or a delivery, said of shares within one document
_TIMELINESS = LazyPattern(r"(?<![\w])(?P<on>on[\s-]time|punctual)|(?P<late>late|delayed)(?![\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Complement:
    """Two shares of one whole in its two states ("62% passed", "a quarter failed"): they make 100%."""

    one: Claim
    other: Claim


# The state of a member of an electorate who took part: "a turnout of 60%", "1,872 of its 3,120
# members voted." A vote "for", "to" or "against" something is a share of the votes, not of the electorate.
_TURNOUT = LazyPattern(
    r"(?<![\w])(?:turn-?out|turned\s+out|took\s+part|(?:voted|cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?))"
    r"(?=\s*(?:[.,;:)]|$|in\s+the\s+\w+\s*[.,;]|at\s+the\s+\w+\s*[.,;])))",
    re.IGNORECASE,
)


# The noun names the share wherever it stands in the clause: "Turnout, at 45%, was ..."
_TURNOUT_NOUN = LazyPattern(r"(?<![\w])turn-?out(?![\w])", re.IGNORECASE)


def _share_states(claim: Claim) -> frozenset[str]:
    """The states of its whole a share's clause names: "passed", "on time", "turnout". Worked out
    once per claim: complements, state shares, contests and the rest of a share each ask it."""
    return _SHARE_STATES.of(claim)


def _states_of_share(claim: Claim) -> frozenset[str]:
    states = set(states_named(claim))
    end = claim.end - claim.sentence_start
    condition = _CONDITION_AFTER.search(claim.sentence, end, end + _NEAR)
    if condition is not None and states:
        # "75% would back a rent strike if talks fail": the condition's state is not the share's
        said = claim.sentence[max(0, claim.start - claim.sentence_start - _NEAR) : condition.start()]
        states -= states_in(claim.sentence[condition.start() : end + _NEAR]) - states_in(said)
    clause = clause_around(claim)
    for found in _TIMELINESS.finditer(clause):
        states.add("on time" if found.group("on") else "late")
    if _TURNOUT.search(_own_clause(claim)) or _TURNOUT_NOUN.search(clause):
        states.add("turnout")
    return frozenset(states)


_SHARE_STATES = ClaimMemory(_states_of_share)
_CONDITION_AFTER = LazyPattern(r"(?<![\w])(?:if|unless)(?![\w])", re.IGNORECASE)


_CLAUSE_BREAK = LazyPattern(r"(?<!\d),|,(?!\d)|[;:()\[\]—–]|(?<![\w])(?:and|but|while|whereas)(?![\w])", re.IGNORECASE)


def _own_clause(claim: Claim) -> str:
    """The figure's own clause, between the breaks either side: "1,872 voted" of "Of its 3,120
    members, 1,872 voted, and 70% of them backed strikes"."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    before = _CLAUSE_BREAK.split(claim.sentence[max(0, at - _NEAR) : at])[-1]
    after = _CLAUSE_BREAK.split(claim.sentence[end : end + _NEAR])[0]
    return before + claim.text + after


def _is_plain_share(claim: Claim) -> bool:
    """A percentage or a fraction of a whole: "62%", "a quarter", "more than half", "seven in ten"."""
    if claim.direction is not None or claim.role is not None or claim.from_value is not None:
        return False
    if claim.kind is ClaimKind.PERCENT:
        return claim.unit == "percent"
    return claim.kind is ClaimKind.RATIO and 0 < claim.value <= 1


def _set_apart(one: Claim, other: Claim) -> bool:
    """Another time, place, name or thing counted: shares of other wholes."""
    mine, theirs = one.evidence, other.evidence
    if mine is None or theirs is None:
        return True
    if any(_SUBGROUP.search(_before(claim)) for claim in (one, other)):
        return True  # "Among the girls, 45% failed": a share of part of the whole
    for field in ("times", "places", "names"):
        a, b = set(getattr(mine, field)), set(getattr(theirs, field))
        if a and b and a != b:
            return True
    return bool(mine.head and theirs.head and mine.head != theirs.head and mine.head not in _STATE_HEADS
                and theirs.head not in _STATE_HEADS)  # fmt: skip


_SUBGROUP = LazyPattern(r"(?<![\w])(?:among|amongst)(?![\w])", re.IGNORECASE)
_STATE_HEADS = frozenset("rate share proportion pass fail late time turnout attendance".split())


def complements(claims: Sequence[Claim]) -> Iterator[Complement]:
    """Pairs of shares in two sentences of a document, each naming one state, the two states of one
    thing ("passed" and "failed", "on time" and "late"), with nothing that sets them apart."""
    shares = [c for c in claims if _is_plain_share(c)]
    states = {id(c): _share_states(c) for c in shares}
    named = [c for c in shares if len(states[id(c)]) == 1]
    for index, one in enumerate(named):
        for other in named[index + 1 :]:
            if one.path != other.path or one.sentence_start == other.sentence_start:
                continue
            if _two_states(states[id(one)], states[id(other)]) and not _set_apart(one, other):
                yield Complement(one, other)
    yield from _complements_in_one_sentence(claims, shares)


def _complements_in_one_sentence(claims: Sequence[Claim], shares: list[Claim]) -> Iterator[Complement]:
    """Two shares of one sentence, each with its own state: "passed 43.6% of their tests and failed
    46.4%", "Some 62% of seats were filled and 41% empty". A sentence names both states, so each
    share's is read from its own stretch: the words since the last break before it, or else those
    after it up to the next break."""
    share_ids = {id(share) for share in shares}
    for sentence in figure_sentences(claims):
        own = [c for c in sentence if id(c) in share_ids]
        if len(own) != 2:
            continue
        one, other = own
        mine, theirs = _own_state(one, sentence), _own_state(other, sentence)
        if not _two_states(mine, theirs) or _set_apart(one, other) or _of_other_wholes(one, other):
            continue
        if _ATTEMPTS.search(one.sentence):
            continue  # "70% passed first time and 20% failed twice": some are in neither
        yield Complement(one, other)


_ATTEMPTS = LazyPattern(r"\b(?:first|second|third|twice|again|attempts?|once|times)\b", re.IGNORECASE)


# Where one share's stretch of a sentence ends: "and", "while", "but", a comma or a semicolon
_SHARE_BREAK = LazyPattern(r",|;|\b(?:and|while|whereas|but)\b", re.IGNORECASE)


def _own_state(share: Claim, sentence: list[Claim]) -> frozenset[str]:
    index = next(i for i, c in enumerate(sentence) if c is share)
    at, end = share.start - share.sentence_start, share.end - share.sentence_start
    since = sentence[index - 1].end - share.sentence_start if index else 0
    before = _SHARE_BREAK.split(share.sentence[since:at])[-1]
    found = states_in(before)
    if found:
        return found
    until = sentence[index + 1].start - share.sentence_start if index + 1 < len(sentence) else len(share.sentence)
    return states_in(_SHARE_BREAK.split(share.sentence[end:until])[0])


_OF_WHOLE = LazyPattern(r"^\s+of\s+(?:the\s+|their\s+|its\s+)?(?P<whole>[\w'’-]+(?:\s+[\w'’-]+)?)", re.IGNORECASE)


def _of_other_wholes(one: Claim, other: Claim) -> bool:
    """ "80% of theory tests ... 30% of practical tests": each share names its own whole."""
    mine, theirs = _OF_WHOLE.match(_after(one)), _OF_WHOLE.match(_after(other))
    return bool(mine and theirs and mine.group("whole").lower() != theirs.group("whole").lower())


def _two_states(one: frozenset[str], other: frozenset[str]) -> bool:
    return opposite_states(one, other) or one | other == {"on time", "late"}


# Words before a total that say it is what the equal parts came to
_CAME_TO_BEFORE = LazyPattern(
    r"(?<![\w])(?:rais(?:e|es|ed|ing)|tak(?:e|es|ing)|took|(?:at\s+)?a\s+(?:total\s+)?cost\s+of|cost(?:s|ing)?|"
    r"bring(?:s|ing)?\s+in|brought\s+in|totall?(?:ing|ed)|a\s+total\s+of|worth|in\s+all,?|in\s+total,?)\s*$",
    re.IGNORECASE,
)
_EACH_AFTER = LazyPattern(r"^\s*(?:each|apiece|a\s+head|per\s+head)(?![\w])", re.IGNORECASE)
# Words that add something besides the equal parts: "with admin", "plus donations", "including Gift Aid"
_BESIDES = LazyPattern(r"(?<![\w])(?:plus|with|including|besides|as\s+well\s+as|on\s+top|other|and\s+other|"
                       r"donations?|gift\s+aid|admin\w*)(?![\w])", re.IGNORECASE)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Product:
    """A count of equal parts, the amount of each, and the total they are said to come to."""

    count: Claim
    each: Claim
    total: Claim


def products(claims: Sequence[Claim]) -> Iterator[Product]:
    """Every count, amount each and total one sentence gives (see the module's note)."""
    for sentence in figure_sentences(claims):
        for index, each in enumerate(sentence):
            if each.kind not in _AMOUNTS or not _stated(each) or each.low != each.high:
                continue
            counts = [c for c in sentence[:index] if c.kind is ClaimKind.COUNT and _plain(c)]
            if not counts:
                continue
            count = counts[-1]
            head = count.evidence.head if count.evidence else None
            per_unit = each.per is not None and head is not None and lemma(each.per.split()[-1]) == head
            if not (per_unit or (each.per is None and _EACH_AFTER.match(_after(each)))):
                continue
            later = [c for c in sentence[index + 1 :] if c.kind is not ClaimKind.DATE]
            if len(later) != 1:
                continue
            total = later[0]
            if total.kind is not each.kind or total.unit != each.unit or total.per is not None or not _plain(total):
                continue
            if not _CAME_TO_BEFORE.search(_before(total)) and not _SUM_AFTER.match(_after(total)):
                continue
            if _BESIDES.search(total.sentence[each.end - each.sentence_start :]):
                continue
            if sum(1 for c in sentence if c.kind is ClaimKind.COUNT) != 1 or total.value <= each.value:
                continue
            yield Product(count, each, total)


# Words that say nothing of what a share is of
_FILLER = frozenset("the a an of to in on by at for and or is are was were be been being has have had its their his "
                    "her our your this that these those who which whom with from as than some about around nearly "
                    "almost more less over under just only per cent percent now still all them they "
                    "it if said say says told".split())  # fmt: skip
# The thing a share counts, right after it: "of tenants", "of the centre's learners"
_COUNTED_THING = LazyPattern(r"\s*(?:of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+['’]s?\s+)?[\w-]+)?",
                             re.IGNORECASE)  # fmt: skip
_PREDICATE_END = LazyPattern(r"[,;:()\[\]—–.!?]")


def _said_of(claim: Claim, end: int, counting: Claim) -> frozenset[str]:
    """What a share that names no state is said of, when it is its sentence's one share: the words
    of its clause after it, less the thing counted ("Some 45% of tenants pay by direct debit" and "Of
    the 640 tenants asked, 160 pay by direct debit" are both said of "pay direct debit")."""
    clause = _PREDICATE_END.split(claim.sentence[end : end + _NEAR])[0]
    thing = _COUNTED_THING.match(clause)
    clause = clause[thing.end() :] if thing else clause
    found = [lemma(word) for word in _WORD.findall(clause.lower()) if word not in _FILLER and not word[0].isdigit()]
    head = counting.evidence.head if counting.evidence else None
    words = set(found[1:] if found and found[0] == head else found)
    return frozenset({_SAID_OF + " ".join(sorted(words))}) if words else frozenset()


def _same_state(one: str, other: str) -> bool:
    """One state, or what one share and another are said of, where the shorter of two such sayings
    of two words or more is in the longer: "keep ride" in "extend keep ride trial" ("875 said they
    would keep riding" and "78% would keep riding if the trial were extended")."""
    if one == other:
        return True
    if not (one.startswith(_SAID_OF) and other.startswith(_SAID_OF)):
        return False
    words = sorted((set(one.removeprefix(_SAID_OF).split()), set(other.removeprefix(_SAID_OF).split())), key=len)
    # (not one said with a mood the other leaves out: "300 own a car" and "40% would own a car if they could")
    return len(words[0]) >= 2 and words[0] <= words[1] and not (words[1] - words[0]) & _MOODS


_MOODS = frozenset("would could will can may might should must".split())


_SAID_OF = "said of "


def _counted(said: StateShare) -> str | None:
    """What a share counts: its whole's head when it has one ("27" of "Of the 90 stalls inspected,
    27 sell hot food" counts stalls, not food)."""
    claim = said.share.whole or said.anchor
    head = claim.evidence.head if claim.evidence else None
    if head is None:
        return None
    # only a noun named right after the figure: "62% of boys", "seven in ten learners"; the head of
    # "The pass rate at the Ashby centre was 48%" is no thing counted
    at = claim.start - claim.sentence_start
    named = _WORD.findall(claim.sentence[claim.end - claim.sentence_start :][:40].lower())[:4]
    opener = _OF_OPENER.search(claim.sentence, max(0, at - 60), at)  # "Of the girls, 75% passed"
    named += _WORD.findall(opener.group("noun").lower()) if opener else []
    return head if any(lemma(word) == head for word in named) else None


_OF_OPENER = LazyPattern(r"(?:^|[,;]\s*)(?:of|out\s+of)\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?P<noun>[\w'’-]+(?:\s+[\w'’-]+){0,3})\s*,\s*$", re.IGNORECASE)  # fmt: skip


def _other_whole(first: StateShare, second: StateShare) -> bool:
    """Another time, place, name or thing counted, a group within the whole ("among the girls"), or
    a scope one sentence opens on ("In Year 8, ..."): shares of other wholes. A name that holds the
    other is the same: "Orwen" and "the Orwen Language Centre"."""
    mine, theirs = first.anchor.evidence, second.anchor.evidence
    if mine is None or theirs is None or first.of_a_group or second.of_a_group or first.scope != second.scope:
        return True
    wholes = first.share.whole, second.share.whole
    if wholes[0] and wholes[1] and wholes[0].value != wholes[1].value:
        return True  # "seven medals, three of them gold" and "118 medals, 41 of them gold"
    if first.when and second.when and not first.when & second.when:
        return True  # "58% in 2024" and "This year, three in four passed"
    for field in ("times", "places", "names"):
        a, b = set(getattr(mine, field)), set(getattr(theirs, field))
        if a and b and not any(x in y or y in x for x in a for y in b):
            return True
    heads = _counted(first), _counted(second)
    if heads[0] and heads[1] and heads[0] != heads[1] and not set(heads) & _STATE_HEADS:
        return True  # "62% of boys passed" and "75% of girls passed"
    objects = first.passed, second.passed
    if all(objects) and not (objects[0] <= objects[1] or objects[1] <= objects[0]):
        return True  # "passed the theory test" and "passed the practical test"
    return first.narrowed != second.narrowed  # "passed with distinction", "after a resit"


# A phrase a sentence opens on, up to its comma, that scopes its figures: "In Year 8, 75% passed",
# "At Northgate, ...", "For the girls, ..."
_FRONTED = LazyPattern(r"^\W*(?:in|at|for|among|amongst|across|within|on|outside|inside)\s+(?P<scope>[^,.;:]{1,60}),",
                       re.IGNORECASE)  # fmt: skip


# A state said as a verb after its share, and what follows it in the clause: "passed the theory test",
# "passed with distinction", "turned out"
_STATE_VERB = LazyPattern(r"(?<![\w])(?:passed|failed|won|lost|turned\s+out|voted|arrived|ran|landed)(?![\w])"
                          r"(?P<rest>[^,;:.()]*)", re.IGNORECASE)  # fmt: skip
_OBJECT = LazyPattern(r"^\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?P<words>(?:(?!(?:at|in|on|by|with|after|before|"
                      r"for|from|to|first|this|last|within|over|under|than|and|but|or|as)\b)[\w'’-]+\s*){1,3})",
                      re.IGNORECASE)  # fmt: skip
_NARROWING = frozenset("distinction distinctions merit merits honours honors resit resits retake retakes second "
                       "eventually including excluding overall again later within previous previously earlier former "
                       "next".split())  # fmt: skip


def _after_the_state(claim: Claim, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """What a share's state is of, from the state verb after the share, and the words around it that
    narrow the state."""
    clause = _CLAUSE_BREAK.split(claim.sentence[end : end + _NEAR])[0]
    verb = _STATE_VERB.search(clause)
    # before the figure ("Including resits, three in four passed") or a few words after its state
    # verb ("passed after a resit"), not in what the sentence goes on to say ("will be offered a resit")
    at = claim.start - claim.sentence_start
    near = claim.sentence[max(0, at - _NEAR) : at]
    if verb is not None:
        near += " " + " ".join(_WORD.findall(clause[verb.start() :])[:5])
    narrowed = frozenset(word for word in _WORD.findall(near.lower()) if word in _NARROWING)
    if verb is None:
        return frozenset(), narrowed
    found = _OBJECT.match(verb.group("rest"))
    return (frozenset(found.group("words").lower().split()) if found else frozenset()), narrowed


_WORD = LazyPattern(r"[\w'’-]+")


# A label a line opens on: "Girls: 75% passed"
_LABEL = LazyPattern(r"^\W*(?P<scope>[A-Za-z][\w'’ -]{0,30}):\s")


def _fronted(claim: Claim) -> str | None:
    found = _FRONTED.match(claim.sentence) or _LABEL.match(claim.sentence)
    if found is None or found.end() > claim.start - claim.sentence_start or _ASKED.match(found.group("scope")):
        return None  # "In a survey of 1,250 riders, 875 said ...": who was asked, the whole itself
    return found.group("scope").lower()


_ASKED = LazyPattern(r"(?:a|the|its|their)\s+(?:[a-z]+\s+)?(?:survey|poll|sample|study|questionnaire)\s+of(?![\w])",
                     re.IGNORECASE)  # fmt: skip


_WRITTEN_PERCENT = LazyPattern(r"%|per\s*cent", re.IGNORECASE)
# Words that rank the parts of a whole: a share said with one is a part's
_RANKED = LazyPattern(r"(?<![\w])(?:highest|lowest|biggest|smallest)(?![\w])", re.IGNORECASE)


def _ranked_part(claim: Claim) -> bool:
    """ "Dover had the lowest turnout, under 52%": a share of one named part, ranked among others."""
    named = claim.evidence is not None and bool(claim.evidence.places or claim.evidence.names)
    return named and bool(_RANKED.search(claim.sentence))


# A group of people after a share: "40% of the young voted", "a third of women passed"
_OF_A_GROUP = LazyPattern(r"\s+of\s+(?:the\s+)?(?:young|younger|old|older|elderly|poor|rich|women|men|boys|girls|"
                          r"pensioners|retired|unemployed|disabled|under-?\d+s|over-?\d+s|\d+-year-olds)(?![\w-])",
                          re.IGNORECASE)  # fmt: skip
# Words after a share that make it a share of a part of the whole said before
_OF_A_PART = LazyPattern(r"\s+of\s+(?:them|those|these|whom|which)(?![\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class StateShare:
    """A share of a whole in one state, as one sentence states it: "62% passed", "Three in four
    passed", "248 of the 400 learners passed", "Of the 400 learners, 248 passed"."""

    share: Share
    state: str
    anchor: Claim  # the figure whose clause names the state: the part of a counted share
    scope: str | None  # the phrase its sentence opens on: "year 8" of "In Year 8, 75% passed"
    of_a_group: bool  # said of a group within the whole: "Among the girls, 45% failed"
    when: frozenset[str]  # the times its sentence names: "this year" of "This year 64% passed, and ..."
    passed: frozenset[str]  # what the state is of, named after it: "theory test" of "passed the theory test"
    narrowed: frozenset[str]  # words that narrow the state: "distinction" of "passed with distinction"


@dataclass(frozen=True, slots=True)
class SharesOfOneState:
    """Two statements of the share of one whole in one state, or in its two states (`opposite`):
    the same share, or shares that make 100%."""

    one: StateShare
    other: StateShare
    opposite: bool


# "Of the 520 pupils who sat the test, 390 passed": the words after an opening whole, up to the
# comma before its part, may be a clause of their own
_CLAUSE_THEN_COMMA = LazyPattern(r"^\s+[A-Za-z][\w'’ -]{0,60}?,\s*$")


def _opened_with_a_clause(sentence: list[Claim], mentions: Sequence[object]) -> list[Share]:
    """Counted shares whose opening whole has a clause after it, which `read_mentions` leaves."""
    taken = {id(c) for mention in mentions if isinstance(mention, Share) for c in mention.claims}
    found = []
    for whole, part in itertools.pairwise(sentence):
        if id(whole) in taken or id(part) in taken or whole.kind is not part.kind or whole.unit != part.unit:
            continue
        if whole.kind not in _AMOUNTS or not _plain(whole) or not _plain(part) or not 0 < part.value < whole.value:
            continue
        if opener_before(whole.sentence, whole) is None:
            continue
        between = whole.sentence[whole.end - whole.sentence_start : part.start - part.sentence_start]
        if not _CLAUSE_THEN_COMMA.match(between) or _STATE_VERB.search(between):
            continue  # "Of the 152 who failed, 100 will resit": the state is the whole's, not the part's
        exact = count_interval(part, 1000.0), count_interval(whole, 1000.0)
        if None in (exact[0].low, exact[0].high) or not exact[1].low or not exact[1].high:
            continue
        fraction = Interval((exact[0].low or 0.0) / exact[1].high, (exact[0].high or 0.0) / exact[1].low)
        found.append(Share(ShareForm.COUNTED, whole.start - whole.sentence_start, part.end - part.sentence_start,
                           f"{part.text} of {whole.text}", fraction, part.value / whole.value, (part, whole),
                           whole=whole, part=part))  # fmt: skip
    return found


@per_document  # read by `shares_of_one_state` and `counts_of_the_rest`
def state_shares(claims: Sequence[Claim], fraction_tolerance: float) -> list[StateShare]:
    """Every share the document states whose clause names one state of its whole; a share in words
    holds within `fraction_tolerance` of the smaller of itself and its complement."""
    found = []
    for sentence in figure_sentences(claims):
        read = read_mentions(sentence, exact_below=1000.0, fraction_tolerance=fraction_tolerance)
        mentions = [*read, *_opened_with_a_clause(sentence, read)]
        alone = sum(isinstance(mention, Share) for mention in mentions) == 1
        for mention in mentions:
            if not isinstance(mention, Share) or mention.form is ShareForm.WORDS:
                continue  # "most", "the majority": too loose to restate
            if mention.form is ShareForm.PERCENT and not _WRITTEN_PERCENT.search(mention.claims[0].text):
                continue  # "In group 5, 45% passed": a bare number that took the unit of the next
            anchor = mention.part or mention.claims[0]
            if _OF_A_PART.match(anchor.sentence, mention.end):
                continue  # "70% of them backed strikes": a share of a part said before
            if any(c.direction is not None or c.role is not None or c.from_value is not None for c in mention.claims):
                continue  # "up from 55%": a share of another time
            states = _share_states(anchor)
            if not states and alone:
                states = _said_of(anchor, mention.end, mention.whole or anchor)
            if len(states) == 1:
                subgroup = bool(_SUBGROUP.search(_before(anchor)) or _OF_A_GROUP.match(anchor.sentence, mention.end))
                subgroup = subgroup or _ranked_part(anchor)
                passed, narrowed = _after_the_state(anchor, mention.end)
                when = frozenset(t for c in sentence if c.evidence for t in c.evidence.times)
                found.append(StateShare(mention, next(iter(states)), anchor, _fronted(anchor), subgroup, when,
                                        passed, narrowed))  # fmt: skip
    return found


# How many state shares back a share's earlier statement is looked for: far more than a report gives
# of one whole, and a bound on the work for a document of thousands (benchmarks/hostile.py)
_RESTATED_WITHIN = 40


def shares_of_one_state(claims: Sequence[Claim], fraction_tolerance: float) -> Iterator[SharesOfOneState]:
    """Pairs of shares in two sentences of a document, each naming one state of one whole, the same
    state or its opposite, with nothing that sets them apart. Two plain shares of the two states are
    `complements`' to read; a share counted from its part and whole is read here with either."""
    said = state_shares(claims, fraction_tolerance)
    for index, other in enumerate(said):
        for one in said[max(0, index - _RESTATED_WITHIN) : index]:
            if one.anchor.path != other.anchor.path or one.anchor.sentence_start == other.anchor.sentence_start:
                continue
            same = _same_state(one.state, other.state)
            opposite = not same and _two_states(frozenset({one.state}), frozenset({other.state}))
            if not (same or opposite) or _other_whole(one, other):
                continue
            counted = ShareForm.COUNTED in (one.share.form, other.share.form)
            if opposite and not counted:
                continue  # read by `complements`
            yield SharesOfOneState(one, other, opposite)


# Seconds in each period a rate is said per, and a period in words is said over: a month is a
# twelfth of a year, which a day rate over "a month" may miss by a day or two either way
_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "night": 86400.0, "week": 604800.0,
            "fortnight": 1209600.0, "month": 2629800.0, "quarter": 7889400.0, "year": 31557600.0,
            "decade": 315576000.0, "century": 3155760000.0}  # fmt: skip
_MONTH_DAYS = (28.0, 31.0)
# Words before a period that make an amount its total: "over the past 25 years", "In a 30-day month".
# Not "for": "£150 for a year paid in advance" is the price of something else
_OVER_BEFORE = LazyPattern(
    r"(?<![\w])(?:in|over|during|across|within|by\s+the\s+end\s+of)\s+(?:the\s+|a\s+|one\s+|each\s+)?"
    r"(?:(?:past|last|next|first|following|coming|whole|full)\s+)?$",
    re.IGNORECASE,
)
# Words between an amount and the period after it: "54 metres in 25 years", "48,000 trees over five years"
_OVER_PERIOD_AFTER = LazyPattern(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:in|over|during|across|within|covers|covering|spans|spanning|(?:runs|run|running)"
    r"\s+for)\s+(?:the\s+)?"
    r"(?:(?:past|last|next|first|following|coming)\s+)?$",
    re.IGNORECASE,
)
# A period said in words, with no figure: "over a year", "in a month", "for the whole year"
_PERIOD_WORDS = LazyPattern(
    r"(?<![\w])(?:in|over|during|across|within)\s+(?:a|one|the)\s+(?:(?:whole|full|single|past|last|next)\s+)?"
    r"(?P<unit>year|month|week|day|fortnight|decade|century)(?![\w-])",
    re.IGNORECASE,
)
# Words of a target, a plan or a forecast: set against a result, they may differ
_AIMED = LazyPattern(r"(?<![\w])(?:aims?|aimed|target\w*|plans?|planned|goal|hopes?|hoped|expects?|expected|"
                     r"forecast\w*|projected|pledged?|promised?)(?![\w])", re.IGNORECASE)  # fmt: skip


# Heads read off the period an amount is said over ("Over the past 25 years it has lost 54 metres")
_PERIOD_HEADS = frozenset("past last next first coming following whole full year years month months week weeks "
                          "day days decade decades".split())  # fmt: skip
# What a rate is for, right after it: "£2 million a year to run", "£4 million a year on roads"
_PURPOSE_AFTER = LazyPattern(r"^\s*(?:to|for|on)\s+(?P<what>[A-Za-z]+)")
# A rate of part of the time: a season, the peak, weekdays
_SCOPED_RATE = LazyPattern(r"(?<![\w])(?:(?:in|during|over)\s+(?:the\s+)?(?:summer|winter|spring|autumn|peak|"
                           r"high\s+season|holidays?|term)|at\s+(?:peak|weekends)|on\s+(?:weekdays|weekends)|peak|"
                           r"busiest|record)(?![\w])", re.IGNORECASE)  # fmt: skip
_NOW = LazyPattern(r"(?<![\w])(?:now|currently|today|at\s+present|these\s+days|nowadays)(?![\w])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PeriodTotal:
    """A rate per period, and an amount said to be its total over a longer period: "plants 12,000
    trees a year" and "Over five years that is 48,000 trees"; "£850 a month, or £9,600 a year"."""

    rate: Claim
    total: Claim
    period: str  # the period as written: "five years", "a year"
    seconds: tuple[float, float]  # the period's length, lowest and highest


def per_seconds(claim: Claim) -> float | None:
    """The length of the period a rate is said per: "a year", "per day", "each month"."""
    if claim.per is None:
        return None
    return _SECONDS.get(lemma(claim.per.split()[-1]))


def _rate_quantity(claim: Claim) -> tuple[object, ...]:
    """What a rate counts, without its period: its kind, and its currency or unit's numerator."""
    unit = claim.unit.split(" / ")[0] if claim.unit else None
    return claim.kind, unit


def _total_quantity(claim: Claim) -> tuple[object, ...]:
    kind = ClaimKind.MEASURE if claim.kind is ClaimKind.CHANGE and claim.unit not in (None, "percent") else claim.kind
    return kind, claim.unit.split(" / ")[0] if claim.unit else None


def _period_of(total: Claim, sentence: list[Claim]) -> tuple[str, tuple[float, float]] | None:
    """The period an amount is said over in its own sentence: a length of time after it ("54 metres
    in 25 years") or opening its clause ("Over five years that is 48,000"), or a period in words
    ("Over a year that comes to £9,600"); or, for a rate, its own period ("£9,600 a year")."""
    text = total.sentence
    for period in sentence:
        if period is total or not _is_period(period):
            continue
        at, end = period.start - period.sentence_start, period.end - period.sentence_start
        if period.start >= total.end:
            between = text[total.end - total.sentence_start : at]
            if _OVER_PERIOD_AFTER.match(between) is None:
                continue
        elif not _OVER_BEFORE.search(text, max(0, at - 40), at) or any(
            c.start > period.end and c.end < total.start and c.kind in _AMOUNTS for c in sentence
        ):
            continue
        elif _CLAUSE_BREAK.search(text, end, total.start - total.sentence_start) and text[end:][:1] != ",":
            continue  # "Over five years, ..." opens the clause; "over five years and 48,000 ..." does not
        seconds = period.base_value or 0.0
        return period.text, (seconds, seconds)
    if total.per is not None:
        per = per_seconds(total)
        return (f"a {total.per}", (per, per)) if per else None
    words = _PERIOD_WORDS.search(text)
    if words is None:
        return None
    unit = words.group("unit").lower()
    return f"a {unit}", (_SECONDS[unit], _SECONDS[unit])


# A period a rate is kept up for, right after it: "35 hectares a year for the past eight years"
_FOR_PERIOD = LazyPattern(r"^\s*(?:[\w'’-]+\s+){0,6}?for\s+(?:the\s+)?(?:(?:past|last|next|first|coming)\s+)?$",
                          re.IGNORECASE)  # fmt: skip
# "over six years": the period right after a rate that works out the total before it
_RATE_KEPT_OVER = LazyPattern(r"^\s*(?:for|over|across)\s+(?:the\s+)?(?:(?:past|last|first)\s+)?$", re.IGNORECASE)
# "280 hectares of moor (35 hectares a year over six years)", "280 hectares, at 35 hectares a year for six
# years": a total, then the rate and the period that work it out, set beside it
_WORKING_BESIDE = LazyPattern(r"^(?:\s*[A-Za-z'’-]+){0,5}?\s*(?:\(|,|—|–)\s*(?:at\s+|or\s+)?$")
# Words that make an amount the sum of a rate kept up: "240 hectares in all", "that is 48,000"
_SUMMED_BEFORE = LazyPattern(r"(?<![\w])(?:a\s+total\s+of|in\s+all|in\s+total|altogether|that\s+is|that's|"
                             r"that\s+makes|making|totall?ing|adding\s+up\s+to)\s*,?\s*$", re.IGNORECASE)  # fmt: skip


_PRICE_OF = LazyPattern(r"^\s*(?:(?:in\s+all|in\s+total|altogether)\s*,?\s*)?for\s+(?:a|an|the|its|their|each|one)\b",
                        re.IGNORECASE)  # fmt: skip


def _kept_up_for(rate: Claim, total: Claim, claims: Sequence[Claim]) -> tuple[str, tuple[float, float]] | None:
    """ "35 hectares a year for eight years, 240 hectares in all": the period the rate is kept up
    for, when the amount is said to be what it came to."""
    if not (_SUM_AFTER.match(_after(total)) or _SUMMED_BEFORE.search(_before(total))):
        return None
    for period in claims:
        if not (period.sentence_start == rate.sentence_start and period.start > rate.end and _is_period(period)):
            continue
        if _FOR_PERIOD.match(rate.sentence[rate.end - rate.sentence_start : period.start - period.sentence_start]):
            seconds = period.base_value or 0.0
            return period.text, (seconds, seconds)
    return None


# Words that restate a rate over another period: "£850 a month, or £9,600 a year"; "That is 12,000 a year"
_RESTATED_AS = LazyPattern(r"^\s*[,(]?\s*(?:or|that\s+is|that's|i\.e\.|equivalent\s+to|which\s+(?:is|comes\s+to)|"
                           r"making)\b", re.IGNORECASE)  # fmt: skip
_OPENS_ON_THAT = LazyPattern(r"^\W*(?:that|this|it)\s+(?:is|was|comes\s+to|makes|means)\b", re.IGNORECASE)


def _restates(rate: Claim, total: Claim) -> bool:
    """A rate said again over another period, in words that say so."""
    if rate.sentence_start == total.sentence_start:
        between = rate.sentence[rate.end - rate.sentence_start : total.start - total.sentence_start]
        return bool(_RESTATED_AS.match(between)) or between.strip() == "("  # "£36,000 a year (£3,000 a month)"
    if _OPENS_ON_THAT.match(total.sentence):
        return True
    # "The rent is £45,000 a year. '£4,500 a month is a fair rent,' he said": the rate's noun said again
    said = {lemma(word) for word in _WORD.findall(total.sentence.lower())}
    # the rate's noun: "rent" in "The rent is £45,000 a year"; "tenants" in "Tenants pay £1,200 a month"
    nouns = {lemma(word) for word in (rate.subject or "").split()} - {"pay", "cost", "be", "have", "earn"}
    return bool(nouns) and total.subject in (None, rate.subject) and bool(nouns & said)


def period_totals(claims: Sequence[Claim]) -> Iterator[PeriodTotal]:
    """Every amount said over a period, in the sentence of the one rate of its quantity or the next,
    with nothing that sets the two apart (another time, a target against a result)."""
    sentences = figure_sentences(claims)
    for index, sentence in enumerate(sentences):
        previous = sentences[index - 1] if index and _adjacent(sentences[index - 1], sentence) else []
        for total in sentence:
            if (total.low != total.high and total.qualifier is None) or total.from_value is not None:
                continue  # a range: which end is the total is unsaid
            if total.role is not None:
                continue
            if total.kind not in (*_AMOUNTS, ClaimKind.CHANGE) or total.dimension == "[time]":
                continue
            rates = [c for c in (*previous, *sentence) if c is not total and c.start < total.start
                     and per_seconds(c) and _rate_quantity(c) == _total_quantity(total)]  # fmt: skip
            worked = None if rates or total.per is not None else _worked_beside(total, sentence)
            if worked is not None:
                yield worked
                continue
            far = None if rates else _far_rate(total, sentence, claims)
            if far is not None:
                yield far
                continue
            if len(rates) != 1 or not _plain(rates[0]) or rates[0].low != rates[0].high:
                continue
            if any(c.path == total.path and c.start < rates[0].start and per_seconds(c) and c.value != rates[0].value
                   and _rate_quantity(c) == _total_quantity(total) for c in claims):  # fmt: skip
                continue  # "£1,200 a day in summer ... £400 a day in winter": which rate makes the total is unsaid
            rate = rates[0]
            if total.kind is ClaimKind.CHANGE and total.direction is None:
                continue
            if _PRICE_OF.match(_after(total)):
                continue  # "£400 for a lifetime pass", "£150 for a year paid in advance": the price of another thing
            found = (_period_of(total, sentence) or _kept_up_for(rate, total, (*previous, *sentence))
                     or _labelled_term(total, claims))  # fmt: skip
            labelled = _TOTAL_LABEL.match(total.sentence[: total.start - total.sentence_start])
            if found is None or (_apart(rate, total) and not labelled):
                continue  # (a fact box's "Total:" line names no thing of its own to set it apart)
            if total.per is not None and not _restates(rate, total):
                continue  # "£120 a week" and "£120 a month": two rates, said apart
            if found[1][0] == (per_seconds(rate) or 0.0) or (found[1][0] < (per_seconds(rate) or 0.0)
                                                             and total.per is None):  # fmt: skip
                continue  # a rate said again over a shorter period ("£24,000 a year, or £2,000 a month") is read
            period, seconds = found
            per = per_seconds(rate) or 0.0
            if per < _SECONDS["day"] and seconds[1] >= _SECONDS["day"]:
                continue  # "40 an hour": how many hours a day is unsaid
            if per == _SECONDS["day"] and "month" in period:
                seconds = (_MONTH_DAYS[0] * 86400.0, _MONTH_DAYS[1] * 86400.0)
            if per == _SECONDS["day"] and seconds[0] > _SECONDS["week"] and "day" not in period:
                seconds = (seconds[0] * 5 / 7, seconds[1])  # "40 patients a day" may be a working day's
            yield PeriodTotal(rate, total, period, seconds)
        yield from _rates_worked_out(sentence)


def _worked_beside(total: Claim, sentence: list[Claim]) -> PeriodTotal | None:
    """A total and, set beside it, the rate and the period it was kept up for that work it out:
    "has re-wetted 280 hectares (35 hectares a year over six years)"."""
    later = [c for c in sentence if c.start > total.end]
    if len(later) < 2 or not _WORKING_BESIDE.match(words_between(total, later[0])):
        return None
    rate, period = later[0], later[1]
    if not per_seconds(rate) or _rate_quantity(rate) != _total_quantity(total) or not _plain(rate):
        return None
    if rate.low != rate.high or not _is_period(period) or not _RATE_KEPT_OVER.match(words_between(rate, period)):
        return None
    seconds = period.base_value or 0.0
    if seconds <= (per_seconds(rate) or 0.0):
        return None
    return PeriodTotal(rate, total, period.text, (seconds, seconds))


def _far_rate(total: Claim, sentence: list[Claim], claims: Sequence[Claim]) -> PeriodTotal | None:
    """The document's one rate of a total's quantity, said sentences before it, when the total names
    its own period and its verb or noun is the rate's: "will pay £45,000 a year", then "By the end of
    the first 15 years it will have paid the council £450,000 in rent"."""
    if total.per is not None or total.kind is ClaimKind.CHANGE or total.evidence is None:
        return None
    rates = [c for c in claims if c.path == total.path and per_seconds(c)
             and _rate_quantity(c) == _total_quantity(total)]  # fmt: skip
    if len(rates) != 1 or not _plain(rates[0]) or rates[0].sentence_start == total.sentence_start:
        return None  # (one sentence's rate and total are read in the order they are said)
    rate = rates[0]
    found = _period_of(total, sentence) or _labelled_term(total, claims)
    per = per_seconds(rate) or 0.0
    if found is None or found[1][0] <= per or _PRICE_OF.match(_after(total)):
        return None
    mine, theirs = rate.evidence, total.evidence
    when = {time for time in (mine.times if mine is not None else ()) if time.capitalize() not in WEEKDAYS}
    if when and when != set(theirs.times):
        return None  # "£45,000 a year in 2027": one year's rate; "approved on Thursday" says when of another act
    if bool(_AIMED.search(clause_around(rate))) != bool(_AIMED.search(clause_around(total))):
        return None
    said = {lemma(word) for word in _WORD.findall(rate.sentence.lower())}
    named = {lemma(word) for word in (*theirs.actions, theirs.head or "") if word}
    if not (named & said or _TOTAL_LABEL.match(total.sentence[: total.start - total.sentence_start])):
        return None  # "pays £45,000 a year", "paid £450,000": one act; "£38,000 to buy": another
    return PeriodTotal(rate, total, found[0], found[1])


# a fact box's total and term: "- Total: £2.4 million", "Over the lease: £1.125m"; "- Term: 10 years"
_TOTAL_LABEL = LazyPattern(r"^\W*(?:total|in\s+total|overall|over\s+the\s+[a-z]+|total\s+[a-z]+)\s*[:|]\s*$",
                           re.IGNORECASE)  # fmt: skip
_TERM_LABEL = LazyPattern(r"^\W*(?:term|length|duration|lease\s+length|length\s+of\s+[a-z]+)\s*[:|]\s*$",
                          re.IGNORECASE)  # fmt: skip


def _labelled_term(total: Claim, claims: Sequence[Claim]) -> tuple[str, tuple[float, float]] | None:
    """A total in a fact box ("Total: £2.4 million") is over the box's one labelled term ("Term: 10 years")."""
    if not _TOTAL_LABEL.match(total.sentence[: total.start - total.sentence_start]):
        return None
    terms = [c for c in claims if c.path == total.path and _is_period(c)
             and _TERM_LABEL.match(c.sentence[: c.start - c.sentence_start])]  # fmt: skip
    if len(terms) != 1:
        return None
    seconds = terms[0].base_value or 0.0
    return terms[0].text, (seconds, seconds)


# Words that give a rate as what a total over a period comes to: "£1.125 million over 25 years works out at"
_WORKED_OUT_BEFORE = LazyPattern(
    r"(?<![\w])(?:works?\s+out\s+(?:at|to)|worked\s+out\s+at|working\s+out\s+at|comes?\s+to|which\s+is|"
    r"that\s+is|that's|or|i\.e\.|equivalent\s+to|amounts?\s+to|averaging|an\s+average\s+of)\s*,?\s*$",
    re.IGNORECASE,
)


def _rates_worked_out(sentence: list[Claim]) -> Iterator[PeriodTotal]:
    """A rate said after the total it is worked out from, in one sentence: "The £600,000 contract runs
    for eight years, which works out at £80,000 a year"; the one total of its quantity before it, said
    over a period longer than the rate's."""
    for rate in sentence:
        per = per_seconds(rate)
        hedged = rate.low != rate.high and rate.qualifier in _AROUND  # "about 95 a month"
        if not per or not (_plain(rate) or (hedged and _stated(rate))):
            continue
        totals = [c for c in sentence if c.start < rate.start and c.role is None
                  and (c.per is None or (per_seconds(c) or 0.0) > per)  # "5,200 a year, or 100 a week"
                  and c.kind in _AMOUNTS and c.dimension != "[time]" and c.low == c.high and c.from_value is None
                  and _total_quantity(c) == _rate_quantity(rate)]  # fmt: skip
        if len(totals) != 1:
            continue
        total = totals[0]
        if not _WORKED_OUT_BEFORE.search(_before(rate)[-40:]) and not _apposed(total, rate):
            continue
        found = _period_of(total, sentence) or _calendar_year_of(total)
        if found is None or found[1][0] <= per:
            continue
        mine, theirs = rate.evidence, total.evidence
        if mine is not None and theirs is not None and mine.times and set(mine.times) != set(theirs.times):
            continue  # "£600,000 over eight years, £90,000 a year in 2027": one year's rate
        yield PeriodTotal(rate, total, found[0], found[1])


# A rate set after a comma beside the total it averages, closing its clause: "1,140 operations last
# year, about 95 a month."
_APPOSED_BETWEEN = LazyPattern(r"[^,;:()]{0,40},\s*")
_CLAUSE_ENDS = LazyPattern(r"(?:\s+(?:a|an|per|each|every)\s+\w+)?\s*(?:[.,;)]|$)", re.IGNORECASE)
_AROUND = ("about", "around", "roughly", "some", "nearly", "almost", "approximately")
# A whole calendar year the total was counted over: "last year", "in 2025" (not "so far in 2025")
_CALENDAR_YEAR = LazyPattern(
    r"(?<![\w])(?<!so\sfar\s)(?:last\s+year|in\s+(?:19|20)\d\d)(?![\w-])(?!\s*(?:so\s+far|to\s+date))",
    re.IGNORECASE,
)


def _apposed(total: Claim, rate: Claim) -> bool:
    return bool(_APPOSED_BETWEEN.fullmatch(words_between(total, rate))) and bool(_CLAUSE_ENDS.match(_after(rate)))


def _calendar_year_of(total: Claim) -> tuple[str, tuple[float, float]] | None:
    """ "1,140 operations last year": a year, when the total's own clause names a whole one."""
    return ("a year", (_SECONDS["year"], _SECONDS["year"])) if _CALENDAR_YEAR.search(clause_around(total)) else None


def _apart(rate: Claim, total: Claim) -> bool:
    """Another time, another thing counted, or a target set against a result."""
    mine, theirs = rate.evidence, total.evidence
    if _NOW.search(clause_around(rate)) or _SCOPED_RATE.search(clause_around(rate)):
        return True  # "Sales are now 12,000 a year", "1,200 a day in summer": not the whole period's rate
    if mine is not None and theirs is not None:
        if mine.times and not set(mine.times) & set(theirs.times):
            return True  # "12,000 a year in 2025": one year's rate
        if mine.actions and theirs.actions and not set(mine.actions) & set(theirs.actions):
            return True  # "plants 12,000 trees a year" and "felled 48,000 trees"
        purpose = _PURPOSE_AFTER.match(_after(rate))
        said = {lemma(word) for word in _WORD.findall(total.sentence.lower())}
        if purpose and lemma(purpose.group("what").lower()) not in said:
            return True  # "£2 million a year to run" and "Building it cost £14 million"
        if rate.kind is ClaimKind.COUNT and mine.head and theirs.head and mine.head != theirs.head:
            return True  # "40 patients a day" and "9,000 prescriptions"
        named = {word for word in (theirs.head, *theirs.modifiers) if word and word not in _PERIOD_HEADS}
        if rate.kind is not ClaimKind.COUNT and any(word not in rate.sentence.lower() for word in named):
            return True  # "£4 million a year on roads" and "its schools budget, £90 million"
    return bool(_AIMED.search(clause_around(rate))) != bool(_AIMED.search(clause_around(total)))


@dataclass(frozen=True, slots=True)
class CountOfTheRest:
    """A share counted from its part and whole in one state ("Of the 400 learners, 248 passed"), and
    a count of the whole's members in the other state, said elsewhere ("Its 172 failing candidates"):
    the count is the whole less the part."""

    share: StateShare
    count: Claim


def counts_of_the_rest(claims: Sequence[Claim], fraction_tolerance: float) -> Iterator[CountOfTheRest]:
    """Every count in one state of a whole that a counted share in the other state gives, in
    another sentence, with nothing that sets them apart (see `_other_whole`)."""
    counted = [said for said in state_shares(claims, fraction_tolerance) if said.share.form is ShareForm.COUNTED]
    if not counted:
        return
    in_shares = {id(c) for said in counted for c in said.share.claims}
    for claim in claims:
        if claim.kind is not ClaimKind.COUNT or not _plain(claim) or id(claim) in in_shares:
            continue
        states = _share_states(claim) & states_in(_own_clause(claim))
        if len(states) != 1 or _OF_A_PART.match(_after(claim)):
            continue  # "Of the 110 who failed, 70 will resit": the state is not the count's own
        state = next(iter(states))
        passed, narrowed = _after_the_state(claim, claim.end - claim.sentence_start)
        when = frozenset(t for c in claims if c.sentence_start == claim.sentence_start and c.evidence
                         for t in c.evidence.times)  # fmt: skip
        subgroup = bool(_SUBGROUP.search(_before(claim)))
        as_said = StateShare(counted[0].share, state, claim, _fronted(claim), subgroup, when, passed, narrowed)
        for said in counted:
            if said.anchor.path != claim.path or said.anchor.sentence_start == claim.sentence_start:
                continue
            if not _two_states(frozenset({said.state}), frozenset({state})):
                continue
            whole = said.share.whole
            head = claim.evidence.head if claim.evidence else None
            if whole is None or (head and _counted(said) and head != _counted(said)) or claim.value >= whole.value:
                continue
            if not _other_whole(said, as_said):
                yield CountOfTheRest(said, claim)


@dataclass(frozen=True, slots=True)
class SlippedCount:
    """A count that reads as the count a share of a stated whole gives, or leaves, mistyped: "62.4%
    of its 185,000 premises" and "The network's 151,440 connected premises" (115,440)."""

    count: Claim
    share: Claim
    whole: Claim
    implied: float  # the count the share gives, or leaves
    left: bool  # the count is of the rest of the whole, not of the share


# How many sentences either side of a share of a whole a count is read against it: a report's
# restatement stays near, and the work stays linear in a long document
_SLIP_REACH = 8
# Heads of a count that a turnout gives from its electorate: "2,801 votes", "ballots"
_CAST = frozenset({"vote", "ballot", "voter"})


def _shares_of_a_whole(sentences: Sequence[list[Claim]]) -> Iterator[tuple[int, Claim, Claim]]:
    """(sentence index, share, whole) for every percentage said of a whole it names: "62.4% of the
    county's 185,000 premises"; or, in a fact box, a labelled share after one labelled count
    ("Premises: 185,000. Coverage: 62.4%.")."""
    for index, sentence in enumerate(sentences):
        kinds = {c.kind for c in sentence}
        mentions = (
            read_mentions(sentence, exact_below=1000.0, fraction_tolerance=0.1)
            if ClaimKind.PERCENT in kinds and ClaimKind.COUNT in kinds
            else []
        )
        for mention in mentions:
            if isinstance(mention, Share) and mention.form is ShareForm.PERCENT and mention.whole is not None:
                share, whole = mention.claims[0], mention.whole
                if _plain(share) and _plain(whole) and whole.kind is ClaimKind.COUNT:
                    yield index, share, whole
        if len(sentence) == 1 and _is_share(sentence[0]) and _plain(sentence[0]) and index:
            share = sentence[0]
            line = sentences[index - 1]
            labelled = all(_LABEL_LINE.match(c.sentence[: c.start - c.sentence_start]) for c in (share, line[0]))
            one_count = len(line) == 1 and line[0].kind is ClaimKind.COUNT and _plain(line[0])
            if labelled and one_count and _adjacent(line, sentence):
                yield index, share, line[0]


def slipped_counts(claims: Sequence[Claim]) -> Iterator[SlippedCount]:
    """Every count near a share of a stated whole whose digits are those of the count the share gives
    (or leaves) with one digit changed or two swapped, outside the share's rounding."""
    sentences = figure_sentences(claims)
    for index, share, whole in _shares_of_a_whole(sentences):
        fraction = percent_interval(share)
        if fraction.low is None or fraction.high is None:
            continue
        turnout = "turnout" in _share_states(share)
        head = whole.evidence.head if whole.evidence else None
        near = sentences[max(0, index - _SLIP_REACH) : index + _SLIP_REACH + 1]
        for count in (c for line in near for c in line):
            if count.kind is not ClaimKind.COUNT or not _plain(count) or count is whole or count.path != whole.path:
                continue
            before_the_share = count.sentence_start == share.sentence_start and count.start < share.start
            if count.value >= whole.value or before_the_share:
                continue
            own = count.evidence.head if count.evidence else None
            if _LABEL_LINE.match(count.sentence[: count.start - count.sentence_start]):
                own = None  # "Without: 69,650": a fact box's label, no thing counted
            if own is not None and head is not None and own != head and not (turnout and own in _CAST):
                continue  # a count of another thing
            for left, low, high in ((False, fraction.low, fraction.high), (True, 1 - fraction.high, 1 - fraction.low)):
                if low * whole.value - 0.5 <= count.value <= high * whole.value + 0.5:
                    break  # the count the share gives, within its rounding
                implied = round((low + high) / 2 * whole.value)
                if value_slip(count.value, implied) is not None:
                    yield SlippedCount(count, share, whole, implied, left)
                    break


@dataclass(frozen=True, slots=True)
class Average:
    """A total, the count it is shared over, and the amount said to be each one's on average: "The
    240 runners raised £18,000, an average of £95 each"; "£450,000 from 3,100 donors. Average gift:
    about £45"."""

    total: Claim
    count: Claim
    each: Claim


# Words before an amount that make it an average: "an average of £95", "averaging 30"
_AVERAGE_BEFORE = LazyPattern(r"(?<![\w])(?:an\s+average\s+of|averag(?:e|ed|es|ing)|on\s+average,?)\s*$", re.IGNORECASE)
# Between a total and an amount each set beside it: "£18,000, or £75 each", "2,860 items (about 30
# items each)", "£18,000 — roughly £75 a head"
_BESIDE_THE_TOTAL = LazyPattern(
    r"^\s*(?:[\w'’-]+\s*){0,2}?[,(—–:]\s*(?:or|that\s+is|that's|i\.e\.|an\s+average\s+of|averaging|on\s+average,?)?\s*$",
    re.IGNORECASE,
)
# "30 items each", "£75 a head": the thing counted may sit before the word
_EACH_AFTER_WORDS = LazyPattern(r"^\s*(?:[A-Za-z'’-]+\s+){0,2}?"
                                r"(?:each|apiece|a\s+head|per\s+head|per\s+person)(?![\w])",
                                re.IGNORECASE)  # fmt: skip
_PER_HEAD = frozenset({"head", "person", "capita"})
_EACH_WORDS = ("averag", "each", "apiece", "head", "person", "capita")
_EACH_WORDS_END = LazyPattern(r"(?<![\w])(?:each|apiece|a\s+head|per\s+head|per\s+person)$", re.IGNORECASE)
# What an amount buys or is paid for, not a share of a total: "the average ticket price was £25"
_PRICE_HEADS = frozenset("fee price cost ticket wage salary pay rent fare charge age rate bill".split())


def _said_as_average(each: Claim) -> bool:
    found = each.evidence
    if found is not None and (found.head == "average" or "average" in found.modifiers):
        return True
    return bool(_AVERAGE_BEFORE.search(_before(each)))


def averages(claims: Sequence[Claim]) -> Iterator[Average]:
    """Every amount said to be each one's on average, in the sentence of one total of its kind and
    one count of another thing, or the sentence after them."""
    sentences = figure_sentences(claims)
    for index, sentence in enumerate(sentences):
        lowered = sentence[0].sentence.lower()
        if not any(word in lowered for word in _EACH_WORDS):
            continue  # the words that say "each one's" are in few sentences
        previous = sentences[index - 1] if index and _adjacent(sentences[index - 1], sentence) else []
        for each in sentence:
            if each.kind not in _AMOUNTS or not _stated(each) or (each.per is not None and each.per not in _PER_HEAD):
                continue
            average = _said_as_average(each)
            if not average and not (_EACH_AFTER_WORDS.match(_after(each)) or _EACH_WORDS_END.search(each.text)):
                continue
            head = each.evidence.head if each.evidence else None
            words = {head, *(each.evidence.modifiers if each.evidence else ())}
            if words & _PRICE_HEADS:
                continue  # "an average ticket price of £25": what each one paid for, not a share of the total
            own = [c for c in sentence if c.start < each.start]
            found = _average_of(each, own, average) or (
                _average_of(each, [*previous, *sentence], average) if average and previous and not own else None
            )
            if found is not None:
                yield found


def _average_of(each: Claim, figures: list[Claim], average: bool) -> Average | None:
    """The one total of the amount's kind among `figures` and the one count of another thing."""
    # "£40,000 a head" is of the total's kind and unit, but per head
    of_total = (each.kind, each.unit, None) if each.per in _PER_HEAD else None
    # "an average of 14,400" names no thing of its own: the fans of the total it is each game's share
    # of; nor does "the average gate" or "the average crowd", a noun for each game's share of them
    found = each.evidence
    named_average = average and found is not None and (found.head == "average" or "average" in found.modifiers)
    totals = [c for c in figures if c is not each and c.value > each.value
              and (_same_amount(c, each) or (c.kind, c.unit, c.per) == of_total
                   or (named_average and _same_quantity(c, each)))]  # fmt: skip
    if len(totals) != 1 or not _plain(totals[0]):
        return None
    total = totals[0]
    if not average:
        between = total.sentence[total.end - total.sentence_start : each.start - each.sentence_start]
        if total.sentence_start != each.sentence_start or not _BESIDE_THE_TOTAL.match(between):
            return None  # "raised £18,000; entry cost £25 each": an amount each of another thing
    head = total.evidence.head if total.evidence else None
    counts = [c for c in figures if c is not each and c is not total and c.kind is ClaimKind.COUNT and _plain(c)
              and not (total.kind is ClaimKind.COUNT and c.evidence and c.evidence.head == head)]  # fmt: skip
    if len(counts) != 1 or counts[0].value <= 1 or any(c.kind is ClaimKind.PERCENT for c in figures):
        return None
    return Average(total, counts[0], each)


# Words before a share that make it a candidate's or a side's share of one contest's vote: "won with
# 1,232 votes, or 44%", "came second with 36%", "Hart's share, 30%", "polled 27%"
_CONTEST_BEFORE = LazyPattern(
    r"(?<![\w])(?:won|wins|took|takes|polled|polls|secured|came\s+(?:first|second|third|fourth|fifth|last)|"
    r"finished\s+(?:first|second|third|fourth|fifth|last)|share|vote)(?![\w])[^.;]{0,60}$",
    re.IGNORECASE,
)
_YEAR_TIME = LazyPattern(r"\d")


def contest_shares(claims: Sequence[Claim]) -> Iterator[tuple[Claim, ...]]:
    """The shares of one contest's vote said across one paragraph, three or more, one a sentence at
    most: "won with 1,232 votes, or 44%" ... "came second with 36%" ... "Hart's share, 30%". A
    turnout, a hedged share or a share of another year is no part of them, and the paragraph is
    not read."""
    if sum(1 for c in claims if _is_share(c) and _CONTEST_BEFORE.search(_before(c))) < 3:
        return  # most documents: no contest of three shares to read
    sentences = figure_sentences(claims)
    index = 0
    while index < len(sentences):
        end = index + 1
        while (
            end < len(sentences)
            and end - index < _PARAGRAPH_REACH
            and _same_paragraph(sentences[end - 1], sentences[end])
        ):
            end += 1
        found = _contest_in(sentences[index:end])
        if found:
            yield found
        index = end


def _contest_in(paragraph: Sequence[list[Claim]]) -> tuple[Claim, ...]:
    shares: list[Claim] = []
    for sentence in paragraph:
        said = [c for c in sentence if _is_share(c)]
        if not said:
            continue
        if len(said) != 1 or not _plain(said[0]):
            return ()  # shares said together are read as one sentence's breakdown (percent-total)
        share = said[0]
        if "turnout" in _share_states(share) or not _CONTEST_BEFORE.search(_before(share)):
            return ()
        shares.append(share)
    years = {t for c in shares if c.evidence for t in c.evidence.times if _YEAR_TIME.search(t)}
    first = set(shares[0].evidence.places) if shares and shares[0].evidence else set()
    places = {p for c in shares[1:] if c.evidence for p in c.evidence.places}
    # "41% in the county ... 27% in Leeds": a later share in a place the first does not name is of
    # another contest
    return tuple(shares) if len(shares) >= 3 and len(years) <= 1 and places <= first else ()
