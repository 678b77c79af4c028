"""Figures of news copy that were read wrong: "one of six", signs fused to words, fractions in words
and with the fraction slash, "m" for million, and number words hyphened to what they count."""

from __future__ import annotations

import pytest

import numcheck

# (sentence, claim text, kind, value, unit)
READINGS = [
    ("The firm was one of six bidders for the licence.", "six", "count", 6, None),
    ("She was one of four directors to quit.", "four", "count", 4, None),
    ("He was one of 12 nurses honoured.", "12", "count", 12, None),
    ("The race was run in minus-25 degrees Celsius.", "minus-25 degrees Celsius", "measure", -25, "degree_Celsius"),
    ("The clinic freezes samples at minus 80C.", "minus 80C", "measure", -80, "degree_Celsius"),
    ("The foundry will make sub-3 nanometre chips.", "3 nanometre", "measure", 3, "nanometer"),
    ("Three-quarters of users updated within a week.", "Three-quarters", "ratio", 0.75, None),
    ("About one fourth of the chips failed testing.", "About one fourth", "ratio", 0.25, None),
    ("Only 1⁄4 of the grant was spent.", "1⁄4", "ratio", 0.25, None),
    ("Three quarters of a million people voted.", "Three quarters of a million", "count", 750000, None),
    ("The company sold 12m of its handsets.", "12m", "count", 12e6, None),
    ("The platform now has 2m paying subscribers.", "2m", "count", 2e6, None),
    ("The car's 1.6-litre three-cylinder engine is new.", "three", "count", 3, None),
    ("The 2.0-litre four-cylinder unit replaces the V6.", "four", "count", 4, None),
    ("The 1200 hp engine runs on hydrogen.", "1200 hp", "measure", 1200, "horsepower"),
]

# (sentence, claim text that must not be read as a quantity)
NOT_READ = [
    ("The firm was one of six bidders.", "one of six"),
    ("It is a five-star hotel.", "five"),
    ("The runner won the 100m sprint.", "100m"),
    ("Engineers laid 2m of cable.", "2m"),
    ("It was the fourth quarter in a row.", "fourth"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit"), READINGS)
def test_figures_read_right(sentence: str, text: str, kind: str, value: float, unit: str | None) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    claim = claims[text]
    assert (claim.kind.value, claim.value, claim.unit) == (kind, pytest.approx(value), unit)


@pytest.mark.parametrize(("sentence", "text"), NOT_READ)
def test_figures_not_read_that_way(sentence: str, text: str) -> None:
    counts = [c.text for c in numcheck.extract(sentence) if c.kind.value in ("count", "ratio")]
    assert text not in counts


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The 1.2 km bridge: 750 m of deck and 620 m of ramps.", "620 m", "meter"),
        ("Ships in the fleet now number 120.", "120", None),
    ],
)
def test_metres_of_things_and_the_verb_number(sentence: str, text: str, unit: str | None) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert claims[text].kind.is_quantity and claims[text].unit == unit
