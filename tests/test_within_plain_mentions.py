"""Within one document, two plain mentions of one quantity differ only by the rounding each is
written to: the relative tolerance, meant for figures restated from elsewhere, does not hide a
changed digit ("1,260 homes" and "the programme's 1,280 homes", 1.6% apart). A hedged mention, a
rounder one, or a figure of another thing stays silent."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

PLAIN_MENTIONS_THAT_DIFFER = [
    ("The estate has 1,260 homes. The estate's 1,280 homes need new windows.", "1,280"),
    ("The new organ cost £4,950, the vicar said. The £4,990 organ was paid for by a bequest.", "£4,990"),
    ("The hospital employs 5,430 staff. Its 5,480 staff will get the new pay rate in April.", "5,480"),
    ("The airport handled 6,270 flights in March. Those 6,210 flights carried a record number of passengers.",
     "6,210"),
    ("The charity's 2,340 volunteers gave 41,000 hours last year. Each of the 2,380 volunteers was thanked by "
     "letter.", "2,380"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), PLAIN_MENTIONS_THAT_DIFFER)
def test_two_plain_mentions_a_digit_apart_are_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


PLAIN_MENTIONS_THAT_AGREE_OR_DIFFER = [
    # the same figure
    "The estate has 1,260 homes. The estate's 1,260 homes need new windows.",
    # a hedged mention keeps the tolerance
    "The estate has 1,260 homes. The estate's roughly 1,280 homes need new windows.",
    "The hospital employs about 5,430 staff. Its 5,480 staff will get the new pay rate in April.",
    # a rounder mention, within its rounding
    "The estate has 1,260 homes. The estate's 1,300 homes need new windows.",
    # figures of other things
    "The estate has 1,260 homes. The estate's 1,280 garages need new doors.",
]


@pytest.mark.parametrize("text", PLAIN_MENTIONS_THAT_AGREE_OR_DIFFER)
def test_a_hedged_rounder_or_other_mention_is_not_flagged(text: str) -> None:
    assert not flags(text)
