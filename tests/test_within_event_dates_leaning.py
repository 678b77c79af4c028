"""Within one document: a second mention of an event that leans on the document for what it is of.
"The 9 May date" is the one dated event of its kind; a bullet whose verb has no subject ("- shut to
lorries from 12 March") is of the list's one thing; a label's date after a clock time ("Opening
concert: 7pm, Friday 3 July") is the label's event; "following", "tracking" and "monitoring" a
group for a length are one event. Rows that must stay silent: a document that dates two events of
the kind; the same date; another group followed."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
LEANING_ON_THE_DOCUMENT = [
    ("The reopening of the Ashgrove tram line is set for 2 May 2027. Approval of the 9 May date came after the "
     "safety inspectors signed off the new track.", "9 May"),
    ("Cale Street viaduct works:\n- shut to lorries from 12 March\n- work lasts eight weeks\n\nHauliers have "
     "Diversion signs for the closure on 2 March are already up.", "2 March"),
    ("Reopening: Friday 3 July 2026. Cost: £1.2 million. Seats: 640. Reopening concert: 7pm, Friday 10 July.",
     "Friday 10 July"),
    ("Pupils will be monitored for three years. \"Tracking each pupil for four years shows us how reading "
     "habits settle,\" said the project's lead, Dr Tom Awe.", "four years"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), LEANING_ON_THE_DOCUMENT)
def test_a_second_mention_leaning_on_the_document_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


TWO_EVENTS_OR_ONE_DATE = [
    # two events of the kind: "the date" does not say which
    "The Ashgrove tram line closes on 2 February 2027 and reopens on 2 May 2027. Approval of the 9 May date "
    "came after the safety inspectors signed off the new track.",
    # the same date, leaning on the first
    "The reopening of the Ashgrove tram line is set for 2 May 2027. Approval of the 2 May date came after the "
    "safety inspectors signed off the new track.",
    "Cale Street viaduct works:\n- shut to lorries from 2 March\n- work lasts eight weeks\n\nDiversion signs "
    "for the closure on 2 March are already up.",
    "Reopening: Friday 3 July 2026. Cost: £1.2 million. Seats: 640. Reopening concert: 7pm, Friday 3 July.",
    # another group followed
    "Pupils will be monitored for three years. \"Tracking each teacher for four years shows us how reading "
    "habits settle,\" said the project's lead, Dr Tom Awe.",
]  # fmt: skip


@pytest.mark.parametrize("text", TWO_EVENTS_OR_ONE_DATE)
def test_two_events_or_one_date_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
