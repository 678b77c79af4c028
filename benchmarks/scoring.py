"""Benchmark scoring: unit names -> canonical units, predictions <-> gold matching, P/R/F1.

Pure functions and frozen records only; bench.py does the reading, running and printing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

# --- unit names -------------------------------------------------------------------------------

# Gold and prediction unit names, lower-cased, -> a pint expression, an ISO 4217 code, or
# None for "no unit". Both systems and both gold sets go through this one table, so neither
# side gets a friendlier mapping than the other. Names not listed fall through to pint.
UNIT_NAMES: dict[str, str | None] = {
    # bare numbers
    "dimensionless": None,
    # percentages
    "%": "percent",
    "percentage": "percent",
    "percent": "percent",
    "per mille": "permille",
    # temperature: pint would read "C" as coulomb and "F" as farad
    "c": "degree_Celsius",
    "f": "degree_Fahrenheit",
    "k": "kelvin",
    "degree celsius": "degree_Celsius",
    "degree fahrenheit": "degree_Fahrenheit",
    "degree rankine": "degree_Rankine",
    # angles: quantulum3 spells these out
    "degree angle": "degree",
    "minute of arc": "arcminute",
    "second of arc": "arcsecond",
    # mass and volume names whose plain reading in pint differs
    "pound-mass": "pound",
    "metric ton": "metric_ton",
    "inverse femtobarn": "1 / femtobarn",
    "inverse second": "1 / second",
    "light-year": "light_year",
    # Recognizers' AgeModel says "Age" for "age 87": an age in years
    "age": "year",
}

# Currency names -> ISO 4217 code. Unqualified "dollar" is read as USD, as quantulum3 does.
CURRENCY_NAMES: dict[str, str] = {
    "dollar": "USD",
    "united states dollar": "USD",
    "us dollar": "USD",
    "australian dollar": "AUD",
    "canadian dollar": "CAD",
    "hong kong dollar": "HKD",
    "new zealand dollar": "NZD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "british pound": "GBP",
    "japanese yen": "JPY",
    "yen": "JPY",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "swiss franc": "CHF",
    "south african rand": "ZAR",
    "brazilian real": "BRL",
    "indian rupee": "INR",
    "sri lankan rupee": "LKR",
    "mexican peso": "MXN",
    "russian ruble": "RUB",
    "south korean won": "KRW",
    "turkish lira": "TRY",
    "costa rican colón": "CRC",
    "georgian lari": "GEL",
    "lao kip": "LAK",
    "finnish markka": "FIM",
    "netherlands guilder": "NLG",
    "peseta": "ESP",
    "bitcoin": "XBT",
    "btc": "XBT",
}

# Names whose meaning depends on what the item measures, keyed by (entity, name). The entity
# comes from the gold's type, quantulum3's unit entity or numcheck's claim kind.
ENTITY_NAMES: dict[tuple[str, str], str] = {
    # "pound" is also a mass; as money it is sterling
    ("currency", "pound"): "GBP",
    ("currency", "rupee"): "INR",
    # Recognizers' TemperatureModel says "Degree" when no scale is stated ("98 degrees").
    # That is not pint's angle "degree", and no scale would be right, so nothing matches it.
    ("temperature", "degree"): "degree_unstated_scale",
}

# Coins and minor units: a fixed fraction of a major unit, so "50 cents" and "0.5 USD" state
# the same amount. Where the name does not say whose coin it is (cent, sen, centavo), the
# currency is left open and any currency matches it; pence, dimes and satoshis are GBP, USD
# and bitcoin's. Amounts are compared after multiplying by the factor.
MINOR_CURRENCY_NAMES: dict[str, tuple[float, str | None]] = {
    "cent": (0.01, None),
    "cents": (0.01, None),
    "pence": (0.01, "GBP"),
    "penny": (0.01, "GBP"),
    "dime": (0.1, "USD"),
    "sen": (0.01, None),
    "satoshi": (1e-8, "XBT"),
    "centavo": (0.01, None),
    "rappen": (0.01, "CHF"),
    "mill": (0.001, None),
}
# Currencies named without saying whose: "francs" may be French, Belgian or Swiss, so no ISO
# code is right and nothing matches them.
OPAQUE_CURRENCY_NAMES = frozenset({"franc"})

# Counting words are bare numbers with a factor: "a dozen" is 12.
COUNT_NAMES: dict[str, float] = {"dozen": 12.0, "gross": 144.0, "score": 20.0}

# Names that leave the variant open: Recognizers' "Ton" covers "tons" and "tonnes" alike, and
# its "Barrel" does not say which barrel. Such a name matches any of its variants (by pint
# name); a variant named outright ("metric ton", "short_ton") matches only itself.
OPEN_VARIANTS: dict[str, tuple[str, ...]] = {
    "ton": ("metric_ton", "short_ton", "long_ton"),
    "tons": ("metric_ton", "short_ton", "long_ton"),
    "barrel": ("oil_barrel", "barrel", "beer_barrel"),
    "barrels": ("oil_barrel", "barrel", "beer_barrel"),
}

# ISO 4217 codes in use, a few retired ones that old newswire still names, and bitcoin's.
_ISO_CODE_LIST = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SYP SZL THB TJS TMT TND
    TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL
    FIM NLG ESP FRF DEM ITL XBT
"""
ISO_CODES = frozenset(_ISO_CODE_LIST.split())


