"""Report stage: what every document says about each quantity, one table per linking block."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from numcheck import kinds
from numcheck.engine import Report
from numcheck.linking import blocks, link_block
from numcheck.model import Claim, ClaimKind, Finding, Interval, Severity

AGREES = "agrees"
NOT_COMPARED = "not compared"


def normalised(claim: Claim) -> tuple[Interval, str]:
    """(interval, unit) as the rules compare the claim: measures in base units (miles become
    metres), percentages in percent, multipliers and changes as a factor ("rose 20%" is ×1.2)."""
    if claim.kind is ClaimKind.PERCENT:
        return claim.interval, "%"
    if claim.kind in (ClaimKind.RATIO, ClaimKind.CHANGE):
        facts = kinds.change_facts(claim)
        if facts is not None and facts.factor is not None:
            return facts.factor, "×"
        if claim.kind is ClaimKind.RATIO:
            return claim.interval, "×"
    unit = claim.base_unit if claim.base_unit and claim.base_unit != "dimensionless" else ""
    return kinds.base_interval(claim), unit


def worst(findings: Sequence[Finding]) -> Severity | None:
    return max((f.severity for f in findings), key=lambda s: s.rank, default=None)


@dataclass(frozen=True, slots=True)
class Row:
    """One claim in a subject table: where it is, what it says, and whether it agrees."""

    claim: Claim
    is_source: bool
    interval: Interval  # normalised: see normalised()
    unit: str
    findings: tuple[Finding, ...]  # every finding that cites this claim, in report order
    linked: int  # how many other claims of the block are about the same quantity

    @property
    def place(self) -> str:
        return f"{self.claim.line}:{self.claim.column}"

    @property
    def hedge(self) -> str:
        return self.claim.qualifier or ""

    @property
    def severity(self) -> Severity | None:
        return worst(self.findings)

    @property
    def agreement(self) -> str:
        """The rule ids of the findings that cite the claim; else whether it was compared at all."""
        if self.findings:
            return ", ".join(dict.fromkeys(f.rule for f in self.findings))
        return AGREES if self.linked else NOT_COMPARED


@dataclass(frozen=True, slots=True)
class SubjectTable:
    """The claims of one linking block: one key (kind family and dimension) and one subject."""

    key: str
    subject: str
    rows: tuple[Row, ...]

    @property
    def unit(self) -> str | None:
        """The unit every row's interval is in ("" for plain counts); None when they differ,
        as money in two currencies does."""
        units = {row.unit for row in self.rows}
        return units.pop() if len(units) == 1 else None

    @property
    def label(self) -> str:
        """ "count", "length", "speed", "power", "money": what a reader calls the quantity."""
        from numcheck.report.labels import dimension_name

        plain = self.key.replace("[", "").replace("]", "")
        return "money" if plain.startswith("currency_") else dimension_name(self.key)

    @property
    def alone(self) -> bool:
        """One claim that nothing else is about: a row for "other figures", not a table of its own."""
        return len(self.rows) == 1 and not self.rows[0].findings and not self.rows[0].linked

    @property
    def title(self) -> str:
        return f"{self.subject} ({self.label})"


@dataclass(frozen=True, slots=True)
class Overview:
    """The report's content: the subject tables, and the findings no table shows."""

    tables: tuple[SubjectTable, ...]
    findings: tuple[Finding, ...]
    outside: tuple[Finding, ...]  # findings none of whose claims sits in a table
    documents: tuple[str, ...]
    sources: tuple[str, ...]
    claims: tuple[Claim, ...]
    hidden: Mapping[str, int] = field(default_factory=dict, hash=False)  # see reporters.HIDDEN_BY

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def compared(self) -> tuple[SubjectTable, ...]:
        """The tables of claims that were compared, or that a finding cites."""
        return tuple(table for table in self.tables if not table.alone)

    @property
    def others(self) -> tuple[SubjectTable, ...]:
        """Single claims compared with nothing, by document and place: one compact list."""
        alone = [table for table in self.tables if table.alone]
        return tuple(sorted(alone, key=lambda t: (t.rows[0].is_source, t.rows[0].claim.path, t.rows[0].claim.start)))


