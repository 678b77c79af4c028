"""unsupported-figure takes a rate restated per another period, and a share of a stated total, as
implied by the sources; other figures are still reported."""

from __future__ import annotations

import pytest
from against_source import flagged, unsupported


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The allotment rent stays at £15 a month, or £180 a year.", "Allotment rent stays at £15 a month from April."),
        ("Parking at the depot costs £840 a year.", "Parking at the depot costs £70 a month for staff."),
        ("The canteen spends about £2,100 a week on food.", "The canteen spends £300 a day on food."),
        ("The pumps move 2,880 litres a day.", "The pumps move 120 litres an hour."),
        ("Members of the Ardle gym pay £45 a week.", "Members of the Ardle gym pay £90 fortnightly."),
        (
            "The tank now holds about 27 million litres.",
            "The tank, which holds 45 million litres when full, is at 60% of capacity.",
        ),
        ("Roughly 1,300 of the members voted.", "Turnout among the 5,200 members was 25% this year."),
        # a share of a total a year, among the source's other counts
        (
            "About 1,330 of the hospice's 1,900 patients a year are cared for at home.",
            "The hospice will build a 12-bed unit. It cares for about 1,900 patients a year, 70% of them at home.",
        ),
        (
            "Some 5,600 of the 8,000 visitors a month come by bus.",
            "The museum has 40 rooms and 12 staff. It draws 8,000 visitors a month, 70% of them by bus.",
        ),
        # a hedged share in words reaches toward the next: 28% is "a little over a quarter"
        (
            "The NHS meets a little over a quarter of the £9.2 million running costs.",
            "The hospice costs £9.2 million a year to run, of which the NHS pays 28%.",
        ),
        # the level before a change set after its level, with the period between them ("for the year to
        # 31 March 2026"), and the year before that period
        (
            "In the year before, turnover was about £50 million.",
            "Brackwell Foods made turnover of £60 million for the year to 31 March 2026, up 20% on a year earlier.",
        ),
        (
            "Turnover in 2025 was about £50 million.",
            "Brackwell Foods made turnover of £60 million for the twelve months to 31 March 2026, up 20% on the "
            "year before.",
        ),
    ],
)
def test_figures_worked_out_from_the_sources_are_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        (
            "The allotment rent stays at £15 a month, or £200 a year.",
            "Allotment rent stays at £15 a month from April.",
            "£200 a year",
        ),
        (
            "Parking at the depot costs £1,000 a year.",
            "Parking at the depot costs £70 a month for staff.",
            "£1,000 a year",
        ),
        ("Members of the Ardle gym pay £60 a week.", "Members of the Ardle gym pay £90 fortnightly.", "£60 a week"),
        (
            "Turnover in 2025 was about £40 million.",
            "Brackwell Foods made turnover of £60 million for the year to 31 March 2026, up 20% on a year earlier.",
            "about £40 million",
        ),
        (
            "Turnover in 2024 was about £50 million.",
            "Brackwell Foods made turnover of £60 million for the year to 31 March 2026, up 20% on a year earlier.",
            "2024",
        ),
        (
            "The tank now holds about 35 million litres.",
            "The tank, which holds 45 million litres when full, is at 60% of capacity.",
            "about 35 million litres",
        ),
        (
            "About 1,520 of the hospice's 1,900 patients a year are cared for at home.",
            "The hospice will build a 12-bed unit. It cares for about 1,900 patients a year, 70% of them at home.",
            "About 1,520",
        ),
        (
            "The NHS meets a little over a quarter of the £9.2 million running costs.",
            "The hospice costs £9.2 million a year to run, of which the NHS pays 31%.",
            "a little over a quarter",
        ),
    ],
)
def test_figures_the_arithmetic_does_not_give_are_still_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


def _warnings(draft: str, source: str) -> list[str]:
    return [f"{rule} {text}" for rule, text in flagged(draft, source)]


_GOAL_AND_DONE = [
    "The trust's goal is 10,000 new trees by 2030, and volunteers have planted 4,100.",
    "Rendham's pledge is 5,000 new homes by 2031, and builders have finished 3,200.",
    "The league aims for 900 new referees; so far clubs have trained 340.",
]


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The trust has planted 4,100 trees.", _GOAL_AND_DONE[0]),
        ("So far 3,200 homes have been completed.", _GOAL_AND_DONE[1]),
        ("Clubs have trained 340 referees.", _GOAL_AND_DONE[2]),
    ],
)
def test_a_bare_count_states_the_thing_its_sentence_names(draft: str, source: str) -> None:
    assert not _warnings(draft, source)


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The trust has planted 4,600 trees.", _GOAL_AND_DONE[0]),
        ("So far 3,700 homes have been completed.", _GOAL_AND_DONE[1]),
        ("Clubs have trained 430 referees.", _GOAL_AND_DONE[2]),
    ],
)
def test_a_count_no_source_states_is_still_reported(draft: str, source: str) -> None:
    assert _warnings(draft, source)


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        (
            "The storm has forced 3,170 people from their homes.",
            "The storm has flooded 40 streets and forced 1,370 people from their homes. About 1,800 volunteers helped.",
        ),
        (
            "The trial has enrolled 341 patients so far.",
            "The trial has enrolled 314 patients so far. Freezer C failed; 27 samples were moved.",
        ),
        (
            "Pre-tax profit was £512 million, down from £494 million.",
            "Pre-tax profit was £512 million, down from £449 million, after costs of around £45 million.",
        ),
        # a part counts what its whole counts: 9 of 11 members are no plots
        (
            "The society has 96 plots, of which 86 are let.",
            "The committee met on 10 February; 9 of 11 members were present. The society has 96 plots, of which 88 "
            "are let.",
        ),
    ],
)
def test_a_sum_that_happens_to_give_the_figure_does_not_excuse_a_source_figure_that_disagrees(
    draft: str, source: str
) -> None:
    assert _warnings(draft, source)


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        # the sum is the point: the parts are stated, the total is not
        (
            "The two shelters have taken in 3,170 people.",
            "The north shelter has taken in 1,370 people and the south shelter 1,800 people.",
        ),
        ("Together the trials enrolled 341 patients.", "The first trial enrolled 314 patients and the second 27."),
    ],
)
def test_a_sum_of_stated_parts_still_supports_a_total(draft: str, source: str) -> None:
    assert not _warnings(draft, source)


# A sum or difference with a negligible term ("8 weeks" and "30 minutes") is the larger figure
# again: it implies nothing the larger figure does not state, so a bound written the other way
# round, or a figure stated about something else, is not excused by it.
NEGLIGIBLE_TERM_FLAGGED = [
    ("Members may freeze the plan for at least 6 months.",
     "Members can freeze the plan for up to 6 months. Each freeze request takes 10 minutes to file.",
     "at least 6 months"),
    ("Repairs will take up to 14 days.",
     "Repairs will take at least 14 days, and the inspection lasts 45 minutes.", "up to 14 days"),
    ("The loan can run for up to 25 years.",
     "The loan runs for at least 25 years; the first payment is due 30 days after signing.", "up to 25 years"),
    ("Guests may stay for at most 5 nights.",
     "Guests must stay at least 5 nights; check-in takes 20 minutes.", "at most 5"),
    ("The wind farm will produce up to 900 MW.",
     "The wind farm will produce at least 900 MW, and its 4 MW test turbine opens in May.", "up to 900 MW"),
    ("Staff can work from home at least 3 days a week.",
     "Staff can work from home up to 3 days a week and must attend 1 team meeting a month.",
     "at least 3 days"),
    ("The fund will pay out at least £40 million.",
     "The fund will pay out up to £40 million, with £25,000 set aside for fees.", "at least £40 million"),
    ("The tunnel is at least 12 km long.",
     "The tunnel is up to 12 km long; its vents are 40 metres apart.", "at least 12 km"),
]  # fmt: skip
NEGLIGIBLE_TERM_HONEST_SUMS = [
    ("The two wards hold 66 beds.", "The east ward has 40 beds and the west ward has 26 beds."),
    ("The trip takes 4 hours 30 minutes in all.", "The drive takes 4 hours, and the ferry 30 minutes."),
    ("The grant and the loan come to £3.5 million.", "The grant is £2 million and the loan £1.5 million."),
    ("The teams scored 41 goals in all.", "United scored 29 goals and City scored 12 goals."),
    ("The price fell by £40.", "The price fell from £340 to £300."),
    ("The route is 110 km with the detour.", "The route is 100 km; the detour adds 10 km."),
    ("The route has 19 stops.", "The route has 12 stops in town and 7 stops in the country."),
    ("The bill rose by $12.", "The monthly bill rose from $48 to $60."),
    # a term is negligible within the figure's own rounding: 2:32:27 is written to the second
    ("The previous course record was 2:32:27.",
     "Ana Ruiz won in 2 hours 31 minutes 50 seconds, beating the course record by 37 seconds."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), NEGLIGIBLE_TERM_FLAGGED)
