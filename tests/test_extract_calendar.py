"""Weekdays and months named alone are dates: read, keyed and compared (extraction/calendar.py)."""

from __future__ import annotations

import pytest
from against_source import unsupported

import numcheck
from numcheck.model import ClaimKind
from numcheck.timing import date_key, dates_agree

READ = [
    ("The harbour festival drew big crowds on Saturday.", "Saturday", 6),
    ("Shares in the miner slid 4% on Monday morning.", "Monday", 1),
    ("Last Wednesday the trust confirmed the closure.", "Wednesday", 3),
    ("Friday's vote was postponed.", "Friday", 5),
    ("The reservoir was nearly full at the end of July.", "July", 7),
    ("The scheme will be finished by the end of June.", "June", 6),
    ("Care workers get the new rate from April.", "April", 4),
    ("Bookings fell sharply in mid-October.", "October", 10),
    ("Sales have risen every month since February.", "February", 2),
    ("Work starts next September, the council said.", "September", 9),
    ("Rents rose between January and March.", "March", 3),
    ("The pool shuts in May or June for repairs.", "May", 5),
    ("The pool shuts in May or June for repairs.", "June", 6),
    ("Applications close at the start of December.", "December", 12),
    # a figure of its own after a comma is no day of the month
    ("Of the 3,200 patients seen in March, 2,720 were seen within four hours.", "March", 3),
    ("In June, 12 people were hurt on the estate.", "June", 6),
    ("Sales peaked in October, 40% above the summer.", "October", 10),
]  # fmt: skip

NOT_READ = [
    ("Shoppers queued through the night for Black Friday deals.", "Friday"),
    ("She wrote a column for the Sunday Times for a decade.", "Sunday"),
    ("The charity runs a Sunday school for 40 children.", "Sunday"),
    ("Easter Monday is a bank holiday in Wales.", "Monday"),
    ("June Whitfield opened the fete.", "June"),
    ("Theresa May's government lost the vote.", "May"),
    ("May I say how pleased we are.", "May"),
    ("March was the wettest month on record.", "March"),  # no word of time before it: left alone
    ("The vote is due on 3 March.", "March"),  # a full date, read as one figure
    ("The vote is due on March 3.", "March"),
    ("The law came into force in June 2022.", "June"),  # the year carries its month
    ("Walkers may march on the capital in spring.", "march"),
    ("The August heat wave ended.", "August"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "place"), READ)
def test_a_weekday_or_month_named_alone_is_a_date(sentence: str, text: str, place: int) -> None:
    found = [c for c in numcheck.extract(sentence) if c.text == text]
    assert len(found) == 1, [(c.kind.value, c.text) for c in numcheck.extract(sentence)]
    assert found[0].kind is ClaimKind.DATE
    assert found[0].value == place
    assert date_key(found[0]) == text.lower()


@pytest.mark.parametrize(("sentence", "text"), NOT_READ)
def test_a_name_feast_or_habit_is_no_date_of_its_own(sentence: str, text: str) -> None:
    assert text not in [c.text for c in numcheck.extract(sentence)]


def _date(sentence: str, text: str) -> numcheck.Claim:
    return next(c for c in numcheck.extract(sentence) if c.text == text)


def test_a_month_alone_holds_its_days_but_never_equals_one() -> None:
    june = _date("The pool reopens in June.", "June")
    fourth = _date("The pool reopens on 4 June.", "4 June")
    sixth = _date("The pool reopens on June 6.", "6")
    july = _date("The pool reopens in July.", "July")
    assert date_key(june) == "june" != date_key(fourth)
    assert dates_agree(june, fourth) and dates_agree(fourth, june)
    assert dates_agree(june, sixth)  # June 6 is in June, though its value is 6 as June's is
    assert not dates_agree(july, fourth)
    assert not dates_agree(june, july)


MOVED = [
    ("The festival was held on Sunday.", "The harbour festival was held on Saturday, organisers said.", "Sunday"),
    ("Temperatures reached 35C on Thursday.", "Temperatures reached 35C on Tuesday, the hottest day so far.",
     "Thursday"),
    ("The new hourly rate applies from June.", "The new hourly rate of £13.50 applies from April.", "June"),
    ("The reservoir held 2.9 million cubic metres at the end of July.",
     "The reservoir held 2.9 million cubic metres at the end of August.", "July"),
    ("The bridge will close on Tuesday 9 March.", "The bridge will close on Monday 9 March 2026.", "Tuesday 9 March"),
    ("The group plans to sell five homes in March.", "The group plans to sell five homes in December.", "March"),
]  # fmt: skip
KEPT = [
    ("The festival was held on Saturday.", "The harbour festival was held on Saturday, organisers said."),
    ("The bridge will close on Monday.", "The bridge will close on Monday 9 March 2026."),
    ("The new library opens in June.", "The new library opens on 4 June 2026, the council said."),
    ("The new library opens in June.", "The new library opens on June 4, the council said."),
    ("The new library opens in June.", "The new library will open in June 2026."),
    ("The reservoir was nearly full at the end of July.", "By the end of July the reservoir was nearly full."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), MOVED)
