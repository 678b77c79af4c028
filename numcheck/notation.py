"""Notation: numbers and intervals as people write them, the one way every output prints them."""

from __future__ import annotations

from numcheck.model import Interval

# Beyond these, digits stop helping a reader: 1.2e+20 and 3e-07 read better in scientific notation.
_LARGEST_PLAIN = 1e15
_SMALLEST_PLAIN = 1e-4


def number_text(value: float, *, grouped: bool = True) -> str:
    """Six significant digits, thousands separated: "100,000,000" rather than "1e+08", "0.0005".
    `grouped=False` for a year or an identifier, which nobody writes as "2,021"."""
    if value != 0 and not _SMALLEST_PLAIN <= abs(value) < _LARGEST_PLAIN:
        return f"{value:.4g}"
    rounded = float(f"{value:.6g}")
    text = f"{rounded:{',' if grouped else ''}.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def interval_text(interval: Interval, *, grouped: bool = True) -> str:
    """ "[9, 10)", "(−∞, 144,840.96]", or a single number for a point."""
    if interval.low is not None and interval.low == interval.high:
        return number_text(interval.low, grouped=grouped)
    low = (
        "(−∞"
        if interval.low is None
        else ("[" if interval.low_inclusive else "(") + number_text(interval.low, grouped=grouped)
    )
    high = (
        "∞)"
        if interval.high is None
        else number_text(interval.high, grouped=grouped) + ("]" if interval.high_inclusive else ")")
    )
    return f"{low}, {high}"
