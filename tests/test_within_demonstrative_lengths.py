"""Within one document: "those seven weeks" or "these 18 months" points back to the one length of
time told before it, so another length there is flagged ("lasted 60 days. Over those seven weeks").
Silent: the same length in other units, a part or another thing ("those two weeks of night work"),
two lengths before it, and a date between that may give the span pointed at ("from 2019 to 2021")."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
POINTED = [
    ("The Kelby bin strike lasted 60 days. Over those seven weeks, no bins were emptied.", "seven weeks"),
    ("The Harnley trial will run for 18 months. In those two years, 400 patients will join.", "two years"),
    ("Tarrow library shut for nine weeks of repairs. During those six weeks, a mobile van served the town.",
     "six weeks"),
    ("The walkout went on for 12 days. In those ten days, the firm lost £2 million, the union said.", "ten days"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), POINTED)
def test_a_length_those_points_back_to_that_differs_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


SILENT = [
    "The Kelby bin strike lasted 49 days. Over those seven weeks, no bins were emptied.",
    "The Harnley trial will run for 18 months. In those 18 months, 400 patients will join.",
    "The Harnley trial will run for two years. In those 24 months, 400 patients will join.",
    # a part of the spell, or another thing
    "Repairs to the Tarrow library took six weeks. Those two weeks of night work were the hardest.",
    # two lengths before: which one "those" means is not said
    "The strike lasted 60 days, and the talks that followed took five weeks. Over those seven weeks, no bins went.",
    # a date between may give the span pointed at
    "The firm has traded for 30 years. It grew fast from 2019 to 2021, and in those two years sales doubled.",
]


@pytest.mark.parametrize("text", SILENT)
def test_a_length_those_may_not_point_back_to_is_not_flagged(text: str) -> None:
    assert flags(text, "doc.txt") == []
