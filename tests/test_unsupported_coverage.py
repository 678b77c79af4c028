"""unsupported-figure: which draft sentences are about what the sources cover, and which source
figures state a draft figure. A figure's own words ("billion", "months", "metres") count as one
word shared with any source sentence that gives a figure of its family, so a short sentence whose
figure changed is still checked; the ends of a range, a signed change and the base of "one in six"
are read as written."""

from __future__ import annotations

import pytest
from against_source import unsupported

# Short sentences whose figure (with its own words) is most of what they say
SHORT_AND_WRONG = [
    ("Grant total: £3.1 million.", "The grant total is £3.1 billion, the ministry said.", "£3.1 million"),
    ("The ban lasts nine years.", "The court said the ban will last 60 months.", "nine years"),
    ("The mast stands 210 metres tall.", "At 120 m, the mast is the tallest in the county.", "210 metres"),
    ("Turnout: 46%.", "Turnout in the ward election was 64%.", "46%"),
    ("The hall opened in 1931.", "The concert hall first opened its doors in 1913.", "1931"),
    ("The lease runs 15 years.", "Under the deal the lease runs for 25 years.", "15 years"),
    ("Price: $18,000.", "The base model has a price of $81,000.", "$18,000"),
    ("The pier is 400 metres long.", "Visitors can walk the pier's full 300 m length.", "400 metres"),
]  # fmt: skip
COVERED_OR_STATED = [
    # about something the source does not cover
    ("Parking costs £4 a day.", "The grant total is £3.1 billion, the ministry said."),
    ("The café seats 40.", "The concert hall first opened its doors in 1913."),
    # stated, in other words or units
    ("Grant total: £3.1 billion.", "The grant total is £3.1 billion, the ministry said."),
    ("The ban lasts five years.", "The court said the ban will last 60 months."),
    # the ends of a range
    ("The youngest was 19 and the oldest 64.", "The eight climbers were aged between 19 and 64."),
    ("Fares will cost from £12 to £30, and the cheapest is £12.", "Fares will range from £12 to £30."),
    # a signed figure is a change
    ("Prices fell 1.2% in Dornoch.", "Change in prices: Alness +2.4%, Dornoch -1.2%."),
    # "one in six" is a share, and "two numbers" counts nothing
    ("About one in six adults smokes.", "Some 17% of adults smoke, the survey found."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), SHORT_AND_WRONG)
def test_a_short_sentence_with_a_changed_figure_is_checked(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source"), COVERED_OR_STATED)
def test_a_figure_the_source_does_not_cover_or_states_is_not_reported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


# A word that is a synonym in two tables covers through both: "houses" is "homes" (a noun) as well
# as "takes in" (a verb), and a draft about houses is about what a source about homes covers
COVERED_THROUGH_A_SYNONYM = [
    ("Detached houses cost about five times as much as flats.",
     "Detached homes rose 5.9% to £512,000, while flats fell 1.3% to £168,500.", "about five times"),
    ("The scheme will house about 900 families.",
     "The scheme will take in 300 families this winter and 340 next year.", "about 900"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), COVERED_THROUGH_A_SYNONYM)
def test_a_sentence_is_covered_through_any_of_a_word_s_synonyms(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# The two sides of one threshold count the two parts of a whole: "seen within four hours" leaves the
# rest "waiting longer than four hours"
THRESHOLD_SOURCE = (
    "The trust said 71.4% of A&E patients in March were seen within four hours, up from 66.9% a year ago."
)
THE_OTHER_SIDE = [
    ("Roughly 29% of A&E patients waited longer than four hours in March.", None),
    ("About 28.6% of A&E patients waited more than four hours in March.", None),
    ("Roughly 39% of A&E patients waited longer than four hours in March.", "Roughly 39%"),
    ("About 29% of A&E patients were seen within four hours in March.", "About 29%"),
]


@pytest.mark.parametrize(("draft", "figure"), THE_OTHER_SIDE)
def test_a_share_on_the_other_side_of_a_threshold_is_the_rest(draft: str, figure: str | None) -> None:
    reported = unsupported(draft, THRESHOLD_SOURCE)
    assert (figure in reported) if figure else not reported
