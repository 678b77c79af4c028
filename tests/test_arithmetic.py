"""The arithmetic an editor does, as tables of sentences that must flag and must not (issue 12):
each figure spends its own slack once, multiplier words are honest, bounds of one sense are
compared, percentage changes are compared in every unit, shares add up within one whole,
conversions are read behind every separator, durations that describe a noun are compared, and
changes are read whatever the order of their figures."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents
from numcheck.rules import RuleSet

RULES = builtin_rules()


def _findings(rule_id: str, draft: str, source: str | None = None, **params: object) -> list[str]:
    rule = RULES.get(rule_id)
    assert rule is not None
    if params:
        from dataclasses import replace

        rule = replace(rule, params={**rule.params, **params})
    report = check_documents(
        [document_from_string(draft, "draft.txt")],
        [document_from_string(source, "source.txt")] if source is not None else [],
        RuleSet((rule,)),
    )
    return [f.message for f in report.findings if f.rule == rule_id]


def _rows(flag: Sequence[tuple[str, ...] | str], agree: Sequence[tuple[str, ...] | str]) -> list[object]:
    def params(rows: Sequence[tuple[str, ...] | str], flagged: bool, label: str) -> list[object]:
        return [
            pytest.param(*(row if isinstance(row, tuple) else (row,)), flagged, id=f"{label}-{i}")
            for i, row in enumerate(rows)
        ]

    return params(flag, True, "flags") + params(agree, False, "agrees")


def _pair(rule_id: str, draft: str, source: str, flagged: bool, params: Mapping[str, object] | None = None) -> None:
    messages = _findings(rule_id, draft, source, **(params or {}))
    assert bool(messages) is flagged, messages


def _one(rule_id: str, text: str, flagged: bool) -> None:
    messages = _findings(rule_id, text)
    assert bool(messages) is flagged, messages


# 1. Each figure is widened by its own slack, once. -------------------------------------------

TOLERANCE_FLAGS = [
    ("The arena seats 80,000 spectators.", "The arena seats 86,000 spectators."),
    ("The school has 300 pupils.", "The school has 370 pupils."),
    ("The petition gathered 3,412 signatures.", "The petition gathered 3,541 signatures."),
    ("A ticket for the ferry costs $3.41.", "A ticket for the ferry costs $3.44."),
    ("The group reported revenue of $7.214bn.", "The group reported revenue of $7.268bn."),
    ("Inflation stood at 4% in May.", "Inflation stood at 4.6% in May."),
    ("The firm employs 1,250 staff.", "The firm employs 1,320 staff."),
    ("The viaduct is 420 metres long.", "The viaduct is 455 metres long."),
    ("Membership of the guild has tripled.", "Membership of the guild has quadrupled."),
    ("The appeal raised £2.5 million.", "The appeal raised £2.7 million."),
]
TOLERANCE_AGREES = [
    ("The arena seats about 80,000 spectators.", "The arena seats 85,000 spectators."),
    ("The arena seats 80,000 spectators.", "The arena seats 80,412 spectators."),
    ("The arena seats 80,000 spectators.", "The arena seats 82,000 spectators."),
    ("The petition gathered 3,412 signatures.", "The petition gathered 3,412 signatures."),
    ("A ticket for the ferry costs $3.41.", "A ticket for the ferry costs $3.41."),
    ("The group reported revenue of $7.2bn.", "The group reported revenue of $7.214bn."),
    ("Inflation stood at 4.6% in May.", "Inflation stood at roughly 4.5% in May."),
    ("The appeal raised £2.5 million.", "The appeal raised £2,498,000."),
    ("The viaduct is 420 metres long.", "The viaduct is 1,378 feet long."),
    ("Membership of the guild has tripled.", "Membership of the guild has risen threefold."),
]


@pytest.mark.parametrize(("draft", "source", "flagged"), _rows(TOLERANCE_FLAGS, TOLERANCE_AGREES))
def test_each_figure_spends_its_own_slack(draft: str, source: str, flagged: bool) -> None:
    _pair("figure-mismatch", draft, source, flagged)


def test_a_wider_round_share_lets_a_round_figure_stand_for_more() -> None:
    draft, source = "The arena seats 80,000 spectators.", "The arena seats 85,500 spectators."
    assert _findings("figure-mismatch", draft, source)
    assert not _findings("figure-mismatch", draft, source, round_share=0.1)


# 2. Multiplier words hold within their own slack. ---------------------------------------------

MULTIPLIER_FLAGS = [
    "Ticket sales doubled from 4,000 to 9,200 over the summer.",
    "The herd grew fivefold from 120 to 710 animals.",
    "Visitor numbers halved from 8,000 to 4,600.",
    "Output tripled from 250 to 860 tonnes.",
    "Membership doubled from 1,000 to 1,880.",
    "Membership doubled from 1,000 to 2,120.",
    "The fleet halved from 600 to 330 ships.",
    "Subscriptions rose tenfold from 2,000 to 24,000.",
    "The choir halved from 1,000 to 530 voices.",  # just past x0.525
    "The choir halved from 1,000 to 470 voices.",  # just short of x0.475
    "Output rose 4 times from 200 to 1,000 units.",
    "Crop yields rose 2.5 times from 400 to 1,100 kg.",  # decimals: held to x2.45..x2.55
]
MULTIPLIER_AGREES = [
    "Membership doubled from 1,000 to 1,900.",
    "Membership doubled from 1,000 to 2,100.",
    "Ticket sales doubled from 4,000 to 8,100 over the summer.",
    "The herd grew fivefold from 120 to 610 animals.",
    "Visitor numbers halved from 8,000 to 4,150.",
    "Output tripled from 250 to 760 tonnes.",
    "Subscriptions rose tenfold from 2,000 to 20,500.",
    "The fleet halved from 600 to 290 ships.",
    "The choir halved from 1,000 to 525 voices.",  # the edges hold
    "The choir halved from 1,000 to 475 voices.",
    "Output rose 4 times from 200 to 820 units.",
    "Crop yields rose 2.5 times from 400 to 1,010 kg.",
]


@pytest.mark.parametrize(("text", "flagged"), _rows(MULTIPLIER_FLAGS, MULTIPLIER_AGREES))
def test_multiplier_words_are_honest(text: str, flagged: bool) -> None:
    _one("change-arithmetic", text, flagged)


def test_the_multiplier_slack_is_a_parameter() -> None:
    text = "Ticket sales doubled from 4,000 to 9,200 over the summer."
    assert _findings("change-arithmetic", text)
    assert not _findings("change-arithmetic", text, multiplier_tolerance=0.2)


# 3. Two bounds of one sense are compared as figures. ------------------------------------------

BOUND_FLAGS = [
    ("The drone reaches speeds of up to 60 mph.", "The drone reaches speeds of up to 60 km/h."),
    ("The battery lasts up to 12 hours.", "The battery lasts up to 20 hours."),
    ("More than 300 homes were flooded.", "More than 500 homes were flooded."),
    ("The penalty is up to £5,000.", "The penalty is up to £8,000."),
    ("At least 40 passengers were hurt.", "At least 70 passengers were hurt."),
    ("The tank holds up to 50 litres.", "The tank holds up to 50 gallons."),
    ("Over 1,200 runners took part.", "Over 2,000 runners took part."),
    ("Fewer than 90 delegates attended.", "Fewer than 40 delegates attended."),
    ("The lorry carries up to 18 tonnes.", "The lorry carries up to 26 tonnes."),
]
BOUND_AGREES = [
    ("The drone reaches speeds of up to 60 mph.", "The drone reaches speeds of up to 97 km/h."),
    ("The battery lasts up to 12 hours.", "The battery lasts 10 hours."),
    ("More than 300 homes were flooded.", "At least 300 homes were flooded."),
    ("More than 300 homes were flooded.", "340 homes were flooded."),
    ("At least 40 passengers were hurt.", "At least 41 passengers were hurt."),
    ("Fewer than 90 delegates attended.", "Under 90 delegates attended."),
    ("The tank holds up to 50 litres.", "The tank holds up to 13 gallons."),
    ("Over 1,200 runners took part.", "More than 1,200 runners took part."),
    ("The lorry carries up to 18 tonnes.", "The lorry carries 12 tonnes."),
    ("The detour adds up to 6 miles.", "The detour adds up to 9.7 km."),
]


@pytest.mark.parametrize(("draft", "source", "flagged"), _rows(BOUND_FLAGS, BOUND_AGREES))
def test_bounds_of_one_sense_are_compared_as_figures(draft: str, source: str, flagged: bool) -> None:
    _pair("figure-mismatch", draft, source, flagged)


@pytest.mark.parametrize(("draft", "source"), BOUND_AGREES)
def test_bounds_that_agree_as_figures_are_no_hedge_conflict(draft: str, source: str) -> None:
    _pair("hedge-conflict", draft, source, False)


# 4. Percentage changes are compared, in every unit a change is written in. -------------------

CHANGE_FLAGS = [
    ("Profits at the bakery chain rose 12% last year.", "Profits at the bakery chain rose 24% last year."),
    ("Rents in the city climbed by a quarter in 2022.", "Rents in the city climbed 50% in 2022."),
    ("Exports fell 8% in the first quarter.", "Exports rose 8% in the first quarter."),
    ("The unemployment rate fell 0.4 points in March.", "The unemployment rate fell 1.4 points in March."),
    ("Passenger numbers doubled over the decade.", "Passenger numbers rose 40% over the decade."),
    ("Fees went up by a third this year.", "Fees went up 15% this year."),
    ("Turnover grew 7.5% in 2023.", "Turnover grew 5.7% in 2023."),
    ("Subscriber numbers tripled last year.", "Subscriber numbers rose 50% last year."),
    ("Food prices rose 19% over the year.", "Food prices rose 9% over the year."),
]
CHANGE_AGREES = [
    ("Profits at the bakery chain rose 12% last year.", "Profits at the bakery chain rose 12% last year."),
    ("Profits at the bakery chain rose 12% last year.", "Profits at the bakery chain rose 24% in 2019."),
    ("Passenger numbers doubled over the decade.", "Passenger numbers rose 100% over the decade."),
    ("Fees went up by a third this year.", "Fees went up 33% this year."),
    ("Rents in the city climbed by a quarter in 2022.", "Rents in the city climbed 25% in 2022."),
    ("Exports fell 8% in the first quarter.", "Exports dropped 8.2% in the first quarter."),
    ("The unemployment rate fell 0.4 points in March.", "The unemployment rate fell 0.4 points in March."),
    ("Turnover grew 7.5% in 2022.", "Turnover grew 5.7% in 2023."),
    ("Food prices rose about 19% over the year.", "Food prices rose 18.4% over the year."),
]


@pytest.mark.parametrize(("draft", "source", "flagged"), _rows(CHANGE_FLAGS, CHANGE_AGREES))
def test_percentage_changes_are_compared(draft: str, source: str, flagged: bool) -> None:
    _pair("figure-mismatch", draft, source, flagged)


# 8. Change structure: endpoints after the figure, after a nominal, in a heading, and "half the". ----

STRUCTURE_FLAGS = [
    "A weekly ticket now costs £52, up 30% from £45.",
    "The average rent is now $1,900, up 5% from $1,500.",
    "Wait times now stand at 18 weeks, down 40% from 21 weeks.",
    "There was a tripling of applications to the engineering course, from 400 to 2,000.",
    "There was a halving of arrests across the northern district, from 800 to 620.",
    "From 40 to 10: the hospital's waiting list fell by half",
    "Turnout was 700, half the 2,000 of the last election.",
    "Revenue hit $9m, triple the $4m of 2021.",
    "The club has 2,600 members, double the 900 it had in 2015.",
    "A 15% rise in fares took the single ticket from £2.00 to £2.60.",
    "The board raised prices by 10% from £40 to £48.",
    "The operator cut fares 25% from £8 to £7.",
    "Coffee sales jumped 10% to a record £4.4bn last year, up from £3.6bn.",
    "Ridership fell from 9,000 in 2019 to the current 7,800, a drop of 40%.",
    "The town's population has tripled since 1980 to 42,000, from 20,000.",
    # the verb's direction against the endpoints' (a swap of two figures often does this)
    "Gold output fell to 44,000 ounces from 38,000.",
    "Membership rose from 1,200 to 950 over the year.",
    "Only 66% of patients were seen within four hours, down from 61% in October.",
    "The adjusted margin widened to 9.1% from 10.4%.",
    "Attendance dropped to 31,500 from 28,000 last season.",
    "Average fares climbed to £3.10 from £3.40.",
    "The jobless rate eased to 5.2% from 4.9%.",
    "Staff numbers grew from 640 to 610.",
]
STRUCTURE_AGREES = [
    "A weekly ticket now costs £52, up 15% from £45.",
    "Wait times now stand at 18 weeks, down 14% from 21 weeks.",
    "There was a tripling of applications to the engineering course, from 400 to 1,200.",
    "There was a halving of arrests across the northern district, from 800 to 400.",
    "From 40 to 20: the hospital's waiting list fell by half",
    "Turnout was 1,000, half the 2,000 of the last election.",
    "Revenue hit $12m, triple the $4m of 2021.",
    "A 20% rise in fares took the single ticket from £2.00 to £2.40.",
    "The board raised prices by 20% from £40 to £48.",
    "The operator cut fares 12.5% from £8 to £7.",
    "Coffee sales jumped 22% to a record £4.4bn last year, up from £3.6bn.",
    "Ridership fell from 9,000 in 2019 to the current 7,800, a drop of 13%.",
    "The town's population has doubled since 1980 to 42,000, from 21,000.",
    "Gold output fell to 38,000 ounces from 44,000.",
    "Membership rose from 950 to 1,200 over the year.",
    "Only 61% of patients were seen within four hours, down from 66% in October.",
    "The adjusted margin widened to 10.4% from 9.1%.",
    "Attendance dropped to 28,000 from 31,500 last season.",
    "Average fares climbed to £3.40 from £3.10.",
    "The jobless rate eased to 4.9% from 5.2%.",
    "Staff numbers grew from 610 to 640.",
    "The margin fell to 10.5% from 11.8%, a drop of 1.3 points.",
    # a list item's endpoint stays in its item
    "Fines rose 10% from £200 • to £400 for repeat offences",
    "Key figures: 1) parking fines up 10% from £60 2) 90 new wardens",
    "Fees: entry up 5% from £20 | £35 for families",
]


@pytest.mark.parametrize(("text", "flagged"), _rows(STRUCTURE_FLAGS, STRUCTURE_AGREES))
def test_change_structure_is_read(text: str, flagged: bool) -> None:
    _one("change-arithmetic", text, flagged)


ACROSS_FLAGS = [
    ("The herd has doubled since 2010.", "The herd grew from 300 in 2010 to 900."),
    (
        "Membership of the union has halved since 2001.",
        "Membership of the union fell from 80,000 to 61,000 after 2001.",
    ),
    (
        "Wheat exports climbed 30% to a record 12 million tonnes.",
        "Wheat exports rose to 12 million tonnes, up from 8 million tonnes.",
    ),
]
ACROSS_AGREES = [
    ("The herd has tripled since 2010.", "The herd grew from 300 in 2010 to 900."),
    (
        "Membership of the union has halved since 2001.",
        "Membership of the union fell from 80,000 to 40,500 after 2001.",
    ),
    (
        "Wheat exports climbed 50% to a record 12 million tonnes.",
        "Wheat exports rose to 12 million tonnes, up from 8 million tonnes.",
    ),
    ("The herd has doubled since 2010.", "In Wales, the herd grew from 300 to 900."),
]


@pytest.mark.parametrize(("draft", "source", "flagged"), _rows(ACROSS_FLAGS, ACROSS_AGREES))
def test_a_stated_change_meets_the_endpoints_of_the_same_change(draft: str, source: str, flagged: bool) -> None:
    _pair("change-arithmetic", draft, source, flagged)


DIRECTIONS = [
    ("Regulators approved a 15% rise in water bills.", "up"),
    ("The landlord raised rents by 6%.", "up"),
    ("The ferry company cut fares 15%.", "down"),
    ("Staff will get a 4.5% pay rise.", "up"),
    ("The agency slashed its forecast 30%.", "down"),
    ("Ministers announced a 10% cut in grants.", "down"),
    ("The council hiked parking charges by 12%.", "up"),
    ("There was a 3% drop in visitors.", "down"),
]
NO_DIRECTIONS = [
    "Online shopping made up 26.5% of sales.",
    "Rent takes up 40% of a typical income.",
    "The appeal raised £2.5 million.",
    "Labour won 41% of the vote.",
    "About 30% of the rise came from energy.",
    "The firm holds a 15% stake in the airline.",
    "Vaccines were 90% effective.",
    "The crane lifted 40 tonnes.",
]


@pytest.mark.parametrize(("sentence", "direction"), DIRECTIONS)
def test_a_change_reads_its_direction_from_the_words_around_it(sentence: str, direction: str) -> None:
    import numcheck

    [change] = [c for c in numcheck.extract(sentence) if c.kind.value == "change"]
    assert change.direction is not None and change.direction.value == direction


@pytest.mark.parametrize("sentence", NO_DIRECTIONS)
def test_a_share_or_an_amount_is_not_a_change(sentence: str) -> None:
    import numcheck

    assert [c.text for c in numcheck.extract(sentence) if c.direction is not None] == []


# 6. Conversions behind every separator newsrooms use, rounded as copy rounds. -------------------

CONVERSION_FLAGS = [
    "The trail runs 30 miles, or 65 km, through the hills.",
    "The trail runs 30 miles – 65 km – through the hills.",
    "The trail runs 30 miles — about 65 km — through the hills.",
    "The lake is 12 miles or about 30 km across.",
    "The tower stands 300 feet [150 metres] tall.",
    "Winds reached 70 mph - 150 km/h - overnight.",
    "The route climbs 4,000 feet (or 2,000 metres).",
    "Temperatures hit 35C (105F) on Sunday.",
    "The ship is 900 feet (400 metres) long.",
    "The road is 100 miles (200 km) long.",
    "The reservoir holds 5 million gallons (40 million litres).",
    "The storm cell spans 8 miles (range: 40 km).",
    # a range converted end by end, and "or" with an amount a slip away
    "Pool lengths from 15 to 150 metres (about 16 to 264 yards) are supported.",
    "The bug added distance to runs longer than 20 km, or 2,000 metres.",
    # a conversion's own hedge: an approximation more than a rounding step off, a bound it breaks
    "The airship flew 1,860 km (about 1,300 miles) to the north.",
    "The tower is 330 metres (about 1,200 feet) tall.",
    "The glider flew 400 km (more than 300 miles) in a day.",
    "The hull is 120 metres (under 300 feet) long.",
    # an apposition after the measure's noun or clause
    "Glenrossie, which had 38cm of snow, more than two feet, was cut off.",
    "The path drops 150 metres along the way, a fall of 150 feet that takes a minute.",
    "The trench holds 40cm of water, about 4 inches.",
]
CONVERSION_AGREES = [
    "The trail runs 30 miles, or 48 km, through the hills.",
    "The trail runs 30 miles – 48 km – through the hills.",
    "The trail runs 30 miles — about 48 km — through the hills.",
    "The lake is 12 miles or about 19 km across.",
    "The tower stands 300 feet [91 metres] tall.",
    "Winds reached 70 mph - 113 km/h - overnight.",
    "The route climbs 4,000 feet (or 1,220 metres).",
    "The trail runs 30 miles (50 km) through the hills.",
    "The ship is 900 feet (270 metres) long.",
    "The road is 40 miles (60 km) long.",
    "Speeds are capped at 60 mph (100 km/h).",
    "The route runs 250 miles (400 km) along the coast.",
    "The storm cell spans 8 miles (range: 13 km).",
    # a range converted end by end, where one end may be read alone; "or" with another amount
    "Pool lengths from 15 to 150 metres (about 16 to 164 yards) are supported.",
    "Divers worked at depths of 20 to 40 metres (66 to 131 feet).",
    "The bug added about 1% to runs longer than 20 km, or some 420 metres on a marathon.",
    # within the tolerance, or within the conversion's own hedge
    "The airship flew 1,860 km (1,150 miles) to the north.",
    "The airship flew 1,860 km (about 1,150 miles) to the north.",
    "The tower is 330 metres (about 1,100 feet) tall.",
    "The glider flew 400 km (more than 240 miles) in a day.",
    "The hull is 120 metres (under 400 feet) long.",
    "The bell weighs 450 kg (almost 1,000 lb).",
    "Glenrossie, which had 38cm of snow, about 15 inches, was cut off.",
    "The path drops 150 metres along the way, a fall of nearly 500 feet.",
]


@pytest.mark.parametrize(("text", "flagged"), _rows(CONVERSION_FLAGS, CONVERSION_AGREES))
def test_conversions_are_read_behind_every_separator(text: str, flagged: bool) -> None:
    _one("conversion-mismatch", text, flagged)


def test_a_measure_with_a_noun_of_its_own_after_a_comma_is_no_conversion() -> None:
    _one("conversion-mismatch", "Glenrossie had 38cm of snow, 12 inches of hail and a hard frost.", False)


@pytest.mark.parametrize("text", CONVERSION_AGREES)
def test_a_conversion_behind_any_separator_is_not_unit_mixing(text: str) -> None:
    _one("unit-mixing", text + " The second trail is 12 km long.", False)


def test_a_conversion_off_by_more_than_the_rounded_share_is_wrong() -> None:
    text = "The trail runs 30 miles (50 km) through the hills."
    assert not _findings("conversion-mismatch", text)
    assert _findings("conversion-mismatch", text, rounded_share=0.02)


# 7. A duration written as a modifier is the figure of the noun it describes. --------------------

DURATION_FLAGS = [
    ("The laptop comes with a 24-month warranty.", "The laptop comes with a 12-month warranty."),
    ("Shoppers get a 30-day return window.", "Shoppers get a 14-day return window."),
    ("Each patient has a 50-minute consultation.", "Each patient has a 20-minute consultation."),
    ("The striker signed a four-year contract.", "The striker signed a two-year contract."),
    ("Tenants must serve a three-month notice.", "Tenants must serve a two-month notice."),
    ("The course ends with a 90-minute exam.", "The course ends with a 120-minute exam."),
    ("Visitors face a 10-day quarantine.", "Visitors face a 5-day quarantine."),
    ("The gym offers a 7-day free trial.", "The gym offers a 21-day free trial."),
    ("The laptop comes with a 24-month warranty.", "The laptop comes with a warranty of six months."),
]
DURATION_AGREES = [
    ("The laptop comes with a 24-month warranty.", "The laptop comes with a two-year warranty."),
    ("Shoppers get a 30-day return window.", "Shoppers get a 30-day return window."),
    ("The laptop comes with a 24-month warranty.", "The laptop comes with a warranty of 24 months."),
    ("The striker signed a four-year contract.", "The striker signed a four-year deal."),
    ("Silva signed a four-year contract with the club.", "Moreno signed a two-year contract with the club."),
    ("The course ends with a 90-minute exam.", "The course ends with a 1.5-hour exam."),
    ("Visitors faced a 10-day quarantine in 2020.", "Visitors faced a 5-day quarantine in 2022."),
    ("A 12-year-old boy was hurt.", "A 9-year-old boy was hurt."),
    ("Patients waited more than 18 months for surgery.", "Patients waited 20 months for surgery."),
    ("Five-year fixed deals now average 5.2%.", "The average two-year fixed deal cost 6.1%."),
    ("The firm signed a three-year lease on a 20-room office.", "The firm signed a three-year lease."),
]


@pytest.mark.parametrize(("draft", "source", "flagged"), _rows(DURATION_FLAGS, DURATION_AGREES))
def test_durations_that_describe_the_same_noun_are_compared(draft: str, source: str, flagged: bool) -> None:
    _pair("figure-mismatch", draft, source, flagged)


# 5. Shares of one whole: decided from the sentence or list, split on places, groups and times. ---

SHARE_FLAGS = [
    "In a poll for the council, 58% supported the levy, 37% rejected it and 9% had no view.",
    "Asked about the new road, 61% approved, 30% objected and 14% were unsure.",
    "Of those surveyed, 52% walk to school, 31% take the bus and 24% are driven.",
    "Among the staff we asked, 40% said yes and 45% said no. A further 22% had not decided.",
    "Staff were asked how they travel to work:\\n\\n- 48% drive\\n- 33% take the train\\n- 27% cycle",
    "The budget splits as follows:\\n\\n* 50% on salaries\\n* 35% on buildings\\n* 25% on equipment",
    "In the poll, some 62% backed the mayor, 39% backed her rival and 8% backed neither.",
    "Voters gave Labour 44%, the Conservatives 38% and the Greens 21% of the vote.",
    "Asked about the merger, 47% said yes, 38% said no and 5% were unsure.",
    "In the referendum, 55% voted to\nleave, 41% voted to remain and 7% spoiled their ballots.",
    "In the poll, 45% backed the plan, 40% opposed it and 20% did not know.",
    "Of the 2,000 people asked, 51% said the tax was too high, 38% about right and 17% too low.",
]
SHARE_AGREES = [
    "In a poll for the council, 58% supported the levy, 33% rejected it and 9% had no view.",
    "Uptake of the vaccine was 72% in Sheffield, 69% in Bradford and 75% in Wakefield.",
    "Support reached 64% among men, 71% among women and 68% among students.",
    "Turnout was 62% in 2015, 68% in 2017 and 67% in 2019.",
    "Inflation stood at 4.1%, unemployment at 5.2% and the savings rate at 96%.",
    "Among the staff we asked, 40% said yes and 45% said no. A further 15% had not decided.",
    "Staff were asked how they travel to work:\\n\\n- 48% drive\\n- 33% take the train\\n- 19% cycle",
    "Pass rates:\\n\\n- Leeds 72%\\n- York 69%\\n- Hull 75%",
    "In the poll, about 58% backed the mayor, 37% backed her rival and 8% backed neither.",
    "Labour took 44% of the vote, and turnout was 67%. Another 61% of members backed the leader.",
    "Of those surveyed, 52% walk to school, 31% take the bus and 17% are driven.",
    "In the referendum, 52% voted to leave and 48% voted to remain.\n\nTurnout was 72%, against 66% in 2015.",
    # rates, each of its own whole
    "The tax rate is 20%, 40% and 45% for basic, higher and additional earners.",
    "The vaccine was 95% effective against infection, 90% against hospitalisation and 85% against death.",
    "The three tranches carry interest of 4%, 5% and 6%.",
    "Pupils scored 85%, 90% and 95% in the three papers.",
    "The hotel's occupancy was 81%, 77% and 92% across its three sites.",
    "Tesco has 27% of the market, Sainsbury's 15% and Asda 14%.",
    "Apple's share was 30% in 2020, 35% in 2021 and 40% in 2022.",
    "The fund holds stakes of 20%, 30% and 60% in three mining firms.",
]


@pytest.mark.parametrize(("text", "flagged"), _rows(SHARE_FLAGS, SHARE_AGREES))
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_shares_are_summed_within_one_whole(text: str, flagged: bool, suffix: str) -> None:
    report = check_documents([document_from_string(text, "draft" + suffix)], [], RuleSet((RULES.get("percent-total"),)))
    assert bool(report.findings) is flagged, [f.message for f in report.findings]


def test_two_sentences_that_do_not_continue_one_breakdown_are_not_summed() -> None:
    text = "In the poll, 48% backed the plan and 40% opposed it. Separately, 30% of firms said they would hire."
    assert not _findings("percent-total", text)


# The slack a figure's writing grants (numcheck/slack.py), and the typed records of the kinds. ---

SLACKS = [
    ("The arena seats 60,000 fans.", "60,000", 3000.0),  # round: capped at 5% of its value
    ("The school has 490 pupils.", "490", 5.0),  # round, but its step is smaller than the cap
    ("The petition had 2,468 names.", "2,468", 0.5),  # stated to the unit
    ("A loaf costs $2.17.", "$2.17", 0.005),  # to the cent
    ("Inflation was 11.6%.", "11.6%", 0.05),
    ("The fine was £90m.", "£90m", 4_500_000.0),  # "90" million is round too
    ("The arena seats about 60,000 fans.", "about 60,000", 600.0),  # the hedge gives the rest
    ("Sales have doubled.", "doubled", 0.1),  # a multiplier word: 5%
    ("Sales rose 2.4 times.", "2.4 times", 0.05),  # a multiplier with decimals: its last digit
]


@pytest.mark.parametrize(("sentence", "text", "slack"), SLACKS)
def test_the_slack_a_figure_is_granted_follows_how_it_is_written(sentence: str, text: str, slack: float) -> None:
    import numcheck
    from numcheck.slack import figure_slack

    [claim] = [c for c in numcheck.extract(sentence) if c.text == text]
    assert figure_slack(claim) == pytest.approx(slack)


def test_every_kind_record_matches_its_declared_parameters() -> None:
    from dataclasses import fields

    from numcheck.kinds import KINDS, ChangeParams, ConversionParams, FigureParams, ShareParams, UnitMixingParams

    records = {
        "figure-mismatch": FigureParams,
        "hedge-conflict": FigureParams,
        "change-arithmetic": ChangeParams,
        "conversion-mismatch": ConversionParams,
        "percent-total": ShareParams,
        "unit-mixing": UnitMixingParams,
    }
    for name, record in records.items():
        spec = KINDS[name].spec
        assert {f.name for f in fields(record)} == set(spec.param_names), name
        defaults = {f.name: f.default for f in fields(record)}
        assert all(defaults[p.name] == p.default for p in spec.params), name