def test_a_sum_with_a_negligible_term_implies_nothing(draft: str, source: str, figure: str) -> None:
    assert figure in " ".join(unsupported(draft, source))


@pytest.mark.parametrize(("draft", "source"), NEGLIGIBLE_TERM_HONEST_SUMS)
def test_a_sum_of_terms_of_one_size_still_supports(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


# A quotient or a product implies a figure only through a rate: "£142 for 8 days" gives "£17.75 a
# day", and "£60 a month" over "12 months" gives "£720". A figure that is no rate is not worked out
# by dividing one source figure by another ("within 4 minutes" from "40 minutes" and "10 staff").
NOT_A_RATE_FLAGGED = [
    ("The doors were shut within 5 minutes.", "The doors were shut within 50 minutes by the 10 guards.", "5 minutes"),
    ("The repair took 3 hours.", "The repair took 30 hours, with 10 engineers on site.", "3 hours"),
    ("The ferry crossing lasts 12 minutes.", "The crossing lasts 48 minutes and carries 4 lorries.", "12 minutes"),
    ("The pipeline is 70 km long.", "The pipeline is 140 km long and has 2 pumping stations.", "70 km"),
    ("The grant is worth £250,000.", "The grant is worth £1 million and goes to 4 schools.", "£250,000"),
    ("The audit lasted 6 weeks.", "The audit lasted 18 weeks and covered 3 offices.", "6 weeks"),
    ("The wall is 9 metres high.", "The wall is 3 metres high and runs past 3 houses.", "9 metres"),
    ("The outage lasted 16 hours.", "The outage lasted 8 hours and hit 2 data centres.", "16 hours"),
]  # fmt: skip
A_RATE_SUPPORTED = [
    ("The 8-day trip costs about £17.75 a day.", "The trip costs £142 for 8 days."),
    ("Each of the 4 schools gets £250,000 a year.", "The £1 million a year is shared by 4 schools."),
    ("The pumps move 40 litres a minute each.", "The 3 pumps move 120 litres a minute."),
    ("The scheme pays £720 over the year.", "The scheme pays £60 a month for 12 months."),
    ("The ride costs £2.50 a trip.", "A book of 10 trips costs £25."),
    ("The team walked 15 km a day.", "The team walked 90 km in 6 days."),
    ("The charity spends £3,000 a week.", "The charity spends £12,000 over 4 weeks."),
    ("Each of the 6 teams has a budget of £5,000.", "The £30,000 budget is split between 6 teams."),
    ("The 30 chairs cost about £2,700 altogether.", "The 30 chairs cost about £90 apiece."),
    ("The 12 tents cost £1,440 in all.", "There are 12 tents, and each tent cost £120."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), NOT_A_RATE_FLAGGED)
def test_a_figure_that_is_no_rate_is_not_a_quotient_of_two_others(draft: str, source: str, figure: str) -> None:
    assert figure in " ".join(unsupported(draft, source))


@pytest.mark.parametrize(("draft", "source"), A_RATE_SUPPORTED)
def test_a_rate_worked_out_from_a_total_and_a_count_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


# A sum in another currency: the currency is currency-mismatch's question, the sum is stated
SUM_IN_ANOTHER_CURRENCY = [
    ("Arsenal signed the midfielder for £80m, rising to £90m with add-ons.",
     "The midfielder moved to Arsenal for a fee of €80 million, with a further €10 million in add-ons. "
     "He earns £200,000 a week.", "£90m"),
    ("The ministry will spend $45m on the bridge, lighting included.",
     "The ministry will spend €40 million on the bridge and a further €5 million on lighting. The mayor earns $90,000.",
     "$45m"),
    ("The first and second bids came to ¥7.5bn, the bank said.",
     "The first bid was $4.5 billion and the second $3 billion, the bank said. Fees were ¥20m.", "¥7.5bn"),
]  # fmt: skip
SUM_IN_ANOTHER_CURRENCY_WRONG = [
    ("Arsenal signed the midfielder for £80m, rising to £95m with add-ons.",
     "The midfielder moved to Arsenal for a fee of €80 million, with a further €10 million in add-ons. "
     "He earns £200,000 a week.", "£95m"),
    ("The first and second bids came to ¥8.5bn, the bank said.",
     "The first bid was $4.5 billion and the second $3 billion, the bank said. Fees were ¥20m.", "¥8.5bn"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), SUM_IN_ANOTHER_CURRENCY)
def test_a_sum_given_in_another_currency_is_no_unsupported_figure(draft: str, source: str, figure: str) -> None:
    assert figure not in unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), SUM_IN_ANOTHER_CURRENCY_WRONG)
def test_a_sum_no_currency_gives_is_still_unsupported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# What is left of a total after the parts one sentence lists
_TRUST = (
    "The trust raised £1.86 million in the year to March, up from £1.52 million the year before. "
    "Donations made up £1.1 million and grants £540,000, with the rest coming from its shop."
)
_FIRM = "The firm employs 900 staff. Some 460 work in the office and 300 in the shops, and the rest in the depot."
_CLUB = "The club's £80,000 budget goes on £35,000 for coaching, £25,000 for the ground and the rest on marketing."
_FUND = "Of the £5 million Ormley fund, £2 million went to hospitals, £1.2 million to roads, the remainder to schools."
REMAINDER_SUPPORTED = [
    ("The trust's shop brought in about £220,000.", _TRUST),
    ("The remaining 140 staff work in the depot.", _FIRM),
    ("The county spent £14m on roads: £6m on repairs, £5m on bridges and the remaining £3m on lighting.",
     "The county spent £14 million on roads. Repairs took £6 million and bridges £5 million."),
    # the rest as a share of the total, where the list says there is a rest
    ("Marketing takes about a quarter of the club's budget.", _CLUB),
    ("About 36% of the Ormley fund went to schools.", _FUND),
]  # fmt: skip
REMAINDER_FLAGGED = [
    ("The trust's shop brought in about £320,000.", _TRUST, "about £320,000"),
    ("The remaining 240 staff work in the depot.", _FIRM, "240"),
    ("Marketing takes about a third of the club's budget.", _CLUB, "about a third"),
    ("Around 50% of the Ormley fund went to schools.", _FUND, "Around 50%"),
]


@pytest.mark.parametrize(("draft", "source"), REMAINDER_SUPPORTED)
def test_the_rest_of_a_total_after_listed_parts_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


@pytest.mark.parametrize(("draft", "source", "figure"), REMAINDER_FLAGGED)
def test_a_rest_no_total_and_parts_give_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# The total of every amount of one thing a sentence lists
_PIES = "The Rowe Street café sold 300 pies on Friday, 350 on Saturday and 400 on Sunday."
_BOOKS = "The Ashby library lent 4,100 books in March, 3,200 in April and 2,300 in May."
LIST_TOTAL_SUPPORTED = [
    ("The Rowe Street café sold 1,050 pies over the three days.", _PIES),
    ("The Ashby library lent 9,600 books between March and May.", _BOOKS),
]
LIST_TOTAL_FLAGGED = [
    ("The Rowe Street café sold 1,150 pies over the three days.", _PIES, "1,150"),
    ("The Ashby library lent 9,900 books between March and May.", _BOOKS, "9,900"),
]


@pytest.mark.parametrize(("draft", "source"), LIST_TOTAL_SUPPORTED)
def test_the_total_of_a_listed_series_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), LIST_TOTAL_FLAGGED)
def test_a_total_the_list_does_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


# A time of day that a source time and a duration said of it in the same sentence give
_BUS = "The first bus will leave Marlow Cross at 5:40am, 25 minutes earlier than now, and the last at 11:50pm."
_DOORS = "The doors will open at 7pm, 30 minutes later than before. The show lasts 2 hours."
CLOCK_SUPPORTED = [
    ("The first bus, which now leaves at 6:05am, will leave at 5:40am.", _BUS),
    ("Until now the doors opened at 6.30pm.", _DOORS),
    ("Until now the doors opened at 18:30.", _DOORS),
]
CLOCK_FLAGGED = [
    ("The first bus, which now leaves at 6:15am, will leave at 5:40am.", _BUS, "6:15am"),
    ("Until now the doors opened at 6pm.", _DOORS, "6pm"),
]


@pytest.mark.parametrize(("draft", "source"), CLOCK_SUPPORTED)
def test_a_time_a_source_time_and_its_duration_give_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


