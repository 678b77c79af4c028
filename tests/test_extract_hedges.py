"""Hedges turn a figure into an interval, with the right inclusivity on each side."""

from __future__ import annotations

import pytest
from claim_table import check, quantity_row

import numcheck

Bounds = tuple[float | None, float | None, bool, bool]


def hedged(
    kind: str, value: float, unit: str | None, subject: str | None, qualifier: str, interval: Bounds
) -> dict[str, object]:
    row = {"kind": kind, "value": value, "unit": unit, "subject": subject}
    return quantity_row({**row, "qualifier": qualifier, "interval": interval})


CASES = [
    # verbs of passing a mark bound a figure from below, as "exceeded" does
    (
        "Donations to the appeal topped £40,000 within a week.",
        "topped £40,000",
        hedged("money", 40000, "GBP", "appeal", "topped", (40000.0, None, False, True)),
    ),
    (
        "Ticket sales surpassed 12,000 on Friday.",
        "surpassed 12,000",
        hedged("count", 12000, None, "ticket", "surpassed", (12000.0, None, False, True)),
    ),
    (
        "Almost 2,000 people attended the rally.",
        "Almost 2,000",
        hedged("count", 2000, None, "people", "almost", (1800.0, 2000.0, True, False)),
    ),
    (
        "Nearly 500 jobs will be lost.",
        "Nearly 500",
        hedged("count", 500, None, "job", "nearly", (450.0, 500.0, True, False)),
    ),
    (
        "Just under 4,000 homes remain without power.",
        "Just under 4,000",
        hedged("count", 4000, None, "home", "just under", (3800.0, 4000.0, True, False)),
    ),
    (
        "About 300 firefighters tackled the blaze.",
        "About 300",
        hedged("count", 300, None, "firefighter", "about", (270.0, 330.0, True, True)),
    ),
    (
        "Around 1,500 migrants arrived on Tuesday.",
        "Around 1,500",
        hedged("count", 1500, None, "migrant", "around", (1350.0, 1650.0, True, True)),
    ),
    (
        "Roughly 60 percent of the land is farmed.",
        "Roughly 60 percent",
        hedged("percent", 60, "percent", "land", "roughly", (54.0, 66.0, True, True)),
    ),
    (
        "Approximately 12,000 spectators watched the final.",
        "Approximately 12,000",
        hedged("count", 12000, None, "spectator", "approximately", (10800.0, 13200.0, True, True)),
    ),
    (
        "Some 80 people were arrested.",
        "Some 80",
        hedged("count", 80, None, "people", "some", (72.0, 88.0, True, True)),
    ),
    (
        "The temperature is ~30C in the afternoon.",
        "~30C",
        hedged("measure", 30, "degree_Celsius", "temperature", "~", (27.0, 33.0, True, True)),
    ),
    (
        "More than 200 people were evacuated.",
        "More than 200",
        hedged("count", 200, None, "people", "more than", (200.0, None, False, True)),
    ),
    (
        "Over 5,000 runners took part.",
        "Over 5,000",
        hedged("count", 5000, None, "runner", "over", (5000.0, None, False, True)),
    ),
    (
        "Temperatures above 40C were recorded.",
        "above 40C",
        hedged("measure", 40, "degree_Celsius", "temperature", "above", (40.0, None, False, True)),
    ),
    (
        "The company made profits in excess of £2bn.",
        "in excess of £2bn",
        hedged("money", 2e9, "GBP", "profit", "in excess of", (2e9, None, False, True)),
    ),
    (
        "At least 17 people died in the flooding.",
        "At least 17",
        hedged("count", 17, None, "people", "at least", (17.0, None, True, True)),
    ),
    (
        "No fewer than 30 countries signed the treaty.",
        "No fewer than 30",
        hedged("count", 30, None, "country", "no fewer than", (30.0, None, True, True)),
    ),
    (
        "Fewer than 100 tickets remain.",
        "Fewer than 100",
        hedged("count", 100, None, "ticket", "fewer than", (None, 100.0, True, False)),
    ),
    (
        "Inflation stayed below 2 per cent.",
        "below 2 per cent",
        hedged("percent", 2, "percent", "inflation", "below", (None, 2.0, True, False)),
    ),
    (
        "The missiles can travel up to 90 miles.",
        "up to 90 miles",
        hedged("measure", 90, "mile", "missile", "up to", (None, 90.0, True, True)),
    ),
    (
        "As many as 3,000 jobs could go.",
        "As many as 3,000",
        hedged("count", 3000, None, "job", "as many as", (None, 3000.0, True, True)),
    ),
    (
        "The fine is at most £5,000.",
        "at most £5,000",
        hedged("money", 5000, "GBP", "fine", "at most", (None, 5000.0, True, True)),
    ),
    (
        "No more than six people may meet indoors.",
        "No more than six",
        hedged("count", 6, None, "people", "no more than", (None, 6.0, True, True)),
    ),
    (
        "Between 3,000 and 4,000 people joined the march.",
        "Between 3,000 and 4,000",
        hedged("count", 3500, None, "people", "between", (3000.0, 4000.0, True, True)),
    ),
    (
        # the ash is what the distance is about; "sent", an irregular past tense, is not part of it
        "The eruption sent ash 3-5 km into the air.",
        "3-5 km",
        hedged("measure", 4, "kilometer", "ash", "range", (3.0, 5.0, True, True)),
    ),
    (
        "The swell reached 3 to 5 metres.",
        "3 to 5 metres",
        hedged("measure", 4, "meter", "swell", "range", (3.0, 5.0, True, True)),
    ),
    (
        "Between £3m and £5m was stolen.",
        "Between £3m and £5m",
        hedged("money", 4e6, "GBP", None, "between", (3e6, 5e6, True, True)),
    ),
    (
        "The rod measured 5 ± 0.5 metres.",
        "5 ± 0.5 metres",
        hedged("measure", 5, "meter", "rod", "±", (4.5, 5.5, True, True)),
    ),
    (
        "The drug cut deaths by up to 30 per cent.",
        "up to 30 per cent",
        hedged("change", 30, "percent", "death", "up to", (None, 30.0, True, True)),
    ),
    (
        "Astronomers want an 8- to 16-metre telescope.",
        "8- to 16-metre",
        hedged("measure", 12, "meter", "telescope", "range", (8.0, 16.0, True, True)),
    ),
    (
        "Temperatures ranged from -18C to -34C.",
        "-18C to -34C",
        hedged("measure", -26, "degree_Celsius", "temperature", "range", (-34.0, -18.0, True, True)),
    ),
    (
        "Fares could go up to £5.",
        "up to £5",
        hedged("money", 5, "GBP", "fare", "up to", (None, 5.0, True, True)),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    CASES,
    ids=[str(c.values[0] if hasattr(c, "values") else c[0])[:40] for c in CASES],
)
def test_hedges(sentence: str, text: str, expected: dict[str, object]) -> None:
    check(sentence, text, expected)


# News idiom for the same bounds: (sentence, claim text, interval low, high, low inclusive, high inclusive)
IDIOMS = [
    ("The bridge will cost north of $4bn.", "north of $4bn", 4e9, None, False, False),
    ("Turnout was just shy of 60%.", "just shy of 60%", 57.0, 60.0, True, False),
    ("The club is valued in the region of £300m.", "in the region of £300m", 2.7e8, 3.3e8, True, True),
    ("The queue was getting on for 200 people.", "getting on for 200", 180.0, 200.0, True, False),
    ("The fund is worth a little under £1bn.", "a little under £1bn", 9.5e8, 1e9, True, False),
    ("The shortfall is a fraction under 2%.", "a fraction under 2%", 1.9, 2.0, True, False),
    ("The best part of 400 jobs will go.", "The best part of 400", 340.0, 400.0, True, False),
    ("Average pay is well below £30,000.", "well below £30,000", None, 3e4, False, False),
    # past the figure but near it, as "nearly" is short of it and near
    ("Inflation ran slightly more than 3% in May.", "slightly more than 3%", 3.0, 3.3, False, True),
    ("Just over half of the members voted.", "Just over half", 0.5, 0.55, False, True),
    ("The site drew a little over 2,000 people.", "a little over 2,000", 2000.0, 2200.0, False, True),
    ("Rents are a shade over £900 a month.", "a shade over £900 a month", 900.0, 990.0, False, True),
    ("Rents are well over £900 a month.", "well over £900 a month", 900.0, None, False, False),
    ("Prices have risen by almost a quarter.", "almost a quarter", 22.5, 25.0, True, False),
    ("Sales fell by around a fifth last year.", "around a fifth", 18.0, 22.0, True, True),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "low_inclusive", "high_inclusive"), IDIOMS)
