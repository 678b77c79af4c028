"""Helpers for the extraction tables: find a claim by its text and check only the fields given."""

from __future__ import annotations

import math
from typing import Any

import numcheck
from numcheck.model import Claim

# Every quantity row states what the spec says a claim is: kind, value, unit, interval, subject.
REQUIRED = ("kind", "value", "unit", "interval", "subject")


def find(sentence: str, text: str) -> Claim:
    claims = numcheck.extract(sentence)
    matches = [c for c in claims if c.text == text]
    shown = [(c.kind.value, c.text) for c in claims]
    assert matches, f"no claim with text {text!r} in {sentence!r}; found {shown}"
    assert len(matches) == 1, f"{len(matches)} claims with text {text!r}: {shown}"
    return matches[0]


def _same(actual: object, expected: object) -> bool:
    if isinstance(expected, float) and isinstance(actual, int | float):
        return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-9)
    return actual == expected


def check(sentence: str, text: str, expected: dict[str, Any]) -> Claim:
    """Assert the claim `text` in `sentence` has the `expected` fields, and no more than that."""
    claim = find(sentence, text)
    for key, want in expected.items():
        if key == "interval":
            got = (claim.low, claim.high, claim.low_inclusive, claim.high_inclusive)
            assert all(_same(g, w) for g, w in zip(got, want, strict=True)), (
                f"interval of {text!r}: got {got}, want {want}"
            )
        elif key == "kind":
            assert claim.kind.value == want, f"kind of {text!r}: got {claim.kind.value}, want {want}"
        elif key == "has_entities":
            missing = [e for e in want if e not in claim.entities]
            assert not missing, f"entities of {text!r}: {claim.entities} lacks {missing}"
        elif key == "lacks_entities":
            extra = [e for e in want if e in claim.entities]
            assert not extra, f"entities of {text!r}: {claim.entities} should not hold {extra}"
        else:
            got = getattr(claim, key)
            got = got.value if hasattr(got, "value") and not isinstance(got, int | float) else got
            assert _same(got, want), f"{key} of {text!r}: got {got!r}, want {want!r}"
    return claim


def point(value: float) -> tuple[float, float, bool, bool]:
    return (value, value, True, True)


def quantity_row(expected: dict[str, Any]) -> dict[str, Any]:
    """A quantity row's expectations, with the point interval filled in when not given."""
    row = dict(expected)
    if "interval" not in row and "value" in row:
        row["interval"] = point(row["value"])
    missing = [key for key in REQUIRED if key not in row]
    assert not missing, f"table row must state {missing}"
    return row
