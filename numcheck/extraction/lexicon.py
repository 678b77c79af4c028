"""Unit surfaces: which words and symbols after a figure name a unit or a currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from numcheck.extraction.quantulum import unit_catalogue
from numcheck.extraction.wordlists import collapse_spaces, one_of
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
# Units of particle physics, genetics and typography that quantulum3 files under common
# entities; in prose their symbols are something else ("100 mb" is millibars or megabits).
_EXCLUDED_UNITS = ("barn", "base pair", "nucleotide", "twip", "span", "cubit", "ell")
_IRREGULAR_PLURALS = {"foot": "feet", "inch": "inches", "metre": "metres", "meter": "meters"}
# Exponents written after a length symbol: "km2", "m²", "cm^3".
_POWERS = {"2": 2, "²": 2, "^2": 2, "3": 3, "³": 3, "^3": 3}
_POWER_WORDS = {"square": 2, "sq": 2, "sq.": 2, "cubic": 3, "cu": 3}
# ISO codes with a scale prefix, as finance reports write them: "30 MUSD", "kEUR 250".
_CODE_SCALES = {"M": 1e6, "k": 1e3}


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
    time_units: frozenset[str]

    def sense_of(self, surface: str) -> UnitSense | None:
        return self.symbols.get(surface) or self.words.get(collapse_spaces(surface.lower()))

    def word_at(self, text: str, position: int) -> tuple[UnitSense, int] | None:
        """The unit word (not a symbol) starting at `position`, with no scale of its own ("mile",
        "pounds"; not "grand"), and where it ends: "half a mile", "millions of pounds"."""
        match = self.after.match(text, max(0, position - 1))
        if match is None or match.group("word") is None:
            return None
        sense = self.words.get(collapse_spaces(match.group("word").lower()))
        return None if sense is None or sense.factor != 1.0 else (sense, match.end())

    def currency_prefix(self, surface: str) -> tuple[str, float] | None:
        """ "£" -> GBP; "HK $" -> HKD; "nzd$" -> NZD; "MUSD" -> USD in millions."""
        compact = re.sub(r"\s+", "", surface)
        for candidate in (compact, compact.upper(), compact[:-1].upper() + "$" if compact.endswith("$") else ""):
            if candidate in self.currency_symbols:
                return self.currency_symbols[candidate], 1.0
        if compact.endswith("$") and compact[:-1].upper() in self.currency_symbols.values():
            return compact[:-1].upper(), 1.0  # "cad$ 15": an ISO code written with the dollar sign
        scale, code = compact[:1], compact[1:]
        if scale in _CODE_SCALES and code in self.currency_symbols.values():
            return code, _CODE_SCALES[scale]
        return None


def _plural(word: str) -> str:
    head, sep, tail = word.partition(" per ")
    if sep:
        return _plural(head) + sep + tail
    first, space, last = word.rpartition(" ")
    if space:
        return first + space + _plural(last)  # "cubic foot" -> "cubic feet"
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
    lengths: set[str] = set()  # pint names of length units, for "square miles" and "km2"
    for unit in unit_catalogue():
        if unit.entity not in _ENTITIES or unit.name.endswith(_EXCLUDED_UNITS):
            continue
        sense = UnitSense(unit.pint_unit, ClaimKind.MEASURE)
        if unit.entity == "length":
            lengths.add(unit.pint_unit)
        for surface in unit.surfaces:
            for form in (surface, _plural(surface)):
                if form not in ignored and form.lower() not in ignored:
                    words.setdefault(form.lower(), sense)
        for symbol in unit.symbols:
            # quantulum3 writes micro with the micro sign; text often has the Greek mu
            for form in {symbol, symbol.replace("µ", "μ")}:
                if form not in ignored:
                    symbols.setdefault(form, sense)
    for surface, unit_name in vocabulary.unit_words.items():
        words[surface] = UnitSense(unit_name, ClaimKind.MEASURE)
    for surface, unit_name in vocabulary.time_words.items():
        words[surface] = UnitSense(unit_name, ClaimKind.MEASURE)
    for symbol, unit_name in vocabulary.unit_symbols.items():
        symbols[symbol] = UnitSense(unit_name, ClaimKind.MEASURE)
    _add_powers(words, symbols, lengths)
    # Currencies after the figure: "10 €", "500 USD", "30 MUSD" (not "$10" bills: see readings).
    codes = set(vocabulary.currency_codes)
    for symbol, code in vocabulary.currency_symbols.items():
        symbols.setdefault(symbol, UnitSense(code, ClaimKind.MONEY))
    for code in codes:
        symbols[code] = UnitSense(code, ClaimKind.MONEY)
        for prefix, factor in _CODE_SCALES.items():
            symbols[prefix + code] = UnitSense(code, ClaimKind.MONEY, factor)
    for surface, code in vocabulary.currency_words.items():
        words[surface] = UnitSense(code, ClaimKind.MONEY)
    for surface, (code, factor) in vocabulary.currency_minor.items():
        target = symbols if len(surface) <= 2 else words
        target[surface] = UnitSense(code, ClaimKind.MONEY, factor)
    for surface in ("percent", "per cent", "pct", "percentage", "percents"):
        words[surface] = UnitSense("percent", ClaimKind.PERCENT)
    for surface in ("%", "pc"):
        symbols[surface] = UnitSense("percent", ClaimKind.PERCENT)
    # "a two-percentage-point swing": hyphened through, as a compound before its noun is
    for surface in ("percentage point", "percentage points", "percentage-point", "percentage-points", "points",
                    "point", "pts"):  # fmt: skip
        words[surface] = UnitSense("percentage_point", ClaimKind.CHANGE)
    for surface in ("basis point", "basis points", "bps", "bp"):
        words[surface] = UnitSense("basis_point", ClaimKind.CHANGE)

    # Symbols are tried before words, so a word written with "/" ("km/h") is a symbol too and wins
    # over its first part; a symbol with any other "/" after it is the start of a rate ("km/hr").
    for word, sense in list(words.items()):
        if "/" in word:
            symbols.setdefault(word, sense)
    # A unit follows its figure directly, after a space, or after a hyphen ("a 5-mile run").
    symbol, word = one_of(symbols), one_of(words, ignore_case=True, any_space=True)
    # not a verb's contraction that starts as a unit does: "a fee of £8 won't be charged" names no won
    after = re.compile(
        rf"(?:\s?-\s?|\s|\u00a0)?(?:(?P<symbol>{symbol})|(?i:(?P<word>{word})))(?![\w])(?!['’]t\b){_NO_COMPOUND}"
    )
    currency_symbols = dict(vocabulary.currency_symbols)
    currency_symbols.update({code: code for code in codes})
    return UnitLexicon(
        words,
        symbols,
        after,
        _currency_before(vocabulary, codes),
        currency_symbols,
        frozenset(vocabulary.time_words.values()),
    )


# A unit word that starts a compound of another sense: "1,240 second-hand bikes", "40 second-class
# stamps", "200 foot-and-mouth cases"
_NO_COMPOUND = (
    r"(?!-(?i:hand|class|rate|guess|best|tier|string|largest|biggest|highest|lowest|placed|generation|"
    r"and-mouth|for-pound)\b)"
)


def _add_powers(words: dict[str, UnitSense], symbols: dict[str, UnitSense], lengths: set[str]) -> None:
    """Areas and volumes from lengths: "square miles", "sq km", "cubic feet", "km2", "m³"."""
    for symbol, sense in list(symbols.items()):
        if symbol.isalpha() and sense.unit in lengths:
            for suffix, power in _POWERS.items():
                symbols.setdefault(symbol + suffix, UnitSense(f"{sense.unit} ** {power}", ClaimKind.MEASURE))
    for word, sense in list(words.items()):
        if sense.unit in lengths and " " not in word:
            for power_word, power in _POWER_WORDS.items():
                words.setdefault(f"{power_word} {word}", UnitSense(f"{sense.unit} ** {power}", ClaimKind.MEASURE))
                # hyphened through before its noun: "a 1,200-square-metre gallery"
                words.setdefault(f"{power_word}-{word}", UnitSense(f"{sense.unit} ** {power}", ClaimKind.MEASURE))


def _currency_before(vocabulary: Vocabulary, codes: set[str]) -> re.Pattern[str]:
    """Currency marks written before a figure: "£", "US$", "HK $", "c $", "nzd$", "USD", "MUSD".

    A letter prefix of "$" may stand apart from it and be in lower case ("HK $ 10", in
    tokenised copy "c $ 16.4"), except the article-like "A" and "S" ("A $5 fee", "it's $5")."""
    marks: list[str] = []
    for symbol in sorted(set(vocabulary.currency_symbols) | codes, key=len, reverse=True):
        prefix = symbol[:-1]
        if symbol.endswith("$") and prefix.isalpha():
            if prefix.upper() in ("A", "S"):
                marks.append(re.escape(symbol))
            else:
                marks.append(rf"(?i:{re.escape(prefix)})\s?\$")
        else:
            marks.append(re.escape(symbol))
    code_alternation = "|".join(sorted(codes, key=len, reverse=True))
    scales = "".join(_CODE_SCALES)
    return re.compile(
        rf"(?<![\w'’])(?:{'|'.join(marks)}|(?i:{code_alternation})\$|[{scales}](?:{code_alternation}))\s?\Z"
    )
