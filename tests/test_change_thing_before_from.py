"""A change stated by its size in one place ("Ferry fare up 30%") and by its ends in another ("will
raise its adult ferry fare from £8 to £10"), where the ends name no head of their own: the noun
right before "from" says what changes, and the size is set against the ends when it is the same
thing (numcheck.stated_changes, kind change-arithmetic). Another thing, or the same noun with
words the ends do not say, is left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the stated size); every one was missed before
SIZE_AGAINST_ENDS = [
    ("Ferry fare up 30%\n\nThe island council will raise its adult ferry fare from £8 to £10 next month.\n", "30%"),
    ("Parking charge rises 40%\n\nThe hospital will raise its daily parking charge from £5 to £6.50 in May.\n",
     "40%"),
    ("Entry fee to rise 15%\n\nThe leisure trust is raising the pool's adult entry fee from £4 to £5 from June.\n",
     "15%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), SIZE_AGAINST_ENDS)
def test_a_size_that_its_ends_do_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


AGREE_OR_ANOTHER_THING = [
    "Ferry fare up 25%\n\nThe island council will raise its adult ferry fare from £8 to £10 next month.\n",
    "Parking charge rises 30%\n\nThe hospital will raise its daily parking charge from £5 to £6.50 in May.\n",
    "School meals will go up from £2.40 to £2.70 in September. Food costs rose 18% last year.",
    "Bus fares up 30%\n\nThe council will raise its car parking charge from £8 to £10 next month.\n",
    "Season ticket price up 30%\n\nThe club will raise its matchday ticket price from £20 to £22 next season.\n",
]


@pytest.mark.parametrize("text", AGREE_OR_ANOTHER_THING)
def test_a_size_that_holds_or_is_of_another_thing_is_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