def test_a_weekday_or_month_moved_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source"), KEPT)
def test_a_weekday_or_month_the_source_gives_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


def test_a_full_date_is_not_stated_by_its_month_alone() -> None:
    assert "4 June" in unsupported("The library opens on 4 June.", "The library opens in June.")


def test_a_weekday_that_opens_a_full_date_is_part_of_it() -> None:
    for sentence, text, key in [
        ("The bridge closes on Monday 9 March 2026.", "Monday 9 March", "9 march"),
        ("The bridge closes on Monday, June 4.", "Monday, June 4", "4 june"),
    ]:
        date = _date(sentence, text)
        assert date.value == int(key.split()[0]) and date_key(date) == key


DATED = [  # (draft, source, what the draft must not be reported for)
    ("The footbridge reopens on Thursday 19 March.", "The footbridge closes on 9 March and reopens ten days later."),
    ("The bridge closes on Monday 9 March.", "The bridge closes on 9 March 2026."),
    ("The bridge closes on 9 March.", "The bridge closes on Monday 9 March 2026."),
    ("The strike starts on March 1.", "The three-week strike starts on 1 March."),
    ("The festival opens on Saturday.", "The festival opens on Saturday 17 April with a parade."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), DATED)
def test_a_date_written_another_way_or_with_its_weekday_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


def test_a_bare_deadline_month_is_left_alone() -> None:
    # "by December" often restates "by the end of the year", which names no month
    assert "December" not in [c.text for c in numcheck.extract("Rates should be about 4.75% by December.")]


# "midnight", "noon" and "midday" after a word of time are times of day; as adjectives or in names, not
NAMED_TIMES = [
    ("The curfew starts at midnight on Friday.", "midnight", "00:00"),
    ("The café shuts at noon on Sundays.", "noon", "12:00"),
    ("Roads stay closed until midday.", "midday", "12:00"),
    ("Voting ends by midnight tonight.", "midnight", "00:00"),
    ("The office is open from noon to 6pm.", "noon", "12:00"),
    ("Polls close at 12 midnight.", "12 midnight", "00:00"),
    ("The market opens at 12 noon.", "12 noon", "12:00"),
    ("The fire was reported shortly after midnight.", "midnight", "00:00"),
    ("Staff worked from 6am till midnight.", "midnight", "00:00"),
]
NOT_NAMED_TIMES = [
    ("Students burned the midnight oil before exams.", "midnight"),
    ("The children planned a midnight feast.", "midnight"),
    ("She wore a midnight-blue dress.", "midnight"),
    ("The film High Noon was shown again.", "Noon"),
    ("By the midnight deadline, 40 bids were in.", "midnight"),
    ("The midday sun was fierce.", "midday"),
]


@pytest.mark.parametrize(("sentence", "text", "key"), NAMED_TIMES)
def test_midnight_and_noon_after_a_word_of_time_are_times_of_day(sentence: str, text: str, key: str) -> None:
    claim = next(c for c in numcheck.extract(sentence) if c.text == text)
    assert (claim.kind, date_key(claim)) == (ClaimKind.DATE, key)


@pytest.mark.parametrize(("sentence", "text"), NOT_NAMED_TIMES)
def test_midnight_or_noon_as_a_word_of_its_own_is_no_time(sentence: str, text: str) -> None:
    assert [c.text for c in numcheck.extract(sentence) if text in c.text] == []


def test_a_time_said_in_words_meets_the_same_time_in_figures_and_no_other() -> None:
    assert unsupported("The café shuts at 12pm on Sundays.", "The café shuts at noon on Sundays.") == []
    assert unsupported("Polls close at midnight tonight.", "Polling stations close at 00:00 tonight.") == []
    assert unsupported("Polls close at 11pm tonight.", "Polling stations close at midnight tonight.") == ["11pm"]
    assert unsupported("The café shuts at midnight.", "The café shuts at noon on Sundays.") == ["midnight"]
