"""Within one document, a definite phrase that refers back ("The 27,000 spectators were kept dry
...") is read as the phrase itself: what its predicate adds (where they were kept, when the staff
were told), and its verb and times ("will be charged overnight", "will end by 2029"), say what
happened next and do not tell it apart from the figure it restates, while a name, place or time
inside the phrase ("The 120 volunteers from Leeds will ..."), or a phrase or clause after its noun
that says which of them ("The 12 benches by the lake", "The 40 staff who work nights"), names a
part and does (numcheck.linking `subject_end`, `qualifier_unsaid`, numcheck.restatements)."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
RESTATED_WITH_A_PREDICATE = [
    ("The Harl valley parade drew a crowd of 22,000. The 27,000 spectators were kept dry by a marquee at Ridley "
     "Park on Saturday.", "27,000"),
    ("Brisco Foods employs 1,240 people at its bakery. The 1,420 staff were told of the sale at a meeting in "
     "Leeds on Monday.", "1,420"),
    ("The appeal raised £18,500 for the hospice. The £15,800 was handed over at the Mill Road hall on Friday.",
     "£15,800"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), RESTATED_WITH_A_PREDICATE)
def test_a_definite_restatement_is_not_told_apart_by_its_predicate(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


A_PART_NAMED_IN_THE_PHRASE = [
    "The charity has 300 volunteers. The 120 volunteers from Leeds will run the stalls on Saturday.",
    "The festival sold 8,000 tickets. The 2,000 tickets for Sunday were sold out in an hour.",
    "Kelby council runs 64 buses. The 40 buses at the Leeds depot are the oldest.",
    "Kelby council runs 64 buses. The 40 buses in Leeds will be replaced in March.",
    "The trust owns 1,240 acres. The 420 acres at Ridley Farm were sold to the council on Monday.",
    "Brisco employs 1,240 people. The 140 staff at its Leeds depot were told on Monday that they would move.",
    "The zoo has 48 penguins. The 12 chicks were born at the zoo in June.",
    "The club has 640 members. The 90 members in its Kelby branch have voted to leave.",
]


@pytest.mark.parametrize("text", A_PART_NAMED_IN_THE_PHRASE)
def test_a_definite_phrase_that_names_a_part_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# The predicate's own verb and times are what happens next too: charging, garaging, a deadline
# for delivery are not what counted the order, and the earlier figure need not say them
RESTATED_WITH_AN_ACT_OR_TIME_IN_ITS_PREDICATE = [
    ("The trust has ordered 52 ambulances from Veltra. The 25 ambulances will be garaged at the Park Lane "
     "station.", "25"),
    ("The city bought 83 trams last year. Delivery of the 38 trams will begin in spring and end by the end of "
     "2029.", "38"),
    ("Harbour Council has agreed to buy 140 street lamps. The 410 lamps will be fitted along the promenade by "
     "the end of June.", "410"),
    ("The academy took on 36 apprentices in September. The 63 apprentices were sent to sites across the county.",
     "63"),
    ("The charity has recruited 260 volunteers. The 620 volunteers will be trained in first aid next month.",
     "620"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), RESTATED_WITH_AN_ACT_OR_TIME_IN_ITS_PREDICATE)
def test_the_act_and_time_of_a_definite_restatements_predicate_do_not_tell_it_apart(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


# A phrase or clause after the noun, before the predicate, says which of them the figure counts;
# the predicate's times and acts read as what happens next must not make these restatements
WHICH_OF_THEM_OR_ANOTHER_SET = [
    "The park has 90 benches. The 12 benches by the lake will be replaced next year.",
    "The firm employs 300 staff. The 40 staff who work nights will get a rise.",
    "The hospital has 800 beds. The 60 beds on the children's ward will close for a month.",
    "The zoo keeps 45 penguins. The 12 penguins in the new enclosure were moved there in April.",
    "The fleet has 220 buses. The 40 buses with diesel engines will be scrapped by 2028.",
    "The county runs 74 libraries. The 14 libraries that close in March will become community hubs.",
    "The council bought 300 trees. The 40 trees planted in May have died.",
    "The firm sold 500 cars last year. The 700 cars it will build next year will be electric.",
    "The trust bought 52 ambulances in 2020. The 60 ambulances now in service will be replaced by 2030.",
    "The school has 400 pupils and 30 teachers. The 30 teachers will be given laptops.",
]


@pytest.mark.parametrize("text", WHICH_OF_THEM_OR_ANOTHER_SET)
def test_a_definite_phrase_that_says_which_of_them_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# A past tense right after a definite phrase's noun, with its object after it and no verb after
# that, is what they did, not a participle that narrows the noun
RESTATED_WITH_A_PAST_TENSE_PREDICATE = [
    ("Castlebeck Chess Congress 2026:\n- entrants: 1,460\n- rounds: 7\n\nEach of the 1,360 entrants played seven "
     "rounds over three days.\n", "1,360"),
    ("The orchestra has 90 players. The 60 players recorded three albums in the spring.", "60"),
    ("The Harl rowing club has 240 members. The 420 members elected a new chair on Sunday.", "420"),
]  # fmt: skip

NARROWED_BY_A_PARTICIPLE = [
    "The charity has 300 volunteers. The 120 volunteers trained in first aid staffed the tents.",
    "The orchestra has 90 players. The 60 players hired for the tour recorded three albums.",
    "The council bought 300 trees. The 40 trees planted in May have died.",
    "The club has 640 members. The 90 members elected last year will stand down.",
]


@pytest.mark.parametrize(("text", "figure"), RESTATED_WITH_A_PAST_TENSE_PREDICATE)
def test_a_past_tense_predicate_does_not_narrow_a_definite_restatement(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


@pytest.mark.parametrize("text", NARROWED_BY_A_PARTICIPLE)
def test_a_participle_that_narrows_a_definite_phrase_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# "The wait, put at 16 weeks", "The budget, estimated at £68 million": a definite noun set off by a
# comma and a verb of reckoning names the figure, as "The rate, 42.6%," does
RESTATED_AS_RECKONED = [
    ("A median wait of 18 weeks was recorded at the Orme eye clinic in the year to June. The wait, put at 16 "
     "weeks in the board's summary, is the longest in the county.", "16 weeks"),
    ("Spending of £86 million was agreed at Harl town hall in March. The spending, estimated at £68 million in "
     "the auditors' letter, is the lowest in the region.", "£68 million"),
    ("A crowd of 35,000 was recorded at Ridley Park on Saturday. The crowd, put at 53,000 in the club's "
     "statement, was a record.", "53,000"),
]  # fmt: skip

RECKONED_BUT_ANOTHER_THING = [
    "The median wait is 18 weeks. The target, set at 12 weeks, was missed.",
    "The median wait is 18 weeks. The target, set at 16 weeks, was missed.",
    "The Orme clinic's median wait is 18 weeks. The wait at Harl, put at 16 weeks, is shorter.",
    "The club's debt is £4.2 million. The debt, put at £4.2 million in the accounts, must be repaid by 2030.",
]


@pytest.mark.parametrize(("text", "figure"), RESTATED_AS_RECKONED)
def test_a_definite_noun_reckoned_at_a_figure_restates_it(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


@pytest.mark.parametrize("text", RECKONED_BUT_ANOTHER_THING)
def test_a_reckoning_of_another_thing_or_the_same_figure_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# "All 46 are to be built in Sunderland", "All 54 of these buses": every one of a set said before,
# which takes that set's context; where they are built or based is what happens next
EVERY_ONE_OF_A_SET_SAID_BEFORE = [
    ("64 electric buses will replace Corlan's diesel fleet by the end of 2028. All 46 are to be built by Halvern "
     "Motors in Sunderland.", "46"),
    ("The rescue team brought 41 climbers down from the ridge. All 17 are now being treated in Fort William.", "17"),
    ("The trust ordered 52 ambulances last year. All 30 will be based in Leeds.", "30"),
    # "of these": not a part where "All" comes before it
    ("Corlan's order for 64 electric buses is its largest. \"All 54 of these buses will be on the road by 2028,\" "
     "said its director.", "54"),
    ("The council ordered 120 bins in May. All 210 of the new bins will be emptied weekly.", "210"),
]  # fmt: skip

EVERY_ONE_OF_ANOTHER_SET = [
    "The school has 400 pupils and 30 teachers. All 30 will get laptops next term.",
    "The zoo has 12 seals and 48 penguins. All 12 were born in captivity.",
    "The factory employs 2,650 people. All 310 of its new recruits started on Monday.",
    "Kelby has 74 libraries. All 14 of the libraries in the north will close in March.",
    "The club has 640 members. Of its 90 juniors, all 90 will play in the summer league.",
    "The council ordered 120 bins in May. 40 of these bins will go to the market.",
]


@pytest.mark.parametrize(("text", "figure"), EVERY_ONE_OF_A_SET_SAID_BEFORE)
def test_every_one_of_a_set_said_before_restates_it(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


@pytest.mark.parametrize("text", EVERY_ONE_OF_ANOTHER_SET)
def test_every_one_of_another_set_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
