"""A figure in brackets lends its noun to no figure after the brackets close: "stronger in women
(1,402 participants), at 38%, than in men, at 22%" says nothing of 38% of participants, so a draft
share of participants worked out elsewhere is not set against the 38% or the 22%. A figure after
an earlier one with no brackets between still takes its noun ("rose to £6bn, up from £5bn")."""

from __future__ import annotations

import pytest
from against_source import flagged

import numcheck

STUDY = (
    "Researchers tracked 2,318 adults. There were 184 dementia diagnoses. "
    "The effect was stronger in women (1,402 participants), at 38%, than in men, at 22%."
)
SALES = "Sales grew fastest in the north (410 stores), at 9%, against 4% in the south."


def _subjects(text: str) -> dict[str, str | None]:
    return {c.text: c.subject for c in numcheck.extract(text + "\n")}


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("The effect was stronger in women (1,402 participants), at 38%, than in men, at 22%.", "38%", "effect"),
        ("The effect was stronger in women (1,402 participants), at 38%, than in men, at 22%.", "22%", "effect"),
        ("Revenue rose to £6bn, up from £5bn.", "£5bn", "revenue"),
    ],
)
def test_a_figure_takes_no_noun_from_inside_closed_brackets(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The effect was stronger in women (1,402 participants), at 38%, than in men, at 22%.", "38%"),
        ("Turnout was highest in the town (12,400 voters), at 41%, against 35% in villages.", "41%"),
        ("The north (410 stores) grew 9%.", "9%"),
    ],
)
def test_the_noun_in_brackets_is_not_the_later_figure_s(text: str, figure: str) -> None:
    assert _subjects(text)[figure] not in ("participant", "voter", "store")


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("About 8% of participants were diagnosed with dementia.", STUDY),
        ("Women made up about 60% of the participants.", STUDY),
        ("The effect was 38% in women and 22% in men.", STUDY),
        ("Sales grew fastest in the north (where 410 stores trade), at 9%, against 4% in the south.", SALES),
    ],
)
def test_a_share_of_the_bracketed_noun_is_not_set_against_the_later_figures(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The effect was 38% in women and 32% in men.", STUDY, "32%"),
        ("Sales grew 9% in the north and 6% in the south.", SALES, "6%"),
    ],
)
def test_a_changed_figure_after_the_brackets_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert figure in {text for _, text in flagged(draft, source)}