@pytest.mark.parametrize(("draft", "source", "figure"), CLOCK_FLAGGED)
def test_a_time_no_source_time_and_duration_give_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# The value before a change the source gives with its end: "rose 14% to ¥38.6bn" was about ¥33.9bn.
BEFORE_THE_CHANGE_SUPPORTED = [
    ("Second-quarter sales a year earlier were about ¥33.9 billion.",
     "Brisklet said second-quarter sales rose 14% to ¥38.6 billion."),
    ("The average price a year ago was about $115 a tonne.",
     "The average price rose 11% to $128 a tonne in the quarter."),
    ("Before the cut, the fare was £4.80.", "The council cut the fare by 25% to £3.60."),
    ("Membership stood at roughly 2,000 before the drive.", "Membership rose 30% to 2,600 after the drive."),
    # a multiplier is exact: "tripled to £300" was £100, "halved to 40 tonnes" was 80
    ("Before the boom, the price of a plot was £100.", "The price of a plot has tripled since 2010, to £300."),
    ("Before the strike, output was 80 tonnes a week.", "Output halved to 40 tonnes a week during the strike."),
    ("A year earlier the firm sold 1,000 units.", "Sales at the firm fell fivefold to 200 units."),
    ("Before the campaign, the club had 450 members.", "Club membership doubled to 900 during the campaign."),
    # a level set against another with "above" or "below"
    ("Last week's daily catch averaged roughly 220 tonnes.",
     "Boats landed 312 tonnes on Monday, about 40% above last week's daily average."),
    ("The 2024 harvest came to about 5,000 tonnes.", "Growers picked 4,000 tonnes, 20% below the 2024 harvest."),
    # the change in the sentence after its level, of that level or of "demand"
    ("The year before, around 4,330 parcels were handed out.",
     "The food bank handed out 5,460 parcels in the year to April. Demand rose by 26% on the year before."),
    ("In 2024 the library lent about 40,000 books.",
     "The library lent 48,000 books in 2025. That was up 20% on 2024."),
]  # fmt: skip
BEFORE_THE_CHANGE_FLAGGED = [
    ("Second-quarter sales a year earlier were about ¥30 billion.",
     "Brisklet said second-quarter sales rose 14% to ¥38.6 billion.", "about ¥30 billion"),
    ("Before the cut, the fare was £4.50.", "The council cut the fare by 25% to £3.60.", "£4.50"),
    # the end of a fall gives a higher value before it, not a lower one
    ("Before the cut, the fare was £2.70.", "The council cut the fare by 25% to £3.60.", "£2.70"),
    ("Before the boom, the price of a plot was £150.", "The price of a plot has tripled since 2010, to £300.", "£150"),
    ("Before the strike, output was 20 tonnes a week.", "Output halved to 40 tonnes a week during the strike.",
     "20 tonnes a week"),
    ("Before the campaign, the club had 600 members.", "Club membership doubled to 900 during the campaign.", "600"),
    ("The year before, around 4,830 parcels were handed out.",
     "The food bank handed out 5,460 parcels in the year to April. Demand rose by 26% on the year before.",
     "around 4,830"),
    # a change said of another thing in the next sentence gives nothing: a scaled grant is no level
    # before the eels' fall of 90%
    ("The survey was paid for by a grant of £2.48 million.",
     "The survey was paid for by a £248,000 grant. The number of eels had fallen by 90% since 1980.",
     "£2.48 million"),
]  # fmt: skip

# A difference of two source figures said as a difference: of times, of temperatures in degrees
DIFFERENCES_SUPPORTED = [
    ("The trip to the sandbanks will take about 15 minutes less.",
     "The new boat will cut the time to reach the sandbanks from 40 minutes to about 25."),
    ("Tuesday's high beat the August record by 1.5°C.",
     "The station recorded 34.6°C on Tuesday, beating its August record of 33.1°C."),
    ("The night was 4C warmer than the old record.", "The low of 22C beat the old record low of 18C."),
    # a gap is a difference, never the figures it is the gap between
    ("Participants ranged in age from 4 to 91, a gap of 87 years.",
     "The oldest participant was 91-year-old Edna Frame, and the youngest was 4."),
    # a difference after its figure is no end for the change after it ("70p more, a rise of about 6%")
    ("A single ticket will cost 70p more, a rise of about 6%.", "Single fares rise from £12.40 to £13.10."),
    # a length the source writes in other units, beside a further length on top of it
    ("Penrose received an 80-month prison term.",
     "Penrose was jailed for six years and eight months on Wednesday. He was ordered to repay £410,000 within "
     "three months or face a further 30 months in prison."),
    # a temperature less a difference of degrees, worked to a tenth of a degree, not 2% of 281 kelvin
    ("The station's 1991-2020 summer average was 8.1C.",
     "Temperatures at the point reached 34.6C on Tuesday. Summer temperatures averaged 9.7C in 2024, 1.6C above "
     "the 1991-2020 average."),
    ("Profit came to about 4p for every pound of sales.", "The chain made a profit of £58.3m on sales of £1.42bn."),
]  # fmt: skip
DIFFERENCES_FLAGGED = [
    ("The trip to the sandbanks will take about 30 minutes less.",
     "The new boat will cut the time to reach the sandbanks from 40 minutes to about 25.", "about 30 minutes"),
    ("The station's 1991-2020 summer average was 6.1C.",
     "Temperatures at the point reached 34.6C on Tuesday. Summer temperatures averaged 9.7C in 2024, 1.6C above "
     "the 1991-2020 average.", "6.1C"),
    ("A single ticket will cost 90p more, a rise of about 6%.", "Single fares rise from £12.40 to £13.10.", "90p"),
    ("Tuesday's high beat the August record by 2.5°C.",
     "The station recorded 34.6°C on Tuesday, beating its August record of 33.1°C.", "2.5°C"),
    ("Profit came to about 7p for every pound of sales.", "The chain made a profit of £58.3m on sales of £1.42bn.",
     "about 7p for every pound"),
]  # fmt: skip


# A year a source year and a span of three years or more in its sentence give; a time of day moved
DIFFERENCES_SUPPORTED += [
    ("She began teaching at the grammar school in 1965.",
     "She taught at the grammar school for 31 years before retiring in 1996."),
    ("The shop will shut on Friday 27 June 2025.",
     "Dunmore's Corner Bakery, founded in 1951, will close its shop on 27 June after 74 years. Its eight staff will "
     "move to the wholesale unit."),
    ("If all goes to plan the estate will be finished around 2030.",
     "The planning committee on Tuesday approved 240 homes by six votes to four. Building is due to start in spring "
     "2026 and take about four years."),
    ("The first bus will leave half an hour earlier than now.", "The first departure moves from 06:15 to 05:45."),
    # a time moved is no length of the service's interval
    ("The first bus will leave 30 minutes earlier than now.",
     "The first departure moves from 06:15 to 05:45, and buses will run every 12 minutes."),
    ("The last train will leave 20 minutes later.", "The last train will leave at 23:50 instead of 23:30."),
    ("The chain now trades from 195 stores.",
     "The retailer made a profit of £58.3 million and has closed 17 of its 212 stores."),
    # parts of other wholes: the hospital's 80 of 1,200 are not the city's 1,200 of 9,000
    ("Carrowby to lose 80 of its 1,200 hospital beds",
     "The trust will cut 80 beds in Carrowby, which has 1,200 of the region's 9,000 hospital beds."),
]  # fmt: skip
DIFFERENCES_FLAGGED += [
    ("She began teaching at the grammar school in 1968.",
     "She taught at the grammar school for 31 years before retiring in 1996.", "1968"),
    ("She began teaching at the grammar school in 1964.",
     "She taught at the grammar school for 31 years before retiring in 1996.", "1964"),
    ("The first bus will leave 20 minutes earlier than now.",
     "The first departure moves from 06:15 to 05:45, and buses will run every 12 minutes.", "20 minutes"),
]  # fmt: skip


# A share said of an amount in its own sentence is that amount's share of a source whole, and of
# nothing else; an age is no amount to take a share of
SHARE_OF_A_PART_SUPPORTED = [
    ("The £52,000 he must repay within 90 days is about 60% of the money taken.",
     "He stole £86,400 over 19 months and must repay £52,000 within 90 days or serve 14 more months."),
    ("The 1,890 parcels for families were about a third of the year's total.",
     "The food bank handed out 5,460 parcels in the year, 1,890 of them to families with children."),
]  # fmt: skip
SHARE_OF_A_PART_FLAGGED = [
    ("The £52,000 he must repay within 90 days is about three-quarters of the money taken.",
     "He stole £86,400 over 19 months and must repay £52,000 within 90 days or serve 14 more months.",
     "about three-quarters"),
    ("Roughly one in three patients admitted were aged 80 or over.",
     "The hospital admitted 1,284 patients with heat illness this summer. Just over a fifth of those admitted "
     "were aged 80 or over, and 17 patients died.", "Roughly one in three"),
]  # fmt: skip


