"""Within one document: the one spell of closure or work told again by what fills it or what is
missing through it, with another length: a sentence that opens with it ("Nine weeks without the
ferry will empty the island"), or "no X for N", "without X for N". The length of a spell that
starts in a year ("starting in March 2027") is not dated to another year by it. Rows that must
stay silent: the same length; another year's spell; a length that does not open its sentence nor
says what is missing; the works' length against a closure's."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
SPELL_TOLD_AGAIN = [
    ("The Kyle ferry will be withdrawn for 12 days from Monday 7 September. \"Nine weeks without the ferry "
     "will empty the island's shops,\" said councillor Iona Reid.", "Nine weeks"),
    ("Repairs on the Old Road will last 14 months, starting in March 2027. \"Fourteen weeks of roadworks "
     "outside the school gates is bad enough,\" said the head teacher.", "Fourteen weeks"),
    ("The Dunholm pool closes for eight weeks from 1 June for retiling. From 1 June: no public swimming for "
     "five weeks.", "five weeks"),
    # a closure dated at both ends, and what is missing through it
    ("The work, which starts on 1 June and ends on 10 August, will cost £900,000. The swimming club, which will "
     "be without its pool for six weeks, will train at Ardley.", "six weeks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), SPELL_TOLD_AGAIN)
def test_the_spell_told_again_with_another_length_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


AGREES_OR_ANOTHER = [
    "The Kyle ferry will be withdrawn for 12 days from Monday 7 September. \"Twelve days without the ferry "
    "will empty the island's shops,\" said councillor Iona Reid.",
    "The Dunholm pool closes for eight weeks from 1 June for retiling. From 1 June: no public swimming for "
    "eight weeks.",
    "The work, which starts on 1 June and ends on 10 August, will cost £900,000. The swimming club, which will "
    "be without its pool for ten weeks, will train at Ardley.",
    # another year's spell
    "The Kyle ferry will be withdrawn for 12 days from Monday 7 September. In 2019 islanders went five weeks "
    "without it.",
    # the length neither opens its sentence nor says what is missing
    "The Kyle ferry will be withdrawn for 12 days from Monday 7 September. Islanders said they had waited "
    "nine weeks for an answer.",
    # a closure told against the works
    "Repairs on the Old Road will last 14 months, starting in March 2027. Six weeks of closure at the bridge "
    "will come first.",
]  # fmt: skip


@pytest.mark.parametrize("text", AGREES_OR_ANOTHER)
def test_the_same_length_or_another_spell_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# a length counted from the closure to the reopening ("When it reopens, 100 days after closing")
REOPENING_AFTER = [
    ("The Lowther lido closes for six weeks from Monday 1 June. When it reopens, 60 days after closing, "
     "entry will be free for a week.", "60 days"),
    ("Corve library shuts for 18 months from January 2027. It will reopen two years after it closed, the "
     "council now says.", "two years"),
    # "after a 15-month closure": the spell the reopening ends
    ("The planetarium closed for an 18-month refit. It reopens on 14 March 2026 after a 15-month closure.",
     "15-month"),
    ("The Kelby baths shut for nine months of repairs. They reopen on Saturday after a 12-month refurbishment.",
     "12-month"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), REOPENING_AFTER)
def test_the_time_from_closing_to_reopening_against_the_closures_length_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


NOT_THE_CLOSURES_LENGTH = [
    "The Lowther lido closes for six weeks from Monday 1 June. When it reopens, 42 days after closing, entry "
    "will be free for a week.",
    # a time after the closure with no reopening: not its length
    "The Lowther lido closed for six weeks in 2019. Two years after it closed, the site was sold.",
    "The planetarium closed for an 18-month refit. It reopens on 14 March 2026 after an 18-month closure.",
    # "after a" with no reopening, or a spell of another year
    "The planetarium closed for an 18-month refit. It was sold after a 15-month closure.",
    "The pool closed for six weeks in 2019. It reopens on Monday after a two-year rebuild begun in 2024.",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_THE_CLOSURES_LENGTH)
def test_a_time_after_closing_that_agrees_or_is_no_length_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


# Two lengths each told as how long the thing is shut ("closed for 15 months", "reopens after 18
# months", "- Closed: 15 months", "the 18-month closure") are one closure's, unless times set them apart
CLOSURE_TOLD_TWICE = [
    ("Harwick Planetarium reopens after 18 months in the dark\n\nThe city's planetarium, closed for 15 months, "
     "will welcome visitors again on Saturday.", "15 months"),
    ("The lido has been shut for 18 months.\n\n- Cost: £2 million\n- Closed: 15 months\n", "15 months"),
    ("Kelby library reopens on Monday after a 14-month closure. Staff said being shut for 11 months was hard.",
     "11 months"),
    # what a speaker says, its subject after the reporting verb
    ("The bridge has been closed for 27 weeks. The council said it had been closed for 17 weeks.", "17 weeks"),
    ("Ferry Lane has been shut for nine months. Residents told the BBC it had been shut for six months.",
     "six months"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), CLOSURE_TOLD_TWICE)
def test_a_closure_s_length_told_twice_with_another_length_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


CLOSURE_AGREES_OR_ANOTHER = [
    "Harwick Planetarium reopens after 18 months in the dark\n\nThe city's planetarium, closed for 18 months, "
    "will welcome visitors again on Saturday.",
    "The road will close for two weeks in May. It will be closed for three weeks in August.",
    "The bridge closes for two weeks. Commuters face a 40-minute detour.",
    "The pool closed for six weeks in 2019. It has been shut for two years now.",
    # two things each named shut
    "The pool closed for six weeks for repairs. The gym next door has been shut for four months.",
    "The bridge has been closed for 27 weeks. The council said the ferry had been closed for 17 weeks.",
]


@pytest.mark.parametrize("text", CLOSURE_AGREES_OR_ANOTHER)
def test_a_closure_s_length_that_agrees_or_is_another_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt"), flags(text, "doc.txt")
