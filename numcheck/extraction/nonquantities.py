"""Figures that are not amounts: dates, times, ordinals, identifiers and section numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from numcheck.extraction.numbers import Figure
from numcheck.extraction.wordlists import one_of
from numcheck.model import ClaimKind
from numcheck.vocabulary import Vocabulary

_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
# "S-300", "MiG-29", "scp2-173": letters (and digits after them) fused to the figure. `\Z`, not `$`,
# throughout: `$` also matches before a final newline, so "a survey of\n1,500" read "of" as fused.
_FUSED_TO_LETTERS = re.compile(r"[A-Za-z][A-Za-z0-9]*[-‐]?\Z")
_TIME_OF_DAY = re.compile(r"\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|UTC)(?![a-z])", re.IGNORECASE)
# "at 1800 hrs" is a time of day; "3 hrs" is a duration.
_TWENTY_FOUR_HOUR = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d\s?(?P<word>hrs|hours)\b", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+\Z", re.IGNORECASE)
_CLOCK = re.compile(r"[:.]\d\d\s?(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_DECADE = re.compile(r"'?s\b")
_FISCAL_YEAR = re.compile(r"[-/–](?:\d\d|\d{4})\b")
# "2000 troops" is a count; "the 2021 census", "the 2020 bus strike": singulars ending in s are not plurals.
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+-)?[a-z]*[a-rt-z](?<![iu])s\b")


@dataclass(frozen=True)
class NonQuantityPatterns:
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    identifier_before: re.Pattern[str]


@cache
def _patterns(vocabulary: Vocabulary) -> NonQuantityPatterns:
    months = one_of(vocabulary.months, ignore_case=True)
    identifiers = one_of(vocabulary.identifier_words, ignore_case=True)
    return NonQuantityPatterns(
        month_before=re.compile(rf"\b(?:{months})\.?\s+(?:the\s+)?\Z", re.IGNORECASE),
        month_after=re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b", re.IGNORECASE),
        identifier_before=re.compile(rf"(?<![\w])(?:{identifiers})\s?(?:no\.?\s?)?\Z", re.IGNORECASE),
    )


def identifier_start(text: str, figure: Figure) -> int:
    """Where an identifier fused to its figure begins: "S-300" starts at "S"."""
    fused = _FUSED_TO_LETTERS.search(text, max(0, figure.start - 12), figure.start)
    return fused.start() if fused and fused.end() == figure.start else figure.start


def classify_non_quantity(text: str, figure: Figure, vocabulary: Vocabulary) -> tuple[ClaimKind, int] | None:
    """(kind, end) when the figure is a date, time, ordinal or identifier; else None."""
    if figure.in_words:
        return None
    patterns = _patterns(vocabulary)
    start, end = figure.start, figure.end
    before = text[max(0, start - 30) : start]
    if _ORDINAL_SUFFIX.match(text, end):
        if patterns.month_after.match(text, end):
            return ClaimKind.DATE, _ORDINAL_SUFFIX.match(text, end).end()  # type: ignore[union-attr]
        return ClaimKind.ORDINAL, _ORDINAL_SUFFIX.match(text, end).end()  # type: ignore[union-attr]
    if (
        _FUSED_TO_LETTERS.search(before)
        and not before.endswith(("US", "A", "C", "NZ", "HK", "R", "S"))
        and before[-3:] not in vocabulary.currency_codes  # "USD115"
    ):
        return ClaimKind.OTHER, end
    if patterns.identifier_before.search(before):
        return ClaimKind.OTHER, end
    twenty_four = _TWENTY_FOUR_HOUR.match(text, start) if figure.is_integer_literal else None
    if twenty_four and (twenty_four.group("word").lower() == "hrs" or text[start] == "0" or _AT_BEFORE.search(before)):
        return ClaimKind.DATE, twenty_four.end()  # "at 1800 hours", "0600 hrs"; not "1200 hours of work"
    clock = _CLOCK.match(text, end)
    if clock:
        return ClaimKind.DATE, clock.end()
    time = _TIME_OF_DAY.match(text, end)
    if time and figure.value <= 24:
        return ClaimKind.DATE, time.end()
    if figure.value <= 31 and figure.is_integer_literal:
        month_after = patterns.month_after.match(text, end)
        if month_after:
            return ClaimKind.DATE, month_after.end()
        if patterns.month_before.search(before):
            return ClaimKind.DATE, end
    if _looks_like_year(text, figure):
        suffix = _DECADE.match(text, end) or _FISCAL_YEAR.match(text, end)
        return ClaimKind.DATE, suffix.end() if suffix else end
    return None


def _looks_like_year(text: str, figure: Figure) -> bool:
    if not figure.is_integer_literal or not 1000 <= figure.value <= 2100 or figure.scale != 1.0:
        return False
    literal = text[figure.start : figure.end]
    if len(literal) != 4:
        return False
    before = text[max(0, figure.start - 3) : figure.start]
    if any(symbol in before for symbol in "$£€¥₹"):
        return False
    # "2000 troops" is a count; "in 2019 the club" is a year.
    return not _PLURAL_NOUN_AFTER.match(text, figure.end) or bool(_DECADE.match(text, figure.end))
