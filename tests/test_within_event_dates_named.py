"""Within one document: one event's date said twice, the second mention naming the event in other
words. A named place between the verb and the date ("will dock at Leith on 3 August") is not the
thing; "her arrival", "his departure" are the arrival and departure the document dates; a place
named for its owner ("St Bride's reopens") is the document's one thing with that event; "open the
doors again" is to reopen; a spokesman's "we open" is the thing's opening. Rows that must stay
silent: another place, another thing's arrival, a reopening that happened before, a plan said to
be overtaken, a second thing opened by "we"."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
ONE_EVENT_TWO_DATES = [
    # a place between the verb and the date; "her arrival" for the ship's
    ("The schooner Saltire will arrive at Leith on Monday 3 August. Her arrival, on 3 September, will be met by "
     "a piper.", "3 September"),
    ("The cruise liner Aurelia will depart from Dover on 4 May. Her departure on 14 May is sold out.", "14 May"),
    # a place named for its owner, against the event's row in a table
    ("St Bride's reopens on Friday 9 October, the parish council said.\n\n| Event | Date |\n|---|---|\n"
     "| Reopening service | Friday 2 October |\n| Choir concert | Sunday 11 October |", "Friday 2 October"),
    # "we" for the thing, in a quote
    ("Penrose library opened on 2 March. \"When we opened on 12 March, the queue went round the block,\" said "
     "the librarian, Ada Kerr.", "12 March"),
    # "open the doors again", "opens again": to reopen
    ("The corn exchange will reopen in May 2027, the trust said. \"We will open the doors again in May 2028, "
     "come what may,\" said its chair, Owen Price.", "2028"),
    ("The pavilion will reopen in June 2026 with a new cafe. Bowls clubs get first use of the green before the "
     "pavilion opens again in autumn 2027.", "2027"),
    # a list's label that names the thing and its event, against the text; "the new counter" is that counter
    ("The move in brief:\n\n- old forge counter closes: Saturday 13 March\n- Co-op counter opens: Monday 15 March\n"
     "\nVillagers will be without a counter for a day, before the new counter opens on 18 March.", "18 March"),
    ("Key dates:\n- library extension opens: 4 June\n- car park closes: 1 May\n\nReaders can use the library "
     "extension when it opens on 14 June.", "14 June"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ONE_EVENT_TWO_DATES)
def test_one_event_named_again_with_another_date_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


TWO_EVENTS = [
    # another place, another ship
    "The schooner Saltire will arrive at Leith on Monday 3 August. The Saltire will arrive at Oban on Thursday "
    "13 August.",
    "The schooner Saltire will arrive at Leith on Monday 3 August. The Corran's arrival, on 10 August, will "
    "follow.",
    # a reopening that happened, then another
    "The pier reopened in 2019 after a storm. It closed in 2023 and opened again in 2025.",
    # a plan overtaken
    "The corn exchange was due to reopen in 2025. It will now open its doors again in 2027.",
    # "we" opening a second thing, named
    "Penrose library opened on 2 March. \"We open the new reading garden on 12 March,\" said the librarian.",
    # two things' events in a list's labels, and the text dates the other thing's
    "Key dates:\n- old forge counter closes: Saturday 13 March\n- Co-op counter opens: Monday 15 March\n\nThe "
    "cafe next door opens on 18 March.",
    "Key dates:\n- Co-op counter opens: Monday 15 March\n- old forge counter closes: Saturday 13 March\n\nThe "
    "old counter opens for the last time on 12 March.",
    # the same date, said twice
    "St Bride's reopens on Friday 9 October, the parish council said.\n\n| Event | Date |\n|---|---|\n"
    "| Reopening service | Friday 9 October |\n| Choir concert | Sunday 11 October |",
]  # fmt: skip


@pytest.mark.parametrize("text", TWO_EVENTS)
def test_two_events_or_one_date_are_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
