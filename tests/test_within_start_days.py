"""Within one document, the day a service, venue or season starts, told twice in different words
("returns on 4 June", then "first sailing 11 June"), is one event: two days for it contradict
(numcheck.starts). The starts of other things ("Bookings open on 1 May"), other rounds ("a second
season"), plans that moved ("was due to start"), past seasons and timetables of several starts are
left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (draft, the later day that is flagged)
_FLAGGED = [
    # a verb, then a noun that names the first day
    (
        "The Tarnby ferry returns on 4 June after its winter lay-up. First sailing 11 June, 8.15am from the pier.",
        "11 June",
    ),
    (
        "The open-air theatre season starts again on 2 July. Its first performance, on 9 July, is already sold out.",
        "9 July",
    ),
    (
        "The summer shuttle to the falls is back from 21 May. The first bus leaves the car park at 9am on 28 May.",
        "28 May",
    ),
    # a noun, then a verb
    (
        "Opening day: 6 April. The garden centre's café reopens on 13 April with a new menu, the owners said.",
        "13 April",
    ),
    # a table's row against the text
    (
        "The heritage steam line resumes on 14 March.\n\n| Season | 2026 |\n|---|---|\n| First day | 21 March |\n"
        "| Last day | 31 October |\n",
        "21 March",
    ),
    # a bullet against the lede
    (
        "The castle tearoom is open again from 3 April. What to know:\n- start: 10 April\n- hours: 10am to 4pm\n",
        "10 April",
    ),
    # the date before its start noun
    (
        "The canal boat trips restart on 19 May. The operator's 26 May start was agreed with the trust in March.",
        "26 May",
    ),
    (
        "Walkers can ride the moor bus from 12 May, when the service resumes. Posters list 19 May as the start.",
        "19 May",
    ),
    # a relative clause of the same thing
    (
        "The Ferncliffe lido reopens on 1 June after a £2 million refit. The lido, which reopens on 8 June, has a new "
        "filter.",
        "8 June",
    ),
    # a planned day with its own year, and a first of something with a word before it
    (
        "The Orwell Picturehouse will reopen on Friday 6 March 2026, its trust said. The first evening screening "
        "is on 13 March.",
        "13 March",
    ),
    (
        "The climbing wall reopens on 2 February after its refit. The first junior sessions on 9 February are full.",
        "9 February",
    ),
    # an active sentence with the operator as subject
    (
        "The trust will restart the pleasure boat on 5 May. Skipper Ann Rowe will take the first trip on 12 May.",
        "12 May",
    ),
]

_CLEAN = [
    # one day said twice
    "The Tarnby ferry returns on 4 June after its winter lay-up. First sailing 4 June, 8.15am from the pier.",
    # the end of the season, not its start
    "The open-air theatre season starts on 2 July. The last performance, on 30 August, is a gala.",
    # bookings open before the service starts
    "The summer shuttle to the falls is back from 21 May. Bookings open on 1 May on the council's website.",
    # two things, each with its own start
    "The garden centre reopens on 6 April. The gift shop opens on 13 April, once its new roof is on.",
    "The Calder Street library, which opened on 9 October, is the newest. The Hillfoot library, which opened on "
    "2 May, was refitted.",
    # a plan that moved
    "The lido was due to reopen on 1 June. It now reopens on 8 June after a delay with the filters.",
    "The heritage steam line will resume on 21 March, a week later than the 14 March start first planned.",
    # a later round
    "The canal boat trips restart on 19 May. A second season of evening cruises starts on 26 July.",
    # a past season
    "The moor bus resumes on 12 May. It returned on 19 May last year, after a late spring.",
    "The pleasure boat starts on 5 May. In 2024 the first trip was on 12 May.",
    # a plan against what happened
    "The skate park will open on 2 May, the council said in the spring. It opened on 16 May after a wet April.",
    # a first opening against a reopening
    "The Carnwath cinema opened on 12 March 1936. Film fans are queueing for its 19 March reopening.",
    # a name and another thing
    "Brackley Lido will reopen on 20 May. The poolside kiosk will reopen on 27 May.",
    # the thing's own noun after a name
    "Hartwell Museum reopens on 5 April, the trust says. The museum shop, which reopens on 12 April, sells honey.",
    # a first opening in another year, against this year's reopening
    "The Orwell Picturehouse opened on 6 March 1934. Film fans are queueing for its 13 March reopening.",
    # a timetable of several starts
    "The ferry starts on 4 June. The evening service begins on 11 June and the island shuttle on 18 June.",
    # a part of the service, named by a word before "service"
    "The Tarnby ferry returns on 4 June after its winter lay-up. The evening service starts on 11 June.",
]


@pytest.mark.parametrize(("draft", "figure"), _FLAGGED)
def test_a_start_told_twice_with_two_days_is_flagged(draft: str, figure: str) -> None:
    assert flags_at(draft, figure), draft


@pytest.mark.parametrize("draft", _CLEAN)
def test_starts_that_agree_or_are_of_other_things_are_left_alone(draft: str) -> None:
    assert not flags(draft), draft
