"""Extraction: a year of the common era however few its digits ("AD 270", "270 AD", "476 CE") is a
date, and a part of a month's days ("22 of November's 30 days") is no day of the month. A year before
Christ is left alone: "300 BC" counts back, and is no year 300."""

from __future__ import annotations

import pytest
from against_source import flagged, unsupported

from numcheck import ClaimKind, extract

# (sentence, the figure's text, its kind)
READ = [
    ("The hut was first recorded in AD 340.", "340", ClaimKind.DATE),
    ("The fort at Caerlyn was built around 270 AD.", "270 AD", ClaimKind.DATE),
    ("The abbey's charter dates from 476 CE, the chronicle says.", "476 CE", ClaimKind.DATE),
    ("In 122 A.D. the emperor ordered a wall.", "122 A.D.", ClaimKind.DATE),
    ("Legions left the province in AD 410 after four centuries.", "410", ClaimKind.DATE),
    ("The temple was built in 450 BC.", "450", ClaimKind.COUNT),
    ("Rain fell on 22 of November's 30 days.", "22", ClaimKind.MEASURE),
    ("Frost came on 9 of January's 31 nights.", "9", ClaimKind.COUNT),
    ("The fair opens on 22 of November.", "22 of November", ClaimKind.DATE),
    # a whole it does not give leaves the day as the month's
    ("The rota was set on 12 of March's agenda.", "12 of March", ClaimKind.DATE),
    ("The minutes of 22 November's meeting were agreed.", "22 November", ClaimKind.DATE),
]


@pytest.mark.parametrize(("sentence", "text", "kind"), READ)
def test_an_era_year_and_a_part_of_a_month_are_read_as_written(sentence: str, text: str, kind: ClaimKind) -> None:
    claims = {claim.text: claim.kind for claim in extract(sentence)}
    assert claims.get(text) is kind, claims


# (draft, source, the draft figure reported)
MOVED = [
    ("The hut was first recorded in AD 340.", "Monks first recorded the hut in AD 430.", "340"),
    ("The fort was built around 170 AD.", "The fort at Caerlyn was built around AD 270.", "170 AD"),
    ("It rained on 22 of November's 30 days.", "Rain fell on 18 of November's 30 days, a wet month.", "22"),
]


@pytest.mark.parametrize(("draft", "source", "figure"), MOVED)
def test_a_moved_era_year_or_part_of_a_month_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(text == figure for _, text in flagged(draft, source)), flagged(draft, source)


KEPT = [
    ("The hut was first recorded in AD 430.", "Monks first recorded the hut in AD 430."),
    ("The fort was built around 270 AD.", "The fort at Caerlyn was built around AD 270."),
    ("It rained on 18 of November's 30 days.", "Rain fell on 18 of November's 30 days, a wet month."),
]


@pytest.mark.parametrize(("draft", "source"), KEPT)
def test_the_same_era_year_or_part_of_a_month_is_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []
