"""Extraction of measures: pint units as stated, with base values."""

from __future__ import annotations

import pytest
from claim_table import check, quantity_row

import numcheck
from numcheck.model import ClaimKind


def measure(value: float, unit: str, subject: str | None, **more: object) -> dict[str, object]:
    return quantity_row({"kind": "measure", "value": value, "unit": unit, "subject": subject, **more})


CASES = [
    (
        "The missiles have a range of 90 miles.",
        "90 miles",
        measure(90, "mile", "range", base_value=144840.96, base_unit="meter"),
    ),
    (
        "The convoy stretched for 230 km along the road.",
        "230 km",
        measure(230, "kilometer", "convoy", base_value=230000.0, base_unit="meter"),
    ),
    (
        "The plane was flying at 30,000 feet when the engine failed.",
        "30,000 feet",
        measure(30000, "foot", None, base_value=9144.0),
    ),
    (
        "Temperatures reached 38C in London on Tuesday.",
        "38C",
        measure(38, "degree_Celsius", "temperature", base_value=311.15, base_unit="kelvin"),
    ),
    (
        "Thermometers in Phoenix hit 100F for the tenth day.",
        "100F",
        measure(100, "degree_Fahrenheit", "thermometer"),
    ),
    (
        "The driver was caught doing 70 mph on the motorway.",
        "70 mph",
        measure(70, "mile / hour", "driver"),
    ),
    (
        "Each parcel weighed 3 kg.",
        "3 kg",
        measure(3, "kilogram", "parcel", base_value=3.0, base_unit="kilogram"),
    ),
    ("The baby weighed 7 lb at birth.", "7 lb", measure(7, "pound", "baby")),
    ("Thousands took part in a 5-mile run through the park.", "5-mile", measure(5, "mile", "run")),
    (
        "Runners completed a 13.1-mile course around the city.",
        "13.1-mile",
        measure(13.1, "mile", "course", precision=0.1),
    ),
    ("The storm brought winds of 80 km/h.", "80 km/h", measure(80, "kilometer / hour", "wind")),
    ("The wall is 4 metres high.", "4 metres", measure(4, "meter", "wall")),
    ("The tunnel will be 57 kilometres long.", "57 kilometres", measure(57, "kilometer", "tunnel")),
    (
        "The rocket reached an altitude of 100 kilometres.",
        "100 kilometres",
        measure(100, "kilometer", "altitude"),
    ),
    ("The fish weighed 12 pounds.", "12 pounds", measure(12, "pound", "fish")),
    ("The fire destroyed 5,000 acres of forest.", "5,000 acres", measure(5000, "acre", "forest")),
    (
        "The ship carried 2 million barrels of oil.",
        "2 million barrels",
        measure(2e6, "oil_barrel", "oil"),
    ),
    ("The plant will generate 3.2 GW of power.", "3.2 GW", measure(3.2, "gigawatt", "power")),
    (
        "The temperature fell to minus 5C overnight.",
        "minus 5C",
        measure(-5, "degree_Celsius", "temperature"),
    ),
    (
        "Light travels at 3 × 10^8 m/s in a vacuum.",
        "3 × 10^8 m/s",
        measure(3e8, "meter / second", None, precision=1e8),
    ),
    (
        "Each sample held 1.5e-3 grams of lead.",
        "1.5e-3 grams",
        measure(0.0015, "gram", "lead", precision=1e-4),
    ),
    (
        "Overnight it fell to minus ten degrees Celsius in the glens.",
        "minus ten degrees Celsius",
        measure(-10, "degree_Celsius", None),
    ),
    (
        "Temperatures of -12C were recorded in Moscow.",
        "-12C",
        measure(-12, "degree_Celsius", "temperature"),
    ),
    ("The tower is 330m tall.", "330m", measure(330, "meter", "tower")),
    (
        "The dam holds 4.5 billion cubic metres of water.",
        "4.5 billion cubic metres",
        measure(4.5e9, "meter ** 3", "water"),
    ),
    ("The pipeline is 1,230km long.", "1,230km", measure(1230, "kilometer", "pipeline")),
    ("The crater is 30 feet deep.", "30 feet", measure(30, "foot", "crater")),
    ("Rainfall of 150mm was recorded overnight.", "150mm", measure(150, "millimeter", "rainfall")),
    ("The farm covers 300 hectares.", "300 hectares", measure(300, "hectare", "farm")),
    ("A 10-tonne lorry overturned on the motorway.", "10-tonne", measure(10, "tonne", "lorry")),
    ("The bridge spans 1,200 metres.", "1,200 metres", measure(1200, "meter", "bridge")),
    (
        "The ban covers an area of 50 square miles.",
        "50 square miles",
        measure(50, "mile ** 2", "area"),
    ),
    # an area or a volume hyphened through before its noun
    ("The 1,200-square-metre gallery was relit.", "1,200-square-metre", measure(1200, "meter ** 2", "gallery")),
    ("They rent a 450-square-foot studio.", "450-square-foot", measure(450, "foot ** 2", "studio")),
    ("A 40-cubic-metre tank holds the rainwater.", "40-cubic-metre", measure(40, "meter ** 3", "tank")),
    ("The trial lasted six weeks.", "six weeks", measure(6, "week", "trial")),
    # a number in words before a hyphenated unit
    ("The six-mile trail was closed after the storm.", "six-mile", measure(6, "mile", "trail")),
    ("A three-ton statue was lifted into place.", "three-ton", measure(3, "short_ton", "statue")),
    # fractions
    ("Divers searched a 1/4 mile stretch of the river.", "1/4 mile", measure(0.25, "mile", "stretch")),
    ("Just ½ inch of rain fell overnight.", "½ inch", measure(0.5, "inch", "rain", precision=0.01)),
    # rates: "an hour", "a day", "per" and "/"
    ("Police said the car hit 120 miles an hour.", "120 miles an hour", measure(120, "mile / hour", "car")),
    ("The field produces 500,000 barrels a day.", "500,000 barrels a day", measure(5e5, "oil_barrel / day", "field")),
    ("Winds reached 90 km/hr on the coast.", "90 km/hr", measure(90, "kilometer / hour", "wind")),
    ("The broadband runs at 100 Mb per second.", "100 Mb per second", measure(100, "megabit / second", "broadband")),
    # areas and volumes from lengths
    ("The flat measures 70m2.", "70m2", measure(70, "meter ** 2", "flat")),
    ("The reserve covers 190 km2.", "190 km2", measure(190, "kilometer ** 2", "reserve")),
    (
        "The site released 0.9 trillion cubic feet of gas.",
        "0.9 trillion cubic feet",
        measure(9e11, "foot ** 3", "gas", precision=1e11),
    ),
    # mixed imperial units and durations are one amount in the first unit
    ("The 6ft 4in striker joined on loan.", "6ft 4in", measure(6 + 4 / 12, "foot", "striker")),
    ("The baby weighed 7lb 3oz.", "7lb 3oz", measure(7 + 3 / 16, "pound", "baby")),
    ("She finished the marathon in 2 hours 35 minutes.", "2 hours 35 minutes", measure(2 + 35 / 60, "hour", None)),
    # temperatures written out
    ("Water boils at 100° Celsius at sea level.", "100° Celsius", measure(100, "degree_Celsius", None)),
    ("Temperatures hit 40 deg C in Seville.", "40 deg C", measure(40, "degree_Celsius", "temperature")),
    # symbols read only where they are unambiguous
    ("The lorry was carrying 40t of steel.", "40t", measure(40, "tonne", "steel")),
    ("The central pressure fell to 940 mb.", "940 mb", measure(940, "millibar", "central pressure")),
    ("A 2m-high wall surrounds the site.", "2m", measure(2, "meter", "wall")),
    ("She won the 400m hurdles.", "400m", measure(400, "meter", "hurdle")),
    ("Police seized 5 kilogrammes of cocaine.", "5 kilogrammes", measure(5, "kilogram", "cocaine")),
    ("The pilot made a 180-degree turn.", "180-degree", measure(180, "degree", "turn")),
    # a scale word before a unit
    ("Exporters sold 1.5m tonnes of wheat.", "1.5m tonnes", measure(1.5e6, "tonne", "wheat", precision=1e5)),
]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    CASES,
    ids=[str(c.values[0] if hasattr(c, "values") else c[0])[:40] for c in CASES],
)
def test_measures(sentence: str, text: str, expected: dict[str, object]) -> None:
    check(sentence, text, expected)


