"""Helpers for the tables that check a one-sentence draft against a one-sentence source."""

from __future__ import annotations

from numcheck.documents import document_from_string
from numcheck.engine import builtin_rules, check_documents
from numcheck.model import Finding
from numcheck.rules import RuleSet

RULES = builtin_rules()


def findings(draft: str, source: str, rules: RuleSet = RULES) -> tuple[Finding, ...]:
    """What `numcheck check draft.txt --against source.txt` reports, at every severity."""
    drafts = [document_from_string(draft, "draft.txt")]
    return check_documents(drafts, [document_from_string(source, "source.txt")], rules).findings


def only(rule_id: str) -> RuleSet:
    rule = RULES.get(rule_id)
    assert rule is not None
    return RuleSet((rule,))


def unsupported(draft: str, source: str) -> list[str]:
    """The draft figures unsupported-figure reports."""
    return [f.primary.text for f in findings(draft, source, only("unsupported-figure"))]


def flagged(draft: str, source: str) -> list[tuple[str, str]]:
    """(rule, figure) of each warning or error on the draft."""
    return [(f.rule, f.primary.text) for f in findings(draft, source) if f.severity.value in ("warning", "error")]
