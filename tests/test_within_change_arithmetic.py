"""Within one document, a change given by its two levels in one place ("from £4.00 to £4.60") and by
its size in another ("the 25% rise", "the rise of 80p", "to cost 20% more", a table's "Rise" cell) is
one change: change-arithmetic sets the size against the levels (numcheck.stated_changes). A size
of another thing ("Rents rose 9%"), a part, another year, another actor, a table row of another
level, or a size within its own rounding, is not flagged."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
SIZE_AGAINST_LEVELS = [
    # the change named again by where it ended: "The rise to £2.90"
    ("Fares rose from £2.40 to £2.70 in April. The rise to £2.90 angered commuters.", "£2.90"),
    ("Membership fell from 800 to 650 last year. The fall to 560 worried the board.", "560"),
    # a level said as it has stood, then where a change takes it, in one sentence
    ("The adult charge, which has been £12 since 2019, rises to £15 on 1 April. The rise, which the chapter "
     "puts at 15%, will pay for work on the spire.", "15%"),
    ("The fee, currently £40, rises to £48 in May, a 25% increase.", "25%"),
    # a change in points between two shares, said by a noun of change
    ("The pass rate rose from 71% to 78% this year. The rise of 9 percentage points was the best in the county.",
     "9 percentage points"),
    ("Turnout fell from 64% to 58%. The eight-point drop worried the party.", "eight-point"),
    # two levels of one sentence, a year before now and now
    ("Sales were £12m last year and £15m this year. The £4m rise was driven by exports.", "£4m"),
    ("The pass rate stood at 71% last year and reached 78% this summer. The 9-point rise was driven by maths.",
     "9-point"),
    ("Its market share went from 12.5% to 14.1% in a year. That gain of 2.6 points was its best yet.",
     "2.6 points"),
    ("Entry to Harl museum will go up from £8.00 to £9.00 in April. Trustees defended the 25% rise on Monday.",
     "25%"),
    ("Swim passes to cost 20% more\n\nKelby leisure centre will raise the price of a swim from £4.00 to £4.60 "
     "from June.", "20%"),
    ("The ferry fare will rise from £12 to £15 next month. The 40% increase was approved by the board.", "40%"),
    ("A season ticket now costs £600, up from £500. Supporters said the 30% rise was unfair.", "30%"),
    ("A loaf will cost £1.60 from Monday, up from £1.50.\n\n| Year | Price | Rise |\n|---|---|---|\n"
     "| 2025 | £1.50 | 3% |\n| 2026 | £1.60 | 12% |\n", "12%"),
    ("The club's 10% rise takes the yearly fee from £300 to £330. The club's rise of £40 a year was "
     "agreed at the meeting.", "£40"),
    ("Parking at the station rises from £5.00 to £6.00 in May. The operator said the 15% increase "
     "covers repairs.", "15%"),
    ("A pint at the Harl Arms goes up from £5.00 to £5.50 on Friday. Drinkers will pay 80p more.", "80p"),
    ("Bus fares go up from £2.00 to £2.40 for a single journey in January. Commuters will pay 50p more for "
     "each journey.", "50p"),
    ("A ticket will cost £33 from May, up from £30. 15% is the increase the board agreed.", "15%"),
    # a size with one end of its own, that end the change's: one change given two ends
    ("Membership fees rose 5% to £210 this spring. Membership fees went up from £200 to £214 after a vote "
     "in March.", "5%"),
    ("The fare rose 25p to £3.20. The fare went from £2.90 to £3.25, the first rise in three years.", "25p"),
    # a count's change, given its two levels
    ("Membership of the choir rose from 80 to 100 last year. The 20% rise filled the front row.", "20%"),
    ("Enrolment grew from 1,600 to 1,800 pupils, the head said. That is a 25% increase.", "25%"),
    # the change named before its figure
    ("A day pass will go from £9 to £10. The rise, of 20%, was agreed by the trust.", "20%"),
    ("Fees rise from £300 to £330 in May. The rise, which the board puts at 15%, pays for repairs.", "15%"),
    # the new level before the old ("rose to ... from"), or two levels each of its year
    ("Loans rose to 1,200 in March from 1,000 in February. The 30% rise was driven by students.", "30%"),
    ("Sales fell to £3 million in 2025 from £4 million in 2024. The 20% drop hit margins.", "20%"),
    ("The depot handled 8,000 parcels a day in 2024 and 10,000 a day in 2025. The 20% rise strained it.", "20%"),
    # a few words of the thing or the period between the two levels
    ("The heronry shrank from 300 nests to 240 nests. The 25% fall alarmed wardens.", "25%"),
    ("Footfall rose from 25,000 a week to 30,000 a week. That is a 25% increase, the market said.", "25%"),
    ("The number of pupils walking to school went from 120 a day to 360. The number has doubled, the head said.",
     "doubled"),
    ("Sailings rose from 14 a week to 21 this summer. The 60% rise in sailings pleased islanders.", "60%"),
    # the level of an amount of money called its price
    ("Tickets go from £20 to £25 in June. Putting the price up by a half will hurt, fans said.", "a half"),
    # "the N% rise" and a verb after it: the change itself, whatever it did
    ("Sales rose to £54 million from £45 million. The 25% rise beat forecasts.", "25%"),
    ("Rail passengers at Dunmore rose from 1.2 million to 1.5 million. This 20% increase surprised planners.", "20%"),
    ("Applications fell from 4,000 to 3,000. The 20% drop worried the university.", "20%"),
    # a level dated by its year, the level now or in a later year, and the change beside it
    ("Dunmere, which had 604 registered childminders in 2021, now has 512, a fall of 128.", "128"),
    ("The club had 420 members in 2019 and has 510 today, a rise of 190.", "190"),
    ("The club had 420 members in 2019 and 510 in 2024, a rise of 31%.", "31%"),
    ("The library lent 38,000 books in 2022 and lends 45,000 now, an increase of 9,000.", "9,000"),
    # a record the change sets ("the first since 2019") is no start of its own
    ("The single fare goes up from £2.00 to £2.30 in April. The rise of 35p is the first since 2019.", "35p"),
    ("Rents went from £640 to £700 a month. The £80 increase was the biggest since 2008, tenants said.", "£80"),
    # a change said by its size and its end gives its start: a percentage said of it elsewhere
    ("Complaints rose by 144 to 1,344 last year. That is a rise of 21%.", "21%"),
    ("Membership fell by 60 to 540 this year. The club called the 25% fall a blow.", "25%"),
    ("The fund's grants went up by £40,000 to £240,000. Trustees said the 12% increase helped 47 groups.", "12%"),
    # the speaker of a reported change is no other thing that changed
    ("Fines rose from 400 to 500 last year. Officials said the increase of 40% reflected more patrols.", "40%"),
    ("Fines rose from 400 to 500. The increase of 40% reflected more patrols.", "40%"),
    ("Visitors rose from 2,000 to 2,400. The trust said the rise, up by a third, came from school trips.",
     "a third"),
    ("Shoplifting rose from 1,250 offences in 2025 to 1,600 last year. Police said the increase of 35% was "
     "driven by repeat offenders.", "35%"),
    # a level set against another of its own time, whatever the times' words
    ("The clinic saw 3,300 patients this year, against 3,000 in 2024. Staff said the 20% rise was manageable.",
     "20%"),
    ("Police recorded 1,600 shoplifting offences in the town last year, against 1,250 in 2025. The 35% rise "
     "worried traders.", "35%"),
    ("Members numbered 218 this spring, compared with 172 in 2025. Taster sessions lifted membership by 37%.",
     "37%"),
    # an overrun or an overspend is the rise of a cost
    ("The bill for the lock has climbed from £1.2 million to £1.9 million. Boaters asked how the overrun "
     "(£500,000, the trust says) will be paid for.", "£500,000"),
    ("The stand's cost rose from £3m to £4.5m. An overspend of £2m was blamed on steel prices.", "£2m"),
    # a headline names the story's place, which the body calls "the town"
    ("Burglaries up 30% in Halden\n\nPolice recorded 520 burglaries in the town this year, compared with 450 in "
     "2025.", "30%"),
    ("Shoplifting up 35% in Cressley as shops hire guards\n\nPolice recorded 1,600 shoplifting offences in the "
     "town last year, against 1,250 in 2025.", "35%"),
    # the new level before the old, with the verb in any tense and the noun between them
    ("The weekly timetable will shrink to 980 journeys from 1,240 next month. The company's cut of 360 journeys "
     "falls hardest on the villages.", "360"),
    ("Hovell's will grow to 52 shops from 38 this year. Its 16 openings will create 150 jobs.", "16"),
    ("The ward will be cut to 18 beds from 24 in March. The cut of eight beds worries the nurses.", "eight"),
    ("Membership has been reduced to 410 members from 520, the club said. The fall of 100 was blamed on fees.",
     "100"),
    ("The fleet will climb to 64 buses from 48 by 2028. The rise of 12 buses will cost £4 million.", "12"),
    # two levels of one year, each dated to its day or month
    ("Holmebrook was 71% full on 1 June and 38% full on 1 September, a fall of 23 percentage points.",
     "23 percentage points"),
    ("The waiting list stood at 4,200 in March and 3,900 in June. The fall of 500 was welcomed by the trust.", "500"),
    # a record the change sets ("the steepest since records began in 1976") is no time of its own
    ("The reservoir was 38% full on 1 September, down from 71% in June. The drop of 23 points is the steepest "
     "since records began in 1976.", "23 points"),
    # two shares as a change's ends with words of time between them, or one set against the other
    ("The decline in the reservoir's level, from 71% in early June to 38% on 1 September, forced a hosepipe ban. "
     "A drop of 23 percentage points in one summer has not been seen since the dam was built in 1962.",
     "23 percentage points"),
    ("The pass rate went from 64% in 2024 to 71% this summer. The nine-point rise was the best in the county.",
     "nine-point"),
    ("Turnout was 58% this year, compared with 64% a year earlier. The eight-point fall worried the party.",
     "eight-point"),
    ("The dam is 38% full, against 71% a month earlier. The 23-point drop is the steepest in years.", "23-point"),
    # "this year" or "now" is the time of a change that names no year, and a day of this year then now is one
    ("Fellside broadband reaches 2,450 more homes this year\n\nBroadband is now available to 4,600 homes in the "
     "valley, up from 1,850 in January.", "2,450"),
    ("The food bank handed out 380 more parcels this year. It gave out 1,240 parcels in March and now gives out "
     "1,580.", "380"),
    ("The club signed up 95 more members this season. It had 410 members in September and now has 525.", "95"),
    # a level said in the past tense with no time, then now
    ("The refuge had 36 beds and now has 52. Its 20 extra beds were paid for by a lottery grant.", "20"),
    ("The ward had 18 night nurses and now has 26. Those 10 more nurses cost £400,000 a year.", "10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), SIZE_AGAINST_LEVELS)
def test_a_size_said_elsewhere_is_set_against_the_levels(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


NOT_THE_SAME_CHANGE = [
    "Fares rose from £2.40 to £2.70 in April. The rise to £2.70 angered commuters.",
    "Membership fell from 800 to 650. The rise to 700 came a year later.",
    "Fares rose from £2.40 to £2.70 in April, and parking from £4 to £5. The rise to £5 angered drivers.",
    "The fee, currently £40, rises to £48 in May, a 20% increase.",
    "The fee, which has been £40 for members, rises to £48 for visitors. Parking is 25% dearer.",
    # another thing's rise
    "A meal will cost £2.70 from September, up from £2.40. Food costs rose 18% over two years.",
    "Entry will go up from £8.00 to £9.00. Visitor numbers rose 20% last year.",
    # a rise of a part
    "A meal will cost £2.70, up from £2.40. The milk in each meal rose 20%.",
    # another year's rise
    "The fare will rise from £12 to £15 next month. The 2019 rise of 8% was the last one.",
    # a table row of the old level
    "A loaf will cost £1.60 from Monday, up from £1.50.\n\n| Year | Price | Rise |\n|---|---|---|\n"
    "| 2025 | £1.50 | 3% |\n| 2026 | £1.60 | 6.7% |\n",
    # within its own rounding: 30p on £2.40 is 12.5%
    "A meal will go up from £2.40 to £2.70. The 12.5% rise starts in September.",
    "A meal will go up from £2.40 to £2.70. The 13% rise starts in September.",
    "A meal will go up from £2.40 to £2.70. The rise of about 12% starts in September.",
    "A meal will go up from £2.40 to £2.70. Parents will pay 30p more for each meal.",
    "A ticket will cost £33 from May, up from £30. 10% is the increase the board agreed.",
    "Membership fees rose 5% to £210 this spring. Membership fees went up from £200 to £210 after a vote in March.",
    # a size with an end of its own that is not this change's end
    "Membership fees rose 5% to £210 in 2024. Membership fees went up from £210 to £231 this spring.",
    # another time, place or period
    "Fares rise from £2.00 to £2.20 in May. Last year's 5% rise was smaller.",
    "The price rose from £2.40 to £2.70. Prices in Leeds rose 20%.",
    "A meal rises from £2.40 to £2.70 next year. A 2% rise is planned for the year after.",
    "A school meal rises from £2.40 to £2.70 in September. Over five years prices have risen 40%.",
    "The price of a meal rises from £2.40 to £2.70. Since 2015 the price has risen 35%.",
    "A meal rises from £2.40 to £2.70. Demand fell 10% the last time prices went up.",
    # another thing, said around the change
    "A school meal rises from £2.40 to £2.70. Other councils charge 20% more.",
    "A meal rises from £2.40 to £2.70, while a packed lunch will cost 10% more.",
    "Rent rises from £800 to £850 a month. The council tax rise of 5% adds £8 a month.",
    "A meal rises from £2.40 to £2.70. The 4% pay rise for cooks was agreed in May.",
    "Tickets go from £10 to £12. Bookings are up 40% on last season.",
    # what is paid for is another thing
    "Tickets go from £10 to £12. Most fans will pay £5 more for the final.",
    "A meal will go up from £2.40 to £2.70. Parents will pay 50p more for breakfast club.",
    "A meal will go up from £2.40 to £2.70. Families paid 20% more for uniforms this year.",
    # two changes in the document: a size could be of either
    "Bus fares rise from £2.00 to £2.50 and tram fares from £3.00 to £3.30. The 10% rise hits tram users.",
    # another direction
    "Tickets rise from £20 to £24. Sales fell 5% after the last change.",
    # a count's change: another thing, a share, or within rounding
    "Membership rose from 80 to 100 last year. Attendance rose 20% too.",
    "Membership rose from 80 to 100 last year, and 20% of members are under 30.",
    "The choir grew from 80 to 100 singers. The 25% rise filled the front row.",
    "A day pass will go from £9 to £10. The rise, of about 11%, is the first since 2020.",
    "Tickets go from £20 to £25 in June. The price of programmes rises by a half.",
    "Loans rose to 1,200 in March from 1,000 in February. The 20% rise was driven by students.",
    "The heronry shrank from 300 nests to 240 nests. The 20% fall alarmed wardens.",
    "Footfall rose from 25,000 a week to 30,000 a week. That is a 20% increase, the market said.",
    "The number of pupils walking to school went from 120 a day to 360. The number has trebled, the head said.",
    "Sailings rose from 14 a week to 21 this summer. The 50% rise in sailings pleased islanders.",
    "The herd grew to 460 cows last year from 400. A 15% rise in milk prices followed.",
    "The depot handled 8,000 parcels a day in 2024 and 10,000 a day in 2025. The 25% rise strained it.",
    "The club had 1,200 members in 2024 and 1,500 players in 2025. The 20% rise surprised it.",
    "The club had 1,200 members in 2024 and 1,500 in 2025. Ticket sales rose 20%.",
    "Revenue grew from £8 million to £10 million. A 10% rise in wages ate into it.",
    "Sales rose to £54 million from £45 million. The 20% rise beat forecasts.",
    "Dunmere, which had 604 registered childminders in 2021, now has 512, a fall of 92.",
    "The club had 420 members in 2019 and has 510 today, a rise of 90.",
    "The club had 420 members in 2019 and 510 in 2024, a rise of 21%.",
    "The single fare goes up from £2.00 to £2.30 in April. The rise of 30p is the first since 2019.",
    "The single fare goes up from £2.00 to £2.30 in April. It has risen by 80p since 2019.",
    # the later level first: no start dated before it
    "The club has 510 members in 2024, against 420 in 2019, a rise of 31 on last year.",
    # a size and an end: the percentage right, or of some of the thing ("about parking")
    "Complaints rose by 144 to 1,344 last year. That is a rise of 12%.",
    "Complaints rose by 144 to 1,344 last year. Complaints about parking rose 30%.",
    "Complaints rose from 1,200 to 1,344 last year. Complaints about parking rose 30%.",
    "Membership fell by 60 to 540 this year. The club called the 10% fall a blow.",
    # the same, said right: a speaker, a level against another time, a headline's place
    "Fines rose from 400 to 500 last year. Officials said the increase of 25% reflected more patrols.",
    "Fines rose from 400 to 500. The increase of 40% in fuel costs reflected longer patrols.",
    "Visitors rose from 2,000 to 2,400. The trust said the rise, up by a fifth, came from school trips.",
    "The clinic saw 3,300 patients this year, against 3,000 in 2024. Staff said the 10% rise was manageable.",
    "Members numbered 218 this spring, compared with 172 in 2025. Taster sessions lifted membership by 27%.",
    "Burglaries up 15% in Halden\n\nPolice recorded 520 burglaries in the town this year, compared with 450 in 2025.",
    "The bill for the lock has climbed from £1.2 million to £1.9 million. The overrun (£700,000) will be paid by "
    "the trust.",
    "The stand's cost rose from £3m to £4.5m. Last year's overspend of £2m on the bridge was worse.",
    # set against a level of the same time: two places, not a change
    "The clinic saw 3,300 patients this year, against 3,000 at the Leeds clinic this year. The 20% rise in "
    "referrals was manageable.",
    # a headline's "more than" that hedges a multiple after it, not a figure before it
    "Kitefish DB 5.0 more than doubles write speed\n\nVersion 5.0 handled 100,000 writes a second in our test, "
    "against 48,200 for version 4.9.",
    # a change in points that the two shares make, or a percentage that may be of the start
    "The pass rate rose from 71% to 78% this year. The rise of 7 percentage points was the best in the county.",
    "The pass rate rose from 71% to 78% this year. The 10% rise was the best in the county.",
    # two levels a year apart that the size gives, or of two things
    "Sales were £12m last year and £15m this year. The £3m rise was driven by exports.",
    "Sales were £12m last year and £15m this year. The 25% rise was driven by exports.",
    "Sales were £12m last year and profits £15m this year. The £4m rise in costs hurt.",
    # a change not made: what it would take, or needs, to reach a target
    "The club has grown from 1,050 to 1,240 members since June. Another 260 would take it to its 1,500 target.",
    "Sales rose from £2.1 million to £2.6 million this year. The shop needs £400,000 more to break even.",
    "The fund has grown from £40,000 to £52,000. It could raise £30,000 more if the match offer is renewed.",
    # a headline's change of another time than the body's levels
    "Burglaries up 30% since 2019 in Halden\n\nPolice recorded 520 burglaries in the town this year, compared "
    "with 450 in 2025.",
    # the same readings, right
    "The weekly timetable will shrink to 980 journeys from 1,240 next month. The company's cut of 260 journeys "
    "falls hardest on the villages.",
    "Hovell's will grow to 52 shops from 38 this year. Its 14 openings will create 150 jobs.",
    # "up to" is a bound and "added to" no change: no levels of a change
    "The hall seats up to 400 people from 2027. The 120 new seats cost £80,000.",
    "The charity added to its 30 vans from its reserves. The 12 new vans cost £400,000.",
    "The waiting list stood at 4,200 in March and 3,900 in June. The fall of 300 was welcomed by the trust.",
    "The reservoir was 38% full on 1 September, down from 71% in June. The drop of 33 points is the steepest "
    "since records began in 1976.",
    # a change from a year of its own
    "Sales were £5 million in March and £4 million in June. Sales have risen 40% since 2019.",
    "The pass rate went from 64% in 2024 to 71% this summer. The seven-point rise was the best in the county.",
    "Turnout was 58% this year, compared with 64% a year earlier. The six-point fall worried the party.",
    # a change of this year against levels of named years is another change
    "Broadband reached 2,450 more homes this year. It was available to 1,850 homes in 2023 and to 4,600 in 2025.",
    "The food bank handed out 340 more parcels this year. It gave out 1,240 parcels in March and now gives out 1,580.",
    "The refuge had 36 beds and now has 52. Its 16 extra beds were paid for by a lottery grant.",
    # two things, each said in its own tense
    "The refuge had 36 beds and now has 52 volunteers. Its 20 extra beds were paid for by a lottery grant.",
    # a sum over many is no move of one level, however its words read
    "The pay award will cost £1.2 billion this year. A newly qualified nurse's salary will rise from £28,407 to "
    "£29,970.",
]


@pytest.mark.parametrize("text", NOT_THE_SAME_CHANGE)
def test_a_size_of_another_change_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.md")


# A level set against an earlier base in its own sentence ("350 more than the 1,250 of 2025",
# "compared with 36,000 in 2024", "against £4m a year earlier"), then the change's size apposed
# after the base: the change runs from the base to the level, and so does a stated gap.
LEVEL_AGAINST_A_BASE = [
    ("Police recorded 1,600 offences in 2026, 350 more than the 1,250 of 2025, a rise of 22%.", "22%"),
    ("The museum had 48,000 visitors last year, compared with 36,000 in 2024, an increase of 40%.", "40%"),
    ("Sales reached £5.2m, against £4m a year earlier, a rise of 20%.", "20%"),
    ("Sales reached £5.2m, compared with £4m the year before, up 20%.", "20%"),
    ("The harbour handled 910 cruise calls, up from the 700 of 2023, an increase of 40%.", "40%"),
    ("There were 410 complaints, 90 fewer than the 520 of 2023, a fall of 21%.", "90"),
    ("Hedgerow planting reached 14 km this winter, 4 km more than the 11 km of last winter.", "4 km"),
    ("The club has 820 members, 150 more than last year's 700.", "150"),
    ("The club has 820 members, 150 more than 2024's 700.", "150"),
    ("Waiting lists grew to 5,400, 800 longer than the 4,800 a year before.", "800"),
    ("The new span is 340 metres long, 60 metres longer than the 290-metre bridge it replaces.", "60 metres"),
]  # fmt: skip

LEVEL_AGAINST_A_BASE_RIGHT = [
    "Police recorded 1,600 offences in 2026, 350 more than the 1,250 of 2025, a rise of 28%.",
    "The museum had 48,000 visitors last year, compared with 36,000 in 2024, an increase of 33%.",
    "Sales reached £5.2m, against £4m a year earlier, a rise of 30%.",
    "The harbour handled 910 cruise calls, up from the 700 of 2023, an increase of 30%.",
    "There were 410 complaints, 110 fewer than the 520 of 2023, a fall of 21%.",
    "The club has 820 members, 120 more than last year's 700.",
    "Waiting lists grew to 5,400, 600 longer than the 4,800 a year before.",
    "The new span is 340 metres long, 50 metres longer than the 290-metre bridge it replaces.",
    # a change from a base of its own, not the base the level is set against
    "The club has 510 members in 2024, against 420 in 2019, a rise of 31 on last year.",
    "Sales reached £5.2m, against £4m a year earlier, a rise of 12% since the spring.",
]


@pytest.mark.parametrize(("text", "figure"), LEVEL_AGAINST_A_BASE)
def test_a_change_after_the_base_of_a_comparison_runs_from_it(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


@pytest.mark.parametrize("text", LEVEL_AGAINST_A_BASE_RIGHT)
def test_a_change_after_the_base_of_a_comparison_that_holds_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.md")
