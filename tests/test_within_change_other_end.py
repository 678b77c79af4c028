"""Within one document, a change said by its size and one end in one sentence ("Sales rose 20% to £54
million") and the level it began at said in another ("A year earlier they were £48 million"), or
said from its start ("grew 20% from £45 million last year") and the level it reached said in another
("This year they reached £58 million"), is one change: change-arithmetic sets the size against the
two levels (numcheck.stated_changes). The other level must be tied to the change's other end by its
words (an earlier or later time, the change's own base, "had been", "previously", "now") and name
the same thing or nothing; another year, place, actor, part, target, forecast, a level of another
thing, or a second change it could belong to, leaves the two apart. An amount said as a
comparative ("The list is now 940 shorter") is a change too."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
SIZE_AGAINST_A_LEVEL_ELSEWHERE = [
    # the earlier level by "a year earlier", "last year", "the year before"
    ("Sales rose 20% to £54 million. A year earlier they were £48 million.", "20%"),
    ("Turnover at the bakery chain climbed 15% to £23 million. A year before, it had been £21 million.", "15%"),
    ("Visitors were down 10%, at 45,000, the museum said. The year before, 52,000 people came.", "10%"),
    ("Membership is up a quarter on last year, at 1,500. Last year the club had 1,300 members.", "a quarter"),
    ("Ridership rose 8% on last year to 2.2 million journeys. Last year ridership was 1.9 million journeys.", "8%"),
    # the earlier level by its month or year
    ("The waiting list fell by 35% to 1,560 in September. In March it stood at 2,600.", "35%"),
    ("Sales rose 20% to £54 million in 2025. In 2024 they were £48 million.", "20%"),
    ("In March the queue for a council home stood at 2,600. By September it had fallen by 35% to 1,560.", "35%"),
    # "previously", "had been", "before the cut"
    ("The list has fallen by 840, to 1,560. Previously it had been 2,600.", "840"),
    ("Enrolment is down a fifth to 640 pupils. Before the cuts, the school had 900 pupils.", "a fifth"),
    ("The charity's income grew 30% to £1.3 million. Its income had been £1.1 million.", "30%"),
    ("Passenger numbers rose 12% to 5.6 million in 2024. In 2023 the airport handled 4.5 million passengers.",
     "12%"),
    ("Unemployment fell by 300 to 2,100 in May. In April it was 2,700.", "300"),
    ("The deficit narrowed by 40% to £30 million. A year earlier it had been £60 million.", "40%"),
    ("Sales rose 20% to £54 million. Last year's sales were £48 million.", "20%"),
    ("Sales at the Leeds store rose 20% to £54 million. A year earlier they were £48 million.", "20%"),
    ("Fees rose 10% to £330 a year. Last year the fee was £250 a year.", "10%"),
    ("The waiting list fell by 35% to 1,560 in September 2025. In October 2024 it stood at 2,600.", "35%"),
    # the change said from its start, and the level it reached said elsewhere
    ("Sales grew 20% from £45 million last year. This year they reached £58 million.", "20%"),
    ("The waiting list has fallen 35% from 2,400 in March. It now stands at 1,700.", "35%"),
    ("The waiting list fell 35% from 2,400 in March. In September it was 1,700.", "35%"),
    ("Membership rose by 300 from 1,200. The club now has 1,400 members.", "300"),
    ("Sales have grown 20% from £45 million in 2019. They now stand at £60 million.", "20%"),
    # the level a verb says a change reached, the start in another sentence, the size in a third
    ("The waiting list fell to 1,560 in September. In March it stood at 2,600. The 35% fall was welcomed.", "35%"),
    ("Sales climbed to £54 million. A year earlier they were £48 million. The 20% rise beat forecasts.", "20%"),
    ("The waiting list fell to 1,560 in September. In March it stood at 2,600. The list is 840 shorter.", "840"),
    # the start in the change's own sentence, put a year before by its own words
    ("The queue, which stood at 3,100 a year earlier, fell by 20% to 2,100 in June.", "20%"),
    ("The queue, which fell by 20% over the year to 2,100 in June, was 3,100 a year ago.", "20%"),
    # a change over the time after the level the sentence before gives, said of a count of it
    ("The council had 3,100 families waiting for a home in June 2025. A building drive cut the list by 20% to "
     "2,800 over the next twelve months.", "20%"),
    ("The club had 400 members in 2024. The number rose 25% to 600 the following year.", "25%"),
    ("The club had 400 members in 2024. A year later the number had risen 25% to 600.", "25%"),
    ("Sales rose 20% over the past year to £54 million. A year earlier they were £48 million.", "20%"),
    ("The queue fell by a third to 2,100 in June. In January it stood at 2,400.", "a third"),
    # another change of the document read from its ends: the one said by its size and one end names its own
    ("The depot has 40 vans, up from 25. The queue fell by 20% to 2,100. A year earlier it was 3,100.", "20%"),
    ("The depot opened in May with 40 vans, up from 25. The queue, which fell by 20% over the year to 2,100 in "
     "June, was 3,100 a year ago.", "20%"),
    ("The depot has 40 vans, up from 25. Sales rose 20% to £54 million. A year earlier they were £48 million.", "20%"),
    # the amount form, a comparative said after the two ends
    ("The waiting list fell from 2,400 to 1,560. The list is now 940 shorter.", "940"),
    ("The fleet grew from 120 to 150 buses. The fleet is now 40 larger.", "40"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), SIZE_AGAINST_A_LEVEL_ELSEWHERE)
def test_a_size_and_one_end_are_set_against_the_other_end_said_elsewhere(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


NOT_THE_CHANGE_S_OTHER_END = [
    # the correct versions
    "Sales rose 12.5% to £54 million. A year earlier they were £48 million.",
    "The waiting list fell by 35% to 1,560 in September. In March it stood at 2,400.",
    "Membership is up a quarter on last year, at 1,500. Last year the club had 1,200 members.",
    "Visitors were down 10%, at 45,000, the museum said. The year before, 50,000 people came.",
    "The list has fallen by 840, to 1,560. Previously it had been 2,400.",
    "Sales rose 20% to £54 million in 2025. In 2024 they were £45 million.",
    "The waiting list fell from 2,400 to 1,560. The list is now 840 shorter.",
    "The fleet grew from 120 to 150 buses. The fleet is now 30 larger.",
    # a factor is held to its ends only where one sentence gives both: a headline's is loose
    "Membership doubled this year to 420. A year ago the club had 200 members.",
    # within the figure's rounding: 48 -> 54 is 12.5%
    "Sales rose 13% to £54 million. A year earlier they were £48 million.",
    # another year: two years before is no start of one year's change
    "Sales rose 20% to £54 million in 2025. In 2023 they were £48 million.",
    # more than a year before the change's end
    "The waiting list fell by 35% to 1,560 in September 2025. In March 2024 it stood at 2,600.",
    # a later month than the change's end, or a level not dated against a dated change
    "The waiting list fell by 35% to 1,560 in March. In September it stood at 2,600.",
    "The waiting list fell by 35% to 1,560 in September. It stood at 2,600, the board said.",
    # no word of before at all: a level of now, or of no time
    "Sales rose 20% to £54 million. They are forecast to reach £60 million next year.",
    "Sales rose 20% to £54 million. The firm employs 480 people and has £48 million in the bank.",
    # another place
    "Sales rose 20% to £54 million. A year earlier sales in France were £48 million.",
    # another actor
    "Sales at Harl Foods rose 20% to £54 million. A year earlier Brenton's sales were £48 million.",
    "Harl's sales rose 20% to £54 million. A year earlier Brenton had sales of £48 million.",
    "Sales rose 20% to £54 million. A year earlier the rival chain had sales of £48 million.",
    "Sales at the Leeds store rose 20% to £54 million. A year earlier the York store took £48 million.",
    "Sales rose 20% to £54 million. A year earlier the firm paid £48 million for a rival.",
    # another thing the level's sentence says was so before
    "Sales rose 20% to £54 million. The firm had been valued at £48 million.",
    "Sales rose 20% to £54 million. It had been expected to reach £60 million.",
    "Sales rose 20% to £54 million. A year earlier, staff numbers were 480.",
    "Fees rose 10% to £330. Last year 200 families paid £250.",
    # a change of a place, and a level of the whole said before it
    "Average house prices rose 6.3% in the year to June, taking the typical price to £285,000. A year earlier, the "
    "average home cost £268,000. Prices rose fastest in Cornwall, up 9.8% to £296,000, and slowest in Leeds, where "
    "they increased 2.1% to £232,000.",
    "Average rents rose 5% in the year. A year earlier, a flat cost £1,000 a month. In Leeds they increased 2.1% to "
    "£900 a month.",
    # a part of the whole
    "Sales rose 20% to £54 million. A year earlier online sales were £48 million.",
    "Membership is up a quarter on last year, at 1,500. Last year 1,300 of them were adults.",
    # a target or a forecast
    "Sales rose 20% to £54 million. A year earlier the target was £48 million.",
    "Sales rose 20% to £54 million. A year earlier analysts expected them to reach £48 million.",
    # a level of another thing
    "Sales rose 20% to £54 million. A year earlier profits were £48 million.",
    "The waiting list fell by 35% to 1,560 in September. In March the council had 2,600 staff.",
    # the change's own base said, and the level of another time
    "Sales rose 20% on last year to £54 million. In 2019 they were £48 million.",
    # two changes in one document, and the level could be either's start
    "Sales rose 20% to £54 million and profits rose 10% to £6 million. A year earlier they were £48 million.",
    "Sales rose 20% to £54 million. Exports rose 5% to £50 million. A year earlier they were £48 million.",
    "Sales rose 20% to £54 million. Profits jumped 10%. A year earlier they were £48 million.",
    # a level of a thing the change's sentence names, but not what changed
    "Sales rose 20% to £54 million, lifting profits. A year earlier profits were £48 million.",
    # a change over a period of its own: its start is not the level a year earlier
    "The waiting list fell by 35% since June, to 1,560. A year earlier it stood at 2,600.",
    "Sales rose 20% over two years to £54 million. A year earlier they were £48 million.",
    "Sales rose 20% month on month to £54 million. A year earlier they were £48 million.",
    # the change said from its start: the correct versions, and a level not at its end
    "Sales grew 20% from £45 million last year. This year they reached £54 million.",
    "The waiting list has fallen 35% from 2,400 in March. It now stands at 1,560.",
    "Membership rose by 300 from 1,200. The club now has 1,500 members.",
    "Membership rose by 300 from 1,200. The club now has 1,400 junior members.",
    "The waiting list fell 35% from 2,400 in March. In February it was 1,700.",
    "Sales grew 20% from £45 million in 2024. In 2026 they reached £60 million.",
    "Sales grew 20% from £45 million in 2024. They are expected to reach £60 million this year.",
    "Sales grew 20% from £45 million in 2019. Now they are £80 million.",
    "Membership rose by 300 from 1,200 in the 1990s. Now the club has 3,000 members.",
    # a level reached, its start said elsewhere, and a size that agrees, another thing's, or no such start
    "The waiting list fell to 1,560 in September. In March it stood at 2,400. The 35% fall was welcomed.",
    "Sales climbed to £54 million. A year earlier they were £48 million. The 12.5% rise beat forecasts.",
    "Sales climbed to £54 million. A year earlier they were £60 million. The 20% rise beat forecasts.",
    "Sales climbed to £54 million. A year earlier they were £48 million. Profits rose 20%.",
    "Sales climbed to £54 million. A year earlier profits were £48 million. The 20% rise beat forecasts.",
    # the start in the change's sentence: the correct versions
    "The queue, which stood at 2,625 a year earlier, fell by 20% to 2,100 in June.",
    "The queue, which fell by 20% over the year to 2,100 in June, was 2,625 a year ago.",
    # a count of another thing, another time after the level, or two levels "the number" could be
    "The council had 3,100 staff in June 2025. A building drive cut the list by 20% to 2,800 over the next twelve "
    "months.",
    "The council had 3,500 families waiting for a home in June 2025. A building drive cut the list by 20% to 2,800 "
    "over the next twelve months.",
    "The club had 400 members in 2024. Two years later the number had risen 25% to 600.",
    "The club had 400 members in 2024. It has 30 coaches. The number rose 25% to 600 the following year.",
    "The club had 400 members in 2024. The number rose 50% to 600 the following year.",
    "The depot has 40 vans, up from 25. The queue fell by 20% to 2,100. A year earlier it was 2,625.",
    "The depot has 40 vans, up from 25. Sales rose 20% to £54 million. A year earlier they were £45 million.",
    "The depot has 40 vans, up from 25. Sales rose 20% to £54 million. A year earlier profits were £48 million.",
    # two earlier levels: no saying which is the start
    "Sales rose 20% to £54 million. A year earlier they were £48 million; the year before, £40 million.",
    # the other direction: a rise from a higher level is another change, not this one
    "Sales rose 20% to £54 million. A year earlier they were £60 million.",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_THE_CHANGE_S_OTHER_END)
def test_a_level_not_tied_to_the_change_s_start_is_left_alone(text: str) -> None:
    assert not flags(text, "doc.md")
