"""Benchmark scoring: unit mapping, span matching and P/R/F1 arithmetic on hand-made cases."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


def _load_scoring() -> ModuleType:
    # benchmarks/ is not a package (and pysbd installs an unrelated top-level "benchmarks"),
    # so the module is loaded from its path.
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "scoring.py"
    spec = importlib.util.spec_from_file_location("bench_scoring", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


scoring = _load_scoring()
Counts = scoring.Counts
Item = scoring.Item
Level = scoring.Level
NO_UNIT = scoring.NO_UNIT


@pytest.fixture(scope="module")
def units() -> Any:
    return scoring.UnitNames()


def item(start: int, end: int, value: float | None = None, unit: Any = NO_UNIT) -> Any:
    return Item(start, end, f"{start}-{end}", value, unit)


# --- P/R/F1 arithmetic ------------------------------------------------------------------------


def test_precision_recall_f1_from_counts() -> None:
    counts = Counts(tp=3, fp=1, fn=2)
    assert counts.precision == pytest.approx(3 / 4)
    assert counts.recall == pytest.approx(3 / 5)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / (0.75 + 0.6))


def test_empty_denominators_are_undefined_not_zero() -> None:
    assert Counts().precision is None
    assert Counts().recall is None
    assert Counts().f1 is None
    only_false_alarms = Counts(tp=0, fp=2, fn=0)
    assert only_false_alarms.precision == 0.0
    assert only_false_alarms.recall is None
    assert only_false_alarms.f1 == 0.0


def test_counts_add_up_micro_averaged() -> None:
    total = Counts(1, 0, 1) + Counts(3, 2, 0)
    assert total == Counts(4, 2, 1)
    assert total.f1 == pytest.approx(8 / (8 + 2 + 1))


# --- matching ---------------------------------------------------------------------------------


def test_overlapping_spans_match_and_disjoint_ones_do_not() -> None:
    gold = [item(10, 20, 5.0)]
    assert scoring.score_level(Level.DETECTION, gold, [item(15, 25, 5.0)]).counts == Counts(1, 0, 0)
    assert scoring.score_level(Level.DETECTION, gold, [item(20, 25, 5.0)]).counts == Counts(0, 1, 1)


def test_each_gold_item_is_matched_at_most_once() -> None:
    gold = [item(0, 10, 1.0)]
    score = scoring.score_level(Level.DETECTION, gold, [item(0, 4, 1.0), item(5, 10, 1.0)])
    assert score.counts == Counts(1, 1, 0)
    assert score.false_alarms == (1,)


def test_matching_is_maximum_not_greedy() -> None:
    # The first prediction overlaps both gold items; pairing it with the first gold item
    # would leave the second prediction, which overlaps only that item, unmatched.
    gold = [item(0, 10), item(8, 12)]
    predictions = [item(5, 12), item(0, 3)]
    score = scoring.score_level(Level.DETECTION, gold, predictions)
    assert score.counts == Counts(2, 0, 0)


def test_wrong_value_is_a_detection_hit_but_a_value_miss_and_false_alarm() -> None:
    gold = [item(0, 5, 1.2e9)]
    predictions = [item(0, 5, 1.2e6)]
    assert scoring.score_level(Level.DETECTION, gold, predictions).counts == Counts(1, 0, 0)
    assert scoring.score_level(Level.VALUE, gold, predictions).counts == Counts(0, 1, 1)


def test_values_equal_within_relative_one_in_a_million() -> None:
    assert scoring.values_equal(1.2e9, 1.2e9 * (1 + 5e-7))
    assert not scoring.values_equal(1.2e9, 1.2e9 * (1 + 5e-6))
    assert scoring.values_equal(0.0, 0.0)
    assert not scoring.values_equal(None, 1.0)


def test_gold_without_a_value_counts_for_detection_only() -> None:
    gold = [item(0, 12, None), item(20, 25, 7.0)]
    predictions = [item(0, 4, 20.0), item(8, 12, 35.0), item(20, 25, 7.0)]
    detection = scoring.score_level(Level.DETECTION, gold, predictions)
    assert detection.counts == Counts(2, 1, 0)
    # both range endpoints overlap only the valueless gold item: neither right nor wrong
    assert scoring.score_level(Level.VALUE, gold, predictions).counts == Counts(1, 0, 0)


def test_value_and_unit_needs_the_same_canonical_unit(units: Any) -> None:
    gold = [item(0, 10, 5.0, units.canonical("kilometre"))]
    right = [item(0, 10, 5.0, units.canonical("kilometer"))]
    wrong = [item(0, 10, 5.0, units.canonical("mile"))]
    assert scoring.score_level(Level.VALUE_UNIT, gold, right).counts == Counts(1, 0, 0)
    assert scoring.score_level(Level.VALUE_UNIT, gold, wrong).counts == Counts(0, 1, 1)
    assert scoring.score_level(Level.VALUE, gold, wrong).counts == Counts(1, 0, 0)


def test_case_score_reports_misses_and_false_alarms() -> None:
    gold = [item(0, 3, 1.0), item(10, 13, 2.0)]
    case = scoring.score_case(gold, [item(0, 3, 1.0), item(30, 33, 9.0)])
    assert case.detection.missed == (1,)
    assert case.detection.false_alarms == (1,)
    assert not case.perfect
    assert scoring.score_case(gold[:1], [item(0, 3, 1.0)]).perfect


# --- unit names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold_name", "gold_entity", "predicted_name", "predicted_entity"),
    [
        ("metre", None, "meter", None),
        ("Meter", "dimension", "meter", None),
        ("Square foot", "dimension", "square_foot", None),
        ("cubic centimetre", "volume", "milliliter", None),
        ("megawatt hour", None, "megawatt_hour", None),
        ("Kilometer per hour", "dimension", "kilometre per hour", "speed"),
        ("C", "temperature", "degree_Celsius", None),
        ("F", "temperature", "degree fahrenheit", "temperature"),
        ("degree Celsius", "temperature", "degree_Celsius", None),
        ("%", "percentage", "percent", None),
        ("percentage", None, "percent", None),
        ("Dollar", "currency", "USD", "currency"),
        ("dollar", "currency", "USD", "currency"),
        ("United States dollar", "currency", "USD", "currency"),
        ("pound sterling", "currency", "GBP", "currency"),
        ("Pound", "currency", "GBP", "currency"),
        ("Chinese yuan", "currency", "CNY", "currency"),
        ("pound-mass", "mass", "pound", None),
        ("Pound", "dimension", "pound", None),
        ("dimensionless", None, None, None),
        (None, "number", None, None),
        ("Year", "age", "year", None),
    ],
)
def test_units_that_name_the_same_thing_match(
    units: Any,
    gold_name: str | None,
    gold_entity: str | None,
    predicted_name: str | None,
    predicted_entity: str | None,
) -> None:
    canonical = units.canonical
    assert canonical(gold_name, entity=gold_entity) == canonical(predicted_name, entity=predicted_entity)


@pytest.mark.parametrize(
    ("gold_name", "gold_entity", "predicted_name", "predicted_entity"),
    [
        ("degree Celsius", "temperature", "kelvin", None),
        ("C", "temperature", "degree_Fahrenheit", None),
        ("Pound", "dimension", "GBP", "currency"),
        ("Pound", "currency", "pound", None),
        ("Dollar", "currency", "CAD", "currency"),
        ("Cent", "currency", "USD", "currency"),
        ("Degree", "temperature", "degree", None),
        ("Degree", "dimension", "degree_Celsius", None),
        ("%", "percentage", None, None),
        ("ton", None, "metric_ton", None),
    ],
)
def test_units_that_differ_do_not_match(
    units: Any,
    gold_name: str | None,
    gold_entity: str | None,
    predicted_name: str | None,
    predicted_entity: str | None,
) -> None:
    canonical = units.canonical
    assert canonical(gold_name, entity=gold_entity) != canonical(predicted_name, entity=predicted_entity)


def test_unknown_names_fall_back_to_their_own_lowercase_name(units: Any) -> None:
    canonical = units.canonical
    assert canonical("baker's dozen") == canonical("Baker's dozen")
    assert canonical("baker's dozen") != canonical("dozen")


# --- gold spans -------------------------------------------------------------------------------


def test_surfaces_are_located_in_reading_order() -> None:
    text = "Intel Core i7 860 Processor 2.80 GHz CPU I7-860BOX"
    assert scoring.locate_surfaces(text, ["860", "2.80 GHz"]) == [(14, 17), (28, 36)]


def test_a_repeated_surface_takes_the_next_unused_copy() -> None:
    text = "between 44 mg and 50 mg, or 44 mg again"
    assert scoring.locate_surfaces(text, ["44 mg", "44 mg"]) == [(8, 13), (28, 33)]
    assert scoring.locate_surfaces(text, ["7 kg"]) == [None]


# --- amounts, open names and set scopes --------------------------------------------------------


def test_minor_units_are_compared_as_amounts_of_their_currency(units: Any) -> None:
    gold_cents = [item(0, 8, 50.0, units.canonical("Cent", entity="currency"))]
    in_dollars = [item(0, 8, 0.5, units.canonical("USD", entity="currency"))]
    in_euros = [item(0, 8, 0.5, units.canonical("EUR", entity="currency"))]
    # "cent" does not say whose cent, so any currency's 0.5 is the same amount
    assert scoring.score_level(Level.VALUE_UNIT, gold_cents, in_dollars).counts == Counts(1, 0, 0)
    assert scoring.score_level(Level.VALUE_UNIT, gold_cents, in_euros).counts == Counts(1, 0, 0)
    assert scoring.score_level(Level.VALUE, gold_cents, in_dollars).counts == Counts(1, 0, 0)
    gold_pence = [item(0, 9, 470.0, units.canonical("Pence", entity="currency"))]
    assert scoring.score_level(Level.VALUE_UNIT, gold_pence, [item(0, 9, 4.7, units.canonical("GBP"))]).counts == (
        Counts(1, 0, 0)
    )
    assert scoring.score_level(Level.VALUE_UNIT, gold_pence, [item(0, 9, 4.7, units.canonical("USD"))]).counts == (
        Counts(0, 1, 1)
    )


def test_a_value_as_stated_still_counts_at_the_value_level(units: Any) -> None:
    gold = [item(0, 8, 50.0, units.canonical("Cent", entity="currency"))]
    bare = [item(0, 8, 50.0, NO_UNIT)]
    assert scoring.score_level(Level.VALUE, gold, bare).counts == Counts(1, 0, 0)
    assert scoring.score_level(Level.VALUE_UNIT, gold, bare).counts == Counts(0, 1, 1)


def test_counting_words_are_bare_numbers_with_a_factor(units: Any) -> None:
    gold = [item(0, 7, 1.0, units.canonical("dozen"))]
    assert scoring.score_level(Level.VALUE_UNIT, gold, [item(0, 7, 12.0, NO_UNIT)]).counts == Counts(1, 0, 0)
    assert scoring.score_level(Level.VALUE_UNIT, gold, [item(0, 7, 1.0, NO_UNIT)]).counts == Counts(0, 1, 1)


@pytest.mark.parametrize(
    ("gold_name", "predicted_name", "matches"),
    [
        ("Ton", "tonne", True),
        ("Ton", "short_ton", True),
        ("Ton", "long ton", True),
        ("Ton", "kilogram", False),
        ("Metric ton", "tonne", True),
        ("Metric ton", "short_ton", False),
        ("Barrel", "oil_barrel", True),
        ("Barrel", "gallon", False),
    ],
)
def test_a_name_that_leaves_the_variant_open_matches_any_variant(
    units: Any, gold_name: str, predicted_name: str, matches: bool
) -> None:
    gold, predicted = units.canonical(gold_name, entity="dimension"), units.canonical(predicted_name)
    assert scoring.units_match(gold, predicted) is matches
    assert scoring.units_match(predicted, gold) is matches


@pytest.mark.parametrize(
    ("set_name", "unit_name", "entity", "counted"),
    [
        ("CurrencyModel", "USD", "currency", True),
        ("CurrencyModel", "cent", None, True),
        ("CurrencyModel", None, None, False),
        ("CurrencyModel", "percent", None, False),
        ("CurrencyModel", "year", None, False),
        ("DimensionModel", "mile", None, True),
        ("DimensionModel", "kilometer / hour", None, True),
        ("DimensionModel", "degree", None, True),
        ("DimensionModel", "megabyte", None, True),
        ("DimensionModel", "minute", None, False),
        ("DimensionModel", "degree_Celsius", None, False),
        ("DimensionModel", "GBP", "currency", False),
        ("DimensionModel", None, None, False),
        ("TemperatureModel", "degree_Fahrenheit", None, True),
        ("TemperatureModel", "Degree", "temperature", True),
        ("TemperatureModel", "foot", None, False),
        ("AgeModel", "year", None, True),
        ("AgeModel", "mile", None, False),
        ("PercentModel", "percent", None, True),
        ("PercentModel", None, None, False),
        ("NumberModel", None, None, True),
        ("NumberModel", "mile", None, True),
        ("quantities", "USD", "currency", True),
    ],
)
def test_a_set_that_annotates_one_kind_scores_only_predictions_of_that_kind(
    units: Any, set_name: str, unit_name: str | None, entity: str | None, counted: bool
) -> None:
    assert scoring.in_scope(units.canonical(unit_name, entity=entity), set_name) is counted


def test_a_range_matches_a_gold_value_at_either_end_or_its_midpoint() -> None:
    ranged = Item(0, 17, "eight to 10 feet", 9.0, NO_UNIT, bounds=(8.0, 10.0))
    for value in (8.0, 9.0, 10.0):
        assert scoring.score_level(Level.VALUE_UNIT, [item(12, 17, value)], [ranged]).counts == Counts(1, 0, 0)
    assert scoring.score_level(Level.VALUE_UNIT, [item(12, 17, 9.5)], [ranged]).counts == Counts(0, 1, 1)
