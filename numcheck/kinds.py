"""The closed registry of check kinds: pure functions from claims and parameters to verdicts."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from numcheck.model import Claim, ClaimKind, Interval
from numcheck.rules import KindSpec, ParamSpec
from numcheck.units import UnknownUnitError, base_form, convert

Params = Mapping[str, object]


class Scope(StrEnum):
    PAIR = "pair"  # two linked claims
    CLAIM = "claim"  # one claim on its own
    SENTENCE = "sentence"  # the claims of one sentence together


@dataclass(frozen=True, slots=True)
class Verdict:
    """A kind's answer: the claims it rests on (primary first) and the message fields."""

    claims: tuple[Claim, ...]
    fields: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Kind:
    spec: KindSpec
    scope: Scope
    check: Callable[..., Verdict | None]


def _float(params: Params, name: str) -> float:
    value = params[name]
    assert isinstance(value, int | float)
    return float(value)


def _format(value: float | None) -> str:
    if value is None:
        return "∞"
    if value != 0 and (abs(value) >= 1e6 or abs(value) < 0.01):
        return f"{value:.4g}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def describe(claim: Claim) -> str:
    """What a claim commits to, in words: "just under ×10", "at most 144.8 km"."""
    interval = claim.interval
    unit = "" if claim.unit is None else f" {claim.unit}"
    if claim.kind is ClaimKind.RATIO:
        unit = ""
    prefix = "×" if claim.kind is ClaimKind.RATIO else ""
    point = f"{prefix}{_format(claim.value)}{unit}"
    if interval.low == interval.high:
        return point
    if interval.low is None:
        return ("at most " if interval.high_inclusive else "under ") + point
    if interval.high is None:
        return ("at least " if interval.low_inclusive else "more than ") + point
    if interval.high == claim.value and not interval.high_inclusive:
        return f"just under {point}"
    return f"{prefix}{_format(interval.low)}–{prefix}{_format(interval.high)}{unit}"


def _in_base(claim: Claim, value: float | None) -> float | None:
    """A value of the claim's unit in base units, so miles compare with kilometres."""
    if value is None or claim.unit is None or claim.kind is ClaimKind.PERCENT:
        return value
    try:
        form = base_form(claim.unit)
    except UnknownUnitError:
        return value
    return value * form.factor + form.offset


def _base_interval(claim: Claim) -> Interval:
    interval = claim.interval
    return Interval(_in_base(claim, interval.low), _in_base(claim, interval.high),
                    interval.low_inclusive, interval.high_inclusive)  # fmt: skip


def _base_step(claim: Claim) -> float:
    """Half the rounding step the claim's writing implies, in base units."""
    low = _in_base(claim, claim.value) or 0.0
    high = _in_base(claim, claim.value + claim.precision) or 0.0
    return abs(high - low) / 2


def _tolerance(first: Claim, second: Claim, params: Params) -> float:
    a, b = _in_base(first, first.value) or 0.0, _in_base(second, second.value) or 0.0
    tolerance = max(_float(params, "relative_tolerance") * max(abs(a), abs(b)), _float(params, "absolute_tolerance"))
    if params.get("use_rounding", True):
        tolerance = max(tolerance, _base_step(first), _base_step(second))
    return tolerance


def _widened(interval: Interval, by: float) -> Interval:
    low = None if interval.low is None else interval.low - by
    high = None if interval.high is None else interval.high + by
    return Interval(low, high, True, True)


def values_agree(first: Claim, second: Claim, params: Params) -> bool:
    a, b = _in_base(first, first.value), _in_base(second, second.value)
    assert a is not None and b is not None
    return abs(a - b) <= _tolerance(first, second, params)


def magnitude_ratio(first: Claim, second: Claim) -> int | None:
    """The power of ten between two figures that share their digits ("$4.2m" vs "$42 million")."""
    a, b = _in_base(first, first.value), _in_base(second, second.value)
    if not a or not b or a == b:
        return None
    exponent = math.log10(max(abs(a), abs(b)) / min(abs(a), abs(b)))
    rounded = round(exponent)
    if rounded >= 1 and abs(exponent - rounded) < 1e-9:
        return rounded
    return None


