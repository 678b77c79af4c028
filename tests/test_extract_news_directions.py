"""Directions of news copy that no verb right before the figure gives."""

from __future__ import annotations

import pytest

import numcheck

# (sentence, claim text, value, direction)
DIRECTED = [
    # a percentage set against another time's figure is a change from it
    ("Prices were 5% higher than a year ago.", "5%", 5, "up"),
    ("London's FTSE 250 +0.4%, Frankfurt's DAX -0.9%.", "+0.4%", 0.4, "up"),
    ("London's FTSE 250 +0.4%, Frankfurt's DAX -0.9%.", "-0.9%", 0.9, "down"),
    ("The Nikkei 225 -1.3% and the Hang Seng +2.1% by the close.", "-1.3%", 1.3, "down"),
    ("The Nikkei 225 -1.3% and the Hang Seng +2.1% by the close.", "+2.1%", 2.1, "up"),
    ("The stock was -4.2% at midday after a downgrade.", "-4.2%", 4.2, "down"),
    ("Sales were +12% on the year.", "+12%", 12, "up"),
    ("The Dow shed 240 points, or 0.7%, to 33,912.", "0.7%", 0.7, "down"),
    ("The Nasdaq added 85 points, or 0.6%, led by chipmakers.", "0.6%", 0.6, "up"),
    ("Gold lost $14, or 0.7%, to $1,982 an ounce.", "0.7%", 0.7, "down"),
    ("Shares went into freefall, plunging 48% after a warning.", "48%", 48, "down"),
    ("Chip stocks soared, with the index jumping 4.6%.", "4.6%", 4.6, "up"),
    ("The Russell 2000 rallied 2.8%.", "2.8%", 2.8, "up"),
    ("The yen weakened 1.1% after the decision.", "1.1%", 1.1, "down"),
    ("Shares closed 3.2% higher at 412 pence.", "3.2%", 3.2, "up"),
    ("The pound ended 0.5% lower against the euro.", "0.5%", 0.5, "down"),
    ("The deficit narrowed 0.4 percentage points.", "0.4 percentage points", 0.4, "down"),
]

# (sentence, claim text, value): signs and appositions that state no change
UNDIRECTED = [
    ("Inflation was -0.3% in May.", "-0.3%", -0.3),
    ("The temperature fell to -5C overnight.", "-5C", -5),
    ("The firm earned $14, or about £11, per share.", "about £11", 11),
]


@pytest.mark.parametrize(("sentence", "text", "value", "direction"), DIRECTED)
def test_directions(sentence: str, text: str, value: float, direction: str) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    claim = claims[text]
    assert (claim.kind.value, claim.value, claim.direction) == ("change", pytest.approx(value), direction)


@pytest.mark.parametrize(("sentence", "text", "value"), UNDIRECTED)
def test_no_direction(sentence: str, text: str, value: float) -> None:
    claims = {claim.text: claim for claim in numcheck.extract(sentence)}
    assert text in claims, f"{text!r} not among {list(claims)}"
    assert (claims[text].value, claims[text].direction) == (pytest.approx(value), None)
