"""Dates, times, identifiers and ordinals are claims of their own kinds, never counts."""

from __future__ import annotations

import pytest
from claim_table import check

import numcheck

KINDED = [
    ("Russia invaded Ukraine on 24 February.", "24 February", "date"),
    ("The law came into force in June 2022.", "2022", "date"),
    ("The bridge was built in 1932.", "1932", "date"),
    ("House prices soared in the 1990s.", "1990s", "date"),
    ("The meeting starts at 10am.", "10am", "date"),
    ("The train left at 2.15pm.", "2.15pm", "date"),
    ("The accord was signed at 9.30am on Monday.", "9.30am", "date"),
    ("The vote is due on March 3.", "3", "date"),
    ("He died on the 3rd of May.", "3rd", "date"),
    ("The 2019-20 season was cancelled.", "2019-20", "date"),
    ("Slovakia sent its S-300 air defence system.", "S-300", "other"),
    ("The pilot was flying a MiG-29 when it crashed.", "MiG-29", "other"),
    ("The airline grounded its Boeing 737 fleet.", "737", "other"),
    ("The US will send F-16 jets to Ukraine.", "F-16", "other"),
    ("Covid-19 cases are rising again.", "Covid-19", "other"),
    ("Nato's Article 5 commits members to mutual defence.", "5", "other"),
    ("Flight 370 disappeared in 2014.", "370", "other"),
    ("It was the greatest feat of the 21st century.", "21st", "ordinal"),
    ("She finished 2nd in the final.", "2nd", "ordinal"),
    ("Troops crossed the border at 0600 hrs.", "0600 hrs", "date"),
    ("The attack began at 1800 hours.", "1800 hours", "date"),
    ("Engineers recalled part 24703L202 last week.", "24703", "other"),
    ("The faulty unit, coded 4471B22, was withdrawn.", "4471B22", "other"),
]

NEVER_COUNTS = [
    # a decade of an age or of a century
    "Most of the volunteers were in their 50s, 60s and 70s.",
    "He is thought to be in his early 40s.",
    "Disco records from the 70s and 80s sold out.",
    "Leaders met at the G7 summit in Cornwall.",
    "She was the first woman to win the race.",
    "The A380 can carry large numbers of passengers.",
    "The firm was founded in 1886.",
    "The election will be held on 12 December 2019.",
    "Covid-19 cases are rising again.",
    "The MiG-29 and the F-16 flew side by side.",
    # letters fused to digits make a code, unless they are a currency's ("USD115", in the money table)
    "Flight MH17 was shot down over Ukraine.",
    "The ABC123 part was recalled.",
    "The A380 and the F35 were grounded.",
    # "one", a number in words before a hyphen, and slashed figures need a unit to be amounts
    "One of the suspects was arrested on Monday.",
    "She stayed in a five-star hotel near the beach.",
    "The brand is popular with twenty-somethings.",
    "At one point the crowd surged forward.",
    "One day the river burst its banks.",
    "He had one foot on the ladder when it slipped.",
    "The helpline is open 24/7.",
    "The 9/11 attacks changed air travel.",
    "The vote was held on 12/05/2020.",
    "Two thirds voted in favour.",
    # "zero" in a name or a policy counts nothing
    "The government aims to reach net zero by the middle of the century.",
    "The firm wants net-zero emissions from its fleet.",
    "Police promised zero tolerance of knife crime.",
    "Many couriers are on zero-hours contracts.",
    "Trade is not a zero-sum game.",
    "The council bought a zero-emission bus.",
    "Crews worked at ground zero for months.",
    # a numbered item run on in a paragraph of minutes
    "Minutes of the spring meeting. 1. Apologies were received. 2. The minutes were approved.",
    "Committee notes. 3. Grounds report; 4. Any other business.",
]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("There were zero deaths on the roads last month.", "zero"),
        ("She worked zero hours last week.", "zero hours"),
        ("Overnight temperatures fell to zero.", "zero"),
    ],
)
def test_zero_that_counts_or_measures_is_read(sentence: str, text: str) -> None:
    assert text in [c.text for c in numcheck.extract(sentence) if c.kind.is_quantity]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The home side scored 4. Then the rain came.", "4"),
        ("Prices rose to 12. Demand fell.", "12"),
        ("Membership: 1,864. 212 are juniors.", "212"),
        ("Goals: 3. Assists: 2.", "3"),
    ],
)
def test_a_count_that_ends_a_sentence_is_no_item_number(sentence: str, text: str) -> None:
    assert text in [c.text for c in numcheck.extract(sentence) if c.kind.is_quantity]


@pytest.mark.parametrize(("sentence", "text", "kind"), KINDED, ids=[c[0][:40] for c in KINDED])
def test_kind(sentence: str, text: str, kind: str) -> None:
    claim = check(sentence, text, {"kind": kind})
    assert claim.subject is None
    assert claim.base_value is None


@pytest.mark.parametrize("sentence", NEVER_COUNTS)
def test_never_a_quantity(sentence: str) -> None:
    assert [c.text for c in numcheck.extract(sentence) if c.kind.is_quantity] == []
