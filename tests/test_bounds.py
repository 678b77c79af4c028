"""Opposite-sense bounds on one figure: a cap against a floor at the same value ("up to 40"
against "at least 40"), or a floor at the top of a range, say opposite things of one figure."""

from __future__ import annotations

import pytest

from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents
from numcheck.model import Interval
from numcheck.rules import RuleSet
from numcheck.support import only_touch

RULES = builtin_rules()


def _findings(draft: str, source: str, rule_id: str | None = None) -> list[str]:
    rules = RULES if rule_id is None else RuleSet(tuple(r for r in RULES.rules if r.id == rule_id))
    report = check_documents(
        [document_from_string(draft, "draft.txt")], [document_from_string(source, "source.txt")], rules
    )
    return [f"{f.rule}: {f.message}" for f in report.findings if f.severity.value in ("warning", "error")]


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Up to 30 wardens will transfer to the new depot.", "At least 30 wardens will transfer to the new depot."),
        ("The refit will cost no more than £18 million.", "The refit will cost at least £18 million."),
        ("Members may bring at least 3 guests each visit.", "Members may bring up to 3 guests each visit."),
        ("The detour adds at least 12 miles to the trip.", "The detour adds up to 12 miles to the trip."),
        (
            "The firm forecasts sales growth of at least 8% next year.",
            "The firm forecasts sales growth of 5% to 8% next year.",
        ),
        (
            "The firm forecasts sales growth of at most 5% next year.",
            "The firm forecasts sales growth of 5% to 8% next year.",
        ),
        (
            "The appeal raised as much as $4.5 million for the hospice.",
            "The appeal raised at least $4.5 million for the hospice.",
        ),
        ("The new wing will add up to 600 beds by 2030.", "The new wing will add at least 600 beds by 2030."),
    ],
)
def test_a_cap_against_a_floor_at_one_value_is_a_hedge_conflict(draft: str, source: str) -> None:
    found = _findings(draft, source, "hedge-conflict")
    assert len(found) == 1, found
    assert "caps the figure" in found[0]


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        ("Up to 30 wardens will transfer to the new depot.", "Up to 30 wardens will transfer to the new depot."),
        ("At least 30 wardens will transfer to the new depot.", "More than 30 wardens will transfer to the new depot."),
        ("Up to 30 wardens will transfer to the new depot.", "As many as 30 wardens will transfer to the new depot."),
        ("At least 30 wardens will transfer to the new depot.", "Some 34 wardens will transfer to the new depot."),
        (
            "The firm forecasts sales growth of at least 5% next year.",
            "The firm forecasts sales growth of 5% to 8% next year.",
        ),
        (
            "The firm forecasts sales growth of up to 8% next year.",
            "The firm forecasts sales growth of 5% to 8% next year.",
        ),
        ("The refit will cost at least £18 million.", "The refit will cost £18 million."),
        ("The refit will cost no more than £18 million.", "The refit will cost £18 million."),
    ],
)
def test_bounds_that_leave_a_stretch_of_common_values_pass(draft: str, source: str) -> None:
    assert not _findings(draft, source), _findings(draft, source)


def test_only_touch_needs_two_stretches_that_share_just_an_end() -> None:

    assert only_touch(Interval(None, 40.0), Interval(40.0, None))
    assert only_touch(Interval(4.0, 6.0), Interval(6.0, None))
    assert not only_touch(Interval(4.0, 6.0), Interval(5.0, None))
    assert not only_touch(Interval.point(40.0), Interval(40.0, None))
    assert not only_touch(Interval(None, 40.0), Interval(None, 40.0))


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        (
            "You can pause the plan for at least 8 weeks at a time.",
            "From 5 May you can pause the plan for up to 8 weeks at a time, and boxes are recyclable.",
        ),
        (
            "The lorry can haul at least 18 tonnes of gravel.",
            "The new Ardent lorry can haul up to 18 tonnes, the maker said on Friday.",
        ),
        (
            "The centre expects to house up to 250 families.",
            "Organisers said the centre expects to house at least 250 families this winter.",
        ),
    ],
)
def test_a_figure_bounded_the_other_way_is_flagged_however_it_is_reported(draft: str, source: str) -> None:
    assert _findings(draft, source)


def test_open_bounds_that_share_no_value_are_not_a_touch() -> None:
    assert not only_touch(Interval(None, 40.0, high_inclusive=False), Interval(40.0, None, low_inclusive=False))
    assert not only_touch(Interval(None, 40.0), Interval(40.0, None, low_inclusive=False))


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        (
            "The blackout (more than 700 homes) was caused by a falling tree.",
            "The blackout, which hit nearly 700 homes, was caused by a falling tree in the gale.",
        ),
        ("Just under 80 stalls took part in the fair.", "Over 80 stalls took part in the fair this spring."),
    ],
)
def test_bounds_on_either_side_of_one_value_are_flagged(draft: str, source: str) -> None:
    assert _findings(draft, source)
