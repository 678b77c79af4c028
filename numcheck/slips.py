"""Slips: two figures of one document whose digits say that one was mistyped from the other.

Within one document, linking joins two mentions only on what each sentence says about its figure,
and a later mention leaves most of that out ("Attendance of 53,000" after "a crowd of 35,000 on
Saturday"). A copy editor stops at such a pair for another reason: the two figures look like one
figure typed twice, once wrongly. Two digits swapped ("15,800" and "18,500"), one digit changed in
a figure of three or more ("2,650" and "2,150"), or the same digits at another scale ("£4.2m" and
"£42 million") rarely come together by chance, so here that likeness stands in for the context the
later mention leaves out. It never outweighs what tells two figures apart: another head, actor,
name, time, place, attribute or mood (`may_be_one`)."""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from enum import Enum

from numcheck.evidence import NO_EVIDENCE, Evidence
from numcheck.frames import act_of, acts_disagree, frames_differ, is_difference, is_relative_amount
from numcheck.layout import is_aligned_row
from numcheck.linking import GENERIC_SUBJECTS, list_labels_differ, match, one_priced, quantity_key, row_label_unsaid
from numcheck.model import WRITTEN_RANGES, Claim, ClaimKind, Direction, Role
from numcheck.scanning import LazyPattern
from numcheck.vocabulary import CHANGE_NOUNS, Vocabulary, load_vocabulary

# A changed digit is a signature only in a figure this long, and not in its last digit: "36" and
# "32", "58%" and "68%", or "27.2%" and "27.8%" are two figures of one story as often as a slip
# (figures about one thing cluster), "2,650" and "2,150" far less often. For the same reason the
# changed digit must move the figure by a tenth or more: "26.5%" and "27.5%" are two groups' shares.
_MIN_CHANGE = 0.1
_MIN_CHANGED_DIGITS = 3
# How far apart two units may be for one to be slipped for the other: a month is 4.3 weeks, a year 12
# months, a metre 3.3 feet; a week is 10,080 minutes
_NEAREST_UNITS = 15.0


# Each figure is compared with this many figures of its kind before it, nearest first, as
# restatements are: a document that states one kind of figure thousands of times costs linear time.
NEAREST_FIGURES = 40


class Slip(Enum):
    TRANSPOSED = "two digits swapped"
    ONE_DIGIT = "one digit changed"


def significant_digits(value: float) -> str:
    """The digits of a figure without its scale: 15,800 -> "158", 0.046 -> "46"."""
    mantissa = f"{abs(value):.10e}".split("e")[0]
    return mantissa.replace(".", "").rstrip("0") or "0"


def digit_slip(first: Claim, second: Claim) -> Slip | None:
    """Whether two figures of one unit and one order of magnitude differ as a typing slip does."""
    if first.unit != second.unit:
        return None
    return value_slip(first.value, second.value)


def value_slip(a: float, b: float) -> Slip | None:
    """Whether two numbers of one order of magnitude differ as a typing slip does."""
    if not a or not b or a == b or (a < 0) != (b < 0):
        return None
    if math.floor(math.log10(abs(a))) != math.floor(math.log10(abs(b))):
        return None  # another scale is magnitude-slip's question
    one, other = significant_digits(a), significant_digits(b)
    width = max(len(one), len(other))
    one, other = one.ljust(width, "0"), other.ljust(width, "0")
    changed = [i for i in range(width) if one[i] != other[i]]
    if len(changed) == 2 and sorted(one) == sorted(other):
        return Slip.TRANSPOSED
    if len(changed) == 1 and min(len(one.rstrip("0")), len(other.rstrip("0"))) >= _MIN_CHANGED_DIGITS - 1:
        last = max(len(one.rstrip("0")), len(other.rstrip("0"))) - 1
        if width >= _MIN_CHANGED_DIGITS and changed[0] < last and abs(a - b) >= _MIN_CHANGE * max(abs(a), abs(b)):
            return Slip.ONE_DIGIT
    return None


