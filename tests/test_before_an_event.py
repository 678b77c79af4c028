"""A figure said to hold "before the <event>" ("who had 13 seats before the election", "staff
before the merger") is the level before it, another time than a figure of the same thing said
plainly after it in the same document (a results table, "now"). The same figure said twice with
no such words is still compared."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string


def _errors(text: str) -> list[str]:
    found = numcheck.check([document_from_string(text + "\n", "story.md")]).findings
    return [f.primary.text for f in found if f.severity.value == "error"]


@pytest.mark.parametrize(
    "text",
    [
        "The Conservatives now hold 11 seats on the council.\n\n"
        "The Conservatives, who had 13 seats before the election, lost two.",
        "The firm employs 2,400 people at the plant.\n\nIt had 2,900 staff at the plant before the merger.",
        "The museum's 48 galleries reopen in May.\n\nThe museum had 52 galleries before the refit.",
    ],
)
def test_a_level_before_an_event_is_another_time(text: str) -> None:
    assert _errors(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The Tories now hold 11 seats on the council.\n\nThe Tories hold 13 seats on the council.", "13"),
        ("The museum's 48 galleries reopen in May.\n\nAll 52 galleries of the museum reopen in May.", "52"),
    ],
)
def test_the_same_figure_said_twice_is_still_compared(text: str, figure: str) -> None:
    assert figure in _errors(text)
