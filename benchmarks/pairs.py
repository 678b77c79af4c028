"""Benchmark: `numcheck check` on hand-written draft/source pairs, scored against expected findings.

Run from the repository root:

    .venv/bin/python benchmarks/pairs.py              # tables, then every false positive and negative
    .venv/bin/python benchmarks/pairs.py --json       # the same, for programs
    .venv/bin/python benchmarks/pairs.py --only 0     # pairs whose folder name contains "0"

It is a measurement, not a test: it exits 0 whatever the scores, and 2 only when a pair folder is
malformed. How pairs are written and scored: benchmarks/pairs/README.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from casework import claim_overlaps, evidence_text, figure_texts, ratio_text, spans

from numcheck.errors import ConfigError, NumcheckError, did_you_mean
from numcheck.model import Claim, Document, Finding, Severity
from numcheck.yamlfile import check_keys, describe_value, load_yaml_file, require_mapping

PAIRS = Path(__file__).resolve().parent / "pairs"
ROLES = ("draft", "source")
MAIN = "main"  # findings that fail or warn in CI: warning and error
INFO = "info"

_TOP_KEYS = frozenset({"beat", "notes", "expected"})
_ITEM_KEYS = frozenset({"rule", "primary", "other", "optional", "note"})


class PairError(NumcheckError):
    """A pair folder that cannot be scored: a missing file, a bad expected.yaml, a figure not in the text."""


# Pairs -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Expectation:
    """One finding a careful editor expects. Texts are figures as printed; a list gives alternatives."""

    rule: str
    primary: tuple[str, ...]  # in the draft: findings always point at the document under check
    others: tuple[tuple[str, str], ...]  # (role, text): any one of them is an acceptable other claim
    optional: bool  # a true consequence of the same slip: correct when reported, no miss when not
    note: str
    line: int


@dataclass(frozen=True, slots=True)
class Pair:
    name: str
    draft: Document
    source: Document
    expectations: tuple[Expectation, ...]
    beat: str
    notes: str

    def document(self, role: str) -> Document:
        return self.draft if role == "draft" else self.source

    def role_of(self, path: str) -> str | None:
        return next((role for role in ROLES if self.document(role).path == path), None)


def _expectation(
    item: Any, path: str, line: int, documents: Mapping[str, Document], rule_ids: Iterable[str]
) -> Expectation:
    mapping = require_mapping(item, path, what="each expected finding", line=line)
    check_keys(mapping, _ITEM_KEYS, path, prefix="expected.")
    known = set(rule_ids)
    rule = mapping.get("rule")
    if rule not in known:
        raise ConfigError(path, f"unknown rule {rule!r}" + did_you_mean(str(rule), known), line=mapping.line_of("rule"))
    if "primary" not in mapping:
        raise ConfigError(path, "an expected finding needs 'primary', the figure in the draft", line=mapping.line)
    primary = figure_texts(mapping["primary"], path, mapping.line_of("primary"), "primary")
    others: list[tuple[str, str]] = []
    if "other" in mapping:
        other = require_mapping(
            mapping["other"], path, what="'other' (draft: / source: figures)", line=mapping.line_of("other")
        )
        check_keys(other, frozenset(ROLES), path, prefix="other.")
        others = [
            (role, text)
            for role in ROLES
            if role in other
            for text in figure_texts(other[role], path, other.line_of(role), role)
        ]
    for role, text in [("draft", t) for t in primary] + others:
        if text not in documents[role].text:
            raise ConfigError(path, f"{text!r} does not occur in the {role}", line=mapping.line)
    optional = mapping.get("optional", False)
    if not isinstance(optional, bool):
        raise ConfigError(
            path, f"'optional' must be true or false, not {describe_value(optional)}", line=mapping.line_of("optional")
        )
    note = mapping.get("note", "")
    return Expectation(str(rule), primary, tuple(others), optional, str(note or ""), mapping.line)


def load_pair(folder: Path, rule_ids: Iterable[str]) -> Pair:
    """A pair folder: draft.md or draft.txt, source.txt and expected.yaml, checked before anything runs."""
    from numcheck.documents import read_document

    drafts = [folder / name for name in ("draft.md", "draft.txt") if (folder / name).is_file()]
    if len(drafts) != 1:
        raise PairError(f"{folder}: needs exactly one of draft.md and draft.txt")
    for name in ("source.txt", "expected.yaml"):
        if not (folder / name).is_file():
            raise PairError(f"{folder}: {name} is missing")
    documents = {"draft": read_document(str(drafts[0])), "source": read_document(str(folder / "source.txt"))}
    path = str(folder / "expected.yaml")
    top = load_yaml_file(path, item_lines=True)
    top = require_mapping(top, path, what="expected.yaml")
    check_keys(top, _TOP_KEYS, path)
    items = top.get("expected") or []
    if not isinstance(items, list):
        raise ConfigError(path, f"'expected' must be a list, not {describe_value(items)}", line=top.line_of("expected"))
    lines = getattr(items, "item_lines", ())
    expectations = tuple(
        _expectation(item, path, lines[index] if index < len(lines) else top.line_of("expected"), documents, rule_ids)
        for index, item in enumerate(items)
    )
    return Pair(folder.name, documents["draft"], documents["source"], expectations,
                str(top.get("beat", "")), str(top.get("notes", "")))  # fmt: skip


def load_pairs(root: Path, rule_ids: Iterable[str], only: str | None = None) -> list[Pair]:
    ids = tuple(rule_ids)
    folders = sorted(p for p in root.iterdir() if p.is_dir() and (only is None or only in p.name))
    return [load_pair(folder, ids) for folder in folders]


# Matching --------------------------------------------------------------------------------------


def claim_at(claim: Claim, places: Iterable[tuple[str, str]], pair: Pair) -> bool:
    """True when the claim overlaps one of the (role, text) places, in that role's document."""
    return any(claim_overlaps(claim, pair.document(role), [text]) for role, text in places)


