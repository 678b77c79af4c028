"""magnitude-slip within one document: the same digits a power of ten apart, for two figures
linking did not join but nothing tells apart; figures about other things, one digit, a change or a
target stay silent."""

from __future__ import annotations

import pytest

from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents
from numcheck.rules import RuleSet

RULE = builtin_rules().get("magnitude-slip")
assert RULE is not None


def _slips(text: str) -> list[str]:
    report = check_documents([document_from_string(text, "doc.txt")], [], RuleSet((RULE,)))
    return [f.primary.text for f in report.findings]


SLIPS = [
    ("The council approved the £36 million sea wall. \"For £3.6 million we protect the whole harbour,\" "
     "the engineer said.", "£3.6 million"),
    ("Brackley's new library cost £2.7m. Opponents said £27 million was too much for one building.",
     "£27 million"),
    ("The Farrow mine has 2,600 miners. Its boss said the mine's 26,000 miners were its strength.",
     "26,000"),
    ("Ostra Telecom will lay 450 km of cable. Crews have already laid the first part of the 45 km of cable.",
     "45 km"),
    ("The charity gave out 6,400 food parcels in December. Volunteers packed all 64,000 parcels by hand.",
     "64,000"),
    ("The Kelso solar farm has a capacity of 48 MW. Owners say the 4.8 MW capacity makes it the largest.",
     "4.8 MW"),
    ("The airport handled 3.2 million passengers last year. Its 32 million passengers made it the busiest.",
     "32 million"),
    ("The fine was set at $1.25 million. Lawyers for the firm said the $125 million penalty would be appealed.",
     "$125 million"),
    # two digits no writer rounds to, however differently each mention words its thing
    ("Harrow Docks has ordered a £63 million crane from Rotterdam. The crane, paid for with £6.3 million of "
     "port reserves and a bank loan, arrives in May.", "£6.3 million"),
    ("The museum's new wing cost £3.7m. Visitors can now see the £37m extension, built in Leeds, from the park.",
     "£37m"),
    ("Work on the 27 km bypass starts in June. Drivers will save ten minutes on the 2.7 km road, the agency said.",
     "2.7 km"),
    ("The hospital trust bought a £1.4 million scanner. \"For £14 million the town gets a machine that will "
     "last 15 years,\" its chief executive said.", "£14 million"),
]  # fmt: skip
SILENT = [
    # two digits that may be rounding: a nought or a five at their end, or a nought written after them
    "The trust's revenue was £840 million last year. Its profit of £84 million was a record.",
    "Grants to the county fell to £1.9 million. The bell-ringers won £19,000 and the boxing club £18,500.",
    "The council has a £1.5m grant for the park. It will borrow £15m for the new pool.",
    # bare numbers that count nothing named, in a technical note: no signature of one quantity
    "Run sizes were 400, 800, 1,600 and 3,200.\n\nWe also tried 8k, 16k and 32k in the second pass.",
    "Counted work (n = 400 / 800 / 1,600 / 3,200) grew with n.\n\nRuns of spaces at 8k, 16k and 32k took 1.5 s.",
    # other things, told apart by their nouns, modifiers or names
    "The city has 1.2 million residents. About 12 million tourists visit each year.",
    "Harlow's east stand holds 4,500 fans. The Wembley ground holds 45,000 fans.",
    "Harlow spent £2.4m on parks. Basford spent £24m on roads.",
    # one digit is no signature
    "The economy grew 0.6% in the first quarter. Pay growth slowed to 6% in March.",
    "The bridge is 3 km long, and the tunnel beyond it 30 km.",
    # the same scale, or a change
    "The council approved the £36 million sea wall. The £36 million scheme starts in May.",
    "Sales rose 12% to £4.5 million. A year earlier they fell 1.2%.",
    # a target against an outcome
    "The firm sold 2,300 cars last year. It aims to sell 23,000 cars by 2030.",
]


@pytest.mark.parametrize(("text", "figure"), SLIPS)
def test_the_same_digits_at_another_scale_in_one_document_are_a_slip(text: str, figure: str) -> None:
    assert figure in _slips(text)


@pytest.mark.parametrize("text", SILENT)
def test_other_quantities_one_digit_and_targets_stay_silent(text: str) -> None:
    assert _slips(text) == []
