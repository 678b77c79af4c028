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


# A bound turned round, found from the source figure in its part (numcheck/bounds.py): the verbs,
# the voice or the sentence around the figure differ, so linking alone may not compare the two.
@pytest.mark.parametrize(
    ("draft", "source"),
    [
        (
            "Up to 60 nurses have been trained to use the new scanners.",
            "At least 60 nurses have completed training on the new scanners, the trust said.",
        ),
        (
            "The club hopes to sign up as many as 300 new members this season.",
            "The club hopes to sign up no fewer than 300 new members this season.",
        ),
        (
            "Visitors can borrow at most 6 books at a time.",
            "The library lets visitors borrow a minimum of 6 books at a time, and late fees are gone.",
        ),
        (
            "The bridge repairs will take at least 14 weeks.",
            "Crews expect the repairs on the bridge to take up to 14 weeks, starting in March.",
        ),
        (
            "The insurer expects claims growth of at least 4% next year.",
            "The insurer expects claims to grow by between 2% and 4% next year.",
        ),
        (
            "Ticket sales are expected to reach up to £2 million.",
            "The promoters expect ticket sales to exceed £2 million.",
        ),
        (
            "More than 450 runners finished the course.",
            "Officials said fewer than 450 runners finished the course in the heat.",
        ),
        (
            "Members may bring at least 2 guests to each event.",
            "Events are open to members only. Each member may bring up to 2 guests.",
        ),
    ],
)
def test_a_bound_turned_round_is_found_from_its_part(draft: str, source: str) -> None:
    assert _findings(draft, source), draft


@pytest.mark.parametrize(
    ("draft", "source"),
    [
        # the hedge dropped from the point, not turned round
        ("The repairs will take 14 weeks.", "Crews expect the repairs to take up to 14 weeks."),
        # a part of the whole, in one place: no bound of the whole applies to it
        (
            "Four people died in Ardenne, and 31 were injured.",
            "At least 12 people have died after flooding across the region, four of them in Ardenne, where 31 "
            "were injured.",
        ),
        # an outcome against a target
        (
            "The network reached 3.86 million homes this year.",
            "The network now reaches 3.86 million homes, and the firm aims to reach at least 10 million by 2027.",
        ),
        # a bound at another number: left to the figure checks, which weigh the rounding
        (
            "Fewer than 10,000 patients waited more than 18 months.",
            "The number waiting more than 18 months fell to 9,586.",
        ),
        # the same sense both times
        (
            "The bridge repairs will take up to 14 weeks.",
            "Crews expect the bridge repairs to take no more than 14 weeks.",
        ),
        (
            "The insurer expects claims growth of at least 2% next year.",
            "The insurer expects claims to grow by between 2% and 4% next year.",
        ),
        # "exceeded 33C (91.4F)": the conversion in brackets says what its figure says
        ("Eighteen stations recorded more than 33C.", "The Met Office said 18 stations had exceeded 33C (91.4F)."),
        (
            "Eighteen stations recorded more than 91F.",
            "The Met Office said 18 stations had recorded more than 33C (91.4F).",
        ),
    ],
)
def test_a_bound_kept_or_about_something_else_passes(draft: str, source: str) -> None:
    assert not _findings(draft, source), _findings(draft, source)


@pytest.mark.parametrize(
    ("text", "bracketed", "low", "high"),
    [
        ("The heat exceeded 33C (91.4F) in the south.", "91.4F", 91.4, None),
        ("The drone can fly up to 90 miles (145 km) on one charge.", "145 km", None, 145.0),
        ("The trail is about 10 miles (16 km) long.", "16 km", 14.4, 17.6),
        ("The trail is 10 miles (16 km) long.", "16 km", 16.0, 16.0),
        ("The lake is at least 40 metres (131 feet) deep.", "131 feet", 131.0, None),
    ],
)
def test_a_bracketed_conversion_takes_its_figures_hedge(
    text: str, bracketed: str, low: float | None, high: float | None
) -> None:
    from numcheck import extract

    found = {c.text: c for c in extract(text)}
    claim = found[bracketed]
    assert (
        (claim.low, claim.high) == pytest.approx((low, high))
        if low and high
        else (claim.low, claim.high) == (low, high)
    )
