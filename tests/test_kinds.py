"""Check kinds on their own: exchange rates, change arithmetic across claims, and messages
that show the arithmetic."""

from __future__ import annotations

import pytest

import numcheck
from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents
from numcheck.kinds import change_facts
from numcheck.model import Interval
from numcheck.rules import RuleSet

RULES = builtin_rules()


def _messages(rule_id: str, draft: str, source: str, rates: dict[str, float] | None = None) -> list[str]:
    rule = RULES.get(rule_id)
    assert rule is not None
    report = check_documents(
        [document_from_string(draft, "draft.txt")],
        [document_from_string(source, "source.txt")],
        RuleSet((rule,)),
        exchange_rates=rates,
    )
    return [f.message for f in report.findings]


RATES = {"EUR": 1.0, "USD": 0.92, "GBP": 1.17}


@pytest.mark.parametrize(
    ("draft", "source", "flagged"),
    [
        ("The ministry signed a €60 million contract.", "The ministry signed a $65 million contract.", False),
        ("The ministry signed a €60 million contract.", "The ministry signed a $60 million contract.", True),
        ("The ministry signed a €60 million contract.", "The ministry signed a £51 million contract.", False),
        ("The ministry signed a €60 million contract.", "The ministry signed a £60 million contract.", True),
    ],
)
def test_currency_mismatch_with_rates_compares_converted_figures(draft: str, source: str, flagged: bool) -> None:
    assert bool(_messages("currency-mismatch", draft, source, RATES)) is flagged


def test_currency_mismatch_without_a_rate_for_one_currency_falls_back_to_the_same_figure_test() -> None:
    draft, source = "The fund holds ¥60 million.", "The fund holds $65 million."
    assert not _messages("currency-mismatch", draft, source, RATES)
    assert _messages("currency-mismatch", "The fund holds ¥60 million.", "The fund holds $60 million.", RATES)


def test_currency_mismatch_message_shows_the_conversion() -> None:
    [message] = _messages(
        "currency-mismatch",
        "The ministry signed a €60 million contract.",
        "The ministry signed a $60 million contract.",
        RATES,
    )
    assert message == (
        "'€60 million' vs '$60 million' for deal: "
        "60 million EUR is 65.2174 million USD at the rates given, not 60 million USD"
    )


@pytest.mark.parametrize(
    ("sentence", "factor", "start", "end"),
    [
        ("Troop numbers rose fivefold to 25,000.", Interval.point(5), 5000, 25000),
        ("Troop numbers rose from 8,000 to 25,000.", Interval.point(3.125), 8000, 25000),
        ("The fleet doubled from 20 ships.", Interval.point(2), 20, 40),
        ("Membership halved to 400.", Interval.point(0.5), 800, 400),
        ("Prices rose 20% to €1.2bn.", Interval.point(1.2), 1e9, 1.2e9),
        ("Sales fell 10% from $80 to $72.", Interval.point(0.9), 80, 72),
    ],
)
def test_change_facts(sentence: str, factor: Interval, start: float, end: float) -> None:
    [facts] = [f for c in numcheck.extract(sentence) if (f := change_facts(c)) is not None]
    assert facts.factor is not None
    assert facts.factor.low == pytest.approx(factor.low)
    assert facts.factor.high == pytest.approx(factor.high)
    assert facts.start == pytest.approx(start)
    assert facts.end == pytest.approx(end)


def test_change_arithmetic_across_claims_explains_the_implied_base() -> None:
    [message] = _messages(
        "change-arithmetic", "Troop numbers rose fivefold to 25,000.", "Troop numbers rose from 8,000 to 25,000."
    )
    assert message == (
        "'fivefold': 'fivefold' is ×5 from implied 5,000 to 25,000 "
        "vs 'from 8,000 to 25,000' is ×3.125 from 8,000 to 25,000"
    )


def test_changes_that_share_no_endpoint_are_not_compared() -> None:
    assert not _messages(
        "change-arithmetic", "Troop numbers rose fivefold to 25,000.", "Troop numbers rose from 8,000 to 12,000."
    )


def test_hedge_conflict_says_what_each_statement_commits_to() -> None:
    [message] = _messages(
        "hedge-conflict", "Exports of grain rose fivefold.", "Exports of grain rose nearly five times."
    )
    assert message == (
        "'fivefold' (×5) vs 'nearly five times' (just under ×5): "
        "the statements disagree on whether the increase in grain export reached ×5"
    )


@pytest.mark.parametrize(
    ("claim", "other", "supported"),
    [
        ("The army has 40,000 troops.", "The army has 40,000 troops.", True),
        ("The army has about 40,000 troops.", "The army has 40,400 troops.", True),  # within 2%
        ("The army has 40,000 troops.", "The army has 46,000 troops.", False),
        ("The army has 40,000 troops.", "The army has 41,500 troops.", True),  # a round figure may be 5% off
        ("The army has 40,000 troops.", "The army has 43,000 troops.", False),  # ...but no more
        ("The army has 40,500 troops.", "The army has 43,000 troops.", False),
        ("The range is up to 90 miles.", "The range is 90 miles.", False),  # a bound states no figure
        ("The range is 90 miles.", "The range is 144.8 km.", True),  # compared in base units
        ("Prices rose 20%.", "Prices rose 20%.", True),  # changes are compared as factors
        ("Prices doubled.", "Prices rose 100%.", True),
        ("The army has 40 tanks.", "The army spent £40.", False),  # another kind
    ],
)
def test_which_figure_supports_another(claim: str, other: str, supported: bool) -> None:
    from numcheck.kinds import figure, figure_supports

    first, second = (numcheck.extract(text)[-1] for text in (claim, other))
    assert figure_supports(figure(first), figure(second)) is supported
