"""Within one document: an event's date or length said twice, the second time in other words. The
verb has an object or a purpose between it and its date ("will launch its autumn list on 3
September", "closes for refurbishment on", "opens to the public on"); the event is named by its noun
right before its date ("until the closure on 19 June"); a day is named as the first or last day of
the event ("the first day of the sale, Saturday 11 April"), or as its opening night; a length
follows the event's date in a second verb of its clause ("opens on 2 March and runs for six weeks").
Rows that must stay silent: a start and an end, an opening and a closing, a plan and what happened,
two matches, another year's length, a day set before or after the event, a sub-period."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
SAID_AGAIN_IN_OTHER_WORDS = [
    ("Kestrel Books will launch its autumn list on 3 September. Authors are due to read at the launch on "
     "10 September in the shop's basement.", "10 September"),
    ("The council will open the new skate park on 2 August. Riders queued for the opening on 9 August.",
     "9 August"),
    ("The Millbrook library closes for refurbishment on Friday 12 June 2026. Readers can return books until "
     "the closure on 19 June.", "19 June"),
    ("Cobble Street car park shuts for resurfacing on 3 March. Permit holders may park free until the "
     "closure on 10 March.", "10 March"),
    ("The museum's new gallery opens to the public on 14 October. At the opening on 21 October the mayor "
     "will cut a ribbon.", "21 October"),
    ("Our spring sale starts on Saturday 4 April. Doors open at 9am on the first day of the sale, Saturday "
     "11 April.", "Saturday 11 April"),
    ("The exhibition closes on 28 February. Visitors on the last day of the exhibition, 21 February, "
     "will get a free catalogue.", "21 February"),
    ("The book fair opens on Thursday 5 March. Its director will host the opening night, Thursday 12 "
     "March, in the main hall.", "12 March"),
    ("The consultation opens on 2 March 2026 and runs for six weeks. Members noted that the eight-week "
     "consultation would end before the Easter recess.", "eight-week"),
    ("The strike by refuse collectors will begin on 1 December and last for ten days. Residents should "
     "expect no collections during the two-week strike.", "two-week"),
    ("The festival starts on 8 May and lasts for five days. Tickets for the three-day festival are on sale "
     "now.", "three-day"),
    # a manner after the verb
    ("NOTICE: The Chapel Street post office will close permanently on Saturday 30 May 2026. Services will move "
     "to the Co-op after the post office closes on 6 June.", "6 June"),
    ("The Lister wing will reopen officially on 2 May. Staff will move back in before the wing reopens on "
     "12 May.", "12 May"),
    # the owner's own first or last day, and "it" in a clause about a person
    ("The pharmacy will close on 26 February. Its last day will be 25 February, the notice says.", "25 February"),
    ("Hollin's bakery will close on 3 April. The bakery's last day of trading is 10 April.", "10 April"),
    ("The village shop shuts on Saturday 14 March. The shop's final day, Saturday 21 March, will be a party.",
     "Saturday 21 March"),
    ("The sale starts on 3 May. The sale's first day is 4 May.", "4 May"),
    ("The pharmacy will close on 26 February. The owner will retire when it shuts on 25 February.",
     "25 February"),
    ("The pharmacy, which closes on 26 February, has served the village for 64 years. Mr Mistry, who will retire "
     "when it shuts on 25 February, is selling the building.", "25 February"),
    ("The lido reopens on 30 May. Its manager says the queue will start at dawn when it reopens on 6 June.",
     "6 June"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), SAID_AGAIN_IN_OTHER_WORDS)
def test_an_event_said_again_in_other_words_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


DIFFERENT_DATES_THAT_ARE_RIGHT = [
    "The Harbour Lane pool closes on 1 May and reopens on Monday 8 June after a refit.",
    "The museum was due to open its new gallery on 7 October, but the gallery opened on 14 October after "
    "a delay.",
    "The first match of the series is on 3 May. The second match is on 10 May at the same ground.",
    "The consultation opens on 2 March 2026 and runs for six weeks. A drop-in session on 9 March will "
    "explain the plans.",
    "Previews begin on 2 April. The play opens on 9 April and runs until 30 May.",
    "The pool reopened on 8 June 2025 after a refit. It will close again on 1 September 2026 for a second "
    "phase of work.",
    "The bridge closed for 45 days in 2024 and for 30 days in 2025.",
    "The ferry will be withdrawn for 21 days of repairs, and then run a reduced timetable for two weeks "
    "while crews are trained.",
    "The library closes for refurbishment on Friday 12 June 2026. The work will take 12 weeks, and the "
    "library reopens on 4 September.",
    "The strike will begin on 1 December and last for ten days. Unions have called a second strike from "
    "20 December.",
    "The sale starts on Saturday 4 April. Doors open at 9am on 4 April, and the sale closes on 12 April.",
    "Work on the footbridge starts on 4 May 2026 and will take eight weeks. The path beside it closes on "
    "11 May for two weeks.",
    # the first and the last day are two days of one event
    "Our spring sale starts on Saturday 4 April. The last day of the sale, Saturday 11 April, has the "
    "deepest cuts.",
    "The exhibition opens on 3 January. Visitors on the last day of the exhibition, 28 February, will get "
    "a free catalogue.",
    # a day set by the event, not its own
    "The library closes for refurbishment on 12 June. Readers can return books until the week before the "
    "closure, 5 June.",
    "The skate park opens on 2 August. Riders queued the day after the opening, on 3 August.",
    # a length of another part of the event
    "The festival starts on 8 May and lasts for five days. The three-day craft fair inside it is free.",
    "The consultation opens on 2 March and runs for six weeks. The first two weeks of the consultation "
    "are for residents only.",
    # the same date and length said again
    "The Millbrook library closes for refurbishment on 12 June. Readers can return books until the closure "
    "on 12 June.",
    "The strike will begin on 1 December and last for ten days. Bins will not be emptied during the "
    "ten-day strike.",
    "The post office will close temporarily on 30 May. The sorting office closes permanently on 6 June.",
    # another thing's first or last day, and the owner's last day that is the closing day
    "The museum opens on 3 May. The cafe's first day is 4 May.",
    "The pharmacy will close on 26 February. The pharmacy's last day is 26 February.",
    "The pharmacy will close on 26 February. Its owner's last day at work will be 12 February.",
    "The pharmacy, which closes on 26 February, has served the village for 64 years. Mr Mistry, who will retire "
    "when it shuts on 26 February, is selling the building.",
    "The pharmacy will close on 26 February. The owner, who retires on 12 February, will hand over to a locum.",
]  # fmt: skip


# (document, the length its start and end dates do not give)
A_SPELL_LIFTED_OR_EXPIRING = [
    ("The recruitment freeze, which began on 1 April, will last six months. It will be lifted on 1 December, "
     "the finance director said.", "six months"),
    ("The hosepipe ban was imposed on 12 July and will last four weeks. It will be lifted on 30 September.",
     "four weeks"),
    ("The parking permit scheme started on 3 January and will run for 12 months. The permits expire on 3 March "
     "next year.", "12 months"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_SPELL_LIFTED_OR_EXPIRING)
def test_a_spell_ended_by_lifting_or_expiry_is_measured(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


A_SPELL_THAT_FITS = [
    "The recruitment freeze, which began on 1 April, will last six months. It will be lifted on 1 October.",
    "The hosepipe ban was imposed on 12 July and will last ten weeks. It will be lifted on 20 September.",
    "The hosepipe ban began on 12 July. It will be lifted on 30 September, after the last six weeks of rain.",
]


@pytest.mark.parametrize("text", A_SPELL_THAT_FITS)
def test_a_spell_that_fits_its_dates_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


@pytest.mark.parametrize("text", DIFFERENT_DATES_THAT_ARE_RIGHT)
def test_different_dates_that_are_right_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, the figure a finding must point at)
AN_OCCASION_DATED_TWICE = [
    ("The Ashdown by-election takes place on Thursday 19 March. Postal votes must reach the council before "
     "the by-election on 26 March.", "26 March"),
    ("The club's AGM will be held on Tuesday 14 April in the village hall. Members who cannot attend the AGM "
     "on 21 April may vote by post.", "21 April"),
    ("The Brightwater half marathon takes place on Sunday 27 September. Road closures for the marathon on "
     "4 October will start at 6am.", "4 October"),
    ("The Gorsey Bank summer concert is on Saturday 11 July. Parking for the concert on 18 July is free.",
     "18 July"),
    ("Riverside festival set for 4 July\n\nThe Riverside festival will take place on 11 July, organisers said.",
     "11 July"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), AN_OCCASION_DATED_TWICE)
def test_an_occasion_dated_twice_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


OCCASIONS_APART = [
    "Last year's festival took place on 6 July. This year the festival takes place on 5 July.",
    "The first race is on 3 May. The second race is on 10 May.",
    "The concert was held on 3 May 2025. The concert on 2 May 2026 will be its tenth.",
    "The festival takes place on 4 July. The festival's fringe events begin on 1 July.",
    "The AGM will be held on 14 April. The committee meets on 21 April.",
    "The concert is on 3 May. Tickets for the concert went on sale on 1 March.",
    "The festival runs from 3 to 5 July. The concert on 4 July is free.",
    "The festival takes place on 3-5 July. The festival on 4 July features a parade.",
    "The festival takes place from 3 to 5 July. The festival on 4 July features a parade.",
    "The by-election takes place on 19 March. Nominations close on 23 February, a month before the by-election.",
    "The gala was due to take place on 3 May but was held on 10 May because of rain.",
    "The show will be held on 12 June. A preview of the show on 5 June is for members only.",
    "The concert is on 3 May. The concert on 3 May sold out.",
    "Organisers will open the festival on Thursday 14 May. The festival on 15 May has a family day.",
]


@pytest.mark.parametrize("text", OCCASIONS_APART)
def test_occasions_of_other_years_or_parts_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, the figure a finding must point at)
LEANING_OR_RELATIVE = [
    ("The Moorside leisure centre reopens on Saturday 6 June. Free swims will be offered on that day, "
     "Saturday 13 June.", "13 June"),
    ("The clinic moved to Castle Street on 3 February. Since the move on 10 February, waiting times have "
     "fallen.", "10 February"),
    ("The new stand was completed in 2019. Fans first sat in it after its completion in 2021.", "2021"),
    ("The Tarrant ferry service will be suspended from 2 February. On 9 February, when the suspension begins, "
     "passengers must use the bus.", "9 February"),
    ("Hopton primary will close on 24 July. Parents were told that the school's closure on 17 July would be "
     "its last day.", "17 July"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), LEANING_OR_RELATIVE)
def test_a_date_leaning_on_its_event_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


A_DAY_SET_BY_THE_EVENT = [
    "The Moorside leisure centre reopens on Saturday 6 June. Free swims will be offered the week after that "
    "day, Saturday 13 June.",
    "The leisure centre reopens on Saturday 6 June and the pool reopens on Saturday 13 June. Free swims will "
    "be offered on that day, Saturday 13 June.",
    "The clinic moved to Castle Street on 3 February. In the week after the move, 10 February, waiting times fell.",
    "The ferry service will be suspended from 2 February. On 9 February the replacement bus timetable changes.",
    "Hopton primary will close on 24 July. Its nursery's closure on 17 July comes first.",
]


@pytest.mark.parametrize("text", A_DAY_SET_BY_THE_EVENT)
def test_a_day_set_by_the_event_or_of_another_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, the later length that restates the spell with another figure)
A_SPELL_RESTATED_BY_ITS_LENGTH = [
    ("The hospital's A&E will close overnight for eight weeks while the ward is rebuilt. During the 10-week "
     "closure patients will be sent to Halton.", "10-week"),
    ("The strike at the Parkside depot will last three days. Drivers voted for the week-long strike by 312 "
     "votes to 40.", "week-long"),
    ("Residents of Cleave Street have been without water for 36 hours. The water company apologised for the "
     "two-day outage.", "two-day"),
    ("The Linley tunnel will shut for 12 weeks from May. Commuters dread the four-month suspension.",
     "four-month"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_SPELL_RESTATED_BY_ITS_LENGTH)
def test_a_spell_restated_by_another_length_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


SPELLS_APART = [
    "The bridge will close for six weeks. Work on the approach road will take ten weeks.",
    "The works will take 18 months. The road will close for part of it, and the six-week closure starts in May.",
    "The strike will last five days. Drivers voted for the strike by 312 votes to 40. A week-long strike in "
    "2024 cost the firm £2m.",
    "Residents have been without water for 36 hours. The water company apologised for the outage, its second "
    "this year.",
    "The hospital's A&E will close overnight for eight weeks. During the eight-week closure patients will be "
    "sent to Halton.",
]


@pytest.mark.parametrize("text", SPELLS_APART)
def test_spells_apart_or_agreeing_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# a plan the document says was overtaken, then the event's own date: read before only when the
# pattern that tells the plan had word boundaries, not backspace characters, in it
A_PLAN_OVERTAKEN = [
    "The Kelso pool was due to open on 3 May. Swimmers queued for the opening on 10 May.",
    "The new footbridge had been scheduled to open on 2 June. The footbridge's opening on 9 June drew a crowd.",
    "The gallery was originally expected to reopen in 2025. Its reopening in 2026 was marked with a concert.",
    "The depot had planned to close on 4 April. The closure on 11 April put 40 drivers out of work.",
]


@pytest.mark.parametrize("text", A_PLAN_OVERTAKEN)
def test_a_plan_overtaken_is_not_the_events_date(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, the later length of the same closing)
A_THING_CLOSING_FOR_A_LENGTH = [
    ("The Wyke Road bridge will close for six weeks from 3 August. Drivers were told the bridge would close for "
     "60 days.", "60 days"),
    ("The library will shut for three months for repairs. Councillors agreed to shut the library for 16 weeks.",
     "16 weeks"),
    ("The Cask Street market will close for two weeks in March. Traders say the market will close for 21 days.",
     "21 days"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_THING_CLOSING_FOR_A_LENGTH)
def test_a_thing_closing_for_another_length_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


OTHER_THINGS_CLOSING = [
    "The Wyke Road bridge will close for six weeks from 3 August. The footbridge beside it will close for 60 days.",
    "The library will shut for three months for repairs. The café inside it will shut for 16 weeks.",
    "The Cask Street market will close for two weeks in March. The market will close for 14 days, traders said.",
    "The exhibition will run for ten weeks in London and for 12 weeks in Leeds.",
]


@pytest.mark.parametrize("text", OTHER_THINGS_CLOSING)
def test_other_things_closing_or_the_same_length_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, the day its range of days does not give)
A_RANGE_AND_ITS_ENDS = [
    ("The Kelso games run from 11 to 13 July. The games open on 12 July with a parade.", "12 July"),
    ("The trial runs from 1 March to 31 August 2027. The trial ends on 30 September.", "30 September"),
    ("The regatta takes place from 2 to 5 August. On the final day, 6 August, the crews race for the cup.",
     "6 August"),
    ("The road will be closed from 4 to 22 July. Traffic will return when the road reopens on 30 July.",
     "30 July"),
    ("The Tay bridge will be shut from 3 March to 20 April. It reopens on 12 May.", "12 May"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_RANGE_AND_ITS_ENDS)
def test_a_day_the_range_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


RANGES_THAT_FIT = [
    "The games run from 11 to 13 July. The fan zone opens on 12 July.",
    "The trial runs from 1 March to 31 August 2027. The trial ends on 31 August.",
    "The road will be closed from 4 to 22 July. It reopens on 23 July.",
    "The road will be closed from 4 to 22 July. It reopens on 22 July.",
    "The road will be closed from 28 to 31 July. It reopens on 1 August.",
    "The pool is closed 3-14 April. The gym reopens on 20 April.",
    "The pool is closed 3-14 April. The gym reopens on 20 April, and the pool reopens on 15 April.",
    "The festival runs 14-23 May. Tickets go on sale on 1 April and the box office closes on 22 May.",
]


@pytest.mark.parametrize("text", RANGES_THAT_FIT)
def test_ranges_that_fit_their_days_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, the figure a finding must point at)
AN_EVENT_IN_A_QUOTE_OR_PAST_AN_ASIDE = [
    ("The Mill Street footbridge will open on 19 November. \"We're delighted to open the bridge on 26 "
     "November,\" said councillor Ann Ruiz.", "26 November"),
    ("The Kinross show, the county's biggest farm event, takes place on 22 August. Judging starts at 9am at "
     "the show on 29 August.", "29 August"),
    ("Harbour baths to reopen on 6 June\n\nThe Victorian baths at Seaton will reopen on 13 June after a "
     "two-year restoration, the trust said.", "13 June"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), AN_EVENT_IN_A_QUOTE_OR_PAST_AN_ASIDE)
def test_an_event_in_a_quote_or_past_an_aside_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


ANOTHER_EVENT_IN_A_QUOTE = [
    'The footbridge will open on 19 November. "We\'re delighted to open the bridge before Christmas," said '
    "councillor Ann Ruiz.",
    'The footbridge will open on 19 November. "We\'re delighted to close the old bridge on 26 November," said '
    "councillor Ann Ruiz.",
    "The Kinross show, the county's biggest farm event, takes place on 22 August. Judging of the sheep took "
    "place on 29 August.",
]


@pytest.mark.parametrize("text", ANOTHER_EVENT_IN_A_QUOTE)
def test_another_event_in_a_quote_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, a date the text's one event of the thing does not give: a table row under "Date", or a
# second verb that shares its clause's subject)
A_ROW_UNDER_DATE_OR_A_SECOND_VERB = [
    ("The new timetable starts on 7 September.\n\n| Change | Date |\n|---|---|\n| New timetable | 14 September |\n"
     "| Fares rise | 1 October |", "14 September"),
    ("The Brook Lane surgery will open on 2 March 2026.\n\n| Site | Date |\n|---|---|\n| Brook Lane surgery | "
     "9 March 2026 |\n| Oak Road pharmacy | 16 March 2026 |", "9 March"),
    # the second verb of a clause shares the first one's subject
    ("The Harbour Lane pool closes on 1 May and reopens on 8 June. Swimmers were told the pool would reopen on "
     "15 June.", "15 June"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_ROW_UNDER_DATE_OR_A_SECOND_VERB)
def test_a_row_under_date_against_the_things_one_event_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


ROWS_THAT_FIT_OR_SAY_NOTHING = [
    "The new timetable starts on 7 September.\n\n| Change | Date |\n|---|---|\n| New timetable | 7 September |\n"
    "| Fares rise | 1 October |",
    # the thing has two dated events: which the row is, the table does not say
    "The pool closes on 1 May and reopens on 8 June.\n\n| Facility | Date |\n|---|---|\n| Pool | 15 June |",
    # the row names its event
    "The hall will reopen in September 2028.\n\n| Stage | Date |\n|---|---|\n| Stalls fitted | March 2028 |\n"
    "| Hall reopens | September 2028 |",
    # another thing's row
    "The new timetable starts on 7 September.\n\n| Change | Date |\n|---|---|\n| New fares | 14 September |",
    "The pool closes on 1 May and the gym reopens on 8 June. The pool will reopen on 15 June.",
]


@pytest.mark.parametrize("text", ROWS_THAT_FIT_OR_SAY_NOTHING)
def test_rows_that_fit_or_say_nothing_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, the figure a finding must point at)
A_JOURNEY_OR_AN_APPOINTMENT_SAID_AGAIN = [
    ("The ferry crossing takes 90 minutes. Passengers on the two-hour crossing can buy food on board.",
     "two-hour"),
    ("The Kessock ferry crossing takes 90 minutes. The crossing takes two hours, the timetable says.",
     "two hours"),
    ("Ms Okafor was appointed chief executive in March 2019. Since her appointment in 2021, the charity has "
     "doubled in size.", "2021"),
    ("Dr Patel retired as head teacher in July 2024. Pupils marked his retirement in 2025 with a concert.",
     "2025"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_JOURNEY_OR_AN_APPOINTMENT_SAID_AGAIN)
def test_a_journey_or_an_appointment_said_again_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


JOURNEYS_APART = [
    "The crossing takes 90 minutes in summer. In winter the crossing takes two hours.",
    "The ferry crossing takes 90 minutes. The old ferry's crossing took two hours.",
    "The bus takes 40 minutes. The train takes 25 minutes.",
    "The ferry crossing takes 90 minutes by day and two hours at night.",
    "The works will take 18 months. The scheme's six months of night working start in May.",
    "Ms Okafor was appointed chief executive in March 2019. Since 2021, the charity has doubled in size.",
    # two roles: two events
    "The Regal opened as a cinema in 1921. It opened as a bingo hall in 1965.",
    "Dr Patel retired as head teacher in July 2024. He retired as a governor in 2026.",
]


@pytest.mark.parametrize("text", JOURNEYS_APART)
def test_journeys_under_conditions_or_of_others_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, the figure a finding must point at)
REOPENING_OR_CLOSING_IN_OTHER_WORDS = [
    ("The Tolsey market reopens on 14 May. The market will be back open on 21 May, the council said.", "21 May"),
    ("The lifts will be back in service on 3 April. Residents were told the lifts would reopen on 10 April.",
     "10 April"),
    ("The Carrick Road pool will close on 1 May. It will shut its doors on 8 May for the last time.", "8 May"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), REOPENING_OR_CLOSING_IN_OTHER_WORDS)
def test_a_reopening_or_closing_in_other_words_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


OTHER_DOORS = [
    "The pool will close on 1 May. The gym will shut its doors on 8 May.",
    "The lifts will be back in service on 3 April. Residents were told the lifts would reopen on 3 April.",
    "The shop opened its doors on 3 March. It will open its doors on 10 March.",
    "The market closes on 14 May and will be back open on 21 May.",
]


@pytest.mark.parametrize("text", OTHER_DOORS)
def test_other_doors_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# Paragraphs dense with dates and lengths, every one consistent: each rule above must stay silent on
# them (this year's and last year's festival, two conferences, an opening night before the opening).
DENSE_AND_CONSISTENT = [
    "The Northgate festival takes place on 4 July. Last year the festival took place on 6 July and drew "
    "12,000 people. Tickets for the festival on 4 July go on sale on 1 March.",
    "The AGM will be held on 14 April. Minutes of last year's AGM, held on 16 April, are on the website.",
    "The by-election takes place on 19 March. Candidates were announced on 20 February, and the count after "
    "the by-election on 19 March will start at 10pm.",
    "The concert is on 3 May. Rehearsals for the concert start on 20 April.",
    "The marathon takes place on Sunday 27 September. Runners must collect numbers before the marathon, on 25"
    " or 26 September.",
    "The conference takes place on 9 June in Leeds. A second conference, in Bristol, takes place on 16 June.",
    "The pool closes for refurbishment on 1 May. Swimmers can use the leisure centre until the pool reopens "
    "on 8 June. The gym closes on 15 May for two weeks.",
    "The sale starts on Saturday 4 April and ends on 12 April. The first day of the sale, Saturday 4 April, "
    "has the biggest discounts.",
    "The library closes on 12 June and reopens on 4 September. Readers can return books until the closure on "
    "12 June, and from the reopening on 4 September.",
    "The trial began on 1 March 2025 and will last 18 months. Results from the first six months were "
    "published in October.",
    "The ferry will be withdrawn on 2 February for a refit lasting three weeks. A relief vessel will run "
    "until the ferry returns on 23 February.",
    "The road closes at 9pm on Friday 16 October and reopens at 6am on Monday 19 October. The closure lasts 57 hours.",
    "Voting takes place on 7 May. Postal votes must arrive by 5pm on 7 May, the day of the election.",
    "The strike began on 3 March and lasted 12 days. A second strike, from 1 April, lasted a week.",
    "The new stand was completed in 2019 and opened in 2020. Since its opening in 2020, attendances have "
    "risen by a third.",
    "Ms Okafor was appointed deputy chief executive in 2017 and chief executive in 2019. Since her "
    "appointment as chief executive, the charity has doubled.",
    "The crossing takes 90 minutes. The return crossing, against the tide, takes two hours.",
    "The museum will close its doors on 1 November for two years. Its café will close its doors on 15 October.",
    "The show will be held on 12 June at the county ground. The show was held on 10 June in 2025.",
    "The exhibition opens on 3 January and closes on 28 February. On the last day of the exhibition, 28 "
    "February, entry is free.",
    "The clinic moved to Castle Street on 3 February. The move on 3 February went smoothly, staff said. Its "
    "pharmacy will move on 10 March.",
    "Ticket sales open on 1 May. The festival, on 4 July, will feature 40 bands. The festival's opening "
    "night, 3 July, is for members.",
]


@pytest.mark.parametrize("text", DENSE_AND_CONSISTENT)
def test_dense_and_consistent_paragraphs_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# (document, the length in hours its start and end times do not give)
A_SPELL_IN_HOURS = [
    ("The Ravel Road underpass shuts at 10pm on Friday 6 March and reopens at 5am on Monday 9 March. The "
     "closure lasts 70 hours.", "70 hours"),
    ("A38 closure:\n- closes: 8pm, Saturday 14 November\n- reopens: 6am, Monday 16 November\n- length of "
     "closure: 24 hours", "24 hours"),
    ("Drivers face a 40-hour closure of the bypass (from 7pm on Friday 4 December to 7am on Monday 7 "
     "December).", "40-hour"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_SPELL_IN_HOURS)
def test_a_spell_in_hours_its_times_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


SPELLS_IN_HOURS_THAT_FIT = [
    "The Ravel Road underpass shuts at 10pm on Friday 6 March and reopens at 5am on Monday 9 March. The "
    "closure lasts 55 hours.",
    "A38 closure:\n- closes: 8pm, Saturday 14 November\n- reopens: 6am, Monday 16 November\n- length of "
    "closure: 34 hours",
    "Drivers face a 60-hour closure of the bypass (from 7pm on Friday 4 December to 7am on Monday 7 December).",
    # no time of day at one end: the hours are not given
    "The underpass shuts at 10pm on Friday 6 March and reopens on Monday 9 March. The closure lasts 70 hours.",
]


@pytest.mark.parametrize("text", SPELLS_IN_HOURS_THAT_FIT)
def test_spells_in_hours_that_fit_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
