"""A bare figure that leans on a neighbour's unit without a list: a part of a whole given in a unit
("26 of the month's 30 days" counts days) and a figure set against another ("8 hours ... instead of
6" is 6 hours). Read as bare counts they met nothing of their kind, so "all but four days of the
month" (30 less 26) and "a third more hours" (6 to 8) went unsupported."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.model import ClaimKind


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Rain fell on 26 of the month's 30 days.", "26", "day"),
        ("Only 4 of the 30 days in June were dry.", "4", "day"),
        ("Three of its five miles are paved.", "Three", "mile"),
        ("He ran 3 of the 10 km before the storm.", "3", "kilometer"),
        ("Members get 8 hours of meeting-room credit a month instead of 6.", "6", "hour"),
        ("The crossing takes 40 minutes rather than 25.", "25", "minute"),
        ("A ticket now costs £40 instead of 35.", "35", "GBP"),
        # the level it moved from, with no noun of its own
        ("Repairs will be done within 10 working days, down from 14, the firm says.", "14", "working_day"),
        ("The crossing takes 40 minutes, compared with 25 on the old boat.", "25", "minute"),
        ("Members now get 8 hours of credit a month, up from 6.", "6", "hour"),
    ],
)
def test_a_bare_figure_takes_the_unit_it_leans_on(text: str, figure: str, unit: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.unit == unit
    assert claim.kind in (ClaimKind.MEASURE, ClaimKind.MONEY)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Some 9 of the 23 toilets will close.", "Some 9"),
        ("Nine of the 30 runners finished inside 40 minutes.", "Nine"),
        ("It took 40 minutes, instead of the 3 promised by the driver.", "3"),
        ("The 12 of us walked 30 km.", "12"),
        ("The trip takes 40 minutes, up from 25 boats a day.", "25"),
    ],
)
def test_a_count_of_other_things_stays_a_count(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.kind is ClaimKind.COUNT
    assert claim.unit is None


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Leaks fell to 142 million litres a day in 2024-25, down from 168 million the year before.", "168 million",
         "decimeter ** 3 / day"),
        ("The field produced 2.4 million tonnes, against a forecast of 2.9 million.", "2.9 million", "tonne"),
        ("Pumping rose to 31 million gallons a day, beating the target of 30 million.", "30 million",
         "gallon / day"),
        ("The reservoir held 4.1 billion litres in May, compared with 5.6 billion a year earlier.", "5.6 billion",
         "decimeter ** 3"),
    ],
)  # fmt: skip
def test_a_scaled_figure_takes_the_unit_of_the_measure_before_it(text: str, figure: str, unit: str) -> None:
    """ "142 million litres a day ..., down from 168 million": copy leaves the unit out once it is said."""
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert (claim.kind, claim.unit) == (ClaimKind.MEASURE, unit)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The plant uses 3 million litres a day, and 4 million people live nearby.", "4 million"),
        ("The mill produced 2.4 million tonnes and employed 1.1 million.", "1.1 million"),  # another thing, not said
        ("Sales reached 2.4 million units, while 3 million visitors came.", "3 million"),
        ("The river carried 40 litres a second in June; 2 million fish were counted.", "2 million"),
    ],
)
def test_a_scaled_figure_with_a_noun_of_its_own_stays_a_count(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.unit is None


def test_a_bare_start_that_says_its_own_scale_is_not_scaled_twice() -> None:
    """ "£4.2 billion, up from 3.9 billion" started at £3.9 billion, not at a billion billions."""
    (claim,) = [c for c in numcheck.extract("Revenue was £4.2 billion, up from 3.9 billion.", "t.txt")
                if c.text == "3.9 billion"]  # fmt: skip
    assert (claim.unit, claim.value) == ("GBP", 3.9e9)


# A level set against another ("against", "compared with", "versus") lends the other its unit, as
# "up from" does: "412,000 cubic metres, against 398,000 a year earlier" is a difference of 14,000
# cubic metres, not of a volume and a count.
@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The five sawmills cut 412,000 cubic metres, against 398,000 a year earlier.", "398,000", "meter ** 3"),
        ("The farm produced 2,400 tonnes, compared with 2,100 in 2024.", "2,100", "tonne"),
        ("Rainfall was 812 mm this year, against 640 last year.", "640", "millimeter"),
        ("Revenue reached $742 million, compared to 681 in 2024.", "681", "USD"),
        ("The new tunnel is 4.2 km long, versus 3.8 in the 1990s plan.", "3.8", "kilometer"),
    ],
)
def test_a_level_set_against_another_takes_its_unit(text: str, figure: str, unit: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Dealers sold 120 cars in May against 40 vans.", "40"),
        ("The mill cut 412,000 cubic metres against a target of 398,000 set in spring.", "398,000"),
    ],
)
def test_a_figure_of_another_thing_set_against_keeps_no_unit(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.unit is None
