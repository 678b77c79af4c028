"""Subjects: what a figure counts when the noun is not beside it, and one name for each thing."""

from __future__ import annotations

import pytest
from claim_table import find

import numcheck
from numcheck.errors import ConfigError
from numcheck.model import Role
from numcheck.vocabulary import BUILTIN_VOCABULARY, parse_vocabulary

SUBJECTS = [
    # a time noun after the figure says when, never what: the clause's or the earlier figure's subject
    (
        "Cinema admissions rose to 128 million last year, up from 117 million the year before.",
        "117 million",
        "cinema admission",
    ),
    ("Rail journeys climbed to 1.6 billion, compared with 990 million a year earlier.", "990 million", "rail journey"),
    ("The town's population reached 84,000 at the 2011 census.", "84,000", "population"),
    ("Hotel bookings were 3,200 in the third quarter.", "3,200", "hotel booking"),
    # no noun beside the figure: the subject noun phrase of its clause
    (
        "The council's housing waiting list has grown for the fourth year running, to 12,400.",
        "12,400",
        "housing waiting list",
    ),
    (
        "Household debt in Canada has risen again this spring, reaching C$2.9 trillion.",
        "C$2.9 trillion",
        "household debt",
    ),
    ("The fine was later reduced on appeal to £40,000.", "£40,000", "fine"),
    # ... but not through a relative clause, whose figure is a part of the whole
    ("The scheme will cost £6m, of which £2m will come from the county.", "£2m", None),
    # a conversion in brackets stands between a figure and its noun
    ("The navy placed a $900 million (£710 million) order for six patrol ships.", "$900 million", "order"),
    ("The navy placed a $900 million (£710 million) order for six patrol ships.", "£710 million", "order"),
    # the owner is not part of the subject; the head of "X from Y" is X
    ("The mine's output has tripled since 2019.", "tripled", "output"),
    ("Coal shipments from Australia's eastern ports doubled in March.", "doubled", "coal shipment"),
    (
        "Australia's coal shipments through its eastern ports rose almost twofold in March.",
        "almost twofold",
        "coal shipment",
    ),
    # after "of" a name is a place, not the subject; another noun narrows the head before "of" or
    # "for", as it would written before it ("electric scooter sales"), unless that head is a word for a
    # figure ("the number of", "the total of"), when it is what is counted
    ("The population of the Lower Tarn district reached 310,000 in 2020.", "310,000", "population"),
    ("Sales of electric scooters doubled in 2022.", "doubled", "electric scooter sales"),
    ("Electric scooter sales doubled in 2022.", "doubled", "electric scooter sales"),
    (
        "The waiting list for routine hospital treatment fell to 7.54 million.",
        "7.54 million",
        "routine hospital treatment waiting list",
    ),
    ("Exports of farmed salmon rose to £1.2bn last year.", "£1.2bn", "farmed salmon export"),
    ("Demand for flu vaccines rose to 2 million.", "2 million", "flu vaccine demand"),
    ("Applications for visitor visas fell to 3,400 in May.", "3,400", "visitor visa application"),
    ("The number of patients waiting more than a year fell to 9,586.", "9,586", "patient"),
    ("The total of unpaid fines reached £4m.", "£4m", "unpaid fine"),
    # ... or a portion or container of it (vocabulary.yaml portion_words)
    ("A barrel of crude oil rose to $82.", "$82", "crude oil"),
    ("A pint of milk now costs 65p.", "65p", "milk"),
    ("A box of eggs rose to £3.20.", "£3.20", "egg"),
    # money after "for" in a clause where something changes hands is its price
    ("Leeds have signed the Ghana winger Kofi Mensah from Ajax for £18m.", "£18m", "price"),
    ("The club sold its training ground to a developer for €12 million.", "€12 million", "price"),
    ("The striker joined for a fee of £25m.", "£25m", "price"),
    # synonyms (rules/vocabulary.yaml subject_synonyms) give one name to one thing
    ("Ministers signed a £400m contract for new trains.", "£400m", "deal"),
    ("The agreement is worth $75 million.", "$75 million", "deal"),
    ("The regulator imposed a £3m penalty on the bank.", "£3m", "fine"),
    ("Pharmacists will receive a 4% pay award.", "4%", "pay rise"),
    ("The factory employs 900 staff.", "900", "workforce"),
    ("The defence ministry signed an arms contract worth $2bn.", "$2bn", "arms deal"),
    # "fined a record £X" is a fine
    ("The airline was fined a record £14m for the delays.", "£14m", "fine"),
    # "a record" between the verb and the figure does not hide the subject
    ("Car exports rose to a record £9.4bn in 2023.", "£9.4bn", "car export"),
    # a possessor after "of the" owns the counted noun and is not it
    ("Inspectors say 9% of the county's bridges need repair.", "9%", "bridge"),
    ("About 30% of the trust's nurses work nights.", "About 30%", "nurse"),
    ("Nearly 40% of the club's members voted to merge.", "Nearly 40%", "member"),
    ("Only 12% of the regulator's fines were ever paid.", "12%", "fine"),
    ("A quarter of the council's tenants are in arrears.", "A quarter", "tenant"),
    ("Some 55% of their customers' complaints were upheld.", "Some 55%", "complaint"),
    # the whole named at the head of the clause is what the figure counts
    ("Of the lorries tested, 41% failed the brake test.", "41%", "lorry"),
    ("Of the 40 schools inspected, 12 failed.", "12", "school"),
    ("Among the 300 nurses surveyed, 120 said they would leave.", "120", "nurse"),
    ("Of the 4.6 million women invited, 62.4% attended.", "62.4%", "woman"),
    ("Out of all applicants, 30% were women.", "30%", "applicant"),
    # an adjective of how often before the noun says when the count is taken, not what it counts
    ("Its latest survey found 16,800 weekly listeners.", "16,800", "listener"),
    ("The depot handles 4,200 daily deliveries.", "4,200", "delivery"),
    # a verb right after the figure names no subject: the clause's noun does
    ("Crews poured 46 tonnes of concrete. The 64 tonnes took nine hours to set.", "64 tonnes", None),
    ("In the poll, 64% agreed with the plan.", "64%", None),
    ("Parents were asked, and 64% agreed with the plan.", "64%", None),
    # ... unless the word is a noun: "£100 million of funding for schools", "40 registered voters"
    ("The government announced £100 million of funding for schools.", "£100 million", "funding"),
    ("The ward has 4,000 registered voters.", "4,000", "registered voter"),
    # a verb that states a level through "at" names the clause's noun: "peaked at", "closed at"
    ("The river peaked at 5.6 metres on Friday night.", "5.6 metres", "river"),
    ("Shares in the group closed at 212p on Friday.", "212p", "share"),
    ("The index finished at 7,388 points.", "7,388 points", "index"),
    ("Diesel prices have plateaued at £1.52 a litre.", "£1.52 a litre", "diesel price"),
    (
        "Tuition fees were capped at £9,250 a year.",
        "capped at £9,250 a year",
        "tuition price",
    ),  # fee: one subject with price
    # a share of a whole written with its figure: "two-thirds of the 650 MPs" counts MPs
    ("More than half of the 2,300 staff have signed the letter.", "More than half", "workforce"),
    ("Two-thirds of the 650 MPs backed the bill.", "Two-thirds", "mp"),
    ("A quarter of the 1,200 jobs will go.", "A quarter", "job"),
    ("About 40% of the 3,000 homes were flooded.", "About 40%", "home"),
    ("Only 38 of the 650 MPs voted against.", "650", "mp"),
    ("Around 70% of GPs said they were short of staff.", "Around 70%", "gp"),
    # "a record" before a figure says how high, not what: the clause's noun does
    ("Exports hit a record £1.1 billion last year.", "£1.1 billion", "export"),
    ("Passenger numbers reached a record 4.6 million in July.", "4.6 million", "passenger"),
    ("The hospital treated a record 412 patients on Monday.", "412", "patient"),
    # a phrasal change verb is no subject: "will go up", "shot up", "crept up"
    ("Rail fares will go up by 4.9% from March.", "4.9%", "rail fare"),
    ("Membership shot up to 12,000 after the launch.", "12,000", "membership"),
    ("Inflation crept up to 3.1% in October.", "3.1%", "inflation"),
    # who pays or is paid sits between the verb and the sum; the sum is the fine, charge or award
    ("Magistrates fined a builder £4,500 on Monday.", "£4,500", "fine"),
    ("The regulator fined Thames Water £90 million.", "£90 million", "fine"),
    ("The garage charged each customer £85 for the check.", "£85", "charge"),
    ("A tribunal awarded the two nurses £38,000.", "£38,000", "award"),
    # a change verb and its object, then "to": what the verb moved
    ("The bench reduced the penalty to £4,500.", "£4,500", "fine"),
    ("The council cut the parks budget to £2m.", "£2m", "parks budget"),
    ("Ministers increased the speed limit to 80 mph on the bypass.", "80 mph", "speed limit"),
    # a measure after "of" is the noun's own: "The long route of 162 km climbed 2,400 metres"
    ("The long route of 162 km climbed 2,400 metres over four hills.", "2,400 metres", "route"),
    ("The old pier of 412 metres weighs 3,000 tonnes.", "3,000 tonnes", "pier"),
    # a comparative before the noun is a modifier, not the counted noun
    ("Kestwood plans to sell 5 older homes by December.", "5", "older home"),
    ("The trust runs 12 smaller hospitals.", "12", "smaller hospital"),
    # a possessive in -s' owns the noun, as one in -'s does
    ("Greaves' like-for-like sales rose 8.6% in the half.", "8.6%", "like-for-like sales"),
    ("The Hendersons' dairy herd grew to 340 cows.", "340", "cow"),
    # a plural noun before "this season" or "last year" is no verb with an object
    ("Mbeki scored 23 league goals this season.", "23", "league goal"),
    ("The firm sold 300 electric cars last year.", "300", "electric car"),
    # periods counted are what the figure counts; one period is when ("at the 2021 census")
    ("The population rose by 2,850 between the two censuses.", "two", "census"),
    ("Profit rose in three of the four quarters.", "three", "four quarter"),
    ("The town grew by 2,850 people at the 2021 census.", "2,850", "people"),
    # a part of a whole whose figure stands between them, after "its" or a possessor
    ("The retailer has closed 17 of its 212 stores.", "17", "store"),
    ("The council sold 40 of their 300 flats last year.", "40", "flat"),
    ("Leeds has 1,200 of the region's 9,000 hospital beds.", "1,200", "hospital bed"),
    # a participle and its agent after the head noun: the thing, not who did it
    ("Books lent by the library have doubled since 2021.", "doubled", "book"),
    ("Parcels delivered by the charity have tripled.", "tripled", "parcel"),
    ("Boats built by the yard's apprentices have risen to 14.", "14", "boat"),
    # a noun, a noun in -ing and a plural noun: one compound, whose head is the last
    ("Harnleigh employs 46 school crossing patrol officers.", "46", "school crossing patrol officer"),
    ("The site has 120 car parking spaces.", "120", "car parking space"),
    ("The yard trains 20 boat building apprentices.", "20", "boat building apprentice"),
    ("The 40 nurses working nights were paid more.", "40", "nurse"),
    ("It has 20 boats carrying tourists.", "20", "boat"),
    # a time word after the figure is no subject
    ("The club had 420 members in 2019 and has 510 today.", "510", "member"),
    # an adverb of direction after a measure says where to, not what: the clause's noun
    ("The park will move 140 of its caravans up to 400 metres inland.", "up to 400 metres", "caravan"),
    ("The rig was towed 30 km offshore.", "30 km", "rig"),
    ("The salmon swam 12 miles upstream to spawn.", "12 miles", "salmon"),
    # a length the subject runs, stretches or extends to
    ("The cave's passages run to 14.6 km.", "14.6 km", "passage"),
    ("The system, whose passages run to 6.1 miles, was first entered in 1958.", "6.1 miles", "passage"),
    ("The walls stretch for 3 miles around the old town.", "3 miles", "wall"),
    ("The queue extended to 400 metres by noon.", "400 metres", "queue"),
    ("The new runway will stretch to 3.2 km.", "3.2 km", "runway"),
    # an adjective after the noun ends its phrase
    ("The council collected 96.4% of the council tax due in 2025-26.", "96.4%", "council tax"),
    ("Tenants paid 91% of the rent owed last year.", "91%", "rent"),
]


