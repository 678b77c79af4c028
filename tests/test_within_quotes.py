"""Within one document, a quote against the narrative: the speaker named after the quote, with a
title ("said the club secretary, Jan Pruitt", "said head keeper Rhian Tully", "the plant director,
Huw Prosser, told a meeting"), is who speaks, not a name of the quoted figure, so it neither
separates a restated figure from the narrative's nor joins figures of different things."""

from __future__ import annotations

import pytest
from one_document import flags, flags_at

# (document, the figure a finding must point at)
QUOTE_RESTATES_WITH_ANOTHER_FIGURE = [
    ("Kelby food bank handed out 9,300 parcels last winter. \"Handing out 3,900 parcels took every volunteer we "
     "have,\" said the food bank's manager, Gwen Oduya.", "3,900"),
    ("The court fined Harlow Skips £7,200. \"A £72,000 fine should make others think twice,\" said councillor "
     "Ravi Sethi, the cabinet member for waste.", "£72,000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), QUOTE_RESTATES_WITH_ANOTHER_FIGURE)
def test_a_quote_that_restates_a_figure_with_another_is_flagged(text: str, figure: str) -> None:
    assert flags_at(text, figure, "doc.txt"), flags(text, "doc.txt")


QUOTES_OF_OTHER_FIGURES = [
    'The court fined Harlow Skips £7,200. "Last year a £3,100 fine did not stop them," said councillor Ravi '
    "Sethi, the cabinet member for waste.",
    'Dunford library lent 48,000 books last year. "We hold 120,000 books," said head librarian Ines Gall.',
    'The Orme harriers have 640 members. "We had 500 members when I joined," said the club secretary, Jan Pruitt.',
    'The Orme harriers have 640 members. "Our 120 juniors run in all weathers," said the club secretary, Jan Pruitt.',
    'The appeal raised £48,000 in a month. "Our target was £60,000," said the appeal\'s organiser, Ruth Amis.',
    'The zoo has 48 penguins. "We started with 12 birds in 1990," said head keeper Rhian Tully.',
    'The ferry takes 55 minutes. "In winter it can take 90 minutes," said the ferry\'s captain, Ian Moss.',
    'Turnout was 71%. "Only 40% of the young voted," said the returning officer, Dee Hart.',
    'The plant employs 2,650 people. "We hired 300 of them this year," the plant director, Huw Prosser, told a '
    "meeting.",
    'The new pool cost £4.2 million. "The old one cost £1.1 million in 1974," said the leisure manager, Kay Bell.',
    'Kelby food bank handed out 9,300 parcels last winter. "We handed out 3,900 parcels in December alone," said '
    "the food bank's manager, Gwen Oduya.",
]


@pytest.mark.parametrize("text", QUOTES_OF_OTHER_FIGURES)
def test_a_quote_of_another_figure_is_not_flagged(text: str) -> None:
    assert not flags(text, "doc.txt")