class UnitKind(StrEnum):
    NONE = "none"
    CURRENCY = "currency"
    PINT = "pint"
    OPAQUE = "opaque"


class Category(StrEnum):
    """What a unit measures; a Recognizers model annotates only its own category."""

    NUMBER = "number"
    PERCENT = "percent"
    CURRENCY = "currency"
    TEMPERATURE = "temperature"
    TIME = "time"
    DIMENSION = "dimension"  # length, mass, volume, speed, angle, information...
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CanonicalUnit:
    """A unit after mapping; two units are the same exactly when these records are equal.

    For pint units `key` is the base-unit form with its factor and offset, so "square_foot"
    and "foot ** 2", or "megawatt_hour" and "hour * megawatt", compare equal. A currency with
    no key is one the name leaves open ("cent"). `factor` turns a value in this unit into one
    in the unit its key names: 0.01 for "pence" (key GBP), 12 for "dozen" (no unit).
    """

    kind: UnitKind
    name: str | None = field(default=None, compare=False)
    key: str | None = None
    category: Category = field(default=Category.NUMBER, compare=False)
    factor: float = field(default=1.0, compare=False)
    variants: frozenset[str] = frozenset()  # keys an open name ("ton") stands for

    def __str__(self) -> str:
        return "-" if self.name is None else self.name


NO_UNIT = CanonicalUnit(UnitKind.NONE)


def _currency(code: str | None, name: str | None = None, factor: float = 1.0) -> CanonicalUnit:
    return CanonicalUnit(UnitKind.CURRENCY, name or code, code, Category.CURRENCY, factor)


def _opaque(name: str, category: Category = Category.OTHER) -> CanonicalUnit:
    return CanonicalUnit(UnitKind.OPAQUE, name, name, category)


def units_match(a: CanonicalUnit, b: CanonicalUnit) -> bool:
    """Equal units; a currency left open ("cent") against any currency; an open name ("ton")
    against any of its variants."""
    if a == b:
        return True
    if a.kind is b.kind is UnitKind.CURRENCY and (a.key is None or b.key is None):
        return True
    return b.key in a.variants or a.key in b.variants


