"""Within one document, a definite phrase that refers back ("The 27,000 spectators were kept dry
...") is read as the phrase itself: what its predicate adds (where they were kept, when the staff
were told) says what happened next and does not tell it apart from the figure it restates, while a
name, place or time inside the phrase ("The 120 volunteers from Leeds will ...") names a part and
does (numcheck.linking `subject_end`, numcheck.restatements)."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
RESTATED_WITH_A_PREDICATE = [
    ("The Harl valley parade drew a crowd of 22,000. The 27,000 spectators were kept dry by a marquee at Ridley "
     "Park on Saturday.", "27,000"),
    ("Brisco Foods employs 1,240 people at its bakery. The 1,420 staff were told of the sale at a meeting in "
     "Leeds on Monday.", "1,420"),
    ("The appeal raised £18,500 for the hospice. The £15,800 was handed over at the Mill Road hall on Friday.",
     "£15,800"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), RESTATED_WITH_A_PREDICATE)
def test_a_definite_restatement_is_not_told_apart_by_its_predicate(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


A_PART_NAMED_IN_THE_PHRASE = [
    "The charity has 300 volunteers. The 120 volunteers from Leeds will run the stalls on Saturday.",
    "The festival sold 8,000 tickets. The 2,000 tickets for Sunday were sold out in an hour.",
    "Kelby council runs 64 buses. The 40 buses at the Leeds depot are the oldest.",
    "Kelby council runs 64 buses. The 40 buses in Leeds will be replaced in March.",
    "The trust owns 1,240 acres. The 420 acres at Ridley Farm were sold to the council on Monday.",
    "Brisco employs 1,240 people. The 140 staff at its Leeds depot were told on Monday that they would move.",
    "The zoo has 48 penguins. The 12 chicks were born at the zoo in June.",
    "The club has 640 members. The 90 members in its Kelby branch have voted to leave.",
]


@pytest.mark.parametrize("text", A_PART_NAMED_IN_THE_PHRASE)
def test_a_definite_phrase_that_names_a_part_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
