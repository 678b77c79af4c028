"""Editor stage: one open document checked as `check` checks it -> diagnostics, hovers and code actions.

Everything here is plain data and pure functions over it; numcheck/lsp.py is the one module that
speaks the Language Server Protocol (through pygls) and turns these records into its types.
Positions are 0-based lines and UTF-16 code units, as LSP counts them by default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from numcheck import reporters
from numcheck.baseline import Baseline, without_baselined
from numcheck.corpus import Extracted
from numcheck.documents import document_from_string
from numcheck.engine import aligned_with_sources, find_in_block, find_in_document
from numcheck.errors import NumcheckError
from numcheck.linking import blocks, link_block
from numcheck.model import Claim, Document, Finding, Severity
from numcheck.rules import Rule, RuleSet
from numcheck.scanning import LazyPattern
from numcheck.suppression import parse_directives, suppress
from numcheck.vocabulary import Vocabulary

SOURCE = "numcheck"
_FIGURE = LazyPattern(r"\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class Span:
    """A range as LSP counts it: 0-based lines, UTF-16 code units, end exclusive."""

    start_line: int
    start_character: int
    end_line: int
    end_character: int

    def overlaps(self, other: Span) -> bool:
        """Touching counts: a cursor at either end of a figure is on it."""
        return (self.start_line, self.start_character) <= (other.end_line, other.end_character) and (
            other.start_line,
            other.start_character,
        ) <= (self.end_line, self.end_character)


@dataclass(frozen=True, slots=True)
class Related:
    """Another claim a finding rests on, in this document or another."""

    path: str
    span: Span
    message: str


@dataclass(frozen=True, slots=True)
class Diagnostic:
    span: Span
    severity: Severity
    rule: str
    message: str
    href: str | None
    related: tuple[Related, ...] = ()


@dataclass(frozen=True, slots=True)
class TextEdit:
    span: Span
    new_text: str


@dataclass(frozen=True, slots=True)
class CodeAction:
    """A quick fix for one finding: hide it with a directive, or correct the figure."""

    title: str
    rule: str
    span: Span  # the finding's primary claim: which diagnostic the action answers
    edits: tuple[TextEdit, ...]
    preferred: bool = False


@dataclass(frozen=True, slots=True)
class Hidden:
    """How many findings each filter hid, as `check` applies them: directives, then the baseline."""

    directives: int = 0
    baseline: int = 0


@dataclass(frozen=True, slots=True)
class Analysis:
    """One version of one open document, checked: what every editor feature reads."""

    document: Document
    claims: tuple[Claim, ...]  # the document's claims, then every source's
    findings: tuple[Finding, ...]  # the findings left to show, primary claim in this document
    hidden: Hidden = Hidden()
    error: NumcheckError | None = None  # a bad directive: shown in place of the findings


@dataclass(frozen=True, slots=True)
class Checker:
    """What `check` would use for this workspace: rules, vocabulary, the sources' claims (kept in
    memory, so a keystroke extracts only the document typed in), the baseline and exchange rates."""

    rules: RuleSet
    vocabulary: Vocabulary
    sources: Mapping[str, tuple[Claim, ...]] = field(hash=False)
    baseline: Baseline | None = None
    baseline_root: Path = Path(".")
    exchange_rates: Mapping[str, float] | None = field(default=None, hash=False)

    def with_source(self, extracted: Extracted) -> Checker:
        """The same checker with one source's claims read again (the source was saved)."""
        return Checker(self.rules, self.vocabulary, {**self.sources, extracted.path: extracted.claims},
                       self.baseline, self.baseline_root, self.exchange_rates)  # fmt: skip

    def analyse(self, path: str, text: str, *, markdown: bool | None = None) -> Analysis:
        """Extract the document, check it against the sources, and hide what directives and the
        baseline hide, in check's order. A source open in the editor is checked as a document."""
        from numcheck.extraction import extract_document

        document = document_from_string(text, path, markdown=markdown)
        own = extract_document(document, self.vocabulary)
        others = [claim for source, claims in self.sources.items() if source != path for claim in claims]
        claims = (*own, *others)
        found = findings_about(path, claims, self.rules, frozenset(p for p in self.sources if p != path),
                               exchange_rates=self.exchange_rates)  # fmt: skip
        try:
            directives = parse_directives(document, self.rules.ids)
        except NumcheckError as error:
            return Analysis(document, claims, (), error=error)
        kept = suppress(found, {path: directives} if directives else {}).kept
        shown = kept
        if self.baseline is not None:
            shown = without_baselined(kept, self.baseline, self.baseline_root)
        hidden = Hidden(directives=len(found) - len(kept), baseline=len(kept) - len(shown))
        return Analysis(document, claims, shown, hidden)


