"""Figures: numbers written in digits or words, with scale words multiplied out."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from numcheck.vocabulary import Vocabulary

_DIGITS = re.compile(
    r"""(?<![\w.,/])
    (?P<number>
        (?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+\d+/\d+)?   # 40,000  1.5  2 1/2
      | \.\d+
      | \d+/\d+
    )
    (?P<vulgar>[½⅓⅔¼¾⅕⅛])?
    (?![\d]|,\d{3}|\.\d)""",
    re.VERBOSE,
)
# "minus 5C", "-5C", "−12": a sign only when it stands apart from a word or a range ("S-300", "3-5").
_NEGATIVE = re.compile(r"(?:(?<![\w-])minus\s+|(?:(?<=[\s(])|^)[-−–])$", re.IGNORECASE)
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


def _step_of(digits: str) -> float:
    """'40,000' -> 10000; '40,213' -> 1; '1.25' -> 0.01."""
    plain = digits.replace(",", "")
    if "." in plain:
        return 10.0 ** -len(plain.split(".", 1)[1])
    stripped = plain.rstrip("0")
    if not stripped:
        return 1.0
    return 10.0 ** (len(plain) - len(stripped))


def _parse_digits(text: str) -> float:
    if " " in text.strip():
        whole, fraction = text.split()
        top, bottom = fraction.split("/")
        return float(whole.replace(",", "")) + int(top) / max(int(bottom), 1)
    if "/" in text:
        top, bottom = text.split("/")
        return int(top) / int(bottom) if int(bottom) else math.nan
    return float(text.replace(",", ""))


@dataclass(frozen=True)
class NumberPatterns:
    words: re.Pattern[str]
    scale_after: re.Pattern[str]
    short_scale_after: re.Pattern[str]


@cache
def number_patterns(vocabulary: Vocabulary) -> NumberPatterns:
    number_words = sorted(vocabulary.number_words, key=len, reverse=True)
    scale_words = sorted({*vocabulary.scales, *vocabulary.count_nouns}, key=len, reverse=True)
    atom = "|".join(map(re.escape, number_words + scale_words + ["a", "an", "half"]))
    words = re.compile(rf"(?<![\w-])(?:{atom})(?:(?:\s+and\s+|[\s-]+)(?:{atom}))*(?![\w-])", re.IGNORECASE)
    scale_after = re.compile(rf"\s*(?P<scale>{'|'.join(map(re.escape, scale_words))})s?\b", re.IGNORECASE)
    shorts = sorted(vocabulary.short_scales, key=len, reverse=True)
    short_scale_after = re.compile(rf"\s?(?P<scale>{'|'.join(map(re.escape, shorts))})(?![\w])")
    return NumberPatterns(words, scale_after, short_scale_after)


def _scale_of(word: str, vocabulary: Vocabulary) -> float:
    word = word.lower()
    return vocabulary.scales.get(word) or float(vocabulary.count_nouns[word])


def parse_number_words(tokens: list[str], vocabulary: Vocabulary) -> float | None:
    """['forty', 'thousand'] -> 40000; ['fifteen', 'hundred'] -> 1500; ['half', 'a', 'million'] -> 500000."""
    total = 0.0
    current = 0.0
    seen_number = False
    fraction: float | None = None
    for raw in tokens:
        word = raw.lower()
        if word in ("and",):
            continue
        if word in ("a", "an"):
            current = current or 1.0
            continue
        if word == "half":
            fraction = 0.5
            continue
        if word in vocabulary.number_words:
            current += vocabulary.number_words[word]
            seen_number = True
        elif word in vocabulary.scales or word in vocabulary.count_nouns:
            scale = _scale_of(word, vocabulary)
            current = current or 1.0
            seen_number = True
            if scale == 100:
                current *= scale
            else:
                total += current * scale
                current = 0.0
        else:
            return None
    if not seen_number:
        return None
    value = total + current
    return value * fraction if fraction is not None else value


def find_figures(text: str, vocabulary: Vocabulary) -> list[Figure]:
    """Every figure in `text`, left to right, without overlaps."""
    patterns = number_patterns(vocabulary)
    figures: list[Figure] = []
    for match in _DIGITS.finditer(text):
        literal = match.group("number")
        try:
            value = _parse_digits(literal)
        except (ValueError, ZeroDivisionError):
            continue
        if match.group("vulgar"):
            value += _VULGAR[match.group("vulgar")]
        if not math.isfinite(value) or abs(value) > _MAX_ABS:
            continue
        precision = _step_of(literal) if "/" not in literal else 0.01
        end = match.end()
        scale = 1.0
        scale_match = patterns.scale_after.match(text, end)
        if scale_match:
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
            )
        )
    taken = [(f.start, f.end) for f in figures]
    for match in patterns.words.finditer(text):
        figure = _word_figure(text, match, vocabulary)
        if figure and not any(s < figure.end and figure.start < e for s, e in taken):
            figures.append(figure)
    figures.sort(key=lambda f: f.start)
    return figures


def _is_scale(word: str, vocabulary: Vocabulary) -> bool:
    return word in vocabulary.scales or word in vocabulary.count_nouns


def _decimals(literal: str) -> int:
    return len(literal.split(".", 1)[1]) if "." in literal else 0


_TOKEN = re.compile(r"[A-Za-z]+")


def _word_figure(text: str, match: re.Match[str], vocabulary: Vocabulary) -> Figure | None:
    spans = [(m.start() + match.start(), m.end() + match.start()) for m in _TOKEN.finditer(match.group())]
    # A leading article or trailing "and" belongs to the prose, not the number.
    while spans and text[spans[-1][0] : spans[-1][1]].lower() in ("and", "a", "an", "half"):
        spans.pop()
    while spans and text[spans[0][0] : spans[0][1]].lower() in ("and",):
        spans.pop(0)
    if not spans:
        return None
    words = [text[s:e] for s, e in spans]
    lowered = [w.lower() for w in words]
    if lowered[0] in ("a", "an") and not any(_is_scale(w, vocabulary) for w in lowered[1:2]):
        spans, words, lowered = spans[1:], words[1:], lowered[1:]
        if not spans:
            return None
    if lowered[0] == "half" and not any(_is_scale(w, vocabulary) for w in lowered):
        return None
    if lowered == ["one"]:
        return None  # "one of the", "no one": too often not a count
    only_scales = all(_is_scale(w, vocabulary) for w in lowered if w not in ("a", "an", "half", "and"))
    if only_scales and lowered[0] not in ("a", "an", "half"):
        return None  # "hundreds", "thousands of" are not figures
    value = parse_number_words(words, vocabulary)
    if value is None:
        return None
    scales = [_scale_of(w, vocabulary) for w in lowered if _is_scale(w, vocabulary)]
    return Figure(
        spans[0][0],
        spans[-1][1],
        value,
        _step_of(str(round(value))) if value >= 1 else 0.1,
        in_words=True,
        scale=max(scales) if scales else 1.0,
    )
