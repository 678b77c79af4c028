"""A rate per period and an amount said to be its total over a longer period, in one sentence or
the next (numcheck.sums `period_totals`, kind change-arithmetic): "The charity plants 12,000 trees a
year. Over five years that is 48,000 trees" (60,000). The period follows the total ("54 metres in
25 years"), opens its clause ("Over five years, ..."), is said in words ("Over a year that comes
to"), is the total's own ("£9,600 a year"), or is the one the rate is kept up for when the total is
said to be what it came to ("for ten years, £50 million in all"). Another time, another thing
counted, a target against a result, today's rate against a past total, a price of something else
("£150 for a year paid in advance"), an hourly rate over days, and totals within the rate's
rounding are left alone."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the total the finding cites); every one was missed before
TOTALS_THE_RATE_DOES_NOT_GIVE = [
    ("The glacier retreats 12 metres a year. Over the past 30 years it has lost 450 metres.", "450 metres"),
    ("The glacier retreats 12 metres a year. It has lost 450 metres over the past 30 years.", "450 metres"),
    ("The volunteers rescue 1,500 hedgehogs a year. Over four years that is 5,000 hedgehogs.", "5,000"),
    ("The volunteers rescue 1,500 hedgehogs a year. They will rescue 5,000 hedgehogs in four years.", "5,000"),
    ("Parking at the depot costs £120 a month. Over a year that comes to £1,200.", "£1,200"),
    ("Parking at the depot costs £120 a month, or £1,200 a year.", "£1,200"),
    # a price for the year offered beside the monthly one may be cheaper, never dearer
    ("Parking at the depot costs £120 a month or £1,600 a year.", "£1,600"),
    ("The bypass will cost £6 million a year for eight years, £40 million in all.", "£40 million"),
    ("The mill grinds 80 tonnes of flour a week. That is 3,000 tonnes a year.", "3,000 tonnes"),
    ("The ferry carries 700 passengers a day. In a 30-day month it carries 28,000 passengers.", "28,000"),
    # a hedged total, a period in words of a decade
    ("The kitchen serves 250 meals a week. Over a year that comes to about 9,000 meals.", "9,000"),
    ("The ice shelf loses 30 metres a year. Over the past decade it has lost 450 metres.", "450 metres"),
    # the total first, then the rate and the period that work it out, set beside it
    ("The trust has re-wetted 280 hectares of moor (35 hectares a year over six years).", "280 hectares"),
    ("The trust has re-wetted 280 hectares of moor, at 35 hectares a year for six years.", "280 hectares"),
    ("The club has raised £48,000, £4,000 a month over two years.", "£48,000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), TOTALS_THE_RATE_DOES_NOT_GIVE)
def test_a_total_the_rate_does_not_give_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure), flags(text)


TOTALS_THE_RATE_GIVES_OR_OF_SOMETHING_ELSE = [
    # the rate gives the total, within its rounding
    "The glacier retreats 12 metres a year. Over the past 30 years it has lost 360 metres.",
    "The glacier retreats about 12 metres a year. Over the past 30 years it has lost 340 metres.",
    "Parking at the depot costs £120 a month, or £1,440 a year.",
    "The ferry carries 700 passengers a day, or 21,000 passengers in a 30-day month.",
    "The bypass will cost £6 million a year for eight years, £48 million in all.",
    "The kitchen serves 250 meals a week. Over a year that comes to about 13,000 meals.",
    "The ice shelf loses 30 metres a year. Over the past decade it has lost 300 metres.",
    # a working day's rate over a year
    "The surgery sees 60 patients a day. Over the year it saw 16,000 patients.",
    # today's rate, one year's rate, a target
    "Sales now run at 9,000 a year. Over five years the firm has sold 30,000.",
    "The volunteers rescued 1,500 hedgehogs a year in 2025. Over four years they rescued 5,000 hedgehogs.",
    "The volunteers rescue 1,500 hedgehogs a year. Over four years they aim to rescue 8,000 hedgehogs.",
    # another thing, or the price of something else
    "The volunteers rescue 1,500 hedgehogs a year. Over four years they have ringed 2,000 birds.",
    "The council spends £3 million a year on parks. Over ten years its libraries budget is £70 million.",
    "A locker costs £9 a month (or £90 for a year paid upfront, a saving of £18).",
    # a plan paid for the year, offered beside the monthly price ("or" with no comma)
    "Inkwell Pro still costs £3.50 a month or £36 a year, which works out at £3 a month.",
    "The app costs £4.99 a month or £39.99 a year.",
    "Gym membership is £30 a month or just £300 a year.",
    "Members pay £9 a month for two years, and £300 in all for a lifetime pass.",
    # two rates said apart, not one restated
    "Cleaners earn £300 a week. Supervisors earn £1,500 a month.",
    'Slips of the period: "£300 a week" and "£300 a month".',
    # a rate of part of the time, or for another purpose
    "The bridge carries 30,000 vehicles a day in summer. Over a year it carries about 7 million vehicles.",
    "The museum costs £3 million a year to run. Extending it cost £20 million over four years.",
    # two rates of the quantity before the total: which one makes it is unsaid
    "The lido takes £1,500 a day in summer. In winter it takes £500 a day. Over the year it took £300,000.",
    "The spring gives 40 million litres a day. In a wet winter it can give 70 million litres a day. Over the year it "
    "gave 20 billion litres.",
    # an hourly rate: how many hours a day is unsaid
    "The kiosk serves 40 customers an hour. Over a week it serves 3,000.",
    "The trust has re-wetted 210 hectares of moor (35 hectares a year over six years).",
    "The club has raised £96,000, £4,000 a month over two years.",
    # the rate beside the total, its period another thing's
    "The trust has re-wetted 280 hectares of moor, and plants 35 hectares a year of trees over six years.",
]


@pytest.mark.parametrize("text", TOTALS_THE_RATE_GIVES_OR_OF_SOMETHING_ELSE)
def test_a_total_the_rate_gives_or_of_something_else_is_not_flagged(text: str) -> None:
    assert not flags(text), flags(text)
