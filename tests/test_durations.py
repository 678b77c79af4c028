"""A draft duration whose part in the source gives another length is figure-mismatch, however few
words its sentence shares with the source's, and even when its length matches another figure by
chance (numcheck/durations.py); restated, converted or other durations pass."""

from __future__ import annotations

import pytest
from against_source import flagged as _flagged


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The committee will meet again in 3 weeks.", "Notes, 4 June. Next meeting in 6 weeks.", "3 weeks"),
        (
            "The geese took 30 weeks to reach their winter grounds.",
            "Each goose spent about 7 months of the year abroad and took 30 days to reach its winter grounds.",
            "30 weeks",
        ),
        (
            "The roadworks will be spread over 4 years.",
            "Roadworks budget: £12 million over 2 years, £3 million of it for drainage.",
            "4 years",
        ),
        (
            "The ferry crossing takes 75 minutes in calm weather.",
            "The first ferry leaves at 7am. The crossing takes 55 minutes in calm weather, and 20 minutes longer "
            "in a storm.",
            "75 minutes",
        ),
        (
            "Refunds arrive within 21 working days.",
            "We will refund you within 14 working days; the shop is open 7 days a week.",
            "21",
        ),
        # a difference said as one, that the source's lengths do not give
        (
            "Deleted files will stay recoverable for 19 days longer than they do now.",
            "Files you delete stay recoverable for 30 days, up from 14.",
            "19 days",
        ),
        (
            "The warranty on every kettle lasts 5 years.",
            "Every kettle now comes with a warranty that lasts 3 years, and a 30-day returns policy.",
            "5 years",
        ),
    ],
)
def test_a_moved_duration_is_reported(draft: str, source: str, figure: str) -> None:
    found = _flagged(draft, source)
    assert any(text.startswith(figure) for _, text in found), found


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The committee will meet again in 6 weeks.", "Notes, 4 June. Next meeting in 6 weeks."),
        ("The committee will meet again in a month and a half.", "Notes, 4 June. Next meeting in 6 weeks."),
        ("The roadworks will be spread over 2 years.", "Roadworks budget: £12 million over 2 years."),
        (
            "The crossing takes almost an hour in calm weather.",
            "The crossing takes 55 minutes in calm weather, and 20 minutes longer in a storm.",
        ),
        # another duration of the source, in another part: a kind of deal, not the deal's length
        (
            "Five-year deals now cost 4.9%.",
            "The average two-year deal costs 5.2%, and five-year deals cost 4.9%.",
        ),
        # worked out from the source: the storm crossing is 55 + 20 minutes
        (
            "In a storm the crossing takes 75 minutes.",
            "The crossing takes 55 minutes in calm weather, and 20 minutes longer in a storm.",
        ),
        ("The warranty lasts 36 months.", "Every kettle now comes with a warranty that lasts 3 years."),
        # a difference of the source's lengths, said as one
        (
            "Deleted files will stay recoverable for 16 days longer than they do now.",
            "Files you delete stay recoverable for 30 days, up from 14.",
        ),
        ("The new pass is valid for 3 months longer than the old one.", "The pass now lasts 9 months, up from 6."),
        # another actor, another year: another duration, stated in the source too
        (
            "Lindqvist signed a one-year deal with the club.",
            "Okafor signed a three-year deal with the club. Lindqvist, 31, agreed terms on a one-year deal.",
        ),
        ("The ferry crossing took 80 minutes in 2019.", "The crossing took 55 minutes in 2024, against 80 in 2019."),
        # an age, and a duration that names a kind of thing
        ("A 14-year-old pupil won the prize.", "A 14-year-old pupil won the prize, ahead of an 11-year-old."),
        ("Ten-year bonds now yield 4.1%.", "The average two-year bond yields 3.8%, and ten-year bonds yield 4.1%."),
    ],
)
def test_durations_restated_or_of_other_things_pass(draft: str, source: str) -> None:
    assert not _flagged(draft, source)
