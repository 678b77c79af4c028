"""unit-slip: one number in one document in two unit systems, two currencies or per two periods
(a figure copied without being converted); a stated conversion, two numbers, or one unit stay silent."""

from __future__ import annotations

import pytest

from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents
from numcheck.rules import RuleSet

RULE = builtin_rules().get("unit-slip")
assert RULE is not None


def _slips(text: str) -> list[tuple[str, str]]:
    report = check_documents([document_from_string(text, "doc.txt")], [], RuleSet((RULE,)))
    return [(f.primary.text, f.claims[1].text) for f in report.findings]


SLIPS = [
    ("The Marden reservoir holds 64 million litres. After the dry spring it held under half its 64 million "
     "gallons.", "64 million gallons"),
    ("The fell race covers 26 km. Runners who finish all 26 miles get a medal.", "26 miles"),
    ("The new pool is 25 metres long, the council said. Swimmers can now do lengths of the 25-yard pool.",
     "25-yard"),
    ("The club's new pitch is 105 metres long. Groundsmen mowed the 105 yards in an hour.", "105 yards"),
    ("The bridge deal is worth €820 million. Critics say the £820 million could have built two schools.",
     "£820 million"),
    ("Kestrel Air bought the jets for $1.3 billion. The €1.3 billion order was its largest.", "€1.3 billion"),
    ("Season tickets cost £35 a month. Fans who pay the £35 a week can also use the gym.", "£35 a week"),
    ("The allowance is €60 a week. Families said the €60 a month did not cover school meals.", "€60 a month"),
    ("The farm covers 300 acres. Its 300 hectares are grazed by 400 sheep.", "300 hectares"),
]  # fmt: skip
SILENT = [
    # a stated conversion is conversion-mismatch's to check
    "The fell race covers 26 km (16 miles). Runners who finish all 16 miles get a medal.",
    "The reservoir holds 64 million litres, or about 17 million gallons.",
    # two numbers, or one unit
    "The fell race covers 26 km. The fun run covers 5 miles.",
    "The fell race covers 26 km. Runners who finish all 26 km get a medal.",
    "Season tickets cost £35 a month. Day passes cost £12.",
    # one figure in one sentence, or a number too small to be more than a coincidence
    "The race covers 26 km in the hills and 26 miles in total on the road, the organisers said.",
    "The ford is 1 mile from the village and the car park is 1 km away.",
    # two rates over the same period in two currencies are priced separately only with rates
    "The tunnel is 12 km long. The road to it climbs 1,200 feet.",
    "The scheme pays £35 a week. A carer can claim £35 each time a sitter is booked.",
]


@pytest.mark.parametrize(("text", "figure"), SLIPS)
def test_one_number_in_two_units_is_a_slip(text: str, figure: str) -> None:
    assert [primary for primary, _ in _slips(text)] == [figure]


@pytest.mark.parametrize("text", SILENT)
def test_conversions_other_numbers_and_one_unit_stay_silent(text: str) -> None:
    assert _slips(text) == []
