"""A price's period said as an adjective after it: "a £2.80 hourly rate" is £2.80 an hour, "its £30
monthly fee" £30 a month, as "the monthly fee of £30" already was. Only what is paid again each
period: "24 hourly bulletins" and "a £2m annual profit" are no rates."""

from __future__ import annotations

import pytest
from one_document import flags

from numcheck import extract


def _per(text: str, figure: str) -> str | None:
    return next(claim for claim in extract(text) if claim.text == figure).per


@pytest.mark.parametrize(
    ("text", "figure", "per"),
    [
        ("The board approved a £2.80 hourly rate for visitors.", "£2.80", "hour"),
        ("Its £30 monthly fee has not changed since 2019.", "£30", "month"),
        ("The £120 weekly rent includes heating.", "£120", "week"),
        ("The £4 daily fee covers the sauna.", "£4", "day"),
        ("She was offered a £24,000 annual salary.", "£24,000", "year"),
        ("Riders pay a £1.50 single fare.", "£1.50", None),
        ("Its £2m annual profit beat forecasts.", "£2m", None),
        ("The station sends 24 hourly bulletins.", "24", None),
    ],
)
def test_a_period_adjective_after_a_price_is_its_rate(text: str, figure: str, per: str | None) -> None:
    assert _per(text, figure) == per


def test_one_price_in_two_periods_is_flagged() -> None:
    text = "The council's £95-a-week allowance starts in May. Its £95 monthly allowance will be reviewed next year."
    assert flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The gym charges £30 a month for adults. Its £30 monthly fee has not changed since 2019.",
        "The pool charges £4 a day. The pool's £4 daily fee covers the sauna.",
        "Tenants pay £120 a week. The £120 weekly rent includes heating.",
    ],
)
def test_one_price_in_one_period_agrees(text: str) -> None:
    assert not flags(text)
