"""A total with its parts in brackets after it ("revenue of £310 million (£190 million from
households, £85 million from businesses and £20 million from other sources)"): brackets that close
their list with "and" give the whole breakdown, so parts that fall short of the total are flagged
(numcheck.shares `read_breakdowns`). Brackets that list only some parts ("including", "with the
rest from ..."), give earlier figures ("up from"), or figures of other months, are left alone."""

from __future__ import annotations

import pytest
from one_document import flags

# each was missed before: the parts fall short of the total
BRACKETS_THAT_SHORT_THE_TOTAL = [
    "Pendle Water reported revenue of £310 million (£190 million from households, £85 million from businesses and "
    "£20 million from other sources) for the year.",
    "The appeal raised £48,000 (£21,000 from the public, £15,000 from local firms and £9,000 from the council).",
    "The festival sold 12,400 tickets (7,100 day passes, 3,900 weekend passes and 900 VIP tickets) this summer.",
    "The hospital treated 2,310 patients in March (1,480 adults and 690 children).",
    "The route is 46 km long (31 km of road and 12 km of towpath).",
    "The ferry carried 86,000 passengers (52,000 in summer and 29,000 in winter) last year.",
    "Turnout was 18,250 votes (9,940 for the mayor, 6,100 for her rival and 1,010 spoilt ballots).",
]  # fmt: skip


@pytest.mark.parametrize("text", BRACKETS_THAT_SHORT_THE_TOTAL)
def test_brackets_that_close_with_and_must_make_the_total(text: str) -> None:
    found = flags(text)
    assert any("said to cover the total" in message for message in found), found


BRACKETS_OF_SOME_PARTS_OR_OTHER_FIGURES = [
    "Pendle Water reported revenue of £310 million (£190 million from households and £85 million from businesses, "
    "with the rest from other sources).",
    "The appeal raised £48,000 (including £21,000 from the public and £15,000 from local firms).",
    "The festival sold 12,400 tickets (up from 7,100 in 2024 and 3,900 in 2023).",
    "The hospital treated 2,310 patients in March (1,480 in February and 1,690 in January).",
    "The route is 46 km long (31 km more than the old one and 12 km shorter than planned).",
    "The ferry carried 86,000 passengers (52,000 of them on day trips and 29,000 on the night crossing).",
    "The club has 300 members (120 of them juniors and 90 over 60).",
    "Revenue rose to £310 million (£290 million in 2024 and £250 million in 2023).",
    "The charity helped 1,200 families (about 800 in the city and 300 in the villages).",
    "The town has 14,000 homes (4,000 built since 2000 and 2,500 listed buildings).",
    "Attendance hit 41,000 (a record, beating 38,000 in 2019 and 36,500 in 2022).",
    "The survey asked 2,000 adults (1,000 men and 1,000 women) about their savings.",
    "Exports were worth $4.2bn (against $3.1bn and $2.7bn in the two years before).",
    "The festival sold 12,400 tickets (8,100 day passes, 3,400 weekend passes and 900 VIP tickets) this summer.",
]  # fmt: skip


@pytest.mark.parametrize("text", BRACKETS_OF_SOME_PARTS_OR_OTHER_FIGURES)
def test_brackets_of_some_parts_or_other_figures_are_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
