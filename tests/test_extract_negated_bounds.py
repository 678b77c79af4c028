"""A bound under a negation is the other side's ("must not drop below 60%" is at least 60%); a
bound a verb of motion reaches is a level, not a move ("sank below 3%")."""

from __future__ import annotations

import pytest
from against_source import flagged
from claim_table import find

# (sentence, the claim's text, kind, low, high, low inclusive, high inclusive)
NEGATED = [
    ("The trust's cash must not fall below £180,000.", "below £180,000", "money", 180000, None, True, True),
    ("Class sizes will not exceed 30 pupils.", "exceed 30", "count", None, 30, True, True),
    ("Applicants cannot be less than 18 years old.", "less than 18 years", "measure", 18, None, True, True),
    ("Not more than 400 guests may attend.", "more than 400", "count", None, 400, True, True),
    ("The fee won't rise above €25 this year.", "above €25", "money", None, 25, True, True),
    ("Turnout never dropped below 60% in the ward.", "below 60%", "percent", 60, None, True, True),
    # a prohibition reaches past the verb's object
    ("Owners may not let their huts for more than 90 nights a year.", "more than 90", "count", None, 90, True, True),
    ("Members must not bring more than two guests a month.", "more than two", "count", None, 2, True, True),
    ("Pupils cannot be out of school for more than 10 days.", "more than 10 days", "measure", None, 10, True, True),
    ("Drivers can't park in the bay for less than 2 hours.", "less than 2 hours", "measure", 2, None, True, True),
]  # fmt: skip
KEPT = [
    # a negation that stresses the bound, or one too far from it, leaves it as it is
    ("It was not just over 40 people who came.", "just over 40", "count", 40, 44, False, True),
    ("Not only did sales pass 2,000 units, they kept rising.", "2,000", "count", 2000, 2000, True, True),
    ("The club did not say why fees rose to more than £90.", "more than £90", "money", 90, None, False, True),
    ("Turnout was below 60% in the ward.", "below 60%", "percent", None, 60, True, False),
    ("Class sizes exceed 30 pupils.", "exceed 30", "count", 30, None, False, True),
    ("Buyers may not know why prices rose to more than £90.", "more than £90", "money", 90, None, False, True),
    ("Owners must not say that they let the huts for more than 90 nights.", "more than 90", "count", 90, None, False,
     True),
]  # fmt: skip


def _interval(sentence: str, text: str) -> tuple[str, float | None, float | None, bool, bool]:
    claim = find(sentence, text)
    return claim.kind.value, claim.low, claim.high, claim.low_inclusive, claim.high_inclusive


@pytest.mark.parametrize(("sentence", "text", "kind", "low", "high", "low_in", "high_in"), NEGATED)
def test_a_negated_bound_is_the_other_side_s(
    sentence: str, text: str, kind: str, low: float | None, high: float | None, low_in: bool, high_in: bool
) -> None:
    assert _interval(sentence, text) == (kind, low, high, low_in, high_in)


@pytest.mark.parametrize(("sentence", "text", "kind", "low", "high", "low_in", "high_in"), KEPT)
def test_a_bound_no_negation_denies_keeps_its_side(
    sentence: str, text: str, kind: str, low: float | None, high: float | None, low_in: bool, high_in: bool
) -> None:
    assert _interval(sentence, text) == (kind, low, high, low_in, high_in)


# a level crossed is no change; how far it moved, with a bound, still is
LEVELS = [
    ("Unemployment sank below 3% in the spring.", "below 3%", "percent", None),
    ("The reserves must not fall below £250,000.", "below £250,000", "money", None),
    ("Prices fell more than 4% in a month.", "more than 4%", "change", "down"),
    ("The index climbed over 200 points.", "over 200 points", "change", "up"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "direction"), LEVELS)
def test_a_bound_a_verb_reaches_is_a_level(sentence: str, text: str, kind: str, direction: str | None) -> None:
    claim = find(sentence, text)
    assert (claim.kind.value, claim.direction.value if claim.direction else None) == (kind, direction)


# checked against a source: the bound turned round is compared as the writer meant it
_FLOOR = "Under the club's rules, its reserves must not fall below £180,000."
_CAP = "Class sizes at Brenton Primary will not exceed 30 pupils next year."
AGAINST_SUPPORTED = [
    ("The club's reserves must stay at £180,000 or more.", _FLOOR),
    ("The club must keep at least £180,000 in reserve.", _FLOOR),
    ("Brenton Primary's classes will have no more than 30 pupils next year.", _CAP),
]
AGAINST_REPORTED = [
    ("The club's reserves must stay under £180,000.", _FLOOR, "under £180,000"),
    ("Brenton Primary's classes will have more than 30 pupils next year.", _CAP, "more than 30"),
]


@pytest.mark.parametrize(("draft", "source"), AGAINST_SUPPORTED)
def test_the_same_side_of_a_negated_bound_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), AGAINST_REPORTED)
def test_the_other_side_of_a_negated_bound_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))
