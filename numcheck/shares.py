"""Share and part structures in one sentence's claims, for the share and parts check kinds.

Extraction reads figures; this stage reads how a sentence puts them together: "12 of the 40"
(a share worked out from two counts), "one in four" (a rate), "a third of the 600" (a fraction of a
whole), "35% of the 20" (a percentage of a stated base), "the majority of" (a share in words), a
figure set beside another in apposition ("12 of the 40 schools (35%)"), and a total broken into
parts ("14 casualties: 3 dead and 9 injured"). Offsets are into the claims' sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache

from numcheck.calendar_words import MONTHS
from numcheck.model import WRITTEN_RANGES, Claim, ClaimKind, Interval
from numcheck.remembered import per_document
from numcheck.scanning import LazyPattern


class ShareForm(StrEnum):
    COUNTED = "counted"  # "12 of the 40": worked out from two counts
    RATE = "rate"  # "one in four", "nine in every ten", "seven out of ten"
    FRACTION = "fraction"  # "a third of", "half", "two-thirds"
    PERCENT = "percent"  # "35%", "20 per cent of the 300"
    WORDS = "words"  # "the majority of", "most"


@dataclass(frozen=True, slots=True)
class Share:
    """A share of a whole as the sentence states it, with the slack its writing implies."""

    form: ShareForm
    start: int
    end: int
    text: str  # as written: "12 of the 40", "one in four", "a third of the 600"
    fraction: Interval  # of the whole, 0 to 1
    nominal: float  # the share as stated: 1/3 for "about a third", 0.5 for "the majority"
    claims: tuple[Claim, ...]  # the figures it is read from
    whole: Claim | None = None  # the 40 of "12 of the 40", the 600 of "a third of the 600"
    part: Claim | None = None  # the 12 of "12 of the 40"


Mention = Share | Claim  # a share, or a figure that is no share


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A total and the parts a sentence splits it into."""

    total: Claim
    parts: tuple[Claim, ...]
    marker: str  # what introduces the parts: ":", "of the", "including", "made up of", ...
    exhaustive: bool  # the parts claim to cover the whole total


