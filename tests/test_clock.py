"""Times of day on a 12-hour and a 24-hour clock are one time: "7.30pm" is "19:30"."""

from __future__ import annotations

import pytest
from against_source import flagged

from numcheck.clock import minutes_after_midnight

CLOCKS = [
    ("7.30pm", 19 * 60 + 30),
    ("7:30 p.m.", 19 * 60 + 30),
    ("19:30", 19 * 60 + 30),
    ("1930 hrs", 19 * 60 + 30),
    ("7pm GMT", 19 * 60),
    ("09:00", 9 * 60),
    ("12.15am", 15),
    ("12pm", 12 * 60),
    ("6 a.m.", 6 * 60),
    ("midnight", 0),
    ("noon", 12 * 60),
    ("Midday", 12 * 60),
    ("12 noon", 12 * 60),
    ("12 midnight", 0),
]


@pytest.mark.parametrize(("text", "minutes"), CLOCKS)
def test_a_time_of_day_is_minutes_after_midnight(text: str, minutes: int) -> None:
    assert minutes_after_midnight(text) == minutes


@pytest.mark.parametrize("text", ["14", "2019", "25:00", "13pm", "4 June", "1950s", "midnight oil", "noonday"])
def test_what_is_no_time_of_day(text: str) -> None:
    assert minutes_after_midnight(text) is None


SAME_TIME = [
    ("The show starts at 7.30pm on Friday.", "The show starts at 19:30 on Friday."),
    ("The show starts at 7:30 p.m. on Friday.", "The show starts at 19:30 on Friday."),
    ("Polls close at 10pm tonight.", "Polling stations close at 22:00 tonight."),
    ("The ferry leaves at 0645 hrs each morning.", "The ferry leaves at 6.45am each morning."),
    ("The strike starts at midnight and runs until 6am.", "The strike begins at 00:00 and runs until 06:00."),
]


@pytest.mark.parametrize(("draft", "source"), SAME_TIME)
def test_one_time_on_two_clocks_is_supported(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


OTHER_TIME = [
    ("The show starts at 8.30pm on Friday.", "The show starts at 19:30 on Friday.", "8.30pm"),
    ("Polls close at 9pm tonight.", "Polling stations close at 22:00 tonight.", "9pm"),
    ("The ferry leaves at 0745 hrs each morning.", "The ferry leaves at 6.45am each morning.", "0745 hrs"),
]


@pytest.mark.parametrize(("draft", "source", "figure"), OTHER_TIME)
def test_another_time_is_not_supported_by_its_hour_or_its_digits(draft: str, source: str, figure: str) -> None:
    assert [text for _, text in flagged(draft, source)] == [figure]


def test_a_time_of_day_is_never_a_date_nor_an_amount() -> None:
    # "7pm" is not supported by "7 June", nor by "7 people"
    draft = "The vigil in the square began at 7pm on 7 June."
    source = "The vigil in the square began at 6pm on 7 June, with 7 people."
    assert [text for _, text in flagged(draft, source)] == ["7pm"]


WITHIN_ONE_DOCUMENT = [
    # one event that happened, at two times: flagged
    ("Polls closed at 10pm in every ward. Polls closed at 9pm, the returning officer said later.", ["9pm"]),
    ("The plane landed at 14:20, the airline said. Passengers said the plane landed at 3.20pm.", ["3.20pm"]),
    # the same time on two clocks, and timetables, which change: silent
    ("The plane landed at 14:20, the airline said. Passengers said the plane landed at 2.20pm.", []),
    ("The shop opens at 8am. After the refit the shop will open at 9am.", []),
    ("The library opens at 9am on weekdays. The library opens at 10am on Saturdays.", []),
]


@pytest.mark.parametrize(("text", "figures"), WITHIN_ONE_DOCUMENT)
def test_two_times_of_one_event_within_one_document(text: str, figures: list[str]) -> None:
    from numcheck.documents import document_from_string
    from numcheck.engine import builtin_rules, check_documents

    report = check_documents([document_from_string(text, "story.md")], [], builtin_rules())
    assert [f.primary.text for f in report.findings if f.severity.value in ("warning", "error")] == figures