# The weekday of a dated day the draft sentence is about, in its sentence's year or the story's first
WEEKDAY_OF_A_DATE_SUPPORTED = [
    ("Nandi won Thursday's contest by 3,577 votes.",
     "In the Harbridge by-election on 14 November 2024, Nandi won with 14,882 votes, a majority of 3,577."),
    ("The appeal, launched on a Friday, has raised £1.84m.",
     "The hospice appeal has raised £1.84 million since launching on 1 March 2024."),
    ("The busiest day of the year fell on a Friday, with 41,870 passengers.",
     "The airport handled 9.36 million passengers in 2024, up 11% on 2023. The busiest single day was 26 July, "
     "with 41,870 passengers."),
]  # fmt: skip
WEEKDAY_OF_A_DATE_FLAGGED = [
    ("Nandi won Friday's contest by 3,577 votes.",
     "In the Harbridge by-election on 14 November 2024, Nandi won with 14,882 votes, a majority of 3,577.", "Friday"),
    ("The appeal, launched on a Monday, has raised £1.84m.",
     "The hospice appeal has raised £1.84 million since launching on 1 March 2024.", "Monday"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), WEEKDAY_OF_A_DATE_SUPPORTED)
def test_the_weekday_of_a_stated_date_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), WEEKDAY_OF_A_DATE_FLAGGED)
def test_a_weekday_no_stated_date_falls_on_is_reported(draft: str, source: str, figure: str) -> None:
    assert unsupported(draft, source) == [figure]


# A share of one figure in another from two source sentences the draft's sentence joins
SHARE_OF_A_PART_SUPPORTED += [
    ("Just under half of applicants were offered a place.",
     "The university received 41,300 applications for 2025 entry. It made offers to 19,850 applicants. Of those "
     "offered places, 23% come from the poorest fifth of neighbourhoods, against a target of 25%."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), SHARE_OF_A_PART_SUPPORTED)
def test_a_share_of_a_part_its_sentence_names_is_worked_out_from_that_part(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), SHARE_OF_A_PART_FLAGGED)
def test_a_share_no_whole_of_its_part_gives_is_reported(draft: str, source: str, figure: str) -> None:
    assert unsupported(draft, source) == [figure]


@pytest.mark.parametrize(("draft", "source"), DIFFERENCES_SUPPORTED)
def test_a_difference_or_margin_the_sources_give_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), DIFFERENCES_FLAGGED)
def test_a_difference_the_sources_do_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert unsupported(draft, source) == [figure]


@pytest.mark.parametrize(("draft", "source"), BEFORE_THE_CHANGE_SUPPORTED)
def test_the_value_before_a_stated_change_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), BEFORE_THE_CHANGE_FLAGGED)
def test_a_value_the_change_does_not_give_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert unsupported(draft, source) == [figure]


# A hedged figure is implied by any value its words allow; a rate per unit of a measure by a total over it.
HEDGED_AND_PER_MEASURE_SUPPORTED = [
    ("The county grant covers nearly two-thirds of the resurfacing cost.",
     "The resurfacing will cost £18,400, of which a county grant covers £12,000."),
    ("Filling the hole works out at roughly £410 per tonne of concrete.",
     "Filling the hole will need 400 tonnes of concrete at a cost of £165,000."),
]  # fmt: skip
HEDGED_AND_PER_MEASURE_FLAGGED = [
    ("The county grant covers nearly three-quarters of the resurfacing cost.",
     "The resurfacing will cost £18,400, of which a county grant covers £12,000.", "nearly three-quarters"),
    ("Filling the hole works out at roughly £300 per tonne of concrete.",
     "Filling the hole will need 400 tonnes of concrete at a cost of £165,000.", "roughly £300 per tonne"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), HEDGED_AND_PER_MEASURE_SUPPORTED)
def test_a_hedged_share_or_a_rate_per_measure_worked_out_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), HEDGED_AND_PER_MEASURE_FLAGGED)
def test_a_hedged_share_or_rate_the_arithmetic_misses_is_reported(draft: str, source: str, figure: str) -> None:
    assert unsupported(draft, source) == [figure]


def test_a_range_does_not_imply_a_change_between_its_own_ends() -> None:
    # "between £60m and £75m" is no 25% rise, nor a 13% one from its middle
    source = "Wages now account for 31% of costs. The group plans to spend between £60 million and £75 million."
    assert unsupported("Wages now account for 13% of the group's costs.", source) == ["13%"]


# A percentage is worked out from amounts of the sentences the draft's is about, or of the thing it
# counts; two unrelated amounts elsewhere in the source give some percentage by chance.
_SALES = (
    "Brisklet said second-quarter sales rose 14% to ¥38.6 billion, with overseas markets contributing "
    "57% of the total. The company employs 1,400 people, 1,050 of them in Japan."
)


def test_a_percentage_two_unrelated_amounts_give_by_chance_is_no_support() -> None:
    # 1,050 of 1,400 staff is 75%: nothing to do with the share of sales
    assert unsupported("Overseas markets contributed 75% of Brisklet's second-quarter sales.", _SALES) == ["75%"]


@pytest.mark.parametrize(
    "draft",
    [
        "Three-quarters of Brisklet's 1,400 people work in Japan.",  # the amounts of its own sentence
        "About 75% of the company's employees are in Japan.",
    ],
)
def test_a_percentage_of_the_amounts_it_is_about_is_supported(draft: str) -> None:
    assert unsupported(draft, _SALES) == []


# The other side of a comparison: "2,310 calls, about 40% more than on a normal day" gives about 1,650
COMPARED_BASE = [
    ("A normal day brings the ambulance service about 1,650 calls.",
     "The ambulance service took 2,310 calls on Tuesday, about 40% more than on a normal day."),
    ("The plant made about 1,600 cars in February.",
     "The plant made 1,200 cars in March, 25% fewer than in February."),
]  # fmt: skip
COMPARED_BASE_WRONG = [
    ("A normal day brings the ambulance service about 1,150 calls.",
     "The ambulance service took 2,310 calls on Tuesday, about 40% more than on a normal day.", "about 1,150"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), COMPARED_BASE)
def test_the_figure_a_comparison_is_made_against_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), COMPARED_BASE_WRONG)
def test_a_base_the_comparison_does_not_give_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# A change is given only by a change its way, from the figure marked as the earlier one
CHANGE_WAY = [
    # £168m to £184m is a rise of 9.5%: a "rise of 8.7%" is (184 - 168) / 184, the fall the other way
    ("Greaves' revenue rose 8.7% in the half.",
     "Greaves' total revenue reached £184 million in the half, against £168 million a year earlier.", "8.7%"),
    ("The dairy's herd shrank 9.5% over the year.",
     "The dairy's herd reached 184 cows this year, against 168 cows a year earlier.", "9.5%"),
]  # fmt: skip
CHANGE_WAY_SUPPORTED = [
    ("Greaves' revenue rose 9.5% in the half.",
     "Greaves' total revenue reached £184 million in the half, against £168 million a year earlier."),
    ("The dairy's herd grew by about 9.5% over the year.",
     "The dairy's herd reached 184 cows this year, against 168 cows a year earlier."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), CHANGE_WAY)