def mistyped(later: Claim, earlier: Claim) -> Slip | None:
    """How a later figure of one document reads as an earlier one mistyped, when nothing tells the
    two apart. A changed digit says less than a swap ("97.2%" and "27.2%" are a pass rate and a
    share of top grades), so it needs the same head on both sides; three or more digits swapped
    outweigh two plain heads ("holds 18,500 spectators" and "all 15,800 seats")."""
    slip = digit_slip(later, earlier)
    if slip is None:
        return None
    if slip is Slip.ONE_DIGIT and not (counted(later)[0] and counted(later)[0] == counted(earlier)[0]):
        return None
    strong = slip is Slip.TRANSPOSED and len(significant_digits(later.value)) >= _MIN_CHANGED_DIGITS
    # three digits or more swapped in a count of one named thing: the times of the two sentences
    # ("born this year", "between 1 April and 6 May") do not make 1,162 lambs another 1,126
    same_thing = strong and counted(later)[0] is not None and counted(later) == counted(earlier)
    return slip if may_be_one(later, earlier, strong=strong, names=False, times=not same_thing) else None


def counted(claim: Claim) -> tuple[str | None, tuple[str, ...]]:
    """(head, modifiers) of what a figure counts; for a change, of what changed: "the 21% rise"
    names no head, "21% profit growth" the head "profit"."""
    found = claim.evidence
    if found is None:
        return None, ()
    head, modifiers = found.head, found.modifiers
    if head in CHANGE_NOUNS or (head in _SALES and modifiers and claim.kind is ClaimKind.COUNT):
        head, modifiers = (modifiers[-1], modifiers[:-1]) if modifiers else (None, ())
    return head, modifiers


# "ticket sales of 48,500" counts tickets, as "48,500 tickets sold" does
_SALES = frozenset({"sales", "sale"})


# what evidence.py calls a figure that is some of a whole said elsewhere, or more on top of it
_SOME_OF = frozenset({"part of", "additional"})


def may_be_one(
    first: Claim,
    second: Claim,
    *,
    strong: bool = False,
    moods: bool = True,
    heads: bool = True,
    leaning: bool = False,
    names: bool = True,
    times: bool = True,
    periods: bool = True,
) -> bool:
    """Nothing says two figures of one document count different things: no two heads, no two sets
    of modifiers, no two list labels or table rows, no table row's part against the text's whole,
    no two actors, names, times or places of which they share none, no target against an outcome,
    no other attribute, period or set ("3 metres wide", "five years ago", "another 400"), no
    starting figure against a result. Silence on one side is no difference: a later mention leaves
    out what the document has said. A `strong` slip outweighs two plain heads (see `mistyped`).
    `moods=False` leaves the mood to the caller, which reads it nearer the figure than the whole
    sentence ("beat the forecasts" makes no forecast of "the 12% rise"); `heads=False` leaves out
    heads and modifiers, for a likeness that outweighs any wording ("the 1,148 kg giant pumpkin" and
    "the 114.8 kg fruit"); `leaning` lets a figure that names no side take the other's ("14 metres
    tall" and "At 46 feet, it towers"); `names=False` weighs only the names and places each figure's own
    clause gives before it, or right after its noun (`_names_before`), for a typing slip; `times=False`
    leaves out the times of the figures' sentences unless both name a year or a period before or
    after another ("in 2023" and "in 2024", "this autumn" and "last year"); `periods=False` leaves out
    a period one side's clause names ("in a year", "since 2019"). Times of the present ("this autumn",
    "this year", "now") are one time within one document."""
    if first.sentence_start == second.sentence_start and first.path == second.path:
        return False
    if (first.role is Role.FROM) != (second.role is Role.FROM):
        return False
    if frames_differ(first, second, leaning=leaning, periods=periods):
        return False
    if is_relative_amount(first) != is_relative_amount(second):
        return False
    if list_labels_differ(first, second) or row_label_unsaid(first, second) or row_label_unsaid(second, first):
        return False  # "nurses: 62%" and "porters: 48%"; two rows of a table; a row's part and the whole
    one, other = first.evidence, second.evidence
    if one is None or other is None:
        return True
    if moods and one.modal != other.modal:
        return False
    earlier, later = (one, other) if first.start < second.start else (other, one)
    if later.restricted in _SOME_OF and earlier.restricted not in _SOME_OF:
        return False  # "Of those boats, 46 are eights" is some of the 64 boats, however its digits read
        # (a part said first may be said again plainly: "1,402 of the votes", then "1,402 voting yes")
    (head, modifiers), (other_head, other_modifiers) = counted(first), counted(second)
    if heads and head and other_head and head != other_head and (not strong or modifiers or other_modifiers):
        return False  # "18,500 fans" and "15,800 season tickets": a narrowed noun is another thing
    if heads and set(modifiers) - set(other_modifiers) and set(other_modifiers) - set(modifiers):
        return False
    if one.actor and other.actor and one.actor != other.actor and not one_priced(first, second):
        return False  # "the park's £2.65 million cost" is of "the council's £265,000 skate park"
    places = (
        (one.places, other.places) if names else (_names_before(first, places=True), _names_before(second, places=True))
    )
    if not names and _named_apart(first, second):
        return False
    return not any(
        mine and theirs and not set(mine) & set(theirs)
        for mine, theirs in (
            (one.names, other.names) if names else ((), ()),
            (_as_now(one.times), _as_now(other.times))
            if times or (_other_period(one) and _other_period(other))
            else ((), ()),
            places,
        )
    )


