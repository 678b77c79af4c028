"""Within one document: a thing's age ("the 110-year-old vessel") that the one year the document says it was
made in ("a steamer built in 1926") and the document's latest year ("Saturday 13 June 2026") do not give.
Rows that must stay silent: the age the years give, a year less before its birthday, or hedged; a person's
age; two things made; a birth named; no later year."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
WRONG_AGES = [
    ("The Countess of Arran, a steamer built in 1926, makes her first public sailing in a century of service on "
     "Saturday 13 June 2026. The 110-year-old vessel is the last of her kind on the Clyde.", "110-year"),
    ("The lighthouse, built in 1890, was automated in 1985. The 150-year-old lighthouse is open to visitors from "
     "May 2026.", "150-year"),
    ("Ashby Rowing Club was founded in 1889. In 2026 the 157-year-old club opens a new boathouse.", "157-year"),
]  # fmt: skip

RIGHT_AGES = [
    "The Countess of Arran, a steamer built in 1926, sails on Saturday 13 June 2026. The 100-year-old vessel is "
    "the last of her kind.",
    "The Countess of Arran, a steamer built in 1926, sails on Saturday 13 June 2026. The 99-year-old vessel is "
    "the last of her kind.",
    "The lighthouse, built in 1890, is open to visitors from May 2026. The lighthouse, about 140 years old, needs "
    "repairs.",
    # a person's age
    "The steamer, built in 1926, sails again in 2026. The 64-year-old skipper has sailed her for 40 years.",
    "The steamer, built in 1926, sails again in 2026. The 64-year-old, who skippers her, lives in Largs.",
    "The club, founded in 1902, celebrates in 2026. Its 71-year-old president, Ann Moss, cut the cake.",
    # two things made, a birth named, no later year
    "The pier was built in 1902 and the pavilion was built in 1935. The 110-year-old pier reopens in 2026.",
    "Maren Holt, born in 1971, bought the 1926 steamer, built in 1926, in 2026. The 45-year-old vessel needs work.",
    "The 110-year-old steamer was built in 1926.",
]


@pytest.mark.parametrize(("document", "figure"), WRONG_AGES)
def test_an_age_its_years_do_not_give_is_flagged(document: str, figure: str) -> None:
    assert flags_at(document, figure), document


@pytest.mark.parametrize("document", RIGHT_AGES)
def test_an_age_the_years_give_or_anothers_is_quiet(document: str) -> None:
    assert not flags(document), document