class UnitNames:
    """Maps unit names from any side to CanonicalUnit. Owns the one pint registry of a run."""

    def __init__(self) -> None:
        import pint  # imported here so scoring stays cheap to import

        self._registry: Any = pint.UnitRegistry()
        self._errors: tuple[type[Exception], ...] = (
            pint.errors.UndefinedUnitError,
            pint.errors.DefinitionSyntaxError,
            AttributeError,
            TypeError,
            ValueError,
            AssertionError,
        )
        self._cache: dict[tuple[str | None, str | None], CanonicalUnit] = {}

    def canonical(self, name: str | None, *, entity: str | None = None) -> CanonicalUnit:
        key = (name, entity)
        if key not in self._cache:
            self._cache[key] = self._resolve(name, entity)
        return self._cache[key]

    def _resolve(self, name: str | None, entity: str | None) -> CanonicalUnit:
        if name is None or not name.strip():
            return NO_UNIT
        stripped = name.strip()
        if stripped in ISO_CODES:
            return _currency(stripped)
        lowered = stripped.lower()
        if lowered in CURRENCY_NAMES:
            return _currency(CURRENCY_NAMES[lowered])
        if entity is not None and (entity, lowered) in ENTITY_NAMES:
            mapped_name = ENTITY_NAMES[(entity, lowered)]
            if mapped_name in ISO_CODES:
                return _currency(mapped_name)
            return _opaque(mapped_name, Category.TEMPERATURE if entity == "temperature" else Category.OTHER)
        if lowered in MINOR_CURRENCY_NAMES:
            factor, code = MINOR_CURRENCY_NAMES[lowered]
            return _currency(code, lowered, factor)
        if lowered in OPAQUE_CURRENCY_NAMES:
            return _opaque(lowered, Category.CURRENCY)
        if lowered in COUNT_NAMES:
            return CanonicalUnit(UnitKind.NONE, lowered, None, Category.NUMBER, COUNT_NAMES[lowered])
        if lowered in OPEN_VARIANTS:
            keys = frozenset(unit.key for unit in map(self._pint, OPEN_VARIANTS[lowered]) if unit and unit.key)
            return CanonicalUnit(UnitKind.OPAQUE, lowered, lowered, Category.DIMENSION, variants=keys)
        if lowered in UNIT_NAMES:
            mapped = UNIT_NAMES[lowered]
            if mapped is None:
                return NO_UNIT
            return self._pint(mapped) or _opaque(mapped)
        compound = self._compound_currency(stripped)
        if compound is not None:
            return compound
        for candidate in (stripped, lowered, lowered.replace(" ", "_").replace("-", "_")):
            resolved = self._pint(candidate)
            if resolved is not None:
                return resolved
        return _opaque(lowered)

    def _pint(self, expression: str) -> CanonicalUnit | None:
        try:
            units = self._registry.parse_units(expression)
        except self._errors:
            return None
        text = str(units)
        if text == "dimensionless":
            return NO_UNIT
        # factor and offset from two points, so degree_Celsius is not kelvin
        zero = self._registry.Quantity(0.0, units).to_base_units()
        one = self._registry.Quantity(1.0, units).to_base_units()
        factor = float(one.magnitude - zero.magnitude)
        offset = float(zero.magnitude)
        key = f"{one.units} x{factor:.9g} {offset:+.9g}"
        return CanonicalUnit(UnitKind.PINT, text, key, _category(str(one.units), dict(one.dimensionality)))

    def _compound_currency(self, name: str) -> CanonicalUnit | None:
        """ "dollar per kilogram" -> "USD / kilogram"; pint has no currencies."""
        head, sep, tail = name.partition(" per ")
        if not sep:
            return None
        code = head if head in ISO_CODES else CURRENCY_NAMES.get(head.lower())
        if code is None:
            return None
        rest = self._pint(tail.lower().replace(" per ", " / "))
        if rest is None:
            return None
        # by the key, so "GBP per litre" and "GBP per decimeter ** 3" are one unit
        return CanonicalUnit(UnitKind.OPAQUE, f"{code} / {rest}", f"{code} / {rest.key}", Category.CURRENCY)


def _category(base_units: str, dimensionality: dict[str, Any]) -> Category:
    if base_units == "dimensionless":
        return Category.PERCENT  # percent, per mille, ppm: a bare number would not reach pint
    if dimensionality == {"[temperature]": 1}:
        return Category.TEMPERATURE
    if dimensionality == {"[time]": 1}:
        return Category.TIME
    return Category.DIMENSION