@pytest.mark.parametrize(
    ("sentence", "text", "subject"), SUBJECTS, ids=[f"{row[1]}: {row[0][:40]}" for row in SUBJECTS]
)
def test_subject(sentence: str, text: str, subject: str | None) -> None:
    assert find(sentence, text).subject == subject


ENTITIES = [
    ("Grain shipments from Ukraine's Black Sea ports doubled in May.", "doubled", ("Ukraine", "Black Sea")),
    ("Britain's Prime Minister said 40 people were rescued.", "40", ("Britain", "Prime Minister")),
]


@pytest.mark.parametrize(("sentence", "text", "names"), ENTITIES)
def test_a_possessive_splits_two_names(sentence: str, text: str, names: tuple[str, ...]) -> None:
    entities = find(sentence, text).entities
    assert all(name in entities for name in names), entities
    assert not any("'s " in entity or "’s " in entity for entity in entities), entities


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Some 4,100 nurses quit in 2023, compared with 3,650 the year before.", "3,650"),
        ("Exports reached 52,000 tonnes, against 47,000 tonnes in the previous year.", "47,000 tonnes"),
        ("Some 62.4% went for a test, compared with 69.1% ten years ago.", "69.1%"),
        ("The club has 640 members, against 410 a decade ago.", "410"),
        ("Turnout was 58%, compared with 64% last year.", "64%"),
        ("Sales reached £4.1m, versus £3.6m the previous quarter.", "£3.6m"),
        ("Fares rose to £5.20 against £4.80 two years earlier.", "£4.80"),
    ],
)
def test_a_figure_for_the_time_before_is_an_earlier_value(sentence: str, text: str) -> None:
    assert find(sentence, text).role is Role.FROM