def test_news_idiom_hedges(
    sentence: str, text: str, low: float | None, high: float | None, low_inclusive: bool, high_inclusive: bool
) -> None:
    import numcheck

    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    interval = claims[text].interval
    assert (interval.low, interval.high) == (pytest.approx(low), pytest.approx(high))
    if low is not None:  # an unbounded side's flag means nothing
        assert interval.low_inclusive == low_inclusive
    if high is not None:
        assert interval.high_inclusive == high_inclusive


@pytest.mark.parametrize(
    "sentence",
    ["The farm lies north of 40 Mile Road.", "They live just south of the 30 mph zone.", "Some of the 12 votes."],
)
def test_idioms_that_are_no_hedge_here(sentence: str) -> None:
    import numcheck

    assert all(claim.qualifier is None for claim in numcheck.extract(sentence) if claim.text[:1].isdigit())


# "over" after a figure with its unit, or after a verb of spreading and its object, means "across"
@pytest.mark.parametrize(
    ("sentence", "text", "qualifier"),
    [
        ("The long route climbed 2,400 metres over four hills.", "four", None),
        ("You can spread the cost over 6 monthly payments.", "6", None),
        ("The festival attracted over 3,000 people.", "over 3,000", "over"),
        ("It has stores in over 40 countries.", "over 40", "over"),
    ],
)
def test_over_across_is_no_hedge(sentence: str, text: str, qualifier: str | None) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.qualifier == qualifier


