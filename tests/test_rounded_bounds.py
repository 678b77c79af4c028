"""Two bounds of one sense on one figure, where the looser is the other rounded to its own step
("more than 3,000" for "more than 3,400"): both hold, as a headline or a summary rounds. A looser
bound past that step, or one the other way, is still a disagreement; and a rate of change is never
"written" as a level that happens to share its number ("rose 50%" against "from $40 to $50")."""

from __future__ import annotations

import pytest

from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents

RULES = builtin_rules()


def _flags(draft: str, source: str | None = None) -> list[str]:
    drafts = [document_from_string(draft, "draft.txt")]
    sources = [] if source is None else [document_from_string(source, "source.txt")]
    report = check_documents(drafts, sources, RULES)
    return [f"{f.rule}: {f.message}" for f in report.findings if f.severity.value in ("warning", "error")]


ROUNDED = [
    ("More than 3,000 people signed the petition.", "More than 3,400 people signed the petition."),
    ("Over 1,000 homes lost power overnight.", "More than 1,200 homes lost power overnight."),
    ("The storm killed more than 10 people.", "The storm killed at least 12 people."),
    ("The fund has raised more than £2 million so far.", "The fund has raised at least £2.4 million so far."),
    ("More than 40% of members voted for the merger.", "More than 46% of members voted for the merger."),
    ("The queue took under 3 hours to clear.", "The queue took less than 2.5 hours to clear."),
    ("Fewer than 500 tickets remain for the final.", "Fewer than 480 tickets remain for the final."),
    ("The trial recruited over 200 volunteers.", "The trial recruited at least 260 volunteers."),
]


@pytest.mark.parametrize(("draft", "source"), ROUNDED)
def test_a_bound_rounded_looser_to_its_own_step_is_stated(draft: str, source: str) -> None:
    assert _flags(draft, source) == []


@pytest.mark.parametrize(("draft", "source"), ROUNDED)
def test_a_bound_and_its_rounding_in_one_document_pass(draft: str, source: str) -> None:
    assert _flags(f"{source} {draft.replace('.', ' by Friday.')}") == []


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        # past the looser figure's own step: no writer rounds 5,000 to 3,000
        ("More than 3,000 people signed the petition.", "More than 5,000 people signed the petition."),
        ("The storm killed at least 9 people.", "The storm killed at least 12 people."),
        ("Fewer than 500 tickets remain for the final.", "Fewer than 300 tickets remain for the final."),
        ("The device works on up to 5 screens.", "The device works on up to 4 screens."),
        # a bound the other way round
        ("The storm killed fewer than 10 people.", "The storm killed at least 12 people."),
    ],
)
def test_bounds_apart_by_more_than_a_rounding_are_flagged(draft: str, source: str) -> None:
    assert _flags(draft, source), "expected a finding"


def test_a_stronger_bound_than_the_source_gives_is_unsupported() -> None:
    found = _flags("More than 3,400 people signed the petition.", "More than 3,000 people signed the petition.")
    assert [f.split(":")[0] for f in found] == ["unsupported-figure"]


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Ticket prices went up by 50%.", "Ticket prices went up from $40 to $50."),
        ("Club membership grew 150% this year.", "Club membership grew from 130 to 150 this year."),
        ("Bus fares will rise 112% in January.", "Bus fares will rise from £100 to £112 in January."),
    ],
)
def test_a_rate_of_change_is_not_written_as_a_level(draft: str, source: str) -> None:
    assert _flags(draft, source), "expected a finding"


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Ticket prices went up by 25%.", "Ticket prices went up from $40 to $50."),
        ("Club membership grew by about 15% this year.", "Club membership grew from 130 to 150 this year."),
        ("Bus fares will rise 12% in January.", "Bus fares will rise from £100 to £112 in January."),
    ],
)
def test_a_rate_of_change_from_its_levels_passes(draft: str, source: str) -> None:
    assert _flags(draft, source) == []


# "just over" and its kin say the figure is past the number but near it, as "nearly" says it falls
# short and is near: a summary's "just over 2,000" for 2,400 is wrong
@pytest.mark.parametrize(
    ("draft", "source", "flagged"),
    [
        ("Just over 2,000 people came to the fair.", "Some 2,400 people came to the fair.", True),
        ("Just over 2,000 people came to the fair.", "Some 2,140 people came to the fair.", False),
        ("Slightly more than 40% of members voted.", "Exactly 49% of members voted.", True),
        ("Slightly more than 40% of members voted.", "Exactly 41% of members voted.", False),
        ("A little over half of the members voted in the ballot.", "In the ballot, 62% of the members voted.", True),
        ("A little over half of the members voted in the ballot.", "In the ballot, 51% of the members voted.", False),
        ("Well over 2,000 people came to the fair.", "Some 2,400 people came to the fair.", False),
    ],
)
def test_just_over_stays_close_to_its_figure(draft: str, source: str, flagged: bool) -> None:
    assert bool(_flags(draft, source)) == flagged