# One unit and a part of it, or one unit and a figure in a smaller one, is one measure
ONE_UNIT_AND_MORE = [
    ("Repairs would take a year and two months once work begins.", "a year and two months", 14 / 12, "year"),
    ("Each box is opened within an hour and a half of arriving.", "an hour and a half", 1.5, "hour"),
    ("The walk to the falls is a mile and a quarter.", "a mile and a quarter", 1.25, "mile"),
    ("An hour and 20 minutes later, the count was over.", "An hour and 20 minutes", 4 / 3, "hour"),
    ("The hearing lasted a day and a half.", "a day and a half", 1.5, "day"),
]
NOT_ONE_MEASURE = [
    # another dimension, or no smaller part
    ("A year and 40,000 visitors later, the museum is full.", "40,000"),
    ("The race covers a mile and 200 people ran it.", "200"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), ONE_UNIT_AND_MORE)
def test_one_unit_and_more_is_one_measure(sentence: str, text: str, value: float, unit: str) -> None:
    found = [(c.text, round(c.value, 6), c.unit) for c in numcheck.extract(sentence) if c.kind.is_quantity]
    assert found == [(text, round(value, 6), unit)]


@pytest.mark.parametrize(("sentence", "text"), NOT_ONE_MEASURE)
def test_one_unit_and_another_quantity_are_not_joined(sentence: str, text: str) -> None:
    assert [c.text for c in numcheck.extract(sentence) if c.kind.is_quantity] == [text]


