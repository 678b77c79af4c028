"""Two figures of one source sentence that a draft gives the other way round are each reported
as figure-mismatch against the source figure in their part; faithful restatements are not."""

from __future__ import annotations

import pytest
from against_source import flagged as _flagged


@pytest.mark.parametrize(
    ("draft", "source", "figures"),
    [
        ("The chain opened 14 branches and shut 6.", "This year we opened 6 branches and shut 14.", {"14", "6"}),
        (
            "Operating margin slipped to 8.2% from 9.7%.",
            "Operating margin widened to 9.7% from 8.2%.",
            {"8.2%", "9.7%"},
        ),
        ("Absence fell to 7% from 4.5%.", "Staff absence over the year: 4.5%, down from 7%.", {"7%", "4.5%"}),
        (
            "The upgrade cuts loading time from 3 seconds to 11 seconds.",
            "The upgrade cuts loading time from 11 seconds to 3 seconds.",
            {"3 seconds", "11 seconds"},
        ),
        ("The club has 40 members and 25 guests.", "There are 25 members and 40 guests at the club.", {"40", "25"}),
        (
            "The fare rises from £6.50 to £5.20 in May.",
            "From May the fare will be £6.50, up from £5.20.",
            {"£6.50", "£5.20"},
        ),
    ],
)
def test_swapped_figures_are_each_reported(draft: str, source: str, figures: set[str]) -> None:
    found = _flagged(draft, source)
    assert {text for rule, text in found if rule == "figure-mismatch"} == figures, found
    # a swap that turns a fall into a rise ("fell to 7% from 4.5%") also contradicts its own verb
    assert {rule for rule, _ in found} <= {"figure-mismatch", "change-arithmetic"}, found


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The chain opened 6 branches and shut 14.", "This year we opened 6 branches and shut 14."),
        ("Operating margin widened to 9.7% from 8.2%.", "Operating margin rose from 8.2% to 9.7%."),
        ("Absence fell to 4.5% from 7%.", "Staff absence over the year: 4.5%, down from 7%."),
        ("The upgrade cuts loading time from 11 seconds to 3.", "Loading time drops to 3 seconds from 11."),
        ("From May the fare will be £6.50, up from £5.20.", "The fare rises from £5.20 to £6.50 in May."),
        ("The club has 40 members and 25 guests.", "This season the club has 40 members and 25 guests."),
        # the two values in separate source sentences: each is stated in its own part
        ("The club has 40 members and 25 guests.", "The club has 40 members. It welcomed 25 guests."),
        # an age beside a count says nothing of what it is: not a part to swap out of
        (
            "Ana Ruiz, 31, led the 56 riders home in 4 hours.",
            "Ruiz, who is 31, led the 56 cyclists home in 4 hours 10 minutes.",
        ),
        # nothing tells the two figures' parts apart: no swap is claimed
        ("Scores of 25 and 40 were posted.", "Scores of 40 and 25 were posted."),
        # a range the source writes as it is, beside the range it replaced
        (
            "The firm raised its sales growth forecast to 4% to 5%, from 3% to 4%.",
            "The firm now expects sales growth of 4% to 5%, up from 3% to 4%.",
        ),
        (
            "The council now expects a deficit of £2m to £3m, from £1m to £2m before.",
            "The council expects a deficit of £2m to £3m, up from £1m to £2m in March.",
        ),
    ],
)
def test_figures_in_their_own_parts_pass(draft: str, source: str) -> None:
    assert not [f for f in _flagged(draft, source) if f[0] == "figure-mismatch"]


