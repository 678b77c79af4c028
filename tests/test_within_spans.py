"""Within one document: a spell of closure or work dated at both ends, whose length the document gives
as something the calendar does not ("shuts on 5 January for four weeks", then "reopens on 16
March"). Rows that must stay silent: a length the dates give, rounded as writers round; a part of the
spell, a delay, an extra, a rate or another thing's length; two starts or two ends; no end."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
WRONG_LENGTHS = [
    # the length in the sentence of the start
    ("Brindle Road swimming pool shuts on 5 January 2026 for four weeks. It reopens on 16 March 2026 with a new "
     "flume.", "four weeks"),
    ("Eight weeks of resurfacing on the Coldharbour bypass begin on 1 June 2026, and the road reopens on 20 "
     "September 2026.", "Eight weeks"),
    # the length after "will take" or "closed for"
    ("Work on the Penhallow library extension began in March 2024 and will take two years; the library reopens "
     "in March 2027.", "two years"),
    ("The Tamsin Street footbridge closed on 12 May 2025. It will reopen on 2 February 2026, having been closed "
     "for 14 months.", "14 months"),
    # the work's lasting verb in another sentence
    ("Kenby watermill closed in June 2023 for restoration and will reopen in June 2026. The restoration, the "
     "trust says, will have taken five years.", "five years"),
    # a range of dates, and a length that names the spell anywhere in the document
    ("Quarry Lane will be closed from 9 February to 23 March 2026, a closure of nine weeks.", "nine weeks"),
    ("Quarry Lane will be shut between 9 February and 23 March 2026. The nine-week closure will hurt the "
     "farm shop.", "nine-week"),
    ("Trevean art gallery closed on 4 May 2025 and reopens on 4 May 2026. Its three-year refurbishment cost "
     "£6 million.", "three-year"),
    # a fact box with a start, an end and a length
    ("Quay wall repairs at a glance:\n- start: 3 August 2026\n- finish: November 2026\n- length: 40 weeks\n"
     "- cost: £2.1 million", "40 weeks"),
    # no year anywhere: the end is read after the start
    ("The Market Cross clock stops on 9 October for restoration. It will be back in service on 20 November, "
     "after 16 weeks of work.", "16 weeks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), WRONG_LENGTHS)
def test_a_length_its_start_and_end_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


FITTING_OR_OTHER = [
    # a length of another clause, past a semicolon: not the dated work's
    "The port will spend £220 million over five years on new cranes; work on the quay starts in June 2025 and is "
    "due to finish in 2028.",
    # a delay is no spell
    "The pool shut on 4 January and reopens on 22 March, three weeks later than the council first said.",
    # the length the dates give, exactly or rounded
    "Brindle Road swimming pool shuts on 5 January 2026 for ten weeks. It reopens on 16 March 2026 with a new "
    "flume.",
    "Work on the Penhallow library extension began in March 2024 and will take three years; the library reopens "
    "in March 2027.",
    "The Tamsin Street footbridge closed on 12 May 2025. It will reopen on 2 February 2026, having been closed "
    "for nine months.",
    "The Market Cross clock stops on 9 October for restoration. It will be back in service on 20 November, "
    "after six weeks of work.",
    "Grebe Lane bridge closes on 3 June 2026 for a 12-week refit and reopens on 1 September 2026.",
    "Quarry Lane will be closed from 9 February to 23 March 2026, a closure of six weeks.",
    "Trevean art gallery closed on 4 May 2025 and reopens on 4 May 2026. The year-long closure cost £6 million.",
    "Roadworks on Pound Street started on 5 January 2026. The street reopens on 16 March 2026, after ten weeks "
    "of closure.",
    # years alone hold a year's play either way
    "Excavation at the Holm barrow started in 2021 and finished in 2023, three seasons of digging in all.",
    # a part of the spell, a delay, an extra, a rate, another thing's length
    "Brindle Road swimming pool shuts on 5 January 2026 and reopens on 16 March 2026. The first four weeks "
    "will be spent draining the pool.",
    "The Coldharbour bypass closes on 1 June 2026 and reopens on 20 September 2026, three weeks later than "
    "planned.",
    "The Coldharbour bypass closes on 1 June 2026 and reopens on 20 September 2026 after a delay of six weeks.",
    "Penhallow library closed in March 2024 and reopens in March 2027; staff will work two days a week at the "
    "town hall.",
    "The Tamsin Street footbridge closed on 12 May 2025 and will reopen on 2 February 2026. The detour adds "
    "15 minutes to a walk into town.",
    "The Tamsin Street footbridge closed on 12 May 2025 and will reopen on 2 February 2026. Residents were "
    "given four weeks' notice.",
    "Harrow canal closed in 1962 and reopened in 2021. A narrowboat takes about three days to travel its length.",
    # a length planned in the past, which the dates overran
    "The Harbour Street museum closed on 3 January 2022 for work that was meant to take two years. It reopened "
    "on 12 April 2025.",
    "Kelmscott pier shut on 1 March 2023; the repairs were expected to last about nine months. It reopened on "
    "30 May 2025.",
    "The Ashby road bridge closed on 6 June 2024 for a refit that had been scheduled to take 20 weeks, and "
    "reopened on 14 July 2025.",
    # two starts: which one the length runs from, the words must say
    "Ashby lido closed in 2019. Rebuilding started in May 2024 and will take 18 months; the lido reopens in "
    "November 2025.",
    # a start and no end
    "Grebe Lane bridge closes on 3 June 2026 for 12 weeks, the council said.",
    # a reopening ends a closure, never the run that first opened
    "The planetarium opened in 1967 and closed for an 18-month refit in 2024. It reopens on 14 March 2026 after "
    "an 18-month closure.",
    "The lido, which first opened in 1936, reopens on 1 June after a two-year restoration.",
    # a length before or after another day is how far apart they are, not the spell
    "The market, which opens on 28 November, closes on 21 December, four days before Christmas.",
    "The fair opens on 2 August and closes on 16 August, ten days after the carnival.",
]  # fmt: skip


@pytest.mark.parametrize("text", FITTING_OR_OTHER)
def test_a_fitting_or_other_length_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
