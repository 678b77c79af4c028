"""A fact box's or a list's label that ends in a participle ("Buses ordered: 64", "Parcels
distributed: 14,800", "Trees to be felled: 19") names its noun and what was done to it: the noun is
what the figure counts, and the act narrows it as a participle after a figure's noun does ("20
hospitals promised"). So the line meets the text's figure for the same thing done ("ordered 46
buses"), and stays apart from other acts on that noun ("Buses delivered: 20") (numcheck.evidence
`_label_and_act`)."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

import numcheck

# (text, figure, head, act)
LABEL_READINGS = [
    ("Ferries ordered: 6", "6", "ferry", "order"),
    ("- lamps replaced: 1,320", "1,320", "lamp", "replace"),
    ("Seedlings planted: 48,000", "48,000", "seedling", "plant"),
    ("- flats to be built: 210", "210", "flat", "build"),
    ("Visitors turned away: 380", "380", "visitor", "turn"),
    ("Cases closed: 912", "912", "case", "close"),
]


@pytest.mark.parametrize(("text", "figure", "head", "act"), LABEL_READINGS)
def test_a_label_ending_in_a_participle_gives_its_noun_and_its_act(text: str, figure: str, head: str, act: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if c.text == figure)
    assert claim.evidence is not None
    assert (claim.evidence.head, claim.evidence.restricted) == (head, act)


# Labels that are a noun phrase keep reading as before
PLAIN_LABELS = [
    ("Workforce: 3,900", "3,900", "workforce"),
    ("Total cost: £4.2m", "£4.2m", "cost"),
    ("- Passengers: 2.4 million", "2.4 million", "passenger"),
]


@pytest.mark.parametrize(("text", "figure", "head"), PLAIN_LABELS)
def test_a_label_without_a_participle_is_its_noun_phrase(text: str, figure: str, head: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if c.text == figure)
    assert claim.evidence is not None and claim.evidence.head == head and claim.evidence.restricted is None


# (document, the figure a finding must point at): a fact box's line, then a definite mention of the same
# things that says no act of its own; every one was missed before
LINE_AGAINST_TEXT = [
    ("- ferries ordered: 46\n- cost: £310 million\n\nThe 58 ferries will be built over three years.\n", "58"),
    ("- seedlings planted: 48,000\n- volunteers: 260\n\nMost of the 52,000 seedlings are birch and rowan.\n",
     "52,000"),
    ("- lamps replaced: 1,320\n- streets covered: 41\n\nEach of the 1,150 lamps uses a third of the power of the "
     "old ones.\n", "1,150"),
    ("Pellow surgery in numbers:\n- patients registered: 9,400\n- doctors: 6\n\nThe surgery's 7,900 patients "
     "will be written to this week.\n", "7,900"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), LINE_AGAINST_TEXT)
def test_a_labelled_line_is_read_against_the_text_for_the_same_act(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


NOT_THE_SAME_COUNT = [
    # other acts on one noun
    "Kelby council has ordered 46 ferries.\n\nFerries delivered: 20\nFerries in service: 12\n",
    "The charity planted 48,000 seedlings.\n\n- seedlings lost to frost: 3,100\n- seedlings replaced: 2,900\n",
    "- ferries ordered: 46\n- cost: £310 million\n\nThe 12 ferries delivered so far are already in service.\n",
    "- seedlings planted: 48,000\n- volunteers: 260\n\nThe 3,100 seedlings lost to frost will be replaced in spring.\n",
    "Pellow surgery in numbers:\n- patients registered: 9,400\n- doctors: 6\n\nThe 1,200 patients seen last "
    "month waited two days on average.\n",
    # two lines of one box, each its own act
    "Buses ordered: 64\nBuses delivered: 20\nBuses in service: 18\n",
    # a part of the whole, referred back to
    "Survey results:\n- hedgerows recorded: 212\n- hedgerows to be replanted: 17\n\nThe Long Lane hedge is one of "
    "the 17.\n",
    # a noun phrase label is not an act
    "Last updated: 14 May\n\nThe trust runs 38 reserves.\n",
]


@pytest.mark.parametrize("text", NOT_THE_SAME_COUNT)
def test_labels_of_other_acts_are_not_read_against_each_other(text: str) -> None:
    assert not flags(text, "doc.txt")
