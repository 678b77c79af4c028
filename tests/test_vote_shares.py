"""A share of a ballot split two ways ("1,310 members backed strikes and 562 opposed them", "passed by
31 votes to 17", "voted 1,310 to 562") must be the share of both sides' votes that its words say
(for, against, or either when they say neither): share-arithmetic, numcheck.kinds
`_vote_shares_disagree`. "1,310 to 562" after a vote is its two sides, not a range."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

import numcheck

# (document, the share a finding cites); each was missed before
SHARES_THE_VOTES_DO_NOT_GIVE = [
    ("In the ballot, 1,310 members backed strikes and 562 opposed them. Support for action ran at 60% of those "
     "voting.", "60%"),
    ("In the ballot, 1,310 members voted for strikes and 562 against, a 60% vote for action.", "60%"),
    ("The motion passed by 31 votes to 17, or 75% in favour.", "75%"),
    ("Members voted 1,310 to 562 for strikes. That is 60% in favour.", "60%"),
    ("Residents voted 4,210 for the plan and 1,790 against it; 40% of those voting opposed it.", "40%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "share"), SHARES_THE_VOTES_DO_NOT_GIVE)
def test_a_share_the_votes_do_not_give_is_flagged(text: str, share: str) -> None:
    assert flags_at(text, share), flags(text)


SHARES_THAT_HOLD_OR_ARE_OF_OTHER_THINGS = [
    "In the ballot, 1,310 members backed strikes and 562 opposed them. Support for action ran at 70% of those "
    "voting.",
    "The motion passed by 31 votes to 17, or 65% in favour.",
    "The motion passed by 31 votes to 17; 35% voted against.",
    "Members voted 1,310 to 562 for strikes. That is 70% in favour.",
    "Residents voted 4,210 for the plan and 1,790 against it; 30% of those voting opposed it.",
    "The council has 31 Labour and 17 Conservative members, 65% of the seats.",
    "Turnout was 1,872 of 3,100 members, and 1,310 voted for strikes. That is 42% of the membership.",
    # "from 197 to 182" is a change's two ends, not a vote's two sides
    "The repair of 14,300 leaks cost £48 million. The reduction in leakage, from 197 to 182 megalitres a day, "
    "was about 8%.",
]  # fmt: skip


@pytest.mark.parametrize("text", SHARES_THAT_HOLD_OR_ARE_OF_OTHER_THINGS)
def test_a_share_that_holds_or_is_of_another_thing_is_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Members voted 1,310 to 562 for strikes.", ["1,310", "562"]),
        ("The bill was carried by 310 votes to 247.", ["310", "247"]),
        ("Children aged 5 to 11 can join.", ["5 to 11"]),
    ],
)
def test_the_two_sides_of_a_vote_are_two_figures(text: str, figures: list[str]) -> None:
    assert [claim.text for claim in numcheck.extract(text)] == figures
