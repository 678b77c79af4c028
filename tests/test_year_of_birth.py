"""A year of birth a source's age and year give in one sentence ("aged 35 in 2025") is supported;
a year no age gives, or one a span of years would give by chance, is still reported."""

from __future__ import annotations

import pytest
from against_source import unsupported

BIRTH_YEAR_SUPPORTED = [
    ("Captain Tolland was born in 1990.", "Captain Tolland, aged 35 in 2025, has led the crew for eight years."),
    ("Captain Tolland was born in 1989.", "Captain Tolland, aged 35 in 2025, has led the crew for eight years."),
    ("The novelist Ada Moreno was born in 1961.", "In 2025 the novelist Ada Moreno, aged 64, won the Hallam prize."),
    ("The architect, born in 1947, designed the library.",
     "In 2023 the architect, then a 76-year-old, finished the library she designed."),
    ("The goalkeeper was born in 1994.", "The goalkeeper, who was 30 years old in 2024, signed a new contract."),
]  # fmt: skip
BIRTH_YEAR_FLAGGED = [
    ("Captain Tolland was born in 1980.", "Captain Tolland, aged 35 in 2025, has led the crew for eight years.",
     "1980"),
    ("The novelist Ada Moreno was born in 1971.", "In 2025 the novelist Ada Moreno, aged 64, won the Hallam prize.",
     "1971"),
    # a span of years is no age: "for eight years" in 2025 does not excuse another start year
    ("Captain Tolland has led the lifeboat crew since 2019.",
     "Captain Tolland, aged 35 in 2025, has led the crew for eight years.", "2019"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), BIRTH_YEAR_SUPPORTED)
def test_a_year_of_birth_an_age_and_a_year_give_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), BIRTH_YEAR_FLAGGED)
def test_a_year_no_age_gives_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# A span of years two years of one source sentence give
_LIBRARY = "The Ellery library, which closed in 1998 after a fire, reopened in 2019."
YEARS_BETWEEN_SUPPORTED = [
    ("The Ellery library reopened 21 years after it closed.", _LIBRARY),
    ("The Ellery library reopened about 20 years after the fire closed it.", _LIBRARY),
]
YEARS_BETWEEN_FLAGGED = [
    ("The Ellery library reopened 12 years after it closed.", _LIBRARY, "12 years"),
    ("The Ellery library reopened 31 years after it closed.", _LIBRARY, "31 years"),
]


@pytest.mark.parametrize(("draft", "source"), YEARS_BETWEEN_SUPPORTED)
def test_the_years_between_two_source_years_are_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), YEARS_BETWEEN_FLAGGED)
def test_a_span_the_source_years_do_not_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