def test_a_change_the_other_way_is_no_support(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


@pytest.mark.parametrize(("draft", "source"), CHANGE_WAY_SUPPORTED)
def test_a_change_worked_out_its_way_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


# A one-sided bound allows an exact figure but does not state it
BOUND_IS_NO_STATEMENT = [
    ("Pennerby recorded 34.6°C on Tuesday.",
     "Pennerby recorded 36.4°C on Tuesday. It was the fifth day in a row above 30°C.", "34.6°C"),
    ("The appeal raised £2,450 on the day.",
     "The appeal raised £4,250 on the day, and more than £2,000 the week before.", "£2,450"),
]  # fmt: skip
BOUND_MEETS_ITS_OWN_FIGURE = [
    ("Delivery is free on orders over £35.", "Delivery is free on orders over £35."),
    ("More than 3,000 people signed.", "More than 3,000 people signed the petition."),
]


@pytest.mark.parametrize(("draft", "source", "figure"), BOUND_IS_NO_STATEMENT)
def test_a_source_bound_does_not_state_an_exact_figure(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


@pytest.mark.parametrize(("draft", "source"), BOUND_MEETS_ITS_OWN_FIGURE)
def test_a_bound_states_itself(draft: str, source: str) -> None:
    assert not flagged(draft, source)


# A saving or an extra against a rate restated per another period: £24 a month is £288 a year
AGAINST_RESTATED_RATE = [
    ("Paying upfront saves £36 a year against paying monthly.",
     "Membership costs £24 a month, or £252 if you pay for the year upfront."),
    ("Paying weekly costs about £52 a year more than the annual pass.",
     "A pass costs £15 a week, or £728 for the year."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), AGAINST_RESTATED_RATE)
def test_a_difference_against_a_restated_rate_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


# "the same number in another kind" is the number as written, not one within 2% of it
NEAR_NUMBER_OF_ANOTHER_KIND = [
    ("Junior members number 121 of the 286.",
     "Membership stands at 286, including 112 juniors. Adult subscriptions rise to £120.", "121"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), NEAR_NUMBER_OF_ANOTHER_KIND)
def test_a_near_number_of_another_kind_is_no_support(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# A change worked out from a level and the amount it moved by: "38.6 million, 2.1 million more"
RISE_OF_AN_AMOUNT = [
    ("Admissions grew by nearly 6% to 38.6 million.",
     "The chain sold admissions of 38.6 million, 2.1 million more than last year."),
    ("Membership fell by about 9% to 2,050.",
     "Membership stands at 2,050, which is 200 fewer than a year ago."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), RISE_OF_AN_AMOUNT)
def test_a_change_from_a_level_and_its_increment_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


# The rest of a whole, for another party; the level before a move in points
OTHER_SHARES = [
    ("Dunmore had 58% of the ball to Kilbride's 42%.", "Dunmore had 58% of possession and made 164 tackles."),
    ("Labour won 52% of the vote and the Greens 48%.", "Labour won 52% of the vote in the two-way race."),
    ("Gross margin fell from 24% to 22.6%.", "Gross margin slipped by 1.4 percentage points to 22.6%."),
    ("Satisfaction with repairs fell to 79% from 82%.", "Tenant satisfaction with repairs was 79%, down 3 points."),
    # a move in points that says no way: either side of its end
    ("Gross margin widened to 27.9% from 26.5% a year earlier.", "Gross margin improved by 1.4 points to 27.9%."),
    ("Adjusted operating margin rose from 8% to 12%.", "Adjusted operating margin improved by four points to 12%."),
    # the rest of a whole said by negating what the share counts
    ("About 64% of the trees survived the winter without frost damage.",
     "Frost damaged 36% of the trees planted along the bypass last winter."),
    ("Drugs other than antibiotics made up 71% of the pharmacy's sales.",
     "Antibiotics made up 29% of the pharmacy's sales in the year."),
    ("Only 45% of eligible voters took part.", "Officials said 55% of eligible voters failed to take part."),
    ("Some 30% of the flights left on time.", "In March 70% of the flights did not leave on time."),
    # negated twice is not negated
    ("Some 30% of the flights did not fail to leave on time.", "In March 70% of the flights did not leave on time."),
    # a share in words is a share too, and "free of" negates
    ("About a third of the pupils did not pass the test.", "In the end 68% of the pupils passed the test."),
    ("Just over a quarter of the wells tested were free of arsenic.", "Arsenic was found in 73% of the wells tested."),
    ("Nearly two-fifths of the kits were returned without faults.", "Faults were found in 61% of the kits returned."),
    # the rest named, with a verb of making it up
    ("NHS work made up 29% of first-half revenue.",
     "Private treatment made up 71% of revenue, with NHS work accounting for the rest."),
    ("Vans took 36% of the spaces.", "Cars filled 64% of the spaces, while vans took the rest."),
    ("Lettings provided 18% of the trust's income.",
     "Donations brought in 82% of the trust's income and lettings provided the remainder."),
    ("Freight made up 45% of the port's tonnage.",
     "Ferries carried 55% of the port's tonnage, with freight making up the balance."),
]  # fmt: skip
OTHER_SHARES_WRONG = [
    # the rest of a whole is not the same party's share
    ("First-time buyers made 62% of purchases.", "First-time buyers accounted for 38% of purchases.", "62%"),
    ("Gross margin fell from 21% to 22.6%.", "Gross margin slipped by 1.4 percentage points to 22.6%.", "21%"),
    ("Gross margin widened to 27.9% from 25.5% a year earlier.", "Gross margin improved by 1.4 points to 27.9%.",
     "25.5%"),
    # the complement with nothing negated: the share moved to the other side of the split
    ("Frost damaged 64% of the trees planted along the bypass.",
     "Frost damaged 36% of the trees planted along the bypass last winter.", "64%"),
    ("Only 45% of eligible voters failed to take part.",
     "Officials said 55% of eligible voters failed to take part.", "45%"),
    # both sides negated: the same side of the split
    ("Some 30% of the flights did not leave on time.",
     "In March 70% of the flights did not leave on time.", "Some 30%"),
    ("About a third of the pupils passed the test.", "In the end 68% of the pupils passed the test.",
     "About a third"),
    ("Just over a quarter of the wells tested were free of arsenic.", "Arsenic was found in 63% of the wells tested.",
     "Just over a quarter"),
    # the named rest's share is what the other leaves, not another figure
    ("NHS work made up 39% of first-half revenue.",
     "Private treatment made up 71% of revenue, with NHS work accounting for the rest.", "39%"),
    ("Vans took 46% of the spaces.", "Cars filled 64% of the spaces, while vans took the rest.", "46%"),
    # the share of the part the source names first is its own, not the rest
    ("Cars filled 36% of the spaces.", "Cars filled 64% of the spaces, while vans took the rest.", "36%"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), OTHER_SHARES)
def test_the_rest_of_a_whole_and_the_level_before_points_are_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), OTHER_SHARES_WRONG)
def test_the_same_partys_rest_or_a_wrong_level_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# A count that says it is a quotient ("eight per ward", "nine screens each") may be worked out from
# two counts; a plain count may not
COUNT_QUOTIENTS = [
    ("The 112 ballot boxes work out at eight per ward.", "Boxes: 112 from 14 wards."),
    ("Lumora's 214 sites have nearly nine screens each on average.",
     "Lumora now has 1,912 screens across 214 sites."),
]  # fmt: skip
COUNT_NOT_QUOTIENT = [
    ("The council has eight wards.", "Boxes: 112 from 14 wards.", "eight"),
]


@pytest.mark.parametrize(("draft", "source"), COUNT_QUOTIENTS)
def test_a_count_per_something_may_be_a_quotient(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), COUNT_NOT_QUOTIENT)
def test_a_plain_count_is_no_quotient(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# Coincidences that are no support: a share of a total about something else, a range's middle,
# a number within the hedge of another kind, a near sum in another currency
COINCIDENCES = [
    ("Attendance was 23,700, up from 14,900 last year.",
     "Attendance over the two days was 23,700, up from 19,400 last year. Waste: 8.2 tonnes collected, "
     "64% recycled.", "14,900"),
    ("The price of a bag rises from £8.50 to £9.75.",
     "The price of a bag will rise from £8.50 to £9.25. Each delivery will cost £17.00 to £18.50, and a "
     "1 kg bag works out at £7.88 per 250 g.", "£9.75"),
    # stated only within rounding by a figure about another time or act, while the source states
    # this very quantity otherwise
    ("Of the 2,310 runners, 1,540 chose the full marathon.",
     "A record 2,310 runners took part. Of the runners, 1,450 chose the full marathon and the rest the half. "
     "The race drew 1,600 runners "
     "last year.", "1,540"),
    ("In the end 2,970 households signed up for the scheme.",
     "In the end 2,790 households signed up for the scheme; 3,000 had been approached in the spring.",
     "2,970"),
    # a period is not written as a count of something else
    ("The store closures will take place over the next five years.",
     "The chain will close 5 stores and open 14 over the next two years.", "five years"),
    ("The repairs will take six weeks.", "Six engineers will carry out the repairs, which will take four weeks.",
     "six weeks"),
    # a change's end is not the value before it
    ("Net sales rose 6% to SEK 13.4 billion in the first half.",
     "Net sales were SEK 14.3 billion in the first half, up 6%.", "SEK 13.4 billion"),
    # a change's start is not the difference of its two ends
    ("The plan now allows 250 GB of storage, up from 150 GB.",
     "The plan now allows 250 GB of storage, up from 100 GB.", "150 GB"),
    ("Rents climbed to £1,400 a month from £600.",
     "Rents climbed to £1,400 a month from £800, the agency said.", "£600"),
    # a sum of figures about other things, when the source states this quantity in its setting
    # (a place the draft, which names none, leaves out)
    ("The storm cut power to 3,150 homes.",
     "In Glenroy, the storm cut power to 2,150 homes on Friday. About 1,000 engineers worked through "
     "the night.", "3,150"),
    ("The strike closed 530 schools.",
     "Across Kettering, the strike closed 350 schools, while 180 more stayed open with reduced staff.",
     "530"),
    # the share's whole is named only by another figure's sentence, and the product is edited
    ("Roughly 640 of this year's recruits are women.",
     "The force took on 1,500 recruits this year, its biggest intake. Women make up 36% of the intake.",
     "Roughly 640"),
    ("Around 150,000 people a year visited the pier.",
     "The pier drew around 190,000 visitors a year. The appeal has raised £152,000.", "Around 150,000"),
    ("Detached homes sell for an average of £51,200.",
     "Detached homes now sell for an average of £512,000, while flats averaged £164,500. First-time "
     "buyers accounted for 38% of purchases, up from 31%.", "£51,200"),
]  # fmt: skip
DERIVED_HONESTLY = [
    # the share's sentence names what the total counts
    ("The reservoir holds about 38 billion litres now.",
     "Water levels at the reservoir have fallen to 41% of capacity. The reservoir holds 92 billion litres "
     "when full."),
    # the total's sentence names the share's whole, in other words than the draft's
    # a figure stated within rounding by the one figure about this quantity
    ("Of the 2,310 runners, about 1,500 chose the full marathon.",
     "A record 2,310 runners took part. Of the runners, 1,450 chose the full marathon and the rest the half. "
     "The race drew 1,600 runners "
     "last year."),
    # a change's start from its end and the amount it moved by
    ("Net debt fell from $2.4 billion to $2.1 billion.",
     "Net debt fell by $300 million to $2.1 billion over the half."),
    # a sum of parts: the draft's figure is the whole, and the source names its place
    ("The storm cut power to 3,150 homes.",
     "In Glenroy, the storm cut power to 2,150 homes on Friday and to 1,000 more on Saturday."),
    ("Roughly 540 of this year's recruits are women.",
     "The force took on 1,500 recruits this year, its biggest intake. Women make up 36% of the intake, "
     "and one in five recruits is over 40."),
    ("About 2,900 of the new homes will be let at social rents.",
     "The council has approved 9,600 new homes in the plan, its largest programme. Social rent accounts "
     "for 30% of the programme."),
    # a sentence about "completions" is about one that "completed" them
    ("Ashdown's completions fell about 10%, to 3,240.",
     "Ashdown Homes completed 3,240 homes in the year, down from 3,610. Pre-tax profit fell 22%."),
    # a difference of two things' figures, said as one
    ("Supervisors will be paid £4.90 an hour more than counters.",
     "Counters are paid £14.60 an hour and supervisors £19.50 an hour."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), COINCIDENCES)
def test_a_coincidence_is_no_support(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


@pytest.mark.parametrize(("draft", "source"), DERIVED_HONESTLY)
def test_figures_derived_honestly_are_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


# A number of another kind excuses a figure only in a sentence the claim's is about; a percentage
# compares amounts of one kind whatever period each is given for
KIND_AND_PERIOD = [
    ("The trust expects around 11% more births a year by 2028.",
     "About 3,600 babies were born at the hospital last year, and the trust expects that to rise to "
     "4,000 a year by 2028."),
]  # fmt: skip
# A percentage worked out from the figures of what the claim names, when its sentence is mostly about
# another, or of the whole its part's sentence refers to
CHANGE_OF_WHAT_IT_NAMES = [
    ("Starter 10 goes up by about 12%, but its free minutes allowance stays at 100 minutes.",
     "From June the Starter 10 bundle will cost £9.50 a month instead of £8.50. The free minutes "
     "allowance stays at 100 minutes."),
    ("Kestrel Saver is rising by a fifth, but the standing charge on the tariff stays at 45p a day.",
     "The Kestrel Saver tariff will rise from 25p to 30p per kWh. The standing charge on the tariff "
     "stays at 45p a day."),
    # a share of the whole that the part's own sentence refers to ("of the total")
    ("Overseas students, about a fifth of the total, pay full fees.",
     "The university enrolled 31,500 students this year. Overseas students numbered 6,400, and they pay "
     "full fees."),
    ("Cyclists, about 30% of the commuters counted, mostly use the new lane.",
     "A survey in May found 14,200 commuters on the bridge at peak times. Cyclists were 4,300 of those "
     "counted, and most of them used the new lane."),
]  # fmt: skip
CHANGE_OF_WHAT_IT_NAMES_WRONG = [
    ("Overseas students, about a third of the total, pay full fees.",
     "The university enrolled 31,500 students this year. Overseas students numbered 6,400, and they pay "
     "full fees.", "about a third"),
    ("Starter 10 goes up by about 20%, but its free minutes allowance doubles to 200 minutes.",
     "From June the Starter 10 bundle will cost £9.50 a month instead of £8.50. The free minutes "
     "allowance will double from 100 to 200 minutes a month.", "about 20%"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), CHANGE_OF_WHAT_IT_NAMES)
def test_a_change_of_what_the_claim_names_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), CHANGE_OF_WHAT_IT_NAMES_WRONG)
def test_a_wrong_change_of_what_the_claim_names_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# A year's amount is an amount a year: the gap to a yearly target
YEARLY_GAPS = [
    ("The port needs another 150,000 passengers a year to reach its 1 million target.",
     "The port handled 850,000 passengers in 2026. It wants to reach 1 million passengers a year by 2030."),
    ("The charity must raise another £30,000 a year to reach its goal of £200,000.",
     "The charity raised £170,000 last year. Its goal is to raise £200,000 a year by 2028."),
]  # fmt: skip
YEARLY_GAPS_WRONG = [
    ("The port needs another 250,000 passengers a year to reach its 1 million target.",
     "The port handled 850,000 passengers in 2026. It wants to reach 1 million passengers a year by 2030.",
     "250,000"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), YEARLY_GAPS)
