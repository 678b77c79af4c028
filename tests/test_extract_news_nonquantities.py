"""Figures of news copy that are no amounts: index and model names, addresses, shirt and badge
numbers, clock times, scores, date spans, list markers, and years before "as" or "was"."""

from __future__ import annotations

import pytest

import numcheck

NOT_QUANTITIES = [
    "The FTSE 100 ended the day little changed.",
    "The Nikkei 225 and the Hang Seng were both closed.",
    "The Euro Stoxx 50 was the weakest of the benchmarks.",
    "The Russell 2000 has lagged the Nasdaq 100 all year.",
    "Traders on the S&P 500 desk waited for the data.",
    "The Pixel 8 was launched at an event in New York.",
    "The pipeline known as Nord Stream 2 was never used.",
    "The Formula 1 season resumes next week.",
    "Court 3 heard the case on Tuesday.",
    "The raid took place at 42 Elm Grove before dawn.",
    "The firm moved its headquarters to 1 Market Street.",
    "The startup rents offices at 350 Fifth Avenue.",
    "The striker, in the No. 9 shirt, scored twice.",
    "The defender, in the number 4 jersey, was booked.",
    "The officer, badge number 4471, gave evidence.",
    "The prime minister spoke from Number 10.",
    "The data was released at BST 09:41.",
    "Police were called at 23:15 on Friday.",
    "Kick-off is at 19:45 and the gates open at 18:00.",
    "The update was pushed at 02:00 UTC.",
    "United won 3-1 at home on Saturday.",
    "The visitors were beaten 2-0 in a tense derby.",
    "She won the final 6-4, 7-5.",
    "The Lakers beat the Celtics 112-104 in overtime.",
    "The hosts lost 27-24 after a late try.",
    "The championship runs June 12-15 at the coast.",
    "The court sat from March 3-7 to hear the appeal.",
    "Court 3 heard the case on June 12-15.",
    "The standard known as Wi-Fi 7 is due soon.",
    "The conference runs 14-16 May in the city.",
    "Among the changes: 1) a new lock screen; 2) faster updates.",
    "The firm, founded in 1987 as a trading house, listed later.",
    "In 1998 was the last time the side reached a final.",
    "The fund's mandate runs until 2150, when it is wound up.",
    # a race named by its distance
    "Runners who are not members pay more to enter the 10K.",
    "She finished a 10K on Sunday morning.",
    "The 5K fun run starts by the pier.",
    # a bare hour after a time of day told by "am" or "pm"
    "Results day began at 8am and most pupils had left by 10.",
    "The shop opens at 9am and closes at 5.",
    "Doors open at 7.30pm, and the show ends by 10.",
]

# Figures beside those patterns that are amounts all the same.
QUANTITIES = [
    ("The FTSE 100 fell 1.2% in early trading.", "1.2%"),
    ("The index closed at 7,388 points.", "7,388 points"),
    ("Ministers met 3-5 times a year.", "3-5"),
    ("The range is 3-5 km wide.", "3-5 km"),
    ("Apple sold 12 million phones.", "12 million"),
    ("The company hired 40 people at 1 Market Street.", "40"),
    ("The vote was 6-4 against, with 10 abstentions.", "10"),
    ("Labour won 312 seats.", "312"),
    ("The 2000 troops arrived at 9am.", "2000"),
    ("Temperatures of 12-15C are forecast for June.", "12-15C"),
    ("Volunteers delivered 1,200 parcels on 14 May.", "1,200"),
    ("The striker earns 40K a week.", "40K"),
    ("The trust won a 10K grant for the roof.", "10K"),
    # a figure after "at" or "from" that the clause goes on from, or with no time of day before it
    ("The bus left at 9am with 12 on board, and 4 more got on at the market.", "4"),
    ("Doors open at 7pm and the hall holds up to 5.", "up to 5"),
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_no_amount_is_read(sentence: str) -> None:
    assert [c.text for c in numcheck.extract(sentence) if c.kind.is_quantity] == []


@pytest.mark.parametrize(("sentence", "text"), QUANTITIES)
def test_amounts_beside_them_are_still_read(sentence: str, text: str) -> None:
    assert text in [c.text for c in numcheck.extract(sentence) if c.kind.is_quantity]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("I would like to buy this item for USD 200.", "USD 200"),
        ("The company has annual revenues of about MAUD 60", "about MAUD 60"),
        ("The utility will spend RM 480 on each meter.", "RM 480"),
    ],
)
def test_a_currency_before_its_figure_is_no_name(sentence: str, text: str) -> None:
    assert text in [c.text for c in numcheck.extract(sentence) if c.kind.value == "money"]
