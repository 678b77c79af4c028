"""A long length of time may run from a month to a day: "began in January 2023" and "opened on 2 June
2025" give 853 to 884 days, so "nearly two and a half years" and "about two years and five months"
are implied. Only for lengths of six months or more, where a month's width is a small share of the
length; a day and a month near each other still give no count of days. Before, a month and a day
gave no length at all."""

from __future__ import annotations

import pytest
from against_source import unsupported

_BYPASS = ("Building work on the Whitcombe bypass began in January 2023. The bypass opened on Monday 2 June "
           "2025, eight months later than planned.")  # fmt: skip
_LIBRARY = "The Orford library closed for repairs on 14 March 2024 and reopened in September 2025."

MONTH_TO_DAY_SUPPORTED = [
    ("Building the Whitcombe bypass took nearly two and a half years.", _BYPASS),
    ("Building the bypass took about two years and five months.", _BYPASS),
    ("Work on the bypass lasted 29 months.", _BYPASS),
    ("The Orford library was shut for about a year and a half.", _LIBRARY),
    ("The Orford library was closed for some 18 months.", _LIBRARY),
]  # fmt: skip
MONTH_TO_DAY_REPORTED = [
    ("Building the Whitcombe bypass took nearly three and a half years.", _BYPASS, "three and a half years"),
    ("Work on the bypass lasted 19 months.", _BYPASS, "19 months"),
    ("The Orford library was shut for about two and a half years.", _LIBRARY, "two and a half years"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), MONTH_TO_DAY_SUPPORTED)
def test_a_long_length_from_a_month_to_a_day_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), MONTH_TO_DAY_REPORTED)
def test_a_length_no_month_and_day_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for text in unsupported(draft, source))