def test_the_gap_between_a_years_amount_and_a_yearly_target_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), YEARLY_GAPS_WRONG)
def test_a_wrong_gap_to_a_yearly_target_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


ANOTHER_KIND_ELSEWHERE = [
    ("Around 150,000 people a year visited the pier.",
     "Gifts to the appeal ranged from £2 to £150,000. Before it closed, the pier drew around 190,000 "
     "visitors a year.", "Around 150,000"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), KIND_AND_PERIOD)
def test_a_percentage_of_amounts_given_for_other_periods_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), ANOTHER_KIND_ELSEWHERE)
def test_the_same_number_of_another_kind_elsewhere_is_no_support(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# Two figures hedged both ways state one figure only when each is a value the other allows
APPROXIMATIONS_APART = [
    ("Night-shift staff make up about 54% of the 620 people on site.",
     "Night-shift staff make up about 45% of the 620 people on site.", "about 54%"),
    ("The hospital delivered about 4,000 babies last year.",
     "About 3,600 babies were born at the hospital last year.", "about 4,000"),
]  # fmt: skip
APPROXIMATIONS_TOGETHER = [
    ("About 3,500 babies were born at the hospital last year.",
     "About 3,600 babies were born at the hospital last year."),
    ("Nearly 4,000 babies were born at the hospital last year.",
     "About 3,800 babies were born at the hospital last year."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), APPROXIMATIONS_APART)
def test_two_approximations_apart_state_no_figure(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


@pytest.mark.parametrize(("draft", "source"), APPROXIMATIONS_TOGETHER)
def test_two_approximations_of_one_figure_agree(draft: str, source: str) -> None:
    assert not flagged(draft, source)


# The rest of a whole said as such; a difference with its noun before "more than"; the level before a
# move in points from a sentence that names what it measures
THE_REST_AND_MORE = [
    ("The other 56% of next year's Saturdays are still to be booked.",
     "Fairlight has already booked 44% of next year's Saturdays."),
    ("Staff took 61% of revenue, leaving 39% for every other cost.", "Staff costs took 61% of revenue."),
    ("This year's target is 3,100 jabs more than last year's total.",
     "Last year's drive gave 12,400 jabs; this year's target is 15,500."),
    ("Pennant's gross margin was 35.6% a year earlier.",
     "Pennant sold 184,000 tonnes, 6% more than a year earlier. Sales reached €342 million and the gross margin "
     "widened by 1.8 percentage points to 37.4%."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), THE_REST_AND_MORE)
def test_the_rest_and_differences_are_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


# A percentage linked to a source figure that disagrees is excused only by arithmetic on figures
# about its own thing
OTHER_THINGS_CHANGE = [
    ("Fairlight's revenue rose 19% to £148 million.",
     "Fairlight's revenue rose 16% to £148 million, and operating profit grew from £17.9 million to £21.3 "
     "million.", "19%"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), OTHER_THINGS_CHANGE)
def test_another_things_change_does_not_excuse_a_percentage(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# A day given by a source day and a span of days in its sentence
DAY_ARITHMETIC = [
    ("The 12-day walkout will run from 3 March to 14 March.", "Drivers will strike for 12 days from 3 March."),
    ("The festival ends on 9 August.", "The festival runs for ten days from 31 July."),
]
DAY_ARITHMETIC_WRONG = [
    ("The 12-day walkout will run from 3 March to 18 March.", "Drivers will strike for 12 days from 3 March.",
     "18 March"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), DAY_ARITHMETIC)
def test_a_day_a_span_gives_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), DAY_ARITHMETIC_WRONG)
def test_a_day_no_span_gives_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# A share of a total that the claim's own sentence states
SHARE_THE_DRAFT_STATES = [
    ("The 4.5% offer would be worth about £1,400 a year to a driver on the average wage.",
     "Drivers rejected a pay offer of 4.5%, the union said. Drivers earn £31,200 a year on average."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), SHARE_THE_DRAFT_STATES)
def test_a_share_the_draft_states_of_a_source_total_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


# A length of time from one time of day to the next, in one source sentence
CLOCK_SPANS = [
    ("The pool will be open 18 hours a day.", "From May the pool will open 5am-11pm, two hours longer than now."),
    ("The clinic runs for eight and a half hours.", "The clinic runs from 9am to 5.30pm at the town hall."),
    ("Night buses run for seven hours.", "Night buses run from 11pm until 6am on Fridays."),
    ("The road will be shut for 40 hours.",
     "The road will be shut from 6pm on Tuesday 9 January until 10am on Thursday 11 January."),
    # a length a week: the days a week its sentence counts, times the span
    ("The shed is open 12 hours a week.", "The shed has 38 members and is open three days a week from 9am to 1pm."),
    ("The library is open 30 hours a week.", "The library opens five days a week, 10am to 4pm."),
    ("The crèche runs for 21 hours a week.", "The crèche runs three days a week from 9am until 4pm."),
]  # fmt: skip
CLOCK_SPANS_WRONG = [
    ("The shed is open 15 hours a week.", "The shed has 38 members and is open three days a week from 9am to 1pm.",
     "15 hours a week"),
    ("The library is open 35 hours a week.", "The library opens five days a week, 10am to 4pm.", "35 hours a week"),
    # days a week counted against hours a week: a working day is no 24 hours
    ("The shed is open 12 hours a week.", "The shed is open three days a week.", "12 hours a week"),
    ("The pool will be open 16 hours a day.", "From May the pool will open 5am-11pm, two hours longer than now.",
     "16 hours a day"),
    ("The clinic runs for seven hours.", "The clinic runs from 9am to 5.30pm at the town hall.", "seven hours"),
    ("The road will be shut for 16 hours.",
     "The road will be shut from 6pm on Tuesday 9 January until 10am on Thursday 11 January.", "16 hours"),
]  # fmt: skip


# Counts and lengths by the week: a figure whose rounding only touches the source's is not stated by
# it, and a small count by the week is checked against the source's count of the same thing
BY_THE_WEEK_WRONG = [
    ("The shop opens five days a week.", "The shop opens four days a week.", "five days a week"),
    ("Requests will be collected five evenings a week from March.",
     "Request collection will move from three evenings a week to four from 1 March.", "five"),
]  # fmt: skip
BY_THE_WEEK = [
    ("Requests will be collected four evenings a week from March.",
     "Request collection will move from three evenings a week to four from 1 March."),
    ("The shop opens five days a week.", "The shop opens five days a week, from 9am to 5pm."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), BY_THE_WEEK_WRONG)
def test_another_count_by_the_week_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


@pytest.mark.parametrize(("draft", "source"), BY_THE_WEEK)
def test_the_same_count_by_the_week_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source"), CLOCK_SPANS)
def test_a_span_of_the_clock_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), CLOCK_SPANS_WRONG)
def test_a_wrong_span_of_the_clock_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# A share bounded in words is bounded at the simple fraction next to it; an amount keeps its bound
BOUNDED_SHARES = [
    ("Children's books made up more than a quarter of the chain's £214 million sales.",
     "Of the chain's £214 million of sales, £58 million came from children's books."),
    ("Fewer than a third of the 2,150 members voted.", "Of the 2,150 members, 640 voted in the ballot."),
]  # fmt: skip
BOUNDED_SHARES_WRONG = [
    ("Children's books made up more than a third of the chain's £214 million sales.",
     "Of the chain's £214 million of sales, £58 million came from children's books.", "more than a third"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), BOUNDED_SHARES)