def finding_matches(finding: Finding, expectation: Expectation, pair: Pair, *, any_rule: bool = False) -> bool:
    """The rule is the same, the primary claim sits on an expected figure, and another cited claim on
    the other. Within one document either figure may be the primary: which one the engine points at
    is its choice, not the editor's. A finding that cites one claim (a change read against its own
    endpoints) matches when its sentence holds the other figure."""
    if not any_rule and finding.rule != expectation.rule:
        return False
    primary = [("draft", text) for text in expectation.primary]
    others = list(expectation.others)
    rest = finding.claims[1:]

    def covers(first: Sequence[tuple[str, str]], second: Sequence[tuple[str, str]]) -> bool:
        if not first or not claim_at(finding.primary, first, pair):
            return False
        if not second:
            return True
        if rest:
            return any(claim_at(claim, second, pair) for claim in rest)
        own = pair.role_of(finding.primary.path)
        return any(role == own and text in finding.primary.sentence for role, text in second)

    return covers(primary, others) or covers([o for o in others if o[0] == "draft"], primary)


# Scoring ---------------------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    """Findings judged (correct or false) and required expectations (found or missed)."""

    correct: int = 0
    false: int = 0
    found: int = 0
    missed: int = 0

    @property
    def precision(self) -> float | None:
        judged = self.correct + self.false
        return self.correct / judged if judged else None

    @property
    def recall(self) -> float | None:
        expected = self.found + self.missed
        return self.found / expected if expected else None

    def add(self, other: Tally) -> None:
        self.correct += other.correct
        self.false += other.false
        self.found += other.found
        self.missed += other.missed

    def as_json(self) -> dict[str, Any]:
        return {"expected": self.found + self.missed, "found": self.found, "missed": self.missed,
                "findings": self.correct + self.false, "correct": self.correct, "false": self.false,
                "precision": self.precision, "recall": self.recall}  # fmt: skip