# What each Recognizers model annotates. Its spec marks only quantities of its own kind, so a
# correct count or duration in a CurrencyModel sentence is not in its gold; predictions of
# other kinds are left out of that model's score (a prediction of the wrong kind on a gold
# span then counts as a miss). Both systems are filtered by the same rule, on the category of
# their canonical unit. Sets not listed (Number models, quantulum3's) annotate every number.
SET_SCOPES: dict[str, frozenset[Category]] = {
    "AgeModel": frozenset({Category.TIME}),
    "CurrencyModel": frozenset({Category.CURRENCY}),
    "DimensionModel": frozenset({Category.DIMENSION}),
    "TemperatureModel": frozenset({Category.TEMPERATURE}),
    "PercentModel": frozenset({Category.PERCENT}),
}


def in_scope(unit: CanonicalUnit, set_name: str) -> bool:
    scope = SET_SCOPES.get(set_name)
    return scope is None or unit.category in scope


# --- items and matching -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One quantity, gold or predicted, reduced to what scoring looks at."""

    start: int
    end: int
    surface: str
    value: float | None
    unit: CanonicalUnit
    unit_name: str | None = None  # as the source wrote it, for the error dump
    kind: str | None = None
    bounds: tuple[float, ...] = ()  # the ends of a range the prediction states ("8 to 10 feet")

    def overlaps(self, other: Item) -> bool:
        return self.start < other.end and other.start < self.end

    @property
    def amount(self) -> float | None:
        """The value in the unit's key: 50 cents -> 0.5, a dozen -> 12."""
        return None if self.value is None else self.value * self.unit.factor

    def states(self, value: float | None, *, as_amount: bool) -> bool:
        """Whether this item states `value`: as its own value, or as an end of its range."""
        factor = self.unit.factor if as_amount else 1.0
        own = self.amount if as_amount else self.value
        return values_equal(own, value) or any(values_equal(bound * factor, value) for bound in self.bounds)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "value": self.value,
            "unit": self.unit_name,
            "canonical_unit": self.unit.name,
            "kind": self.kind,
        }


def values_equal(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=0.0)


class Level(StrEnum):
    DETECTION = "detection"
    VALUE = "value"
    VALUE_UNIT = "value+unit"


def pair_matches(level: Level, prediction: Item, gold: Item) -> bool:
    if not prediction.overlaps(gold):
        return False
    if level is Level.DETECTION:
        return True
    if level is Level.VALUE:
        # the value as stated, or as an amount: "50 cents" states 50, and 0.5 of a currency
        return prediction.states(gold.value, as_amount=False) or prediction.states(gold.amount, as_amount=True)
    return prediction.states(gold.amount, as_amount=True) and units_match(prediction.unit, gold.unit)


