"""A fact box written as lines of "Label: figure" with no full stops ("Staff: 2,400" then "Sites: 12")
is read line by line: each line is a sentence of its own (numcheck.sentences
`_fact_box_line_starts`), so one line's words (a capitalised label read as a name, a participle read
as a verb) do not leak into the next line's figure. Two such lines in a row make a box; a single
"Note: ..." line in prose does not. And a definite mention's noun is not taken with the verb after
it ("The 38,000-strong crowd sang along", "The 55-metre pool reopens in May": numcheck.subjects)."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

import numcheck

# (text, figure, the sentence numcheck reads it in)
LINES = [
    ("Lamps replaced: 1,320\nStreets covered: 41\n", "1,320", "Lamps replaced: 1,320"),
    ("Lamps replaced: 1,320\nStreets covered: 41\n", "41", "Streets covered: 41"),
    ("Key figures\nStaff: 2,400\nSites: 12\nTurnover: £41m\n", "£41m", "Turnover: £41m"),
    ("Key figures\nStaff: 2,400\nSites: 12\nTurnover: £41m\n", "2,400", "Staff: 2,400"),
]


@pytest.mark.parametrize(("text", "figure", "sentence"), LINES)
def test_each_line_of_a_fact_box_is_its_own_sentence(text: str, figure: str, sentence: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if c.text == figure)
    assert claim.sentence == sentence


# One "Label: ..." line inside wrapped prose is not a box: the sentence goes on
WRAPPED = [
    ("The council said on Monday that the\nNote: 14 of the 40 lamps were replaced\nlast year.\n", "14"),
]


@pytest.mark.parametrize(("text", "figure"), WRAPPED)
def test_a_single_label_line_in_wrapped_prose_is_not_a_box(text: str, figure: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if c.text == figure)
    assert claim.sentence.startswith("The council said")


# (text, figure, head)
NOUN_BEFORE_A_VERB = [
    ("The 38,000-strong crowd sang along on Saturday night.", "38,000", "attendance"),
    ("The 55-metre pool reopens in May.", "55-metre", "pool"),
    ("The 4,000 homes met the standard.", "4,000", "home"),
    ("The 30-bed ward shuts at the end of June.", "30", "bed"),  # the ward's beds (a count joined to its noun)
]


@pytest.mark.parametrize(("text", "figure", "head"), NOUN_BEFORE_A_VERB)
def test_the_verb_after_a_definite_noun_is_not_its_head(text: str, figure: str, head: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if c.text == figure)
    assert claim.evidence is not None and claim.evidence.head == head


# (document, the figure a finding must point at); every one was missed before
BOX_AGAINST_TEXT = [
    ("Harwood lido in numbers\nLength: 50 metres\nLanes: 8\nOpened: 1936\n\nThe 55-metre pool reopens in May.\n",
     "55-metre"),
    ("Orchard survey\nTrees recorded: 4,100\nVarieties: 37\n\nThe orchard's 3,700 trees were planted in the 1950s.\n",
     "3,700"),
    ("Mill Street surgery\nPatients registered: 9,400\nDoctors: 6\n\nThe surgery's 7,900 patients will be written to "
     "this week.\n", "7,900"),
    ("Festival facts\nAttendance: 31,000\nStages: 4\n\nThe 38,000-strong crowd sang along on Saturday night.\n",
     "38,000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), BOX_AGAINST_TEXT)
def test_a_fact_box_line_is_read_against_the_text(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


NOT_THE_SAME_QUANTITY = [
    "Orchard survey\nTrees recorded: 4,100\nVarieties: 37\n\nThe 370 trees in the walled garden were planted in "
    "the 1950s.\n",
    "Kelby library\nBooks lent: 41,000\nMembers: 3,200\n\nThe 12,000 books lent to schools went out by van.\n",
    "Mill Street surgery\nPatients registered: 9,400\nDoctors: 6\n\nThe surgery's 900 patients over 80 will get a "
    "home visit.\n",
    "Festival facts\nAttendance 2025: 31,000\nAttendance 2024: 27,000\nStages: 4\n",
    "Harwood lido\nLength: 50 metres\nDepth: 2 metres\n\nThe 25-metre training pool opens in May.\n",
    "Key figures\nStaff: 2,400\nSites: 12\n\nThe Leeds site has 180 staff.\n",
]


@pytest.mark.parametrize("text", NOT_THE_SAME_QUANTITY)
def test_fact_box_lines_and_other_quantities_stay_apart(text: str) -> None:
    assert not flags(text, "doc.txt")


# A label read up to its phrase of when or where ("Highest temperature on Tuesday: 31.2C" is a
# temperature), and a noun said to be the earlier one ("Previous record: 30.4C", "its former price,
# £2.40") is another time's figure (numcheck.frames): the text's figure is read against the box's
# temperature, not its record. (text, figure, the figure it contradicts, one it does not)
AGAINST_THE_RIGHT_LINE = [
    ("Kelby weather\nHighest temperature on Tuesday: 31.2C\nPrevious record: 30.4C\n\nThe temperature peaked at "
     "32.1C on Tuesday afternoon, the Met Office said.\n", "32.1C", "31.2C", "30.4C"),
    ("Bridge repairs\nCost of repairs: £2.6 million\nPrevious estimate: £1.9 million\n\nThe repairs will cost £3.1 "
     "million, the council said.\n", "£3.1 million", "£2.6 million", "£1.9 million"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "contradicted", "earlier"), AGAINST_THE_RIGHT_LINE)
def test_the_text_is_read_against_the_box_line_of_the_same_time(
    text: str, figure: str, contradicted: str, earlier: str
) -> None:
    found = flags_at(text, figure, "doc.txt")
    assert found and all(contradicted in message and earlier not in message for message in found), found


EARLIER_ONES = [
    "The previous record of 30.4C was set in 1990. The temperature in Kelby reached 31.2C on Tuesday.",
    "Its former price, £2.40, was cut in May. The café now charges £2.10 for a coffee.",
    "Kelby pool\nLength: 25 metres\nOld length: 20 metres\n\nThe 25-metre pool reopens in May.\n",
]


@pytest.mark.parametrize("text", EARLIER_ONES)
def test_an_earlier_figure_named_as_such_is_not_read_against_the_present_one(text: str) -> None:
    assert not flags(text, "doc.txt")
