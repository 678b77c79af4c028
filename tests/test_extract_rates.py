"""Rates keep their denominator: `per` names what a price, share, count or measure is per."""

from __future__ import annotations

import pytest

import numcheck

# (sentence, the claim's text, its kind, value, unit, per)
RATES = [
    ("Landlords now ask $2,900 a month for a flat.", "$2,900 a month", "money", 2900, "USD", "month"),
    ("The bid values the group at $41 per share.", "$41 per share", "money", 41, "USD", "share"),
    ("It will pay a dividend of 41 cents per share.", "41 cents per share", "money", 0.41, "USD", "share"),
    ("Investors were offered $52.50 a share in cash.", "$52.50 a share", "money", 52.5, "USD", "share"),
    ("The forward earns £350,000 a week.", "£350,000 a week", "money", 350000, "GBP", "week"),
    ("Nurses will be paid £19.50 an hour under the deal.", "£19.50 an hour", "money", 19.5, "GBP", "hour"),
    ("The drug costs $1,200 a dose.", "$1,200 a dose", "money", 1200, "USD", "dose"),
    ("The treatment costs £45,000 per patient.", "£45,000 per patient", "money", 45000, "GBP", "patient"),
    ("Households pay 28p per kWh for power.", "28p per kWh", "money", 0.28, "GBP", "kilowatt_hour"),
    ("Diesel rose to $4.10 a gallon.", "$4.10 a gallon", "money", 4.1, "USD", "gallon"),
    ("Traders paid €38 per megawatt hour.", "€38 per megawatt hour", "money", 38, "EUR", "megawatt_hour"),
    ("Police dealt with 90 calls an hour on the night.", "90", "count", 90, None, "hour"),
    ("The TV deal is worth $2.6 billion per season.", "$2.6 billion per season", "money", 2.6e9, "USD", "season"),
    ("MPs are paid £86,584 a year.", "£86,584 a year", "money", 86584, "GBP", "year"),
    ("Staff are paid £900 fortnightly, in arrears.", "£900 fortnightly", "money", 900, "GBP", "fortnight"),
    ("Analysts expect earnings of six percent a year.", "six percent a year", "percent", 6, "percent", "year"),
    ("Analysts expect earnings to grow six percent a year.", "six percent a year", "change", 6, "percent", "year"),
    ("Interest accrues at 4.5% per annum on the notes.", "4.5% per annum", "percent", 4.5, "percent", "year"),
    ("The fund charges 0.75% a year in fees.", "0.75% a year", "percent", 0.75, "percent", "year"),
    (
        "The refinery will process 60,000 barrels a day.",
        "60,000 barrels a day",
        "measure",
        60000,
        "oil_barrel / day",
        "day",
    ),
    ("It plans a 200,000 barrel-a-day terminal.", "200,000 barrel-a-day", "measure", 200000, "oil_barrel / day", "day"),
    ("Players train 35 hours a week in the summer.", "35 hours a week", "measure", 35, "hour / week", "week"),
    (
        "The country burns 2 million tonnes of coal a year.",
        "2 million tonnes",
        "measure",
        2e6,
        "tonne",
        "year",
    ),
    ("The car does 50 miles per gallon.", "50 miles per gallon", "measure", 50, "mile / gallon", "gallon"),
    ("Doctors saw 1,200 cases a day at the peak.", "1,200", "count", 1200, None, "day"),
    ("Migrants crossed at a rate of 2,000 a day.", "2,000", "count", 2000, None, "day"),
    ("The factory turns out 5,000 cars a week.", "5,000", "count", 5000, None, "week"),
    # an adverb of frequency is the period: "annually", "monthly", "daily"
    ("The plant will build 200,000 vans annually from 2027.", "200,000", "count", 200000, None, "year"),
    ("The airport handles 80,000 passengers daily.", "80,000", "count", 80000, None, "day"),
    ("She is paid £45,000 annually, plus a bonus.", "£45,000 annually", "money", 45000, "GBP", "year"),
    ("The council pays £3,000 monthly in rent.", "£3,000 monthly", "money", 3000, "GBP", "month"),
    ("The mine ships 5 million tonnes yearly.", "5 million tonnes yearly", "measure", 5e6, "tonne / year", "year"),
    ("Prices rose 0.4% monthly through the spring.", "0.4% monthly", "change", 0.4, "percent", "month"),
    # a measure per an area, a volume or a mass after "a": a yield, a fuel economy
    ("The average yield was 8.7 tonnes a hectare.", "8.7 tonnes a hectare", "measure", 8.7, "tonne / hectare",
     "hectare"),
    ("The old car did 48 miles a gallon.", "48 miles a gallon", "measure", 48, "mile / gallon", "gallon"),
    ("Barley yielded about 3.2 tonnes an acre.", "about 3.2 tonnes an acre", "measure", 3.2, "tonne / acre", "acre"),
    ("Crews laid 40 metres a tonne of asphalt.", "40 metres a tonne", "measure", 40, "meter / tonne", "tonne"),
]  # fmt: skip

