"""Every built-in rule's own examples: each `fail` example must fail, each `pass` must pass."""

from __future__ import annotations

import pytest

from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents
from numcheck.kinds import KINDS
from numcheck.rules import Example, Rule, RuleSet

RULES = builtin_rules()


def _findings(rule: Rule, example: Example) -> list[str]:
    if example.documents:
        drafts = [document_from_string(t, f"draft{i}.txt") for i, t in enumerate(example.drafts)]
        sources = [document_from_string(t, f"source{i}.txt") for i, t in enumerate(example.sources)]
    else:
        drafts, sources = [document_from_string(example.text, "example.txt")], []
    report = check_documents(drafts, sources, RuleSet((rule,)))
    return [f.message for f in report.findings if f.rule == rule.id]


CASES = [
    pytest.param(rule, label, example, id=f"{rule.id}-{label}-{index}")
    for rule in RULES
    for label, examples in (("fail", rule.fail_examples), ("pass", rule.pass_examples))
    for index, example in enumerate(examples)
]


@pytest.mark.parametrize(("rule", "label", "example"), CASES)
def test_rule_example(rule: Rule, label: str, example: Example) -> None:
    messages = _findings(rule, example)
    if label == "fail":
        assert messages, f"{rule.id} should flag: {example}"
    else:
        assert not messages, f"{rule.id} should not flag: {example}: {messages}"


def test_every_rule_has_examples() -> None:
    for rule in RULES:
        assert rule.fail_examples and rule.pass_examples, rule.id


def test_every_kind_is_used() -> None:
    assert {rule.kind for rule in RULES} == set(KINDS)


def test_every_rule_is_documented() -> None:
    from pathlib import Path

    documented = (Path(__file__).resolve().parents[1] / "docs" / "rules.md").read_text(encoding="utf-8")
    assert [rule.id for rule in RULES if f"| `{rule.id}` | {rule.severity.value} |" not in documented] == []
