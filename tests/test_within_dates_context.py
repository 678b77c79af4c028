"""Dates of one event within one document read with the sentences around them (numcheck.timing):
a pronoun subject stands for the subject of its sentence, or of the one right before; a dated
bullet or a table column names its event; an object before the date is what the event is of.
Rows that must flag, and rows where the pronoun, the bullet or the row is about something else."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

MUST_FLAG = [
    # a pronoun opening its sentence stands for the subject of the sentence before (one that holds a
    # figure: numcheck sees a document's sentences through its figures)
    ("Pendle lock-keeper's cottage stands 40 metres from the canal. It was built in 1796 of local stone. "
     "Records show the cottage was built in 1769.", "1796"),
    ("Garth Hall has 14 rooms open on Sundays. It was founded in 1851, the guide says. Garth Hall was founded in "
     "1815.", "1851"),
    # a pronoun inside a sentence stands for that sentence's subject
    ("The chapel was built in 1712. The chapel has had four ministers since it was built in 1721.", "1721"),
    # another verb for one event, the object before the date
    ("Masons built Tolley bridge in 1841. Tolley bridge was erected in 1814 on oak piles.", "1814"),
    ("The Orwell ferry terminal opened on 3 June. It was inaugurated on 13 June by the minister.", "13 June"),
    # a dated bullet against prose
    ("Carlow mill timeline:\n- 1861: built for the Carlow estate\n- 1960: closed\n\nSince the mill was built in "
     "1816 it has had five owners.", "1861"),
    # a table column named by the event, the row by the thing's name
    ("Ravel lighthouse was first lit in 1872.\n\n| Light | First lit | Height |\n|---|---|---|\n"
     "| Ravel | 1827 | 31 m |\n| Ossing | 1901 | 22 m |\n", "1827"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), MUST_FLAG)
def test_two_dates_of_one_event_read_in_context_are_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


MUST_PASS = [
    # the pronoun stands for the nearer subject
    "Pendle cottage was built in 1796. A barn stands beside it; it was built in 1820.",
    "Pendle cottage was built in 1796. The barn next to it was added later. It was built in 1820.",
    "The chapel was built in 1712. The vestry has been rebuilt twice since it was built in 1760.",
    # another event of the same thing
    "Garth Hall was founded in 1851. It was restored in 1994 and again in 2020.",
    "The Orwell ferry terminal opened on 3 June. It closed for repairs on 13 June.",
    # rows of other things, bullets of other things
    "Ravel lighthouse was first lit in 1872.\n\n| Light | First lit |\n|---|---|\n| Ravel | 1872 |\n"
    "| Ossing | 1827 |\n",
    "Carlow milestones:\n- 1816: the mill is built\n- 1861: the granary is built\n- 1960: the mill closes\n",
    # a date the pronoun's sentence gives something else: an object of another verb
    "Masons built Tolley bridge in 1841. They rebuilt Moss bridge in 1814.",
    "Tolley bridge was built in 1841. The council bought it in 1914.",
]


@pytest.mark.parametrize("text", MUST_PASS)
def test_dates_of_other_things_or_events_stay_silent(text: str) -> None:
    assert not flags(text, "doc.md")