def _other_period(found: Evidence) -> bool:
    """Whether a figure's times name a year or a period set against another: "in 2023", "last year"."""
    return any(_PERIOD_NAMED.search(time) for time in found.times)


def _another_year(found: Evidence) -> bool:
    """Whether a figure's times name a year, or a time before the story's: "in 2019", "last year"."""
    return any(_YEAR_NAMED.search(time) for time in found.times)


_YEAR_NAMED = LazyPattern(r"\b(?:\d{4}|last|previous|ago|earlier|before)\b", re.IGNORECASE)
_PERIOD_NAMED = LazyPattern(
    r"\b(?:\d{4}|last|previous|next|ago|earlier|before|after|this|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


# Times that all say "now" in one document: "picked 1,860 tonnes this autumn" and "1,680 tonnes this year"
_NOW = frozenset(
    ("now", "today", "currently", "this year", "this season", "this spring", "this summer", "this autumn",
     "this winter", "this month", "this week")
)  # fmt: skip


def _as_now(times: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("now" if time in _NOW else time for time in times)


_SET_OFF = LazyPattern(r",[^,]*,")
# the figure's noun, then where: "140 staff at its Leeds depot", "64 beds in Wards 3 and 4"
_WHERE_AFTER = LazyPattern(
    r"\s+(?:[\w-]+\s+){0,2}?(?:at|in)\s+(?:the\s+|its\s+|their\s+|[a-z]+['’]s\s+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
)
_SAID = LazyPattern(r"\b(?:said|says|told|added|announced|confirmed|reported|explained)\b")


def _named_apart(first: Claim, second: Claim) -> bool:
    """Two figures whose own clauses name two doers or owners, neither named anywhere in the other's
    sentence: "Arts Council grant: £240,000" is of the "£2.4 million from Arts Council England" that
    "Kettleby Maltings is to receive"."""
    mine, theirs = _names_before(first), _names_before(second)
    if not mine or not theirs or set(mine) & set(theirs):
        return False
    return not any(name in second.sentence.lower() for name in mine) and not any(
        name in first.sentence.lower() for name in theirs
    )


def _names_before(claim: Claim, *, places: bool = False) -> tuple[str, ...]:
    """The names a figure's sentence gives before it: the doer's ("Tom Hale collected 1,834"), the
    place's ("The York depot stores"). A name after it, or in a clause set off by commas before
    it, is most often another thing's that the clause brings in ("from the church hall on Fore
    Street", "which the RSPCA closed", "The marina, built by Cardew Estates, has 340 berths")."""
    at = claim.start - claim.sentence_start
    before = _SET_OFF.sub(" ", claim.sentence[:at]).lower()
    before = _SAID.split(before)[-1]  # "Festival director Ruth Okafor said the team sold 45,800": the speaker's
    where = _WHERE_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
    narrowed = where.group("place").lower() if where else ""  # "The 140 staff at its Leeds depot": a part's place
    found = claim.evidence or NO_EVIDENCE
    return tuple(name for name in (found.places if places else found.names) if name in before or name in narrowed)


def slipped_pairs(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(later, earlier) for each later figure of one document that reads as an earlier one
    mistyped (`mistyped`) and that linking left apart; against the nearest such earlier figure."""
    by_key: dict[tuple[str, str | None, Direction | None], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        key = quantity_key(claim)
        if key is None or claim.low != claim.high or claim.role is not None:
            continue
        if key == "change" and (claim.kind is not ClaimKind.CHANGE or claim.unit != "percent"):
            continue  # a multiplier's digits are too few to be a signature
        by_key.setdefault((key, claim.unit, claim.direction), []).append(claim)
    for figures in by_key.values():
        for later_index, later in enumerate(figures):
            for earlier in reversed(figures[max(0, later_index - NEAREST_FIGURES) : later_index]):
                if mistyped(later, earlier) and not match(later, earlier).linked:
                    yield later, earlier
                    break


class Signature(Enum):
    """How one written figure reads as another typed wrongly, whatever the words around them."""

    SWAPPED = "two digits swapped"
    CHANGED = "one digit changed"
    SCALED = "the same digits at another scale"
    DROPPED = "one digit dropped or doubled"
    UNIT = "the same number in another unit"


# The kinds of figure a document gives of one thing in several places: counts, money, shares and
# measures. Dates and lengths of time are timing's (numcheck.timing), changes are read against
# their endpoints and each other (numcheck.restatements.restated_changes).
_LONE_KINDS = frozenset({ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.PERCENT, ClaimKind.MEASURE})
_TIME = "[time]"
# "315 of them", "of which", "of those": some of a set said before
_SOME_OF_THEM = LazyPattern(r"\s+of\s+(?:them|these|those|which|whom|us)\b", re.IGNORECASE)
_ALL_BEFORE = LazyPattern(r"\ball\s+$", re.IGNORECASE)


def typing_signature(one: Claim, other: Claim) -> Signature | None:
    """How two figures' digits differ, if as a typist's slip does: two adjacent digits swapped
    ("236" and "326"), one digit changed, not the last ("1,760" and "1,860"), the same digits at
    another scale ("236" and "2,360", "£412,000" and "£4.12m", "1.15 metres" and "11.5 cm"), or one
    digit dropped or doubled, not the last ("£186,000" and "£86,000", "1,180" and "1,118"). Only
    for figures of three significant digits or more: two-digit figures of one story meet in these
    ways by chance ("46%" and "64%", "29 beds" and "920 beds"). Digits are read in the base unit
    for a scale, and as written otherwise: "28 m" and "82 ft" are no swap."""
    a, b = _in_base(one), _in_base(other)
    if not a or not b or a == b or (a < 0) != (b < 0):
        return None
    if one.value == other.value and one.unit and other.unit and one.unit != other.unit:
        # "16 ft" and "16 metres", "18 months" and "18 weeks": the number kept, the unit slipped to a
        # near one; "18 minutes" and "18 weeks" are two things' figures
        return Signature.UNIT if max(a, b) / min(a, b) <= _NEAREST_UNITS else None
    digits, other_digits = significant_digits(a), significant_digits(b)
    written_out = one.kind in _WRITTEN_WITH_UNIT and other.kind in _WRITTEN_WITH_UNIT
    if digits == other_digits:
        return Signature.SCALED if len(digits) >= _MIN_CHANGED_DIGITS - written_out else None
    if one.unit != other.unit:
        return None
    digits, other_digits = significant_digits(one.value), significant_digits(other.value)
    if min(len(digits), len(other_digits)) < _MIN_CHANGED_DIGITS - 1:
        return None
    if max(len(digits), len(other_digits)) < 3:
        return _swapped_pair(one, other, digits, other_digits) if written_out else None
    orders = abs(math.floor(math.log10(abs(one.value))) - math.floor(math.log10(abs(other.value))))
    if _one_dropped(digits, other_digits) or _one_dropped(other_digits, digits):
        # a digit dropped moves the figure down an order at most; a first digit dropped always does
        # ("£186,000" and "£86,000"), so at the same order it is another figure ("£1,240" and
        # "£2,400"), as "12" is beside "14,200"
        return Signature.DROPPED if orders <= 1 and (digits[0] == other_digits[0] or orders == 1) else None
    if orders:
        return None
    width = max(len(digits), len(other_digits))
    digits, other_digits = digits.ljust(width, "0"), other_digits.ljust(width, "0")
    changed = [i for i in range(width) if digits[i] != other_digits[i]]
    if len(changed) == 2 and changed[1] == changed[0] + 1 and sorted(digits) == sorted(other_digits):
        return Signature.SWAPPED
    last = max(len(digits.rstrip("0")), len(other_digits.rstrip("0"))) - 1
    if len(changed) == 1 and changed[0] < last:
        return Signature.CHANGED
    return None


# Money and physical measures carry a unit and often a scale word ("£37 million", "2.6 million
# litres"), and a story gives few of one unit: two of them whose two digits are swapped or read at
# another scale ("£37m" and "£73m", "£950" and "£9,500") are one figure typed twice far more often
# than two bare counts or shares of that likeness are. A changed digit is still no signature there:
# one of 18 pairs of two-digit figures differ so.
_WRITTEN_WITH_UNIT = frozenset({ClaimKind.MONEY, ClaimKind.MEASURE})


def _swapped_pair(one: Claim, other: Claim, digits: str, other_digits: str) -> Signature | None:
    """Two two-digit figures of one order of magnitude with their digits swapped: "37" and "73"."""
    if math.floor(math.log10(abs(one.value))) != math.floor(math.log10(abs(other.value))):
        return None
    digits, other_digits = digits.ljust(2, "0"), other_digits.ljust(2, "0")
    return Signature.SWAPPED if digits == other_digits[::-1] and digits != other_digits else None


def _one_dropped(longer: str, shorter: str) -> bool:
    """`shorter` is `longer` with one digit left out, not its last, and keeps two or more: "86"
    and "186", "118" and "1118"; "4" and "46" could be any two figures, and a last digit left out
    is a rounding ("23" and "236")."""
    if len(longer) != len(shorter) + 1 or len(shorter) < 2:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer) - 1))


def _in_base(claim: Claim) -> float:
    return claim.base_value if claim.base_value is not None else claim.value


def lone_slips(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(later, earlier) for two figures of one kind of thing in two sentences of one document whose
    digits read as one figure typed wrongly (`typing_signature`): "Some 236 people slept out" and a
    headline's "326 bed down", "the turnout of 236 people" and "all 2,360 sleepers", "£412,000" and
    "£4.12 million". The likeness stands in for what a later mention leaves out, as a copy editor
    reads it, so the second mention need not repeat the first's words. It never outweighs what
    tells two figures apart: two heads that are not one thing ("412 pupils" and "421 parents"),
    two times, places, actors or names, a target, a start, a part or a remainder (`may_be_one`).
    A third figure of the thing that either could equally be, with another value, makes the pair
    ambiguous; so does a table row, which is its own record; and a third figure that is the gap
    between them says that one was worked from the other, not typed from it."""
    by_key: dict[tuple[str, str | None], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        key = "money" if is_money_lost(claim) else quantity_key(claim)
        if key is None and claim.kind is ClaimKind.MEASURE and claim.dimension == _TIME:
            key = _TIME  # "for 18 months": a length of time is timing's, but for its unit slipped (below)
        if key is None or key == "change" or not claim.value:
            continue
        if claim.kind not in _LONE_KINDS and key != "money":
            continue
        by_key.setdefault((key, claim.per), []).append(claim)
    # the figures said beside another of their dimension, in another unit, in one sentence: a figure
    # and its conversion
    units: dict[tuple[tuple[str, str | None], int], set[str | None]] = {}
    for grouped, figures in by_key.items():
        for claim in figures:
            units.setdefault((grouped, claim.sentence_start), set()).add(claim.unit)
    converted = {id(claim) for grouped, figures in by_key.items() for claim in figures
                 if len(units[(grouped, claim.sentence_start)]) > 1}  # fmt: skip
    for (kind_key, _), figures in by_key.items():
        for later_index, later in enumerate(figures):
            if not _may_be_copied(later):
                continue
            for earlier in reversed(figures[max(0, later_index - NEAREST_FIGURES) : later_index]):
                signature = typing_signature(later, earlier) if _may_be_copied(earlier) else None
                if signature is None or (kind_key == _TIME and signature is not Signature.UNIT):
                    continue  # a length of time is timing's, but for its unit slipped (numcheck.timing)
                if signature is Signature.UNIT and (id(later) in converted or id(earlier) in converted):
                    continue  # "5.3 km (5.3 miles)": a conversion beside its figure is conversion-mismatch's
                if not _one_thing(earlier, later, signature) or (kind_key == _TIME and _two_acts(earlier, later)):
                    continue
                nearby = figures[max(0, later_index - NEAREST_FIGURES) : later_index + NEAREST_FIGURES]
                if worked_out(earlier, later, nearby) or not _unambiguous(earlier, later, nearby):
                    break
                if not match(later, earlier).linked:
                    yield later, earlier
                break
    yield from _rates_typed_as_their_amount(by_key)


def _rates_typed_as_their_amount(
    by_key: dict[tuple[str, str | None], list[Claim]],
) -> Iterator[tuple[Claim, Claim]]:
    """(later, earlier) for a sum or count said once as a rate of a calendar period and once bare,
    whose digits read as one figure typed twice: "should raise £437,000 a year", then "the council
    insists the city needs the £487,000". A later mention leaves the period out as it leaves out
    other words; the rate is given as the amount it names. Only two digits swapped or one changed:
    a rate at another scale is what it comes to over a span ("£950 a year", "£9,500 over ten years")."""
    for (key, per), rates in by_key.items():
        # (a count's key names its rate: "count per calendar period")
        bare = (key.removesuffix(_PER_PERIOD), None)
        if per not in _CALENDAR_PERIODS or bare not in by_key:
            continue
        amounts = by_key[bare]
        for rate in rates:
            if not _may_be_copied(rate):
                continue
            as_amount = dataclasses.replace(rate, per=None, dimension=amounts[0].dimension)
            for amount in amounts:
                if amount.sentence_start == rate.sentence_start or not _may_be_copied(amount):
                    continue
                if _PAID_ONCE.search(amount.sentence):
                    continue  # "a one-off joining fee of £362": a sum paid once is no rate's amount
                earlier, later = (as_amount, amount) if rate.start < amount.start else (amount, as_amount)
                signature = typing_signature(later, earlier)
                if signature not in _NOT_A_SPAN or not _one_thing(earlier, later, signature, periods=False):
                    continue
                figures = [*amounts, as_amount]
                if not (worked_out(earlier, later, figures) or not _unambiguous(earlier, later, figures)):
                    yield later, earlier


_CALENDAR_PERIODS = frozenset({"year", "month", "week", "day"})
_PER_PERIOD = " per calendar period"
_PAID_ONCE = LazyPattern(r"\b(?:one-off|one\s+off|lump[\s-]sum|single\s+payment|upfront|up-front)\b", re.IGNORECASE)
_NOT_A_SPAN = frozenset({Signature.SWAPPED, Signature.CHANGED})


def _two_acts(earlier: Claim, later: Claim) -> bool:
    """Two lengths of time whose verbs are two acts ("a trial lasting 14 weeks", "jailed for 14
    years"), unless the later points back at the earlier ("those 18 weeks")."""
    one, other = (earlier.evidence or NO_EVIDENCE).governor, (later.evidence or NO_EVIDENCE).governor
    return bool(one and other and one != other) and not (later.evidence or NO_EVIDENCE).definite


def is_money_lost(claim: Claim) -> bool:
    """A sum of money lost, which reads as a change ("the club lost £1.38 million", "a £1.38m
    loss") but is an amount in its own right, as "a loss of £138,000" is: a year's loss, not how
    far something fell. Not a change between two levels ("fell £2m to £40m")."""
    if claim.kind is not ClaimKind.CHANGE or claim.direction is not Direction.DOWN or claim.unit is None:
        return False
    if claim.unit == "percent" or claim.from_value is not None or claim.to_value is not None:
        return False
    found = claim.evidence or NO_EVIDENCE
    return (claim.dimension or "").startswith("[currency") and (found.head == "loss" or found.governor == "lose")


def _may_be_copied(claim: Claim) -> bool:
    """A figure as a document states a quantity: one figure, not a range, a bound ("under 14", "more
    than 300"), a start, a difference or a table cell."""
    if claim.role is not None or claim.qualifier in WRITTEN_RANGES or is_difference(claim):
        return False
    if claim.low is None or claim.high is None or math.isinf(claim.low) or math.isinf(claim.high):
        return False
    at = claim.start - claim.sentence_start
    if _SOME_OF_THEM.match(claim.sentence, at + len(claim.text)) and not _ALL_BEFORE.search(claim.sentence[:at]):
        return False  # "315 of them are on display": a part of a set said before; "all 263 of them" is the set
    return not (("|" in claim.sentence and not claim.sentence.rstrip().endswith(".")) or is_aligned_row(claim.sentence))


def _one_thing(one: Claim, other: Claim, signature: Signature, *, periods: bool = True) -> bool:
    """Nothing tells the two figures apart, and their heads, if both have one, are one thing;
    `periods=False` leaves out the period one side's words name (a rate's own "a year")."""
    if one.kind is ClaimKind.COUNT and counted(one)[0] is None and counted(other)[0] is None:
        return False  # two bare counts: nothing says either counts what the other does
    if one.kind is ClaimKind.COUNT and signature is Signature.SCALED and not (_named(one) and _named(other)):
        return False  # a tenth of a set is a common part: "3,150 objects", then "Just 315 are on show"
    earlier, later = (one, other) if one.start < other.start else (other, one)
    if act_of(later, later.evidence or NO_EVIDENCE) is not None and acts_disagree(earlier, later):
        # a later figure that brings an act of its own counts what that act did ("had 1,240 nurses in
        # post", then "has recruited 140 nurses"); one that leaves the act out points back to the
        # figure ("took in 412 donkeys", then a fact box's "taken in this year: 4,120")
        return False
    # a definite later mention ("the 836 redundancies") points back at a figure said before, whose
    # mood it keeps, whatever its own clause hopes or expects of it; not a target's outcome ("hopes to
    # raise £2,350", then "the £2,530 collected so far")
    found, before = later.evidence, earlier.evidence
    referring = found is not None and found.definite and found.modal and not (before and before.modal)
    moods = not referring or act_of(later, found or NO_EVIDENCE) is not None
    # a likeness chance seldom makes outweighs a period one side's clause names: "the season's total
    # of 1,162 lambs was the best since 2019" is the "1,126 lambs" born this spring
    short = signature is not Signature.UNIT and max(map(len, map(significant_digits, (one.value, other.value)))) < 3
    if short and any(_another_year(claim.evidence or NO_EVIDENCE) for claim in (one, other)):
        return False  # two digits are too few to outweigh a year either side names ("since 2019, when 2.1 tonnes")
    rare = signature in _RARE_BY_CHANCE and not short
    return (
        heads_agree(one, other)
        and may_be_one(one, other, heads=False, moods=moods, names=False, periods=periods and not rare)
        and not _modifiers_differ(one, other)
    )


# Two digits swapped, a digit dropped or the same digits at another scale: for figures of three
# significant digits, one or two of the 900 of their order of magnitude, where a changed digit is 18
_RARE_BY_CHANCE = frozenset({Signature.SWAPPED, Signature.SCALED, Signature.DROPPED})


def _named(claim: Claim) -> bool:
    """A figure that says what it counts: by a noun, or by the label of its line in a fact box
    ("- taken in during the year: 4,120")."""
    at = claim.start - claim.sentence_start
    return counted(claim)[0] is not None or bool(_LABELLED.search(claim.sentence[:at]))


# "Sleepers: 246", "- taken in this year: 4,120": a line of a fact box, which states its figure whole
_LABELLED = LazyPattern(r"[A-Za-z)]\s*:\s*$")


def _modifiers_differ(one: Claim, other: Claim) -> bool:
    """ "412 primary pupils" and "421 secondary pupils": each narrowed its own way."""
    mine, theirs = set(counted(one)[1]) - _HOW_OFTEN, set(counted(other)[1]) - _HOW_OFTEN
    return bool(mine - theirs and theirs - mine)


def _head(claim: Claim) -> str | None:
    """What a figure counts, or None for a word that names no thing ("figure", "total")."""
    head = counted(claim)[0]
    if head is None or (head in GENERIC_SUBJECTS and head not in PLAIN_PEOPLE):
        return None
    if claim.kind is ClaimKind.MONEY and head in _WHAT_MONEY_IS:
        return None
    return head


# Words that say what a sum of money is, or name the one undertaking a story prices, rather than
# a thing counted: a story calls one sum "the £37m cost", "its budget", "the scheme" and "the
# rebuild" by turns, so two sums whose digits read as one typed twice are not told apart by them
_WHAT_MONEY_IS = frozenset(
    "cost costs price bill budget spend spending outlay sum fee charge rent bet investment value worth "
    "project scheme plan works work rebuild redevelopment refurbishment renovation restoration upgrade "
    "revamp refit".split()
)


# "people" names what any count of people counts: "236 people" and "the 263 sleepers" may be one set
PLAIN_PEOPLE = frozenset({"people", "person", "individual"})
# Nouns for the people one event or outlet gathers, which a story also counts by what they do:
# "a weekly audience of 16,800" and "its 18,600 listeners", "a crowd of 6,000" and "6,300 spectators"
_GATHERED = frozenset({"audience", "crowd", "attendance", "turnout"})
# Adjectives of how often, which say when a count is taken, not which of the things it counts:
# "18,600 weekly listeners" are the station's listeners
_HOW_OFTEN = frozenset({"weekly", "daily", "monthly", "yearly", "annual", "nightly", "hourly"})


def _narrowed(modifiers: tuple[str, ...]) -> bool:
    return any(modifier not in _HOW_OFTEN for modifier in modifiers)


# How English names a person by what they do or are: sleeper, visitor, cyclist, participant,
# resident, trainee, librarian, fireman. A thing named so ("a meter", "the tower") has no such
# count beside "people" in a story as often as a person does.
_PERSON_ENDING = LazyPattern(r"(?:er|or|ist|ant|ent|ee|ian|man|men|woman|women)$")
_PERSON_NOUNS = frozenset(
    "people person individual adult child pupil student staff workforce crowd attendance audience guest "
    "family household patient victim fan volunteer resident member".split()
)


def names_people(head: str) -> bool:
    """Whether a head noun counts people: "members", "volunteers", "drivers"."""
    word = head.split()[-1]
    return word in _PERSON_NOUNS or bool(_PERSON_ENDING.search(word))


def heads_agree(one: Claim, other: Claim) -> bool:
    """Two heads name one thing: the same noun, synonyms in the vocabulary, a thing and its kind
    ("penguin" and "bird"), "people" and a noun for people ("sleeper"), or one side silent on it."""
    first, second = _head(one), _head(other)
    if first is None or second is None:
        return True
    vocabulary = load_vocabulary()
    first, second = (_canonical(head, vocabulary) for head in (first, second))
    if first in PLAIN_PEOPLE or second in PLAIN_PEOPLE or first in _GATHERED or second in _GATHERED:
        # a plain noun for people, or for the people an event gathers: "water meters" ends as
        # "sleepers" does, but names a kind of thing
        plain = first in PLAIN_PEOPLE or first in _GATHERED
        thing = other if plain else one
        named = second if plain else first
        return names_people(named) and not _narrowed(counted(thing)[1])
    if _does(first, second) or _does(second, first):
        return True
    if _compound_of(first, second) or _compound_of(second, first):
        return True
    return first == second or first in _kinds(second, vocabulary) or second in _kinds(first, vocabulary)


def _compound_of(compound: str, head: str) -> bool:
    """A closed compound and its last part, which names what it is: "bedroom" is a room, "footbridge"
    a bridge, "lifeboat" a boat. Not a suffix that only looks like a word ("membership")."""
    return (
        len(head) >= 4
        and len(compound) - len(head) >= 3
        and compound.endswith(head)
        and head not in _SUFFIXES_LIKE_WORDS
    )


_SUFFIXES_LIKE_WORDS = frozenset("ship hood ward wide wise less like ment ness some".split())


def _does(agent: str, act: str) -> bool:
    """An agent noun and its verb, as a headline's verb is read for a head: "swimmer" and "swim",
    "runner" and "run", "rider" and "ride"."""
    return len(act) >= 3 and agent in (act + "er", act + "r", act + act[-1] + "er")


def _canonical(head: str, vocabulary: Vocabulary) -> str:
    word = head.split()[-1]
    word = vocabulary.subject_synonyms.get(word, word)
    return vocabulary.head_synonyms.get(word, word)


def _kinds(head: str, vocabulary: Vocabulary) -> frozenset[str]:
    return vocabulary.kinds.get(head, frozenset())


def worked_out(earlier: Claim, later: Claim, nearby: Sequence[Claim], *, terms: int = 3) -> bool:
    """The two differ by a third figure of the document, or by the sum of up to `terms` of them: one
    is worked from the other ("charged £27,500 for repairs worth about £3,000", then "a compensation
    order for £24,500"; "public £45,000", then "Total £465,000" over £300,000 and £120,000), not
    typed from it."""
    gap = abs(_in_base(earlier) - _in_base(later))
    others = [_in_base(third) for third in nearby if third is not earlier and third is not later][:_SUMMED_AT_MOST]
    return any(
        abs(sum(summed) - gap) <= _WORKED * gap
        for size in range(1, terms + 1)
        for summed in itertools.combinations(others, size)
    )


# How many other figures nearby are tried as the terms of a worked gap (three of twelve is 298 sums)
_SUMMED_AT_MOST = 12


# How near a third figure must come to the gap between two to be what separates them: a stated
# part is often rounded ("about £3,000")
_WORKED = 0.02


def _unambiguous(earlier: Claim, later: Claim, nearby: Sequence[Claim]) -> bool:
    """No third figure nearby that may be one thing with both, and gives another value: then the
    two may be two of several figures of a thing, as "236 people", "246 people" and "256 people"
    may be three years' counts."""
    return not any(
        third is not earlier and third is not later and third.value not in (earlier.value, later.value)
        and third.sentence_start != later.sentence_start and third.sentence_start != earlier.sentence_start
        and heads_agree(third, earlier) and heads_agree(third, later)
        and may_be_one(third, earlier, heads=False) and may_be_one(third, later, heads=False)
        for third in nearby
    )  # fmt: skip
