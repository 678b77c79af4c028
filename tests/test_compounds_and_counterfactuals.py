"""Two readings that keep one story's figures apart:

- a count joined by a hyphen to a noun before another noun counts the first noun ("96 one-bedroom
  flats": bedrooms of each flat; "a 12-storey block"), so it is no count of the second;
- a counterfactual ("the fine would have been £5.4 million") is no outcome, as a target is not."""

from __future__ import annotations

import pytest
from one_document import flags

import numcheck

COMPOUND_HEADS = [
    ("The scheme has 96 one-bedroom flats and 72 two-bedroom flats.", "one", "bedroom"),
    ("She lives in a three-storey house.", "three", "storey"),
    ("A 3-bedroom house costs £300,000.", "3", "bedroom"),
    ("The operator's 640-bus order is its biggest.", "640", "bus"),
    ("The 12-storey block has 84 flats.", "84", "flat"),
    ("| One-bedroom flats | 96 | 23% |", "96", "flat"),  # a row's figures count what its label names
    # tails that make the compound a count of the noun after it
    ("A 35-strong team of volunteers helped.", "35", "team"),
    ("The 20-odd runners set off at dawn.", "20", "runner"),
]


@pytest.mark.parametrize(("sentence", "figure", "head"), COMPOUND_HEADS)
def test_a_count_in_a_compound_counts_its_own_noun(sentence: str, figure: str, head: str) -> None:
    (claim,) = [c for c in numcheck.extract(sentence) if c.text == figure]
    assert claim.evidence is not None and claim.evidence.head == head


CLEAN = [
    # a table of flat and house types under the lede's totals
    "The site will have 168 flats and 252 houses.\n\n| Type | Number |\n|---|---|\n| One-bedroom flats | 96 |\n"
    "| Two-bedroom flats | 72 |\n| Four-bedroom houses | 62 |\n",
    "The block has 40 flats. Its 12 two-bedroom flats sold first.",
    # a counterfactual beside the outcome
    "Water company fined £3.6m\n\nThe judge said the fine would have been £5.4 million but he reduced it by a"
    " third for the early guilty plea.\n",
    "The council spent £2.1m on the scheme. Officers said it would have cost £3m without the grant.",
    # a supposition opened by its condition
    "The association has a balance of £4,260. Without the council's £750 grant, the balance would be £3,510.",
    "The club's debt stands at £1.8m. If the stadium sale falls through, the debt would be £2.6m by May.",
    "The ward has 28 beds. Unless the trust finds more nurses, the ward would have to drop to 20 beds.",
]
CONTRADICTIONS = [
    "Water company fined £3.6m\n\nThe judge fined the company £5.4 million at Kelham Crown Court.\n",
    "Council spends £2.1m on new library\n\nThe council spent £3m on the new library, officers said.\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_a_compound_or_a_counterfactual_is_not_set_against_the_outcome(text: str) -> None:
    assert not flags(text + "\n"), flags(text + "\n")


@pytest.mark.parametrize("text", CONTRADICTIONS)
def test_the_outcome_said_twice_is_still_compared(text: str) -> None:
    assert flags(text + "\n")
