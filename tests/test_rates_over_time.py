"""A rate over time is worked out from a total and the time it took in one source sentence ("1,440
images over the 24 hours" is 60 an hour; "120 km over three days" 40 km a day), so another rate is
reported; a rate whose source sentence gives no time to divide by is left alone."""

from __future__ import annotations

import pytest
from against_source import flagged

_PUMPS = "On Monday the Talla pump station moved 720 tonnes of water over 12 hours."
_WALK = "Walkers on the Harrow Way cover 120 km over three days."
_BAKERY = "On Saturday the Orme Street bakery sold 400 loaves over eight hours."
# a total between two months of its sentence: over the months from the first to the last, both counted
_PANTRY = (
    "The Holm Street pantry handed out 4,860 food parcels between November 2025 and February 2026. "
    "It expects demand to stay above 1,000 parcels a month until April."
)
_FERRY = "The Kyle ferry carried 91,500 passengers between June 2026 and August 2026, its busiest summer."
RATE_RIGHT = [
    ("The Talla pump station moved 60 tonnes of water an hour on Monday.", _PUMPS),
    ("Walkers on the Harrow Way cover 40 km a day.", _WALK),
    ("The Orme Street bakery sold 50 loaves an hour on Saturday.", _BAKERY),
    ("The Holm Street pantry averaged more than 1,200 parcels a month from November to February.", _PANTRY),
    ("The Kyle ferry carried about 30,500 passengers a month over the summer.", _FERRY),
    # no time in the source sentence to work a rate out with
    ("In Tarland, flu causes about 140 deaths among older adults every year.",
     "Flu causes about 140 deaths among older adults in Tarland each year."),
]  # fmt: skip
RATE_WRONG = [
    ("The Talla pump station moved 15 tonnes of water an hour on Monday.", _PUMPS, "15 tonnes"),
    ("Walkers on the Harrow Way cover 30 km a day.", _WALK, "30 km"),
    ("The Orme Street bakery sold 80 loaves an hour on Saturday.", _BAKERY, "80"),
    ("The Holm Street pantry averaged more than 1,900 parcels a month from November to February.", _PANTRY, "1,900"),
]


@pytest.mark.parametrize(("draft", "source"), RATE_RIGHT)
def test_a_rate_a_total_and_its_time_give_is_not_reported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), RATE_WRONG)
def test_another_rate_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))
