"""A time in a sentence dates its figure only where it is the figure's: not a "since" clause after a
level ("the heaviest blow since the pit closed in 1991", "the worst since 1991": a span the level
is set against), nor the saying that reports it ("said on Tuesday that all 340 jobs would go"). A
change's own "since 2024" is its span, and a fronted year still dates what follows it."""

from __future__ import annotations

import pytest
from one_document import flags_at

import numcheck

TIMES = [
    ("The leader called the 430 job losses the heaviest blow since the pit closed in 1991.", "430", ()),
    ("The 430 job losses are the worst since 1991.", "430", ()),
    ("Its owner said on Tuesday that all 340 jobs at the works would go.", "340", ()),
    ("Its owner said on Tuesday, that all 340 jobs would go.", "340", ()),
    ("Dams have doubled since 2024.", "doubled", ("2024",)),
    ("In 2020 the firm had 300 staff.", "300", ("2020",)),
    ("The firm said in March that 410 staff would go.", "410", ()),
    ("The firm cut 410 jobs in March.", "410", ("march",)),
    ("The firm had 300 staff in 2020, its highest since 1999.", "300", ("2020",)),
]


@pytest.mark.parametrize(("sentence", "figure", "times"), TIMES)
def test_a_time_dates_the_figure_only_when_it_is_the_figure_s(
    sentence: str, figure: str, times: tuple[str, ...]
) -> None:
    claim = next(c for c in numcheck.extract(sentence) if c.text == figure)
    assert claim.evidence is not None and claim.evidence.times == times


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Its owner said on Tuesday that all 340 jobs at the works would go. The council leader called the 430 "
            "job losses the heaviest blow to the town since the pit closed in 1991.",
            "430",
        ),
        (
            "The works will close with the loss of 340 jobs. The union said on Monday that all 310 jobs at the "
            "works would go.",
            "310",
        ),
    ],
)
def test_one_fact_said_with_another_event_s_time_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


def test_two_years_figures_are_not_flagged() -> None:
    text = "The works employed 340 people in 2026. In 1991 it employed 430, its most since it opened."
    assert not flags_at(text, "")


ASIDES = [
    # a figure in an aside is dated and framed by the aside only
    ("The glassworks, which employs 340 people, will close by the end of June.", "340", ()),
    ("The zoo, which opened in 1961, says its 84 penguins are thriving.", "84", ()),
    ("The glassworks, which employed 340 people in 2020, will close in June.", "340", ("2020",)),
]


@pytest.mark.parametrize(("sentence", "figure", "times"), ASIDES)
def test_a_figure_in_an_aside_takes_the_aside_s_time_only(sentence: str, figure: str, times: tuple[str, ...]) -> None:
    claim = next(c for c in numcheck.extract(sentence) if c.text == figure)
    assert claim.evidence is not None and claim.evidence.times == times
