"""Figures a summary works out from a price of one, a total over its count, or a cut of a part
of a whole: "a new blazer costs £38" and "410 handed out" give "the 410 blazers would have cost
about £15,600"; £84.2 million over 61,000 bikes is "about £1,380 for each one"; "will cut 120 of
its 1,340 jobs" is a cut of about 9%. Each is supported, and the same sentence with the figure
moved is still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

_BLAZERS = ("Blazers were the most requested item, with 410 handed out; a new blazer costs £38 at the town's "
            "only stockist.")  # fmt: skip
_BOOTS = "The club gave away 260 pairs of boots this season. A pair of new boots costs £45 in the shops."
_BIKES = ("Revenue for the quarter was £84.2 million. The company shipped 61,000 bikes in the quarter and "
          "ended June with £23 million of net cash.")  # fmt: skip
_TICKETS = "The festival took £1.26 million from ticket sales, and 18,000 people came over the weekend."
_JOBS = "The group said it would cut 120 of its 1,340 jobs and expected yearly savings of £6 million."
_BRANCHES = "The bank will close 45 of its 610 branches next year."

WORKED_OUT = [
    ("Bought new, the 410 blazers handed out would have cost roughly £15,600.", _BLAZERS),
    ("The boots given away would have cost about £11,700 new.", _BOOTS),
    ("The company shipped 61,000 bikes, bringing in about £1,380 of revenue for each one.", _BIKES),
    ("Ticket sales came to about £70 for every visitor.", _TICKETS),
    ("The group will cut about 9% of its workforce.", _JOBS),
    ("The bank is to shut about 7% of its branches.", _BRANCHES),
]

MOVED = [
    ("Bought new, the 410 blazers handed out would have cost roughly £21,600.", _BLAZERS, "roughly £21,600"),
    ("The company shipped 61,000 bikes, bringing in about £1,830 of revenue for each one.", _BIKES, "about £1,830"),
    ("The group will cut about 19% of its workforce.", _JOBS, "about 19%"),
    ("The bank is to shut about 17% of its branches.", _BRANCHES, "about 17%"),
]


@pytest.mark.parametrize(("draft", "source"), WORKED_OUT)
def test_a_figure_worked_out_from_the_source_is_supported(draft: str, source: str) -> None:
    assert flagged(draft, source) == []


@pytest.mark.parametrize(("draft", "source", "figure"), MOVED)
def test_the_same_figure_moved_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)
