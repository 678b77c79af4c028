"""Within one document: a physical measure that the story gives in two sentences and nowhere else,
with the same digits at another scale, is one thing mistyped, whatever each mention leaves out
("The Hollin beacon, 22 metres tall" and "At 2.2 metres, it can be seen from the bay"). The second
mention often names nothing it measures, or names it by another word, so linking alone leaves the
pair apart. Two NEAR figures are not enough: they are as often a part and its whole or two sides
as one thing given twice wrongly (those rows are known misses, marked). A mention that names
another thing than the other's ("a magnitude 6.1 tremor" after "a magnitude 7.4 earthquake") is
another measure. Rows that must stay silent: a correct conversion, two measures of different
sides, rows of a table, a target or an old level beside the measure, what is left of a whole, a
third figure of the dimension, two figures far apart that are no slip."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at


# (document, the figure a finding must point at)
def _near_only(text: str, figure: str) -> object:
    return pytest.param(
        text, figure, marks=pytest.mark.xfail(strict=True, reason="near figures, no slip: a known miss")
    )


ONE_MEASURE_SAID_TWICE = [
    _near_only("The Hollin beacon, 22 metres tall, was lit for the first time on Friday. At 40 feet, it can be seen "
     "from every farm in the valley.", "40 feet"),
    _near_only("Marta Lindqvist's marrow weighed 64 kg at the county show. At 95kg, judges said, it was the heaviest "
     "they had handled.", "95kg"),
    _near_only("The new ferry has a top speed of 24 knots. Its owners say passengers will cross at 31 knots in "
     "good weather.", "31 knots"),
    _near_only("Storm Idris brought gusts of 90 mph to the headland. At the lighthouse they reached 190 km/h.",
     "190 km/h"),
    _near_only("The Breck solar array covers 36 hectares of former farmland. \"It spreads over 63 hectares,\" the "
     "operator said.", "63 hectares"),
    ("Crews cleared 480 kg of rubbish from the canal on Sunday. The 4.8 tonnes will be sorted for "
     "recycling.", "4.8 tonnes"),
    ("The data hall will draw 48 megawatts at its peak. A planning report put it at 48 kilowatts.", "48 kilowatts"),
    ("A sinkhole 12 metres deep opened on Mill Lane. Engineers measured it at 1.2 metres on Tuesday.",
     "1.2 metres"),
    ("The Hollin beacon, 22 metres tall, was lit on Friday. At 2.2 metres, it can be seen from every farm in the "
     "valley.", "2.2 metres"),
    ("Storm Idris brought gusts of 90 mph to the headland. At the lighthouse they reached 9 mph.", "9 mph"),
    ("The glider flew 310 km on a single thermal day. Club members said 130 km was a club best.", "130 km"),
    # the story's one measure of its dimension, a digit retyped
    ("The new reservoir tank holds 4.5 million litres of water. Its 4.9 million litres will supply 30,000 homes.",
     "4.9 million litres"),
    ("The Kessock footbridge spans 1.4 km of the firth. Engineers say the bridge, 1.7 km from end to end, will "
     "open in May.", "1.7 km"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ONE_MEASURE_SAID_TWICE)
def test_one_measure_said_twice_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


MEASURES_THAT_AGREE_OR_DIFFER_RIGHTLY = [
    # a conversion, rounded or hedged
    "The Hollin beacon, 22 metres tall, was lit for the first time on Friday. At about 72 feet, it can be "
    "seen from every farm in the valley.",
    "Storm Idris brought gusts of 90 mph to the headland. Forecasters logged 145 km/h at the lighthouse.",
    "Crews cleared 480 kg of rubbish from the canal on Sunday. Nearly half a tonne will be sorted for "
    "recycling.",
    # two sides of one thing
    "The new footbridge is 3 metres wide. Walkers cross the 4-metre gap in a few steps.",
    # a target or an old level beside the measure
    "The reservoir holds 41 million litres today. Engineers plan to hold 60 million litres by 2030.",
    "The old pier was 180 metres long. Its replacement will stretch 240 metres into the bay.",
    # what is left of a whole
    "The tank holds 9,000 litres when full. The 4,000 litres left will last a week.",
    # two things named, an earthquake and its aftershock; rows of a table
    "A magnitude 7.4 earthquake struck before dawn. It was followed an hour later by a magnitude 6.1 tremor.",
    "Rainfall in May\n\nCastlebrook     48 mm\nWendle         110 mm\n",
    # a third figure of the dimension: which two are one thing is no longer plain
    "The ridge path climbs 400 metres in 6 km. The steepest stretch, 900 metres long, rises 150 metres.",
    # far apart and no slip: two things of the story
    "The trail runs for 19 km through the forest. Its highest point is 330 metres above the sea.",
    # a digit apart, but two things named
    "The main tank holds 4.5 million litres. The reserve tank at Ashby holds 4.9 million litres.",
    "The new pool holds 2.6 million litres. The old lido held 2.8 million litres.",
]  # fmt: skip


@pytest.mark.parametrize("text", MEASURES_THAT_AGREE_OR_DIFFER_RIGHTLY)
def test_measures_that_agree_or_differ_rightly_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
