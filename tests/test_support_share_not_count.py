"""A count is not "written" by a source's percentage of the same number: "12 people" is not the
"12%" of a staff of 150 (that is 18). Before, unsupported-figure let it through as "the same number,
in another unit or kind", and no other rule judged a share against a count. And a bare figure
before ", and" and a percentage joins two clauses, not a list: "the median age was 69, and 8.1% were
80 or older" gives no age of 69%."""

from __future__ import annotations

import pytest
from against_source import unsupported

import numcheck
from numcheck.model import ClaimKind


@pytest.mark.parametrize(
    ("draft", "source", "figure"),
    [
        (
            "The museum's café employs 12 people.",
            "The museum employs 150 people, and 12% of them work in its café.",
            "12",
        ),
        (
            "Some 40 of the orchard's trees are pear trees.",
            "Of the orchard's 300 trees, 40% are pear trees.",
            "40",
        ),
        (
            "Nine of the choir's singers are tenors.",
            "The choir has 60 singers, 9% of them tenors.",
            "Nine",
        ),
    ],
)
def test_a_count_is_not_supported_by_a_share_of_the_same_number(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for text in unsupported(draft, source))


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("The museum's café employs 18 people.", "The museum employs 150 people, and 12% of them work in its café."),
        ("Some 120 of the orchard's trees are pear trees.", "Of the orchard's 300 trees, 40% are pear trees."),
        ("About 12% of the museum's staff work in the café.", "The museum employs 150 people, 18 of them in its café."),
        ("Participants' median age was 69.", "The median age of participants was 69, and 8.1% were 80 or older."),
    ],
)
def test_a_count_the_share_gives_or_states_is_still_supported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("The median age was 69, and 8.1% were 80 or older.", "69", ClaimKind.COUNT),
        ("Its turnout was 52, or 4% of members.", "52", ClaimKind.COUNT),
        ("Prices were 20, 30, and 45% higher.", "30", ClaimKind.PERCENT),
        ("Prices were 20, 30, and 45% higher.", "20", ClaimKind.PERCENT),
        ("Tickets cost 20, 30 or £45.", "30", ClaimKind.MONEY),
        ("Shares of 20 and 30% were sold.", "20", ClaimKind.PERCENT),
    ],
)
def test_comma_and_joins_two_clauses_not_a_list_of_two(text: str, figure: str, kind: ClaimKind) -> None:
    (claim,) = [c for c in numcheck.extract(text, "t.txt") if c.text == figure]
    assert claim.kind is kind