def _table(key: str, subject: str, members: Sequence[Claim], cited: dict[Claim, list[Finding]],
           sources: frozenset[str]) -> SubjectTable:  # fmt: skip
    linked = dict.fromkeys(members, 0)
    for link in link_block(members):
        linked[link.first] += 1
        linked[link.second] += 1
    ordered = sorted(members, key=lambda c: (c.path in sources, c.path, c.start, c.end))
    shown = _in_the_documents_unit(members)
    rows = tuple(Row(c, c.path in sources, *shown.get(c, normalised(c)), tuple(cited.get(c, ())), linked[c])
                 for c in ordered)  # fmt: skip
    return SubjectTable(key, subject, rows)


def _in_the_documents_unit(members: Sequence[Claim]) -> dict[Claim, tuple[Interval, str]]:
    """A block of measures in the unit its claims use most ("mi", "GW"), each claim's interval
    converted to it: a reader compares 90 mi with 150 km in miles, not in metres. Nothing when
    some claim's unit cannot be converted (its base units stand)."""
    from numcheck.report.labels import unit_symbol
    from numcheck.units import UnknownUnitError, convert

    measures = [c for c in members if c.kind is ClaimKind.MEASURE and c.unit]
    if not measures or len(measures) != len(members):
        return {}
    units = [c.unit for c in measures]
    target = max(dict.fromkeys(units), key=units.count)
    assert target is not None
    shown: dict[Claim, tuple[Interval, str]] = {}
    for claim in measures:
        interval = claim.interval
        if claim.unit == target:  # as written: converting there and back would add float noise
            shown[claim] = (interval, unit_symbol(target))
            continue
        try:
            low = None if interval.low is None else convert(interval.low, claim.unit or "", target)
            high = None if interval.high is None else convert(interval.high, claim.unit or "", target)
        except UnknownUnitError:
            return {}
        shown[claim] = (Interval(low, high, interval.low_inclusive, interval.high_inclusive), unit_symbol(target))
    return shown


def overview(
    report: Report, findings: Sequence[Finding] | None = None, hidden: Mapping[str, int] | None = None
) -> Overview:
    """Tables by subject for a checked set of documents. `findings` defaults to the report's own,
    so a caller that filtered them (directives, baselines, --diff) reports only what it kept, and
    says in `hidden` how many each filter hid."""
    kept = tuple(report.findings if findings is None else findings)
    cited: dict[Claim, list[Finding]] = {}
    for finding in kept:
        for claim in dict.fromkeys(finding.claims):
            cited.setdefault(claim, []).append(finding)
    sources = frozenset(report.sources)
    # a block of figures with no subject at all (linked only by near-identical sentences) is no subject table
    tables = [_table(key, subject, members, cited, sources) for key, subject, members in blocks(report.claims)
              if any(claim.subject for claim in members)]  # fmt: skip
    tables.sort(key=lambda t: (t.subject, t.key))
    in_tables = {row.claim for table in tables for row in table.rows}
    outside = tuple(f for f in kept if not in_tables.intersection(f.claims))
    return Overview(tuple(tables), kept, outside, report.documents, report.sources, report.claims, dict(hidden or {}))


def shown_paths(paths: Sequence[str], *, narrow: bool, cwd: str | None = None) -> dict[str, str]:
    """How each document is named: relative to the working folder when inside it; on a narrow
    terminal, by the shortest ending of its path that no other document shares."""
    here = os.path.abspath(cwd or os.getcwd())
    shown: dict[str, str] = {}
    for path in paths:
        relative = os.path.relpath(os.path.abspath(path), here) if not path.startswith("<") else path
        shown[path] = path if relative == ".." or relative.startswith(".." + os.sep) else relative
    if not narrow:
        return shown
    parts = {path: Path(name).parts for path, name in shown.items()}
    short: dict[str, str] = {}
    for path, these in parts.items():
        for keep in range(1, len(these) + 1):
            ending = these[-keep:]
            if all(other[-keep:] != ending for key, other in parts.items() if key != path):
                short[path] = str(Path(*ending))
                break
        else:
            short[path] = shown[path]
    return short
