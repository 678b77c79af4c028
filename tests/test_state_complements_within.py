"""Two shares of one whole in its two states ("passed" and "failed", "on time" and "late", "full"
and "empty"), said in two sentences of one document, make 100% (numcheck.sums `complements`, kind
percent-total). Shares of another time, place or group, shares that name no state or both, and
shares that do make 100% are left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, a share the finding cites); every one was missed before
STATES_THAT_DO_NOT_MAKE_THE_WHOLE = [
    ("The driving school's pass rate rose to 71% this spring. Even so, 39% of its pupils failed at the first "
     "attempt.", "39%"),
    ("Results day: 58% of entrants passed. Those who failed, about half of the entrants, may resit in June.",
     "about half"),
    ("The airline flew 88% of its flights on time in July. Some 17% of its flights landed late, most of them "
     "because of fog.", "17%"),
    ("Passed: 64%. Failed: 26%.", "26%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), STATES_THAT_DO_NOT_MAKE_THE_WHOLE)
def test_shares_of_two_states_that_do_not_make_100_are_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


MAKE_THE_WHOLE_OR_OF_OTHER_WHOLES = [
    "The driving school's pass rate rose to 71% this spring. Even so, 29% of its pupils failed at the first attempt.",
    "Passed: 64%. Failed: 36%.",
    "The airline flew 88% of its flights on time in July. Some 12% of its flights landed late, most of them because "
    "of fog.",
    # another time, place or group
    "The pass rate was 71% in 2025. In 2019, 45% of pupils failed.",
    "In Leeds, 71% of pupils passed. In York, 45% failed.",
    "Some 71% of boys passed the test. Among the girls, 45% failed it.",
    # a share that names no state, or both
    "The pass rate rose to 71%. Around 40% of pupils took the test twice.",
    "Of those who sat it, 71% passed. Some 40% of those who passed or failed had private lessons.",
]


@pytest.mark.parametrize("text", MAKE_THE_WHOLE_OR_OF_OTHER_WHOLES)
def test_shares_that_make_100_or_are_of_other_wholes_are_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
