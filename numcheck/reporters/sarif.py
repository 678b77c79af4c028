"""SARIF reporter: SARIF 2.1.0 as GitHub code scanning reads it.

Plain dicts, checked against the OASIS schema by the tests: sarif-om (last released 2019)
needs jschema-to-python and attrs to serialise, and gives nothing the schema test does not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numcheck
from numcheck.model import Claim, Finding, Severity
from numcheck.reporters import (
    PLACEHOLDER,
    RunContext,
    json_chunks,
    one_line,
    ordered,
    quoted,
    repository_path,
    rule_documentation,
)
from numcheck.rules import Rule
from numcheck.scanning import LazyPattern

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SOURCE_ROOT = "%SRCROOT%"
FINGERPRINT = "numcheck/v1"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# SARIF reads "[text](id)" in a message as a link; brackets meant literally are escaped.
_BRACKETS = LazyPattern(r"([\\\[\]])")


def chunks(findings: Sequence[Finding], run: RunContext) -> Iterator[str]:
    """The log a result at a time: an archive's log need not fit in memory as text."""
    rules = _rules_reported(findings, run)
    index = {rule_id: position for position, (rule_id, _) in enumerate(rules)}
    document = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "numcheck",
                        "version": numcheck.__version__,
                        "semanticVersion": numcheck.__version__,
                        "rules": [_descriptor(rule_id, rule) for rule_id, rule in rules],
                    }
                },
                # Where %SRCROOT% is, for a viewer that opens the files from this machine.
                "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path(run.root).absolute().as_uri().rstrip("/") + "/"}},
                # Our columns count characters, not UTF-16 code units (SARIF's default).
                "columnKind": "unicodeCodePoints",
                "results": PLACEHOLDER,
            }
        ],
    }
    return json_chunks(document, _results(ordered(findings), index, run))


def render(findings: Sequence[Finding], run: RunContext) -> str:
    return "".join(chunks(findings, run))


def _results(findings: Iterable[Finding], index: Mapping[str, int], run: RunContext) -> Iterator[dict[str, Any]]:
    occurrences: Counter[str] = Counter()
    for finding in findings:
        result = _result(finding, index[finding.rule], run)
        fingerprint = result["partialFingerprints"][FINGERPRINT]
        occurrences[fingerprint] += 1
        # Identical findings in one run stay distinct, as GitHub's own line hashes do.
        result["partialFingerprints"][FINGERPRINT] = f"{fingerprint}:{occurrences[fingerprint]}"
        yield result


def _rules_reported(findings: Sequence[Finding], run: RunContext) -> list[tuple[str, Rule | None]]:
    """Every enabled rule of the run, and any rule a finding names that the run does not list."""
    known: dict[str, Rule | None] = {rule.id: rule for rule in run.rules or () if rule.enabled}
    for finding in findings:
        if finding.rule not in known:
            known[finding.rule] = run.rules.get(finding.rule) if run.rules is not None else None
    return sorted(known.items(), key=lambda item: item[0])


def _descriptor(rule_id: str, rule: Rule | None) -> dict[str, Any]:
    if rule is None:
        return {"id": rule_id, "shortDescription": {"text": rule_id}}
    description = " ".join(rule.description.split())
    examples = [("Fails on", rule.fail_examples), ("Passes", rule.pass_examples)]
    # The message template's {fields} are no help to a reader; the examples show what it flags.
    help_text = [description]
    help_markdown = [description]
    for label, cases in examples:
        help_text += ["", f"{label}:"]
        help_markdown += ["", f"**{label}:**", ""]
        for example in cases:
            text = "; ".join(f"{role}: {text}" for role, text in example.documents) or example.text
            help_text.append(f"  - {text}")
            help_markdown.append(f"- {text}")
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": rule.short_description},
        "fullDescription": {"text": description},
        "helpUri": rule_documentation(rule),
        "help": {"text": "\n".join(help_text), "markdown": "\n".join(help_markdown)},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": ["numcheck", rule.kind]},
    }


def _result(finding: Finding, rule_index: int, run: RunContext) -> dict[str, Any]:
    from numcheck.baseline import fingerprint  # the one fingerprint, shared with baselines

    related = [
        {
            "id": number,
            "physicalLocation": _physical(claim, run.root),
            "message": {"text": _escaped(quoted(claim))},
        }
        for number, claim in enumerate(finding.claims[1:], start=1)
    ]
    message = _escaped(one_line(finding.message))
    if related:
        links = ", ".join(f"[{_escaped(claim.text)}]({number})" for number, claim in enumerate(finding.claims[1:], 1))
        message += f" (cited: {links})"
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": _physical(finding.primary, run.root)}],
        "relatedLocations": related,
        "partialFingerprints": {FINGERPRINT: fingerprint(finding, Path(run.root))},
    }


def _physical(claim: Claim, root: str) -> dict[str, Any]:
    relative = repository_path(claim.path, root)
    if relative is not None:
        artifact = {"uri": quote(relative), "uriBaseId": SOURCE_ROOT}
    elif claim.path.startswith("<"):
        artifact = {"uri": quote(claim.path, safe="")}
    else:
        artifact = {"uri": Path(claim.path).absolute().as_uri()}
    return {
        "artifactLocation": artifact,
        "region": {
            "startLine": claim.line,
            "startColumn": claim.column,
            "endLine": claim.end_line,
            "endColumn": claim.end_column,
            "snippet": {"text": claim.text},
        },
    }


def _escaped(text: str) -> str:
    return _BRACKETS.sub(r"\\\1", text)