def test_a_change_with_its_own_start_keeps_it() -> None:
    """An earlier value after "from" with a time is the start of the change it ends, not a lone earlier value."""
    change, _, start = numcheck.extract("The average price rose 5% to £285,000 from £268,000 a year ago.")
    assert change.from_value == 268_000 and start.role is Role.FROM


def test_a_year_before_a_singular_noun_ending_in_s_is_a_date() -> None:
    claims = numcheck.extract("The city had 95,000 residents at the 2001 census.")
    assert [c.kind.value for c in claims if c.text == "2001"] == ["date"]


def test_user_synonyms_extend_the_vocabulary_without_code() -> None:
    text = BUILTIN_VOCABULARY.read_text(encoding="utf-8") + "\n"
    vocabulary = parse_vocabulary(text.replace("  fine: [penalty]", "  fine: [penalty, sanction]"), "v.yaml")
    assert vocabulary.subject_synonyms["sanction"] == "fine"
    assert vocabulary.subject_synonyms["contract"] == "deal"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  deal: contract", "expected a list of subjects"),
        ("  deal: []", "expected a list of subjects"),
        ("  deal: [contract, 3]", "expected a list of subjects"),
        ("  deal: [contract]\n  agreement: [deal]", "is itself a canonical subject"),
        ("  deal: [contract]\n  order: [contract]", "already a synonym of 'deal'"),
    ],
)
def test_bad_synonyms_are_errors_with_a_line(entry: str, message: str) -> None:
    text = "subject_synonyms:\n" + entry + "\n"
    with pytest.raises(ConfigError) as error:
        parse_vocabulary(text, "v.yaml")
    assert message in str(error.value)
    assert error.value.line is not None and error.value.line >= 2
