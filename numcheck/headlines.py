"""Headlines: a headline's figure against the figure of the lede sentence that tells it.

A news headline names the story's figure in a few words, and the first sentence of the body tells
the same fact in full ("Corlan orders 46 electric buses", then "Corlan City Transport has ordered
64 electric double-deckers ..."). Their words differ too much for linking (another noun, no verb,
no names), but where they are is evidence of its own: the headline and the lede right under it
say one thing. A headline figure is paired with the lede's figure of its kind when the lede has
only one, the words around it share a word with the headline, nothing else in the body states the
headline's figure, and nothing tells the two apart (either end of a change, a target against an
outcome, a difference, another attribute). With two figures of its kind in the lede the headline's
may be a part, or their difference ("Council puts £3.2m into ..." over "The £11.6 million rebuild
... Network Connect, which paid £8.4 million")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Sequence

from numcheck.frames import frame_of, is_headline, is_relative_amount
from numcheck.linking import is_age, quantity_key
from numcheck.model import Claim, ClaimKind
from numcheck.subjects import lemma, word_stem
from numcheck.timing import date_key

# How many words either side of a lede figure say what it is about
_WINDOW = 6
# The most characters between the headline's end and the lede's start: the blank line between
_GAP = 4
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_SKIP = frozenset(
    """the a an of in on at to for from by with and or but than as that which who was were is are be been
    being have has had will would could should may might can it its their his her our this these those they
    he she we you there here also not no so if then up down about around over under more less per each into
    onto said says say told after before since until while when where what new""".split()
)


def headline_pairs(claims: Sequence[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """(headline figure, lede figure) for each figure of a document's headline that the lede
    sentence right under it tells with another figure of its kind (see the module docstring);
    whether the two figures disagree is the caller's question."""
    ordered = sorted(claims, key=lambda claim: claim.start)
    headline = [claim for claim in ordered if is_headline(claim) and _plain(claim)]
    if not headline:
        return
    headline_end = headline[0].sentence_start + len(headline[0].sentence)
    lede = [claim for claim in ordered if 0 <= claim.sentence_start - headline_end <= _GAP and _plain(claim)]
    if not lede:
        return
    body = [claim for claim in ordered if claim.sentence_start >= lede[0].sentence_start]
    headline_words = _forms(headline[0].sentence)
    for figure in headline:
        kind = _kind_of(figure)
        if kind is None or any(_states(other, figure) for other in body):
            continue
        found = [other for other in lede if _kind_of(other) == kind]
        if len(found) == 1 and headline_words & _around(found[0]) and _nothing_apart(figure, found[0]):
            if kind != "duration" and not _lengths(headline) <= _lengths(lede):
                continue  # "£3m on roads over five years" is not "£4.1 million on its roads this year"
            yield figure, found[0]


def _lengths(claims: Sequence[Claim]) -> frozenset[float]:
    """The lengths of time a sentence names, in seconds: the period its amounts are over."""
    return frozenset(claim.base_value for claim in claims if _kind_of(claim) == "duration" and claim.base_value)


def _plain(claim: Claim) -> bool:
    """A figure stated as itself: not a starting point, a range or a bound, nor where a change
    ends ("speed limit cut to 20mph" against "now 30mph": the new figure and the old)."""
    before = claim.sentence[: claim.start - claim.sentence_start]
    return claim.role is None and claim.low == claim.high and not _ENDPOINT_BEFORE.search(before)


_SCHEDULE_AFTER = re.compile(r"^\s+(?:week|day|month|year|weekend|night|shift|cycle)s?\b", re.IGNORECASE)
_ENDPOINT_BEFORE = re.compile(r"\b(?:to|from)\s+$", re.IGNORECASE)


def _kind_of(claim: Claim) -> str | None:
    """What a figure may be compared with: a date with a date of its kind (a year, a day), a length
    of time with a length of time, an amount with an amount of its comparison key."""
    if claim.kind is ClaimKind.DATE:
        key = date_key(claim)
        return None if key is None else "year" if key.isdigit() else "time" if ":" in key else "day"
    if claim.kind.is_quantity and claim.dimension == "[time]" and claim.unit != "percent":
        after = claim.sentence[claim.end - claim.sentence_start :]
        if is_age(claim) or after.startswith("-old") or _SCHEDULE_AFTER.match(after):
            return None  # "a 24-year-old", "a four-day week": an age or a schedule, not how long
        return "duration"
    key = quantity_key(claim)
    return None if key is None or key == "change" else f"amount {key}"


def _states(other: Claim, figure: Claim) -> bool:
    """Whether a body figure states the headline's figure itself: the same date, or the same value."""
    if other is figure:
        return False
    if figure.kind is ClaimKind.DATE:
        return other.kind is ClaimKind.DATE and date_key(other) == date_key(figure)
    same_base = figure.base_value is not None and other.base_value == figure.base_value
    return same_base or (other.unit == figure.unit and other.value == figure.value)


def _nothing_apart(one: Claim, other: Claim) -> bool:
    """No attribute, time contrast, difference or mood tells the headline figure `one` apart from
    the lede's `other`, nor a period the headline names and the lede does not: a headline leaves
    the lede's period out ("£1.2bn for battery research" over "£1.2 billion ... over five years")."""
    headline, lede = frame_of(one), frame_of(other)
    if headline != lede and not (headline == dataclasses.replace(lede, period=False) and lede.period):
        return False
    if is_relative_amount(one) or is_relative_amount(other):
        return False
    moods = (one.evidence.modal if one.evidence else False, other.evidence.modal if other.evidence else False)
    return moods[0] == moods[1] or one.kind is ClaimKind.DATE


def _around(claim: Claim) -> frozenset[str]:
    """The content words within a few words either side of a figure, as lemmas and stems."""
    at = claim.start - claim.sentence_start
    before = _WORD.findall(claim.sentence[:at])[-_WINDOW:]
    after = _WORD.findall(claim.sentence[at + len(claim.text) :])[:_WINDOW]
    return _forms(" ".join(before + after))


def _forms(text: str) -> frozenset[str]:
    """Content words as lemmas and stems, so that "parking" meets "park" and "boosted" "booster"."""
    words = [word for word in _WORD.findall(text) if word.lower() not in _SKIP]
    forms = (form for word in words for form in (lemma(word).casefold(), word_stem(word.lower())))
    return frozenset(form for form in forms if len(form) > 2)
