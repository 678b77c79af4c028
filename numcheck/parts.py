"""Parts: which source figure plays the part of a draft figure, read from the words beside each.

A summary keeps the parts of its source's sentences and may move the figures between them: "the
£42 joining fee" where the source waived a joining fee of £30 and kept membership at £42. What a
figure is about is then best read from the few words next to it, in its own clause: "membership
stays at _ a month", "joining fee of _ is waived". Each figure gets a context of the content words
either side of it, nearest first, up to a clause break or another figure; two figures fit as well
as their contexts share words, a word on the same side counting fully and on the other side three quarters
("local firms gave _" and "_ from local firms"). A figure's part is the source figure of its
family that fits it clearly best.

Bounds: a context is read once per figure (cached by its sentence and place). `PartIndex` keeps
each family's source figures by the words of their contexts, so finding a part scores only the
source figures that share a word with the draft figure, not every figure of the family."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from numcheck.model import WRITTEN_RANGES, Claim, ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.subjects import is_stop_word, lemma
from numcheck.support import family

BEFORE, AFTER, OWN = "before", "after", "own"
# How many tokens either side of a figure its context reaches, at most.
REACH = 7
# A part must share at least this much context with the figure, and fit it this much better than
# any source figure of another value: one shared word next to the figure, or two further off.
MIN_FIT = 0.6
MARGIN = 0.25
# What a shared word on the other side of the figure counts for: "local firms gave _" and "_ from
# local firms" say the same; "_ days of travel in any" and "in any _ days" do not quite.
CROSSED = 0.75

_TOKEN = LazyPattern(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*\d|\d|[;:()\[\]]|,|[^\sA-Za-z\d]")
# Words that open another clause: the figure's context stops before them.
_CLAUSE_WORDS = frozenset("and but while whereas which who where when whose or so because although though".split())
_BREAKS = frozenset(";()[],")  # not ":": "Capital programme: £48 million" labels the figure


@dataclass(frozen=True, slots=True)
class Context:
    """The content words next to a figure: (side, stem) -> weight, nearer words weighing more."""

    words: Mapping[tuple[str, str], float]

    @property
    def stems(self) -> frozenset[str]:
        return frozenset(stem for _, stem in self.words)


def contexts(claims: Iterable[Claim]) -> dict[int, Context]:
    """Each claim's context by id(claim), read with the other figures of its sentence in view."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault((claim.path, claim.sentence_start), []).append(claim)
    found: dict[int, Context] = {}
    for group in by_sentence.values():
        # "children under 10" says who is counted: its words belong to the figures around it
        ages = {id(c) for c in group if is_age_bound(c)}
        spans = sorted({(c.start - c.sentence_start, c.end - c.sentence_start, family(c))
                        for c in group if id(c) not in ages}, key=lambda span: span[:2])  # fmt: skip
        words = tuple(sorted({(c.start - c.sentence_start, c.end - c.sentence_start)
                              for c in group if id(c) in ages}))  # fmt: skip
        for claim in group:
            at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
            name = family(claim)
            outside = [span for span in spans if span[1] <= at or span[0] >= end]
            # a figure of another kind is passed over: in "programme: £48 million over 3 years"
            # the duration's words run back past the money to "programme"
            same = tuple(span[:2] for span in outside if span[2] == name)
            other = tuple(span[:2] for span in outside if span[2] != name)
            found[id(claim)] = _context(claim.sentence, at, end, claim.per, same, words, other)
    return found


@lru_cache(maxsize=8192)
def _context(
    sentence: str,
    at: int,
    end: int,
    per: str | None,
    figures: tuple[tuple[int, int], ...],
    not_figures: tuple[tuple[int, int], ...] = (),
    passed: tuple[tuple[int, int], ...] = (),
) -> Context:
    """`figures`: where the sentence's other figures of the claim's kind stand, so that "six" or
    "a third" ends a context; `not_figures`: figures read as words ("under 10" in "children under
    10"); `passed`: figures of other kinds, each passed over as one word."""
    words: dict[tuple[str, str], float] = {}
    before = _collapsed([_token(m, figures, not_figures, passed) for m in _TOKEN.finditer(sentence, 0, at)][::-1])
    after = _collapsed([_token(m, figures, not_figures, passed) for m in _TOKEN.finditer(sentence, end)])
    for side, tokens in ((BEFORE, before), (AFTER, after)):
        # "Scores of 25 and 40 were posted": figures joined by "and" share the words around both
        tokens = tokens[_coordinated(tokens) :]
        reach = _reach(tokens)
        for distance, token in enumerate(tokens[: min(reach, REACH)]):
            stem = _stem(token)
            if stem is None:
                continue
            weight = 1.0 / (1.0 + distance / 2)
            if reach < len(tokens) and tokens[reach] is _FIGURE:
                # a word between two figures is shared, the nearer one taking more of it: in "17
                # shots to Northbridge's six", "shots" is about 17 and "Northbridge's" about six
                beyond = reach - 1 - distance
                weight *= (beyond + 1) / (distance + beyond + 2)
            key = (side, stem)
            words[key] = max(words.get(key, 0.0), weight)
        if side == BEFORE:
            _add_fronted(words, tokens, reach)
    if per is not None:
        words[(OWN, per)] = 0.5  # "£12 a year", "24.9p per kWh"
    return Context(words)


