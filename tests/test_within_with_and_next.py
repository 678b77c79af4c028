"""Within one document: a figure after "with" is what something had, not what its verb did
("finished the season with 23 league goals" is his goals, as a quote's "Twenty-one goals" is), so
a restatement of it with another figure is flagged; and "next year" before a figure sets it in
time to come ("Next year 300 pupils will join"), never the present figure stated again. Rows that
must stay silent: a part ("of those"), another time ("now", "next year"), another set ("new")."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

from numcheck import extract
from numcheck.frames import frame_of

# (document, the figure a finding must point at)
HAD_WITH_AGAINST_A_RESTATEMENT = [
    ('Ruth Okafor finished the season with 31 league goals. "Twenty-six goals in a relegated side is remarkable," '
     "said her coach.", "Twenty-six"),
    ("The Harl food bank ended the year with 2,400 registered families. Its 3,100 registered families each get a "
     "parcel a week.", "3,100"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), HAD_WITH_AGAINST_A_RESTATEMENT)
def test_a_figure_after_with_restated_otherwise_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


NOT_ONE_FIGURE = [
    'Ruth Okafor finished the season with 31 league goals. "Thirteen of those goals came at home," said her coach.',
    'The hospital opened with 40 beds in 1990. "We now have 60 beds," said its director.',
    "The firm ended the year with 2,650 staff. Its 300 new staff start in May.",
    'The school opened with 240 pupils. "Next year 300 pupils will join," said the head.',
    'The school has 240 pupils. "Next year 300 pupils will join," said the head.',
    "The club has 900 members. Next season 1,200 members are expected.",
    # "next week" after the figure dates what is said of it, not the figure: no contrast
    "The museum drew 41,000 visitors in May. The 41,000 visitors will be surveyed next month.",
]


@pytest.mark.parametrize("text", NOT_ONE_FIGURE)
def test_a_part_another_time_or_another_set_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")


@pytest.mark.parametrize(
    ("sentence", "figure", "contrast"),
    [
        ("Next year 300 pupils will join.", "300", True),
        ("By next spring 300 pupils will have joined.", "300", True),
        ("The 2,650 employees will hear the plan next week.", "2,650", False),
        ("The turnout of 53,000 would help them win a larger grant next year.", "53,000", False),
    ],
)
def test_next_before_a_figure_is_a_time_to_come(sentence: str, figure: str, contrast: bool) -> None:
    claim = next(claim for claim in extract(sentence, "doc.txt") if claim.text == figure)
    assert bool(frame_of(claim).contrasts) is contrast
