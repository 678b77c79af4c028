"""Ranges of news copy, and a unit stated once for a list of figures."""

from __future__ import annotations

import pytest

import numcheck

# (sentence, claim text, low, high, unit)
RANGES = [
    ("The deal values the unit at US$40 to $45 billion.", "US$40 to $45 billion", 40e9, 45e9, "USD"),
    ("The tax will raise $200 to $250 billion.", "$200 to $250 billion", 200e9, 250e9, "USD"),
    ("The gang made $40 to $50 million a year.", "$40 to $50 million a year", 40e6, 50e6, "USD"),
    ("Analysts expect 40-45 million units to ship.", "40-45 million", 40e6, 45e6, None),
    ("The watchdog can impose fines from £50,000 to £2 million.", "£50,000 to £2 million", 5e4, 2e6, "GBP"),
    ("Prices run from £249 to £399.", "£249 to £399", 249, 399, "GBP"),
    ("Sentences run from five to eight years.", "five to eight years", 5, 8, "year"),
    ("Talks could take two or three years.", "two or three years", 2, 3, "year"),
    ("Recovery takes six or eight weeks.", "six or eight weeks", 6, 8, "week"),
    ("The squad will be cut to 23 or 24 players.", "23 or 24", 23, 24, None),
    ("The boat will need 7- or 8-inch bolts.", "7- or 8-inch", 7, 8, "inch"),
    ("The screen comes in 13- or 15-inch versions.", "13- or 15-inch", 13, 15, "inch"),
    ("Tickets cost 12 or $15 at the gate.", "12 or $15", 12, 15, "USD"),
    ("The drugs weighed six or seven pounds.", "six or seven pounds", 6, 7, "pound"),
    ("Around 40/45% of staff took the offer.", "Around 40/45%", 40, 45, "percent"),
    ("The outage lasted 20/25 minutes.", "20/25 minutes", 20, 25, "minute"),
]

# "from ... to" after a change word is a change, and "X or Y" far apart or in a list is no range.
NOT_RANGES = [
    ("Sales rose from $300 to $1,200.", "$300"),
    ("Inflation fell from 5% to 3% over the year.", "5%"),
    ("An increase from 40 to 60 seats was forecast.", "40"),
    ("The vote could go 5 or 50 ways.", "5"),
    ("Fans paid 20, 30 or £45 depending on the seat.", "30"),
    ("Only 3/4 of voters turned out.", "3/4"),
    # "by X to Y": the change, then the new level, whatever stands between the verb and "by"
    ("The council raised the fee by £20 to £120.", "£20"),
    ("Brisklet raised its profit forecast by ¥2 billion to ¥115 billion.", "¥2 billion"),
    ("The board cut the dividend by 5p to 12p a share.", "5p"),
]

# (sentence, the figures in order with their units)
LISTS = [
    ("The bands pay 20, 40 and 45% tax.", [("20", "percent"), ("40", "percent"), ("45%", "percent")]),
    ("Councils were given 2, 3 or 4 percent rises.", [("2", "percent"), ("3", "percent"), ("4 percent", "percent")]),
    ("Fans paid 20, 30 or £45 depending on the seat.", [("20", "GBP"), ("30", "GBP"), ("£45", "GBP")]),
    ("The course has climbs of 3, 5 and 8 km.", [("3", "kilometer"), ("5", "kilometer"), ("8 km", "kilometer")]),
    ("The runners covered 10 and 13 miles.", [("10", "mile"), ("13 miles", "mile")]),
    # a count and a measure are no list: the noun after the first figure says what it counts
    ("The 300 runners and 13 miles made a hard day.", [("300", None), ("13 miles", "mile")]),
    ("Between 2019 and 2021, 40 and 45 km were built.", [("40", "kilometer"), ("45 km", "kilometer")]),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit"), RANGES)
def test_ranges(sentence: str, text: str, low: float, high: float, unit: str | None) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    claim = claims[text]
    assert (claim.low, claim.high, claim.unit) == (pytest.approx(low), pytest.approx(high), unit)


@pytest.mark.parametrize(("sentence", "text"), NOT_RANGES)
def test_not_ranges(sentence: str, text: str) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    assert claims[text].qualifier not in ("range", "between")


@pytest.mark.parametrize(("sentence", "expected"), LISTS)
def test_a_unit_stated_once_for_a_list(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    got = [(c.text, c.unit) for c in numcheck.extract(sentence) if c.kind.is_quantity]
    assert got == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "There was a tripling of applications to the course, from 400 to 2,000.",
        "There was a halving of arrests in the district, from 800 to 620.",
        "From 40 to 10: the hospital's waiting list fell by half.",
    ],
)
def test_from_to_is_a_change_when_it_falls_or_the_sentence_speaks_of_change(sentence: str) -> None:
    assert [c.text for c in numcheck.extract(sentence) if c.qualifier == "range"] == []


# A change's bare start takes the unit its end names; a count's start stays a count
@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Its area has fallen from 18.4 to 14.7 square kilometres.", "18.4", "kilometer ** 2"),
        ("The walk was cut from 12 to 9 miles.", "12", "mile"),
        ("Fees went up from 40 to 45 euros.", "40", "EUR"),
        ("Membership grew from 40 to 95 members.", "40", None),
    ],
)
def test_a_changes_bare_start_takes_its_ends_unit(sentence: str, text: str, unit: str | None) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert found.unit == unit


# A change's endpoints belong to the change of their own clause
@pytest.mark.parametrize(
    ("sentence", "text", "from_value", "to_value"),
    [
        ("The glacier has retreated 1.2 km, and its area has fallen from 18.4 to 14.7 square kilometres.",
         "1.2 km", None, None),
        ("Sales rose 12% while costs fell from £40m to £38m.", "12%", None, None),
        ("A 15% rise in fares took the single ticket from £2 to £2.30.", "15%", 2, 2.3),
        ("Fares rose 20%, from £2 to £2.40.", "20%", 2, 2.4),
    ],
)  # fmt: skip
def test_endpoints_belong_to_their_clauses_change(
    sentence: str, text: str, from_value: float | None, to_value: float | None
) -> None:
    found = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (found.from_value, found.to_value) == (from_value, to_value)