_FIGURE = "<figure>"
_PASSED = "<figure of another kind>"
# "children under 10", "residents over 65": a bound written after the people it narrows
_AGE_BOUND = LazyPattern(r"(?:under|over|below|above|aged|younger than|older than)\s", re.IGNORECASE)
_PLURAL_BEFORE = LazyPattern(r"[a-z]{3,}s\s+$|\b(?:children|people|men|women)\s+$")


def is_age_bound(claim: Claim) -> bool:
    """ "29 of them in children under 10": a bound on who is counted, after a plural noun with
    nothing counted after it, not a figure of the sentence."""
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    if claim.kind is not ClaimKind.COUNT or claim.noun is not None or not _AGE_BOUND.match(claim.sentence, at):
        return False
    return (
        bool(_PLURAL_BEFORE.search(claim.sentence[max(0, at - 30) : at]))
        and not claim.sentence[end:].lstrip()[:1].isalpha()
    )


# How much a word of a phrase fronted before the clause counts ("On the new fix, gas costs 6.2p").
FRONTED = 0.5


def _add_fronted(words: dict[tuple[str, str], float], before: Sequence[str], reach: int) -> None:
    """The words of a short phrase that opens the sentence and ends at the comma where the clause
    of the figure starts: it sets the scene for the whole clause ("On the new fix, ...", "If you
    stay, ..."), so its words count, at FRONTED weight."""
    if reach >= len(before) or before[reach] != ",":
        return
    fronted = before[reach + 1 :]
    if not fronted or len(fronted) > REACH or any(t in _BREAKS or t is _FIGURE for t in fronted):
        return
    for token in fronted:
        stem = _stem(token)
        if stem is not None:
            key = (BEFORE, stem)
            words[key] = max(words.get(key, 0.0), FRONTED)


def _reach(tokens: Sequence[str]) -> int:
    """How many tokens the context takes: up to a clause break or another figure."""
    for at, token in enumerate(tokens):
        if token in _BREAKS or token is _FIGURE or token.lower() in _CLAUSE_WORDS:
            return at
    return len(tokens)


def _token(
    found: re.Match[str],
    figures: Sequence[tuple[int, int]],
    not_figures: Sequence[tuple[int, int]],
    passed: Sequence[tuple[int, int]],
) -> str:
    """A token as the walk sees it: a figure of the claim's kind (or any digits no claim reads)
    as one mark, a figure of another kind as another."""
    text = found.group()

    def inside(spans: Sequence[tuple[int, int]]) -> bool:
        return any(start < found.end() and found.start() < end for start, end in spans)

    if inside(not_figures):
        return text
    if inside(passed):
        return _PASSED
    if text[0].isdigit() or inside(figures):
        return _FIGURE
    return text


def _collapsed(tokens: list[str]) -> list[str]:
    """The tokens with each run of a passed figure's tokens as one."""
    return [token for at, token in enumerate(tokens) if not (token is _PASSED and at and tokens[at - 1] is _PASSED)]


_COORDINATORS = frozenset({"and", "or", "&"})
_SYMBOLS = frozenset("£$€¥%")


def _coordinated(tokens: Sequence[str]) -> int:
    """How many tokens next to a figure are other figures joined to it ("and 40", ", £12 or")."""
    skipped = 0
    while skipped < len(tokens) and tokens[skipped].lower() in _COORDINATORS:
        ahead = skipped + 1
        while ahead < len(tokens) and tokens[ahead] in _SYMBOLS:
            ahead += 1
        if ahead == len(tokens) or tokens[ahead] is not _FIGURE:
            break
        skipped = ahead
        while skipped < len(tokens) and (tokens[skipped] is _FIGURE or tokens[skipped] in _SYMBOLS):
            skipped += 1
    return skipped