def _pair_fields(first: Claim, second: Claim, detail: str, arithmetic: str) -> dict[str, str]:
    return {
        "primary": first.text,
        "other": second.text,
        "subject": first.subject or "",
        "primary_value": describe(first),
        "other_value": describe(second),
        "primary_interval": describe(first),
        "other_interval": describe(second),
        "arithmetic": arithmetic,
        "detail": detail,
        "unit": first.unit or "",
    }


def _comparable(first: Claim, second: Claim) -> bool:
    return first.kind is second.kind and first.dimension == second.dimension


def figure_mismatch(first: Claim, second: Claim, params: Params) -> Verdict | None:
    if not _comparable(first, second) or magnitude_ratio(first, second) is not None:
        return None
    if values_agree(first, second, params):
        return None
    tolerance = _tolerance(first, second, params)
    if _widened(_base_interval(first), tolerance).overlaps(_widened(_base_interval(second), tolerance)):
        return None
    arithmetic = f"{describe(first)} vs {describe(second)}"
    if first.unit != second.unit and first.base_unit:
        arithmetic += (
            f" ({_format(_in_base(first, first.value))} vs {_format(_in_base(second, second.value))} {first.base_unit})"
        )
    return Verdict((first, second), _pair_fields(first, second, "the figures do not agree", arithmetic))


def hedge_conflict(first: Claim, second: Claim, params: Params) -> Verdict | None:
    if not _comparable(first, second) or not (first.qualifier or second.qualifier):
        return None
    if not values_agree(first, second, params):
        return None
    if _base_interval(first).overlaps(_base_interval(second)):
        return None
    detail = (f"'{first.text}' ({describe(first)}) vs '{second.text}' ({describe(second)}): "
              "the two statements agree only if a hedge is ignored")  # fmt: skip
    return Verdict((first, second), _pair_fields(first, second, detail, f"{describe(first)} vs {describe(second)}"))


def magnitude_slip(first: Claim, second: Claim, params: Params) -> Verdict | None:
    if not _comparable(first, second):
        return None
    power = magnitude_ratio(first, second)
    if power is None or power < _float(params, "min_power"):
        return None
    arithmetic = f"{describe(first)} vs {describe(second)}: a factor of 10^{power}"
    return Verdict((first, second), _pair_fields(first, second, "the same digits at a different scale", arithmetic))


def conversion_mismatch(claims: Sequence[Claim], params: Params) -> Verdict | None:
    """ "3,000 feet (1,500 metres)": a figure and the conversion in brackets after it."""
    ordered = sorted(claims, key=lambda c: c.start)
    for first, second in itertools.pairwise(ordered):
        gap = first.sentence[first.end - first.sentence_start : second.start - second.sentence_start]
        if gap.strip() not in ("(", "[", "/", "or", "(or", "- or", "—"):
            continue
        if first.unit is None or second.unit is None or first.unit == second.unit:
            continue
        if first.kind is not second.kind or first.dimension != second.dimension:
            continue
        try:
            expected = convert(first.value, first.unit, second.unit)
        except UnknownUnitError:
            continue
        step = min(second.precision / 2, _float(params, "relative_tolerance") * abs(expected))
        step = max(step, second.precision / 2 if second.precision < 1 else 0.5)
        if abs(expected - second.value) <= step:
            continue
        arithmetic = (f"{_format(first.value)} {first.unit} = {_format(expected)} {second.unit}, "
                      f"not {_format(second.value)}")  # fmt: skip
        return Verdict((second, first), _pair_fields(second, first, "the conversion is wrong", arithmetic))
    return None


