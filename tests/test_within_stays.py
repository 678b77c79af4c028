"""Within one document: a stay dated at both ends ("arrive on 3 July ... leave on 8 July") whose count
of nights the calendar does not give. Rows that must stay silent: the right count, nights said in
another sentence, two arrivals, and a leaving that is no end of the stay's dates."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
WRONG_NIGHTS = [
    ("Guests arrive on 3 July and leave on 8 July, a stay of seven nights.", "seven"),
    ("The Year 8 group checks in at Ravensholt on 14 May and checks out on 17 May after four nights.", "four"),
    ("Delegates arrive in Tolvern on 6 October. They visit three plants and depart on 10 October, after six "
     "nights.", "six"),
    ("Pupils arrive at the Kestle field centre on 2 March and leave on 6 March: five nights of fieldwork.", "five"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), WRONG_NIGHTS)
def test_nights_the_dates_do_not_give_are_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


RIGHT_OR_UNTIED = [
    "Guests arrive on 3 July and leave on 8 July, a stay of five nights.",
    "The Year 8 group checks in at Ravensholt on 14 May and checks out on 17 May after three nights.",
    "Delegates arrive in Tolvern on 6 October. They visit three plants and depart on 10 October, after four nights.",
    "Pupils arrive at the Kestle field centre on 2 March and leave on 6 March: four nights of fieldwork.",
    # nights of another stay, in a sentence of their own
    "Guests arrive on 3 July and leave on 8 July. Last year the same group stayed for nine nights.",
    # two arrivals: which stay the nights are of, the words must say
    "The first group arrives on 3 July and the second arrives on 5 July; both leave on 8 July after three nights.",
]


@pytest.mark.parametrize("text", RIGHT_OR_UNTIED)
def test_nights_the_dates_give_or_nights_of_nothing_dated_are_not_flagged(text: str) -> None:
    assert flags(text, "doc.txt") == []
