"""Within one document: a fact stated twice with two figures is a finding; a later phrase that
narrows or re-times the quantity is another quantity and stays silent. Table-driven, with rows
that must flag and rows that must not, in several phrasings (see also test_evidence.py's
WITHIN_ONE_DOCUMENT_CLEAN for the usual suspects of long documents)."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string
from numcheck.engine import check_documents
from numcheck.linking import comparison_key, is_label

# A definite phrase later in the document refers back to the fact stated before it: its own
# clause (a meeting's day, what happened next) does not make it another quantity.
RESTATED_WRONG = [
    ("The Harlow depot employs 610 drivers. A letter went to the depot's 680 drivers on Friday.", "680"),
    ("The museum received 48 paintings from the Ansell estate. Its 84 paintings go on show in May.", "84"),
    ("Rail fares rose 3% in January, the operator said. The 5% rise in fares angered commuters.", "5%"),
    ("Fourteen climbers reached the summit on Tuesday. All 41 climbers are now safe, the guide said.", "41"),
    ("Orla Kemp finished the relay in 52 minutes. Her 25-minute relay leg was praised.", None),
    ("Corlin Energy signed a $1.2 billion supply contract with Vessa on Monday. Regulators approved the "
     "$1.5 billion contract a week later.", "$1.5 billion"),
    ("About 2,000 homes in Larkfield were flooded. Engineers are still pumping water out of the 2,600 homes.",
     "2,600"),
    ("Fenwick Mills cut 220 jobs on Thursday, the union said. The 290 job losses will hit the town hard.", None),
    ("The 18 nurses on the ward went on strike. By Friday all 81 nurses had returned to work.", "81"),
    ("Parvex Foods recalled 9,500 jars of sauce. The 5,900 jars were sold in four countries.", "5,900"),
    ("The trust bought 320 hectares of moorland. Walkers can roam across all 230 hectares of moorland.", "230"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), [row for row in RESTATED_WRONG if row[1] is not None])
def test_a_fact_restated_with_another_figure_is_flagged(text: str, figure: str) -> None:
    report = check_documents([document_from_string(text, "doc.txt")])
    flagged = [f for f in report.findings if f.severity.value != "info" and figure in f.primary.text]
    assert flagged, [f.message for f in report.findings]


# Another quantity of the same noun: narrowed by a participle or a relative clause, by a place
# or a time of its own, or by a modifier the first mention does not have.
ANOTHER_QUANTITY = [
    "The Harlow depot employs 610 drivers. The 40 drivers hired in March start next week.",
    "The firm hired 300 workers. The 120 workers it later laid off will get a payment.",
    "Tesco runs 900 stores in England. Its 140 stores in Wales will stay open.",
    "Harlow Town Council has 24 members. The 12 members elected in May sat for the first time.",
    "The council spent £6 million on parks. Its £2 million playground budget was cut.",
    "The charity raised £3.2m this year. The £900,000 raised in December paid for the new van.",
    "The airline carried 48 million passengers in 2023. Its 19 million passengers in 2019 were a record.",
    "The county has 1,400 miles of road. The 90 miles of road closed by snow reopened on Sunday.",
    "The hospital has 800 beds. The 60 intensive-care beds were all full on Monday.",
    "Vela Bank lent £4bn to small firms. The £1bn lent to farmers was a record.",
]


@pytest.mark.parametrize("text", ANOTHER_QUANTITY)
def test_a_later_phrase_about_another_quantity_stays_silent(text: str) -> None:
    report = check_documents([document_from_string(text, "doc.txt")])
    assert [f.message for f in report.findings if f.severity.value != "info"] == []


# A capital letter at the start of a sentence makes no label: "The 35 volunteers" is a count,
# where "Turn 3" and "Sims 4" are names.
COUNTS_AFTER_CAPITALS = [
    ("The 35 volunteers met at dawn.", "35"),
    ("Nearly 600 homes lost power.", "600"),
    ("Some 40 ships were delayed.", "40"),
    ("All 12 schools closed.", "12"),
    ("Only 9 members voted.", "9"),
    ("About 70 people came.", "70"),
]
LABELS = [
    ("Hamilton passed him at Turn 3.", "3"),
    ("Sims 4 sold well.", "4"),
    ("Route 66 opened in 1926.", "66"),
    ("The crew of Apollo 11 landed.", "11"),
]


@pytest.mark.parametrize(("text", "figure"), COUNTS_AFTER_CAPITALS)
def test_a_count_after_a_capitalised_function_word_is_compared(text: str, figure: str) -> None:
    claim = next(c for c in numcheck.extract(text, "doc.txt") if figure in c.text)
    assert not is_label(claim) and comparison_key(claim) == "count"


@pytest.mark.parametrize(("text", "figure"), LABELS)
def test_a_name_with_a_number_is_a_label(text: str, figure: str) -> None:
    claims = [c for c in numcheck.extract(text, "doc.txt") if c.text == figure]
    assert claims and all(comparison_key(c) is None for c in claims)