# (sentence, the claim's text): figures followed by words that look like a rate but are not one.
NOT_RATES = [
    ("He raised $5m a year earlier.", "$5m"),
    ("Sales were $40 million a year ago.", "$40 million"),
    ("The shares rose 5% a day after the vote.", "5%"),
    ("It sold 3,000 homes a decade ago.", "3,000"),
    ("They paid $5 a piece of the action to get in.", "$5"),
    ("The firm spent £3m a source said.", "£3m"),
    ("The company employs 82,000 people in 40 countries.", "82,000"),
    ("The two births were 3 years a week apart.", "3 years"),
    ("He raised £400 a few hours later.", "£400"),
    ("Prices were £4 a year on.", "£4"),
    # "each of" names no denominator
    ("They paid £5 each of the first three years.", "£5"),
    # "hourly", "weekly" before a noun describe it: no rate
    ("The station broadcasts 24 hourly bulletins.", "24"),
    ("The gym runs 12 weekly classes for beginners.", "12"),
    ("The 3 daily newspapers in the city merged.", "3"),
    ("The club publishes 3 fortnightly newsletters.", "3"),
    # a verb that takes a length: the period is how long, not how often
    ("The 12 workers spent a week in the camp.", "12"),
    ("Its 40 staff took a month off after the fire.", "40"),
    ("The 30 passengers waited a day for a new ferry.", "30"),
    ("All 8 climbers stayed a night on the ridge.", "8"),
    ("The 6 engineers need a week to fix the line.", "6"),
    # a measure is not per one of its own dimension, nor per a thing that is no amount
    ("He ran 5 km a mile from home.", "5 km"),
    ("Each crate weighs 20 kg a piece.", "20 kg"),
    ("The lorry dropped 12 tonnes a mile from the depot.", "12 tonnes"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit", "per"), RATES)
def test_a_rate_keeps_its_denominator(
    sentence: str, text: str, kind: str, value: float, unit: str | None, per: str
) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    claim = claims[text]
    assert (claim.kind.value, claim.value, claim.unit, claim.per) == (kind, pytest.approx(value), unit, per)


@pytest.mark.parametrize(("sentence", "text"), NOT_RATES)
def test_no_rate_where_the_words_say_when(sentence: str, text: str) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    assert claims[text].per is None


def test_a_rate_is_not_compared_with_a_total() -> None:
    monthly, total = numcheck.extract("The lease costs $2,900 a month, or $34,800 in all.")
    assert monthly.dimension != total.dimension


# "for each" or "for every" and a unit of measure is a price per unit; before any other noun, no rate
@pytest.mark.parametrize(
    ("sentence", "text", "per"),
    [
        ("The council paid £410 for each tonne of waste.", "£410 for each tonne", "tonne"),
        ("Parking costs £3 for every hour on the site.", "£3 for every hour", "hour"),
        ("The fines were 500 or £1,000 for each offence.", "500 or £1,000", None),
        ("Pennant took about €1,860 in sales for each tonne it sold.", "about €1,860 in sales for each tonne", "tonne"),
        ("The trust gave £5,000 in grants for each school.", "£5,000", None),
    ],
)
def test_for_each_unit_is_a_rate(sentence: str, text: str, per: str | None) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.per == per


# A price whose period is said before it, for what is paid again each period; a year's result is no rate
@pytest.mark.parametrize(
    ("sentence", "text", "per"),
    [
        ("The monthly plan costs $17.99, or less if you pay upfront.", "$17.99", "month"),
        ("An annual fee of £120 applies to the gold card.", "£120", "year"),
        ("The weekly rent is £95 for a single room.", "£95", "week"),
        ("Your monthly payment will be about £42 from June.", "about £42", "month"),
        ("A daily pass costs €8 on the island's buses.", "€8", "day"),
        ("The yearly subscription stays at just $99.", "$99", "year"),
        ("The group reported an annual profit of £2m, a record.", "£2m", None),
        ("Monthly sales reached £40,000 in March.", "£40,000", None),
        ("The plan costs $17.99, billed monthly.", "$17.99", None),
        ("The fortnightly fee is £18.50 for two bags.", "£18.50", "fortnight"),
        ("A year's membership costs £144.", "£144", "year"),
        ("One month's rent is £950 in the new block.", "£950", "month"),
        ("A week's pass for the pool costs £20.", "£20", "week"),
        ("A full year's subscription will cost $99.", "$99", "year"),
        ("A year's gym membership of the Harbour Club costs £300.", "£300", "year"),
        ("A day's ticket is just €8 on the island.", "€8", "day"),
        ("Two years' rent came to £20,000.", "£20,000", None),
        ("A year's profit of £2m was wiped out.", "£2m", None),
        ("A year's delay costs the council £2m.", "£2m", None),
        ("A month's delay costs £40,000.", "£40,000", None),
        # what a sum is per, named before it
        ("Core earnings per share were CHF 68.50.", "CHF 68.50", "share"),
        ("Average revenue per user was £38.20 last quarter.", "£38.20", "user"),
        ("Spending per pupil rose to £6,200 this year.", "£6,200", "pupil"),
        ("The dividend per share is 12p, unchanged.", "12p", "share"),
        ("Income per head stood at £31,000.", "£31,000", "person"),
        ("GDP per capita was about $40,000.", "about $40,000", "person"),
        ("The number of cars per household is 2, and a new car costs £30,000.", "£30,000", None),
        ("Earnings rose, and the share price hit $12.", "$12", None),
        # a move of such a price: each end is for the period
        ("Your monthly payment will go up from £14.50 to £16.25.", "£14.50", "month"),
        ("Your monthly payment will go up from £14.50 to £16.25.", "£16.25", "month"),
        ("Her monthly payment will go from £16.25 to £14.50 in May.", "£14.50", "month"),
        ("The annual fee fell from £120 to £99.", "£99", "year"),
        ("The weekly rent increased to £110.", "£110", "week"),
        # a sentence opened by the period it sums over
        ("Over a year, her payments come to £195.", "£195", "year"),
        ("Across a whole month, the fees add up to £60.", "£60", "month"),
        ("Over the year, sales came to £4m.", "£4m", None),
        ("Over a year, 40 members paid £195.", "£195", None),
    ],
)
def test_a_period_said_before_a_price_is_its_rate(sentence: str, text: str, per: str | None) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.per == per


# One unit under a hedge, or half of one, keeps the rate after it
@pytest.mark.parametrize(
    ("sentence", "text", "unit", "per"),
    [
        ("The glacier is thinning by almost a metre a year.", "almost a metre a year", "meter / year", "year"),
        ("She walks half a mile a day to school.", "half a mile a day", "mile / day", "day"),
        ("The queue grew by more than a mile an hour.", "more than a mile an hour", "mile / hour", "hour"),
        ("It took less than an hour.", "less than an hour", "hour", None),
        ("Traffic queued for up to a mile near the bridge.", "up to a mile", "mile", None),
    ],
)
def test_one_unit_keeps_its_rate(sentence: str, text: str, unit: str, per: str | None) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (found.unit, found.per) == (unit, per)


# The most done in one period is a rate of that period; "in a single bet" is no period
@pytest.mark.parametrize(
    ("sentence", "text", "per"),
    [
        ("Swifts fly up to 800 km in a single day.", "up to 800 km in a single day", "day"),
        ("The mill ground 40 tonnes in a single day.", "40 tonnes in a single day", "day"),
        ("He won £2m in a single bet.", "£2m", None),
    ],
)
def test_in_a_single_period_is_a_rate(sentence: str, text: str, per: str | None) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.per == per


# A count's period may end its clause, past the verb: a flow, compared with other flows
@pytest.mark.parametrize(
    ("sentence", "text", "per"),
    [
        ("Some 14,000 vehicles cross the bridge every day.", "Some 14,000", "day"),
        ("Police now handle 1,200 cases a day.", "1,200", "day"),
        ("About 3,000 people visit a day in August.", "About 3,000", "day"),
        ("About 40 trains use the line every hour, the operator said.", "About 40", "hour"),
        ("More than 2 million people visit the park each year.", "More than 2 million", "year"),
        ("Around 600 ships pass through the strait each week; most are tankers.", "Around 600", "week"),
        # a clause of its own between, or no "every"/"each", or the period not ending the clause
        ("The 40 staff, who work every day, were praised.", "40", None),
        ("Some 14,000 vehicles crossed the bridge on the day it opened.", "Some 14,000", None),
        ("Some 300 drivers were stopped and every day brings more.", "Some 300", None),
        ("About 40 trains use the line each day of the festival.", "About 40", None),
    ],
)
def test_a_count_s_period_may_end_its_clause(sentence: str, text: str, per: str | None) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.per == per


@pytest.mark.parametrize(
    ("text", "figure", "per"),
    [
        ("With 71 teachers, there are about 16 pupils for every teacher.", "about 16", "teacher"),
        ("The side scored 2.4 goals per game last season.", "2.4", "game"),
        ("The ward has 40 nurses for each shift.", "40", "shift"),
        ("Some 30 children per class is the legal limit.", "Some 30", "class"),
        ("The bid pays for two rainwater tanks at each site.", "two", "site"),
        ("Volunteers staff 12 stalls in each market hall.", "12", "market"),
        ("The hire scheme keeps 20 bikes at each station.", "20", "station"),
    ],
)
def test_a_count_for_each_one_of_a_thing_is_a_rate(text: str, figure: str, per: str) -> None:
    """ "16 pupils for every teacher" is no count of the school's pupils: read as one, it met the
    school's 1,142 pupils as the same quantity."""
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.per == per


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("There is one bed for every 2,000 people.", "2,000"),  # a ratio of two counts
        ("She handed 12 leaflets to each of the neighbours.", "12"),
        ("The club has 300 members per sections.", "300"),  # no singular noun: no rate
    ],
)
def test_a_count_with_no_one_thing_after_it_is_no_rate(text: str, figure: str) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.per is None
