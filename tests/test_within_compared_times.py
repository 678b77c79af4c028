"""Within one document: a time said after a figure belongs to something else when a comparison,
another figure or a clause of its own comes between ("410 members, 60 more than a year ago" is
this year's 410; "1,900 hives now, which was unthinkable ten years ago" is now). Such a figure is
the present one stated again, and another figure for it is flagged. A time that is the figure's
own ("40 members a year ago") still sets it apart, and "a year ago" is a point, not a period."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

from numcheck import extract
from numcheck.frames import frame_of

# (document, the figure a finding must point at)
PRESENT_FIGURE_STATED_AGAIN = [
    ("Members of the Orlen Rowing Club keep 64 boats, 12 more than a year ago. The club, whose members keep 46 "
     "boats, wants a second boathouse.", "46"),
    ('The library lends 2,300 e-books a month. "We lend nearly 3,200 e-books a month now, which would have been '
     'unthinkable a decade ago," said its manager.', "3,200"),
    ("The reserve counts 870 breeding pairs, 40 fewer than a year earlier. Its 780 breeding pairs nest on two "
     "islands.", "780"),
    # a part said first, then plainly: the same part
    ('Of the 3,150 ballots returned, 1,863 backed the merger. "1,836 members saying yes is decisive," said the '
     "chair.", "1,836"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), PRESENT_FIGURE_STATED_AGAIN)
def test_a_time_of_the_compared_base_leaves_the_figure_in_the_present(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


ANOTHER_TIME = [
    "The rowing club kept 52 boats a year ago. It now keeps 64 boats.",
    "Ten years ago the library lent 900 e-books a month. It lends 2,300 e-books a month.",
    "The reserve counted 910 breeding pairs a decade ago. Its 870 breeding pairs nest on two islands.",
    "The club has 64 boats, 12 more than a year ago. Of those boats, 46 are eights.",
    "The reserve counts 870 breeding pairs, 40 fewer than a year earlier. Of these, 780 nest on the islands.",
    "The club has 64 boats, 12 more than a year ago. Of the boats on the river, 46 are eights and 14 are fours.",
]


@pytest.mark.parametrize("text", ANOTHER_TIME)
def test_a_time_of_the_figures_own_still_sets_it_apart(text: str) -> None:
    assert not flags(text, "doc.txt")


@pytest.mark.parametrize(
    ("sentence", "figure", "contrast", "period"),
    [
        ("The club kept 52 boats a year ago.", "52", True, False),
        ("The school had 300 pupils 10 years ago.", "300", True, False),
        ("The club has 64 boats, 12 more than a year ago.", "64", False, False),
        ("Sales reached 3,100, up from 2,800 a year earlier.", "3,100", False, False),
        ('"We have 1,900 hives now, which was unthinkable ten years ago," she said.', "1,900", False, False),
        ("The club sells 400 tickets a year.", "400", False, True),
    ],
)
def test_which_figure_a_time_contrast_frames(sentence: str, figure: str, contrast: bool, period: bool) -> None:
    claim = next(claim for claim in extract(sentence, "doc.txt") if claim.text == figure)
    assert bool(frame_of(claim).contrasts) is contrast
    assert frame_of(claim).period is period


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The club has 64 boats, 12 more than a year ago.", ["64", "12"]),
        ("The club has 64 boats, 12 boats more than a year ago.", ["64", "12"]),
        ("The pool has 30 lanes, two fewer than a week before.", ["30", "two"]),
        ("The lease lasted more than a year.", ["more than a year"]),
        ("Prices rose by 3 in less than a week.", ["3", "less than a week"]),
    ],
)
def test_a_figure_before_more_than_makes_a_comparison_not_a_hedged_length(sentence: str, texts: list[str]) -> None:
    assert [claim.text for claim in extract(sentence, "doc.txt")] == texts
