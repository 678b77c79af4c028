"""Numbers said as nouns: "a score of fishing boats" (20), "a couple of them" (2, or 3 at a
stretch), "a fortnight" (a length of two weeks), "scored a brace" (2) and "a hat-trick of titles" (3),
which the figure readers, reading number words,
leave alone: "score" and "couple" are read as numbers only before "of" and what they count, never
alone ("the score", "a married couple")."""

from __future__ import annotations

import re

from numcheck.extraction.hedges import apply_hedge, hedge_before
from numcheck.extraction.lexicon import UnitLexicon
from numcheck.extraction.readings import Reading
from numcheck.extraction.wordlists import may_hold
from numcheck.model import ClaimKind, Interval
from numcheck.scanning import LazyPattern
from numcheck.vocabulary import Vocabulary

_NUMBER_NOUNS = {"score": 20.0, "couple": 2.0}
NOUN_WORDS = frozenset(
    {*_NUMBER_NOUNS, "fortnight", "brace", "hattrick", "trick"}
)  # what a sentence must hold to be worth reading for them
_NUMBER_NOUN = LazyPattern(r"(?<![\w-])[Aa]\s+(?P<word>score|couple)\s+of\s+")
# What a number noun counts: people or things, or who they are ("a couple of them"); never a figure or
# a result ("a score of 80%", "a score of three goals to one", "a couple of hundred" is vague.py's)
_COUNTED = LazyPattern(
    r"(?:the|these|those|its|their|his|her|our|your|them|us|you)\b"
    r"|(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|nil|zero)\b)"
    r"(?:[a-z]+[\s-]+){0,2}?(?:people|children|men|women|[a-z]+s)\b(?!-)"
)
# "a couple of weeks" is two, and three at a stretch: a later "three weeks" does not contradict it
_A_COUPLE = Interval(2.0, 3.0)
# "scored a brace", "a hat-trick of titles": two and three in sport's words, before what they count or
# after a verb of scoring; "a brace for the shelf", "a hat-trick hero" are no numbers
_SPORT_NOUNS = {"brace": 2.0, "hat-trick": 3.0, "hat trick": 3.0, "hattrick": 3.0}
_SPORT_NOUN = LazyPattern(r"(?<![\w-])[Aa]\s+(?P<word>brace|hat[\s-]?trick)(?![\w-])", re.IGNORECASE)
_SCORED_BEFORE = LazyPattern(
    r"\b(?:scor(?:e|es|ed|ing)|net(?:s|ted|ting)?|hit(?:s|ting)?|str(?:uck|ike|ikes)|grab(?:s|bed|bing)?|"
    r"add(?:s|ed|ing)?|claim(?:s|ed|ing)?|complet(?:e|es|ed|ing)|took|take[ns]?|bag(?:s|ged)?|"
    r"won|win(?:s|ning)?|seal(?:s|ed)?|earn(?:s|ed)?)\s+(?:(?:his|her|their|its|a\s+)?(?:first|second|third|late|"
    r"stunning|superb|remarkable|quick(?:fire)?|first-half|second-half|fine)\s+)?\Z",
    re.IGNORECASE,
)
_FORTNIGHT = LazyPattern(r"(?<![\w-])[Aa]\s+fortnight(?![\w-])")
# "£50 a fortnight", "twice a fortnight": a rate's period, not a length
_RATE_BEFORE = LazyPattern(r"(?:\d[\d.,]*\s?[%p]?|once|twice|thrice|times|pence|pounds|dollars|euros)\s+\Z", re.I)
# "two 250 g bags a fortnight", "three sessions a fortnight": a figure and the plural it counts, then
# the period; "12 workers spent a fortnight" (a verb before it) is a length
_COUNTED_BEFORE = LazyPattern(r"(?:\s+[\w-]+){0,2}\s+[a-z]*[a-rt-z]s\s+\Z")
_AGO = LazyPattern(r"\s+ago\b", re.IGNORECASE)
_DAYS_A_FORTNIGHT = 14.0


def number_nouns(text: str, readings: list[Reading], lexicon: UnitLexicon, vocabulary: Vocabulary) -> list[Reading]:
    """The readings with each number said as a noun added, in order."""
    if not may_hold(text, NOUN_WORDS):
        return readings
    taken = [(r.start, r.end) for r in readings]
    found: list[Reading] = []
    for match in _NUMBER_NOUN.finditer(text):
        if not _COUNTED.match(text, match.end()):
            continue
        word = match.group("word")
        named = lexicon.word_at(text, match.end())  # "a couple of weeks" is a length, "a couple of pounds" money
        kind, unit, end = (
            (named[0].kind, named[0].unit, named[1]) if named else (ClaimKind.COUNT, None, match.end("word"))
        )
        loose = _A_COUPLE if word == "couple" else None
        found += _hedged(text, match.start(), end, kind, _NUMBER_NOUNS[word], unit, loose, taken, vocabulary)
    for match in _SPORT_NOUN.finditer(text):
        of = _COUNTED.match(text, match.end() + 4) if text[match.end() : match.end() + 4].lower() == " of " else None
        if of is None and not _SCORED_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        value = _SPORT_NOUNS[re.sub(r"[\s-]", "-", match.group("word").lower()).replace("hattrick", "hat-trick")]
        found += _hedged(text, match.start(), match.end(), ClaimKind.COUNT, value, None, None, taken, vocabulary)
    for match in _FORTNIGHT.finditer(text):
        if _is_a_period(text, match.start(), readings) or _AGO.match(text, match.end()):
            continue
        found += _hedged(text, match.start(), match.end(), ClaimKind.MEASURE, 1.0, "fortnight", None, taken,
                         vocabulary, precision=1 / _DAYS_A_FORTNIGHT)  # fmt: skip
    return sorted([*readings, *found], key=lambda r: r.start) if found else readings


def _is_a_period(text: str, start: int, readings: list[Reading]) -> bool:
    """ "£50 a fortnight", "twice a fortnight", "two bags a fortnight": what comes each fortnight."""
    if _RATE_BEFORE.search(text, max(0, start - 12), start):
        return True
    return any(r.end <= start and _COUNTED_BEFORE.fullmatch(text, r.end, start) for r in readings)


def _hedged(
    text: str, start: int, end: int, kind: ClaimKind, value: float, unit: str | None, loose: Interval | None,
    taken: list[tuple[int, int]], vocabulary: Vocabulary, precision: float = 1.0,
) -> list[Reading]:  # fmt: skip
    """The one reading, with the hedge before it ("nearly a score of"), unless a reader took its words."""
    if any(low < end and start < high for low, high in taken):
        return []
    hedge = hedge_before(text, start, vocabulary)
    begin, qualifier = (hedge[1], hedge[0].phrase) if hedge else (start, None)
    interval = loose if hedge is None and loose is not None else apply_hedge(value, hedge[0] if hedge else None)
    return [Reading(begin, end, kind, value, unit, interval, qualifier, precision, figure_end=end)]