# One unit of time after a verb of lasting is a length: "will last a month" against "three weeks"
LASTING_ONE_UNIT = [
    ("The strike will last a month, the union said.", "a month", "month"),
    ("Repairs to the pier took a week longer than planned.", "a week", "week"),
    ("The crossing takes an hour in calm weather.", "an hour", "hour"),
    ("Each inspection lasted a day, according to the report.", "a day", "day"),
    ("Building the depot could take a year.", "a year", "year"),
    ("The festival, lasting a fortnight, opens on Friday.", "a fortnight", "fortnight"),
]
NOT_A_LASTING_LENGTH = [
    # part of another word, a time rather than a length, or no verb of lasting
    "The job takes a day's training to learn.",
    "It took a year ago, and again last spring.",
    "Members pay £1,200 for a year.",
    "The centre is open a day a week.",
]


# One unit of time hyphened to "long" is a length too ("a year-long closure" against "18 months"); a
# plural ("centuries-long") or a distance ("a mile-long queue", as often a figure of speech) is not
UNIT_LONG = [
    ("It took a year-long campaign to save the library.", "year-long", "year"),
    ("The week-long festival opens on Friday.", "week-long", "week"),
    ("Residents face a month-long closure of the bridge.", "month-long", "month"),
    ("After an hour-long meeting, the board agreed.", "hour-long", "hour"),
    ("The decade-long dispute ended in court.", "decade-long", "decade"),
]
NOT_UNIT_LONG = [
    "The centuries-long feud was finally settled.",
    "Patients face a years-long wait for surgery.",
    "A mile-long queue formed outside the stadium.",
    "She was a lifelong supporter of the club.",
]


@pytest.mark.parametrize(("sentence", "text", "unit"), UNIT_LONG)
def test_one_unit_of_time_hyphened_to_long_is_a_length(sentence: str, text: str, unit: str) -> None:
    found = [(c.text, c.value, c.unit) for c in numcheck.extract(sentence) if c.kind.is_quantity]
    assert (text, 1.0, unit) in found


@pytest.mark.parametrize("sentence", NOT_UNIT_LONG)
def test_a_plural_or_a_distance_hyphened_to_long_is_no_length(sentence: str) -> None:
    assert not [c for c in numcheck.extract(sentence) if c.kind.is_quantity]


