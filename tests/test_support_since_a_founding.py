"""A length of years that runs from a source's year of founding to the present ("open for more
than 30 years" from "opened in 1994") is supported when that present is no earlier than the
latest year the sources name or five years ago, and no later than next year. A length that does not run to the
present ("cost £3.2 million over ten years") is not."""

from __future__ import annotations

import pytest
from against_source import flagged

_TUNNEL = "The Alder tunnel, which opened in 1994, is 3.4 km long. Repairs will close it for 10 weeks from 6 January."
_BAKERY = "The bakery was founded in 1961 by Ada Price and spent its first 27 years in Market Street."
_POOL = ("The pool, opened in 1971, had 61,000 visits last year, down from 88,000 in 2015. Repairing the old pool "
         "would have cost £3.2 million over five years.")  # fmt: skip


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The tunnel, open for more than 30 years, will close for ten weeks from January.", _TUNNEL),
        ("The bakery has been running for more than six decades.", _BAKERY),
        ("In business since 1961, the bakery has been open for over 60 years.", _BAKERY),
    ],
)
def test_years_since_a_founding_are_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The tunnel, open for more than 50 years, will close for ten weeks from January.", _TUNNEL,
         "more than 50 years"),
        ("The bakery has been running for 20 years.", _BAKERY, "20 years"),
        ("Repairs to the old pool would have cost £3.2 million over ten years.", _POOL, "ten years"),
    ],
)  # fmt: skip
def test_years_the_founding_does_not_give_are_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)


# "the first rise in five years" runs back to the last rise, which the source dates "since 2022";
# the present is the source's own year (2027 here, in its dateline)
_FARES = ("Licensing committee, Monday 18 January 2027. Members approved a 9% rise in the maximum taxi fare, the "
          "first since 2022. The new fares take effect on 1 March after a 14-day objection period.")  # fmt: skip
_RAIN = ("Weather review, 3 June 2027. May brought 141 mm of rain at Ashby, the most since 2012, and the river "
         "peaked at 4.2 metres.")  # fmt: skip
_FIRST_SINCE = [
    ("The new fares, the first rise in five years, take effect on 1 March.", _FARES),
    ("The committee approved the first fare increase in five years.", _FARES),
    ("Ashby had its wettest May in 15 years, with 141 mm of rain.", _RAIN),
]
_FIRST_SINCE_WRONG = [
    ("The new fares, the first rise in seven years, take effect on 1 March.", _FARES, "seven years"),
    ("Ashby had its wettest May in 25 years, with 141 mm of rain.", _RAIN, "25 years"),
    # a year that is no "since": the dateline's 2027 is not the last rise
    (
        "The new fares, the first rise in five years, take effect on 1 March.",
        "Licensing committee, 18 January 2027. Members approved a 9% rise in the taxi fare, set in 2019. The new fares "
        "take effect on 1 March after a 14-day objection period.",
        "five years",
    ),
]


@pytest.mark.parametrize(("draft", "source"), _FIRST_SINCE)
def test_the_first_in_years_since_a_dated_last_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), _FIRST_SINCE_WRONG)
def test_the_first_in_other_years_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)