@dataclass(frozen=True, slots=True)
class PairResult:
    pair: Pair
    findings: tuple[Finding, ...]  # every finding that points at the draft
    source_only: tuple[Finding, ...]  # disagreements between source claims alone: info, never scored
    matched: tuple[tuple[Finding, tuple[int, ...]], ...]  # finding -> indexes of expectations it matches
    found: tuple[bool, ...]  # per expectation
    bucket_of_rule: Mapping[str, str] = field(hash=False)
    claims: tuple[Claim, ...] = ()  # everything numcheck read in both documents, for the error listing

    @property
    def false_positives(self) -> list[Finding]:
        return [f for f, hits in self.matched if not hits]

    @property
    def false_negatives(self) -> list[Expectation]:
        return [e for e, hit in zip(self.pair.expectations, self.found, strict=True) if not hit and not e.optional]

    def tallies(self) -> dict[str, Tally]:
        """Per rule id."""
        by_rule: dict[str, Tally] = {}
        for finding, hits in self.matched:
            tally = by_rule.setdefault(finding.rule, Tally())
            if hits:
                tally.correct += 1
            else:
                tally.false += 1
        for expectation, hit in zip(self.pair.expectations, self.found, strict=True):
            if expectation.optional:
                continue
            tally = by_rule.setdefault(expectation.rule, Tally())
            if hit:
                tally.found += 1
            else:
                tally.missed += 1
        return by_rule

    def bucket(self, finding: Finding) -> str:
        return INFO if finding.severity is Severity.INFO else MAIN

    def has_contradiction(self) -> bool:
        return any(not e.optional and self.bucket_of_rule[e.rule] == MAIN for e in self.pair.expectations)

    def main_findings(self) -> list[Finding]:
        return [f for f in self.findings if self.bucket(f) == MAIN]


def score_pair(
    pair: Pair, findings: Sequence[Finding], bucket_of_rule: Mapping[str, str], claims: Sequence[Claim] = ()
) -> PairResult:
    """Judge each finding against the pair's expectations. A finding is correct when it matches any
    expectation (required or optional); an expectation is found when any finding matches it, so a
    slip reported twice is still one slip found, and neither report is a false alarm."""
    source_path = pair.source.path
    own = tuple(f for f in findings if any(c.path != source_path for c in f.claims))
    source_only = tuple(f for f in findings if all(c.path == source_path for c in f.claims))
    matched = tuple((f, tuple(i for i, e in enumerate(pair.expectations) if finding_matches(f, e, pair))) for f in own)
    found = tuple(any(i in hits for _, hits in matched) for i in range(len(pair.expectations)))
    return PairResult(pair, own, source_only, matched, found, bucket_of_rule, tuple(claims))


def run_pair(pair: Pair, bucket_of_rule: Mapping[str, str]) -> PairResult:
    """Check the draft against its source through the public API, as `numcheck check draft --against source`."""
    import numcheck

    report = numcheck.check([pair.draft], sources=[pair.source])
    return score_pair(pair, report.findings, bucket_of_rule, report.claims)


def rule_buckets() -> dict[str, str]:
    """Each built-in rule's bucket: its own severity decides whether it counts as a CI finding."""
    from numcheck.engine import builtin_rules

    return {rule.id: INFO if rule.severity is Severity.INFO else MAIN for rule in builtin_rules()}


@dataclass(frozen=True, slots=True)
class Summary:
    per_rule: Mapping[str, Tally]
    main: Tally  # warning and error rules
    info: Tally  # info rules (unit-mixing)
    locations: Tally  # warning and error, matched on figures alone: did it point at the right places?
    clean_pairs: int
    clean_pairs_alarmed: tuple[str, ...]
    contradictory_pairs: int
    contradictory_pairs_caught: tuple[str, ...]


