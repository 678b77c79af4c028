"""A plan that a figure's people back, oppose or vote on is what they judged, not a target for the
figure: "58% of tenants backed the plan" counts backers, and a later share of them is compared with
it. "plans to build 300 homes" still makes 300 a target. A pair that linking joins and the vote
check also reads is reported once."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

import numcheck


@pytest.mark.parametrize(
    ("sentence", "figure", "modal"),
    [
        ("In the ballot, 58% of tenants backed the plan.", "58%", False),
        ("Some 1,240 residents opposed the council's housing plan.", "Some 1,240", False),
        ("Members voted against the plan by 340 votes.", "340", False),
        ("Two-thirds of staff welcomed the new pay plan.", "Two-thirds", False),
        ("The council plans to build 300 homes.", "300", True),
        ("The trust's plan is to plant 9,000 trees.", "9,000", True),
        ("The club aims to sign 400 members.", "400", True),
    ],
)
def test_a_judged_plan_is_no_target(sentence: str, figure: str, modal: bool) -> None:
    claim = next(claim for claim in numcheck.extract(sentence) if claim.text == figure)
    assert claim.evidence is not None and claim.evidence.modal is modal


# (document, the figure a finding must point at)
ONE_SHARE_OF_BACKERS = [
    ("In the ballot, 58% of tenants backed the plan. Just under two-thirds of tenants backed it, the association "
     "said.", "two-thirds"),
    ("Exactly 1,240 residents opposed the council's housing plan. In all, 1,420 residents opposed it.", "1,420"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ONE_SHARE_OF_BACKERS)
def test_a_share_of_those_who_judged_a_plan_is_compared_once(text: str, figure: str) -> None:
    found = flags_at(text, figure, "doc.txt")
    assert len(found) == 1, flags(text, "doc.txt")


ANOTHER_SHARE = [
    "Of the members, 72% supported the proposal and 28% opposed the plan.",
    "Among nurses, 41% backed the plan. Among porters, 56% backed the plan.",
    "Some 58% of tenants backed the plan. The plan would add 120 flats.",
]


@pytest.mark.parametrize("text", ANOTHER_SHARE)
def test_shares_of_other_sides_or_times_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