def change_arithmetic(claim: Claim, params: Params) -> Verdict | None:
    """A change or ratio that disagrees with its own endpoints."""
    if claim.from_value is None or claim.to_value is None or claim.direction is None:
        return None
    start, end = claim.from_value, claim.to_value
    if claim.kind is ClaimKind.RATIO:
        if start == 0:
            return None
        implied, stated, label = end / start, claim.value, "×"
    elif claim.unit == "percent":
        if start == 0:
            return None
        implied, stated, label = abs(end - start) / abs(start) * 100, claim.value, "%"
    elif claim.unit == "percentage_point":
        implied, stated, label = abs(end - start), claim.value, " points"
    else:
        implied, stated, label = abs(end - start), claim.value, ""
    # "10%" is read to the unit, not to the ten: trailing zeros in a stated change are exact.
    tolerance = max(_float(params, "relative_tolerance") * abs(stated), min(claim.precision, 1.0) / 2)
    direction_ok = (end >= start) == (claim.direction.value == "up")
    if abs(implied - stated) <= tolerance and direction_ok:
        return None
    arithmetic = (f"from {_format(start)} to {_format(end)} is {_format(implied)}{label}"
                  f"{'' if direction_ok else ' in the other direction'}, not {_format(stated)}{label}")  # fmt: skip
    fields = _pair_fields(claim, claim, "the change does not match its endpoints", arithmetic)
    return Verdict((claim,), fields)


def percent_total(claims: Sequence[Claim], params: Params) -> Verdict | None:
    """Shares of one whole in one sentence that add up to more than 100%."""
    shares = [c for c in claims if c.kind is ClaimKind.PERCENT and c.direction is None and c.low == c.high]
    if len(shares) < int(_float(params, "min_shares")):
        return None
    subjects = {c.subject for c in shares if c.subject}
    if len(subjects) > 1:
        return None  # "60% of men and 70% of women" are shares of two wholes
    total = sum(c.value for c in shares)
    if total <= 100 + _float(params, "absolute_tolerance"):
        return None
    terms = " + ".join(_format(c.value) + "%" for c in shares)
    fields = _pair_fields(shares[0], shares[1], "the shares add up to more than 100%", f"{terms} = {_format(total)}%")
    return Verdict(tuple(shares), fields)


_TOLERANCES = (
    ParamSpec("relative_tolerance", float, 0.02, "Relative difference still taken as agreement.", minimum=0.0),
    ParamSpec("absolute_tolerance", float, 0.0, "Absolute difference (in base units) still taken as agreement.",
              minimum=0.0),
    ParamSpec("use_rounding", bool, True, "Allow the rounding implied by how each figure is written."),
)  # fmt: skip

KINDS: Mapping[str, Kind] = {
    "figure-mismatch": Kind(
        KindSpec("figure-mismatch", "Two linked claims give incompatible figures.", _TOLERANCES),
        Scope.PAIR, figure_mismatch),
    "hedge-conflict": Kind(
        KindSpec("hedge-conflict", "Two linked claims agree only if a hedge is ignored.", _TOLERANCES),
        Scope.PAIR, hedge_conflict),
    "magnitude-slip": Kind(
        KindSpec("magnitude-slip", "The same digits at a scale a power of ten apart.",
                 (ParamSpec("min_power", int, 1, "Smallest power of ten to report.", minimum=1),)),
        Scope.PAIR, magnitude_slip),
    "conversion-mismatch": Kind(
        KindSpec("conversion-mismatch", "A figure and its own stated conversion disagree.",
                 (ParamSpec("relative_tolerance", float, 0.02, "Rounding allowed in a conversion.", minimum=0.0),)),
        Scope.SENTENCE, conversion_mismatch),
    "change-arithmetic": Kind(
        KindSpec("change-arithmetic", "A stated change disagrees with its own endpoints.",
                 (ParamSpec("relative_tolerance", float, 0.05, "Relative slack on the change.", minimum=0.0),)),
        Scope.CLAIM, change_arithmetic),
    "percent-total": Kind(
        KindSpec("percent-total", "Shares of one whole add up to more than 100%.",
                 (ParamSpec("min_shares", int, 3, "Fewest shares in a sentence to check.", minimum=2),
                  ParamSpec("absolute_tolerance", float, 1.0, "Percentage points allowed for rounding.",
                            minimum=0.0))),
        Scope.SENTENCE, percent_total),
}  # fmt: skip


def kind_specs() -> dict[str, KindSpec]:
    return {name: kind.spec for name, kind in KINDS.items()}
