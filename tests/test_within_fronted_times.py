"""Within one document: a time that opens a sentence ("In March, 410 staff joined the union", "In
2019 the river peaked ..., and 140 homes were flooded", "In the first half,") dates the figures
after it, and a sentence that opens on a number of three digits is a sentence of its own ("... in
March. 560 staff joined in June."), so figures of two times are two figures, not one stated twice.
A month stated on one side only still leaves the two as one."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

import numcheck

TWO_MONTHS = [
    ("In March, 410 staff joined the union. In June, 560 staff joined the union.", "560"),
    (
        "About 60 homes were flooded in Elton. In 2019 the river peaked at 4.4 metres, and 140 homes were flooded.",
        "140",
    ),
    (
        "Operating profit was £86 million on revenue of £798 million. In the first half, operating profit was £39 "
        "million on revenue of £384 million.",
        "£384 million",
    ),
    ("In March, 41% of staff backed the plan. In June, 56% of staff backed the plan.", "56%"),
    ("410 staff joined the union in March. 560 staff joined the union in June.", "560"),
    ("By late April, 1,200 households had signed up. By late July, 2,100 households had signed up.", "2,100"),
    # a subject named by its month
    (
        "The May fair, which drew 2,400 people, was the best yet. The September one, when it poured, drew 1,100.",
        "1,100",
    ),
    ("The March sale raised £4,300 for the church roof. The June sale raised £2,900.", "£2,900"),
]


@pytest.mark.parametrize(("text", "figure"), TWO_MONTHS)
def test_figures_of_two_months_are_two_figures(text: str, figure: str) -> None:
    assert not flags_at(text, figure, "doc.txt")


# An act each sentence counts with another figure happened twice: its two dates are no slip
TWO_OCCURRENCES = [
    "In March, 410 staff joined the union. In June, 560 staff joined the union.",
    "In 2023, 410 volunteers planted trees. In 2024, 560 volunteers planted trees.",
    "On Monday, 1,200 fans queued for tickets. On Tuesday, 800 fans queued for tickets.",
]


@pytest.mark.parametrize("text", TWO_OCCURRENCES)
def test_an_act_counted_twice_at_two_dates_is_two_occurrences(text: str) -> None:
    assert not flags(text, "doc.txt")


ONE_EVENT_TWO_DATES = [
    ("The Harlow bridge opened in 1932 with 400 workers on site. The bridge opened in 1923.", "1923"),
    ("The hall opened in 1932 to 400 guests. The hall, which opened in 1923 to 400 guests, is listed.", "1923"),
]


@pytest.mark.parametrize(("text", "figure"), ONE_EVENT_TWO_DATES)
def test_one_event_dated_twice_is_still_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


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
        ("In 2019 the river peaked at 4.4 metres, and 140 homes were flooded.", "140", ("2019",)),
        ("In the first half, revenue was £384 million.", "£384 million", ("h1",)),
        ("In the second quarter sales fell to 41,000.", "41,000", ("q2",)),
        ("On Sunday, 300 people came to the fair.", "300", ("sunday",)),
        # not past a contrast, nor a time of the saying
        ("In 2019 the firm sold 300 cars, but the council says 40 buses were sold.", "40", ()),
        ("In the first half, officials said, revenue was £40 million.", "£40 million", ()),
        ("In total, 410 staff joined in the spring.", "410", ()),
    ],
)
def test_a_month_that_opens_the_sentence_dates_its_figures(sentence: str, figure: str, times: tuple[str, ...]) -> None:
    claim = next(claim for claim in numcheck.extract(sentence) if claim.text == figure)
    assert claim.evidence is not None and claim.evidence.times == times
