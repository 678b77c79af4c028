"""A figure whose very quantity a source states otherwise (the same noun, narrowed the same way, by
the same verb, nothing to tell the two apart) is contradicted, however a sum or difference of the
source's other figures happens to give it: "day ticket: €65" against "a day ticket €45" when a
weekend ticket costs €110. Arithmetic still supports a figure that is a part, a whole, a margin,
a change or another narrowing of the noun."""

from __future__ import annotations

import pytest
from against_source import flagged

CONTRADICTED = [
    # (draft, source, the draft's figure)
    (
        "Festival tickets:\n- day ticket: €65\n- weekend ticket: €110\n",
        "The weekend ticket costs €110 and a day ticket €45.",
        "€65",
    ),
    (
        "The adult membership costs £90 a year.",
        "Family membership is £150 a year and adult membership £60 a year.",
        "£90",
    ),
    (
        "The new school has 320 primary places.",
        "The new school will have 520 places: 200 primary places and 320 secondary places.",
        "320",
    ),
    (
        "Vans in the fleet: 45 electric vans.",
        "The fleet of 130 vans includes 85 diesel vans and 40 electric vans.",
        "45",
    ),
]


@pytest.mark.parametrize(("draft", "source", "figure"), CONTRADICTED)
def test_a_figure_the_source_states_otherwise_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure or text.startswith(figure) for _, text in flagged(draft, source))


SUPPORTED = [
    # a margin between the two, said as one
    ("A weekend ticket costs €65 more than a day ticket.", "The weekend ticket costs €110 and a day ticket €45."),
    # the rest of a whole, with its own narrowing
    (
        "The school will have 200 primary places.",
        "The new school will have 520 places, 320 of them secondary places.",
    ),
    # a part taken from a whole ("of the")
    ("36 of the 48 parish councillors backed the route.", "Three-quarters of the 48 parish councillors backed it."),
    # another time
    (
        "Day tickets cost €40 in 2024.",
        "A day ticket costs €45 this year, up from €40 in 2024; a weekend ticket costs €110.",
    ),
    # the sum of two narrowed counts, with no narrowing of its own
    ("The fleet has 125 vans.", "The fleet has 85 diesel vans and 40 electric vans."),
    # the sum of one thing's figures at two times, the times said on the source's side only
    (
        "The park sold 7,000 day tickets over the summer.",
        "It sold 4,000 day tickets in July and 3,000 day tickets in August.",
    ),
    (
        "Members paid £210 in adult fees.",
        "Adult fees came to £120 in the spring term and adult fees of £90 were paid in the autumn term.",
    ),
]


@pytest.mark.parametrize(("draft", "source"), SUPPORTED)
def test_arithmetic_still_supports_parts_margins_and_other_times(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


def test_a_rate_for_each_of_several_is_no_counterpart() -> None:
    # "each" makes it a share of the total, which a quotient supports
    assert flagged("The pumps move 40 litres a minute each.", "The 3 pumps move 120 litres a minute.") == []


def test_a_message_names_what_the_figures_are_about_when_no_subject_is_read() -> None:
    from against_source import findings

    (finding,) = [f for f in findings(*CONTRADICTED[0][:2]) if f.rule == "figure-mismatch"]
    assert " for :" not in finding.message and "for day ticket" in finding.message
