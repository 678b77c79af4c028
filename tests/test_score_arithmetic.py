"""A score or a tally in a source ("beat the Falcons 104-97", "lifts them to 18-6", "voted 9-4")
gives its two sides as figures, so a draft's total or margin is their sum or difference; a total or
margin no score gives is still reported, and so is a draft's score that no source score gives."""

from __future__ import annotations

import pytest
from against_source import flagged, unsupported

SCORE_SUPPORTED = [
    ("The Herons have lost six of their 24 games this season.",
     "The win lifts the Herons to 18-6 for the season, two games clear at the top."),
    ("The Herons and the Falcons scored 201 points between them on Saturday night.",
     "The Herons beat the Falcons 104-97 on Saturday night in front of 11,450 fans."),
    ("The Eagles beat the Hawks by 17 points at the Dome on Friday.",
     "The Eagles beat the Hawks 104-87 at the Dome on Friday."),
    ("Duku scored 41 of the Hawks' 58 goals in the semi-final.",
     "The Hawks beat Storm 58-51 in the semi-final, with Duku scoring 41 goals."),
    ("All 13 members of the planning committee voted on the scheme.",
     "The planning committee voted 9-4 to approve the scheme on Tuesday."),
    ("Rovers have won 21 of their 30 league matches.",
     "Rovers stand at 21-9 in the league after Saturday's win."),
]  # fmt: skip
SCORE_FLAGGED = [
    ("The Herons have lost six of their 26 games this season.",
     "The win lifts the Herons to 18-6 for the season, two games clear at the top.", "26"),
    ("The Herons and the Falcons scored 211 points between them on Saturday night.",
     "The Herons beat the Falcons 104-97 on Saturday night in front of 11,450 fans.", "211"),
    ("The Eagles beat the Hawks by 19 points at the Dome on Friday.",
     "The Eagles beat the Hawks 104-87 at the Dome on Friday.", "19"),
    ("All 15 members of the planning committee voted on the scheme.",
     "The planning committee voted 9-4 to approve the scheme on Tuesday.", "15"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "source"), SCORE_SUPPORTED)
def test_a_total_or_margin_a_score_gives_is_supported(draft: str, source: str) -> None:
    assert not flagged(draft, source)


@pytest.mark.parametrize(("draft", "source", "figure"), SCORE_FLAGGED)
def test_a_total_or_margin_no_score_gives_is_still_reported(draft: str, source: str, figure: str) -> None:
    assert any(figure in text for _, text in flagged(draft, source))


def test_a_side_of_a_score_is_no_figure_of_its_own_to_unsupport() -> None:
    # the score itself is read as a score in the draft too, never as two unsupported counts
    assert not unsupported("The Hawks won 58-51.", "The Hawks beat Storm 58-51 in the semi-final.")


_SEMI = "Thornfield Hawks beat Dunholm Storm 58-51 in the semi-final on Saturday, in front of 3,214 fans."
_RECORD = "The win lifts the Herons to 18-6 for the season, two games clear at the top of the league."
DRAFT_SCORE_STATED = [
    ("Thornfield Hawks beat Dunholm Storm 58-51 to reach the final.", _SEMI),
    ("Dunholm Storm lost 51-58 to Thornfield Hawks in the semi-final.", _SEMI),
    ("The Herons are now 18-6 for the season.", _RECORD),
    # no score in the source to compare with: the draft's is left alone
    ("United won 2-1 at Anfield on Saturday.", "United's win at Anfield on Saturday lifted them to third place."),
]
DRAFT_SCORE_UNSTATED = [
    ("Thornfield Hawks beat Dunholm Storm 58-54 to reach the final.", _SEMI, "58-54"),
    ("Dunholm Storm lost 41-58 to Thornfield Hawks in the semi-final.", _SEMI, "41-58"),
    ("The win lifts the Herons to 18-8 for the season.", _RECORD, "18-8"),
]


@pytest.mark.parametrize(("draft", "source"), DRAFT_SCORE_STATED)
def test_a_score_a_source_gives_either_way_round_is_not_reported(draft: str, source: str) -> None:
    assert not unsupported(draft, source)


@pytest.mark.parametrize(("draft", "source", "score"), DRAFT_SCORE_UNSTATED)
def test_a_score_no_source_gives_is_reported(draft: str, source: str, score: str) -> None:
    assert score in unsupported(draft, source)