def test_a_share_bounded_in_words_is_supported_near_its_bound(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), BOUNDED_SHARES_WRONG)
def test_a_share_bounded_the_wrong_side_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# A bound is stated only when every value the source stands for is beyond it
BOUNDS_STATED = [
    ("The club has more than 3,000 members.", "The club has about 3,400 members."),
    ("Revenue will be at least $700 million this year.",
     "The company expects revenue of $720 million to $760 million this year."),
    ("The repairs will cost under £50,000.", "The repairs will cost around £42,000."),
]  # fmt: skip
BOUNDS_NOT_STATED = [
    ("The group expects full-year revenue of at least £430 million.",
     "The group expects full-year revenue of about £430 million.", "at least £430 million"),
    ("Veltrix expects fourth-quarter revenue of at least $2.55 billion.",
     "Veltrix expects fourth-quarter revenue of $2.55 billion, plus or minus $100 million.", "at least $2.55 billion"),
    ("The company expects revenue of more than $740 million this year.",
     "The company expects revenue of $720 million to $760 million this year.", "more than $740 million"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), BOUNDS_STATED)
def test_a_bound_every_source_value_is_beyond_is_stated(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), BOUNDS_NOT_STATED)
def test_a_bound_the_source_does_not_guarantee_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


# A bound states a figure it rounds, not any figure beyond it
BOUNDS_OUT_OF_REACH = [
    ("Delivery remains free on orders of at least £53.",
     "Delivery stays free on orders over £35, and a year upfront costs £252.", "at least £53"),
    ("Reserves must stay above £25,000 under trust policy.",
     "Reserves stand at £412,000 and must not fall below £250,000; two posts saved about £96,000.",
     "above £25,000"),
]  # fmt: skip
BOUNDS_IN_REACH = [
    ("More than 3,000 runners took part.", "A record 3,412 runners took part."),
    ("Over 1,000 homes lost power.", "The storm cut power to 1,870 homes."),
    ("Fewer than 50 staff work there now.", "The office now employs 38 staff."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), BOUNDS_OUT_OF_REACH)
def test_a_bound_far_from_every_figure_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in found for found in flagged(draft, source))


@pytest.mark.parametrize(("draft", "source"), BOUNDS_IN_REACH)
def test_a_bound_that_rounds_a_figure_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


# What the shares one sentence lists leave of the whole, where the sentence says there is a rest
REST_OF_SHARES_SUPPORTED = [
    ("In the poll of 2,000 voters, 12% had no view.",
     "The poll of 2,000 voters found 41% in favour and 47% against; the rest had no view."),
    ("Beads made up 7% of the particles found.",
     "Fibres made up 64% of the particles and fragments 29%; the rest were beads."),
    ("Buses carried 15% of the commuters counted.",
     "Of the commuters counted, 52% drove, 21% cycled and 12% walked, with the remainder on buses."),
]  # fmt: skip
REST_OF_SHARES_FLAGGED = [
    ("In the poll of 2,000 voters, 22% had no view.",
     "The poll of 2,000 voters found 41% in favour and 47% against; the rest had no view.", "22%"),
    # two groups' shares are parts of no one whole: 100 - 8.4 - 7.9 is no share of anything
    ("Serious side effects were reported in 84% of patients on the drug.",
     "Serious side effects were reported in 8.4% of patients on the drug and 7.9% of those on placebo.", "84%"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), REST_OF_SHARES_SUPPORTED)
def test_the_rest_of_listed_shares_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), REST_OF_SHARES_FLAGGED)
def test_a_rest_the_listed_shares_do_not_leave_is_reported(draft: str, source: str, figure: str) -> None:
    assert unsupported(draft, source) == [figure]


# A share of one figure in another of its kind, one of them from the sentences the claim is about
SHARE_OF_ANY_WHOLE_SUPPORTED = [
    ("Less than a quarter of the money has been recovered so far.",
     "The manager stole £412,000 over six years. A hearing is set for May; £96,000 has been recovered so far."),
    ("Almost 15% of last year's complaints came in November.",
     "Complaints to the council rose last year to 4,140. Complaints peaked in November, at 610."),
    ("Roughly two-thirds of the quarter's revenue came from collection.",
     "Revenue for the quarter was $272 million. Collection brought in $174 million and recycling $98 million."),
    # a change's end is a level too: the margin of "rose to $131 million" in "rose 11% to $486 million"
    ("The firm's adjusted profit margin was about 27% in the quarter.",
     "Revenue rose 11% to $486 million. Adjusted profit rose to $131 million from $112 million."),
]  # fmt: skip


# A percentage change written with its endpoints states its own figure
WRITTEN_CHANGE_SUPPORTED = [
    ("About five points of the 7% revenue growth came from higher prices.",
     "Revenue was €642 million, up 7% from €600 million. Volumes rose 2%, the rest of the growth coming from prices."),
    ("Membership grew 12% over the year.", "The club ended the year with 1,120 members, up 12% from 1,000."),
]  # fmt: skip
WRITTEN_CHANGE_FLAGGED = [
    ("About five points of the 9% revenue growth came from higher prices.",
     "Revenue was €642 million, up 7% from €600 million. Volumes rose 2%, the rest of the growth coming from prices.",
     "9%"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), WRITTEN_CHANGE_SUPPORTED)
