"""Within one document: a month that opens a sentence ("In March, 410 staff joined the union")
dates the figures after it, and a sentence that opens on a number of three digits is a sentence of
its own ("... in March. 560 staff joined in June."), so figures of two months are two figures, not
one stated twice. A month stated on one side only still leaves the two as one."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

import numcheck

TWO_MONTHS = [
    ("In March, 410 staff joined the union. In June, 560 staff joined the union.", "560"),
    ("In March, 41% of staff backed the plan. In June, 56% of staff backed the plan.", "56%"),
    ("410 staff joined the union in March. 560 staff joined the union in June.", "560"),
    ("By late April, 1,200 households had signed up. By late July, 2,100 households had signed up.", "2,100"),
]


@pytest.mark.parametrize(("text", "figure"), TWO_MONTHS)
def test_figures_of_two_months_are_two_figures(text: str, figure: str) -> None:
    assert not flags_at(text, figure, "doc.txt")


ONE_FIGURE = [
    ("In March, 410 staff joined the union. The 460 staff who joined are mostly nurses.", "460"),
    ("In March, 410 staff joined the union, it said. Officials said 401 staff joined the union in March.", "401"),
]


@pytest.mark.parametrize(("text", "figure"), ONE_FIGURE)
def test_one_month_said_once_or_twice_still_joins_the_figures(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


@pytest.mark.parametrize(
    ("sentence", "figure", "times"),
    [
        ("In March, 410 staff joined the union.", "410", ("march",)),
        ("By late June 2024, 300 residents had signed.", "300", ("2024", "june")),
        ("During October, 52% of riders were late.", "52%", ("during october", "october")),
        ("In a March survey, 40% agreed.", "40%", ()),
        ("In total, 410 staff joined in the spring.", "410", ()),
    ],
)
def test_a_month_that_opens_the_sentence_dates_its_figures(sentence: str, figure: str, times: tuple[str, ...]) -> None:
    claim = next(claim for claim in numcheck.extract(sentence) if claim.text == figure)
    assert claim.evidence is not None and claim.evidence.times == times