def test_a_figure_hyphened_to_its_unit_and_long_keeps_its_figure() -> None:
    found = [(c.text, c.value) for c in numcheck.extract("A three-year-long study of 400 pupils ended.")]
    assert found == [("three-year", 3.0), ("400", 400.0)]


# "and" between number words may be hyphened as they are
HYPHENED_AND = [
    ("The council says the two-and-a-half-year scheme is its largest.", "two-and-a-half-year", 2.5, "year"),
    ("It took two-and-a-half years to rebuild the pier.", "two-and-a-half years", 2.5, "year"),
    ("The one-and-a-half-hour meeting ran late.", "one-and-a-half-hour", 1.5, "hour"),
    ("A three-and-a-half-mile path links the villages.", "three-and-a-half-mile", 3.5, "mile"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), HYPHENED_AND)
def test_number_words_joined_by_a_hyphened_and_are_one_figure(
    sentence: str, text: str, value: float, unit: str
) -> None:
    found = [(c.text, c.value, c.unit) for c in numcheck.extract(sentence)]
    assert (text, value, unit) in found


def test_a_hyphened_and_between_other_words_joins_nothing() -> None:
    assert numcheck.extract("It was a rock-and-roll show, one-and-done.") == []


@pytest.mark.parametrize(("sentence", "text", "unit"), LASTING_ONE_UNIT)
def test_one_unit_of_time_that_something_lasts_is_a_length(sentence: str, text: str, unit: str) -> None:
    found = [(c.text, c.value, c.unit) for c in numcheck.extract(sentence) if c.kind.is_quantity]
    assert (text, 1.0, unit) in found


@pytest.mark.parametrize("sentence", NOT_A_LASTING_LENGTH)
def test_one_unit_of_time_without_a_verb_of_lasting_is_no_length(sentence: str) -> None:
    assert not [c for c in numcheck.extract(sentence) if c.kind is ClaimKind.MEASURE and c.value == 1.0]


# A figure in two units is written to the smaller one: "4 hours 41 minutes" to the minute
@pytest.mark.parametrize(
    ("sentence", "text", "precision"),
    [
        ("She finished the long route in 4 hours 41 minutes.", "4 hours 41 minutes", 1 / 60),
        ("The crossing took 3 hours and 7 minutes.", "3 hours and 7 minutes", 1 / 60),
        ("The goalkeeper is 6 ft 2 in tall.", "6 ft 2 in", 1 / 12),
        # minutes are rounded to fives
        ("The crossing took 2 hours 15 minutes.", "2 hours 15 minutes", 5 / 60),
        ("The crossing took 3 hours 40 minutes.", "3 hours 40 minutes", 10 / 60),
    ],
)
def test_a_figure_in_two_units_is_written_to_the_smaller(sentence: str, text: str, precision: float) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.precision == pytest.approx(precision)


# "in" written onto its figure is inches ("64cm (25in)", "a 15.6in screen"); after a space it is the
# preposition ("arrived at 25 in the morning"), and inches only after feet ("6ft 2in")
INCHES = [
    ("Snow lay 64cm (25in) deep in the village.", "25in", 25.0),
    ("The laptop has a 15.6in screen.", "15.6in", 15.6),
    ("Up to 3in of rain fell overnight.", "Up to 3in", 3.0),
    ("The frame measures 30in by 20in.", "20in", 20.0),
    ("The 2in-thick boards arrived on Monday.", "2in", 2.0),
]
NOT_INCHES = [
    ("The team scored 25 in the first half.", "25"),
    ("Sales rose to 400 in March.", "400"),
    ("The shop sells a 2-in-1 laptop for £499.", "2"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), INCHES)
def test_in_written_onto_a_figure_is_inches(sentence: str, text: str, value: float) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert (claim.kind, claim.unit, claim.value) == (ClaimKind.MEASURE, "inch", value)


@pytest.mark.parametrize(("sentence", "text"), NOT_INCHES)
def test_in_after_a_space_is_the_preposition(sentence: str, text: str) -> None:
    assert all(c.unit != "inch" for c in numcheck.extract(sentence) if c.text.startswith(text[:2]))
