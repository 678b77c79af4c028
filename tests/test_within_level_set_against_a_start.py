"""change-arithmetic within one document: a level set against the start it is compared with in
its sentence ("84,000 visitors, compared with 75,000 last year", "sold 2,150 homes, against 1,900")
gives a change's two ends, which a rise or fall said in a later sentence must match. Silent: the
change the ends give; a start the sentence already ties to another level; another quantity."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

A_CHANGE_ITS_ENDS_DO_NOT_GIVE = [
    ("Counters recorded 84,000 visitors to the market, compared with 75,000 last year. The rise, which the "
     "council puts at 12,000, came despite the car park closure.", "12,000"),
    ("The housebuilder sold 2,150 homes in the year, against 1,900 a year earlier. That rise of 350 homes "
     "lifted its profit.", "350"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), A_CHANGE_ITS_ENDS_DO_NOT_GIVE)
def test_a_change_its_ends_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


CHANGES_THAT_AGREE_OR_ARE_OF_OTHER_THINGS = [
    "Counters recorded 84,000 visitors to the market, compared with 75,000 last year. The rise, which the "
    "council puts at 9,000, came despite the car park closure.",
    "The housebuilder sold 2,150 homes in the year, against 1,900 a year earlier. That rise of 250 homes "
    "lifted its profit.",
    # the start is tied to another level by the change extraction read
    "The market had 84,000 visitors over its four weekends, up from 75,000 a year earlier. The increase, "
    "9,000, was helped by dry weather.",
    # a change of another quantity
    "Counters recorded 84,000 visitors to the market, compared with 75,000 last year. Stall rents rose by £12 a day.",
]


@pytest.mark.parametrize("text", CHANGES_THAT_AGREE_OR_ARE_OF_OTHER_THINGS)
def test_a_change_that_agrees_or_is_of_another_thing_is_not_flagged(text: str) -> None:
    assert not flags(text)
