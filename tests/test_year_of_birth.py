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


# A span said as the time between two events may take its years from two source sentences: one
# the draft's sentence is about, the other anywhere in the sources
_FERRY = ("The Tarrant ferry made its last crossing in March 2026. It had first sailed in 1958, and "
          "in 1989 it was rebuilt with a larger deck.")  # fmt: skip
_CHOIR = ("The Hollins Choir won the national title on Sunday 9 May 2027. The choir was founded in "
          "1994 by two teachers, and first entered the contest in 2003.")  # fmt: skip
YEARS_APART_SUPPORTED = [
    ("The ferry, which made its last crossing in March, had first sailed 68 years earlier.", _FERRY),
    ("The Tarrant ferry was retired after 68 years of crossings.", _FERRY),
    ("The ferry was rebuilt 31 years after its first sailing.", _FERRY),
    ("The Hollins Choir, which won the title on Sunday, first entered the contest 24 years earlier.", _CHOIR),
    ("The choir first entered the contest nine years after it was founded.", _CHOIR),
    ("The Hollins Choir won the title 33 years after two teachers founded it.", _CHOIR),
]  # fmt: skip
YEARS_APART_FLAGGED = [
    ("The ferry, which made its last crossing in March, had first sailed 58 years earlier.", _FERRY, "58 years"),
    ("The ferry was rebuilt 21 years after its first sailing.", _FERRY, "21 years"),
    ("The Hollins Choir, which won the title on Sunday, first entered the contest 14 years earlier.", _CHOIR,
     "14 years"),
    # a length not said as the time between two events takes no years from another sentence
    ("The Hollins Choir has 24 years of contest entries behind it.", _CHOIR, "24 years"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), YEARS_APART_SUPPORTED)
def test_the_years_between_two_events_of_two_source_sentences_are_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), YEARS_APART_FLAGGED)
def test_a_span_between_events_no_two_source_years_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
