"""Report stage: what every document says about each quantity, one table per linking block."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

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


def number_text(value: float) -> str:
    """Six significant digits with thousands separators: "100,000,000" reads better than "1e+08"."""
    if value != 0 and not 1e-4 <= abs(value) < 1e15:
        return f"{value:.4g}"
    rounded = float(f"{value:.6g}")
    return f"{rounded:,.6f}".rstrip("0").rstrip(".")


def interval_text(interval: Interval) -> str:
    """ "[9, 10)", "(−∞, 144,840.96]", or a single number for a point."""
    if interval.low is not None and interval.low == interval.high:
        return number_text(interval.low)
    low = "(−∞" if interval.low is None else ("[" if interval.low_inclusive else "(") + number_text(interval.low)
    high = "∞)" if interval.high is None else number_text(interval.high) + ("]" if interval.high_inclusive else ")")
    return f"{low}, {high}"


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
        """ "count", "ratio", "length", "money" rather than pint's "[currency_GBP]"."""
        plain = self.key.replace("[", "").replace("]", "")
        return "money" if plain.startswith("currency_") else plain

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


def _table(key: str, subject: str, members: Sequence[Claim], cited: dict[Claim, list[Finding]],
           sources: frozenset[str]) -> SubjectTable:  # fmt: skip
    linked = dict.fromkeys(members, 0)
    for link in link_block(members):
        linked[link.first] += 1
        linked[link.second] += 1
    ordered = sorted(members, key=lambda c: (c.path in sources, c.path, c.start, c.end))
    rows = tuple(Row(c, c.path in sources, *normalised(c), tuple(cited.get(c, ())), linked[c]) for c in ordered)
    return SubjectTable(key, subject, rows)


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
