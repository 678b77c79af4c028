"""Within one document, a sum named as the price of something by its possessor ("the park's £2.65
million cost", "the refit's £28m bill") is about what another mention names by its head ("the
council's £265,000 skate park", "the planetarium's £2.8 million refit"): one figure, whoever owns the
thing. Two sums of one owner under other nouns, or the price of one thing against another thing,
stay apart."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

PRICES_OF_ONE_THING = [
    ("The council's £265,000 skate park was approved on Tuesday. The park's £2.65 million cost will be met by "
     "a lottery grant.", "£2.65 million"),
    ("The planetarium's £2.8 million refit reopened the dome to schools. The refit's £2.6m bill was met mostly "
     "by a lottery grant.", "£2.6m"),
    ("Harbour trustees signed off the £740,000 pontoon in May. The pontoon's £790,000 price includes two years "
     "of maintenance.", "£790,000"),
    ("The county's £3.4 million bypass opened to traffic on Monday. The bypass's £4.3 million bill was shared "
     "with the government.", "£4.3 million"),
    ("Governors approved a £1.26 million sports hall for the school. The hall's cost of £1.62 million will come "
     "from reserves.", "£1.62 million"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), PRICES_OF_ONE_THING)
def test_a_possessors_price_against_the_thing_priced_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


PRICES_THAT_AGREE_OR_ARE_OF_OTHER_THINGS = [
    # the same sum
    "The council's £265,000 skate park was approved on Tuesday. The park's £265,000 cost will be met by a "
    "lottery grant.",
    # two sums of one owner, under other nouns
    "The club's £1.2 million wage bill is its biggest cost. The club's £300,000 transfer budget is unchanged.",
    # the owner's price of another thing than the other's head
    "The council's £265,000 skate park was approved on Tuesday. The council's £2.65 million bill for road "
    "repairs is due in May.",
    "The trust's £3.1 million hospice opened in June. The hospice's £410,000 heating bill worries its board.",
]


@pytest.mark.parametrize("text", PRICES_THAT_AGREE_OR_ARE_OF_OTHER_THINGS)
def test_prices_that_agree_or_are_of_other_things_are_not_flagged(text: str) -> None:
    assert not flags(text)