def summarise(results: Sequence[PairResult], bucket_of_rule: Mapping[str, str]) -> Summary:
    per_rule: dict[str, Tally] = {rule: Tally() for rule in sorted(bucket_of_rule)}
    main, info, locations = Tally(), Tally(), Tally()
    alarmed, caught = [], []
    clean = contradictory = 0
    for result in results:
        for rule, tally in result.tallies().items():
            per_rule.setdefault(rule, Tally()).add(tally)
            (info if bucket_of_rule.get(rule) == INFO else main).add(tally)
        locations.add(_location_tally(result))
        main_findings = result.main_findings()
        if result.has_contradiction():
            contradictory += 1
            if any(hits for f, hits in result.matched if result.bucket(f) == MAIN):
                caught.append(result.pair.name)
        else:
            clean += 1
            if main_findings:
                alarmed.append(result.pair.name)
    return Summary(per_rule, main, info, locations, clean, tuple(alarmed), contradictory, tuple(caught))


def _location_tally(result: PairResult) -> Tally:
    """Main findings and required main expectations, matched on the figures only, ignoring the rule:
    a slip reported under a neighbouring rule still points the editor at the right place."""
    pair = result.pair
    expectations = [e for e in pair.expectations if result.bucket_of_rule[e.rule] == MAIN]
    tally = Tally()
    for finding in result.main_findings():
        if any(finding_matches(finding, e, pair, any_rule=True) for e in expectations):
            tally.correct += 1
        else:
            tally.false += 1
    for expectation in expectations:
        if expectation.optional:
            continue
        if any(finding_matches(f, expectation, pair, any_rule=True) for f in result.main_findings()):
            tally.found += 1
        else:
            tally.missed += 1
    return tally


# Output ----------------------------------------------------------------------------------------


def _table(rows: Sequence[tuple[str, Tally]]) -> list[str]:
    names = ("expected", "found", "missed", "findings", "correct", "false", "precision", "recall")
    header = f"{'rule':<22} " + " ".join(f"{name:>9}" for name in names)
    lines = [header, "─" * len(header)]
    for name, t in rows:
        cells = (t.found + t.missed, t.found, t.missed, t.correct + t.false, t.correct, t.false,
                 ratio_text(t.precision), ratio_text(t.recall))  # fmt: skip
        lines.append(f"{name:<22} " + " ".join(f"{cell:>9}" for cell in cells))
    return lines


def _where(claim: Claim, pair: Pair) -> str:
    return f"{pair.role_of(claim.path) or claim.path}:{claim.line}"


def _claim_line(claim: Claim, pair: Pair) -> str:
    return f'      {_where(claim, pair)} {evidence_text(claim)} in "{claim.sentence.strip()}"'


def _expected_lines(expectation: Expectation, result: PairResult) -> list[str]:
    """Where each expected figure is, and what numcheck read there: the claims that overlap it."""
    pair = result.pair
    lines = []
    places = [("draft", text) for text in expectation.primary] + list(expectation.others)
    for role, text in places:
        document = pair.document(role)
        start, _ = spans(document.text, text)[0]
        line_number, _ = document.position(start)
        sentence = document.text.splitlines()[line_number - 1].strip()
        read = [c for c in result.claims if claim_at(c, [(role, text)], pair)]
        reading = (
            "; ".join(f"{c.kind.value} '{c.text}' subject={c.subject or '-'}" for c in read) or "no claim extracted"
        )
        lines.append(f"      {role}:{line_number} '{text}' ({reading}) in \"{sentence}\"")
    return lines


def _expectation_label(expectation: Expectation) -> str:
    others = ", ".join(f"{role} '{text}'" for role, text in expectation.others)
    return f"'{' | '.join(expectation.primary)}'" + (f" vs {others}" if others else "")


