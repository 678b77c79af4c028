"""A count of equal parts makes a total: "1,200 raffle tickets at £5 each, raising £7,000" is £6,000
(numcheck.sums `products`, kind parts-total). Read in one sentence where the amount is each one's
("each", "a ticket") and the total is what they came to ("raising", "at a cost of", "in all"), with
no other amount beside; a total with something besides the parts, or an amount per period, is left
alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the total); every one was missed before
TOTALS_THE_PARTS_DO_NOT_MAKE = [
    ("The school sold 1,200 raffle tickets at £5 each, raising £7,000 for the library.", "£7,000"),
    ("The council will give 300 households £250 each, at a cost of £90,000.", "£90,000"),
    ("The club sold 850 tickets at £12 a ticket, taking £12,200 in all.", "£12,200"),
]


@pytest.mark.parametrize(("text", "figure"), TOTALS_THE_PARTS_DO_NOT_MAKE)
def test_a_total_the_equal_parts_do_not_make_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


MAKE_IT_OR_SOMETHING_BESIDES = [
    "The school sold 1,200 raffle tickets at £5 each, raising £6,000 for the library.",
    "The club sold 850 tickets at £12 a ticket, taking £10,200 in all.",
    # something besides the equal parts
    "The school sold 1,200 raffle tickets at £5 each, raising £7,000 with donations.",
    "The council will give 300 households £250 each, at a cost of £90,000 including admin.",
    # an amount per period, or a total of another thing
    "Each of the 40 volunteers gave 6 hours a week, 260 hours in all.",
    "The 300 households will get £250 each from May.",
]


@pytest.mark.parametrize("text", MAKE_IT_OR_SOMETHING_BESIDES)
def test_a_total_the_parts_make_or_with_more_besides_is_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
