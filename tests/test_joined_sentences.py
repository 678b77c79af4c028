"""A draft sentence that joins two source sentences ("The plant, an employer of 3,900 people, will
shut ...") is checked against the figures of the one that covers less of it, when the one that
covers most gives none of the figure's kind."""

from __future__ import annotations

import pytest
from against_source import unsupported

_LIBRARY = "The Ostby library will close for four weeks from 3 May for roof repairs. It holds 25,000 books."
_BRIDGE = "Harl Bridge reopens on Monday after a six-week closure for resurfacing. Some 11,000 cars cross it each day."
_PLANT = "The Denholm bottling plant will shut for two weeks in August. The plant employs 1,250 people."
JOINED_WRONG = [
    ("The Ostby library, home to 52,000 books, will close for four weeks from 3 May for roof repairs.", _LIBRARY,
     "52,000"),
    ("Harl Bridge, crossed by 14,000 cars a day, reopens on Monday after a six-week closure for resurfacing.", _BRIDGE,
     "14,000"),
    ("The Denholm bottling plant, an employer of 1,520 people, will shut for two weeks in August.", _PLANT, "1,520"),
]  # fmt: skip
JOINED_RIGHT = [
    ("The Ostby library, home to 25,000 books, will close for four weeks from 3 May for roof repairs.", _LIBRARY),
    ("Harl Bridge, crossed by 11,000 cars a day, reopens on Monday after a six-week closure for resurfacing.", _BRIDGE),
    ("The Denholm bottling plant, an employer of 1,250 people, will shut for two weeks in August.", _PLANT),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), JOINED_WRONG)
def test_a_figure_from_the_other_joined_sentence_is_checked(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source"), JOINED_RIGHT)
def test_a_figure_the_other_joined_sentence_states_is_not_reported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)
