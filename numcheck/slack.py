"""Slack: how far a figure may move by the way it is written, the one home of that rule.

A figure written to a stated precision ("2,468", "$2.17", "11.6%", "£4.812bn") is held to half its
last digit. A round figure ("60,000", "£90m", "490") may stand for anything within half its
rounding step, capped at a share of its value (a reader grants "60,000" for 62,000, not for
65,000). A two-sided hedge ("about", "almost") already gives its interval, so it adds only half
the relative tolerance. A multiplier word ("doubled", "fivefold", "3 times") is honest within a
share of its value; one written with decimals ("2.4 times") to half its last digit. A share in
words ("a third") is honest within a share of the smaller of it and its complement; a rate ("one
in four") within the rounding of its denominator, which its interval already holds. Each figure
spends its own slack once: two figures disagree when their widened intervals are disjoint."""

from __future__ import annotations

from dataclasses import dataclass

from numcheck.model import Claim, ClaimKind
from numcheck.scanning import LazyPattern

_NUMERAL = LazyPattern(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class Slack:
    """The terms of the rule (see the module docstring); figure-mismatch's parameters by default."""

    relative_tolerance: float = 0.02
    round_share: float = 0.05
    multiplier_tolerance: float = 0.05
    use_rounding: bool = True
    # "a third" is fairly written for 30% to 36.7%: within this share of the smaller of the
    # fraction and its complement (share-arithmetic's fraction_tolerance by default)
    share_tolerance: float = 0.1


def _trailing_zeros(number: int) -> int:
    count = 0
    while number and number % 10 == 0:
        number //= 10
        count += 1
    return count


def round_step(claim: Claim) -> float | None:
    """The step a round figure was rounded to ("60,000" 10,000; "£90m" £10m; "490" 10), in its
    own unit; None for a figure written to a stated precision ("2,468", "$2.17", "4.812bn", "12")
    or in words, which is held to its last digit."""
    numeral = _NUMERAL.search(claim.text)
    if numeral is None or "." in numeral.group() or not numeral.group().endswith("0") or claim.precision <= 0:
        return None
    return float(claim.precision * 10 ** _trailing_zeros(round(abs(claim.value) / claim.precision)))


def written_with_decimals(claim: Claim) -> bool:
    """ "2.4 times", "£4.812bn": a figure held to the decimals it states."""
    numeral = _NUMERAL.search(claim.text)
    return numeral is not None and "." in numeral.group()


def multiplier_slack(claim: Claim, stated: float, multiplier_tolerance: float) -> float:
    """ "doubled", "fivefold", "3 times" are honest within a share of their value; "2.4 times"
    to half its last digit."""
    if written_with_decimals(claim):
        return claim.precision / 2
    return multiplier_tolerance * abs(stated)


def figure_slack(claim: Claim, terms: Slack = Slack()) -> float:
    """How far the claim's figure may move, in its own unit."""
    value = abs(claim.value)
    if claim.is_share_in_words:
        if claim.is_rate_in_words:
            return 0.0  # "one in four": its interval already runs over the denominator's rounding
        return terms.share_tolerance * min(value, 1 - value)
    if claim.kind is ClaimKind.RATIO:
        return multiplier_slack(claim, value, terms.multiplier_tolerance)
    relative = terms.relative_tolerance / 2 * value
    two_sided_hedge = claim.qualifier is not None and claim.low is not None and claim.high is not None
    if two_sided_hedge or not terms.use_rounding:
        return relative
    step = round_step(claim)
    if step is None:
        return claim.precision / 2
    return max(min(step / 2, terms.round_share * value), relative)
