"""Rule listings: `numcheck rules list` as a table, `numcheck rules show` in the shape of a rule file."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

import yaml

from numcheck.rules import Example, Rule

_WIDTH = 100


def rules_table(rules: Iterable[Rule]) -> str:
    """One row per rule under a header: id, severity, whether it is on, and what it flags. The kind
    gets a column only when some rule's kind is not its own id (a user rule built on a kind)."""
    listed = list(rules)
    with_kind = any(rule.kind != rule.id for rule in listed)
    header = ["rule", "severity", *(["kind"] if with_kind else []), "what it flags"]
    rows = [
        [rule.id, rule.severity.value + ("" if rule.enabled else " (off)"), *([rule.kind] if with_kind else []),
         rule.short_description]
        for rule in listed
    ]  # fmt: skip
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header) - 1)]
    lines = ["  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]])
             for row in [header, *rows]]  # fmt: skip
    return "\n".join(lines) + "\n"


def yaml_value(value: object) -> str:
    """A parameter's value as it would be written in a rule file: true, 0.02, [the rest, the remainder]."""
    plain = list(value) if isinstance(value, tuple) else value
    text = _dumped(plain, None)
    if "''" in text:  # 'it''s' reads worse than "it's"
        text = _dumped(plain, '"')
    return text


def _dumped(value: object, style: str | None) -> str:
    text = yaml.safe_dump(value, default_flow_style=True, default_style=style, allow_unicode=True, width=10_000)
    return text.strip().removesuffix("...").strip()


def rule_text(rule: Rule) -> str:
    """The rule as its file reads (valid YAML), the description wrapped and the examples grouped."""
    lines = [f"# {rule.id}, from {rule.path}", f"kind: {rule.kind}", f"severity: {rule.severity.value}"]
    if rule.summary:
        lines.append(f"summary: {yaml_value(rule.summary)}")
    if not rule.enabled:
        lines.append("enabled: false")
    lines += ["description: >", *textwrap.wrap(" ".join(rule.description.split()), _WIDTH - 2,
                                               initial_indent="  ", subsequent_indent="  ")]  # fmt: skip
    lines.append(f"message: {yaml_value(rule.message)}")
    if rule.params:
        lines.append("params:")
        lines += [f"  {name}: {yaml_value(value)}" for name, value in rule.params.items()]
    lines.append("examples:")
    for label, examples in (("fail", rule.fail_examples), ("pass", rule.pass_examples)):
        lines.append(f"  {label}:")
        for example in examples:
            lines += _example(example)
    return "\n".join(lines) + "\n"


def _example(example: Example) -> list[str]:
    """One sentence, or its documents grouped by role: `draft:` and `source:`, as in a rule file."""
    if not example.documents:
        return [f"    - {yaml_value(example.text)}"]
    written: list[str] = []
    for role in dict.fromkeys(role for role, _ in example.documents):
        texts = [text for each, text in example.documents if each == role]
        if len(texts) == 1:
            written.append(f"{role}: {yaml_value(texts[0])}")
        else:
            written += [f"{role}:", *(f"  - {yaml_value(text)}" for text in texts)]
    return [f"    - {written[0]}", *(f"      {line}" for line in written[1:])]
