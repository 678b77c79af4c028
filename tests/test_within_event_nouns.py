"""Within one document: an event named by its noun and dated twice. The noun's date is read through
"set for" or "scheduled for" ("The demolition of the flats, set for 2 February"), through "of" and a
name the words make no noun of ("The opening of St Piran's on 12 March"), and as the document's one
such event when no sentence names what it is of ("Its opening in May"); a clause with a verb that
begins with "re" ("have reached the pool floor") is no repeat of the event; a service or ceremony
the event names ("the reopening ceremony, which will be held on 16 June") is held on its day. Rows that must stay
silent: a day set by the event without being its day ("the Friday before the reopening, 11 June")."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
TWO_DATES = [
    ("The opening of St Piran's on 12 March 2027 ends a long wait for the village. Its opening in May will be "
     "celebrated with a fete.", "May"),
    ("The demolition of the Kelby flats, set for 2 February 2026, will be filmed. Crowds are expected at the "
     "demolition on 12 February.", "12 February"),
    ("The closure, scheduled for 9 November, was agreed by the cabinet. Shops near the closure on 19 November "
     "want compensation.", "19 November"),
    ("Repairs to Corve baths (reopening May 2027) have reached the pool floor. Swimmers get a free first week "
     "from 3 May 2026, when the baths reopen.", "2026"),
    # what is held on the event's day, named by the event: a service, a ceremony
    ("Harwick lido reopens on Saturday 6 June 2026. The reopening ceremony, which will be held on 16 June, will "
     "be led by the mayor.", "16 June"),
    ("Programme:\n- opening ceremony: 3 July 2026, 10am\n- first race: 3 July 2026, 2pm\n\nTickets for the "
     "opening on 13 July are free.", "13 July"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), TWO_DATES)
def test_one_event_noun_dated_twice_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


DAYS_SET_BY_THE_EVENT = [
    "The reopening (Saturday 12 June 2027) will be led by the mayor. Volunteers will meet on the Friday before "
    "the reopening, 11 June.",
    "Mill Lane bridge closes on 4 June. Signs will go up the week before the closure, 28 May, and come down the "
    "day after the reopening, 14 August.",
    "The closure of Harbour Road is set for 6 October. A leaflet drop will happen on the eve of the closure, "
    "5 October.",
    "The opening of St Piran's on 12 March 2027 ends a long wait. A party will be held a week after the "
    "opening, 19 March.",
    # a ceremony the event does not name, and the event's own day
    "The new library opens on 3 June 2026. A ceremony will be held on 10 June to thank the volunteers.",
    "The lido reopens on 6 June 2026. The reopening ceremony will be held on 6 June at noon.",
]  # fmt: skip


@pytest.mark.parametrize("text", DAYS_SET_BY_THE_EVENT)
def test_a_day_set_by_the_event_is_not_its_date(text: str) -> None:
    assert not flags(text, "doc.txt")
