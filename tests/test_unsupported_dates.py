"""unsupported-figure on dates: a date moved to another month is reported even where the month
name is the only word its sentence changes; a decade is supported by a year within it."""

from __future__ import annotations

import pytest
from against_source import flagged, unsupported

MOVED = [
    ("The new fares apply from 3 March.", "From 3 April the fares on the Kessock line will go up by 40p.", "3 March"),
    ("The library reopens on 12 June.", "After a refit, the library reopens on 12 July with longer hours.", "12 June"),
    ("Voting closes on 30 September.", "Members have until 30 October to cast their votes online.", "30 September"),
    ("The free parking ends on 1 February.", "Free parking in the town centre ends on 1 March, the council said.",
     "1 February"),
    ("Applications open on 8 January.", "Applications for the bursary open on 8 February and close in spring.",
     "8 January"),
    ("The bridge shuts on 14 August.", "Engineers will shut the bridge on 14 November for repairs.", "14 August"),
    ("Refunds arrive by 20 May.", "Customers will get their refunds by 20 June at the latest.", "20 May"),
    ("The festival starts on 2 July.", "This year the festival starts on 2 August and runs for 4 days.", "2 July"),
]  # fmt: skip
KEPT = [
    ("The new fares apply from 3 April.", "From 3 April the fares on the Kessock line will go up by 40p."),
    ("The library reopens on 12 July.", "After a refit, the library reopens on 12 July with longer hours."),
    ("Voting closes on 30 October.", "Members have until 30 October to cast their votes online."),
    ("The pension age could rise in the 2040s.", "The pension age could rise to 69 in 2046, a review says."),
    ("The mine closed in the 1980s.", "The last shift at the mine ended in 1987."),
    ("The dam was finished in the early 1960s.", "Work on the dam was finished in 1962."),
    ("The club was founded in 1921 and moved in May.", "Founded in 1921, the club moved grounds in May."),
    ("Refunds arrive by 20 June.", "Customers will get their refunds by 20 June at the latest."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), MOVED)
def test_a_date_moved_to_another_month_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source"), KEPT)
def test_a_date_the_source_gives_or_a_decade_holding_it_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


# A length that two dated days of the sources give, said in days, weeks or months
LENGTH_SOURCE = (
    "On 15 January 2026 a jury at the crown court convicted the former finance director of fraud, after a "
    "trial that lasted five weeks. The judge adjourned sentencing until 6 February 2026."
)
LENGTHS_BETWEEN_DATES = [
    # (draft, reported figure or None)
    ("The former finance director will be sentenced just over three weeks after the jury convicted him.", None),
    ("The former finance director will be sentenced 22 days after the jury convicted him.", None),
    ("The former finance director will be sentenced 12 days after the jury convicted him.", "12 days"),
    ("The former finance director will be sentenced seven weeks after the jury convicted him.", "seven weeks"),
]


@pytest.mark.parametrize(("draft", "figure"), LENGTHS_BETWEEN_DATES)
def test_a_length_between_two_source_dates_is_supported(draft: str, figure: str | None) -> None:
    reported = unsupported(draft, LENGTH_SOURCE)
    assert (figure in reported) if figure else not reported


# A length that two days of its own sentence give, each stated by the source, counting both or one
OWN_DAYS_SOURCE = (
    "From your October box onwards, Larder Club will deliver every eight weeks instead of every six. We will "
    "add a £10 credit to your account on 1 October. Your next box will be packed on 22 September and "
    "delivered between 29 September and 2 October. Switch back by 15 September if you prefer, or skip a box "
    "up to 5 days before it ships."
)
LENGTHS_OF_ITS_OWN_DAYS = [
    # (draft, a figure any rule reports, or None)
    ("The next box arrives within a four-day window, from 29 September to 2 October.", None),
    ("The next box arrives over three days, from 29 September to 2 October.", None),
    ("Delivery takes a four-day slot between 29 September and 2 October.", None),
    ("The next box arrives within a six-day window, from 29 September to 2 October.", "six-day"),
]


@pytest.mark.parametrize(("draft", "figure"), LENGTHS_OF_ITS_OWN_DAYS)
def test_a_length_two_days_of_its_own_sentence_give_is_supported(draft: str, figure: str | None) -> None:
    reported = [text for _, text in flagged(draft, OWN_DAYS_SOURCE)]
    assert (figure in reported) if figure else not reported, reported


# months over a year's end, from two days of the summary's own sentence
SEASON_SOURCE = (
    "The night shelter opened on 1 November and closed for the season on 31 March after 151 nights. It took "
    "in 214 people, and its 130 volunteers gave 9,800 hours."
)
MONTHS_OF_ITS_OWN_DAYS = [
    ("The shelter was open for five months, from 1 November to 31 March.", None),
    ("From 1 November to 31 March, a five-month season, the shelter took in 214 people.", None),
    ("The shelter was open for about 21 weeks, from 1 November to 31 March.", None),
    ("The shelter was open for four months, from 1 November to 31 March.", "four months"),
    ("The shelter was open for seven months, from 1 November to 31 March.", "seven months"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "figure"), MONTHS_OF_ITS_OWN_DAYS)
def test_months_its_own_days_give_over_a_year_s_end_are_supported(draft: str, figure: str | None) -> None:
    reported = [text for _, text in flagged(draft, SEASON_SOURCE)]
    assert (figure in reported) if figure else not reported, reported
