"""Each party's part of a sum its source sentence says is split equally among parties it lists:
"£85,000, to be split equally between the finder and the landowner" gives "£42,500 each". The
parties are counted from the list; another amount each is still reported."""

from __future__ import annotations

import pytest
from against_source import unsupported

_HOARD = "The museum valued the hoard at £85,000, to be split equally between the finder and the landowner."
_PRIZE = "The £12,000 prize will be shared equally among the Ashby, Corran and Tilby crews."
_ESTATE = "Her estate of £310,000 is to be divided evenly between her nephew, her niece and a donkey sanctuary."


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The finder and the landowner will each receive £42,500.", _HOARD),
        ("Each of the three crews gets £4,000 of the prize.", _PRIZE),
        ("Each beneficiary of her estate will receive about £103,000.", _ESTATE),
    ],
)
def test_an_equal_part_is_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        ("The finder and the landowner will each receive £45,000.", _HOARD, "£45,000"),
        ("Each of the three crews gets £6,000 of the prize.", _PRIZE, "£6,000"),
    ],
)
def test_another_part_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)
