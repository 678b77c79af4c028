"""A date in a short sentence ("The new price applies from 1 March") is checked against the
sources' dates when its few words are about what a source sentence says; a date in a sentence about
something the sources do not cover is left alone."""

from __future__ import annotations

import pytest
from against_source import unsupported

_GYM = "Dear member, from 1 February your FitHaus Anytime membership will cost £34.99 a month, up from £31.99."
_CLOUD = "From 1 March, the Snapvault Plus plan will rise from £2.49 to £2.99 a month, and its storage will double."
_PASS = "From 4 May, the monthly Larder Pass will cost £7.99, up from £6.99, and the annual pass £79."
_DOORBELL = "From 1 June the Protect plan for your doorbell will cost £4.99 a month, up from £3.49."
_BRIDGE = "Engineers said the Castle Bridge, shut since March for repairs costing £2.1 million, will reopen on 12 July."
MOVED = [
    ("The new Anytime membership price applies from 1 March.", _GYM, "1 March"),
    ("The new Snapvault prices take effect on 1 May.", _CLOUD, "1 May"),
    ("The Castle Bridge reopens on 14 July.", _BRIDGE, "14 July"),
    ("The new pass prices start on 4 June.", _PASS, "4 June"),
    ("Larder's higher prices start on 4 June.", _PASS, "4 June"),
    ("The higher Protect price applies from 1 July.", _DOORBELL, "1 July"),
]
KEPT = [
    ("The new Anytime membership price applies from 1 February.", _GYM),
    ("The new Snapvault prices take effect on 1 March.", _CLOUD),
    ("The Castle Bridge reopens on 12 July.", _BRIDGE),
    ("The new pass prices start on 4 May.", _PASS),
    ("The higher Protect price applies from 1 June.", _DOORBELL),
    # about something the source does not cover
    ("The town's summer festival runs until 3 August.", _BRIDGE),
]


@pytest.mark.parametrize(("draft", "source", "date"), MOVED)
def test_a_moved_date_in_a_short_sentence_is_reported(draft: str, source: str, date: str) -> None:
    assert date in unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source"), KEPT)
def test_a_stated_date_or_one_about_something_else_is_not(draft: str, source: str) -> None:
    assert not unsupported(draft, source)