def findings_about(
    path: str,
    claims: Sequence[Claim],
    rules: RuleSet,
    sources: frozenset[str],
    *,
    exchange_rates: Mapping[str, float] | None = None,
) -> tuple[Finding, ...]:
    """The findings `engine.find` makes whose primary claim is in `path`, in report order.

    Only the linking blocks holding one of the document's claims are checked, and only its own
    one-document checks run: blocks and documents are independent, so the rest would make only
    findings about other files (between sources, which the checks against sources leave alone)."""
    found: list[Finding] = []
    for _, _, members in blocks(claims):
        if any(claim.path == path for claim in members):
            found += find_in_block(members, rules, sources, exchange_rates=exchange_rates)
    found += find_in_document(sorted((c for c in claims if c.path == path), key=lambda c: c.start), rules, sources)
    found = aligned_with_sources(found, claims, rules, sources)
    return tuple(sorted((f for f in found if f.primary.path == path), key=lambda f: f.sort_key))


def workspace_path(path: str) -> str:
    """A file as a check run in the working folder names it: relative when inside that folder,
    so an open document and the same file among the sources are known as one."""
    relative = os.path.relpath(os.path.abspath(path))
    return os.path.abspath(path) if relative == ".." or relative.startswith(".." + os.sep) else relative


# Positions -------------------------------------------------------------------------------------


def _utf16_length(text: str) -> int:
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def span_of(document: Document, start: int, end: int) -> Span:
    """Character offsets in the document -> an LSP range."""
    start_line, end_line = document.position(start)[0], document.position(end)[0]
    start_prefix = document.text[document.line_starts[start_line - 1] : start]
    end_prefix = document.text[document.line_starts[end_line - 1] : end]
    return Span(start_line - 1, _utf16_length(start_prefix), end_line - 1, _utf16_length(end_prefix))


def offset_of(document: Document, line: int, character: int) -> int:
    """An LSP position -> a character offset in the document (clamped to its line)."""
    if line >= len(document.line_starts):
        return len(document.text)
    start = document.line_starts[line]
    stop = document.line_starts[line + 1] - 1 if line + 1 < len(document.line_starts) else len(document.text)
    units = 0
    for offset in range(start, stop):
        if units >= character:
            return offset
        units += 2 if ord(document.text[offset]) > 0xFFFF else 1
    return stop


def _claim_span(claim: Claim, document: Document) -> Span:
    if claim.path == document.path:
        return span_of(document, claim.start, claim.end)
    # another file: its text is not at hand, and its columns count characters, which differ from
    # UTF-16 units only after a character outside the Basic Multilingual Plane
    return Span(claim.line - 1, claim.column - 1, claim.end_line - 1, claim.end_column - 1)


# Diagnostics -----------------------------------------------------------------------------------


def _documentation(rule: Rule | None) -> str | None:
    return None if rule is None else reporters.rule_documentation(rule)


def diagnostics(analysis: Analysis, rules: RuleSet) -> tuple[Diagnostic, ...]:
    """One diagnostic per finding, at its primary claim; the other claims as related information."""
    if analysis.error is not None:
        line = getattr(analysis.error, "line", None) or 1
        span = Span(line - 1, 0, line - 1, 0)
        return (Diagnostic(span, Severity.ERROR, "directive", str(analysis.error), None),)
    document = analysis.document
    found: list[Diagnostic] = []
    for finding in analysis.findings:
        related = tuple(
            Related(claim.path, _claim_span(claim, document), reporters.quoted(claim)) for claim in finding.claims[1:]
        )
        found.append(
            Diagnostic(
                _claim_span(finding.primary, document),
                finding.severity,
                finding.rule,
                finding.message,
                _documentation(rules.get(finding.rule)),
                related,
            )
        )
    return tuple(found)


# Hover -----------------------------------------------------------------------------------------


def claim_at(analysis: Analysis, offset: int) -> Claim | None:
    """The document's claim under the cursor; the innermost when figures nest."""
    here = [c for c in analysis.claims if c.path == analysis.document.path and c.start <= offset <= c.end]
    return min(here, key=lambda c: c.end - c.start, default=None)


def compared_with(claim: Claim, claims: Sequence[Claim]) -> tuple[Claim, ...]:
    """The claims linking judged to be about the same quantity as `claim`, in document order."""
    for _, _, members in blocks(claims):
        if any(member is claim for member in members):
            others = [link.second if link.first is claim else link.first
                      for link in link_block(members) if claim in (link.first, link.second)]  # fmt: skip
            return tuple(sorted(dict.fromkeys(others), key=lambda c: (c.path != claim.path, c.path, c.start)))
    return ()


