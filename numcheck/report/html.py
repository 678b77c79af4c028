"""Report stage, HTML: one self-contained page, rendered by Jinja2 (the only module that imports it)."""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

import numcheck
from numcheck.kinds import describe
from numcheck.model import Claim, Document, Finding, Severity
from numcheck.notation import interval_text
from numcheck.report import AGREES, Overview, Row, SubjectTable, normalised, shown_paths, worst
from numcheck.report.plot import HEIGHT, WIDTH, Axis, Band, Bar, axis_for, bar, common_band

TEMPLATES = resources.files("numcheck.report") / "templates"
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of document text (plain, or inside one or more claims), an anchor where a claim
    starts, or a badge where a claim that a finding cites ends."""

    kind: str  # "text", "claim", "anchor" or "badge"
    text: str = ""
    claim: int = -1  # anchor: the claim that starts here
    finding: int = -1  # badge: the finding it stands for
    findings: str = ""  # claim: ids of the findings that cite it, space-separated, for the filter
    severity: str = ""
    tip: str = ""


@dataclass(frozen=True, slots=True)
class PlaceView:
    claim: int
    where: str
    text: str


@dataclass(frozen=True, slots=True)
class FindingView:
    index: int
    rule: str
    severity: str
    message: str
    places: tuple[PlaceView, ...]


@dataclass(frozen=True, slots=True)
class RowView:
    claim: int
    document: str
    is_source: bool
    place: str
    figure: str
    hedge: str
    interval: str
    agreement: str
    state: str  # "finding", "agrees" or "not-compared": the colour of the agreement cell
    findings: str
    severity: str
    bar: Bar | None  # None when the row's unit is not the axis's


@dataclass(frozen=True, slots=True)
class TableView:
    index: int
    title: str
    unit: str
    axis: Axis
    band: Band | None
    rows: tuple[RowView, ...]


@dataclass(frozen=True, slots=True)
class DocumentView:
    path: str
    is_source: bool
    claims: int
    pieces: tuple[Piece, ...]


def claim_tip(claim: Claim, interval: str) -> str:
    """The tooltip over a highlighted claim: kind, value, interval and subject."""
    return f"{claim.kind.value} · {describe(claim)} · interval {interval} · subject: {claim.subject or '—'}"


def _where(claim: Claim, index: _Index) -> str:
    return f"{index.name(claim.path)}:{claim.line}:{claim.column}"


def _ids(indices: Sequence[int]) -> str:
    return " ".join(str(i) for i in sorted(set(indices)))


class _Index:
    """Numbers for claims and findings, shared by the page's links, anchors and filter."""

    def __init__(self, overview: Overview):
        self.names = shown_paths([*overview.documents, *overview.sources], narrow=False)
        self.claims = {claim: number for number, claim in enumerate(overview.claims)}
        self.findings = list(overview.findings)
        self.citing: dict[Claim, list[int]] = defaultdict(list)
        for number, finding in enumerate(overview.findings):
            for claim in dict.fromkeys(finding.claims):
                self.citing[claim].append(number)

    def name(self, path: str) -> str:
        """A document as the page names it: relative to the working folder when inside it."""
        return self.names.get(path, path)

    def severity(self, finding_ids: Sequence[int]) -> str:
        found = worst([self.findings[i] for i in finding_ids])
        return "" if found is None else found.value


def _finding_view(number: int, finding: Finding, index: _Index) -> FindingView:
    places = tuple(PlaceView(index.claims[c], _where(c, index), c.text) for c in finding.claims)
    return FindingView(number, finding.rule, finding.severity.value, finding.message, places)


def _row_view(row: Row, axis_unit: str | None, axis: Axis, index: _Index, per_row_units: bool) -> RowView:
    interval = interval_text(row.interval) + (f" {row.unit}" if per_row_units and row.unit else "")
    state = "finding" if row.findings else "agrees" if row.agreement == AGREES else "not-compared"
    findings = index.citing.get(row.claim, [])
    document = index.name(row.claim.path)
    return RowView(index.claims[row.claim], document, row.is_source, row.place, row.claim.text, row.hedge,
                   interval, row.agreement, state, _ids(findings), index.severity(findings),
                   bar(axis, row.interval) if row.unit == axis_unit else None)  # fmt: skip


@dataclass(frozen=True, slots=True)
class OtherView:
    """A claim that nothing else is about: one row of the page's "other figures" table."""

    claim: int
    document: str
    is_source: bool
    place: str
    figure: str
    subject: str
    interval: str


def _other_view(table: SubjectTable, index: _Index) -> OtherView:
    (row,) = table.rows
    interval = interval_text(row.interval) + (f" {row.unit}" if row.unit else "")
    document = index.name(row.claim.path)
    return OtherView(index.claims[row.claim], document, row.is_source, row.place, row.claim.text, table.title,
                     interval)  # fmt: skip