def render_text(results: Sequence[PairResult], summary: Summary) -> str:
    lines = [f"numcheck check on {len(results)} document pairs: {summary.clean_pairs} without a contradiction, "
             f"{summary.contradictory_pairs} with at least one", ""]  # fmt: skip
    rows = [(rule, t) for rule, t in summary.per_rule.items()]
    rows += [
        ("ALL warning+error", summary.main),
        ("ALL info", summary.info),
        ("LOCATIONS (any rule)", summary.locations),
    ]
    lines += _table(rows)
    lines += [
        "",
        "precision: correct findings / findings; recall: expected findings found / expected (optional "
        "expectations excluded). LOCATIONS ignores the rule: the right figures were cited.",
        "",
    ]
    alarmed = summary.clean_pairs_alarmed
    lines.append(
        f"clean pairs with a warning or error (CI false alarms): {len(alarmed)}/{summary.clean_pairs}"
        + (f"  {', '.join(alarmed)}" if alarmed else "")
    )
    missed_pairs = sorted(
        {r.pair.name for r in results if r.has_contradiction()} - set(summary.contradictory_pairs_caught)
    )
    lines.append(
        f"pairs with a contradiction where at least one was reported: {len(summary.contradictory_pairs_caught)}/"
        f"{summary.contradictory_pairs}" + (f"  (not caught: {', '.join(missed_pairs)})" if missed_pairs else "")
    )
    source_only = sum(len(r.source_only) for r in results)
    lines.append(f"findings between source claims only (info, not scored): {source_only}")
    fps = [(r, f) for r in results for f in r.false_positives]
    lines += ["", f"FALSE POSITIVES ({len(fps)})"]
    for result, finding in fps:
        lines.append(f"  {result.pair.name}  {finding.severity.value} [{finding.rule}] {finding.message}")
        lines += [_claim_line(c, result.pair) for c in finding.claims]
    fns = [(r, e) for r in results for e in r.false_negatives]
    lines += ["", f"FALSE NEGATIVES ({len(fns)})"]
    for result, expectation in fns:
        note = f"  ({expectation.note})" if expectation.note else ""
        lines.append(f"  {result.pair.name}  [{expectation.rule}] {_expectation_label(expectation)}{note}")
        lines += _expected_lines(expectation, result)
    return "\n".join(lines)


def _finding_json(finding: Finding, pair: Pair) -> dict[str, Any]:
    return {"rule": finding.rule, "severity": finding.severity.value, "message": finding.message,
            "claims": [{"document": pair.role_of(c.path), "line": c.line, "column": c.column, "text": c.text,
                        "kind": c.kind.value, "subject": c.subject, "entities": list(c.entities),
                        "sentence": c.sentence.strip()} for c in finding.claims]}  # fmt: skip


def render_json(results: Sequence[PairResult], summary: Summary) -> str:
    payload = {
        "pairs": len(results),
        "clean_pairs": summary.clean_pairs,
        "clean_pairs_alarmed": list(summary.clean_pairs_alarmed),
        "contradictory_pairs": summary.contradictory_pairs,
        "contradictory_pairs_caught": list(summary.contradictory_pairs_caught),
        "rules": {rule: t.as_json() for rule, t in summary.per_rule.items()},
        "main": summary.main.as_json(),
        "info": summary.info.as_json(),
        "locations": summary.locations.as_json(),
        "false_positives": [
            {"pair": r.pair.name, **_finding_json(f, r.pair)} for r in results for f in r.false_positives
        ],
        "false_negatives": [
            {
                "pair": r.pair.name,
                "rule": e.rule,
                "primary": list(e.primary),
                "other": [{"document": role, "text": text} for role, text in e.others],
                "note": e.note,
            }
            for r in results
            for e in r.false_negatives
        ],
        "source_only": [{"pair": r.pair.name, **_finding_json(f, r.pair)} for r in results for f in r.source_only],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="folder of pair folders (default: %(default)s)")
    parser.add_argument("--only", help="score only the pairs whose folder name contains this")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    args = parser.parse_args(argv)
    buckets = rule_buckets()
    try:
        pairs = load_pairs(args.pairs, buckets, args.only)
    except (NumcheckError, OSError) as error:
        print(f"pairs: {error}", file=sys.stderr)
        return 2
    results = [run_pair(pair, buckets) for pair in pairs]
    summary = summarise(results, buckets)
    print(render_json(results, summary) if args.json else render_text(results, summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
