"""What a correct summary does with a source's figures, said in new words: the size of a rise from
"up from" (the level is the count, not the period it was counted over: "18,400 visitors over three
days, up from 15,900"), a share of a capacity the next sentence gives with a pronoun ("holds 4.2
billion litres when full. ... it was at 38% of capacity"), a share of "the population" of a count
of people, and the jobs a plant keeps after a cut from the people it employs. Each edited the way
a summary is edited is still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

_SHOW = ("The Kelso flower show drew 18,400 visitors over three days, up from 15,900 last year. Saturday was "
         "busiest with 8,100 people.")  # fmt: skip
_MARKET = "The Tarn market had 212 stalls over the weekend, up from 164 last year, and took £96,000."
_RESERVOIR = ("The reservoir holds 4.2 billion litres when full. After a dry summer it was at 38% of capacity on "
              "1 September, compared with 71% a year earlier.")  # fmt: skip
_THEATRE = "The Albany theatre seats 1,200 people. On opening night it was at 85% of capacity."
_PLANT = "Brightwater said it would cut 640 jobs at its Hull plant, which employs 2,150 people."
_TOWN = ("The 2026 census counted 52,300 people in Ashby, up from 48,100 in 2016. Over-65s made up 22% of the "
         "population, against 18% ten years earlier.")  # fmt: skip

CORRECT = [
    ("Attendance at the Kelso flower show rose by about 2,500 to 18,400.", _SHOW),
    ("The show drew almost 16% more visitors than last year.", _SHOW),
    ("The market had 48 more stalls than last year.", _MARKET),
    ("The reservoir held about 1.6 billion litres on 1 September.", _RESERVOIR),
    ("About 1,020 people were at the Albany's opening night.", _THEATRE),
    ("About 11,500 Ashby residents are over-65s.", _TOWN),
    ("About 1,510 jobs will remain at the plant.", _PLANT),
]


@pytest.mark.parametrize(("draft", "source"), CORRECT)
def test_a_correct_summary_is_not_reported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


EDITED = [
    ("Attendance at the Kelso flower show rose by about 3,500 to 18,400.", _SHOW, "about 3,500"),
    ("The show drew almost 26% more visitors than last year.", _SHOW, "almost 26%"),
    ("The market had 68 more stalls than last year.", _MARKET, "68"),
    ("The reservoir held about 2.6 billion litres on 1 September.", _RESERVOIR, "about 2.6 billion litres"),
    ("About 600 people were at the Albany's opening night.", _THEATRE, "About 600"),
    ("About 15,500 Ashby residents are over-65s.", _TOWN, "About 15,500"),
    ("About 1,150 jobs will remain at the plant.", _PLANT, "About 1,150"),
]


@pytest.mark.parametrize(("draft", "source", "figure"), EDITED)
def test_an_edited_summary_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)
