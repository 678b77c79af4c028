"""A change that names its own base right after it ("4,930 lower than a year earlier", "up 6% on
last year", "12% more than in 2019", "3% higher year on year") is measured from that base, not
between the ends of another change in the document, unless that change's start is said with the
same base. A change between the document's ends that names no base, or the same one, is still
checked against them."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string


def _change_findings(text: str) -> list[str]:
    found = numcheck.check([document_from_string(text + "\n", "story.md")]).findings
    return [f.primary.text for f in found if f.rule == "change-arithmetic"]


@pytest.mark.parametrize(
    "text",
    [
        "The waiting list fell to 61,240 in September, down 1,180 from 62,420 in August and 4,930 lower than a "
        "year earlier.",
        "The list fell to 61,240 in September from 62,420 in August, 4,930 lower than a year earlier.",
        "Visitors rose to 8,400 in June from 7,900 in May, 1,300 more than the same month last year.",
        "Output climbed to 3,150 tonnes in the third quarter from 2,980 in the second, 420 tonnes higher year on year.",
        "Members rose to 1,240 in March from 1,190 in February, 310 more than in 2023.",
        # the same change said again in apposition shares its base
        "The waiting list fell to 61,240 in September, down 1,180 from 62,420 in August and 4,930 lower than a "
        "year earlier, a fall of about 7.5%.",
        "Fares rose to £3.10 in May from £3 in April, 40p higher than a year earlier, an increase of about 15%.",
    ],
)
def test_a_change_from_its_own_base_is_not_held_to_another_change_s_ends(text: str) -> None:
    assert _change_findings(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The list fell to 61,240 in September from 62,420 in August, 4,930 lower than in August.", "4,930"),
        ("Sales rose to 5,200 in 2024 from 4,800 in 2023, 900 more than in 2023.", "900"),
        (
            "The list fell to 61,240 in September from 62,420 in August, 4,930 lower than in August, a fall of "
            "about 7.5%.",
            "about 7.5%",
        ),
    ],
)
def test_a_change_between_the_document_s_ends_is_still_checked(text: str, figure: str) -> None:
    assert figure in _change_findings(text)
