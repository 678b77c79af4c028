"""A rate over time is worked out from a total and the time it took in one source sentence ("1,440
images over the 24 hours" is 60 an hour; "120 km over three days" 40 km a day), so another rate is
reported; a rate whose source sentence gives no time to divide by is left alone."""

from __future__ import annotations

import pytest
from against_source import flagged

_PUMPS = "On Monday the Talla pump station moved 720 tonnes of water over 12 hours."
_WALK = "Walkers on the Harrow Way cover 120 km over three days."
_BAKERY = "On Saturday the Orme Street bakery sold 400 loaves over eight hours."
RATE_RIGHT = [
    ("The Talla pump station moved 60 tonnes of water an hour on Monday.", _PUMPS),
    ("Walkers on the Harrow Way cover 40 km a day.", _WALK),
    ("The Orme Street bakery sold 50 loaves an hour on Saturday.", _BAKERY),
    # no time in the source sentence to work a rate out with
    ("In Tarland, flu causes about 140 deaths among older adults every year.",
     "Flu causes about 140 deaths among older adults in Tarland each year."),
]  # fmt: skip
RATE_WRONG = [
    ("The Talla pump station moved 15 tonnes of water an hour on Monday.", _PUMPS, "15 tonnes"),
    ("Walkers on the Harrow Way cover 30 km a day.", _WALK, "30 km"),
    ("The Orme Street bakery sold 80 loaves an hour on Saturday.", _BAKERY, "80"),
]


@pytest.mark.parametrize(("draft", "source"), RATE_RIGHT)
def test_a_rate_a_total_and_its_time_give_is_not_reported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), RATE_WRONG)
def test_another_rate_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))
