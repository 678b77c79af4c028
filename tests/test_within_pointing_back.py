"""Within one document, a figure that names nothing it counts but whose own words lean on what was
just said ("At £2.60 an hour, it is ...", "It stands at 48.1%", "Its area, 21 hectares, ...") is a
figure of the thing the nearest figure of its measure before it counted: the same dimension and
the same period ("an hour", "a head"), in another sentence, at most about two sentences back
(numcheck.restatements `_pointing_back`). A quote or a headline may bring any figure of its own, a
figure with a verb names what that verb did, and a bound or a range points at nothing."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at); the first three were missed before
POINTING_BACK = [
    ("Parking at the Elmfield clinic costs £1.60 an hour. At £2.60 an hour, it is the dearest in the county.",
     "£2.60 an hour"),
    ("Hire of the Kestrel Hall costs £85 a day. At £58 a day, it is the cheapest venue for hire in town.", "£58 a day"),
    ("The Tolley reservoir holds 4.1 million cubic metres. At 5.1 million cubic metres, it is the largest in the "
     "county.", "5.1 million cubic metres"),
    ("The orchard covers 12 hectares. Its area, 21 hectares, makes it the largest in the valley.", "21 hectares"),
    ("The county's library loans fell to 41.8% of their 2019 level. At 48.1%, they are still well below the "
     "national average.", "48.1%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), POINTING_BACK)
def test_a_figure_that_names_nothing_and_leans_back_restates_the_figure_before(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


NOT_THE_SAME_QUANTITY = [
    # another thing named after the figure, no pronoun
    "Parking at the clinic costs £1.60 an hour. At £2.60 an hour, the multi-storey next door is dearer.",
    # a point on the thing, not its measure
    "The Carrow tower rises 90 metres above the quay. At 60 metres, it has a viewing deck.",
    # another time on one side
    "Parking at the clinic costs £1.60 an hour. It was £1.20 an hour in 2019.",
    "Unemployment in Brackley was 4.2% in May. At 4.5%, it was higher in June.",
    # what was done with it names another count
    "The Corlan mill employs 2,650 people. It hired 310 last year.",
    "Brisco's sales for the year were £1.58 billion. \"The third quarter alone brought in £410 million,\" its "
    "chief executive said.",
    # a quote brings a figure of its own
    "The Marsh Lane pool is 50 metres long. \"At 25 metres, the shallow end is where children learn,\" said the "
    "manager.",
    # a mood: what would be, not what is
    "Parking at the clinic costs £1.60 an hour. At £3.20 an hour, it would be the dearest in the county, "
    "campaigners warned.",
    # another period
    "Parking at the clinic costs £1.60 an hour. At £12 a day, it is cheaper for staff on long shifts.",
    # a bound points at nothing
    "The Tolley reservoir holds 4.1 million cubic metres. Above 5 million cubic metres, it would flood the "
    "valley road.",
    # too far back to lean on: other figures and sentences between
    "The Kelby ferry costs £4.50 a crossing. The harbour has 40 moorings and a slipway. Its café seats 60 and "
    "opened in 2019 after a £300,000 refit paid for by the council and a lottery grant of £120,000 that the "
    "harbour trust applied for in 2017, when the old café had closed for good after a storm had taken its "
    "roof. Day passes for the car park have been introduced too. At £6.50 a crossing, it is the dearest on "
    "the coast for cars.",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_THE_SAME_QUANTITY)
def test_a_figure_that_names_nothing_is_not_read_against_another_quantity(text: str) -> None:
    assert not flags(text, "doc.txt")
