"""A multiplier said of two levels the document gives ("a threefold rise" after "up from 48,000 to
144,000", "twice the 48,000 lent in 2023" after "144,000 e-books were borrowed last year") is held to
the factor between them, as change-arithmetic holds a multiplier with its own ends: the larger level
over the smaller ("a fourfold drop" from 2,400 to 800 is 3x), within the multiplier tolerance or its
hedge. A verb of multiplying in another sentence ("Loans have quadrupled") states that change too.
Before, such a multiplier was set against the amount the levels moved ("from 48,000 to 144,000
is 96,000, not 3"), an error on every correct one; and "twice the 48,000" was read against its
levels only when at most two words came between the first level and the comma."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the multiplier a finding must point at)
MULTIPLIER_AGAINST_ITS_LEVELS = [
    ("Readers borrowed 144,000 e-books in 2026, against 48,000 in 2023, a fourfold rise.", "fourfold"),
    ("E-book loans reached 144,000 last year, up from 48,000 in 2023, a fourfold rise.", "fourfold"),
    ("E-book loans rose from 48,000 in 2023 to 144,000 last year. That is a fourfold increase.", "fourfold"),
    ("144,000 e-books were borrowed from the county's libraries last year, twice the 48,000 lent in 2023.", "twice"),
    ("The harbour handled 9,300 cruise passengers this summer, four times the 3,100 it saw in 2019.", "four times"),
    ("Membership fell from 2,400 to 800, a fourfold drop.", "fourfold"),
    ("The charity now runs 45 shops, double the 15 it had in 2015.", "double"),
    ("Ticket sales reached £3.6 million, five times the £900,000 taken the year before.", "five times"),
    # a verb of multiplying in another sentence ("have quadrupled") states the change too
    (
        "E-book loans rose from 48,000 in 2023 to 144,000 last year. Loans have quadrupled, the council said.",
        "quadrupled",
    ),
    ("Membership fell from 2,400 to 800 over the decade. Membership has halved, the club admits.", "halved"),
    # a copula between the level and the multiplier
    ("This season's gate, 18,600, is twice the 6,200 of the club's first season.", "twice"),
    ("Last year's harvest of 9,000 tonnes was four times the 3,000 tonnes of 2015.", "four times"),
]
MULTIPLIER_THAT_HOLDS = [
    "Readers borrowed 144,000 e-books in 2026, against 48,000 in 2023, a threefold rise.",
    "E-book loans reached 144,000 last year, up from 48,000 in 2023, a threefold rise.",
    "E-book loans rose from 48,000 in 2023 to 144,000 last year. That is a threefold increase.",
    "144,000 e-books were borrowed from the county's libraries last year, three times the 48,000 lent in 2023.",
    "The harbour handled 9,300 cruise passengers this summer, three times the 3,100 it saw in 2019.",
    "Membership fell from 2,400 to 800, a threefold drop.",
    "The charity now runs 45 shops, triple the 15 it had in 2015.",
    "Ticket sales reached £3.6 million, four times the £900,000 taken the year before.",
    "Loans rose from 48,000 to 100,000, roughly a doubling.",
    "The port now handles 9,300 passengers, almost three times the 3,400 of 2019.",
    # the multiplier's levels are the two figures it stands between, not the first of the sentence
    "The club has 2,600 members and 40 coaches, twice the 20 it had in 2019.",
    "E-book loans rose from 48,000 in 2023 to 144,000 last year. Loans have tripled, the council said.",
    "Membership fell from 2,400 to 1,200 over the decade. Membership has halved, the club admits.",
    "This season's gate, 18,600, is three times the 6,200 of the club's first season.",
    "Last year's harvest of 9,000 tonnes was three times the 3,000 tonnes of 2015.",
    # another thing, another period
    "Sales rose from £12 million to £24 million. Profits have tripled.",
    "Membership fell from 2,400 to 800 over the decade. It has halved since 2019.",
    # a change from a year of its own, ending at the same level, is another change (the percentage
    # was an error before)
    "Troops in Dunby doubled to 60,000 since 1920. Troop numbers in Dunby rose from 10,000 in 1924 to 60,000 in 1925.",
    "Sales at the bakery rose 40% to £54 million since 2019. Sales rose from £48m in 2024 to £54m in 2025.",
]


@pytest.mark.parametrize(("text", "figure"), MULTIPLIER_AGAINST_ITS_LEVELS)
def test_a_multiplier_its_levels_do_not_give_is_flagged(text: str, figure: str) -> None:
    found = flags_at(text, figure)
    assert found, text
    assert any("×" in message for message in found), found  # the factor, not the amount moved


@pytest.mark.parametrize("text", MULTIPLIER_THAT_HOLDS)
def test_a_multiplier_its_levels_give_is_quiet(text: str) -> None:
    assert flags(text) == []


def test_one_pair_is_reported_once_however_many_checks_reach_it() -> None:
    # "halved" against its levels is both a linked pair of changes and a change with its ends: one
    # rule, one pair of claims, one finding
    found = flags("Membership fell from 2,400 to 800 over the decade. Membership has halved, the club admits.")
    assert len(found) == 1, found


def test_a_fraction_change_says_which_way_and_how_far_in_a_plain_percentage() -> None:
    found = flags("Membership fell from 2,400 to 800, a halving.")
    assert any("is a fall of 66.7%" in message and "not halving" in message for message in found), found
