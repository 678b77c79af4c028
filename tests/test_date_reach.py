"""unsupported-figure on a date a source's start and length reach: "a six-week closure from 2 March"
reopens in mid-April; "began in March 2026 and will take 14 months" ends in 2027. A date the
start and length do not reach is still reported, as is a moved start restated with its length."""

from __future__ import annotations

import pytest
from against_source import unsupported

# (draft, source): the draft's date is where the source's length from its start lands
REACHED = [
    ("The depot upgrade should be finished in 2027.",
     "Work on the Lindale depot began in March 2026 and is expected to take 14 months."),
    ("The survey should end in April.",
     "The Marsh Lane traffic survey starts on 9 March and runs for about four weeks."),
    ("The pool reopens in late May.", "An eight-week closure of the Corran pool begins on 30 March."),
    ("The pool reopens in mid-May.", "The Corran pool shuts on 30 March for eight weeks of repairs."),
    ("The loan scheme will close in 2025.", "The loan scheme opened in June 2024 and runs for 11 months."),
    ("The exhibition closes in January.", "The exhibition opens on 20 November and runs for ten weeks."),
    ("The consultation ends in April 2027.",
     "A twelve-week consultation on the Brenly bypass opens on 15 January 2027."),
    ("The road reopens on 29 September.", "The Cask Hill road will close for three weeks from 8 September."),
    ("The dig will end in 2027.", "The dig at Ormscar began in 2024 and will take three years."),
    ("The walkout ends on 14 March.", "The 12-day walkout runs from 3 March to 14 March."),
    # a year a span of three years or more counts back to from its end (support.Sources.year_and_span)
    ("The dig began in 2021.", "The dig at Ormscar ended in 2024 after three years of work."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), REACHED)
def test_a_date_a_start_and_a_length_reach_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


# (draft, source, the draft's date the sources do not give)
NOT_REACHED = [
    ("The depot upgrade should be finished in 2029.",
     "Work on the Lindale depot began in March 2026 and is expected to take 14 months.", "2029"),
    ("The survey should end in June.",
     "The Marsh Lane traffic survey starts on 9 March and runs for about four weeks.", "June"),
    ("The pool reopens in late July.", "An eight-week closure of the Corran pool begins on 30 March.", "July"),
    ("The exhibition closes in March.", "The exhibition opens on 20 November and runs for ten weeks.", "March"),
    # a year needs a start that gives one: "9 March" and four weeks reach April of no year in particular
    ("The survey should end in April 2027.",
     "The Marsh Lane traffic survey starts on 9 March and runs for about four weeks.", "2027"),
    # a moved start restated with its own length: the start and length would land on it by chance
    ("The scheme runs for 12 months from April 2026.", "The scheme runs for 12 months from April 2025.", "2026"),
    ("The bridge shuts for six weeks from 19 May.", "The bridge shuts for six weeks from 7 April.", "19 May"),
    # counted back from the end by a span of three years or more, a start is reached (REACHED), but a
    # year off by one is not
    ("The dig began in 2020.", "The dig at Ormscar ended in 2024 after three years of work.", "2020"),
    # a bound lands on no day: "up to six weeks" from 2 March is any day until mid-April
    ("The works finish in April.", "Works on Fenner Street start on 2 March and last up to six weeks.", "April"),
    # a year alone is no start to count months or weeks from; nor is a date with no year set in one
    ("The trust hopes to apply in 2028.", "The trust will apply in 2027 and expects a reply within 12 months.",
     "2028"),
    ("The amnesty ended on 15 March.", "A four-week amnesty in 2023 collected 1,240 weapons.", "15 March"),
    ("The ban starts on 18 July.", "The driest spring for 60 years since 1976 brought a ban.", "18 July"),
    # a length in another sentence is no length from this start
    ("The survey should end in April.",
     "The Marsh Lane traffic survey starts on 9 March. A second one will run for four weeks in summer.", "April"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), NOT_REACHED)
def test_a_date_no_start_and_length_reach_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# (draft, source): a weekday after a dated one names a day a reader counts to
WEEKDAY_DAYS = [
    ("The result is declared on 15 October.",
     "Ballots are counted on Wednesday 14 October, and the result is declared on Thursday."),
    ("The ferry resumes on 4 December.",
     "The Kelsey ferry stops on Thursday 3 December for a safety check. It resumes on Friday."),
    ("Talks resume on 19 October.", "Talks broke up on Monday 12 October and resume the following Monday."),
    ("The inquiry reports on 2 December.",
     "The inquiry sits on Saturday 28 November and reports on Wednesday, the chair said."),
    ("The fair ends on 8 June.", "The Hollin fair opens on Friday June 5 and ends on Monday."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), WEEKDAY_DAYS)
def test_a_day_a_weekday_names_after_a_dated_one_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


# (draft, source, the draft's day the sources do not give)
WEEKDAY_NOT_DAYS = [
    ("The result is declared on 16 October.",
     "Ballots are counted on Wednesday 14 October, and the result is declared on Thursday.", "16 October"),
    ("The ferry resumes on 11 December.",
     "The Kelsey ferry stops on Thursday 3 December for a safety check. It resumes on Friday.", "11 December"),
    # a weekday before the dated one counts from nothing the source dates
    ("The ferry stopped on 27 November.",
     "On Friday the ferry stopped. It resumes on Thursday 3 December after a safety check.", "27 November"),
    # the same weekday again is no day on without "following" or "next"
    ("Talks resume on 19 October.", "Talks broke up on Monday 12 October; on Monday, both sides spoke.",
     "19 October"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), WEEKDAY_NOT_DAYS)
def test_a_day_no_dated_weekday_gives_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
