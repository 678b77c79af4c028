"""Within one document, a change said by its size against its two ends said elsewhere:
- a margin said against a figure named by its noun ("£45,000 over the guide", "outbid the guide by
  £45,000") is the gap between that figure and the other of its quantity;
- "from A to B" after a revision ("The revision of the estimate, from £2.3 million to £3.1 million")
  is a change, not a range;
- two levels of one amount in one sentence, one said as it was and one as it is now or will be
  ("now £2.6 million, was £2.1 million", "first put at ...; the latest estimate is ..."), are the
  ends of one change;
- "an extra £600,000" or "the additional £600,000" is what the change adds;
- the cost or price of another thing rising ("the cost of repairs in your area rose 22%") is not the
  change, and the level a change reached, said before it ("accepted 6,420 new undergraduates, up
  from 5,870"), is its end, never its size;
- a change in basis points between two percentages is a hundredth of a point each ("up 130 basis
  points from 45.9%" to 47.2%)."""

from __future__ import annotations

import pytest
from one_document import flags

_FLAGGED = [
    # a margin over a figure named by its noun
    "The chapel sold at auction for £212,000, against a guide of £185,000. The result (£47,000 over the guide) "
    "pleased the diocese.",
    "The old school went for £640,000 against a £590,000 reserve. Its new owners, who outbid the reserve by "
    "£70,000, plan six flats.",
    "A buyer paid £98,000 for the signal box, well above its £75,000 guide. The sale's £13,000 premium over the "
    "guide will fund repairs.",
    # a revision from one level to another
    "The revision of the lido's repair estimate, from £1.2 million to £1.6 million, was reported to councillors on "
    "Tuesday. An increase of £300,000 was blamed on rot in the changing rooms.",
    # then and now in one sentence
    "Harbour wall repairs were costed at £1.4 million last spring and at £1.9 million this month. The additional "
    "£300,000 will come from reserves.",
    "The trust last year expected to spend £820,000 on the roof; it now expects £910,000. The bill, which has gone "
    "up by £120,000, covers new lead.",
    "Pier repairs: closed since May, bill now £2.6 million, was £2.1 million. Up £400,000 in a year.",
    # a change in basis points between two shares
    "Gross margin was 47.2%, up 150 basis points from 45.9% a year ago.",
    "The bank's capital ratio rose 80 basis points from 13.1% to 14.1%.",
    # the level a change reached, said before it, is an end and never the change
    "The club signed 640 new members this year, up from 520 last year. That is 90 more than last year.",
    "Surveyors first put the repairs at £350,000; the latest estimate is £420,000. The rise (£50,000) will be "
    "met from the appeal.",
    # an overrun, or the difference, named as such, against a plan and an outcome
    "The bell tower repairs were budgeted at £48,000 and cost £61,000. The overrun (£17,000) was met by the diocese.",
    "The council had estimated £2.4 million for the footbridge; the final bill was £2.9 million. The project's "
    "£900,000 overrun is blamed on steel prices.",
    'Rewiring the library cost £91,000 against a budget of £75,000. "We came in £12,000 over," the manager said.',
    "The final cost, £5.6 million, was well above the £4.9 million set aside. The difference, £0.9 million, came "
    "from reserves.",
    "Budget £320,000, final cost £365,000, £55,000 over budget.",
]

_SILENT = [
    # the margin agrees with its ends
    "The chapel sold at auction for £212,000, against a guide of £185,000. The result (£27,000 over the guide) "
    "pleased the diocese.",
    # the change agrees with its ends
    "Harbour wall repairs were costed at £1.4 million last spring and at £1.9 million this month. The additional "
    "£500,000 will come from reserves.",
    "Pier repairs: closed since May, bill now £2.6 million, was £2.1 million. Up £500,000 in a year.",
    # a change in basis points that its ends give
    "Gross margin was 47.2%, up 130 basis points from 45.9% a year ago.",
    "The bank's capital ratio rose 100 basis points from 13.1% to 14.1%.",
    # the cost of something else rose
    "Your new premium is £642.18, up from £571.40 last year, mainly because the cost of repairs in your area rose "
    "22% in 2024.",
    "Season tickets go up from £380 to £410, because the price of running the ground rose 20% this year.",
    # the level a change reached, said before it, is not its size
    "The university accepted 6,420 new undergraduates this autumn, up from 5,870 last year.",
    # two things in one sentence, each with its own time: no change of one
    "Sales were £12m last year and profits £15m this year. The £4m rise in costs hurt.",
    # a range of fines is no change
    "Fines range from £500 to £2,000. The £300 rise in the lowest fine starts in May.",
    # a margin over a noun no figure names
    "The chapel sold for £212,000. The £47,000 over the asking price surprised the agent.",
    # an overrun that its plan and outcome give, hedged or not
    "The bell tower repairs were budgeted at £48,000 and cost £61,000. The overrun (£13,000) was met by the diocese.",
    "The council had estimated £2.4 million for the footbridge; the final bill was £2.9 million. The project's "
    "£500,000 overrun is blamed on steel prices.",
    # an overrun with a third figure of its kind: which two it lies between is not said
    "The roof was budgeted at £48,000 and cost £61,000, of which a grant paid £20,000. The £9,000 overrun came from "
    "reserves.",
]


@pytest.mark.parametrize("text", _FLAGGED)
def test_flagged(text: str) -> None:
    assert flags(text), text


@pytest.mark.parametrize("text", _SILENT)
def test_silent(text: str) -> None:
    assert flags(text) == [], text
