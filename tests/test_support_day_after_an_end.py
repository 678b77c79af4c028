"""The day after a spell the sources end on a day ("keep the old price until 31 August") is when
what follows starts: "start paying £5.99 on 1 September", "from 1 April". Any other day, or a day
after a date that ends nothing, is still reported."""

from __future__ import annotations

import pytest
from against_source import unsupported

_PRICE = "If you pay monthly, you keep the old price for three months, until 31 August. After that it costs £5.99."
_ROADWORKS = "The bridge stays shut to traffic until Friday 14 March while the deck is repaired."
_OPENING = "The gallery opened on 31 August with 40 paintings on loan."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Existing customers start paying £5.99 on 1 September.", _PRICE),
        ("The new price applies from 1 September.", _PRICE),
        ("Traffic can use the bridge again starting 15 March.", _ROADWORKS),
    ],
)
def test_the_day_after_an_end_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("Existing customers start paying £5.99 on 2 September.", _PRICE, "2 September"),
        ("Traffic can use the bridge again starting 16 March.", _ROADWORKS, "16 March"),
        ("The loans start from 1 September.", _OPENING, "1 September"),
    ],
)
def test_another_day_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
