"""Within one document, a headline's figure is checked against its own body as a summary against
its source (unsupported-figure): the lede gives the same thing another figure, and nothing in the
body states or implies the headline's. Rows that must stay silent: the body states the figure,
rounds it or works it out (a sum, a share, a conversion), the headline names a target or a
threshold passed, the body gives the level before a change the headline announces, the headline
figure is of another thing than the lede's, and a caption over a list or a table."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the headline figure a finding must point at)
HEADLINES_THE_BODY_CONTRADICTS = [
    ("New Marsh Lane bridge to cost £41m\n\nThe replacement for the Marsh Lane bridge will cost £14 million, the "
     "council confirmed on Monday.", "£41m"),
    ("Museum visitor numbers hit 84,000\n\nThe Harbour Museum welcomed 48,000 visitors last year, its busiest on "
     "record.", "84,000"),
    ("Ashby library lends 61,000 books\n\nAshby library lent 16,000 books last year, up from 14,500, the county "
     "said.", "61,000"),
    ("Lifeboat crews rescue 38 people in record year\n\nVolunteer crews at Penrock rescued 83 people last year, "
     "the most since the station opened.", "38"),
    ("Tidal lagoon to power 90,000 homes\n\nThe Severnmouth lagoon would power 60,000 homes, its backers said "
     "on Tuesday.", "90,000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), HEADLINES_THE_BODY_CONTRADICTS)
def test_a_headline_figure_its_body_contradicts_is_reported(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


HEADLINES_THE_BODY_BEARS_OUT = [
    # stated, rounded, worked out
    "New Marsh Lane bridge to cost £14m\n\nThe replacement for the Marsh Lane bridge will cost £14 million, the "
    "council confirmed on Monday.",
    "Museum visitor numbers top 48,000\n\nThe Harbour Museum welcomed 48,210 visitors last year, its busiest on "
    "record.",
    "Museum visitor numbers near 50,000\n\nThe Harbour Museum welcomed 48,210 visitors last year, its busiest on "
    "record.",
    "Two schools share £90,000 grant\n\nOakfield school receives £50,000 and Linton school £40,000 from the "
    "trust, the council said.",
    # a target or a threshold passed
    "Hospice appeal beats £250,000 target\n\nThe Ashgrove hospice appeal has raised £263,400 in six months, its "
    "organisers said.",
    # the level before a change the headline announces
    "Bus fares to rise to £3\n\nThe single fare, currently £2.50, will go up in April, the operator said.",
    # a figure of another thing than the lede's
    "Coastal path reopens with 4 km of new boardwalk\n\nThe 31 km Penrock coastal path reopened on Saturday after "
    "repairs, the trust said.",
    # a caption over a list
    "Funding for the new pool (£6.2m in all)\n\n- council: £4m\n- sports trust: £1.5m\n- lottery: £0.7m\n",
]  # fmt: skip


@pytest.mark.parametrize("text", HEADLINES_THE_BODY_BEARS_OUT)
def test_a_headline_figure_its_body_bears_out_is_not_reported(text: str) -> None:
    assert not flags(text, "doc.md")
