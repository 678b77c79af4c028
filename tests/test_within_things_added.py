"""Within one document, a count of things added or taken away ("its 16 new shops", "opening 12
branches", "the chain's 16 openings", "5 closures") is how far a count said from its ends moved
("from 38 to 52 shops"): change-arithmetic sets them against each other (numcheck.stated_changes
`_new_ones`). Not where the document also says the other way ("opening 16 and closing 2": the move
is net of both), not for people, who come and go unsaid ("1,600 new members" of a roll that grew by
1,400), and not for things of another kind."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding cites); each was missed before
ADDED_AGAINST_THE_ENDS = [
    ("The bakery chain will go from 38 to 52 outlets by the end of 2026. Its 16 new shops will each employ "
     "about 10 people.", "16"),
    ("Hovell's, which has grown from 38 to 52 shops in its busiest year, sold 4.1 million sausage rolls. The "
     "chain's 16 openings were financed by a bank loan.", "16"),
    ("Mercer Pharmacy grew from 120 to 135 branches last year, opening 18 branches in the Midlands.", "18"),
    ("The bank will cut its network from 310 to 270 branches next year. It expects to save £20m by closing "
     "50 branches.", "50"),
    ("The estate grew from 400 to 460 homes. The 70 new homes all have solar panels.", "70"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ADDED_AGAINST_THE_ENDS)
def test_things_added_that_the_ends_do_not_give_are_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


NET_OF_BOTH_OR_OTHER_THINGS = [
    "The bakery chain will go from 38 to 52 outlets by the end of 2026. Its 14 new shops will each employ "
    "about 10 people.",
    "The chain grew from 38 to 52 shops last year, opening 16 and closing 2.",
    "The chain will grow from 38 to 52 shops this year. Its 16 new shops will open by June, and 3 old ones "
    "will close.",
    "The library's members rose from 3,800 to 5,200 this year, with 1,600 new members joining.",
    "The charity went from 120 to 150 volunteers. Its 40 new recruits trained in May.",
    "Sales rose from £38m to £52m. The 16 new products helped.",
    "The estate grew from 400 to 460 homes. The 70 new trees were planted in May.",
    "The bank will cut its network from 310 to 270 branches next year, and open 10 new ones in towns. It "
    "expects to save £20m by closing 50 branches.",
]  # fmt: skip


@pytest.mark.parametrize("text", NET_OF_BOTH_OR_OTHER_THINGS)
def test_things_added_net_of_others_or_of_another_kind_are_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