@lru_cache(maxsize=1 << 14)
def _stem(token: str) -> str | None:
    """A content word's stem, or None: "trained", "training" -> "train"; "tags" -> "tag"."""
    if not token[0].isalpha() or len(token) < 3 or is_stop_word(token.lower()):
        return None
    stem = lemma(token).casefold().replace("’", "'").removesuffix("'s").rstrip("'")  # "Brightwell's", "homes'"
    if is_stop_word(stem):
        return None  # "them" -> "they"
    for suffix in ("ing", "ed"):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
            stem = stem[: -len(suffix)]
            break
    if len(stem) > 3 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # "fitted" -> "fitt" -> "fit"
    if len(stem) > 3 and stem.endswith("e"):
        stem = stem[:-1]  # "closing" and "close" -> "clos"; the lemma of "fixed" is "fixe"
    return stem


def fit(one: Context, other: Context) -> float:
    """How well two figures' contexts agree: shared words, each by the lighter of its two weights,
    discounted when it stands on the other side of the figure."""
    score = 0.0
    for (side, stem), weight in one.words.items():
        same = other.words.get((side, stem))
        if same is not None:
            score += min(weight, same)
            continue
        if side is OWN:
            continue
        crossed = other.words.get((AFTER if side == BEFORE else BEFORE, stem))
        if crossed is not None:
            score += min(weight, crossed) * CROSSED
    return score


@dataclass(frozen=True, slots=True)
class PartIndex:
    """Source figures by family and by the stems of their contexts."""

    by_stem: Mapping[tuple[str, str], tuple[Claim, ...]]
    by_family: Mapping[str, tuple[Claim, ...]]
    context_of: Mapping[int, Context]  # by id(claim)

    @classmethod
    def of(cls, sources: Iterable[Claim]) -> PartIndex:
        claims = list(sources)
        context_of = contexts(claims)
        found: dict[tuple[str, str], list[Claim]] = {}
        families: dict[str, list[Claim]] = {}
        for claim in claims:
            name = family(claim)
            if name is None or name == "date" or is_age_bound(claim):
                continue
            families.setdefault(name, []).append(claim)
            for stem in context_of[id(claim)].stems:
                found.setdefault((name, stem), []).append(claim)
        return cls({key: tuple(claims) for key, claims in found.items()},
                   {name: tuple(claims) for name, claims in families.items()}, context_of)  # fmt: skip

    def of_family(self, claim: Claim) -> tuple[Claim, ...]:
        name = family(claim)
        return self.by_family.get(name, ()) if name is not None else ()

    def candidates(self, claim: Claim, mine: Context) -> list[Claim]:
        """The source figures of the claim's family that share a context word with it."""
        name = family(claim)
        if name is None:
            return []
        seen: dict[int, Claim] = {}
        for stem in sorted(mine.stems):  # sorted: the same order on every run
            for other in self.by_stem.get((name, stem), ()):
                seen.setdefault(id(other), other)
        return sorted(seen.values(), key=lambda c: (c.path, c.start))

    def scored(self, claim: Claim, mine: Context) -> list[tuple[float, Claim]]:
        """Each candidate with its fit to the claim, best first (in source order among equals)."""
        rows = [(fit(mine, self.context_of[id(other)]), other) for other in self.candidates(claim, mine)]
        return sorted(rows, key=lambda row: -row[0])

    def part(self, claim: Claim, mine: Context) -> Claim | None:
        """The source figure that plays the claim's part (see `best_part`)."""
        return best_part(self.scored(claim, mine))

    def fitting(self, claim: Claim, mine: Context, min_fit: float) -> list[Claim]:
        """The candidates that fit the claim at least `min_fit`, best first."""
        return [other for score, other in self.scored(claim, mine) if score >= min_fit]


def best_part(rows: Sequence[tuple[float, Claim]], min_fit: float = MIN_FIT) -> Claim | None:
    """Of candidates scored best first, the best, when it fits at least `min_fit` and by MARGIN
    better than any candidate of another value; None when none does."""
    if not rows or rows[0][0] < min_fit:
        return None
    best_fit, best = rows[0]
    for score, other in rows[1:]:
        if numbers(other) != numbers(best):
            if best_fit - score < MARGIN:
                return None
            break
    return best


def numbers(claim: Claim) -> tuple[float, ...]:
    """The numbers a figure writes, in its own unit: both ends of a written range, else its value."""
    if (
        claim.qualifier in WRITTEN_RANGES
        and claim.low is not None
        and claim.high is not None
        and claim.low != claim.high
    ):
        return (claim.low, claim.high)
    return (claim.value,)


def same_number(a: float, b: float) -> bool:
    """The same number as written, but for float noise: 0.249 and 0.249."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)
