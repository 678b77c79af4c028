"""A change said as a hedged percentage or fraction holds what its hedge says against the ends the
document gives ("from 655 to 412 ... or more than half" is 37%, no more than half); and a change
restated as a fraction after its amount ("fell by 243, or more than a third") is a change."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string
from numcheck.model import ClaimKind, Direction

WRONG = [
    "Delays fell from 655 to 412, a drop of 243, or more than half.",
    "Delays fell from 655 to 412, a drop of 243, or about a fifth.",
    "Delays fell from 655 to 412, a drop of 243, or about 30%.",
    "Shoplifting went from 1,250 offences to 1,600 in a year. 'A rise of almost half,' said the traders.",
    "Fares went up from £2.00 to £2.20. That is a rise of more than a quarter.",
    "The herd shrank from 800 to 600 cows, a fall of nearly a half.",
    "The list fell to 61,240 in September, down 1,180 from 62,420 in August, a fall of about 7.5%.",
]
RIGHT = [
    "Delays fell from 655 to 412, a drop of 243, or more than a third.",
    "Delays fell from 655 to 412, a drop of 243, or nearly 40%.",
    "Shoplifting went from 1,250 offences to 1,600 in a year. 'A rise of more than a quarter,' said the traders.",
    "Fares went up from £2.00 to £2.20. That is a rise of about a tenth.",
    "The herd shrank from 800 to 600 cows, a fall of a quarter.",
    # a hedged amount is as often another sum as the change: left alone
    "Meals go from £2.40 to £2.70. The rise will raise about £1.1 million a year.",
    # a change of another period in the ends' sentence, and what follows it there
    "The list fell to 61,240 in September, down 1,180 from 62,420 in August and 4,930 lower than a year"
    " earlier, a fall of about 7.5%.",
    "Sales rose to 4,400 in May from 4,000 in April, and were 1,200 higher than a year before, up by"
    " more than a third.",
]


def _change_errors(text: str) -> list[str]:
    report = numcheck.check([document_from_string(text + "\n", "story.md")])
    return [f.message for f in report.findings if f.rule == "change-arithmetic"]


@pytest.mark.parametrize("text", WRONG)
def test_a_hedged_change_the_ends_do_not_give_is_reported(text: str) -> None:
    assert _change_errors(text)


@pytest.mark.parametrize("text", RIGHT)
def test_a_hedged_change_the_ends_give_is_not_reported(text: str) -> None:
    assert _change_errors(text) == []


RESTATED_AS_A_FRACTION = [
    ("Delays fell by 243, or more than a third.", "more than a third", Direction.DOWN),
    ("Sales rose by 400, or about a fifth.", "about a fifth", Direction.UP),
    ("Profits fell by £2.1m, or nearly a quarter.", "nearly a quarter", Direction.DOWN),
]


@pytest.mark.parametrize(("sentence", "text", "direction"), RESTATED_AS_A_FRACTION)
def test_a_fraction_after_a_change_s_amount_is_the_change(sentence: str, text: str, direction: Direction) -> None:
    (found,) = [claim for claim in numcheck.extract(sentence) if claim.text == text]
    assert (found.kind, found.direction) == (ClaimKind.CHANGE, direction)


@pytest.mark.parametrize(
    "sentence", ["The team scored 40, or a third of the total.", "They sold 400, or about a fifth of their stock."]
)
def test_a_fraction_of_a_whole_after_an_amount_is_a_share(sentence: str) -> None:
    assert all(claim.kind is not ClaimKind.CHANGE for claim in numcheck.extract(sentence) if "fifth" in claim.text
               or "third" in claim.text)  # fmt: skip
