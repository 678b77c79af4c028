"""Slips within one document: a later figure that reads as an earlier one with two digits swapped or
one digit changed, about what may be the same thing, is flagged even when the later mention leaves
out the context linking needs; figures that something tells apart, short figures and last-digit
differences stay silent."""

from __future__ import annotations

import pytest

from numcheck import extract
from numcheck.slips import Slip, digit_slip, significant_digits
from tests.one_document import flags, flags_at

DIGITS = [
    (15800, "158"),
    (0.046, "46"),
    (2650, "265"),
    (1_000_000, "1"),
    (42.6, "426"),
]


@pytest.mark.parametrize(("value", "digits"), DIGITS)
def test_significant_digits_drop_the_scale(value: float, digits: str) -> None:
    assert significant_digits(value) == digits


def _pair(text: str) -> tuple[object, ...]:
    claims = [c for c in extract(text) if c.kind.is_quantity]
    assert len(claims) == 2, claims
    return digit_slip(claims[0], claims[1]), digit_slip(claims[1], claims[0])


SLIP_KINDS = [
    ("15,800 and 18,500", Slip.TRANSPOSED),
    ("35,000 and 53,000", Slip.TRANSPOSED),
    ("42.6% and 46.2%", Slip.TRANSPOSED),
    ("1,374 and 1,734", Slip.TRANSPOSED),
    ("2,650 and 2,150", Slip.ONE_DIGIT),
    ("£3.45m and £3.95m", Slip.ONE_DIGIT),
    ("7,280 and 9,280", Slip.ONE_DIGIT),
    ("7,280 and 7,880", None),
    ("26.5% and 27.5%", None),
    # no slip: another scale, a last digit, two digits changed, short figures
    ("£4.2m and £42m", None),
    ("27.2% and 27.8%", None),
    ("28,200 and 28,500", None),
    ("1,734 and 1,791", None),
    ("36 and 32", None),
    ("58% and 68%", None),
    ("40 and 60", None),
    ("1.2 million and 210,000", None),
    ("15,800 and 15,800", None),
]


@pytest.mark.parametrize(("text", "kind"), SLIP_KINDS)
def test_what_reads_as_a_typing_slip(text: str, kind: Slip | None) -> None:
    assert _pair(text) == (kind, kind)


FLAGGED = [
    # another word for the same thing, no context repeated
    ("Harbour Road stadium holds 18,500 spectators. When all 15,800 seats are sold, the noise is deafening.",
     "15,800"),
    ("The Millvale food bank handed out 18,400 parcels last winter. Volunteers said the 14,800 they packed "
     "took every weekend they had.", "14,800"),
    ("Ashcombe council recycled 46.2% of household waste last year. A councillor said 42.6% was not good "
     "enough.", "42.6%"),
    ("The Tarnby works employs 2,650 people. Union officials said all 2,150 workers would keep their jobs.", "2,150"),
    ("Police estimated the crowd at 35,000. Organisers later said 53,000 had come, counting those who left "
     "early.", "53,000"),
    ("Renovating the Corn Exchange carries a £3.45m cost, the trust said. Grants will cover most of the £3.95m cost.",
     "£3.95m"),
    # changes: what changed, looked for past "rise" and "growth"
    ("Pre-tax profit at Halden Foods rose 14% to £22m. Analysts praised the 41% rise.", "41%"),
    ("Halden Foods said profit rose 14% in the year. Its 41% profit growth was the best in the sector.", "41%"),
    ("Kestrel Rail carried 1,374 passengers a day on the branch line. Campaigners said 1,734 riders a day "
     "proved the line's worth.", "1,734"),
    # names each sentence brings in around its figure, not of what the figure counts
    ("Glenharrow trials draw 173 dogs from nine countries\n\nHandlers ran 137 dogs over two days at Corrie Farm, "
     "where a collie called Moss took the title.", "137"),
    ("The Harbourside marina has 412 berths. Boat owners on the waiting list told Pendle Council that 421 berths "
     "were not enough.", "421"),
    # a place a later clause brings in, and two ways of saying "now"
    ("The apple harvest at Hallow Farm came to 1,860 tonnes. The crop, which the farm puts at 1,680 tonnes, will "
     "mostly go to a juice maker in Hereford.", "1,680 tonnes"),
    ("Hallow Farm harvested 1,860 tonnes of apples this autumn. \"We picked 1,680 tonnes this year,\" said the "
     "farm's manager.", "1,680 tonnes"),
    # three digits swapped in a count of one thing, with a time on one side only
    ("Volunteers counted 2,318 swifts over the town this summer. Their survey sheets, handed in on Friday, list "
     "2,138 swifts.", "2,138"),
]  # fmt: skip
SILENT = [
    # other times, places, actors or names
    "Sales at the Leeds branch were 18,400 in 2023. In 2024 the branch sold 14,800.",
    "The York depot handled 35,000 parcels. The Hull depot handled 53,000 parcels.",
    "Ferris Ltd employs 2,650 people. Its rival Cobb & Sons employs 2,150.",
    "Handlers ran 173 dogs at Corrie Farm. At Glenharrow, handlers ran 137 dogs.",
    "The harvest at Hallow Farm came to 1,860 tonnes. At Ledworth Farm the crop came to 1,680 tonnes.",
    "Hallow Farm picked 1,860 tonnes this autumn. It picked 1,680 tonnes last year.",
    "Volunteers counted 2,318 swifts in 2024. In 2025 they counted 2,138 swifts.",
    "Volunteers counted 2,318 swifts in June. In July they counted 2,138 swifts.",
    # another head, attribute or set
    "The stadium holds 18,500 fans. The club sold 15,800 season tickets.",
    "The reservoir is 2,650 metres long and 2,150 metres wide.",
    "The plant employs 2,650 people, and another 2,150 work for its suppliers.",
    "Sales at Halden Foods rose 14%. Online orders rose 41%.",
    "Halden Foods' profit rose 14% last year. Its shares fell 41% over the same period.",
    # a target against an outcome, a starting figure against the result
    "The trust treated 46.2% of patients within four hours. Its target is 42.6%.",
    "Membership rose from 1,374 to 1,734 over the year, the club said.",
    # the same figure, or figures that differ only in the last digit
    "Turnout was 27.2%, the council said. Among young voters it was 27.8%.",
    "The council collected 28,200 tonnes of waste. Crews collected 28,500 tonnes.",
]


@pytest.mark.parametrize(("text", "figure"), FLAGGED)
def test_a_figure_mistyped_from_an_earlier_one_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure)


@pytest.mark.parametrize("text", SILENT)
def test_figures_told_apart_or_not_slips_stay_silent(text: str) -> None:
    assert not flags(text)
