"""Figures news copy writes that read as another kind: how often something happened ("launched 143
times") is a count, not a multiple; a count of "bits" or "drops" is no unit; a phrasal verb with
its object ("picked up 2,860 items") is no change; a period before a change's end ("over five years
to 512") is no range of years."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.model import ClaimKind

COUNTS_OF_OCCASIONS = [
    ("The crew launched 143 times last year.", "143"),
    ("The lifeboat was called out 37 times in June.", "37"),
    ("She has run the marathon 12 times.", "12"),
    ("The alarm sounded 40 times before dawn.", "40"),
]
MULTIPLES = [
    ("Troop numbers rose ten times to 40,000.", "ten times"),
    ("Sales were ten times higher than in 2019.", "ten times"),
    ("There are almost 10 times as many as before.", "almost 10 times"),
    ("The reserve is three times the size of the old one.", "three times"),
    ("Prices have increased 10 times since 2000.", "10 times"),
    ("Output was three times last year's.", "three times"),
    # nothing happens 4.1 times; "times earnings" is a multiple of an amount
    ("Net debt ended the year at £62 million, 4.1 times EBITDA.", "4.1 times"),
    ("Houses cost eight times average earnings.", "eight times"),
]


@pytest.mark.parametrize(("sentence", "text"), COUNTS_OF_OCCASIONS)
def test_how_often_is_a_count(sentence: str, text: str) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert claim.kind is ClaimKind.COUNT


@pytest.mark.parametrize(("sentence", "text"), MULTIPLES)
def test_a_multiple_is_a_ratio(sentence: str, text: str) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert claim.kind is ClaimKind.RATIO


NO_UNIT = [
    ("Volunteers collected 1,490 bits of plastic from the beach.", "1,490"),
    ("Add 3 drops of vanilla to the mix.", "3"),
    ("The shop sold 400 bars of soap.", "400"),
]
UNITS = [
    ("Tyres should be at 2.4 bar.", "2.4 bar", "bar"),
    ("The chip was a 16-bit design.", "16-bit", "bit"),
]


@pytest.mark.parametrize(("sentence", "text"), NO_UNIT)
def test_a_count_of_common_nouns_has_no_unit(sentence: str, text: str) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert (claim.kind, claim.unit) == (ClaimKind.COUNT, None)


@pytest.mark.parametrize(("sentence", "text", "unit"), UNITS)
def test_the_unit_sense_stays_where_it_is_one(sentence: str, text: str, unit: str) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert claim.unit == unit


PHRASAL_OBJECTS = [
    ("Volunteers picked up 2,860 items of litter.", "2,860"),
    ("The club signed up 400 new members.", "400"),
    ("The army shot down 12 drones.", "12"),
]
RISES = [
    ("Sales picked up 5% in May.", "5%"),
    ("Exports rose 8% in May.", "8%"),
]


@pytest.mark.parametrize(("sentence", "text"), PHRASAL_OBJECTS)
def test_a_phrasal_verb_s_object_is_no_change(sentence: str, text: str) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert claim.kind is ClaimKind.COUNT and claim.direction is None


@pytest.mark.parametrize(("sentence", "text"), RISES)
def test_a_percentage_picked_up_is_still_a_rise(sentence: str, text: str) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert claim.kind is ClaimKind.CHANGE


def test_a_period_before_a_change_s_end_is_no_range() -> None:
    claims = {c.text: c for c in numcheck.extract("Membership fell by 20% over five years to 512.")}
    assert claims["five years"].value == 5 and claims["512"].unit is None


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The works will last 3 to 5 years.", "3 to 5 years", 4.0),
        ("Terms ranged from two to five years.", "two to five years", 3.5),
    ],
)
def test_a_range_of_years_is_still_one(sentence: str, text: str, value: float) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert claim.value == value


# "one job in 50": a rate with the thing counted between its parts
ONE_THING_IN_N = [
    ("Around one job in 50 at the council is set to go.", "Around one job in 50", 0.02),
    ("One household in every ten has no car.", "One household in every ten", 0.1),
    ("One in five adults smokes.", "One in five", 0.2),
]


@pytest.mark.parametrize(("sentence", "text", "value"), ONE_THING_IN_N)
def test_one_thing_in_n_is_a_rate(sentence: str, text: str, value: float) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert (claim.kind, claim.value) == (ClaimKind.RATIO, value)


@pytest.mark.parametrize("sentence", ["He scored one goal in 90 minutes.", "It happened one day in 2024."])
def test_one_thing_in_a_measure_or_a_year_is_no_rate(sentence: str) -> None:
    assert all(c.kind is not ClaimKind.RATIO for c in numcheck.extract(sentence))


# Two numbers in words joined by "and" are two when the second has a scale of its own
NUMBERS_IN_WORDS = [
    ("Estimates run between four thousand and six thousand.", "between four thousand and six thousand", 4000, 6000),
    ("Numbers lie somewhere between four thousand and six and a half thousand.",
     "between four thousand and six and a half thousand", 4000, 6500),
]  # fmt: skip
ONE_NUMBER_IN_WORDS = [
    ("The hall seats four thousand and six hundred people.", "four thousand and six hundred", 4600),
    ("A thousand and one nights.", "A thousand and one", 1001),
    ("Two and a half million refugees fled.", "Two and a half million", 2_500_000),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), NUMBERS_IN_WORDS)
def test_two_numbers_in_words_make_a_range(sentence: str, text: str, low: float, high: float) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert (claim.low, claim.high) == (low, high)


@pytest.mark.parametrize(("sentence", "text", "value"), ONE_NUMBER_IN_WORDS)
def test_one_number_in_words_stays_one(sentence: str, text: str, value: float) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert claim.value == value


# a unit of time after an amount is when it holds, not what it counts; occasions are counted
@pytest.mark.parametrize(
    ("sentence", "text", "head"),
    [
        ("Local people gave £45,000 in eight weeks.", "£45,000", "people"),
        ("Vaccinated children were admitted 23 times in the trial.", "23", "time"),
        ("The population rose by 2,850 between the two censuses.", "two", "census"),
    ],
)
def test_what_a_figure_near_a_period_counts(sentence: str, text: str, head: str) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert claim.evidence is not None and claim.evidence.head == head
