"""The share of one whole in one state ("passed", "on time", a turnout), said twice in one document
in two sentences, as a percentage, a fraction or a rate in words, or counted from its part and
whole ("Of the 250 apprentices, 140 passed"), must be the same share; said of the whole's other
state, it must make 100% with it (numcheck.sums `shares_of_one_state`, kind share-arithmetic).
A share that names no state is read when it is its sentence's one share, and set against another
said of the same words after it ("300 own a car", "40% of households own a car"). Shares of another
time, place or group, shares of a part ("20% of those"), votes "for" something against a turnout,
and shares that agree within their rounding and hedges are left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, a figure the finding cites); every one was missed before
THE_SAME_SHARE_SAID_TWICE_AND_NOT_THE_SAME = [
    ("Of the 250 apprentices, 140 passed. Three in four passed at the first try, the college said.", "140"),
    ("The clinic's pass rate was 54% in March. Seven in ten of its candidates passed, the examiners said.",
     "Seven in ten"),
    ("Some 1,150 of the 2,300 registered members voted. The union hailed a turnout of 64%.", "64%"),
    ("Of the 600 drivers tested, 420 passed. Some 45% failed, the agency said.", "45%"),
    ("Just 212 of the 530 candidates passed in June. Almost two-thirds of the candidates passed, the board claims.",
     "two-thirds"),
    ("Turnout was 71% on Thursday. Barely half of the electorate turned out, observers said.", "half"),
    # the turnout named before its figure, a whole with a clause after it, a rate's head that is no thing counted
    ("Of the 450 nurses who were balloted, 270 voted. Turnout, at 75%, beat the threshold.", "75%"),
    ("Of the 360 drivers who took the test, 270 passed. Some 55% of the drivers passed, the agency said.", "55%"),
    ("The pass rate at the Corbridge test centre was 58% in May. Seven in ten candidates at Corbridge passed in May.",
     "Seven in ten"),
    # a fraction bounded on one side holds at its bound
    ("The pass rate at the Elmfield centre was 47% last year. More than half of candidates at Elmfield passed, the "
     "agency claimed.", "More than half"),
    ("Of the 300 trainees, 190 passed. More than half of the trainees failed.", "More than half"),
    # a count of the other state: the whole less the part
    ("Of the 300 trainees, 190 passed. Its 130 failing trainees will be offered a free resit.", "130"),
    # no state named, but the same words said of both, each its sentence's one share
    ("Of the 1,200 households surveyed, 300 own a car. Some 40% of households own a car.", "40%"),
    ("Of the 90 stalls inspected, 27 sell hot food. Half of the stalls sell hot food, traders say.", "Half"),
    # one word said of both is enough
    ("Of the 120 launches, 42 were at night. Some 53% of launches were at night.", "53%"),
    ("Of the 80 members who replied, 20 were juniors. Some 40% of members were juniors.", "40%"),
    ("Of the 640 tenants asked, 160 pay by direct debit. Some 45% of tenants pay by direct debit, the landlord said.",
     "45%"),
    # a part said "of them" or "of which" after its whole, and a year after the whole that opens a sentence
    ("The lifeboat launched 120 times in 2025, 42 of them at night. Of all its launches that year, 53% were at night.",
     "53%"),
    ("The fund received 2,400 applications, of which 1,320 were successful. Of all the applications, 45% were "
     "successful.", "45%"),
    ("Of the 300 flats built in 2024, 90 were affordable. Some 40% of the flats were affordable.", "40%"),
    # the whole of "a survey of", and a share said of more words than the count (an "if" clause)
    ("In a survey of 1,250 riders, 875 said they would keep riding. The operator now says 78% of riders would keep "
     "riding if the trial were extended.", "78%"),
    ("In a poll of 1,840 tenants, 1,196 said they would back a rent strike. Organisers claim 75% would back a rent "
     "strike if talks break down.", "75%"),
    # a state named only in the share's condition is not its state
    ("In a poll of 1,840 tenants, 1,196 said they would back a rent strike. Organisers claim 75% would back a rent "
     "strike if talks fail.", "75%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), THE_SAME_SHARE_SAID_TWICE_AND_NOT_THE_SAME)
def test_a_share_said_again_that_differs_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


THE_SAME_SHARE_OR_ANOTHER_WHOLE = [
    # the same share, within its rounding or hedge
    "Of the 250 apprentices, 140 passed. Nearly three in five passed, the college said.",
    "One in four applicants passed the test. The pass rate was 26%, the agency said.",
    "The pass rate was 62% this summer. Nearly two-thirds of candidates passed.",
    "Of the 600 drivers tested, 420 passed. Some 30% failed, the agency said.",
    "Some 4,100 of the 9,800 registered voters voted. Turnout was 42%.",
    # another time, place or group
    "Of the 250 apprentices, 140 passed in 2025. In 2024, three in four passed.",
    # the same share said with more words, and another state of the same riders
    "In a survey of 1,250 riders, 875 said they would keep riding. The operator now says 70% of riders would keep "
    "riding if the trial were extended.",
    "In a survey of 1,250 riders, 875 said they would keep riding. Some 55% said they felt safe riding.",
    "In a poll of 1,840 tenants, 1,196 said they would back a rent strike. Some 40% said they would back a new "
    "landlord.",
    # the condition's state set against the share's: passing is no state of backing a strike
    "Of the 1,840 tenants asked, 1,196 passed a credit check. Some 75% would back a rent strike if talks fail.",
    # parts "of them" of other wholes
    "The Leeds branch had 70 staff, 30 of them part-time. The York branch had 118 staff, 81 of them part-time.",
    "The lifeboat launched 120 times in 2025, 42 of them at night. Of all its launches that year, 35% were at night.",
    "Of the 250 apprentices, 140 passed. Among the women, three in four passed.",
    "The pass rate was 62% in Leeds. In York, seven in ten candidates passed.",
    "In Year 7, 62% passed. In Year 8, 75% passed.",
    "Boys: 62% passed. Girls: 75% passed.",
    "Turnout was 64%. Only a third of the under-25s voted, the council said.",
    "Turnout in the county was above 60%. Ashford had the highest turnout, 68%, and Dover the lowest, under 52%.",
    "Of the 300 trainees, 190 passed. Its 110 failing trainees will be offered a free resit.",
    "Of the 300 trainees, 190 passed. Of the 110 who failed, 70 will resit.",
    "Of the 300 trainees, 190 passed. In 2024, 130 trainees failed.",
    "Of the 300 trainees, 190 passed. Nationally, 9,000 candidates failed.",
    "The pass rate at the Elmfield centre was 53% last year. More than half of candidates at Elmfield passed, the "
    "agency said.",
    "Of the 300 trainees, 190 passed. Fewer than half of the trainees failed.",
    "Of the 40 care homes inspected, 32 passed. A quarter of the homes failed their previous inspection.",
    "The school's pass rate was 58% in 2024. This year 64% of its pupils passed, and three in four passed within two "
    "attempts.",
    "Of the 360 drivers who took the test, 270 passed. Some 75% of the drivers passed, the agency said.",
    "At Northgate, 62% passed. At Southfield, 75% passed.",
    "Some 62% of boys passed. Of the girls, 75% passed.",
    "Of the 400 boys, 248 passed. Three in four girls passed.",
    # another object, or a state narrowed
    "Of the 400 entrants, 248 passed the theory test. Three in four passed the practical test.",
    "About 62% passed first time. Three in four passed after a resit.",
    "The first-time pass rate was 62%. Including resits, three in four passed.",
    # a share of a part said before, and a vote for something against a turnout
    "Of the 250 apprentices, 140 passed. About 20% of those passed with distinction.",
    "Some 1,150 of the 2,300 registered members voted. Of those who voted, 64% voted for the deal.",
    "Of the branch's 900 members, 450 voted, and 80% of them backed the strike. Turnout was 50%.",
    # a share that names no state, said of other words
    "Of the 250 apprentices, 140 passed. Three in four were under 25.",
    "Of the 1,200 households surveyed, 300 own a car. Some 40% of households own a bike.",
    "Of the 1,200 households surveyed, 300 own a car. Some 40% of households would own a car if they could.",
    "Of the 1,200 households surveyed, 300 own a car. Some 25% of households own a car.",
    "Of the 120 launches, 42 were at night. Some 35% of launches were at night.",
    "Of the 120 launches, 42 were at night. Some 53% of launches were in summer.",
    "Of the 90 stalls inspected, 27 sell hot food. In 2019, half of the stalls sold hot food.",
    "Of the 640 tenants asked, 160 pay by direct debit. Some 25% of tenants pay by direct debit, the landlord said.",
]


@pytest.mark.parametrize("text", THE_SAME_SHARE_OR_ANOTHER_WHOLE)
def test_the_same_share_or_a_share_of_another_whole_is_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
