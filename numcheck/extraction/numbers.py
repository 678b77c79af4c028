"""Figures: numbers written in digits or words, with scale words multiplied out."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from numcheck.extraction.wordlists import letter_runs, may_hold, one_of
from numcheck.scanning import LazyPattern, matches_from
from numcheck.vocabulary import Vocabulary

# Apart from any word, or fused to a currency code or a sign ending in a letter: "USD115", "RM21",
# "Rs112", "kr41", "zł120", "$US1.8" (checked below). One class in the lookbehind, not a branch per
# sign: the lookbehind is tried at every position of every sentence.
_DIGITS = LazyPattern(
    r"""(?:(?<![\w.,/])|(?<=[A-Zrsł]))
    (?P<number>
        \d+(?:\.\d+)?(?:[eE][+-]?\d{1,3}|\s?[×x]\s?10\^[+-]?\d{1,3})(?![\w^])  # 1.5e-3  3 × 10^8
      | \d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?                       # 12,34,567: Indian grouping
      | (?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+\d+/\d+)?   # 40,000  1.5  2 1/2
      | \.\d+
      | \d+[/⁄]\d+                                              # 1/4, 1⁄4; dates such as 12/05/2020 never match
      | (?=[½⅓⅔¼¾⅕⅛])                                           # a lone vulgar fraction: ½
    )
    (?P<vulgar>[½⅓⅔¼¾⅕⅛])?
    (?![\d]|,\d{3}|\.\d|[/⁄]\d)""",
    re.VERBOSE,
)


# "minus 5C", "-5C", "−12": a sign only when it stands apart from a word or a range ("S-300", "3-5",
# "75 -300mm").
_MINUS = r"(?<![\w-])minus(?:\s+|-)"  # "minus 5C", "minus-25 degrees"
_NEGATIVE = LazyPattern(rf"(?:{_MINUS}|(?:(?<=\()|(?<=\s)(?<!\d\s)|^)[-−–])\Z", re.IGNORECASE)
# Figures in words take only the word: "minus five percent", not "a five-to-one vote".
_NEGATIVE_WORD = LazyPattern(rf"{_MINUS}\Z", re.IGNORECASE)
_VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
_MAX_ABS = 1e18


@dataclass(frozen=True, slots=True)
class Figure:
    """A number as written. `precision` is the rounding step its writing implies."""

    start: int
    end: int
    value: float
    precision: float
    in_words: bool = False
    scale: float = 1.0
    has_grouping: bool = False
    is_integer_literal: bool = False
    # "one", "six-" (as in "six-mile") and "1/4" are amounts only when a unit follows:
    # "one of the", "a five-star hotel" and "9/11" are not.
    needs_unit: bool = False
    is_fraction: bool = False


def _step_of(digits: str) -> float:
    """'40,000' -> 10000; '40,213' -> 1; '1.25' -> 0.01; '1.5e-3' -> 0.0001."""
    scientific = _scientific(digits)
    if scientific is not None:
        mantissa, exponent = scientific
        return _step_of(mantissa) * 10.0**exponent
    plain = digits.replace(",", "")
    if "." in plain:
        return 10.0 ** -len(plain.split(".", 1)[1])
    stripped = plain.rstrip("0")
    if not stripped:
        return 1.0
    return 10.0 ** (len(plain) - len(stripped))


_SCIENTIFIC = LazyPattern(r"(?P<mantissa>[\d.]+)(?:[eE]|\s?[×x]\s?10\^)(?P<exponent>[+-]?\d+)")


def _scientific(text: str) -> tuple[str, int] | None:
    """'1.5e-3' -> ('1.5', -3); '3 × 10^8' -> ('3', 8); None for a number without an exponent."""
    match = _SCIENTIFIC.fullmatch(text)
    return (match.group("mantissa"), int(match.group("exponent"))) if match else None


def _parse_digits(text: str) -> float:
    if not text:
        return 0.0  # a lone vulgar fraction; its value is added by the caller
    scientific = _scientific(text)
    if scientific is not None:
        return float(f"{scientific[0]}e{scientific[1]}")
    if " " in text.strip():
        whole, fraction = text.split()
        top, bottom = fraction.split("/")
        return float(whole.replace(",", "")) + int(top) / max(int(bottom), 1)
    if "/" in text:
        top, bottom = text.split("/")
        return int(top) / int(bottom) if int(bottom) else math.nan
    return float(text.replace(",", ""))


@cache
def _currency_letters_before(vocabulary: Vocabulary) -> re.Pattern[str]:
    """Currency signs that end in a letter, fused to their figure: "RM21", "Rs112", "zł120"."""
    signs = sorted((s for s in vocabulary.currency_symbols if s[-1].isalpha()), key=len, reverse=True)
    return re.compile(rf"(?<![\w$])(?:{'|'.join(map(re.escape, signs)) or '(?!)'})\Z")


@dataclass(frozen=True)
class NumberPatterns:
    words: re.Pattern[str]
    scale_after: re.Pattern[str]
    # a figure in words starts with one of these, so a sentence without any is not scanned for one
    number_words: frozenset[str] | None


@cache
def number_patterns(vocabulary: Vocabulary) -> NumberPatterns:
    number_words = sorted(vocabulary.number_words, key=len, reverse=True)
    scale_words = sorted({*vocabulary.scales, *vocabulary.count_nouns}, key=len, reverse=True)
    fractions = sorted(vocabulary.fractions, key=len, reverse=True)
    # as a trie (wordlists.one_of), longest first as the sorted alternation was: the pattern is tried
    # at every character of a sentence that may hold a number word, and a branch per word was 45 tries
    content = one_of([*number_words, *scale_words, *fractions], ignore_case=True)
    # "of" joins only before an article ("three quarters of a million"): "one of six bidders" is six
    atom = rf"{content}|a|an|of(?=\s+an?\b)"
    # Articles start a figure only before a number word ("a dozen", "a quarter of a million"); a
    # figure in words may end before a hyphen and a word that is not a number ("six-mile").
    first = rf"(?:{content}|an?(?=\s+(?:{content})\b))"
    # "and" between number words may be hyphened as they are: "a two-and-a-half-year scheme"
    words = re.compile(
        rf"(?<![\w-]){first}(?:(?:[\s-]+and[\s-]+|[\s-]+)(?:{atom}))*(?!\w)(?!-(?:{atom})\b)", re.IGNORECASE
    )
    scale_after = re.compile(rf"\s*(?P<scale>{'|'.join(map(re.escape, scale_words))})s?\b", re.IGNORECASE)
    return NumberPatterns(words, scale_after, letter_runs(number_words, scale_words, fractions))


def _scale_of(word: str, vocabulary: Vocabulary) -> float:
    word = word.lower()
    return vocabulary.scales.get(word) or float(vocabulary.count_nouns[word])


def _is_scale(word: str, vocabulary: Vocabulary) -> bool:
    return word in vocabulary.scales or word in vocabulary.count_nouns


def parse_number_words(tokens: list[str], vocabulary: Vocabulary) -> float | None:
    """A number written in words, or None when the words are not one number.

    ['forty', 'thousand'] -> 40000; ['fifteen', 'hundred'] -> 1500; ['half', 'a', 'million'] -> 500000;
    ['three', 'quarters', 'of', 'a', 'billion'] -> 7.5e8; ['two', 'and', 'a', 'half'] -> 2.5.
    A fraction stands alone only after "and a"; otherwise it must scale a word such as "million",
    so "a third" and "two thirds" are left to the ratio readings.
    """
    words = [raw.lower() for raw in tokens]
    total = current = 0.0
    pending: float | None = None  # a fraction waiting for its scale: "half a [million]"
    previous: float | None = None  # the number word just read, which only a unit may follow ("twenty-one")
    seen_number = False
    smallest_scale = math.inf  # scales fall through a number: "four thousand and six thousand" is two
    index = 0
    while index < len(words):
        word = words[index]
        rest = words[index + 1 :]
        last, previous = previous, None
        if word == "and":
            if rest[:1] in (["a"], ["an"]) and rest[1:2] and rest[1] in vocabulary.fractions and seen_number:
                current += vocabulary.fractions[rest[1]]  # "two and a half"
                index += 3
                continue
            index += 1
            continue
        if word in ("a", "an", "of"):
            index += 1
            continue
        if word in vocabulary.fractions:
            # a fraction scales what follows: "half a million", "a quarter of a million", "half million"
            after = rest
            if after[:1] == ["of"]:
                after = after[1:]
                if after[:1] not in (["a"], ["an"]):
                    return None
            if after[:1] in (["a"], ["an"]):
                after = after[1:]
            if not after or not _is_scale(after[0], vocabulary):
                return None
            pending = (current or 1.0) * vocabulary.fractions[word]
            current = 0.0
            index += len(rest) - len(after) + 1
            continue
        elif word in vocabulary.number_words:
            value = vocabulary.number_words[word]
            if last is not None and not _tens_then_unit(last, value):
                return None  # "five two-bedroom flats", "seven three-pointers": two numbers, not 7 or 10
            current += value
            previous, seen_number = value, True
            index += 1
            continue
        elif _is_scale(word, vocabulary):
            scale = _scale_of(word, vocabulary)
            if scale >= 1000:
                if scale >= smallest_scale:
                    return None  # "between four thousand and six thousand": two numbers, not 10,000
                smallest_scale = scale
            multiplier = pending if pending is not None else (current or 1.0)
            seen_number = True
            if scale == 100 and pending is None:
                current = multiplier * scale
            else:
                total += multiplier * scale
                current = 0.0
            pending = None
        else:
            return None
        index += 1
    if not seen_number or pending is not None:
        return None
    return total + current


def _tens_then_unit(tens: float, unit: float) -> bool:
    """ "twenty one", "ninety-nine": the one way two number words make one number without a scale."""
    return 20 <= tens < 100 and tens % 10 == 0 and 1 <= unit <= 9


# Where a figure in digits can start: `_DIGITS` opens with a digit, a point or a vulgar fraction, after
# a lookbehind that would have it tried at every character ("¼0": the lone-fraction branch backs off
# its fraction and matches nothing there; no other match starts there).
_FIGURE_START = LazyPattern(r"[\d.½⅓⅔¼¾⅕⅛]")


def find_figures(text: str, vocabulary: Vocabulary) -> list[Figure]:
    """Every figure in `text`, left to right, without overlaps."""
    patterns = number_patterns(vocabulary)
    figures: list[Figure] = []
    for match in matches_from(_DIGITS, _FIGURE_START, text):
        if (
            match.start()
            and text[match.start() - 1].isalpha()
            and text[match.start() - 3 : match.start()] not in vocabulary.currency_codes
            and not _currency_letters_before(vocabulary).search(text, max(0, match.start() - 4), match.start())
        ):
            continue  # "ABC123", "MH17": letters fused to digits make a code, not a figure
        literal = match.group("number").replace("⁄", "/")  # the fraction slash, as in "1⁄4"
        try:
            value = _parse_digits(literal)
        except (ValueError, ZeroDivisionError):
            continue
        is_fraction = "/" in literal and " " not in literal.strip()
        if is_fraction and not 0 < value < 1:
            continue  # "24/7", "9/11": not a fraction of anything
        if is_fraction and int(literal.split("/")[0]) >= 10 and not match.group("vulgar"):
            figures.extend(_alternatives(match.start(), literal))  # "40/45": one figure or the other
            continue
        if match.group("vulgar"):
            value += _VULGAR[match.group("vulgar")]
        if not math.isfinite(value) or abs(value) > _MAX_ABS:
            continue
        precision = _step_of(literal) if "/" not in literal and literal else 0.01
        end = match.end()
        scale = 1.0
        scale_match = patterns.scale_after.match(text, end)
        if scale_match and not is_fraction:
            scale = _scale_of(scale_match.group("scale"), vocabulary)
            end = scale_match.end()
            precision = 10.0 ** -_decimals(literal) if "." in literal else 1.0
        start = match.start()
        negative = _NEGATIVE.search(text, max(0, start - 6), start)
        if negative:
            start, value = negative.start(), -value
        figures.append(
            Figure(
                start,
                end,
                value * scale,
                precision * scale,
                scale=scale,
                has_grouping="," in literal,
                is_integer_literal=literal.isdigit(),
                needs_unit=is_fraction,
                is_fraction=is_fraction,
            )
        )
    taken = [(f.start, f.end) for f in figures]
    at = 0 if may_hold(text, patterns.number_words) else len(text) + 1
    while (words := patterns.words.search(text, at)) is not None:
        figure = _word_figure(text, words, vocabulary)
        if figure and not any(s < figure.end and figure.start < e for s, e in taken):
            figures.append(figure)
        # "between four thousand and six thousand": the second number is read on its own
        joined = figure is not None and _AND_NEXT.match(text, figure.end, words.end()) is not None
        at = figure.end if joined and figure is not None else words.end()
    figures.sort(key=lambda f: f.start)
    return figures


_AND_NEXT = LazyPattern(r"\s+and\s+", re.IGNORECASE)


def _alternatives(start: int, literal: str) -> tuple[Figure, Figure]:
    """ "40/45", "20/25 minutes": two whole numbers, which readings join as a range. A fraction has a
    small numerator ("3/4", "9/16"); two figures this size are alternatives."""
    top, bottom = literal.split("/")
    second = start + len(top) + 1
    return (
        Figure(start, start + len(top), float(top), _step_of(top), is_integer_literal=True),
        Figure(second, second + len(bottom), float(bottom), _step_of(bottom), is_integer_literal=True),
    )


def _decimals(literal: str) -> int:
    return len(literal.split(".", 1)[1]) if "." in literal else 0


_TOKEN = LazyPattern(r"[A-Za-z]+")
_LEADING_WORDS = ("and", "of")
_TRAILING_WORDS = ("and", "a", "an", "of")


def _two_numbers_joined(words: list[str], vocabulary: Vocabulary) -> int | None:
    """Where "and" joins two numbers in words that make no one number, the second with a scale of
    its own: 2 in "four thousand and six thousand" (not in "four thousand and six hundred")."""
    if "and" not in words or parse_number_words(words, vocabulary) is not None:
        return None
    for at, word in enumerate(words):
        if word != "and" or at == 0:
            continue
        right = words[at + 1 :]
        if not any(_is_scale(w, vocabulary) and _scale_of(w, vocabulary) >= 1000 for w in right):
            continue
        if parse_number_words(words[:at], vocabulary) is not None and parse_number_words(right, vocabulary):
            return at
    return None


def _word_figure(text: str, match: re.Match[str], vocabulary: Vocabulary) -> Figure | None:
    spans = [(m.start() + match.start(), m.end() + match.start()) for m in _TOKEN.finditer(match.group())]
    while spans and text[spans[0][0] : spans[0][1]].lower() in _LEADING_WORDS:
        spans.pop(0)
    value: float | None = None
    dropped_fraction = False
    joined = _two_numbers_joined([text[s:e].lower() for s, e in spans], vocabulary)
    if joined is not None:
        spans = spans[:joined]  # "between four thousand and six thousand": the first of two
    # The longest run of words that reads as one number: "two and a half million refugees" whole,
    # "half a million" whole, but "a third" and "two thirds of" give no figure here.
    while spans:
        while spans and text[spans[-1][0] : spans[-1][1]].lower() in _TRAILING_WORDS:
            spans.pop()
        if not spans:
            return None
        lowered = [text[s:e].lower() for s, e in spans]
        if (
            lowered[0] in ("a", "an")
            and not (lowered[1:2] and lowered[1] in vocabulary.fractions)
            and not any(_is_scale(w, vocabulary) for w in lowered[1:2])
        ):
            spans, lowered = spans[1:], lowered[1:]
            if not spans:
                return None
        value = parse_number_words(lowered, vocabulary)
        if value is not None:
            break
        dropped_fraction = dropped_fraction or lowered[-1] in vocabulary.fractions
        spans.pop()
    if value is None or not spans or dropped_fraction:
        return None
    lowered = [text[s:e].lower() for s, e in spans]
    counting = [w for w in lowered if w not in ("a", "an", "and", "of")]
    if all(_is_scale(w, vocabulary) for w in counting) and lowered[0] not in ("a", "an", *vocabulary.fractions):
        return None  # "hundreds", "thousands of", "million" alone are not figures
    end = spans[-1][1]
    # "one" is too often not a count ("one of the", "no one"), and a word figure before a hyphen
    # is an adjective ("a five-star hotel"): both count only with a unit after them.
    needs_unit = lowered == ["one"] or text[end : end + 1] == "-"
    scales = [_scale_of(w, vocabulary) for w in lowered if _is_scale(w, vocabulary)]
    start = spans[0][0]
    precision = _step_of(str(round(value))) if value >= 1 else 0.1
    negative = _NEGATIVE_WORD.search(text, max(0, start - 8), start)
    if negative:
        start, value = negative.start(), -value
    return Figure(
        start,
        end,
        value,
        precision,
        in_words=True,
        scale=max(scales) if scales else 1.0,
        needs_unit=needs_unit,
    )
