"""Figures a careful summary works out from its source rather than copies: a percentage change
between two sizes the source gives as they were and are ("61MB instead of 94MB" is about 35%
smaller), a length in days between two days the source names in one sentence (a day without its
year is read in the year of the day dated beside it) or in months between two months, the year
something began, counted back from a length of years that runs to the present ("trading for 37
years" in 2027 began about 1990), a day its own sentence places beside a source day ("the day after
it closes"), and a level before two moves of one source sentence ("ended the year with 412 stores
after opening 31 and closing 12" began it with 393), a price less a percentage taken off it ("a 25%
discount" on £24.99 is £18.74), and the level a change comes to from its start ("rose 20% from £10"
is £12).
Each is supported, and the same sentence with the figure moved is still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

_APP = ("Version 4 of the Ledgerly app is rolling out now. The app is 61MB instead of 94MB and opens in about "
        "1.2 seconds on recent phones.")  # fmt: skip
_KILN = "The new kiln at the Harrow Lane works uses 180 kWh a firing, against 240 kWh for the old one."
_FARE = "Return fares on the Bryn valley line go up to £14.80 from £12.40 on 1 April."
_ROLLOUT = ("The update reaches 10% of customers on Monday 8 November 2027 and every customer by Monday 22 "
            "November. It adds shared budgets for up to eight people.")  # fmt: skip
_STRIKE = "Porters at St Anne's walked out on 3 March 2026 and went back to work on 24 March."
_TRIAL = ("The trial opened at Carlow Crown Court on 9 January 2028 and the jury returned its verdict on 6 "
          "February, after hearing from 41 witnesses.")  # fmt: skip
_BAKERY = ("Ashby's Bakery was fined £48,000 on 9 June 2027 after admitting five hygiene offences. The owner, "
           "Carl Ashby, 52, said the business had been trading for 37 years.")  # fmt: skip
_CHAPEL = ("Bethel Chapel in Wykeham, built in 1861, goes to auction on 14 May 2027 with a guide price of "
           "£240,000. It has seats for 180 people.")  # fmt: skip
_RAIN = ("The Carrow Fell station's records go back to 1897, and October 2027 was its wettest month, with 231mm "
         "of rain.")  # fmt: skip
_BRIDGE = ("Resurfacing of the Kelso Road bridge runs from March to September 2027, the council said. The bridge "
           "carries 18,000 vehicles a day.")  # fmt: skip
_CONSULTATION = ("The consultation on the Ashby bypass closes on Friday 11 June 2027. The council received 2,340 "
                 "responses to its first consultation.")  # fmt: skip
_STORES = "Pantry Foods ended the year with 412 stores after opening 31 and closing 12, it said on Tuesday."
_MEMBERS = "The Wendle rowing club had 286 members at the end of 2027, after 54 joined and 19 left during the year."
_PLUS = ("The standard photo book will cost £24.99 from March. Members of Snapleaf Plus will keep a 25% discount "
         "on every book.")  # fmt: skip
_PREORDER = "Pre-order the WS2 sensor before 31 March and get 20% off the £39 price of a single sensor."
_SALE = "Every coat in the Harlow Outfitters sale is reduced by 30%, including the £120 Fellside jacket."
_FARE_RISE = "The day fare on the Tarn ferry rose 20% from £10 in April, the operator said."
_HERD = "The dairy herd at Hobbs Farm has tripled from 120 cows since the new parlour opened in 2020."
_FERRY = ("The Tern ferry made its last crossing in August 2026. It has been in service for 42 years, and "
          "carried 310 passengers on its final trip.")  # fmt: skip


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        # a percentage change between two sizes the source gives
        ("The Ledgerly app shrinks by about 35% to 61MB.", _APP),
        ("The Ledgerly app is roughly a third smaller than before, at 61MB.", _APP),
        ("The app shrinks by 33MB, about 35%, to 61MB.", _APP),
        ("The new kiln uses 25% less energy a firing, at 180 kWh.", _KILN),
        ("Return fares rise by nearly a fifth, to £14.80.", _FARE),
        # a length in days between two days of one source sentence
        ("The update reaches every customer two weeks after it starts.", _ROLLOUT),
        ("The update takes a fortnight to reach every customer.", _ROLLOUT),
        ("The update reaches every customer 14 days after the rollout begins.", _ROLLOUT),
        ("The porters were on strike for three weeks.", _STRIKE),
        ("The trial lasted four weeks before the jury returned its verdict.", _TRIAL),
        # a year something began, from a length of years up to now
        ("The bakery, in business since about 1990, was fined £48,000.", _BAKERY),
        ("Founded in 1990, the bakery was fined £48,000 after admitting five hygiene offences.", _BAKERY),
        ("The Tern, in service since 1984, carried 310 passengers on its final trip.", _FERRY),
        # a length of years back from now to a year of the sentence the claim is about
        ("The chapel is 166 years old.", _CHAPEL),
        ("The 166-year-old chapel goes to auction in May.", _CHAPEL),
        ("It was the station's wettest month in 130 years of records.", _RAIN),
        # a length in months between two months of one sentence, counted start to start or inclusive
        ("The bridge will be resurfaced over six months.", _BRIDGE),
        ("Resurfacing the Kelso Road bridge will take about half a year.", _BRIDGE),
        ("Resurfacing the Kelso Road bridge will take seven months.", _BRIDGE),
        # a day its own sentence places beside a source day
        (
            "The council will publish the Ashby bypass consultation's results on 12 June, the day after it closes.",
            _CONSULTATION,
        ),
        (
            "The Ashby bypass consultation closes on 11 June, and the council will publish its results a week later, "
            "on 18 June.",
            _CONSULTATION,
        ),
        # a level before two moves of one source sentence
        ("Pantry Foods began the year with 393 stores.", _STORES),
        ("The Wendle rowing club started 2027 with 251 members.", _MEMBERS),
        # a price less a percentage the source takes off it
        ("Snapleaf Plus members will pay £18.74 for a standard book.", _PLUS),
        ("Pre-ordering before 31 March brings a single sensor down to £31.20.", _PREORDER),
        ("A pre-order saves £7.80 on a single sensor.", _PREORDER),
        # the level a change comes to from the start the source gives
        ("A day on the Tarn ferry now costs £12.", _FARE_RISE),
        ("Hobbs Farm now milks 360 cows.", _HERD),
        ("In the sale the Fellside jacket costs £84.", _SALE),
        # an average said by its verb, from a total and the count it is spread over
        (
            "The three repairs Mr Dale paid for last year averaged £420.",
            "Last year you paid for three repairs, totalling £1,260.",
        ),
        ("Her four claims averaged £615 each.", "You made four claims this year, which came to £2,460."),
    ],
)
def test_figures_worked_out_from_the_source_are_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The Ledgerly app shrinks by about 45% to 61MB.", _APP, "about 45%"),
        ("The Ledgerly app shrinks by 33MB, about 25%, to 61MB.", _APP, "about 25%"),
        ("The new kiln uses 40% less energy a firing, at 180 kWh.", _KILN, "40%"),
        ("The update reaches every customer three weeks after it starts.", _ROLLOUT, "three weeks"),
        ("The update takes a month to reach every customer.", _ROLLOUT, "a month"),
        ("The porters were on strike for five weeks.", _STRIKE, "five weeks"),
        ("The trial lasted six weeks before the jury returned its verdict.", _TRIAL, "six weeks"),
        ("The bakery, in business since about 1980, was fined £48,000.", _BAKERY, "1980"),
        ("Founded in 1995, the bakery was fined £48,000 after admitting five hygiene offences.", _BAKERY, "1995"),
        ("The Tern, in service since 1974, carried 310 passengers on its final trip.", _FERRY, "1974"),
        ("The chapel is 126 years old.", _CHAPEL, "126 years"),
        ("The 186-year-old chapel goes to auction in May.", _CHAPEL, "186-year"),
        ("It was the station's wettest month in 110 years of records.", _RAIN, "110 years"),
        ("Resurfacing the Kelso Road bridge will take nine months.", _BRIDGE, "nine months"),
        ("Resurfacing the Kelso Road bridge will take four months.", _BRIDGE, "four months"),
        (
            "The council will publish the Ashby bypass consultation's results on 13 June, the day after it closes.",
            _CONSULTATION,
            "13 June",
        ),
        (
            "The Ashby bypass consultation closes on 11 June, and the council will publish its results a week later, "
            "on 19 June.",
            _CONSULTATION,
            "19 June",
        ),
        ("Pantry Foods began the year with 373 stores.", _STORES, "373"),
        ("The Wendle rowing club started 2027 with 241 members.", _MEMBERS, "241"),
        ("Snapleaf Plus members will pay £17.50 for a standard book.", _PLUS, "£17.50"),
        ("Pre-ordering before 31 March brings a single sensor down to £32.20.", _PREORDER, "£32.20"),
        ("The Fellside jacket is down to £90 in the sale.", _SALE, "£90"),
        ("A day on the Tarn ferry now costs £13.", _FARE_RISE, "£13"),
        ("Hobbs Farm now milks 480 cows.", _HERD, "480"),
    ],
)
def test_figures_the_source_does_not_give_are_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)
