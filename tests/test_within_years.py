"""Within one document, a year typed with two digits swapped ("1859" and "1895") where the words
around one mention do not name its event well enough for timing to join them (numcheck.timing,
`one_event_mistyped`). Rows that must flag, and rows that must stay silent: two swapped years of
other events, other things or a repeat, or with nothing shared before the year."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
SWAPPED_YEAR_OF_ONE_EVENT = [
    ("The Harl Street chapel has held services since 1847. It has been holding them since 1874, through two "
     "world wars.", "1874"),
    ("Kelby pier was built in 1863. It was built in 1836, the heritage trust's new leaflet says.", "1836"),
    ("The Orme lifeboat station was founded in 1926 and has saved 400 lives. \"We were founded in 1962 by "
     "fishermen,\" said the coxswain, Dai Rowe.", "1962"),
    ("Marsby's market has traded on the square since 1782.\n\nKey dates:\n- 1728: market opens on "
     "the square\n- 1904: covered hall added", "1728"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), SWAPPED_YEAR_OF_ONE_EVENT)
def test_a_swapped_year_of_one_event_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


SWAPPED_YEARS_OF_TWO_FACTS = [
    # another thing with the same verb
    "The mill was built in 1782. The bridge beside it was built in 1728.",
    "Kelby pier was built in 1863. The pavilion at its end was built in 1836.",
    # another verb for another event
    "The club was founded in 1919. It moved to Ridley Park in 1991.",
    "The chapel was built in 1847. It closed in 1874 when the congregation left.",
    # a repeat
    "The club won the cup in 1958. It won the cup again in 1985.",
    "The theatre opened in 1926. It reopened in 1962 after the fire.",
    # nothing shared before either year
    "The hall dates from 1782. Its organ, installed by a Leeds firm, came in 1728 from a church in York.",
    # a year that dates another figure: one quantity in two years
    "The average house in Kelby cost £21,000 in 1979. The average house in Kelby cost £64,000 in 1997.",
    "The town had 4,100 residents in 1891. The town had 6,800 residents in 1819, the census shows.",
    # "first" on one side only, as timing reads it: two events
    "Ravel lighthouse was lit in 1872, the keepers say. Its lamp was first lit in 1827 by a Leeds firm.",
    # two named things before the years
    "Masons built Tolley bridge in 1841. They built Moss bridge in 1814 from the same quarry.",
    # two different years of one event are timing's question, not a slip
    "The lighthouse was first lit in 1859. Its lamp was converted to electricity in 1895.",
]


@pytest.mark.parametrize("text", SWAPPED_YEARS_OF_TWO_FACTS)
def test_swapped_years_of_two_facts_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
