"""A share in words leaves the rest of its whole to what it does not count ("a third of it
farmland" leaves two-thirds that is not; "one in ten is electric", nine in ten that are not); the
same share said of the thing itself, or another rest, is still reported."""

from __future__ import annotations

import pytest
from against_source import flagged

COMPLEMENT_SUPPORTED = [
    ("Two-thirds of the Carrow estate is not farmland.", "The Carrow estate covers 900 ha, a third of it farmland."),
    ("Three in four of the flats on the Moss estate did not fail the inspection.",
     "One in four of the 200 flats on the Moss estate failed the inspection."),
    ("Nine in ten of Tarvin's buses are not electric.", "One in ten of Tarvin's buses is electric."),
    ("Four-fifths of the staff at Pell's do not work in the shop.", "A fifth of the staff at Pell's work in the shop."),
    # a percentage of a stated total leaves the rest of it to what works 'outside' or lives 'elsewhere'
    ("Some 340 of the hospital's 400 nurses work outside the emergency department.",
     "The hospital employs 400 nurses, 15% of them in its emergency department."),
    ("Of the school's 1,200 pupils, 900 live elsewhere in the county.",
     "A quarter of the school's 1,200 pupils live in the town of Ashby itself."),
]  # fmt: skip
COMPLEMENT_FLAGGED = [
    ("Three-quarters of the Carrow estate is not farmland.",
     "The Carrow estate covers 900 hectares, a third of it farmland.", "Three-quarters"),
    ("Two-thirds of the Carrow estate is farmland.", "The Carrow estate covers 900 hectares, a third of it farmland.",
     "Two-thirds"),
    ("Seven in ten of Tarvin's buses are not electric.", "One in ten of Tarvin's buses is electric.", "Seven in ten"),
    ("Some 60 of the hospital's 400 nurses work outside the emergency department.",
     "The hospital employs 400 nurses, 15% of them in its emergency department.", "60"),
    ("Of the school's 1,200 pupils, 800 live elsewhere in the county.",
     "A quarter of the school's 1,200 pupils live in the town of Ashby itself.", "800"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), COMPLEMENT_SUPPORTED)
def test_the_rest_a_share_in_words_leaves_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), COMPLEMENT_FLAGGED)
def test_another_rest_or_the_share_itself_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


# Two states of one thing: a share of one leaves the rest to the other ("62% passed", "38% failed")
_EXAM = "Some 62% of the pupils at Kelby school passed the reading test this year."
_ESTATE = "Two-thirds of the 900 flats on the Marsh estate are occupied."
STATES_SUPPORTED = [
    ("About 38% of the pupils at Kelby school failed the reading test this year.", _EXAM),
    ("A third of the 900 flats on the Marsh estate stand empty.", _ESTATE),
]
STATES_FLAGGED = [
    ("About 48% of the pupils at Kelby school failed the reading test this year.", _EXAM, "About 48%"),
    ("Half of the 900 flats on the Marsh estate stand empty.", _ESTATE, "Half"),
]


@pytest.mark.parametrize(("draft", "source"), STATES_SUPPORTED)
def test_the_share_in_the_other_state_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), STATES_FLAGGED)
def test_another_share_in_the_other_state_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


# A bound on the rest: "fewer than a tenth empty" holds of the 8% that 92% filled leaves, and rounds
# it; a far bound ("fewer than half") or the other side is still reported
_HALL = "The Quayside hall holds 800 people, and 92% of its seats were filled for the final."
BOUNDED_REST_SUPPORTED = [
    ("Fewer than a tenth of the Quayside hall's seats were empty for the final.", _HALL),
    ("Under 10% of the seats at the Quayside hall were empty for the final.", _HALL),
]
BOUNDED_REST_FLAGGED = [
    ("Fewer than half of the Quayside hall's seats were empty for the final.", _HALL, "Fewer than half"),
    ("More than a tenth of the Quayside hall's seats were empty for the final.", _HALL, "More than a tenth"),
]


@pytest.mark.parametrize(("draft", "source"), BOUNDED_REST_SUPPORTED)
def test_a_bound_that_rounds_the_rest_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), BOUNDED_REST_FLAGGED)
def test_a_far_or_turned_bound_on_the_rest_is_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))
