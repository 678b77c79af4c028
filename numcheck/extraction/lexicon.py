"""Unit surfaces: which words and symbols after a figure name a unit or a currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from numcheck.extraction.quantulum import unit_catalogue
from numcheck.model import ClaimKind
from numcheck.vocabulary import Vocabulary

# Entities worth reading in news prose; the rest of quantulum3's catalogue
# (radioactivity, inductance, typography...) mostly produces false units.
_ENTITIES = frozenset(
    {
        "length", "mass", "volume", "area", "speed", "temperature", "energy", "power",
        "data storage", "data transfer rate", "pressure", "acceleration", "volumetric flow",
        "frequency", "force", "density", "electric potential", "current", "charge",
    }
)  # fmt: skip
_IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches", "metre": "metres", "meter": "meters"}


@dataclass(frozen=True, slots=True)
class UnitSense:
    """What a unit surface means: a pint unit, or a currency code with a factor ("50p")."""

    unit: str
    kind: ClaimKind
    factor: float = 1.0


@dataclass(frozen=True)
class UnitLexicon:
    words: dict[str, UnitSense]
    symbols: dict[str, UnitSense]
    after: re.Pattern[str]
    currency_before: re.Pattern[str]
    currency_symbols: dict[str, str]

    def sense_of(self, surface: str) -> UnitSense | None:
        return self.symbols.get(surface) or self.words.get(surface.lower())


def _plural(word: str) -> str:
    head, sep, tail = word.partition(" per ")
    if sep:
        return _plural(head) + sep + tail
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


@cache
def unit_lexicon(vocabulary: Vocabulary) -> UnitLexicon:
    words: dict[str, UnitSense] = {}
    symbols: dict[str, UnitSense] = {}
    ignored = vocabulary.ignored_unit_surfaces
    for unit in unit_catalogue():
        if unit.entity not in _ENTITIES:
            continue
        sense = UnitSense(unit.pint_unit, ClaimKind.MEASURE)
        for surface in unit.surfaces:
            for form in (surface, _plural(surface)):
                if form not in ignored and form.lower() not in ignored:
                    words.setdefault(form.lower(), sense)
        for symbol in unit.symbols:
            if symbol not in ignored:
                symbols.setdefault(symbol, sense)
    for surface, unit_name in vocabulary.unit_words.items():
        words[surface] = UnitSense(unit_name, ClaimKind.MEASURE)
    for surface, unit_name in vocabulary.time_words.items():
        words[surface] = UnitSense(unit_name, ClaimKind.MEASURE)
    for symbol, unit_name in vocabulary.unit_symbols.items():
        symbols[symbol] = UnitSense(unit_name, ClaimKind.MEASURE)
    for surface, code in vocabulary.currency_words.items():
        words[surface] = UnitSense(code, ClaimKind.MONEY)
    for surface, (code, factor) in vocabulary.currency_minor.items():
        target = symbols if len(surface) <= 2 else words
        target[surface] = UnitSense(code, ClaimKind.MONEY, factor)
    for surface in ("percent", "per cent", "pct", "percentage"):
        words[surface] = UnitSense("percent", ClaimKind.PERCENT)
    for surface in ("%", "pc"):
        symbols[surface] = UnitSense("percent", ClaimKind.PERCENT)
    for surface in ("percentage point", "percentage points", "points", "point", "pts"):
        words[surface] = UnitSense("percentage_point", ClaimKind.CHANGE)

    word_alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    symbol_alternation = "|".join(re.escape(s) for s in sorted(symbols, key=len, reverse=True))
    # A unit follows its figure directly, after a space, or after a hyphen ("a 5-mile run").
    # A symbol followed by "/" yields to a longer word: "80 km/h" is a speed, not a length.
    after = re.compile(
        rf"(?:\s?-\s?|\s|\u00a0)?(?:(?P<symbol>{symbol_alternation})(?!/\w)|(?i:(?P<word>{word_alternation})))(?![\w])"
    )
    codes = sorted(set(vocabulary.currency_symbols) | _iso_codes(vocabulary), key=len, reverse=True)
    currency_before = re.compile(rf"(?:{'|'.join(map(re.escape, codes))})\s?$")
    currency_symbols = dict(vocabulary.currency_symbols)
    currency_symbols.update({code: code for code in _iso_codes(vocabulary)})
    return UnitLexicon(words, symbols, after, currency_before, currency_symbols)


def _iso_codes(vocabulary: Vocabulary) -> set[str]:
    return set(vocabulary.currency_symbols.values()) | set(vocabulary.currency_words.values())
