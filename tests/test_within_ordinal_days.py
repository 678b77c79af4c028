"""Within one document: a day of the month named by its ordinal alone ("We open on the 21st") is a
date of the event its verb names, set against the day the document gave it ("opens on Thursday
14 May"). Rows that must stay silent: the same day; another event on that day; an ordinal that is
no day ("the 21st century", "its 14th season", "her 18th birthday")."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
ORDINAL_DAY_AGAINST_THE_DATE = [
    ("The Brantwood book fair opens on Friday 5 June. \"We open on the 12th with a reading by a local poet,\" "
     "said the organiser, Lena Fox.", "12th"),
    ("The Tarn ferry resumes on 3 April after its refit. The ferry resumes on the 13th, the operator's notice "
     "says.", "13th"),
    ("Harbour Road will close on Monday 8 March for resurfacing. \"We close the road on the 18th, and not "
     "before,\" said the engineer.", "18th"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ORDINAL_DAY_AGAINST_THE_DATE)
def test_an_ordinal_day_against_the_events_date_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


SAME_DAY_OR_NO_DAY = [
    "The Brantwood book fair opens on Friday 5 June. \"We open on the 5th with a reading by a local poet,\" "
    "said the organiser, Lena Fox.",
    # another event on another day
    "The Brantwood book fair opens on Friday 5 June. \"We close on the 12th with a reading,\" said the "
    "organiser, Lena Fox.",
    # ordinals that name no day
    "The Brantwood book fair opens on Friday 5 June, its 21st season. It first opened in the 20th century.",
    "The Tarn ferry resumes on 3 April after its refit, the 14th since it entered service.",
]  # fmt: skip


@pytest.mark.parametrize("text", SAME_DAY_OR_NO_DAY)
def test_the_same_day_or_an_ordinal_that_is_no_day_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