# Parts read from the words beside each figure (numcheck/parts.py): the two figures trade numbers
# across source sentences, across kinds (a price and a discount), or with their sides paraphrased.
@pytest.mark.parametrize(
    ("draft", "source", "figures"),
    [
        # across source sentences
        (
            "The museum sold 48,000 memberships and welcomed 6,200 visitors.",
            "The museum sold 6,200 memberships last year. It welcomed 48,000 visitors.",
            {"48,000", "6,200"},
        ),
        (
            "Of the 52 patients, 19 were admitted to intensive care and 31 went home the same day.",
            "Doctors treated 52 patients, 31 of them in intensive care. Nineteen went home the same day.",
            {"19", "31"},
        ),
        # across kinds: the numbers move, the units stay
        (
            "The gym charges £25 a month and gives members 15% off classes.",
            "Members pay £15 a month and get 25% off classes.",
            {"£25 a month", "15%"},
        ),
        (
            "Customers will get a refund of 20% of the fare within 30 days.",
            "Customers will get a refund of 30% of the fare, paid within 20 days.",
            {"20%", "30 days"},
        ),
        # the parts paraphrased: a figure's words on the other side of it
        (
            "Parents raised £3,400 and the school board £1,100.",
            "Fundraising: £3,400 came from the school board and £1,100 from parents.",
            {"£3,400", "£1,100"},
        ),
        # a label before a colon names the first figure's part
        (
            "The road budget is £2 million over 4 years, with £9 million of it for cycle lanes.",
            "Road budget: £9 million over 4 years, £2 million of it for cycle lanes.",
            {"£2 million", "£9 million"},
        ),
        (
            "The survey team tagged 45 seals and recovered collars from 60 of them.",
            "The survey team tagged 60 seals and recovered collars from 45 of them.",
            {"45", "60"},
        ),
        (
            "Trains will run every 20 minutes on Saturdays instead of every 30.",
            "Trains will run every 30 minutes on Saturdays instead of every 20.",
            {"20 minutes", "30"},
        ),
        # one figure's words name no part of the source (cost, against "bought for"); the other's
        # part ("insured for") writes the first one's number
        (
            "The new eight cost £28,000 and is insured for £32,000.",
            "The new eight, bought for £32,000 in 2024, is insured for £28,000.",
            {"£32,000"},
        ),
        (
            "The old van cost £9,500 and is now valued at £14,000.",
            "The old van, bought for £14,000 in 2019, is now valued at £9,500.",
            {"£14,000"},
        ),
    ],
)
def test_figures_that_trade_parts_are_each_reported(draft: str, source: str, figures: set[str]) -> None:
    found = _flagged(draft, source)
    assert {text for rule, text in found if rule == "figure-mismatch"} >= figures, found


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        # the same parts in another order, or with the words on the other side
        ("Children's tickets cost £6 and adult tickets £12.", "Adult tickets are £12; children's tickets are £6."),
        (
            "Parents raised £1,100 and the school board £3,400.",
            "£3,400 came from the school board and £1,100 from parents.",
        ),
        (
            "Members get 25% off classes for £15 a month.",
            "Members pay £15 a month and get 25% off classes.",
        ),
        # "14 corners to the visitors' five": the words between two figures are shared
        (
            "The home side had 14 corners to the visitors' five.",
            "The home side won 14 corners, against five for the visitors.",
        ),
        ("Scores of 40 and 25 were posted by the two teams.", "The two teams posted scores of 25 and 40."),
        # "children under 12" says who is counted, it is not a figure to trade
        (
            "Of the 52 patients, 19 were children under 12.",
            "Doctors treated 52 patients, 19 of them children under 12.",
        ),
        # a model name is no part: "Pulse 2"
        (
            "About 48,000 Pulse 2 watches are covered by the recall.",
            "We are recalling Pulse 2 watches sold in the autumn. About 48,000 watches are affected.",
        ),
        # two figures stated in other sentences, each in its own part
        (
            "The museum welcomed 48,000 visitors and sold 6,200 memberships.",
            "The museum sold 6,200 memberships last year. It welcomed 48,000 visitors.",
        ),
        (
            "Customers will get a refund of 30% of the fare within 20 days.",
            "Customers will get a refund of 30% of the fare, paid within 20 days.",
        ),
        # the old level said with "instead of" is the change's start, as "from" says it
        (
            "From 1 May, the small vans will cost £9.40 an hour instead of £8.60.",
            "The hourly rate for our small vans will go up from £8.60 to £9.40 on 1 May.",
        ),
    ],
)
def test_figures_in_their_own_parts_pass_however_worded(draft: str, source: str) -> None:
    assert not [f for f in _flagged(draft, source) if f[0] == "figure-mismatch"]
