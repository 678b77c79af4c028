"""Within one document, a later figure whose head is the word for what every measure of its
dimension is ("its length of 2.7 miles", "Its area, 68 hectares") states again the measure of
the thing an earlier figure gave ("The Kelby bypass will run for 7.2 miles"), whatever that
figure's head was read as; the thing's own words ("The bridge's length") make it another thing's,
and a word for one side of a thing ("depth", "width", "height") is not the measure of its whole
(numcheck.restatements). A restatement a power of ten off, in any unit of its dimension, is a
magnitude slip ("Its 340-metre length" after "The Garrow tunnel (3.4 km)"; numcheck.kinds)."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
THE_MEASURE_STATED_AGAIN = [
    ("The new reservoir covers 86 hectares. Its area, 68 hectares, is twice that of the old one.", "68 hectares"),
    ("The Kelby bypass will run for 7.2 miles. Its length of 2.7 miles means lorries will avoid the town centre.",
     "2.7 miles"),
    ("Tarn Moss nature reserve covers 410 hectares of bog. Its area of 140 hectares makes it the county's largest.",
     "140 hectares"),
]  # fmt: skip

A_MAGNITUDE_SLIP_IN_A_RESTATEMENT = [
    ("The Garrow tunnel (3.4 km) replaces a winding line. Its 340-metre length means trains will no longer slow.",
     "340-metre"),
    ("The estate covers 1,250 acres. Its area of 125 acres was sold to the council.", "125 acres"),
    ("Pellow Down solar farm:\n- area: 124 ha\n- output: 58 MW\n\nThe 12,400-hectare farm will be built next year.\n",
     "12,400-hectare"),
]  # fmt: skip

ANOTHER_THINGS_MEASURE = [
    # the possessor names another thing
    "The river runs for 40 km. The bridge's length is 300 metres.",
    "The park covers 86 hectares. The lake's area is 12 hectares.",
    "The runway is 2.8 km long. The taxiway's length, 820 metres, was set by the site.",
    "The river is 40 km long. The length of the new footbridge, 120 metres, makes it the longest in the county.",
    # one side of the thing, not its whole
    "The Orme pool is 50 metres. Its depth of 3 metres suits divers.",
    "The tunnel is 3.4 km long. Its width of 12 metres allows two tracks.",
    # another thing of the dimension, named by its own noun
    "The Garrow tunnel will be 3.4 km long. Its spoil heap will cover an area of 12 hectares.",
    "The Carrow estate covers 340 hectares. A length of 34 km of hedges will be replanted.",
    # a conversion and a climb
    "The farm covers 124 hectares. Its area in acres, 306, is larger than any other in the county.",
    "The ridge path climbs 340 metres. Its length, 3.4 km, makes it a short walk.",
]


@pytest.mark.parametrize(("text", "figure"), THE_MEASURE_STATED_AGAIN + A_MAGNITUDE_SLIP_IN_A_RESTATEMENT)
def test_a_word_for_the_measure_states_the_things_measure_again(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


@pytest.mark.parametrize("text", ANOTHER_THINGS_MEASURE)
def test_another_things_measure_or_one_side_of_it_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.md")
