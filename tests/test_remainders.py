"""Arithmetic a summary does on its source beyond two figures (numcheck/support.py): the rest of a
total after the parts one source sentence lists, and a clock time moved by the interval said with
it in one sentence. Both pass as implied; a wrong rest or time is still unsupported."""

from __future__ import annotations

import pytest
from against_source import unsupported

REST_SOURCE = (
    "The festival raised £640,000 this year. Ticket sales brought in £410,000 and sponsors £150,000, "
    "with the remainder from the bar."
)
TIME_SOURCE = "From Monday the last train will leave Hexley at 11:20pm, 35 minutes later than now."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The bar brought in £80,000.", REST_SOURCE),
        ("The bar made about £80,000 for the festival.", REST_SOURCE),
        ("Roughly £80,000 came from the bar.", REST_SOURCE),
        (
            "Members paid 1,150 of the fees.",
            "The club collected 2,000 fees. Juniors paid 520 and seniors 330; the rest were paid by members.",
        ),
        ("The last train now leaves Hexley at 10:45pm.", TIME_SOURCE),
        (
            "The shop used to open at 9:30am.",
            "The shop will open at 8:45am, 45 minutes earlier than it does today.",
        ),
    ],
)
def test_a_rest_or_a_moved_time_is_implied(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The bar brought in £120,000.", REST_SOURCE, "£120,000"),
        ("The last train now leaves Hexley at 10:25pm.", TIME_SOURCE, "10:25"),
        # the interval in another sentence than the time: no sum
        (
            "The shop used to open at 9:30am.",
            "The shop will open at 8:45am. Staff will start 45 minutes earlier than they do today.",
            "9:30",
        ),
    ],
)
def test_a_wrong_rest_or_time_is_unsupported(draft: str, source: str, figure: str) -> None:
    assert any(text.startswith(figure) for text in unsupported(draft, source)), unsupported(draft, source)