def hover_text(analysis: Analysis, claim: Claim) -> str:
    """Markdown: what numcheck read in a figure, and what it was compared with."""
    from numcheck.notation import interval_text
    from numcheck.report import AGREES, normalised
    from numcheck.report.labels import unit_symbol

    interval, unit = normalised(claim)
    unit = unit_symbol(unit) if unit else unit
    lines = [f"**numcheck** read `{claim.text}` as a **{claim.kind.value}**", ""]
    lines.append(f"- normalised: {interval_text(interval)}{' ' + unit if unit else ''}")
    if claim.qualifier:
        lines.append(f"- hedge: {claim.qualifier}")
    lines.append(f"- subject: {claim.subject or '(none)'}")
    cited = {id(c): f.rule for f in analysis.findings if claim in f.claims for c in f.claims}
    others = compared_with(claim, analysis.claims)
    if not others:
        lines.append("- compared with: nothing else about the same quantity")
    else:
        lines += ["", "Compared with:", ""]
        for other in others:
            place = "here" if other.path == claim.path else Path(other.path).name
            verdict = cited.get(id(other), AGREES)
            lines.append(f"- `{other.text}` ({place}, line {other.line}): {verdict}")
    return "\n".join(lines)


# Code actions ----------------------------------------------------------------------------------


def code_actions(analysis: Analysis, span: Span) -> tuple[CodeAction, ...]:
    """For each finding at `span`: a fix where the rule knows one, then a directive that hides it."""
    document = analysis.document
    actions: list[CodeAction] = []
    for finding in analysis.findings:
        at = _claim_span(finding.primary, document)
        if not at.overlaps(span):
            continue
        fix = _fix(finding, document)
        if fix is not None:
            actions.append(fix)
        actions.append(_disable_next_line(finding, document, at))
    return tuple(actions)


def _disable_next_line(finding: Finding, document: Document, at: Span) -> CodeAction:
    line_start = document.line_starts[at.start_line]
    line = document.text[line_start:].split("\n", 1)[0]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    comment = f"{indent}<!-- numcheck: disable-next-line={finding.rule} -->\n"
    edit = TextEdit(Span(at.start_line, 0, at.start_line, 0), comment)
    return CodeAction(f"Disable {finding.rule} for this line", finding.rule, at, (edit,))


def _fix(finding: Finding, document: Document) -> CodeAction | None:
    if finding.rule == "conversion-mismatch" and len(finding.claims) == 2:
        return _conversion_fix(finding, document)
    if finding.rule == "percent-total":
        return _share_total_fix(finding, document)
    return None


def _conversion_fix(finding: Finding, document: Document) -> CodeAction | None:
    """ "3,000 feet (1,500 metres)" -> "3,000 feet (914 metres)": the bracketed figure recomputed."""
    from numcheck.units import UnknownUnitError, convert

    written, original = finding.claims
    if written.unit is None or original.unit is None:
        return None
    try:
        expected = convert(original.value, original.unit, written.unit)
    except UnknownUnitError:
        return None
    return _replace_figure(finding, document, written, expected, "Correct the conversion to {figure}")


def _share_total_fix(finding: Finding, document: Document) -> CodeAction | None:
    """ "48% for, 39% against and 17% undecided" -> "... and 13% undecided": the last share made
    the rest of the whole, as the others are stated."""
    shares = sorted(finding.claims, key=lambda c: c.start)
    last = shares[-1]
    rest = 100 - sum(claim.value for claim in shares[:-1])
    if rest <= 0 or any(claim.path != document.path for claim in shares):
        return None
    return _replace_figure(finding, document, last, rest, "Make the last share {figure} so the shares add up to 100%")


def _replace_figure(finding: Finding, document: Document, claim: Claim, value: float, title: str) -> CodeAction | None:
    """The first figure written in the claim replaced by `value`, written as the original is
    (its decimals, its thousands separator, its scale word kept)."""
    match = _FIGURE.search(claim.text)
    if match is None:
        return None
    digits = match.group()
    written = float(digits.replace(",", ""))
    if written == 0:
        return None
    scale = claim.value / written  # "1.5 million km": the digits are millions
    figure = figure_text(value / scale, digits)
    if figure == digits:
        return None
    start = claim.start + match.start()
    edit = TextEdit(span_of(document, start, start + len(digits)), figure)
    new_text = claim.text[: match.start()] + figure + claim.text[match.end() :]
    at = span_of(document, finding.primary.start, finding.primary.end)
    return CodeAction(title.format(figure=f"'{new_text}'"), finding.rule, at, (edit,), preferred=True)


def figure_text(value: float, like: str) -> str:
    """`value` written as `like` is: as many decimals, and thousands separated when it was."""
    decimals = len(like.split(".", 1)[1]) if "." in like else 0
    if round(value, decimals) == 0 and value != 0:
        return f"{value:.2g}"  # "0 km" for 0.4 km would be nonsense
    separator = "," if "," in like or abs(value) >= 10_000 else ""
    return f"{value:{separator}.{decimals}f}"
