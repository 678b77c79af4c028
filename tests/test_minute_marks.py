"""unsupported-figure on the minutes between two moments of a game the source gives by their minute
("after 12 minutes ... in the 52nd" is 40 minutes later); and which figures mark a minute."""

from __future__ import annotations

import pytest
from against_source import unsupported

from numcheck import extract
from numcheck.minute_marks import minute_mark

# (draft, source): the draft's length is the gap between two marks of one source sentence
BETWEEN = [
    ("Harlow equalised 40 minutes later.", "Dunmore scored after 12 minutes and Harlow equalised in the 52nd."),
    ("Lowe levelled 62 minutes after Kerr's opener.",
     "Kerr opened the scoring in the 9th minute before Lowe levelled in the 71st, with 19 minutes left."),
    ("The lead lasted 27 minutes.",
     "Brock put Ashvale ahead in the 33rd minute, but Ferris equalised in the 60th after 20 minutes of pressure."),
    ("Oakham went ahead again about half an hour later.",
     "Oakham led after 5 minutes, were pegged back, and went ahead again in the 36th minute."),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), BETWEEN)
def test_the_minutes_between_two_marks_are_supported(draft: str, source: str) -> None:
    assert unsupported(draft, source) == []


# (draft, source, the draft figure no two marks give)
NOT_BETWEEN = [
    ("Harlow equalised 30 minutes later.", "Dunmore scored after 12 minutes and Harlow equalised in the 52nd.",
     "30 minutes"),
    ("Lowe levelled 52 minutes after Kerr's opener.",
     "Kerr opened the scoring in the 9th minute before Lowe levelled in the 71st, with 19 minutes left.",
     "52 minutes"),
    # marks of two sentences are no gap: which moments they are, the sentences do not tie
    ("Harlow equalised 40 minutes later.",
     "Dunmore scored after 12 minutes, and Harlow equalised late on. Their keeper was booked in the 52nd minute.",
     "40 minutes"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source", "figure"), NOT_BETWEEN)
def test_a_length_no_two_marks_give_is_reported(draft: str, source: str, figure: str) -> None:
    assert figure in unsupported(draft, source)


# (sentence, the figure's text, the minute it marks or None)
MARKS = [
    ("Brock headed in a 33rd-minute corner.", "33rd", 33.0),
    ("Ferris equalised in the 60th, after a long spell of pressure and 20 minutes of waiting.", "60th", 60.0),
    ("Dunmore scored after 12 minutes.", "12 minutes", 12.0),
    ("The club celebrates its 60th anniversary in the 60th year of the league.", "60th", None),
    ("She finished in the 12th place, two minutes behind.", "12th", None),
    ("The talks broke up within 12 minutes.", "12 minutes", None),
    ("He was sent off in the 140th minute of a marathon game.", "140th", None),
]


@pytest.mark.parametrize(("sentence", "text", "minute"), MARKS)
def test_a_minute_mark_is_an_ordinal_of_minutes_or_a_time_after_the_start(
    sentence: str, text: str, minute: float | None
) -> None:
    claim = next(claim for claim in extract(sentence) if claim.text == text)
    assert minute_mark(claim) == minute