def _table_view(number: int, table: SubjectTable, index: _Index) -> TableView:
    # Money in two currencies shares a block but not an axis: plot the most common unit only.
    units = [row.unit for row in table.rows]
    axis_unit = max(dict.fromkeys(units), key=units.count)
    plotted = [row.interval for row in table.rows if row.unit == axis_unit]
    axis = axis_for(plotted)
    rows = tuple(_row_view(row, axis_unit, axis, index, table.unit is None) for row in table.rows)
    return TableView(number, table.title, axis_unit, axis, common_band(axis, plotted), rows)


def pieces(document: Document, claims: Sequence[Claim], index: _Index, tips: Mapping[Claim, str]) -> list[Piece]:
    """The document's text cut at every claim's start and end, so that overlapping claims
    ("from 300 to 1,200" holds "300") each keep their anchor, highlight and tooltip."""
    text = document.text
    spans = [(c, max(0, min(c.start, len(text))), max(0, min(c.end, len(text)))) for c in claims]
    starting: dict[int, list[Claim]] = defaultdict(list)
    ending: dict[int, list[Claim]] = defaultdict(list)
    for claim, start, end in spans:
        starting[start].append(claim)
        ending[end].append(claim)
    bounds = sorted({0, len(text), *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    active: dict[Claim, None] = {}  # an ordered set
    out: list[Piece] = []
    for position, bound in enumerate(bounds):
        for claim in ending[bound]:
            active.pop(claim, None)
            out += [Piece("badge", text=index.findings[f].rule, finding=f, severity=index.findings[f].severity.value)
                    for f in index.citing.get(claim, [])]  # fmt: skip
        for claim in starting[bound]:
            out.append(Piece("anchor", claim=index.claims[claim]))
            if claim.end > claim.start:
                active[claim] = None
        if position + 1 == len(bounds):
            break
        run = text[bound : bounds[position + 1]]
        if not active:
            out.append(Piece("text", text=run))
            continue
        covering = sorted(active, key=lambda c: (c.end - c.start, c.start))  # innermost first
        finding_ids = [f for c in covering for f in index.citing.get(c, [])]
        tip = "\n".join(tips[c] for c in covering)
        out.append(Piece("claim", text=run, findings=_ids(finding_ids), severity=index.severity(finding_ids), tip=tip))
    return out


def _document_view(document: Document, is_source: bool, overview: Overview, index: _Index) -> DocumentView:
    claims = [c for c in overview.claims if c.path == document.path]
    tips: dict[Claim, str] = {}
    for claim in claims:
        interval, unit = normalised(claim)
        tips[claim] = claim_tip(claim, f"{interval_text(interval)} {unit}".rstrip())
    return DocumentView(index.name(document.path), is_source, len(claims), tuple(pieces(document, claims, index, tips)))


def _summary(overview: Overview) -> str:
    """ "2 documents, 12 claims, 5 subjects:", before the counts by severity, which the page colours."""
    from numcheck.reporters import counted

    documents = len(overview.documents) + len(overview.sources)
    return f"{counted(documents, 'document')}, {counted(len(overview.claims), 'claim')}, " + (
        f"{counted(len(overview.tables), 'subject')}:"
    )


def _hash(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def render_html(overview: Overview, documents: Sequence[Document]) -> str:
    """One page with no external resources. A Content-Security-Policy allows only its own
    script and style, by hash: even text that slipped past escaping could neither run nor fetch."""
    import jinja2

    from numcheck.reporters import counted, hidden_summary

    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("numcheck.report", "templates"),
        autoescape=True,  # document text is untrusted: every {{ }} is escaped, in text and attributes
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["counted"] = counted
    environment.globals["hidden"] = hidden_summary(overview.hidden).removeprefix("; ")
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    style = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    index = _Index(overview)
    sources = set(overview.sources)
    page = environment.get_template("report.html.j2").render(
        version=numcheck.__version__,
        overview=overview,
        summary=_summary(overview),
        counts={s.value: overview.count(s) for s in SEVERITIES},
        rules=sorted({f.rule for f in overview.findings}),
        findings=[_finding_view(n, f, index) for n, f in enumerate(overview.findings)],
        tables=[_table_view(n, t, index) for n, t in enumerate(overview.compared)],
        others=[_other_view(t, index) for t in overview.others],
        documents=[_document_view(d, d.path in sources, overview, index) for d in documents],
        width=WIDTH,
        height=HEIGHT,
        script=script,
        style=style,
        script_hash=_hash(script),
        style_hash=_hash(style),
    )
    return page