@pytest.mark.parametrize(
    ("sentence", "text", "high"),
    [
        ("Lorry movements will be capped at 240 a day.", "capped at 240", 240.0),
        ("Regatta: 44 crews entered so far, with a cap of 60.", "a cap of 60", 60.0),
    ],
)
def test_a_cap_is_a_most(sentence: str, text: str, high: float) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.low is None and found.high == high


def test_a_limit_names_the_limit() -> None:
    found = next(c for c in numcheck.extract("A limit of 15 mph will be imposed on trams.") if "15" in c.text)
    assert found.low == found.high == 15


# A spread said in words is a hedge both ways, as "±" is
@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("It expects revenue of $2.55 billion, plus or minus $100 million.",
         "$2.55 billion, plus or minus $100 million", 2.45e9, 2.65e9),
        ("The crate weighs 40 kg, give or take 5.", "40 kg, give or take 5", 35, 45),
        ("Turnout was 62% plus or minus 3.", "62% plus or minus 3", 59, 65),
    ],
)  # fmt: skip
def test_a_spread_in_words_is_a_hedge(sentence: str, text: str, low: float, high: float) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (found.low, found.high, found.qualifier) == (pytest.approx(low), pytest.approx(high), "±")


# "add up to" is a sum's verb: the figure is the sum, not a bound ("fines of up to £5,000" keeps it)
@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("Over a year, her monthly payments add up to £195.", "£195", 195, 195),
        ("The bills added up to £4,000 by March.", "£4,000", 4000, 4000),
        ("Small donations soon totted up to £1,250.", "£1,250", 1250, 1250),
        ("Fines of up to £5,000 apply.", "up to £5,000", None, 5000),
        ("The diversion adds up to 9 miles to some journeys.", "up to 9 miles", None, 9),
        ("The new wing will add up to 600 beds by 2030.", "up to 600", None, 600),
        ("The votes add up to 5,000 in all.", "5,000", 5000, 5000),
        # a measure that ends its clause is the sum
        ("The cave's surveyed passages now add up to 16.4 km, the club says.", "16.4 km", 16.4, 16.4),
        ("Her training runs added up to 410 miles.", "410 miles", 410, 410),
        ("The delays add up to 19 hours.", "19 hours", 19, 19),
        ("Fares could go up to £5.", "up to £5", None, 5),
    ],
)
def test_adding_up_to_is_a_sum_not_a_bound(sentence: str, text: str, low: float | None, high: float) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (found.low, found.high) == (low, high)


# A hedge on a share in words reaches halfway to the next share writers round to, where that is
# further than its own width: "a little over a quarter" is nearer a quarter than a third (28% is one)
@pytest.mark.parametrize(
    ("sentence", "text", "low", "high"),
    [
        ("The NHS pays a little over a quarter of the costs.", "a little over a quarter", 0.25, 0.25 + 1 / 24),
        ("Just under a third of pupils walk.", "Just under a third", 0.25 + 1 / 24, 1 / 3),
        ("Roughly a fifth of staff left.", "Roughly a fifth", 0.18, 0.225),
        ("About half of the costs are met.", "About half", 0.45, 0.55),
        # the first and the last reach toward nothing further; digits keep the hedge's own width
        ("Almost a tenth of homes flooded.", "Almost a tenth", 0.09, 0.1),
        ("Just over 1/4 of the costs are met.", "Just over 1/4", 0.25, 0.275),
    ],
)
def test_a_hedged_share_in_words_reaches_toward_the_next(sentence: str, text: str, low: float, high: float) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (found.low, found.high) == (pytest.approx(low), pytest.approx(high))


# A price or fee that starts at a figure is the least of several ("houses will start at £258,000"); a
# time something starts at is a time of day, not a bound
STARTING_PRICES = [
    ("The second phase's two-bedroom houses will start at £258,000.", "start at £258,000", 258000.0),
    ("Adult tickets start at £12 for the matinee.", "start at £12", 12.0),
    ("Season passes, starting at £85, go on sale on Monday.", "starting at £85", 85.0),
    ("Rents on the new flats starting from £950 a month were set by the council.", "starting from £950 a month", 950.0),
]


@pytest.mark.parametrize(("sentence", "text", "least"), STARTING_PRICES)
def test_a_price_that_starts_at_a_figure_is_a_lower_bound(sentence: str, text: str, least: float) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == text]
    assert (claim.low, claim.high) == (least, None)


def test_a_start_time_is_no_bound() -> None:
    (claim,) = [c for c in numcheck.extract("The race will start at 9am on Sunday.") if "9am" in c.text]
    assert claim.low == claim.high