def test_a_change_written_with_its_endpoints_states_its_figure(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), WRITTEN_CHANGE_FLAGGED)
def test_another_change_than_the_written_one_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


SHARE_OF_ANY_WHOLE_FLAGGED = [
    ("More than half of the money has been recovered so far.",
     "The manager stole £412,000 over six years. A hearing is set for May; £96,000 has been recovered so far.",
     "More than half"),
    ("Almost 25% of last year's complaints came in November.",
     "Complaints to the council rose last year to 4,140. Complaints peaked in November, at 610.", "Almost 25%"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), SHARE_OF_ANY_WHOLE_SUPPORTED)
def test_a_share_of_one_covered_figure_in_another_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), SHARE_OF_ANY_WHOLE_FLAGGED)
def test_a_share_no_two_figures_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert unsupported(draft, source) == [figure]


# A change given as a multiplier, said as a percentage, or the other way round; the level before a
# multiplier whose end follows it in its sentence; what is left of a total that opens its own list
SAID_OTHERWISE_SUPPORTED = [
    ("Bicycle thefts in the town fell by 50% in 2025.", "Reported bicycle thefts in the town halved in 2025."),
    ("Sales of the scooter rose 200% in the second quarter.", "Sales of the scooter tripled in the second quarter."),
    ("Ticket sales at the venue doubled last year.", "Ticket sales at the venue rose 100% last year."),
    ("Exports of the grain fell fivefold after the ban.", "Exports of the grain fell 80% after the ban."),
    ("The town had 820 reported bicycle thefts the year before.",
     "Reported bicycle thefts in the town halved in 2025, falling to 410."),
    ("The firm sold 9,000 scooters in the first quarter.",
     "Sales of the firm's scooter tripled in the second quarter, reaching 27,000 units."),
    ("The trust spends £500,000 on administration.",
     "The trust's £2.4 million budget is split three ways: £1.1 million for housing, £800,000 for youth work "
     "and the rest for administration."),
]  # fmt: skip
SAID_OTHERWISE_FLAGGED = [
    ("Bicycle thefts in the town fell by 100% in 2025.", "Reported bicycle thefts in the town halved in 2025.",
     "100%"),
    ("Sales of the scooter rose 300% in the second quarter.", "Sales of the scooter tripled in the second quarter.",
     "300%"),
    ("Exports of the grain fell threefold after the ban.", "Exports of the grain fell 80% after the ban.",
     "threefold"),
    ("The firm sold 13,500 scooters in the first quarter.",
     "Sales of the firm's scooter tripled in the second quarter, reaching 27,000 units.", "13,500"),
    ("The trust spends £700,000 on administration.",
     "The trust's £2.4 million budget is split three ways: £1.1 million for housing, £800,000 for youth work "
     "and the rest for administration.", "£700,000"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), SAID_OTHERWISE_SUPPORTED)
def test_a_change_said_otherwise_or_its_start_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), SAID_OTHERWISE_FLAGGED)
def test_a_change_said_otherwise_wrongly_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# A relative change of two rates: "rose from 4% to 5%" is up a quarter (not up 1%: that is a point)
RELATIVE_CHANGE_OF_RATES = [
    ("The jobless rate in the region went up by a quarter over the year.",
     "Unemployment in the region rose from 4% to 5% over the year.", None),
    ("The region's jobless rate rose 25% over the year.",
     "Unemployment in the region rose from 4% to 5% over the year.", None),
    ("The jobless rate in the region went up by a half over the year.",
     "Unemployment in the region rose from 4% to 5% over the year.", "a half"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), RELATIVE_CHANGE_OF_RATES)
def test_a_relative_change_of_two_rates(draft: str, source: str, figure: str | None) -> None:
    assert unsupported(draft, source) == ([] if figure is None else [figure])


# The rest of a total where the claim negates what the share counts; the whole a part is a share of
SHARE_REST_AND_WHOLE_SUPPORTED = [
    ("In the survey, 900 of the households did not say they had cut their heating.",
     "In the survey, 40% of the 1,500 households said they had cut their heating."),
    ("Twelve of the councillors did not back the new route.",
     "Three-quarters of the 48 councillors backed the new route."),
    ("The maker sold 384,000 kettles last year.",
     "The maker is recalling 48,000 kettles, one in eight of those it sold last year."),
]  # fmt: skip
SHARE_REST_AND_WHOLE_FLAGGED = [
    ("In the survey, 600 of the households did not say they had cut their heating.",
     "In the survey, 40% of the 1,500 households said they had cut their heating.", "600"),
    ("The maker sold 240,000 kettles last year.",
     "The maker is recalling 48,000 kettles, one in eight of those it sold last year.", "240,000"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), SHARE_REST_AND_WHOLE_SUPPORTED)
def test_the_rest_of_a_share_of_a_total_and_the_whole_of_a_part_are_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), SHARE_REST_AND_WHOLE_FLAGGED)
def test_a_rest_or_whole_the_share_does_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# The same amount for another period is another amount; the level before a change within the
# claim's own rounding only; a figure stated only with two digits swapped is a slip; the move
# between two rates of one sentence, restated per another period
RATES_AND_SLIPS_SUPPORTED = [
    ("The rise adds £18 a year to the cost of the plan.",
     "The price of the plan will rise from £18 a month to £19.50 a month."),
    ("The firm employed 4,000 people before the closure.",
     "The firm cut its workforce by 15% to 3,400 after the closure."),
    ("Care workers will be paid £13.50 an hour from April.", "Care workers will be paid £13.50 an hour from April."),
]  # fmt: skip
RATES_AND_SLIPS_FLAGGED = [
    ("Care workers will be paid £13.50 a day from April.", "Care workers will be paid £13.50 an hour from April.",
     "£13.50 a day"),
    ("Savers earn 4% a month on balances over £5,000.", "Savers earn 4% a year on balances over £5,000.",
     "4% a month"),
    ("The firm employed 3,910 people before the closure.",
     "The firm cut its workforce by 15% to 3,400 after the closure.", "3,910"),
    ("The candidate won 11,780 votes at the by-election.",
     "At the by-election, the candidate won 11,870 votes.", "11,780"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), RATES_AND_SLIPS_SUPPORTED)
def test_rates_restated_and_levels_before_a_change_are_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), RATES_AND_SLIPS_FLAGGED)
def test_another_period_a_naive_reversal_or_swapped_digits_are_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# A bound of a share of a total gives a bound, which a figure on the other side of it does not meet
_UNION = "More than 70% of the Orbis union's 600 members voted to strike."
BOUNDED_SHARE_SUPPORTED = [
    ("About 430 of the Orbis union's members voted to strike.", _UNION),
    ("More than 400 of the Orbis union's members voted to strike.", _UNION),
]
BOUNDED_SHARE_FLAGGED = [
    ("Fewer than 400 of the Orbis union's members voted to strike.", _UNION, "Fewer than 400"),
]


@pytest.mark.parametrize(("draft", "source"), BOUNDED_SHARE_SUPPORTED)
def test_a_figure_within_a_bounded_share_of_a_total_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), BOUNDED_SHARE_FLAGGED)
def test_a_figure_beyond_a_bounded_share_of_a_total_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


# A level and its margin over another time in one sentence give that time's level one way only
_MORE = "The Ashby choir has 47 members this year, five more than last year."
_FEWER = "The Ashby choir has 47 members this year, five fewer than last year."
MARGIN_SUPPORTED = [
    ("The Ashby choir had 42 members last year.", _MORE),
    ("The Ashby choir had 52 members last year.", _FEWER),
]
MARGIN_FLAGGED = [
    ("The Ashby choir had 52 members last year.", _MORE, "52"),
    ("The Ashby choir had 42 members last year.", _FEWER, "42"),
]


@pytest.mark.parametrize(("draft", "source"), MARGIN_SUPPORTED)
def test_the_level_a_margin_gives_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), MARGIN_FLAGGED)
def test_the_level_a_margin_gives_the_other_way_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# A comparative before a noun counts things added, not a difference: "20,000 more officers"
ADDED_THINGS = [
    ("More than 20,000 extra police officers have been recruited in three years.",
     "The government recruited 19,870 additional police officers in three years, short of its target of 20,000."),
    ("More than 20,000 more police officers have been recruited in three years.",
     "The government recruited 19,870 additional police officers in three years, short of its target of 20,000."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), ADDED_THINGS)
def test_things_added_are_compared_with_the_count_added(draft: str, source: str) -> None:
    assert any(rule in ("hedge-conflict", "figure-mismatch") for rule, _ in flagged(draft, source))
