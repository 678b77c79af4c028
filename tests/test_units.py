"""Normalisation: the pint registry, our definitions, and what the unit lexicon can produce."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numcheck.extraction.lexicon import UnitSense, unit_lexicon
from numcheck.model import ClaimKind
from numcheck.units import UnknownUnitError, convert, is_known_unit, to_base
from numcheck.vocabulary import load_vocabulary

CONVERSIONS = [
    (90, "mile", 144840.96, "meter"),
    (230, "kilometer", 230000.0, "meter"),
    (30000, "foot", 9144.0, "meter"),
    (38, "degree_Celsius", 311.15, "kelvin"),
    (100, "degree_Fahrenheit", 310.92777777777775, "kelvin"),
    (3, "kilogram", 3.0, "kilogram"),
    (7, "pound", 3.17514659, "kilogram"),
    (1e8, "GBP", 1e8, "GBP"),
    (2, "percentage_point", 2.0, "percentage_point"),
]


@pytest.mark.parametrize(("value", "unit", "base_value", "base_unit"), CONVERSIONS)
def test_to_base(value: float, unit: str, base_value: float, base_unit: str) -> None:
    got_value, got_unit, _ = to_base(value, unit)
    assert math.isclose(got_value, base_value, rel_tol=1e-8)
    assert got_unit == base_unit


_PAIRS = st.sampled_from(
    [
        ("mile", "kilometer"),
        ("foot", "meter"),
        ("degree_Celsius", "degree_Fahrenheit"),
        ("kelvin", "degree_Celsius"),
        ("pound", "kilogram"),
        ("mile / hour", "kilometer / hour"),
        ("acre", "hectare"),
        ("tonne", "pound"),
    ]
)


@given(_PAIRS, st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_conversion_and_inverse(pair: tuple[str, str], value: float) -> None:
    source, target = pair
    there = convert(value, source, target)
    back = convert(there, target, source)
    assert math.isclose(back, value, rel_tol=1e-9, abs_tol=1e-6)


def test_temperatures_keep_offsets() -> None:
    assert math.isclose(convert(100, "degree_Celsius", "degree_Fahrenheit"), 212.0)
    assert math.isclose(convert(0, "degree_Celsius", "kelvin"), 273.15)
    assert math.isclose(convert(-40, "degree_Fahrenheit", "degree_Celsius"), -40.0)


@pytest.mark.parametrize(("one", "other"), [("GBP", "USD"), ("EUR", "GBP"), ("USD", "meter"), ("GBP", "percent")])
def test_currencies_are_separate_dimensions(one: str, other: str) -> None:
    with pytest.raises(UnknownUnitError):
        convert(1, one, other)


# Catalogue units that pint has no definition for. They stay readable (the claim keeps its
# unit, without a base value) but are rare in news prose.
KNOWN_EXCLUSIONS = frozenset(
    {
        "base_pair",
        "cubit",
        "dessertspoon",
        "drop",
        "earth_mass",
        "ell",
        "giga_base_pair",
        "inch_of_water",
        "kilo_base_pair",
        "mega_base_pair",
        "mega_british_thermal_unit",
        "nibble",
        "nucleotide",
        "quantum_bit",
        "quintal",
        "solar_mass",
        "span",
        "twip",
    }
)


def test_every_lexicon_unit_parses_in_pint() -> None:
    lexicon = unit_lexicon(load_vocabulary())
    senses = [*lexicon.words.values(), *lexicon.symbols.values()]
    units = {sense.unit for sense in senses if sense.kind is not ClaimKind.PERCENT}
    unknown = sorted(unit for unit in units if not is_known_unit(unit))
    assert [u for u in unknown if u not in KNOWN_EXCLUSIONS] == []
    assert "percent" in {sense.unit for sense in senses} and is_known_unit("percent")


def test_every_currency_code_is_defined() -> None:
    vocabulary = load_vocabulary()
    codes = {*vocabulary.currency_symbols.values(), *vocabulary.currency_words.values()}
    codes |= {code for code, _ in vocabulary.currency_minor.values()}
    assert sorted(code for code in codes if not is_known_unit(code)) == []


@pytest.mark.parametrize(
    ("surface", "unit", "kind"),
    [
        ("km2", "kilometer ** 2", ClaimKind.MEASURE),
        ("m²", "meter ** 2", ClaimKind.MEASURE),
        ("cm^3", "centimeter ** 3", ClaimKind.MEASURE),
        ("square miles", "mile ** 2", ClaimKind.MEASURE),
        ("sq km", "kilometer ** 2", ClaimKind.MEASURE),
        ("cubic feet", "foot ** 3", ClaimKind.MEASURE),
        ("μg", "microgram", ClaimKind.MEASURE),
        ("Mb", "megabit", ClaimKind.MEASURE),
        ("mb", "megabyte", ClaimKind.MEASURE),
        ("km/h", "kilometer / hour", ClaimKind.MEASURE),
        ("€", "EUR", ClaimKind.MONEY),
        ("USD", "USD", ClaimKind.MONEY),
        ("quid", "GBP", ClaimKind.MONEY),
    ],
)
def test_lexicon_reads_derived_and_written_out_units(surface: str, unit: str, kind: ClaimKind) -> None:
    sense = unit_lexicon(load_vocabulary()).sense_of(surface)
    assert sense is not None and (sense.unit, sense.kind) == (unit, kind)
    assert is_known_unit(unit)


def test_scaled_currency_codes_carry_their_factor() -> None:
    lexicon = unit_lexicon(load_vocabulary())
    assert lexicon.symbols["MUSD"] == UnitSense("USD", ClaimKind.MONEY, 1e6)
    assert lexicon.currency_prefix("MAUD") == ("AUD", 1e6)
    assert lexicon.currency_prefix("HK $") == ("HKD", 1.0)
    assert lexicon.currency_prefix("nzd$") == ("NZD", 1.0)
    assert lexicon.currency_prefix("£") == ("GBP", 1.0)


def test_particle_physics_units_are_not_read_from_prose() -> None:
    lexicon = unit_lexicon(load_vocabulary())
    assert all("barn" not in sense.unit for sense in [*lexicon.words.values(), *lexicon.symbols.values()])


def test_a_rate_composed_from_the_table_is_what_pint_says() -> None:
    # Rates ("barrels a day") are built from two units; their base forms are composed from the
    # table where that is plain arithmetic, and must then equal pint's answer exactly.
    from numcheck.units import _composed_form, _pint_base_form

    lexicon = unit_lexicon(load_vocabulary())
    tops = sorted({s.unit for s in (*lexicon.words.values(), *lexicon.symbols.values()) if s.kind is ClaimKind.MEASURE})
    composed = 0
    for top in tops:
        for bottom in ("hour", "meter ** 2", "gram", "meter", "liter"):
            form = _composed_form(f"{top} / {bottom}")
            if form is None:
                continue
            composed += 1
            expected = _pint_base_form(f"{top} / {bottom}")
            assert (form.base_unit, form.dimension, form.offset) == (expected.base_unit, expected.dimension, 0.0)
            assert math.isclose(form.factor, expected.factor, rel_tol=1e-9), f"{top} / {bottom}"
    assert composed > 300
