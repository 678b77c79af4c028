"""Dates and durations within one document: two statements of when, or how long, one event
happened that disagree are a finding; the many other dates and periods a document names are not."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string
from numcheck.model import Finding
from numcheck.timing import date_key, same_event, timing_of
from numcheck.vocabulary import load_vocabulary

# (document, the later figure that should be reported)
MUST_FLAG = [
    ("The Askern windmill was first opened in 1822. Visitors today climb a windmill first opened in 1828.", "1828"),
    ("Carrow Quay swing bridge was built in 1911. The bridge, built in 1917, still turns by hand.", "1917"),
    (
        "The Elm Street library was founded in 1964 by a group of teachers. "
        "Local historians note that the library, founded in 1946, kept its card index until 2001.",
        "1946",
    ),
    (
        "The tram depot closes on 9 March for rewiring. Drivers were told the depot, which closes on 19 March, "
        "will be empty by the weekend.",
        "19 March",
    ),
    ("Brackley lido opens on 28 May this year. Lifeguards say the lido opens on 21 May, weather permitting.", "21 May"),
    ("The ferry terminal reopens on April 2. Staff were told the terminal reopens on April 9 after repairs.", "9"),
    ("The orchard trial will run for 30 months. Growers in the 18-month trial will plant 600 pear trees.", "18-month"),
    (
        "A three-year survey of river otters began in spring. Volunteers on the five-year survey have found 40 holts.",
        "five-year",
    ),
    (
        "The charity will support 90 families for six months. At the end, the charity reviews how it supported "
        "the families for nine months.",
        "nine months",
    ),
    ("The Pellow mine was first worked in 1790 by tin miners. The mine, first worked in 1709, closed in 1921.", "1709"),
    (
        "Hartwell reservoir was completed in 1958, the water board says. The reservoir, completed in 1962, "
        "holds 4 billion litres.",
        "1962",
    ),
    (
        "A 12-week consultation on the bypass starts today. Residents have until the end of the 8-week "
        "consultation to comment.",
        "8-week",
    ),
    (
        "The footpath over Cray Down will close on 2 October. The closure of the footpath on 12 October "
        "angers walkers.",
        "12 October",
    ),
    (
        "Rowan Street pool is due to open on 6 July. Swimmers are ready for the 16 July opening.",
        "16 July",
    ),
    (
        "The ring road tunnel will shut on 8 August for a month. The closure begins on 18 August, the council said.",
        "18 August",
    ),
    (
        "Kelda Point lighthouse, a granite tower first lit in 1871, is for sale. The lighthouse, first lit in 1817, "
        "has no keeper.",
        "1817",
    ),
    (
        "Mayfield market hall was first lit by gas in 1851. Records show the hall, first lit in 1857, had 40 stalls.",
        "1857",
    ),
    # the day a change takes effect, told by "from" after the change and by a start of what it puts in place
    (
        "Ferry cut to eight sailings a day from 2 November\n\nThe reduced timetable starts on 9 November and runs "
        "until 28 March.",
        "9 November",
    ),
    (
        "Bus fares will rise to £2.40 from 6 April. The new fares take effect on 13 April, the operator said.",
        "13 April",
    ),
    (
        "Bin collections will drop to once a fortnight from Monday 4 May. The first day of the new timetable, 11 May, "
        "is a Monday.",
        "11 May",
    ),
    (
        "Eight sailings a day from 2 November, down from 12. First day of the cut: Sunday 9 November.",
        "Sunday 9 November",
    ),
    # a plain word for any premises is the one the story names
    ("Pharmacist Raj Mistry will close the shop on 26 February. The pharmacy will shut on 6 February.", "6 February"),
    ("The Corn Street bakery closes on 3 June. The owners will shut the business on 13 June.", "13 June"),
    # a regime's start said by a noun or a switch: "The introduction of the timetable on", "switch to"
    (
        "The summer timetable starts on 23 May. The introduction of the summer timetable on 30 May was welcomed by "
        "hotels.",
        "30 May",
    ),
    ("The ferry will switch to the summer timetable on 23 May. The summer timetable starts on 30 May.", "30 May"),
    (
        "The new fares take effect on 1 April. The introduction of the new fares on 8 April will add £2 a ticket.",
        "8 April",
    ),
    # a naming, an unveiling or a dedication said by its noun
    (
        "Porthgwen's new lifeboat to be named on 14 June\n\nThe naming ceremony on Saturday 21 June will be open "
        "to the public.",
        "Saturday 21 June",
    ),
    ("The statue will be unveiled on 3 May. The unveiling on 10 May will be led by the mayor.", "10 May"),
    # a length said by a verb of lasting right before it: "took 18 months", "lasted 14 months"
    ("The restoration took 18 months and cost £1.3 million. The 14-month restoration ended on Monday.", "14-month"),
    ("The inquiry took 12 days. Its report said the inquiry had lasted 21 days.", "21 days"),
    ("The 26-week closure ends on Friday. The closure, which took 16 weeks, cost £2m.", "16 weeks"),
]

# (document, why no finding is right)
MUST_NOT_FLAG = [
    ("The restoration took 18 months. The tour that followed took 14 months.", "two events, each its own length"),
    ("The restoration took 18 months. It took 14 months to raise the money.", "a pronoun names no event"),
    (
        "The summer timetable starts on 23 May. The introduction of the winter timetable on 2 November cuts "
        "sailings to 9.",
        "two regimes, a season apart",
    ),
    (
        "The ferry moves to its summer timetable on 23 May. The winter timetable starts on 30 September.",
        "two regimes, a season apart",
    ),
    ("The bakery was founded in 1990 and expanded in 2005.", "two events, one subject"),
    ("The council launched a 10-year plan for parks. A 2-year pilot tests free parking.", "two schemes"),
    ("The old wing opened in 1931. The east wing opened in 1974.", "two things that opened"),
    ("Dunmore pier was built in 1880. The Dunmore pavilion was built in 1902.", "two buildings"),
    ("The Corn Street bakery closes on 3 June. The shop on the corner will close on 10 June.", "another shop"),
    ("The bakery closes on 3 June. The new shop opens on 10 June.", "another event"),
    ("Fares rise from 1 April. The new timetable starts on 18 May.", "two changes, each its own start"),
    ("The ferry timetable starts on 3 May. The bus timetable starts on 10 May.", "two timetables"),
    ("Bus fares will rise to £2.40 from 6 April. The consultation starts on 13 March.", "no change put in place"),
    ("The winter timetable runs from 2 November to 28 March. Fares rise from 9 November.", "a range's start"),
    (
        "The school opened in 1962. It reopened in 2015 after a fire; the school was renovated in 2016.",
        "a reopening is another event",
    ),
    ("The footbridge closes on 3 April. The car park closes on 10 April.", "two closures of two places"),
    ("The museum first opened in 1905. The museum opened again in 1950 after the war.", "a repeat"),
    ("Carers can take a break for two weeks. Nurses can take a break for four weeks.", "two groups"),
    (
        "The festival, held each year in July, was first held in 1977. The 2024 festival was held in July.",
        "a yearly event",
    ),
    (
        "The lighthouse was first lit in 1859. The keeper's cottage was first lit by electricity in 1931.",
        "a different thing lit",
    ),
    (
        "The study will run for 18 months. Volunteers who stay for the full 18 months receive £200.",
        "the same duration restated",
    ),
    (
        "Thornbury lighthouse was first lit in 1859. Its beam, first lit in 1859, reaches 18 miles.",
        "the same date restated",
    ),
    ("The bridge closes on 4 June. Work on the road starts on 14 June.", "two events of two things"),
    ("The tunnel was dug in 1820 and lined in 1834; the tunnel was lit in 1870.", "three steps of one thing"),
    ("The hospital cleaners are on a five-year contract. The caterers are on two-year contracts.", "two contracts"),
    ("The east footbridge will close on 2 May. The other footbridge will close on 9 May.", "another footbridge"),
    ("The cinema will open on 4 March. The closure of the car park on 1 March was short.", "two events"),
    (
        "The library closes on 5 May. The pool closes on 12 May. The closure on 19 May affects the gym.",
        "a closure of no one thing",
    ),
    ("The old pier was built in 1870. The pier was built in 1902 after a storm.", "an old and a new pier"),
    (
        "Drivers will be able to cross from 14 June. The bridge closes on 4 June for repairs to the deck.",
        "crossing is not closing",
    ),
    (
        "The typical three-year fixed loan rate is 4.1%. On a £150,000, 30-year loan, repayments drop by £40.",
        "a fixed period and a loan term",
    ),
    (
        "Urgent repairs carry the 24-hour response target. Routine repairs have a 72-hour target.",
        "an indefinite phrase introduces another target",
    ),
    (
        "The dock, a Victorian basin first opened in 1859, is busy. The marina, first opened in 1990, is quiet.",
        "an apposition renames only its own noun",
    ),
    ("The factory was built in 1899 and extended in 1923. A second factory was built in 1951.", "another factory"),
]


def _timing_findings(text: str) -> list[Finding]:
    """Figure mismatches between two dates or two durations of one event."""
    report = numcheck.check([document_from_string(text, "doc.txt")])
    return [
        f for f in report.findings
        if f.rule == "figure-mismatch" and "of one event" in f.message
    ]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), MUST_FLAG)
def test_two_dates_or_durations_of_one_event_are_a_finding(text: str, figure: str) -> None:
    found = _timing_findings(text)
    assert any(f.primary.text == figure for f in found), f"{figure!r} should be flagged in {text!r}: {found}"


@pytest.mark.parametrize(("text", "why"), MUST_NOT_FLAG)
def test_other_dates_and_periods_of_a_document_are_not(text: str, why: str) -> None:
    assert not _timing_findings(text), f"{why}: nothing should be flagged in {text!r}"


def test_a_date_is_compared_as_written() -> None:
    claims = numcheck.extract("It shut on 4 June, in 1998, and again on June 4.")
    assert [date_key(c) for c in claims if c.kind.value == "date"] == ["4 june", "1998", "4 june"]


def test_verbs_for_one_event_are_one_verb() -> None:
    vocabulary = load_vocabulary()
    lit, shown = (
        timing_of(claim, vocabulary)
        for claim in numcheck.extract("The light was first lit in 1859. The light was first shown in 1895.")
    )
    assert lit is not None and shown is not None and same_event(lit, shown)


def test_first_and_plain_are_not_one_event() -> None:
    vocabulary = load_vocabulary()
    first, plain = (
        timing_of(claim, vocabulary)
        for claim in numcheck.extract("The pier was first opened in 1870. The pier was opened in 1871.")
    )
    assert first is not None and plain is not None and not same_event(first, plain)


@pytest.mark.parametrize(
    ("sentence", "thing"),
    [
        # a place after "to" or "from" is where the thing goes, not the thing
        ("The tram extension to Harbourside opens on 22 March.", "extension"),
        ("The coast road to Keld reopens on 3 May.", "road"),
        ("The new bus link from Ashby starts on 1 June.", "link"),
        # "the doors open" is the opening of whatever the story opens
        ("From 29 March, when the doors open, riders will reach the waterfront in 14 minutes.", None),
    ],
)
def test_the_thing_a_date_is_of(sentence: str, thing: str | None) -> None:
    (date,) = [claim for claim in numcheck.extract(sentence) if claim.kind.value == "date"]
    timing = timing_of(date, load_vocabulary())
    assert timing is not None and timing.thing == thing


@pytest.mark.parametrize(
    "text",
    [
        "The tram extension to Harbourside opens on 22 March. From 29 March, when the doors open, riders will"
        " reach the waterfront in 14 minutes.",
        "The coast road to Keld reopens on 3 May after the landslip. Drivers were told the road reopens on 10 May.",
    ],
)
def test_one_opening_told_twice_with_two_days_is_flagged(text: str) -> None:
    assert _timing_findings(text)
