"""Alignment: a draft figure matched with the source figure whose evidence fits it best.

A draft figure that no source states or implies (numcheck/support.py) is scored against the
source figures of its family on the evidence around each (linking's `match`: the counted thing,
its modifiers, the governing verb, the words either side, the sentence; and the discriminators
that keep figures apart: another time, place, actor, action or mood). Each document's words are
the context of its sentences: a place the draft's sentence names does not keep it from a source
sentence that names no place, when the source names that place elsewhere.

A strong fit is one linking would link on that evidence: nothing tells the two figures apart, and
they count the same thing (or sit in near-identical sentences). The best strong fit is what the
draft figure is compared with; when it disagrees, the draft contradicts it. Without one, the
figure stays unsupported, and its nearest source figures are named best fit first.

Bounds: a strong fit shares a block key with the draft figure (its head, or the words either
side of it: see `linking.block_keys`), so the best is looked for among the source figures under
the draft figure's keys. Ranking every source figure of the family is left to the unsupported."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from numcheck.linking import Match, Relation, block_keys, match
from numcheck.model import Claim
from numcheck.support import base_value, family, value_gap


@dataclass(frozen=True, slots=True)
class Fit:
    """How well a source figure fits a draft figure, and how far apart their values are."""

    source: Claim
    match: Match
    gap: float  # |log| of the ratio of the values; 0 for the same value

    @property
    def strong(self) -> bool:
        return self.match.linked

    agreed: float = 0.0  # what both sentences name besides what linking scores: times, places, a rate's period

    @property
    def rank(self) -> tuple[bool, float, float]:
        """Best first: nothing tells them apart, then the most evidence, then the nearest value."""
        return (self.match.apart is not None, -(self.match.score + self.agreed), self.gap)


@dataclass(frozen=True, slots=True)
class Aligner:
    """The source figures by family and block key, and every document's content words."""

    by_key: Mapping[tuple[str, str], tuple[Claim, ...]]
    words: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, documents: Iterable[Claim], sources: Iterable[Claim]) -> Aligner:
        """From the claims of the documents under check and of their sources."""
        by_key: dict[tuple[str, str], list[Claim]] = {}
        words: dict[str, set[str]] = {}
        for claim in sources:
            name = family(claim)
            if name is not None:
                for key in block_keys(claim):
                    by_key.setdefault((name, key), []).append(claim)
            _add_words(words, claim)
        for claim in documents:
            _add_words(words, claim)
        return cls({key: tuple(found) for key, found in by_key.items()},
                   {path: frozenset(found) for path, found in words.items()})  # fmt: skip

    def fit(self, draft: Claim, source: Claim) -> Fit:
        context = (self.words.get(draft.path, frozenset()), self.words.get(source.path, frozenset()))
        found = match(draft, source, Relation.OTHER_DOCUMENT, documents=context)
        return Fit(source, found, value_gap(base_value(draft), base_value(source)), _agreed(draft, source))

    def best(self, draft: Claim) -> Fit | None:
        """The source figure of the draft figure's family that fits it best, if the fit is strong."""
        name = family(draft)
        if name is None:
            return None
        # a rate is another quantity than a total: "£2 a head" is no fit for "a £12m grant"
        keyed = (c for key in block_keys(draft) for c in self.by_key.get((name, key), ()))
        candidates = {id(c): c for c in keyed if c.per == draft.per}
        strong = [found for c in candidates.values() if (found := self.fit(draft, c)).strong]
        return min(strong, key=lambda found: found.rank, default=None)

    def ranked(self, draft: Claim, candidates: Sequence[Claim], count: int = 3) -> list[Claim]:
        """The `count` candidates that fit the draft figure best, best first (see `Fit.rank`)."""
        unique = list(dict.fromkeys(candidates))
        fits = sorted((self.fit(draft, c) for c in unique), key=lambda found: found.rank)
        return [found.source for found in fits[:count]]


# What each shared time, place or name adds to a fit: less than any evidence linking scores, so it
# only orders fits that linking finds alike ("this year" on both sides against one side only).
_AGREEMENT = 0.25


def _agreed(draft: Claim, source: Claim) -> float:
    one, other = draft.evidence, source.evidence
    if one is None or other is None:
        return 0.0
    shared = sum(bool(set(mine) & set(theirs)) for mine, theirs in
                 ((one.times, other.times), (one.places, other.places), (one.names, other.names)))  # fmt: skip
    return _AGREEMENT * (shared + (draft.per is not None and draft.per == source.per))


def names_what_others_do_not(draft: Claim, stating: Claim, others: Sequence[Claim]) -> bool:
    """Whether a source figure that states the draft's figure names a place or name of the draft's
    sentence that none of `others` (figures it was linked to, which disagree) names: then the draft
    is aligned with the one that states it. "The average London home now costs £532,000" is "in
    London, where they increased 2.1% to £532,000", not "the average home cost £268,000"."""
    named = _named(draft)
    return bool(named & _named(stating)) and not any(named & _named(other) for other in others)


def _named(claim: Claim) -> set[str]:
    """The words of the names and places a claim's sentence gives: "Abernethy" is one of "Fiona
    Abernethy"."""
    found = claim.evidence
    return set() if found is None else {word for name in (*found.names, *found.places) for word in name.split()}


def _add_words(words: dict[str, set[str]], claim: Claim) -> None:
    if claim.evidence is not None:
        words.setdefault(claim.path, set()).update(claim.evidence.words)
