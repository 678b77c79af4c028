"""Within one document: two figures of one kind of thing, in two sentences, whose digits read as one
figure typed wrongly (two adjacent digits swapped, one digit changed, the same digits at another
scale, one digit dropped or doubled; three significant digits or more) are one figure, whatever
words the second mention leaves out or changes: a headline's verb for the body's noun ("418 swim"
and "481 swimmers"), "people" and a noun for people ("236 people" and "the 246 sleepers"), a fact
box's label for the text's noun. Rows that must stay silent: two heads that are two things ("412
pupils" and "421 parents"), another time, place or actor, a target or a start, a part of a set
("315 of them", "Just 315 are on show"), a bound or an age band ("Under 14"), a third figure of the
thing that either could be, a table's rows, and digits that meet by chance in short figures (bare
counts and shares of two digits; money and measures of two digits only swapped or scaled)."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

from numcheck import extract
from numcheck.slips import Signature, typing_signature


def _signature(text: str) -> tuple[Signature | None, Signature | None]:
    claims = [claim for claim in extract(text) if claim.kind.is_quantity]
    assert len(claims) == 2, claims
    return typing_signature(claims[0], claims[1]), typing_signature(claims[1], claims[0])


SIGNATURES = [
    ("236 people and 326 people", Signature.SWAPPED),
    ("14,800 parcels and 18,400 parcels", Signature.SWAPPED),
    ("42.6% and 46.2%", Signature.SWAPPED),
    ("1,374 riders and 1,473 riders", None),  # two digits swapped that are not side by side
    ("1,760 applicants and 1,860 applicants", Signature.CHANGED),
    ("236 people and 246 people", Signature.CHANGED),
    ("236 people and 2,360 people", Signature.SCALED),
    ("£412,000 and £4.12 million", Signature.SCALED),
    ("1.15 metres and 11.5 cm", Signature.SCALED),
    ("£186,000 and £86,000", Signature.DROPPED),
    ("1,180 dogs and 1,118 dogs", Signature.DROPPED),
    # a first digit dropped at the same order is another figure: the digits left sit a place apart
    ("£1,240 and £2,400", None),
    ("3,150 visitors and 1,500 visitors", None),
    ("12 projects and 14,200 projects", None),  # orders apart: no digit dropped makes one the other
    # no slip: a last digit, short figures, round figures, two digits changed, another unit
    ("236 people and 239 people", None),
    ("46% and 64%", None),
    ("29 beds and 920 beds", None),
    ("1,500 seats and 1,800 seats", None),
    # money and measures carry their unit and scale, so two digits swapped or scaled are a slip there
    ("£4.2m and £42m", Signature.SCALED),
    ("£37 million and £73 million", Signature.SWAPPED),
    ("£950 and £9,500", Signature.SCALED),
    ("2.6 million litres and 6.2 million litres", Signature.SWAPPED),
    ("2.6 million litres and 2.8 million litres", None),  # a changed digit is too common a likeness
    ("£37m and £47m", None),
    ("37 beds and 73 beds", None),
    ("1,734 bikes and 1,791 bikes", None),
    ("28 metres and 82 feet", None),
    ("236 people and 236 people", None),
    # the same number in another unit of its dimension
    ("18 months, then 18 weeks", Signature.UNIT),
    ("16 ft and 16 metres", Signature.UNIT),
    ("18 minutes, then 18 weeks", None),  # units too far apart to be slipped for each other
]


@pytest.mark.parametrize(("text", "signature"), SIGNATURES)
def test_what_reads_as_one_figure_typed_wrongly(text: str, signature: Signature | None) -> None:
    assert _signature(text) == (signature, signature)


# (document, the figure a finding must point at)
ONE_FIGURE_TYPED_TWICE = [
    # a headline's verb read as its head, against the body's noun for the doer
    ("418 swim across the bay for lifeboat charity\n\nSome 481 swimmers crossed Penmor Bay on Sunday, raising "
     "£12,300 for the lifeboat station.", "418"),
    # a fact box's label against the text
    ("A record 347 cyclists rode the coast route on Saturday.\n\nAt a glance\n- Cyclists: 357\n- Distance: 62 miles",
     "357"),
    # "people" and a noun for people, a factor of ten
    ("The harvest supper fed 584 people in the village hall. Every one of the 5,840 diners left with a jar of "
     "chutney.", "5,840"),
    ("Some 2,130 runners took part in the Moorbridge 10K. The race's 21,300 runners raised money for the hospice.",
     "21,300"),
    # one digit changed, by less than a tenth
    ("The sleep-out drew 236 people. Organisers said the 246 people had raised £58,400.", "246"),
    # one digit dropped, money under the same head
    ("The roof appeal has raised £186,000 from 900 donors. The appeal's £86,000 will pay for new lead and slates.",
     "£86,000"),
    # a fact box's label that leaves the act out points back to the figure
    ("The cat shelter took in 318 cats last year.\n\nIn numbers:\n- taken in during the year: 3,180\n- staff: 12\n"
     "- volunteers: 45", "3,180"),
    # a name after the figure, or in a clause set off by commas, is another thing's: a street, a
    # source, a builder; only a name before the figure, in its own clause, tells two figures apart
    ("Kilnsey library lent 23,180 books last year. Its staff lent 21,380 books from the branch on Mill Road, "
     "the council's report says.", "21,380"),
    ("The lido, rebuilt by Carrick Leisure in 2019, drew 41,730 swimmers last summer. Its 47,130 swimmers paid "
     "£3.20 a session, according to the Sports Council.", "47,130"),
    ("The hospice cared for 1,284 patients last year. Each of the 1,824 patients had a named nurse, said Dr "
     "Amara Osei.", "1,824"),
    # a speaker named before "said" is not the doer of the figure after it
    ("Wexcombe Arts sold 12,860 tickets this year, its board said on Monday. Festival chair Ann Pike said the "
     "volunteers sold 18,260 tickets before March.", "18,260"),
    # "in a year when" is one year, not a rate a year
    ("The fair sold 23,650 tickets in 2026. \"To sell 26,350 tickets in a year when money is tight is a triumph,\" "
     "said its director.", "26,350"),
    # "ticket sales" counts tickets
    ("Ticket sales rose to 27,300 this season from 22,100, the club said. Its best season (23,700 tickets sold, 19 "
     "home games) ended with a cup run.", "23,700"),
    # a sum of money lost is an amount, whether said as a loss or as a verb
    ("Harlow Rugby Club made a loss of £2.46 million last season. The club's £246,000 loss was blamed on a fall in "
     "sponsorship.", "£246,000"),
    ("The ferry company lost £3.17 million in its first year. Its £3.71m loss is the largest of any ferry firm in "
     "the region.", "£3.71m"),
    # phrasings that other checks already caught, kept as rows of this one
    ("The quiz night drew 264 people to the cricket club. Organisers said all 246 of them had stayed for the "
     "raffle.", "246"),
    ("The open-air concert drew 3,720 people on Saturday. \"To see 3,270 people singing along in the rain was "
     "unforgettable,\" the conductor said.", "3,270"),
    ("The nature reserve recorded 1,185 wading birds in January. The count of 1,158 birds was the highest in a "
     "decade.", "1,158"),
    ("Donations to the flood appeal reached £391,000. The appeal's £3.91 million will go to families in the "
     "valley.", "£3.91 million"),
    ("The new footbridge is 236 metres long. At 246 metres, it is the longest in the county.", "246 metres"),
    # a definite later mention keeps the mood of the figure it points back at, whatever its clause expects
    ("Kestrova said on Tuesday that it would shed 386 jobs at its Bristol headquarters. The company expects "
     "most of the 836 jobs to go before the end of March.", "836"),
    ("The trust aims to plant 1,250 trees this winter. It hopes the 1,520 trees will be in the ground by March.",
     "1,520"),
    # a closed compound is a kind of its last part: a bedroom is a room, a lifeboat a boat
    ("The new hall of residence has 532 study bedrooms. All 523 rooms will be let by August.", "523"),
    ("The rescue charity owns 146 lifeboats. Each of its 164 boats is inspected twice a year.", "164"),
    # a swap, a scale or a dropped digit outweighs a period only one side names
    ("The Abbey Road surgery registered 3,460 new patients. Since January it has registered 4,360 new "
     "patients.", "4,360"),
    ("Kessock Bay marina has 418 berths. Since 2021 the marina's 481 berths have been full every summer.", "481"),
    ("Hillside Farm's ewes produced 2,346 lambs this spring. The total of 2,436 lambs was the best since 2015.",
     "2,436"),
    # a length of time with its unit slipped: the number kept, a quote's or a later mention's unit another
    ("The scaffolding will encase the spire for 18 months. Masons will spend those 18 weeks replacing 1,200 "
     "stones.", "18 weeks"),
    ("The trial will last 18 months. \"Eighteen weeks is long enough to see whether shoppers come back,\" said "
     "the cabinet member, Harriet Obi.", "Eighteen weeks"),
    ("The bin strike has lasted 11 weeks, the union said. Residents say the strike has lasted 11 months.",
     "11 months"),
    # money of two digits, swapped or scaled; words for what a sum is ("cost", "budget") or for the
    # one undertaking it prices ("scheme", "rebuild") name no other thing
    ("The harbour wall will be rebuilt at a cost of £37 million. Work on the £73 million scheme starts in May.",
     "£73 million"),
    ("Councillors approved a £48m budget for the new leisure centre. The project, costing £84m, opens in 2028.",
     "£84m"),
    ("A season ticket at the ground will cost £950 from July. Supporters say the £9,500 price is the highest in "
     "the league.", "£9,500"),
    ("The refit of the library will cost £2.6 million. The £26 million refurbishment includes a new roof.",
     "£26 million"),
    ("Engineers poured 46 tonnes of concrete into the footings on Monday. The 64 tonnes took nine hours to "
     "set.", "64 tonnes"),
    # a rate of a calendar period, then the bare amount it names, one digit changed or two swapped
    ("The new parking permits should raise £326,000 a year for the borough. Residents' groups say the £362,000 "
     "will not cover the cost of enforcement.", "£362,000"),
    ("Harbour dues bring in £58,400 a year. The harbour master says the £54,800 pays for two pilots.", "£54,800"),
    ("Radio Tarn is heard by 24,300 people a week, a survey found.\n\nIn numbers:\n- weekly listeners: 23,400\n"
     "- volunteers: 60", "23,400"),
    # a noun for the people an outlet or event gathers, and a noun for what they do
    ("Harbour FM has gained 2,100 listeners since 2023, taking its weekly reach to 27,400. The volunteer station, "
     "in a former chapel, now has a weekly audience of 24,700.", "24,700"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ONE_FIGURE_TYPED_TWICE)
def test_one_figure_typed_twice_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


TWO_FIGURES_THAT_MEET_BY_CHANCE = [
    # two heads that are two things
    "The school has 412 pupils. Some 421 parents came to the summer fair.",
    "The zoo's 48 penguins are fed twice a day. Keepers also look after 84 parrots.",
    "The hospital has 628 beds and 682 nurses.",
    # another time, place, actor or name: what a document names is what tells its figures apart,
    # however alike their digits
    "The Ashby branch sold 1,460 bikes last year. The Barton branch sold 1,640 bikes.",
    "Kestrel Airways carried 2,375 passengers on Monday. Its rival Tern Air carried 2,735 passengers.",
    "Anna Berg collected 1,384 signatures for the petition. Tom Hale collected 1,834 signatures for his.",
    "Leeds United sold 23,400 season tickets. Hull City sold 2,340 season tickets.",
    "The Royal Mail delivered 1,560 parcels in Ashby. DPD delivered 1,650 parcels there.",
    "The Marsh Road depot, opened by Halvex in 2020, stores 1,460 tonnes of salt. The Kiln Lane depot stores "
    "1,640 tonnes.",
    "Grey Abbey, which the Ordnance Trust runs, had 12,450 visitors. Castle Rising had 14,250 visitors.",
    "The ferry company lost £3.17 million in 2025. In 2024 it lost £3.71 million.",
    "The council's budget fell by £1.45 million this year. Its budget now stands at £14.5 million.",
    "The sleep-out drew 236 people this year. Last year 263 took part.",
    "In 2024 the sleep-out drew 263 people. On Friday 236 people slept out.",
    "Some 312 homes were flooded in Ashby. In Barton, 321 homes lost power.",
    "The museum had 18,400 visitors in July. In August it had 14,800 visitors.",
    "Shoplifting reports rose to 1,650 in 2025. There were 1,560 in 2024.",
    "The lifeboat crew answered 1,530 calls in 2024. The crew answered 1,350 calls in 2025.",
    # a changed digit is common by chance: a period one side names still tells the two apart
    "The surgery registered 3,460 new patients. Since January it has registered 3,960 new patients.",
    # a target, a hope or a start beside the figure
    "The charity raised £58,400 at the sleep-out. Its target for next year is £85,400.",
    "The sleep-out drew 236 people. The charity hopes 326 will take part next year.",
    "The choir has 128 singers. It hopes to reach 182 by the spring.",
    "The clinic saw 1,460 patients in March, up from 1,064 in February.",
    "The trust employs 2,650 staff. It plans to employ 2,150 more by 2030.",
    "Stewards counted 236 people into the close at 9pm. Another 263 joined later in the evening.",
    # a part of a set said before, or a share of another whole
    "The museum has 3,150 objects in store. Only 315 of them are on display.",
    "The museum has 3,150 objects in its collection. Just 315 are on show at any time.",
    "The council has 5,120 tenants. Rents for 512 of them will rise in April.",
    "The club has 1,240 members. Of those, 140 are juniors.",
    "The appeal raised £186,000. The lottery gave £86,000 of that.",
    "About 46% of members voted in the ballot. Of those who voted, 64% backed the strike.",
    "A total of 2,360 people signed the petition. The council needed 236 signatures to debate it.",
    # a stock, then a flow that a later act brings ("signed up", "shipped")
    "The library had 1,350 members in January. Since then it has signed up 150 members at the summer fair.",
    "The depot had 2,460 pallets in stock on Monday. By Friday it had shipped 260 pallets to shops.",
    # "people" and a modified noun that ends as a noun for people does: a kind of thing
    "Some 4,120 people live in the village. Engineers will fit 412 water meters this year.",
    # one worked from the other: the gap between them is a third figure of the story
    "The builder billed the couple £18,600 for a roof worth about £3,000. The court ordered him to repay £15,600.",
    "The hall had 1,460 seats before the rebuild. Adding 100 boxes took it to 1,560.",
    # a bound, an age band, a list of the whole's parts
    "Boys: 41.\nGirls: 55.\nUnder 14: 34.\nOver 14: 62.",
    "Year 7 has 236 pupils and Year 8 has 263.",
    # short or round figures, and last digits
    "The league has 16 clubs. Each club plays 61 games over the season.",
    "The farm keeps 150 cows. It sold 15 calves at market on Tuesday.",
    "The council collected 28,200 tonnes of waste. Crews collected 28,500 tonnes.",
    "Some 45% of staff work from home. Around 54% of managers do so.",
    # two-digit money or measures: a changed digit, two things' heads, or a time only one side names
    "The museum's new wing cost £37 million. Its car park and gardens cost another £47 million.",
    "The new pool cost £37 million. The library next door cost £73 million.",
    "Customs officers seized 1.4 tonnes of cannabis at the docks on Friday. It is the largest haul at the port "
    "since 2018, when 4.1 tonnes were found.",
    "The tank holds 2.6 million litres. In a dry summer the reservoir loses 2.8 million litres a day.",
    "The club's 46 junior members pay £64 a year. Adults pay £46.",
    # two sizes of one thing in two units that are no slip
    "The bridge is 236 metres long. Its main span is 2.36 metres deep at the centre.",
    "The lido holds 2,360 cubic metres of water. On a hot day it takes 236 swimmers.",
    # a target and what has been done so far: the later mention brings an act of its own
    "The council plans to build 412 homes by 2030. The 421 homes completed so far are mostly flats.",
    "The charity hopes to raise £2,350 by June. The £2,530 collected so far came from a raffle.",
    "The school hopes to raise £23,500 for a new minibus. The £25,300 raised so far came from a sponsored walk.",
    # a rate and what it comes to over a span, or a rate and a one-off sum
    "A beach hut costs £950 a year to rent. Over ten years a tenant pays £9,500.",
    "The new permits cost £326 a year. The one-off joining fee of £362 is paid in the first month.",
    # one number in two units of time for two acts, or two things
    "The three men were found guilty after a trial lasting 14 weeks. Vokes was jailed for 14 years.",
    "The course lasts 12 weeks. Students must finish it within 12 months of enrolling.",
    "The pool closed for 6 weeks in the spring. The gym has been shut for 6 months for repairs.",
    "The target is for 92% of patients to start treatment within 18 weeks. Ambulances took 36 minutes to reach "
    "stroke patients, against a target of 18 minutes.",
]


@pytest.mark.parametrize("text", TWO_FIGURES_THAT_MEET_BY_CHANCE)
def test_two_figures_that_meet_by_chance_stay_silent(text: str) -> None:
    assert not flags(text, "doc.txt")


def test_a_conversion_beside_its_figure_is_reported_once() -> None:
    """ "5.3 km (5.3 miles)" is a conversion that kept the number: conversion-mismatch says so; the
    same-number unit slip against the earlier "5.3 km (3.3 miles)" would say it a second time."""
    text = "The bridge is 5.3 km (3.3 miles) long.\n\nThe bridge, opened in 1925, is 5.3 km (5.3 miles) long.\n"
    found = flags(text)
    assert len(found) == 1 and "conversion" in found[0], found
