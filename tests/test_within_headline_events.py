"""Within one document: a headline's date or length against the lede's, where the lede dates more
than one thing (the one of the headline's event is taken), the headline names only a weekday (set
against the weekday the lede's day names), or the two say one event with two verbs ("shut" and
"close"). Rows that must stay silent: the weekday the lede's day names; another event's date in the
lede; a headline length of another event."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
HEADLINE_AGAINST_LEDE = [
    # the lede dates two things: the one of the headline's event is set against it
    ("Flood-hit cinema to reopen on 9 May\n\nThe Regal, a 1930s picture house flooded on 6 January 2026, will "
     "reopen on 9 March 2027, its trustees said.", "9 May"),
    # a weekday alone against the weekday of the lede's day
    ("Chapel bells ring again as Carrow chapel reopens on Friday\n\nCarrow chapel will reopen on Saturday 5 June "
     "2027 after a £310,000 repair of its bell frame.", "Friday"),
    ("Lifeboat due in Brackmouth on Monday\n\nThe new lifeboat, built at Cowes, will arrive at Brackmouth on "
     "Wednesday 2 September, the station said.", "Monday"),
    # one event, two verbs
    ("Swimming baths to shut for 14 weeks\n\nThe Hale Street baths will close for nine weeks from Monday 1 June "
     "while the tiles are replaced.", "14 weeks"),
    ("Library extension to begin on 3 March\n\nWork on the Brook Road library extension will start on 13 March, "
     "the council said.", "3 March"),
    # a headline's present is news, not a plan, against the body's past; the body's cost is no modifier
    ("Harlow lido opens its doors on 21 June\n\nThe £4.6 million lido, which opened on 12 June, has a 50-metre "
     "pool and a cafe.", "21 June"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), HEADLINE_AGAINST_LEDE)
def test_a_headline_date_or_length_against_the_ledes_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.md"), flags(text, "doc.md")


HEADLINE_AGREES_OR_DIFFERS = [
    "Flood-hit cinema to reopen on 9 March\n\nThe Regal, a 1930s picture house flooded on 6 January 2026, will "
    "reopen on 9 March 2027, its trustees said.",
    "Chapel bells ring again as Carrow chapel reopens on Saturday\n\nCarrow chapel will reopen on Saturday 5 "
    "June 2027 after a £310,000 repair of its bell frame.",
    "Lifeboat due in Brackmouth on Wednesday\n\nThe new lifeboat, built at Cowes, will arrive at Brackmouth on "
    "Wednesday 2 September, the station said.",
    "Swimming baths to shut for nine weeks\n\nThe Hale Street baths will close for nine weeks from Monday 1 "
    "June while the tiles are replaced.",
    # the headline's date is another event's than the lede's
    "Cinema flooded on 6 January\n\nThe Regal will reopen on 9 March 2027, its trustees said, after the "
    "river burst its banks.",
    "Lifeboat naming on Sunday\n\nThe new lifeboat will arrive at Brackmouth on Wednesday 2 September, the "
    "station said.",
    "Harlow lido opens its doors on 12 June\n\nThe £4.6 million lido, which opened on 12 June, has a 50-metre "
    "pool and a cafe.",
]  # fmt: skip


@pytest.mark.parametrize("text", HEADLINE_AGREES_OR_DIFFERS)
def test_a_headline_that_agrees_or_tells_another_event_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.md")