# Figures a share can be made of: counts, and amounts of one unit ("£3m of the £10m budget").
_AMOUNTS = (ClaimKind.COUNT, ClaimKind.MONEY, ClaimKind.MEASURE)
# "of the", "of its", and a possessive after them: "of the ward's 6,200 electors", "of Hallamshire's"
_DETERMINER = (
    r"(?:(?:the|its|their|his|her|our|all|these|those|all\s+the|all\s+of\s+the)\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Za-z][\w-]*['’]s?\s+)?"  # "of Ashmere Fen's 16 pairs"
)
_OF_BETWEEN = LazyPattern(rf"\s+(?P<out>out\s+)?of\s+(?P<det>{_DETERMINER})", re.IGNORECASE)
# "1,204 votes out of 2,460", "9 schools out of the 30": the part's noun before "out of" (a bare
# "of" after a noun is no share: "300 members of the 40 clubs")
_LABEL_OUT_OF = LazyPattern(
    rf"(?P<label>(?:\s+[A-Za-z][\w'’-]*){{1,3}}?)\s+out\s+of\s+(?:{_DETERMINER})", re.IGNORECASE
)
# "142 pupils from a year group of 180", "42 deaths out of a population of 4,000": the part's noun,
# then the whole named by a noun for a group of them
GROUP_NOUNS = "group|cohort|class|intake|total|field|pool|sample|population|roll|membership|electorate|workforce"
_LABEL_FROM_A_GROUP = LazyPattern(
    rf"(?P<label>(?:\s+[A-Za-z][\w'’-]*){{1,3}}?)\s+(?:out\s+of|from)\s+(?:a|an|the|its|their)\s+"
    rf"(?:[a-z][\w-]*\s+)?(?:{GROUP_NOUNS})\s+of\s+",
    re.IGNORECASE,
)
_OF_THEM_AFTER = LazyPattern(r"\s+of\s+(?:them|those|these|whom|which)(?![\w])", re.IGNORECASE)
_OF_WHICH_BEFORE = LazyPattern(r",\s*of\s+(?:which|whom)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.IGNORECASE)
_YEAR_AFTER_IN = LazyPattern(r"\s+(?:in|during|for)\s+\d{4}$")  # "Of the 120 launches in 2025,"
_OF_AFTER = LazyPattern(rf"\s+of\s+({_DETERMINER})", re.IGNORECASE)
# A share set beside the figure before it ("1,008, or 38%", "1,008 (38%"), then the whole
_APPOSED_SHARE_BEFORE = LazyPattern(r"\d[\w\s'’-]{0,30}?(?:,\s*or|\()\s*(?:about|around|some|nearly|almost)?\s*$",
                                    re.IGNORECASE)  # fmt: skip
_CLOSED_THEN_OF = LazyPattern(rf"\s*[),]\s*of\s+({_DETERMINER})", re.IGNORECASE)
# "the vast majority of", "most of the", "a minority of"; not "the most", "at most", "most recently"
_SHARE_WORDS = LazyPattern(
    r"(?<![\w])(?:(?:the|a)\s+(?:(?:vast|overwhelming|large|great|big|clear|narrow|slim|small|tiny)\s+)?"
    r"(?P<side>majority|minority)|(?P<most>most))(?![\w])",
    re.IGNORECASE,
)
_SHARE_WORD_CORES = ("majority", "minority", "most")  # in every match of _SHARE_WORDS (ASCII: lower() folds case)
_NOT_BEFORE_MOST = LazyPattern(r"(?<![\w])(?:the|at|for|what|which|whom?|almost|and\s+the)\s+$", re.IGNORECASE)
# "most" before an adverb or an adjective is a superlative: "Britain's most successful sport"
_NOT_AFTER_MOST = LazyPattern(r"\s+(?:recently|likely|often|common|commonly|popular|important|expensive|cheap|"
                              r"famous|notably|\w+est|\w+ly|\w+(?:ful|ive|ous|able|ible))\b",
                              re.IGNORECASE)  # fmt: skip
# "Of the 40 schools inspected, 12 ...": a whole named at the head of its clause
_OPENER_BEFORE = LazyPattern(
    rf"(?:^|[,;:(—–]\s*|\band\s+)(?:of|out\s+of|among|from|(?:in|from)\s+a\s+(?:survey|poll|sample|study)\s+of)"
    rf"\s+{_DETERMINER}$",
    re.IGNORECASE,
)
_WORDS_THEN_COMMA = LazyPattern(r"(?P<label>(?:\s*[\w'’-]+(?![\w'’-])){0,10}?)\s*,\s*")
# Words that end a label or an apposition: a new clause, a comparison, or another figure's role.
_CLAUSE_WORDS = frozenset(
    """and or but than while whereas compared versus vs against from since up down after before when
    because although though unlike rather instead whom which who whose more less fewer higher lower
    times per each every""".split()
)
_WORD = LazyPattern(r"[\w'’-]+")
_AFTER_FIGURE = LazyPattern(r"(?P<words>(?:\s*[\w'’-]+(?![\w'’-])){0,3}?)\s*(?:[,;:.!?)\]—–]|\s-\s|$)")
_OF_THE_SAME_WHOLE = LazyPattern(r"\s+of\s+(?:the\s+(?:total|whole|group)|them|those|these|all)(?![\w])",
                                 re.IGNORECASE)  # fmt: skip
_POSSESSIVE = LazyPattern(r"(?:\s*[\w-]+(?![\w-])){0,4}?['’]s?(?![\w])")


def _offset(claim: Claim) -> int:
    return claim.start - claim.sentence_start


def _end(claim: Claim) -> int:
    return claim.end - claim.sentence_start


def _plain_words(text: str, limit: int) -> bool:
    """At most `limit` words, none of them a clause word, and no figure."""
    words = _WORD.findall(text)
    return len(words) <= limit and not any(w.lower() in _CLAUSE_WORDS or w[0].isdigit() for w in words)


def _restricting_words(label: str) -> bool:
    """The words after an opening whole that narrow it: a few plain words ("Of the 40 schools
    inspected,"), or a relative clause ("Of the 240 refugees who took the classes last year,",
    "Of the 16 pairs that nested at Ashmere Fen,")."""
    words = _WORD.findall(label)
    relative = next((i for i, word in enumerate(words) if word.lower() in _RELATIVE_WORDS), None)
    if relative is None:
        return _plain_words(label, 6)
    narrowing, clause = words[:relative], words[relative + 1 :]
    return (
        len(narrowing) <= 3 and 0 < len(clause) <= 8
        and not any(word.lower() in _CLAUSE_WORDS or word[0].isdigit() for word in narrowing + clause)
    )  # fmt: skip


_RELATIVE_WORDS = frozenset({"who", "that", "which", "whom"})


def count_interval(claim: Claim, exact_below: float) -> Interval:
    """What a count or amount stands for: its hedge's interval; a whole figure under
    `exact_below` as written ("40 schools" are forty); a larger round one ("1,200 staff") or one
    with decimals ("1.2 km", "£4.2m"), half its last digit either way."""
    if claim.qualifier is not None:
        return claim.interval
    whole_figure = claim.precision >= 1 and float(claim.value).is_integer()
    if claim.precision == 1 or (whole_figure and abs(claim.value) < exact_below):
        return Interval.point(claim.value)
    half = claim.precision / 2
    return Interval(claim.value - half, claim.value + half)


def percent_interval(claim: Claim) -> Interval:
    """A percentage as a fraction, with its hedge and its rounding: "35%" is 0.345 to 0.355.
    A whole percentage is read to the unit even with a trailing zero: "40%" is 39.5% to 40.5%."""
    half = min(claim.precision, 1.0) / 2
    low = None if claim.low is None else (claim.low - half) / 100
    high = None if claim.high is None else (claim.high + half) / 100
    return Interval(low, high, claim.low_inclusive, claim.high_inclusive)


def _loosened(interval: Interval, nominal: float, tolerance: float) -> Interval:
    """A share in words ("a third", "half", "one in four") holds within `tolerance` of the smaller
    of itself and its complement: a third from 30% to 36.7%, nine in ten from 89% to 91%."""
    slack = tolerance * min(nominal, 1 - nominal) if 0 < nominal < 1 else 0.0
    low = None if interval.low is None else max(0.0, interval.low - slack)
    high = None if interval.high is None else interval.high + slack
    return Interval(low, high, interval.low_inclusive or slack > 0, interval.high_inclusive or slack > 0)


def restated_fraction(share: Share, tolerance: float) -> Interval:
    """A share as a restatement of it elsewhere is held to: a rate in words within `tolerance` of
    what it says ("three in four" from 72.5% to 77.5%), where beside its whole it may stand for one
    in anything that rounds to its denominator (66.7% to 85.7%); a fraction bounded on one side
    ("more than half") at its bound; any other share as read."""
    claim = share.claims[0]
    bound = claim.qualifier is not None and (claim.interval.low is None or claim.interval.high is None)
    if share.form is ShareForm.FRACTION and bound:
        return claim.interval  # "more than half" is more than 50%: the bound is the writer's own
    if share.form is not ShareForm.RATE:
        return share.fraction
    written = Interval.point(claim.value) if claim.qualifier is None else claim.interval
    return _loosened(written, claim.value, tolerance)


def _hull(one: Interval, other: Interval) -> Interval:
    """The smallest interval holding both; an open side stays open."""
    low = None if one.low is None or other.low is None else min(one.low, other.low)
    high = None if one.high is None or other.high is None else max(one.high, other.high)
    return Interval(low, high)


def _quotient(part: Interval, whole: Interval) -> Interval:
    """part / whole for positive intervals."""
    low = None if part.low is None or not whole.high else part.low / whole.high
    high = None if part.high is None or not whole.low else part.high / whole.low
    return Interval(low, high, part.low_inclusive, part.high_inclusive)


def _is_percent_share(claim: Claim) -> bool:
    return claim.kind is ClaimKind.PERCENT and claim.direction is None and claim.unit == "percent"


def _is_fraction(claim: Claim) -> bool:
    """ "a third", "half", "two-thirds", "1/3": a ratio of at most one that is no change."""
    return claim.kind is ClaimKind.RATIO and claim.direction is None and 0 < claim.value <= 1


def _same_amount(first: Claim, second: Claim) -> bool:
    return first.kind is second.kind and first.kind in _AMOUNTS and first.unit == second.unit


@dataclass(frozen=True, slots=True)
class _Reader:
    sentence: str
    claims: tuple[Claim, ...]  # quantity claims, in order
    exact_below: float

    def whole_after(self, index: int, end: int) -> Claim | None:
        """The figure right after "of (the)" at `end`: the whole of "a third of the 600"."""
        if index + 1 >= len(self.claims):
            return None
        match = _OF_AFTER.match(self.sentence, end)
        if match is None and _APPOSED_SHARE_BEFORE.search(self.sentence, 0, _offset(self.claims[index])):
            # "polled 1,008, or 38%, of the 2,801 cast", "1,008 (38%) of the 2,801": the share set
            # beside a part, and the part's whole after it
            match = _CLOSED_THEN_OF.match(self.sentence, end)
        candidate = self.claims[index + 1]
        if match is None or match.end() != _offset(candidate) or candidate.kind not in _AMOUNTS:
            return None
        if candidate.direction is not None or _POSSESSIVE.match(self.sentence, _end(candidate)):
            return None  # "a third of the 20 firms' revenue" is a share of the revenue
        return candidate

    def counted(self, index: int) -> Share | None:
        """ "12 of the 40", "12 out of 40", and the rates "seven out of ten", "three in every five"."""
        if index + 1 >= len(self.claims):
            return None
        part, whole = self.claims[index], self.claims[index + 1]
        if not _same_amount(part, whole) or part.direction is not None or whole.direction is not None:
            return None
        if _POSSESSIVE.match(self.sentence, _end(whole)):
            return None
        # "seven out of ten voters" was read as one proportion at extraction; "12 out of 40" is two counts
        of = _OF_BETWEEN.fullmatch(self.sentence, _end(part), _offset(whole))
        if of is None:
            labelled = _LABEL_OUT_OF.fullmatch(
                self.sentence, _end(part), _offset(whole)
            ) or _LABEL_FROM_A_GROUP.fullmatch(self.sentence, _end(part), _offset(whole))
            of = labelled if labelled is not None and _plain_words(labelled.group("label"), 3) else None
        if not of or whole.value <= 0:
            return None
        text = self.sentence[_offset(part) : _end(whole)]
        fraction = _quotient(count_interval(part, self.exact_below), count_interval(whole, self.exact_below))
        return Share(ShareForm.COUNTED, _offset(part), _end(whole), text, fraction, part.value / whole.value,
                     (part, whole), whole=whole, part=part)  # fmt: skip

    def stated(self, index: int) -> Share | None:
        """A fraction or a percentage, with the whole it is "of" when one follows."""
        claim = self.claims[index]
        if _is_fraction(claim):
            form = ShareForm.RATE if claim.is_rate_in_words else ShareForm.FRACTION
            # as written: `read_mentions` loosens it by the tolerance a check asks for
            fraction, nominal = _fraction_in_words(claim, form, 0.0), claim.value
        elif _is_percent_share(claim):
            form, fraction, nominal = ShareForm.PERCENT, percent_interval(claim), claim.value / 100
        else:
            return None
        whole = self.whole_after(index, _end(claim))
        end = _end(claim) if whole is None else _end(whole)
        claims = (claim,) if whole is None else (claim, whole)
        return Share(form, _offset(claim), end, self.sentence[_offset(claim) : end], fraction, nominal, claims,
                     whole=whole)  # fmt: skip

    def in_words(self, taken: list[tuple[int, int]]) -> list[Share]:
        """ "the majority of the 80 delegates", "most of the 120 firms", "a minority of voters"."""
        shares: list[Share] = []
        lowered = self.sentence.lower()
        if self.sentence.isascii() and not any(word in lowered for word in _SHARE_WORD_CORES):
            return shares  # the pattern is tried at every character; most sentences have none of its words
        for match in _SHARE_WORDS.finditer(self.sentence):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if match.group("most"):
                if _NOT_BEFORE_MOST.search(self.sentence, max(0, match.start() - 12), match.start()):
                    continue
                if _NOT_AFTER_MOST.match(self.sentence, match.end()):
                    continue
            after = _OF_AFTER.match(self.sentence, match.end())
            if match.group("side") and match.group().lower().startswith("a ") and (after is None or not after.group(1)):
                continue  # "a majority of 20" is a margin; "a majority of the 80" a share
            majority = match.group("side") is None or match.group("side").lower() == "majority"
            fraction = Interval(0.5, 1.0, False, True) if majority else Interval(0.0, 0.5, True, False)
            whole = None
            if after is not None:
                whole = next((c for c in self.claims if _offset(c) == after.end() and c.kind in _AMOUNTS), None)
            end = match.end() if whole is None else _end(whole)
            shares.append(Share(ShareForm.WORDS, match.start(), end, self.sentence[match.start() : end], fraction,
                                0.5, () if whole is None else (whole,), whole=whole))  # fmt: skip
        return shares

    def opened(self, index: int) -> Share | None:
        """ "Of the 40 schools inspected, 12 ...": the first figure after the comma is a part of the
        whole that opens the clause. A year may name the whole's time: "Of the 120 launches in 2025,"."""
        part = next((c for c in self.claims[index + 1 :] if c.kind is not ClaimKind.DATE), None)
        if part is None:
            return None
        whole = self.claims[index]
        if not _same_amount(whole, part) or whole.value <= 0 or opener_before(self.sentence, whole) is None:
            return None
        gap = _WORDS_THEN_COMMA.match(self.sentence, _end(whole))
        if gap is not None and gap.end() != _offset(part):
            gap = None
        label = gap.group("label") if gap is not None else ""
        if part is not self.claims[index + 1]:
            label = _YEAR_AFTER_IN.sub("", label)  # a date between the whole and its part
        if gap is None or not _restricting_words(label) or part.direction is not None:
            return None
        fraction = _quotient(count_interval(part, self.exact_below), count_interval(whole, self.exact_below))
        text = f"{part.text} of {whole.text}"
        return Share(ShareForm.COUNTED, _offset(whole), _end(part), text, fraction, part.value / whole.value,
                     (part, whole), whole=whole, part=part)  # fmt: skip

    def of_them(self, index: int) -> Share | None:
        """ "launched 120 times in 2025, 42 of them after dark", "2,400 applications, of which 1,320
        were ...": a count said "of them" is a part of the nearest larger amount of its kind before it."""
        part = self.claims[index]
        if part.direction is not None or part.kind not in _AMOUNTS:
            return None
        after = _OF_THEM_AFTER.match(self.sentence, _end(part))
        if after is None and not _OF_WHICH_BEFORE.search(self.sentence, max(0, _offset(part) - 20), _offset(part)):
            return None
        wholes = [c for c in self.claims[:index]
                  if _same_amount(c, part) and c.direction is None and c.value > part.value]  # fmt: skip
        if not wholes:
            return None
        whole = wholes[-1]
        end = after.end() if after else _end(part)
        fraction = _quotient(count_interval(part, self.exact_below), count_interval(whole, self.exact_below))
        return Share(ShareForm.COUNTED, _offset(part), end, f"{part.text} of {whole.text}", fraction,
                     part.value / whole.value, (part, whole), whole=whole, part=part)  # fmt: skip


def opener_before(sentence: str, claim: Claim) -> re.Match[str] | None:
    """ "Of the", "Among the", "Out of" before a figure at the head of a clause."""
    return _OPENER_BEFORE.search(sentence, max(0, _offset(claim) - 30), _offset(claim))


@per_document  # one sentence's mentions are read by share-arithmetic within it and across the document
def read_mentions(claims: Sequence[Claim], *, exact_below: float, fraction_tolerance: float) -> list[Mention]:
    """The shares one sentence states, and the figures that are no share, in order."""
    return [_loosened_share(mention, fraction_tolerance) for mention in _mentions_as_written(claims, exact_below)]


def _loosened_share(mention: Mention, tolerance: float) -> Mention:
    """A share in words ("a third", "one in four") as loose as `tolerance` lets it be; any other
    mention as it is."""
    if not tolerance or not isinstance(mention, Share) or mention.form not in (ShareForm.FRACTION, ShareForm.RATE):
        return mention
    return replace(mention, fraction=_fraction_in_words(mention.claims[0], mention.form, tolerance))


def _fraction_in_words(claim: Claim, form: ShareForm, tolerance: float) -> Interval:
    """The share a fraction or a rate in words allows: "a third" within `tolerance` (see
    `_loosened`); "one in four" over its denominator's rounding, or within `tolerance` of what it
    says, whichever allows more."""
    if form is ShareForm.RATE:
        written = Interval.point(claim.value) if claim.qualifier is None else claim.interval
        return _hull(claim.interval, _loosened(written, claim.value, tolerance))
    return _loosened(claim.interval, claim.value, tolerance)


@per_document  # read once for every fraction tolerance its checks ask of a sentence (two, on the benchmarks)
def _mentions_as_written(claims: Sequence[Claim], exact_below: float) -> list[Mention]:
    """`read_mentions` with no tolerance: which figures make a share, and where, does not depend on
    it; only how loose a share in words is (`_loosened_share`)."""
    ordered = tuple(sorted(claims, key=lambda c: c.start))
    if not ordered:
        return []
    reader = _Reader(ordered[0].sentence, ordered, exact_below)
    shares: list[Share] = []
    used: set[int] = set()
    for index, claim in enumerate(ordered):
        if id(claim) in used:
            continue
        share = reader.opened(index) or reader.counted(index) or reader.stated(index) or reader.of_them(index)
        if share is None or any(id(c) in used for c in share.claims):
            continue
        shares.append(share)
        used.update(id(c) for c in share.claims)
    shares += reader.in_words([(s.start, s.end) for s in shares])
    used.update(id(c) for share in shares for c in share.claims)
    mentions: list[Mention] = [*shares, *(c for c in ordered if id(c) not in used)]
    return sorted(mentions, key=lambda m: (mention_start(m), mention_end(m)))


# A part said with its whole in looser words than "12 of the 40": "400,000 loans in 2024-25,
# including 96,000 e-books" (the whole first), "4,600 first-time visitors among its 18,400", "3,120
# leaks between April and September, out of 4,800 reported" (the part first)
_INCLUDING_BETWEEN = LazyPattern(r"[^.;:]{0,60}?,\s*(?:including|among\s+them)\s+(?:some\s+|about\s+)?", re.IGNORECASE)
_AMONG_OR_OUT_OF_BETWEEN = LazyPattern(
    rf"[^.;:]{{0,70}}?(?:\s|,\s*)(?:(?:among|out\s+of)\s+(?:{_DETERMINER}|(?:a|an|the|its|their)\s+(?:[a-z]+\s+)?"
    rf"(?:{GROUP_NOUNS})\s+of\s+)|"
    # "out of total landings of 2,400 tonnes", "in a total catch of 2,400 tonnes"
    r"(?:out\s+of|in)\s+(?:a\s+|the\s+)?total\s+(?:[a-z]+\s+)?of\s+)",
    re.IGNORECASE,
)


# Counts and measures of one unit: "2,400 tonnes ..., including 600 tonnes of crab" (not money, whose
# "including" lists what a sum paid for as often as a part of it)
_COUNTED_LOOSELY = (ClaimKind.COUNT, ClaimKind.MEASURE)


def loosely_counted(claims: Sequence[Claim]) -> list[Share]:
    """The parts one sentence counts of a whole in looser words than `read_mentions` reads
    (`_INCLUDING_BETWEEN`, `_AMONG_OR_OUT_OF_BETWEEN`): two counts of one kind, neither a change, an
    end or a range, the part the smaller, with nothing but a date between them."""
    ordered = [c for c in sorted(claims, key=lambda c: c.start) if c.kind is not ClaimKind.DATE]
    shares = []
    for first, second in itertools.pairwise(ordered):
        if not _same_amount(first, second) or first.kind not in _COUNTED_LOOSELY:
            continue
        if any(c.direction is not None or c.role is not None or c.qualifier in WRITTEN_RANGES for c in (first, second)):
            continue
        between = (first.sentence, _end(first), _offset(second))
        if first.value > second.value and _INCLUDING_BETWEEN.fullmatch(*between):
            whole, part = first, second
        elif first.value < second.value and _AMONG_OR_OUT_OF_BETWEEN.fullmatch(*between):
            part, whole = first, second
        else:
            continue
        if _POSSESSIVE.match(whole.sentence, _end(whole)):
            continue  # "among the 40 firms' staff": a whole of something else
        shares.append(Share(ShareForm.COUNTED, _offset(first), _end(second), f"{part.text} of {whole.text}",
                            _quotient(part.interval, whole.interval), part.value / whole.value, (part, whole),
                            whole=whole, part=part))  # fmt: skip
    return shares


def counted_before(previous: Sequence[Claim], sentence: Sequence[Claim]) -> list[Share]:
    """The parts a sentence counts "of them" of a whole the sentence before gives: "Last year it
    enrolled 240 adults. Of those, 180 passed", "... 240 learners. The success of 180 of them":
    a count said so, with no larger amount of its kind before it in its own sentence, is a part of
    the last larger amount of its kind in the sentence before (not a change, an end or a range)."""
    shares = []
    ordered = sorted(sentence, key=lambda c: c.start)
    for index, part in enumerate(ordered):
        if part.kind is not ClaimKind.COUNT or part.direction is not None or part.role is not None:
            continue
        if not (
            _OF_THEM_AFTER.match(part.sentence, _end(part)) or _OF_THOSE_OPENING.search(part.sentence[: _offset(part)])
        ):
            continue
        if any(_same_amount(c, part) and c.value > part.value for c in ordered[:index]):
            continue  # a whole of its own sentence (`_Reader.of_them`)
        wholes = [c for c in previous if _same_amount(c, part) and c.value > part.value and c.direction is None
                  and c.role is None and c.qualifier not in WRITTEN_RANGES]  # fmt: skip
        if not wholes:
            continue
        whole = wholes[-1]
        shares.append(Share(ShareForm.COUNTED, _offset(part), _end(part), f"{part.text} of {whole.text}",
                            _quotient(part.interval, whole.interval), part.value / whole.value, (part, whole),
                            whole=whole, part=part))  # fmt: skip
    return shares


# "Of those, 180 passed", "Of them, 11 ...": a clause that opens on the set the sentence before gave
_OF_THOSE_OPENING = LazyPattern(r"^\W*(?:of|among)\s+(?:those|them|these)\s*,\s*(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


def mention_start(mention: Mention) -> int:
    return mention.start if isinstance(mention, Share) else _offset(mention)


def mention_end(mention: Mention) -> int:
    return mention.end if isinstance(mention, Share) else _end(mention)


@cache
def _apposition_gap(links: tuple[str, ...]) -> re.Pattern[str]:
    """Label words, a bracket, comma or dash, then perhaps a linking word: " schools (", " adults, or "."""
    link = "|".join(re.escape(word) for word in sorted(links, key=len, reverse=True))
    return re.compile(
        rf"(?P<label>(?:\s*[\w'’-]+(?![\w'’-])){{0,6}}?)\s*(?:\(|,|—|–|:|\s-\s)\s*(?:(?:{link})(?![\w])\s*,?\s*)?",
        re.IGNORECASE,
    )


def side_by_side(mentions: Sequence[Mention], sentence: str, links: Sequence[str]) -> list[tuple[Mention, Mention]]:
    """Consecutive mentions where the second restates the first in apposition: "12 of the 40
    schools (35%)", "one in four adults, or 40%", "a third of the 600 staff, about 250 people".
    The second must end its phrase: "35% of the budget" or "35% more" is another figure."""
    gap_pattern = _apposition_gap(tuple(links))
    pairs: list[tuple[Mention, Mention]] = []
    for first, second in itertools.pairwise(mentions):
        gap = gap_pattern.fullmatch(sentence, mention_end(first), mention_start(second))
        if gap is None or not _plain_words(gap.group("label"), 6):
            continue
        end = mention_end(second)
        if isinstance(second, Share) and _CLOSED_THEN_OF.search(second.text):
            pairs.append((first, second))  # "640 oaks, or 45%, of the 2,000 trees ...": the share and its whole
            continue
        # "20% of the total", "a third of them" restate a share; "60 of them" counts a part of a part
        same_whole = _OF_THE_SAME_WHOLE.match(sentence, end) if _is_stated_share(second) else None
        after = _AFTER_FIGURE.match(sentence, same_whole.end() if same_whole else end)
        if after is None or not _plain_words(after.group("words"), 3) or _words_include(after.group("words"), "of"):
            continue
        pairs.append((first, second))
    return pairs


def _is_stated_share(mention: Mention) -> bool:
    return isinstance(mention, Share) and mention.form in (ShareForm.PERCENT, ShareForm.FRACTION)


def _words_include(text: str, word: str) -> bool:
    return any(w.lower() == word for w in _WORD.findall(text))


# Parts and totals ------------------------------------------------------------------------------

_LABEL_THEN_COLON = LazyPattern(r"(?P<label>(?:\s*[\w'’-]+(?![\w'’-])){0,6}?)\s*:(?!\d)")
# "1,240 bikes last year (610 sold, 430 given away and 210 to schools)": parts in brackets
_LABEL_THEN_BRACKET = LazyPattern(r"(?P<label>(?:\s*[\w'’-]+(?![\w'’-])){0,4}?)\s*\((?P<inside>[^()]*)\)")
_OR = LazyPattern(r"(?<![\w])or(?![\w])", re.IGNORECASE)
# What stands between the last two parts in brackets that close their list: its label, then "and"
_AND_THEN_LAST = LazyPattern(r"[\w\s'’-]{0,60}?,?\s+and\s+", re.IGNORECASE)
# After the last part in brackets, what says the list is not all of it: ", with the rest from ..."
_MORE_AFTER_LAST = LazyPattern(r"[,;]|(?<![\w])(?:rest|remainder|balance|etc)(?![\w])", re.IGNORECASE)
_LIST_GAP = LazyPattern(r"[\s(),;\w'’-]*")
_DEFINES_AFTER = LazyPattern(r"\s+(?:is|was)\s+(?:the|a|an|its|their)(?![\w])", re.IGNORECASE)
# Words that open a clause of their own before a figure: "with 5 used as substitutes", and a
# participle right before it, "winning 20" ("the remaining 70" completes the list instead).
_NEW_CLAUSE = LazyPattern(r"(?<![\w])(?:with|without|after|having)(?![\w])|(?<![\w])(?!remaining\b)\w+ing\s*$",
                          re.IGNORECASE)  # fmt: skip
# A noun and a verb right after a figure: the figure opens a clause of its own ("60 patients are waiting")
_OWN_SUBJECT_AFTER = LazyPattern(r"\s+[a-z]+\s+(?:are|is|were|was|have|has|had|will|would|can|could)\b")
_OVERLAP_WORDS = LazyPattern(r"(?<![\w])(?:also|both|too|as\s+well|in\s+addition|of\s+those|of\s+these)(?![\w])",
                             re.IGNORECASE)  # fmt: skip
# A part after the last figure of a list that is one thing, said with no figure: "and one abstention"
_UNREAD_PART = LazyPattern(r"[^.;:]*?(?:,|(?<![\w])(?:and|or|plus)(?![\w]))\s+(?:one|an?)\s+[a-z]", re.IGNORECASE)
_CLOCK_BEFORE = LazyPattern(r"\d[:.]$")
_TAIL_LABEL = LazyPattern(r"[^,;.:]{0,60}")
_SUBSET_AFTER = LazyPattern(r"\s+of\s+(?:them|whom|those|these|which|it)\b", re.IGNORECASE)


def _stop_words(text: str) -> bool:
    """A list gap may hold labels and separators, never a comparison or a new clause. "from" names
    a part's source ("£214m from Europe, £168m from ..."), but right before the figure it is the
    start of a change ("rose from 312")."""
    words = [w.lower() for w in _WORD.findall(text)]
    return any(w in _LIST_STOP for w in words) or (bool(words) and words[-1] == "from")


_LIST_STOP = frozenset(
    """than while whereas compared versus vs against but since because although though after
    before when per each every times more less fewer higher lower up down whom which who""".split()
)
# A part's own label may run on ("270 help on the wards and in the day centre, and 280 ..."), but
# then the next part follows its separator at once: "..., and they employ 3,200" is a new clause.
_GAP_WORDS = 6
_LABEL_WORDS = 10
_LAST_SEPARATOR = LazyPattern(r".*(?:[,;]|(?<![\w])(?:and|plus)(?![\w]))", re.IGNORECASE | re.DOTALL)


@cache
def _marker_after(breakdown_markers: tuple[str, ...], partial_markers: tuple[str, ...]) -> re.Pattern[str]:
    """A label, then a marker that introduces parts: " casualties, including", " was split between"."""
    markers = sorted((*breakdown_markers, *partial_markers), key=len, reverse=True)
    return re.compile(
        r"(?P<label>(?:\s*[\w'’-]+(?![\w'’-])){0,4}?)\s*,?\s*(?:(?:is|are|was|were|been|being|be)\s+)?(?P<marker>"
        + "|".join(re.escape(m) for m in markers)
        + r")(?![\w])",
        re.IGNORECASE,
    )


def read_breakdowns(
    claims: Sequence[Claim],
    *,
    breakdown_markers: Sequence[str],
    partial_markers: Sequence[str],
    exhaustive_markers: Sequence[str],
    colon_is_exhaustive: bool,
) -> list[Breakdown]:
    """Totals and their listed parts: after a colon ("14 casualties: 3 dead and 9 injured"),
    after an opening "Of the 250 applicants," or after a marker ("£10m, split between ...")."""
    ordered = tuple(sorted(claims, key=lambda c: c.start))
    if len(ordered) < 2:
        return []
    sentence = ordered[0].sentence
    marker_pattern = _marker_after(tuple(breakdown_markers), tuple(partial_markers))
    exhaustive_of = {m.lower(): True for m in breakdown_markers} | {m.lower(): False for m in partial_markers}
    found: list[Breakdown] = []
    for index, total in enumerate(ordered):
        if (
            total.kind not in _AMOUNTS
            or total.direction is not None
            or _CLOCK_BEFORE.search(sentence, 0, _offset(total))
        ):
            continue  # "at 10:30:" is a time, not a total
        end = _end(total)
        start_of_parts: int | None = None
        marker = ""
        exhaustive = False
        colon = _LABEL_THEN_COLON.match(sentence, end)
        bracket = _LABEL_THEN_BRACKET.match(sentence, end)
        within = len(sentence)
        opened = _WORDS_THEN_COMMA.match(sentence, end) if opener_before(sentence, total) else None
        named = marker_pattern.match(sentence, end)
        if colon and _plain_words(colon.group("label"), 6):
            start_of_parts, marker, exhaustive = colon.end(), ":", colon_is_exhaustive
        elif named and _plain_words(named.group("label"), 4):
            marker = named.group("marker").lower()
            start_of_parts, exhaustive = named.end(), exhaustive_of[marker]
        elif opened and _plain_words(opened.group("label"), 6) and "," not in opened.group("label"):
            start_of_parts, marker = opened.end(), "of the"
        elif (
            bracket
            and _plain_words(bracket.group("label"), 4)
            and not _OR.search(bracket.group("inside"))
            and not _other_periods(sentence[: bracket.start("inside")], bracket.group("inside"))
        ):
            # not "5 miles (8 km, or 8,000 m)"; the brackets may list only some of the parts
            start_of_parts, marker, within = bracket.start("inside"), "(", bracket.end("inside")
        if start_of_parts is None:
            continue
        inside = [c for c in ordered[index + 1 :] if _end(c) <= within]
        parts = _parts(sentence, inside, total, start_of_parts, semicolons=marker == ":", bracketed=marker == "(")
        if not parts or (marker == "(" and len(parts) < 2):
            continue
        listed = sentence[start_of_parts : _end(parts[-1])].lower()
        if any(re.search(rf"(?<![\w]){re.escape(m.lower())}(?![\w])", listed) for m in partial_markers):
            exhaustive = False
        elif any(_marked_part(sentence, start_of_parts, parts, m) for m in exhaustive_markers):
            exhaustive = True
        elif (
            marker == "("
            and _AND_THEN_LAST.fullmatch(sentence, _end(parts[-2]), _offset(parts[-1]))
            and not _MORE_AFTER_LAST.search(sentence, _end(parts[-1]), within)
        ):
            # "£475 million (£214 million from Europe, £168 million from America and £83 million
            # from Asia)": brackets that close their list with "and" give the whole breakdown
            exhaustive = True
        if exhaustive and _UNREAD_PART.match(sentence, _end(parts[-1]), within):
            exhaustive = False  # "seven for, two against and one abstention": "one" is read as no figure
        found.append(Breakdown(total, parts, marker, exhaustive))
    return found


def _other_periods(before: str, inside: str) -> bool:
    """Whether brackets give figures of other months or years than the words before them:
    "2,310 patients in March (1,480 in February and 1,690 in January)" are earlier months."""
    said = {found.casefold() for found in _PERIOD.findall(before)}
    listed = {found.casefold() for found in _PERIOD.findall(inside)}
    return bool(said and listed and not listed <= said)


_PERIOD = LazyPattern(rf"(?<![\w])(?:{'|'.join(MONTHS)}|(?:19|20)\d\d)(?![\w])")


def _marked_part(sentence: str, list_start: int, parts: Sequence[Claim], marker: str) -> bool:
    """ "and the remaining 9": the marker stands right before one of the parts."""
    pattern = re.compile(rf"(?<![\w]){re.escape(marker)}[\s,(]*$", re.IGNORECASE)
    previous = list_start
    for part in parts:
        if pattern.search(sentence, previous, _offset(part)):
            return True
        previous = _end(part)
    return False


def _parts(
    sentence: str, after: Sequence[Claim], total: Claim, start: int, *, semicolons: bool, bracketed: bool = False
) -> tuple[Claim, ...]:
    """The figures listed from `start`: of the total's kind, each after a label and a separator.
    A semicolon separates parts only in a list after a colon; elsewhere it starts a new clause
    ("118 medals, including 41 golds; China won 88")."""
    parts: list[Claim] = []
    previous = start
    for claim in after:
        if claim.kind is not total.kind or claim.dimension != total.dimension or claim.direction is not None:
            break
        if claim.kind is ClaimKind.MONEY and claim.unit != total.unit:
            return ()  # two currencies without rates are not summed
        gap = sentence[previous : _offset(claim)]
        if _gap_too_long(gap, after_a_part=bool(parts)) or _stop_words(gap) or not _LIST_GAP.fullmatch(gap):
            break
        if any(ch.isdigit() for ch in gap) or ":" in gap or (";" in gap and not semicolons):
            break
        if parts and not re.search(r"[,;]|(?<![\w])(?:and|plus)(?![\w])", gap, re.IGNORECASE):
            # "47 were men and 60 were under 25": the last part is qualified by a figure, so the parts
            # may overlap ("32 seniors over 65" may be of the adults), and what they cover is unsaid
            return ()
        if parts and _NEW_CLAUSE.search(re.split(r"[,;(]|(?<![\w])(?:and|plus)(?![\w])", gap)[-1]):
            break  # "18 at home and 12 away, winning 20": the list has ended
        if _OVERLAP_WORDS.search(gap):
            return ()  # "600 work shifts and 500 are also members": the parts overlap
        if sentence.startswith(")", _end(claim)) and "(" not in gap and not bracketed:
            return ()  # "three steps: 1) cut flaring; 2) ...": the figures number the items
        if _SUBSET_AFTER.match(sentence, _end(claim)):
            break  # "180 accepted, 120 of them women": a part of a part
        if parts and _OWN_SUBJECT_AFTER.match(sentence, _end(claim)):
            break  # "of which 350 are full, and 60 patients are waiting": a clause of its own subject
        parts.append(claim)
        previous = _end(claim)
    tail = _TAIL_LABEL.match(sentence, previous)
    if parts and tail is not None and _OVERLAP_WORDS.search(tail.group()):
        return ()
    return tuple(parts)


def _gap_too_long(gap: str, *, after_a_part: bool) -> bool:
    """Too many words between two figures for the second to be the next part of a list: a few
    before the first part; between parts a few, or a longer label of the part before when the next
    part follows its separator at once."""
    words = len(_WORD.findall(gap))
    if not after_a_part:
        return words > _GAP_WORDS - 1
    separated = _LAST_SEPARATOR.match(gap)
    if words <= _GAP_WORDS or separated is None:
        return words > _GAP_WORDS
    label, lead_in = gap[: separated.end()], gap[separated.end() :]
    return len(_WORD.findall(label)) > _LABEL_WORDS or bool(_WORD.search(lead_in))


def _said_of_the_base(share: Claim, base: Claim) -> bool:
    """ "Of the 20 patients, 37% recovered" (a verb over the share) or "30% were teenagers" (the
    base's noun is the share's head): a share of the base. "22% unemployment" counts something else."""
    said, of_base = share.evidence, base.evidence
    if said is None:
        return False
    return (
        said.governor is not None
        or (of_base is not None and said.head == of_base.head)
        or share.subject == base.subject
    )


def stated_bases(mentions: Sequence[Mention], claims: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """(percentage, base) where the sentence states the base plainly: "37% of the 20 patients",
    or "Of the 20 patients, 37% recovered and 45% relapsed", the shares listed right after the comma."""
    bases = [
        (mention.claims[0], mention.whole)
        for mention in mentions
        if isinstance(mention, Share) and mention.form is ShareForm.PERCENT and mention.whole is not None
    ]
    ordered = sorted(claims, key=lambda c: c.start)
    for index, whole in enumerate(ordered):
        sentence = whole.sentence
        if whole.kind is not ClaimKind.COUNT or opener_before(sentence, whole) is None:
            continue
        opened = _WORDS_THEN_COMMA.match(sentence, _end(whole))
        if opened is None or not _plain_words(opened.group("label"), 6):
            continue
        previous, listed = opened.end(), 0
        for claim in ordered[index + 1 :]:
            gap = sentence[previous : _offset(claim)]
            if not _is_percent_share(claim) or _stop_words(gap) or not _LIST_GAP.fullmatch(gap):
                break
            if listed == 0 and gap.strip():
                break  # "Of the 20 countries, France had 37%": a share of something else
            if listed and (len(_WORD.findall(gap)) > 4 or not re.search(r"[,;]|(?<![\w])and(?![\w])", gap)):
                break
            if _OF_AFTER.match(sentence, _end(claim)) and not _SUBSET_AFTER.match(sentence, _end(claim)):
                break  # "37% of the doses": another base
            if _DEFINES_AFTER.match(sentence, _end(claim)) or not _said_of_the_base(claim, whole):
                break  # "42% is the average rate", "22% unemployment": a figure about the group
            bases.append((claim, whole))
            previous, listed = _end(claim), listed + 1
    return bases
