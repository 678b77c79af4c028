"""Within one document, one percentage change stated twice with two figures (numcheck.restatements,
`restated_changes`): the same thing changed in both sentences, or a later "the 9% rise" that can
only mean the one change of its direction the document has told. Rows that must flag, and rows
that must stay silent because another thing, time, place, actor, direction or mood tells the two
changes apart, or because a change that names no thing could mean more than one."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
ONE_CHANGE_TWO_FIGURES = [
    # the same thing changed, said twice
    ("Membership of the Orrel walking club grew 18% in the spring. Its 13% growth in membership came mostly "
     "from students.", "13%"),
    # a change that names no thing, written as one said before: the definite "the N% rise"
    ("Bus fares in Kelby will rise 5% in January. Passengers told the council the 15% rise was unfair.", "15%"),
    ("Council tax in Marsby is going up 4.9% from April. Residents' groups said the 9.4% increase would hurt "
     "pensioners most.", "9.4%"),
    ("Ridership on the Ferrow tram fell 12% over the summer. Operators blamed the 21% drop on roadworks.", "21%"),
    # a headline against the body
    ("Dockside rents to jump 12%\n\nRents on the Dockside estate will rise by 10% from June, the landlord "
     "told tenants on Friday.", "12%"),
    ("Visitor numbers at Kelby castle fell 9% last year. The castle's trustees blamed the 19% fall in visitor "
     "numbers on the closed car park.", "19%"),
    # said again with no time or name of its own: a quote leaves out when and whose
    ("Meals served at the canteen have tripled since 2023. \"We are serving four times as many meals as we did "
     "then,\" said the manager, Rosa Lind.", "four times"),
    ("Boats built at the yard have doubled since 2020. \"We are building three times as many boats as we did,\" "
     "said the owner, Ann Cole.", "three times"),
    # a change in an amount, said twice: "in a single year" is the change's period, no rate of it
    ("Complaints rose by 144 to 1,344 last year. \"Complaints went up by 414 in a single year,\" said Rob "
     "Tindall.", "414"),
    ("The shop's sales fell by £2,300 in March. Sales were down by £3,200, the owner said.", "£3,200"),
    # a multiple against a change in per cent: "a 200% rise" triples what it raises
    ("Grants from the fund doubled to £164,000 this year. \"A 200% rise in one year has transformed what we can "
     "do,\" said the fund's secretary.", "200%"),
    ("Sales at the Harl bakery tripled last year. The bakery's 300% sales growth surprised its owners.", "300%"),
    ("Passenger numbers on the ferry have doubled since 2022. The 150% increase in passenger numbers has "
     "strained the car deck.", "150%"),
]  # fmt: skip

# What the change is of is read wrongly here, so the two are not joined yet: "a rise of 8% in
# season-ticket prices" takes the head of the sentence's subject ("groups"), "the 14% increase in
# water bills" the first noun after "in", and "A 19% rise shows" reads the verb as a noun.
MISREAD_HEADS = [
    ("Season-ticket prices at Harlow Town will rise 6% next season. Supporters' groups said a rise of 8% in "
     "season-ticket prices was hard to justify.", "8%"),
    ("Water bills in the Tane valley are going up 11%. The board defended the 14% increase in water bills at "
     "its meeting.", "14%"),
    ("Ticket sales at the Lyric rose 16% this season. \"A 19% rise shows people want live theatre,\" said the "
     "director, Amara Osei.", "19%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ONE_CHANGE_TWO_FIGURES)
def test_one_change_stated_with_two_figures_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


@pytest.mark.xfail(strict=True, reason="the head of the change is misread (evidence stage)")
@pytest.mark.parametrize(("text", "figure"), MISREAD_HEADS)
def test_one_change_with_a_misread_head_is_not_joined_yet(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


# Two changes that something tells apart, or that may be two changes of one document
TWO_CHANGES = [
    # other things changed
    "Sales at Brisco rose 4% last year. Profit rose 21%, helped by lower energy costs.",
    "Rents on the estate will rise 7%. Service charges will rise 3% from the same date.",
    "Exports of whisky grew 9% in the year. Exports of gin grew 14%.",
    # another time, place or actor
    "Bus fares rose 5% in January. In July fares rose another 3%.",
    "House prices in Leeds rose 6% last year. House prices in York rose 9% last year.",
    "Prices at Dalton's shops rose 3%. Prices at Merrit's shops rose 8% over the same months.",
    "Rents rose 4% in 2023. The 7% rise in 2024 was the largest in a decade.",
    "Passenger numbers at Orrel have doubled since 2015. In 2024 alone, passenger numbers rose 30%.",
    "Kelby Foods' sales have tripled since 2019. Sales at its rival Orme Bakeries rose fourfold.",
    # another direction
    "Footfall on the high street fell 6% in March. The 9% rise in April came with the Easter holidays.",
    # a forecast against an outcome
    "Passenger numbers grew 4% last year. The airport expects a 10% rise in passenger numbers next year.",
    # a change that names no thing, with two changes it could mean
    "Sales rose 4% and profit rose 12% at Brisco. Analysts had pencilled in a 9% rise.",
    "Council rents will go up 7%, and parking charges will go up 12%. Tenants said the 10% rise was too steep.",
    # a change its sentence first narrows or widens, or the change of a whole
    "Membership of the choir rose 10% in Leeds. Nationally, the 4% rise was slower.",
    "Membership rose 10% among under-25s. Overall, the 4% rise was slower.",
    "Average pay at the mill rose 4%. After inflation, the 1% rise was the smallest in years.",
    "Footfall rose 8% at the Kelby branch. Across the whole chain, footfall rose 3%.",
    # a change that names no thing, with a pronoun for its subject
    "Shares in Dowling rose 12% in early trading. They closed up 9%.",
    # another actor or another thing in the other sentence
    "Wages at the depot rose 6%, the union said. Managers got an 11% rise.",
    "Traffic on the bridge fell 20% after the toll came in. The 8% fall in accidents was welcomed.",
    "Crime in the city fell 7%. Burglary fell 15%, while the 3% fall in car theft was smaller.",
    # two items of a list, labelled apart
    "Orme rowing club in numbers:\n- juniors: 340, up 12%\n- adults: 910, up 4%\n- boats: 64",
    "Kelby Foods results:\n- wholesale: £31 million, up 6%\n- retail: £12 million, up 15%",
    # a change and a share, a change and its endpoints
    "Turnout rose 5% to 62%. The 62% turnout was the highest since 1992.",
    "Profit rose 21% to £31.6 million, from £26.1 million. The 21% rise beat forecasts.",
    # a multiple and its change in per cent, said right
    'Grants from the fund doubled to £164,000 this year. "A 100% rise in one year has transformed what we can '
    "do,\" said the fund's secretary.",
    "Sales at the Harl bakery tripled last year. The bakery's 200% sales growth surprised its owners.",
    # two changes in an amount of two things, or the same figure twice
    "Complaints rose by 144 last year. Complaints about parking went up by 41.",
    'Complaints rose by 144 to 1,344 last year. "Complaints went up by 144 in a single year," said Rob Tindall.',
    # the same change stated twice with the same figure, or rounded
    "Bus fares in Kelby will rise 5% in January. Passengers told the council the 5% rise was unfair.",
    "Water bills are going up 11.4%. The board defended the 11% increase at its meeting.",
]


@pytest.mark.parametrize("text", TWO_CHANGES)
def test_changes_told_apart_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
