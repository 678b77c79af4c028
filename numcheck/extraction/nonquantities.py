"""Figures that are not amounts: dates, times, ordinals, identifiers and section numbers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from numcheck.extraction.numbers import Figure
from numcheck.extraction.wordlists import may_end_with, one_of
from numcheck.model import ClaimKind
from numcheck.scanning import LazyPattern
from numcheck.vocabulary import Vocabulary

_ORDINAL_SUFFIX = LazyPattern(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
# "S-300", "MiG-29", "scp2-173": letters (and digits after them) fused to the figure. `\Z`, not `$`,
# throughout: `$` also matches before a final newline, so "a survey of\n1,500" read "of" as fused.
_FUSED_TO_LETTERS = LazyPattern(r"[A-Za-z][A-Za-z0-9]*[-‐]?\Z")
_FUSED_ENDINGS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-‐")  # its last character
# "wears number 12", "badge number 4471", "Number 10"; not the verb: "ships now number 120".
_NUMBER_BEFORE = LazyPattern(
    r"(?:(?<![\w])(?:the|a|his|her|their|its|badge|shirt|jersey|wears|wearing|wore|in)\s+number|(?<![\w])Number)\s\Z"
)
_PERCENT_AFTER = LazyPattern(r"\s?(?:%|per\s?cent|percent)")
_SUB_BEFORE = LazyPattern(r"(?<![\w-])sub-\Z", re.IGNORECASE)
_TIME_OF_DAY = LazyPattern(r"\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|UTC)(?![a-z])", re.IGNORECASE)
# "at 1800 hrs" is a time of day; "3 hrs" is a duration.
_TWENTY_FOUR_HOUR = LazyPattern(r"(?:[01]\d|2[0-3])[0-5]\d\s?(?P<word>hrs|hours)\b", re.IGNORECASE)
_AT_BEFORE = LazyPattern(r"\bat\s+\Z", re.IGNORECASE)
_CLOCK_RANGE_BEFORE = LazyPattern(r"\d\s?(?:am|pm)[-–]\Z", re.IGNORECASE)
_CLOCK = LazyPattern(r"[:.]\d\d\s?(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_DECADE = LazyPattern(r"'?s\b")
_FISCAL_YEAR = LazyPattern(r"[-/–](?:\d\d|\d{4})\b")
# "2000 troops" is a count; "the 2021 census", "the 2020 bus strike": singulars ending in s are not plurals.
_PLURAL_NOUN_AFTER = LazyPattern(
    r"\s+(?!(?:as|was|has|is|its|this|his|thus|us|whereas|perhaps|unless|less|yes|does)\b)"
    r"(?:[a-z]+-)?[a-z]*[a-rt-z](?<![iu])s\b"
)
# "22 of November's 30 days": a part of the month's days, no day of it ("22 November's meeting" is one).
# Only before the whole's figure: "5 of February's involved forklifts" leaves its whole unsaid
_OF_THE_MONTH_S = LazyPattern(r"\s+of\s+[A-Z][a-z]+['’]s\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|"
                              r"ten|eleven|twelve|twenty|thirty)\b)")  # fmt: skip
# "AD 270", "270 AD", "AD 43", "350 CE": a year of the common era, however few its digits. Not "BC":
# its years count back, and "300 BC" is no year 300
_ERA_BEFORE = LazyPattern(r"(?<![\w.-])A\.?D\.?\s?\Z")
_ERA_AFTER = LazyPattern(r"\s?(?:A\.D\.|AD\b|CE\b)(?!\s*\d)")
_TIME_PREPOSITION_BEFORE = LazyPattern(r"\b(?:by|in|until|till|to|before|after|from|through|beyond)\s+\Z", re.I)


# "23:15", "BST 09:41": a clock time; two digits after the colon, so "a 3:1 ratio" stays a ratio.
_CLOCK_COLON = LazyPattern(
    r":[0-5]\d(?![\d:])(?:\s?(?:[ap]\.m\.|[ap]m\b))?(?:\s?(?:GMT|BST|UTC|CET|ET|PT))?", re.IGNORECASE
)
# "won 3-1", "beat the Celtics 112-104", "drew 1-1": a score, by the verb before it.
_SCORE_VERB_BEFORE = LazyPattern(
    r"\b(?:won|win|wins|winning|beat|beats|beaten|lost|lose|loses|losing|drew|draw|draws|drawn|defeated|"
    r"thrashed|edged|victory|defeat|scoreline|score|led|leading|trailed|trailing)\b[^.;:]{0,40}\Z",
    re.IGNORECASE,
)
_PAIR = LazyPattern(r"[-–](?P<second>\d{1,3})(?!\d|[.,]\d|\s?%)")
# "1) a new lock screen; 2) faster updates": a list marker, after the start, a colon or a semicolon.
_LIST_MARKER_BEFORE = LazyPattern(r"(?:^|[:;]\s*|\n\s*)\Z")
# "Minutes. 1. Membership: ...", "... a year earlier. 2. Accounts ...": an item's number that opens a
# sentence, a full stop and a capital after it (after a colon it is a fact box's value: "Goals: 3.")
_ITEM_BEFORE = LazyPattern(r"(?:^|[.;]\s+|\n\s*)\Z")
_ITEM_AFTER = LazyPattern(r"\.\s+[A-Z]")
# "42 Elm Grove", "1 Market Street", "350 Fifth Avenue": a house number.
_STREET_AFTER = LazyPattern(
    r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Grove|Drive|Dr|Way|Place|Pl|Square|"
    r"Boulevard|Blvd|Close|Crescent|Terrace|Court|Gardens|Row|Parade|Hill|Mews|Walk)\b\.?"
)
# "the Pixel 8 was launched", "Nord Stream 2": a bare number right after a name is part of the name.
_NAME_BEFORE = LazyPattern(r"(?<=[a-z,;] )(?P<name>[A-Z][A-Za-z&]*(?:-[A-Z][A-Za-z]*)*)\s\Z")
_NOT_NAMES = frozenset(
    "In On At By From To For Of And Or But The A An About Around Nearly Almost Some Just Only Over Under Up Down "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr".split()
)


# "Turn 3 is the tightest", "Round 5 starts tomorrow", "Year 7 pupils": a label with a capital, even at
# the start of a sentence, where `_NAME_BEFORE` cannot tell it from "Some 40"; lower case ("round 5,000
# people", "a lap 2 seconds faster") it may be a word of its own
_LABEL_BEFORE = LazyPattern(
    r"(?<![\w-])(?P<label>Turn|Round|Lap|Hole|Junction|Heat|Day|Week|Leg|Pier|Terminal|Zone|Game|Match|Race|Exit|"
    r"Year)\s\Z"
)
_SCHOOL_YEARS = 13  # "Year 7" is a school year; "Year 2024" is a year
# "a power of ten", "powers of two", "10 to the power of 6": arithmetic's base or exponent, no amount
# "the 10K", "a 5K fun run", "the Harbour 10K": a race named by its distance, no count of 10,000;
# not "earns 40K a year" or "a 10K grant"
_RACE_AFTER = LazyPattern(
    r"K(?![\w])(?=\s*(?:[.,;:!?)]|\Z|\s+(?:race|run|runs|fun\s+run|route|course|event|runners?|entrants?|in|on|at|"
    r"was|is|will|and|or|for|this|last|next)\b))"
)
_RACE_BEFORE = LazyPattern(r"(?:\b(?:the|a|an|this|its|their|his|her|our)|[A-Z][a-z]+)\s\Z")
_POWER_OF_BEFORE = LazyPattern(r"\b(?:powers?|to\s+the\s+power)\s+of\s+\Z", re.IGNORECASE)
_BASES_AND_EXPONENTS = frozenset("two ten 2 3 4 5 6 7 8 9 10 12 three".split())


@dataclass(frozen=True)
class NonQuantityPatterns:
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    identifier_before: re.Pattern[str]
    identifier_endings: tuple[str, ...]  # what `identifier_before` can match at its end (wordlists.may_end_with)


@cache
def _patterns(vocabulary: Vocabulary) -> NonQuantityPatterns:
    months = one_of(vocabulary.months, ignore_case=True)
    identifiers = one_of(vocabulary.identifier_words, ignore_case=True)
    return NonQuantityPatterns(
        month_before=re.compile(rf"\b(?:{months})\.?\s+(?:the\s+)?\Z", re.IGNORECASE),
        month_after=re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b", re.IGNORECASE),
        identifier_before=re.compile(rf"(?<![\w])(?:{identifiers})\s?(?:no\.?\s?)?\Z", re.IGNORECASE),
        identifier_endings=(*(word.lower() for word in vocabulary.identifier_words), "no", "no."),
    )


@cache
def _letter_currency_signs(vocabulary: Vocabulary) -> tuple[str, ...]:
    """ "RM", "Rs", "kr": currency signs fused to a figure, which are not identifiers ("RM21")."""
    return tuple(sign for sign in vocabulary.currency_symbols if sign[-1].isalpha())


def identifier_start(text: str, figure: Figure) -> int:
    """Where an identifier fused to its figure begins: "S-300" starts at "S"."""
    fused = _FUSED_TO_LETTERS.search(text, max(0, figure.start - 12), figure.start)
    return fused.start() if fused and fused.end() == figure.start else figure.start


def classify_non_quantity(
    text: str, figure: Figure, vocabulary: Vocabulary, *, unit_follows: Callable[[], bool] = lambda: False
) -> tuple[ClaimKind, int] | None:
    """(kind, end) when the figure is a date, time, ordinal or identifier; else None.
    `unit_follows` says whether a unit follows, so "1200 hp" and "1840 sq m" are no years; it is
    asked only of whole numbers that could be one of those, as reading a unit is not free."""
    start, end = figure.start, figure.end
    if (
        "ower" in text[max(0, start - 14) : start]
        and _POWER_OF_BEFORE.search(text, max(0, start - 20), start)
        and text[start:end].lower() in _BASES_AND_EXPONENTS
        and not _PLURAL_NOUN_AFTER.match(text, end)  # "the power of ten volunteers" counts them
        and not unit_follows()
    ):
        return ClaimKind.OTHER, end  # "a power of ten", "2 to the power of 6": a base or an exponent
    if figure.in_words:
        return None
    patterns = _patterns(vocabulary)
    before = text[max(0, start - 30) : start]
    if figure.is_integer_literal and figure.value < 10000 and not figure.has_grouping:
        era = _ERA_AFTER.match(text, end)
        if era or _ERA_BEFORE.search(before):
            return ClaimKind.DATE, era.end() if era else end  # "AD 270", "270 AD": a year
    if _ORDINAL_SUFFIX.match(text, end):
        if patterns.month_after.match(text, end):
            return ClaimKind.DATE, _ORDINAL_SUFFIX.match(text, end).end()  # type: ignore[union-attr]
        return ClaimKind.ORDINAL, _ORDINAL_SUFFIX.match(text, end).end()  # type: ignore[union-attr]
    if (
        before[-1:] in _FUSED_ENDINGS  # (a cheap test first: before most figures is a space)
        and _FUSED_TO_LETTERS.search(before)
        and not _SUB_BEFORE.search(before)  # "sub-3 nanometre" is a bound, not a code
        and not _CLOCK_RANGE_BEFORE.search(before)  # "5am-11pm": the end of a span of the day
        and not before.endswith(("US", "A", "C", "NZ", "HK", "R", "S", *_letter_currency_signs(vocabulary)))
        and before[-3:] not in vocabulary.currency_codes  # "USD115"
    ):
        return ClaimKind.OTHER, end
    if text[end : end + 1] == "K" and _RACE_AFTER.match(text, end) and _RACE_BEFORE.search(before):
        return ClaimKind.OTHER, end + 1  # "enter the 10K", "a 5K fun run": a race named by its distance
    signed_or_share = text[start : start + 1] in "-−–+" or _PERCENT_AFTER.match(text, end)
    named = (may_end_with(before, patterns.identifier_endings) and patterns.identifier_before.search(before)) or (
        "umber" in before and _NUMBER_BEFORE.search(before)
    )
    if named and not signed_or_share:
        return ClaimKind.OTHER, end  # "Article 5", "the FTSE 100"; not "the DAX -0.9%" or "the Nasdaq 2%"
    if not signed_or_share and _is_version(text, figure, vocabulary) and not unit_follows():
        return ClaimKind.OTHER, end  # "Tidewater 5.2 starts in 2.1 seconds": a release, named by its number
    label = _LABEL_BEFORE.search(before) if figure.is_integer_literal and not signed_or_share else None
    if label and (label.group("label") != "Year" or figure.value <= _SCHOOL_YEARS) and not unit_follows():
        return ClaimKind.OTHER, end
    if figure.is_integer_literal:
        if _is_a_decade(text, figure):
            return ClaimKind.OTHER, end + 1  # "people in their 50s, 60s and 70s", "the 70s": no count
        found = _clock_score_list_or_address(text, figure, vocabulary, unit_follows)
        if found is not None:
            return found
    twenty_four = _TWENTY_FOUR_HOUR.match(text, start) if figure.is_integer_literal else None
    if twenty_four and (twenty_four.group("word").lower() == "hrs" or text[start] == "0" or _AT_BEFORE.search(before)):
        return ClaimKind.DATE, twenty_four.end()  # "at 1800 hours", "0600 hrs"; not "1200 hours of work"
    clock = _CLOCK.match(text, end)
    if clock:
        return ClaimKind.DATE, clock.end()
    time = _TIME_OF_DAY.match(text, end)
    if time and figure.value <= 24:
        return ClaimKind.DATE, time.end()
    if _bare_hour(text, figure, before):
        return ClaimKind.DATE, end  # "began at 8am and most had left by 10": the hour, not ten of them
    if figure.value <= 31 and figure.is_integer_literal:
        span = _DAY_SPAN.match(text, end)  # "12-15 June", "June 12-15": one date span
        month_after = patterns.month_after.match(text, span.end() if span else end)
        if month_after and not _OF_THE_MONTH_S.match(text, end):
            return ClaimKind.DATE, month_after.end()
        if patterns.month_before.search(before):
            return ClaimKind.DATE, span.end() if span else end
    if _looks_like_year(text, figure) and not unit_follows():
        suffix = _DECADE.match(text, end) or _FISCAL_YEAR.match(text, end)
        return ClaimKind.DATE, suffix.end() if suffix else end
    return None


# A bare hour after a preposition of time that ends its clause, where a time of day told by "am"
# or "pm" stands shortly before it: "opens at 9am and closes at 5."
_HOUR_PREPOSITION_BEFORE = LazyPattern(r"\b(?:by|until|till|at|before|after|from)\s+\Z", re.IGNORECASE)
_CLAUSE_ENDS_AFTER = LazyPattern(r"\s*(?:[.,;!?)]|\Z|\s(?:and|but|when|as|with|so)\b)")
_AM_OR_PM = LazyPattern(r"\d\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])", re.IGNORECASE)


def _bare_hour(text: str, figure: Figure, before: str) -> bool:
    return (
        figure.is_integer_literal
        and 1 <= figure.value <= 12
        and _HOUR_PREPOSITION_BEFORE.search(before) is not None
        and _CLAUSE_ENDS_AFTER.match(text, figure.end) is not None
        and _AM_OR_PM.search(text, max(0, figure.start - 100), figure.start) is not None
    )


_DAY_SPAN = LazyPattern(r"\s?[-–]\s?(?:[12]\d|3[01]|0?[1-9])(?!\d|[.,]\d)(?:st|nd|rd|th)?")


# "in their 50s", "a man in his early 40s", "the 70s and 80s": a decade of an age or of a century
_DECADE_AFTER = LazyPattern(r"s(?![\w'’])")
_DECADE_BEFORE = LazyPattern(r"\b(?:their|his|her|my|our|your|the|early|mid|late)\b[^.;:]{0,20}\Z", re.IGNORECASE)


def _is_a_decade(text: str, figure: Figure) -> bool:
    start, end = figure.start, figure.end
    if not (10 <= figure.value <= 90 and figure.value % 10 == 0 and end - start == 2):
        return False
    return bool(_DECADE_AFTER.match(text, end) and _DECADE_BEFORE.search(text, max(0, start - 30), start))


def _clock_score_list_or_address(
    text: str, figure: Figure, vocabulary: Vocabulary, unit_follows: Callable[[], bool]
) -> tuple[ClaimKind, int] | None:
    """Bare integers that are a clock time, a score, a list marker, a house number or part of a name."""
    start, end = figure.start, figure.end
    clock = _CLOCK_COLON.match(text, end)
    if clock and figure.value <= 24 and end - start <= 2:
        return ClaimKind.DATE, clock.end()
    found = _score_list_or_address(text, figure, vocabulary)
    return None if found is None or unit_follows() else found


def _score_list_or_address(text: str, figure: Figure, vocabulary: Vocabulary) -> tuple[ClaimKind, int] | None:
    start, end = figure.start, figure.end
    pair = _PAIR.match(text, end)
    if pair and _SCORE_VERB_BEFORE.search(text, max(0, start - 60), start):
        return ClaimKind.OTHER, pair.end()  # "won 3-1", "lost 27-24"
    # "6-4, 7-5": a range is written low to high, so a pair that falls is a score or a tally
    falls = pair is not None and figure.value < 200 and figure.value >= int(pair.group("second"))
    if pair and falls and text[start - 1 : start] == " " and not _PLURAL_NOUN_AFTER.match(text, pair.end()):
        return ClaimKind.OTHER, pair.end()
    if text[end : end + 1] == ")" and figure.value < 100 and _LIST_MARKER_BEFORE.search(text, max(0, start - 3), start):
        return ClaimKind.OTHER, end + 1
    if figure.value < 100 and _ITEM_AFTER.match(text, end) and _ITEM_BEFORE.search(text, max(0, start - 3), start):
        return ClaimKind.OTHER, end + 1  # "... 212 are juniors. 2. Accounts approved": a numbered item run on
    street = _STREET_AFTER.match(text, end)
    if street and figure.value < 10000 and not figure.has_grouping:
        return ClaimKind.OTHER, end
    name = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if (
        name
        and name.group("name") not in _NOT_NAMES
        and name.group("name").lower() not in vocabulary.months
        and not _is_currency_mark(name.group("name"), vocabulary)
        and figure.value < 1000
        and not _PLURAL_NOUN_AFTER.match(text, end)
        and not _PAIR.match(text, end)
    ):
        return ClaimKind.OTHER, end
    return None


# "Tidewater 5.2", "Larkspur 3.8.0": a name and a number written with points, as releases are named
_POINTED = LazyPattern(r"\d+\.\d+(?:\.\d+)*\Z")
_VERSION_NAME_BEFORE = LazyPattern(r"(?<![\w'’.-])(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]*)*)\s\Z")
# Words that open a sentence before an amount, not names: "Roughly 4.5 ...", "Another 2.5 ..."
_AMOUNT_OPENERS = frozenset(
    "Roughly Approximately Another Exactly Barely Fewer More Less Average Overall Each Every Total Some Only Just "
    "Nearly Almost About Around Over Under Up Down Below Above Between Within Still Now Then".split()
)


def _is_version(text: str, figure: Figure, vocabulary: Vocabulary) -> bool:
    """A number written with a point right after a capitalised name, with no scale word after it:
    the name's release ("Tidewater 5.2 starts", "after updating to Larkspur 3.8"), not an amount."""
    if figure.in_words or figure.scale != 1.0 or figure.has_grouping:
        return False
    if not _POINTED.match(text[figure.start : figure.end]):
        return False
    name = _VERSION_NAME_BEFORE.search(text, max(0, figure.start - 30), figure.start)
    if name is None:
        return False
    word = name.group("name")
    return (
        word not in _NOT_NAMES
        and word not in _AMOUNT_OPENERS
        and word.lower() not in vocabulary.months
        and not _is_currency_mark(word, vocabulary)
    )


def _is_currency_mark(word: str, vocabulary: Vocabulary) -> bool:
    """ "USD 200", "MAUD 60", "RM 4.8": a currency written before its figure is no name."""
    codes = vocabulary.currency_codes
    return word in codes or word[1:] in codes or word in vocabulary.currency_symbols


def _looks_like_year(text: str, figure: Figure) -> bool:
    if not figure.is_integer_literal or not 1000 <= figure.value < 2200 or figure.scale != 1.0:
        return False
    if figure.value > 2100 and not _TIME_PREPOSITION_BEFORE.search(text, max(0, figure.start - 10), figure.start):
        return False  # "by 2150" is a year; a bare 2150 far from any "by" or "until" is more likely a count
    literal = text[figure.start : figure.end]
    if len(literal) != 4:
        return False
    before = text[max(0, figure.start - 3) : figure.start]
    if any(symbol in before for symbol in "$£€¥₹"):
        return False
    # "2000 troops" is a count; "in 2019 the club" is a year.
    return not _PLURAL_NOUN_AFTER.match(text, figure.end) or bool(_DECADE.match(text, figure.end))
