"""Vague amounts: "hundreds of homes", "tens of thousands of fans", "several hundred workers",
"millions of pounds". Each is an interval, so "hundreds of people were evacuated" meets "40 people
were evacuated" and "dozens of flights" meets "300 flights".

The lower end is what the words promise ("hundreds" is at least 200); the upper end is loose,
as copy understates ("hundreds of thousands" for 1.2 million is written), so it is set well past
where the next wording would be used: "hundreds" runs to under 10,000, "thousands" to under 100,000.
"""

from __future__ import annotations

import re

from numcheck.extraction.lexicon import UnitLexicon
from numcheck.extraction.readings import Reading
from numcheck.extraction.wordlists import letter_runs, may_hold
from numcheck.model import ClaimKind, Interval
from numcheck.scanning import LazyPattern

_PLURAL_SCALES = {"dozens": 12.0, "scores": 20.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_SCALES = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
_PLURAL = "|".join(_PLURAL_SCALES)
VAGUE_WORDS = frozenset(_PLURAL_SCALES) | {"dozen"}  # what a sentence must hold to be worth reading for them
_SINGULAR = "|".join(_SCALES)
_VAGUE = LazyPattern(
    rf"(?<![\w-])(?:(?P<tens>tens)\s+of\s+(?P<tens_of>thousands|millions|billions)"
    rf"|(?P<hundreds>hundreds)\s+of\s+(?P<hundreds_of>thousands|millions|billions)"
    rf"|(?P<several>several|a\s+few|a\s+couple\s+of)\s+(?P<several_of>{_SINGULAR})(?![\w-])"
    rf"|(?P<plural>{_PLURAL}))(?![\w-])",
    re.IGNORECASE,
)
# Every vague amount holds one of these words
_NEEDED = letter_runs(_PLURAL_SCALES, ("tens", "several", "few", "couple"))
# "scores of 80%", "thousands of 2019": a bare plural is an amount only before words
_OF_WORDS = LazyPattern(r"\s+of\s+(?=[A-Za-z£$€])", re.IGNORECASE)
_OF = LazyPattern(r"\s+of\s+", re.IGNORECASE)
# "the 1990s", "hundreds-and-thousands", a figure before: "two hundreds"
_NUMBER_BEFORE = LazyPattern(r"\d\s*\Z|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+\Z", re.IGNORECASE)


def _interval(match: re.Match[str]) -> tuple[float, float]:
    """The least the words promise, and where the next wording takes over."""
    if match.group("tens"):
        scale = _PLURAL_SCALES[match.group("tens_of").lower()]
        return 20 * scale, 100 * scale
    if match.group("hundreds"):
        scale = _PLURAL_SCALES[match.group("hundreds_of").lower()]
        return 200 * scale, 1000 * scale
    if match.group("several"):
        scale = _SCALES[match.group("several_of").lower()]
        few = match.group("several").lower().split()
        return 2 * scale, (3 if few[-1] == "of" else 10) * scale  # "a couple of hundred" is 200 to 300
    scale = _PLURAL_SCALES[match.group("plural").lower()]
    return 2 * scale, 100 * scale


def vague_amounts(text: str, readings: list[Reading], lexicon: UnitLexicon) -> list[Reading]:
    """The readings with each vague amount the figure readers left unread added, in order."""
    taken = [(r.start, r.end) for r in readings]
    found: list[Reading] = []
    for match in _VAGUE.finditer(text) if may_hold(text, _NEEDED) else ():
        start, end = match.span()
        if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
            continue
        if _NUMBER_BEFORE.search(text, max(0, start - 8), start):
            continue
        of = _OF.match(text, end)
        if match.group("plural") and not (of or _bare_plural_is_amount(text, start, end)):
            continue
        if match.group("plural") and of and not _OF_WORDS.match(text, end):
            continue
        low, high = _interval(match)
        kind, unit, reading_end = ClaimKind.COUNT, None, end
        named = lexicon.word_at(text, of.end()) if of else None  # "millions of pounds", "hundreds of miles"
        if named is not None:
            kind, unit, reading_end = named[0].kind, named[0].unit, named[1]
        interval = Interval(low, high, True, False)
        phrase = " ".join(text[start:end].lower().split())
        scale = low / 2
        found.append(Reading(start, reading_end, kind, low, unit, interval, phrase, scale, figure_end=end))
    return sorted([*readings, *found], key=lambda r: (r.start, r.end)) if found else readings


def _bare_plural_is_amount(text: str, start: int, end: int) -> bool:
    """ "Hundreds were evacuated", "in their thousands": a bare plural at a clause's head or tail."""
    word = text[start:end].lower()
    if word in ("dozens", "scores"):
        return False  # "dozens" alone is rare as an amount, "scores" usually a result
    before = text[max(0, start - 12) : start].lower()
    return before.endswith(("their ", "the ", "in ")) or not before.strip() or before.rstrip().endswith((",", ":"))
