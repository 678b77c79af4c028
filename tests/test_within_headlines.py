"""Within one document, a headline's figure against the lede sentence right under it
(numcheck.headlines): the two tell one fact, so a headline figure that the lede gives otherwise,
in the lede's only figure of its kind, is flagged: a date or length of time of one event (the same
preposition after the same verb), an amount mistyped (digits swapped or changed, another scale).
Rows that must stay silent: the body states the headline's figure, the lede has two figures of its
kind, the two share no word, one is either end of a change, a part or another count of one thing,
or a date of another event."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
HEADLINE_AGAINST_LEDE = [
    # a past time inside the body's sentence dates what the headline reports
    ("Borough collects 96.4% of council tax\n\nHarrowby collected 86.4% of the council tax due last year, the "
     "finance committee heard.", "86.4%"),
    ("Kelby library to lend 9,000 e-books\n\nKelby library will lend 6,000 e-books through its new app, the "
     "council said on Monday.", "9,000"),
    ("Ridley ferry single ticket to cost £4.80\n\nA single ticket on the Ridley ferry will cost £8.40 from May, the "
     "operator said.", "£4.80"),
    ("Marsby pool to reopen on 12 May\n\nMarsby swimming pool will reopen on 21 May after a £2 million "
     "refit, the leisure trust said.", "12 May"),
    ("Orme bypass to open in 2031\n\nThe Orme bypass will open to traffic in 2030, two years late, the county "
     "council confirmed.", "2031"),
    ("Harl Street closed for six weeks\n\nHarl Street will be closed to traffic for ten weeks from Monday while "
     "a sewer is replaced.", "six weeks"),
    ("Dockside market draws 3,500 shoppers\n\nThe first Dockside night market drew 5,300 shoppers on Friday, "
     "its organisers said.", "3,500"),
    # the same digits at another scale, the lede's period left out of the headline
    ("£4.5m for coastal flood defences\n\nThe government will spend £4.5 billion on coastal flood defences over "
     "the next six years, the environment secretary said.", "£4.5m"),
    # the lede's attribute left out of the headline
    ("Hartley sequoia measured at 54.7 metres\n\nThe sequoia in the grounds of Hartley Hall stands 45.7 metres "
     "tall, a laser survey has found.", "54.7 metres"),
    ("Orme ferry to cross at 31 knots\n\nThe new Orme ferry will be capable of 13 knots flat out, its builder "
     "said.", "31 knots"),
    # the lede's rate left out of the headline
    ("Mobile library's new route will call at 46 stops\n\nFrom 7 June the county's mobile library will call at "
     "64 stops every fortnight, the council said.", "46"),
    ("Bus firm to run 46 services\n\nThe firm will run 64 services a day from May, the council said.", "46"),
    # a caption or a standfirst: a first paragraph of one sentence over the story
    ("The aqueduct's cast-iron trough, built in 1811, will be drained for the 14-week repair.\n\nThe work will "
     "take 16 weeks and cost £3.1 million, the trust said.", "16 weeks"),
    ("Volunteers load the 1,840 parcels handed out by the food bank this winter.\n\nThe Harl food bank handed out "
     "1,480 parcels this winter, up from 1,120 a year ago.", "1,840"),
    # where one change ends, in the headline and in the lede
    ("Council tax collection rises to 96.4%\n\nHarrowfield council collected 94.6% of the council tax due in "
     "2025-26, up from 95.1% a year earlier, its annual report shows.", "96.4%"),
    ("Fares to rise to £3.40\n\nSingle fares will rise from £2.80 to £3.20 in May, the operator said.", "£3.40"),
    ("Library loans climb to 58,000\n\nThe library lent 52,000 books last year, up from 47,000, the council "
     "said.", "58,000"),
    ("Harbour to welcome 310 cruise ships\n\nThe harbour will welcome 130 cruise ships a year after its "
     "upgrade, its owners said.", "310"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), HEADLINE_AGAINST_LEDE)
def test_a_headline_figure_the_lede_gives_otherwise_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


HEADLINE_AND_LEDE_AGREE_OR_DIFFER = [
    # the body states the headline's figure, or rounds it
    "Kelby library to lend 9,000 e-books\n\nKelby library will lend about 9,000 e-books a year through its new "
    "app, the council said.",
    "Ridley ferry fares up to £5\n\nA single ticket on the Ridley ferry will cost £4.90 from May.",
    # the lede's figure comes before the headline's, later in the body
    "Dockside market draws 3,500 shoppers\n\nThe first Dockside night market drew crowds on Friday. Some 3,500 "
    "shoppers came, its organisers said.",
    # two figures of its kind in the lede: a part, or their difference
    "Council puts £2.1m into Harl station\n\nThe £5.6 million rebuild of Harl station was funded mostly by "
    "Network Rail, which paid £3.5 million.",
    "Orme school gets 120 new places\n\nOrme school will grow from 480 pupils to 600 from September.",
    # either end of a change
    "Harl Street speed limit cut to 20mph\n\nThe limit on Harl Street, now 30mph, will drop on 1 July.",
    "Bus fares rise from £2\n\nA single bus fare in Kelby will go up to £2.40 in April.",
    # no word shared around the figures
    "Storm leaves 3 dead\n\nHeavy rain forced 2,000 people from their homes in Kelby on Sunday.",
    # a target against an outcome
    "Kelby aims for 5,000 new trees\n\nVolunteers planted 3,200 trees in Kelby last winter.",
    # a period the headline names and the lede does not
    "Kelby to spend £3m on roads over five years\n\nKelby council will spend £4.1 million on its roads this "
    "year, the highways chief said.",
    # a part or another act against the whole: another thing counted, another verb
    "Kelby council approves £12m savings\n\nKelby council approved a £214 million budget on Tuesday, with "
    "savings across every department.",
    "Marsby factory to cut 150 jobs\n\nThe Marsby biscuit factory, which employs 900 people, will close its "
    "night shift in June.",
    # a headline's amount that is a part, a subset or another count of the lede's thing
    "Orme school gets 120 more pupils\n\nOrme school will have 600 pupils from September, the council said.",
    "Half of Kelby's 40 parks to get new play areas\n\nKelby council will spend £2 million on 20 parks.",
    "Kelby airport: 9 flights cancelled\n\nFog closed Kelby airport for 4 hours on Monday, affecting 30 flights.",
    "Kelby zoo's oldest penguin turns 30\n\nKelby zoo's 48 penguins moved into a new enclosure on Tuesday.",
    # a headline's date or length of time of another event than the lede's
    "Kelby festival returns on 12 June\n\nThe Kelby festival, first held on 3 June, has grown every year since.",
    "Harl bridge reopens on 20 March\n\nHarl bridge, closed on 2 January for repairs, will carry traffic again.",
    "Kelby pool closed for 2 weeks\n\nKelby pool has been open for 40 years without a major refit.",
    "Orme tunnel to open in 2030\n\nWork on the Orme tunnel began in 2024 and has already cost £90 million.",
    "Kelby strike to last 3 days\n\nBus drivers in Kelby voted for a strike in a ballot that ran for 2 weeks.",
    "Orme Road closed until 30 May\n\nOrme Road closed on 2 May for gas works.",
    # an age or a schedule, not how long
    "Kelby sign striker on two-year deal\n\nKelby have signed the 24-year-old striker from Orme for an "
    "undisclosed fee.",
    "Four-day week trial for 60 firms\n\nSixty firms will test shorter hours in a six-month trial.",
    # the body states it in other words, or several lede figures could be it
    "Village fete raises £5,000\n\nThe Kelby fete raised £3,000 for the church roof and £2,000 for the school.",
    "Harbour wall repairs to cost £4m\n\nRepairs to the harbour wall will cost £3.6 million, with the council "
    "paying £400,000.",
    "Stadium to hold 30,000 fans\n\nThe new stadium will hold 28,500 fans when it opens in 2027.",
    "Marathon expects 12,000 runners\n\nMore than 11,000 runners have signed up for Sunday's marathon.",
    # another kind of figure
    "Marsby pool to reopen in May\n\nMarsby swimming pool will reopen on 21 May after a £2 million refit.",
    # an attribute the headline names and the lede does not
    "Hartley sequoia 45.7 metres round\n\nThe sequoia in the grounds of Hartley Hall stands 54.7 metres tall.",
    # the lede's rate left out, the figure the same, or another count beside it
    "Bus firm to run 64 services\n\nThe firm will run 64 services a day from May, the council said.",
    # a first paragraph of more than one sentence is no caption; a caption's other figure
    "The food bank handed out 1,840 parcels. Volunteers packed them all.\n\nThe Harl food bank's 480 volunteers "
    "work in shifts.",
    "Volunteers load the 1,840 parcels handed out this winter.\n\nThe Harl food bank handed out 1,840 parcels this "
    "winter, up from 1,120.",
    "The minister declined to comment. Troop numbers rose from 47,000 in 1924 to 82,000 in 1925.\n\nCompleted "
    "homes fell to 140,000 in 1925.",
    # where one change ends, said alike, or a rate of another kind, or an end against a level
    "Fares to rise to £3.40\n\nSingle fares will rise from £2.80 to £3.40 in May, the operator said.",
    "Mooring fees to rise from £38 to £44 a metre\n\nA 10-metre boat will pay £440 a year from April, up from £380, "
    "the harbour said.",
    "Speed limit cut to 20mph\n\nThe limit on Mill Road is now 30mph, the council said.",
    "Bus firm to run 46 services\n\nThe firm will run 64 services a day from May and 46 on Sundays, the council said.",
    # a body figure dated before what the headline reports: the level a change started from, or last year's
    "Ashcombe waiting list falls to 1,850\n\nThe list stood at 2,300 in January, and the clinic has seen 40 new "
    "patients a week since.",
    "Orchard show grows to 86 stalls\n\nLast year's show had 70 stalls. This year's opens on 28 November.",
    "Harlow rowers win 14 medals at regatta\n\nThe crews also set 3 course records. Last year Harlow won 11 medals.",
    "Trust's surplus climbs to £4.2m\n\nIt had a surplus of £2.4m a year earlier, the accounts show.",
    "Ferry fares rise to £18 return\n\nA return cost £15 in 2024, the operator said.",
]


@pytest.mark.parametrize("text", HEADLINE_AND_LEDE_AGREE_OR_DIFFER)
def test_a_headline_figure_the_lede_does_not_contradict_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