def max_matching(n_left: int, n_right: int, allowed: Callable[[int, int], bool]) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths); returns right index -> left index.

    Greedy matching can pair a prediction with the wrong one of two overlapping gold items
    and lose a hit, so we take the largest matching instead. Inputs are a sentence's worth.
    """
    edges = [[j for j in range(n_right) if allowed(i, j)] for i in range(n_left)]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_left):
        augment(i, set())
    return owner


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        # 2TP / (2TP + FP + FN) is the harmonic mean of P and R, and is defined when one is not
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


def _ratio(numerator: int, denominator: int) -> float | None:
    return None if denominator == 0 else numerator / denominator


@dataclass(frozen=True, slots=True)
class LevelScore:
    counts: Counts
    missed: tuple[int, ...]  # gold indices not matched
    false_alarms: tuple[int, ...]  # prediction indices counted as false positives


def score_level(level: Level, gold: Sequence[Item], predictions: Sequence[Item]) -> LevelScore:
    """Count hits for one text at one level.

    At the value levels a gold item with no value (a range, a relative ordinal) is left out,
    and so is any unmatched prediction that overlaps only such items: neither side is right
    or wrong about a value that the gold does not state.
    """
    if level is Level.DETECTION:
        scored = list(range(len(gold)))
    else:
        scored = [index for index, item in enumerate(gold) if item.value is not None]
    unscored = [gold[index] for index in range(len(gold)) if index not in set(scored)]
    owner = max_matching(
        len(predictions),
        len(scored),
        lambda p, g: pair_matches(level, predictions[p], gold[scored[g]]),
    )
    matched_predictions = set(owner.values())
    missed = tuple(scored[g] for g in range(len(scored)) if g not in owner)
    false_alarms = tuple(
        p
        for p, prediction in enumerate(predictions)
        if p not in matched_predictions and not _only_overlaps_unscored(prediction, gold, scored, unscored)
    )
    return LevelScore(Counts(len(owner), len(false_alarms), len(missed)), missed, false_alarms)


def _only_overlaps_unscored(
    prediction: Item, gold: Sequence[Item], scored: Sequence[int], unscored: Sequence[Item]
) -> bool:
    touches_unscored = any(prediction.overlaps(item) for item in unscored)
    touches_scored = any(prediction.overlaps(gold[index]) for index in scored)
    return touches_unscored and not touches_scored


@dataclass(frozen=True, slots=True)
class CaseScore:
    detection: LevelScore
    value: LevelScore
    value_unit: LevelScore

    def level(self, level: Level) -> LevelScore:
        return {
            Level.DETECTION: self.detection,
            Level.VALUE: self.value,
            Level.VALUE_UNIT: self.value_unit,
        }[level]

    @property
    def perfect(self) -> bool:
        return all(not (score.missed or score.false_alarms) for score in (self.detection, self.value, self.value_unit))


def score_case(gold: Sequence[Item], predictions: Sequence[Item]) -> CaseScore:
    return CaseScore(
        score_level(Level.DETECTION, gold, predictions),
        score_level(Level.VALUE, gold, predictions),
        score_level(Level.VALUE_UNIT, gold, predictions),
    )


@dataclass(frozen=True, slots=True)
class Totals:
    """Summed counts over many texts; micro-averaged P/R/F1 follow from these."""

    texts: int = 0
    gold: int = 0
    failures: int = 0  # texts on which the system raised
    detection: Counts = Counts()
    value: Counts = Counts()
    value_unit: Counts = Counts()

    def add(self, case: CaseScore, gold_count: int, failed: bool = False) -> Totals:
        return Totals(
            self.texts + 1,
            self.gold + gold_count,
            self.failures + int(failed),
            self.detection + case.detection.counts,
            self.value + case.value.counts,
            self.value_unit + case.value_unit.counts,
        )

    def __add__(self, other: Totals) -> Totals:
        return Totals(
            self.texts + other.texts,
            self.gold + other.gold,
            self.failures + other.failures,
            self.detection + other.detection,
            self.value + other.value,
            self.value_unit + other.value_unit,
        )

    def level(self, level: Level) -> Counts:
        return {
            Level.DETECTION: self.detection,
            Level.VALUE: self.value,
            Level.VALUE_UNIT: self.value_unit,
        }[level]


# --- gold spans -------------------------------------------------------------------------------


def locate_surfaces(text: str, surfaces: Sequence[str]) -> list[tuple[int, int] | None]:
    """Spans for gold surfaces given without offsets (quantulum3's gold).

    Surfaces come in reading order, so each is looked for from the previous one's start;
    a surface that repeats ("860" and "I7-860BOX") then lands on the right copy.
    """
    spans: list[tuple[int, int] | None] = []
    used: set[int] = set()
    cursor = 0
    for surface in surfaces:
        start = _find_unused(text, surface, cursor, used)
        if start is None:
            start = _find_unused(text, surface, 0, used)
        if start is None:
            spans.append(None)
            continue
        used.add(start)
        cursor = start
        spans.append((start, start + len(surface)))
    return spans


def _find_unused(text: str, surface: str, begin: int, used: set[int]) -> int | None:
    if not surface:
        return None
    for match in re.finditer(re.escape(surface), text[begin:]):
        start = begin + match.start()
        if start not in used:
            return start
    return None
