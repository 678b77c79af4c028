"""What the check benchmarks share: figures located by their printed text, findings judged by the
places they cite, and the evidence numcheck read at a claim, as `numcheck extract --format json` gives it.

pairs.py (draft/source pairs scored rule by rule) and paraphrase.py (one fact in many phrasings,
and summaries with one figure edited) both import it; benchmarks/ is on sys.path when either runs
as a script.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from numcheck.errors import ConfigError
from numcheck.model import Claim, Document, Finding, Severity
from numcheck.yamlfile import describe_value

# Where a claim sits: left out of the evidence listing, which says what numcheck read, not where.
_PLACE_FIELDS = frozenset(
    {"path", "line", "column", "end_line", "end_column", "start", "end", "sentence", "sentence_start"}
)


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of `needle` in `text`, overlapping ones included."""
    found, start = [], text.find(needle)
    while start != -1:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return found


def claim_overlaps(claim: Claim, document: Document, texts: Iterable[str]) -> bool:
    """True when the claim is in `document` and overlaps an occurrence of one of `texts`:
    matching is by place, so the figure "15,000 nurses" matches the claim "15,000"."""
    if claim.path != document.path:
        return False
    return any(claim.start < end and start < claim.end for text in texts for start, end in spans(document.text, text))


def figure_texts(value: Any, path: str, line: int, key: str) -> tuple[str, ...]:
    """A figure as printed, or a list of alternatives, read from YAML: non-empty strings only."""
    values = value if isinstance(value, list) else [value]
    if not values or not all(isinstance(v, str) and v.strip() for v in values):
        raise ConfigError(
            path, f"expected a figure or a list of figures, not {describe_value(value)}", line=line, key=key
        )
    return tuple(values)


def fails_ci(finding: Finding) -> bool:
    """A warning or an error: what fails or warns in CI. Info findings never count as a flag."""
    return finding.severity.rank >= Severity.WARNING.rank


def ratio_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def evidence(claim: Claim) -> dict[str, Any]:
    """What numcheck read at a claim: the fields of `numcheck extract --format json`, without the
    place and without empty values, so fields the linking stage adds show up here unasked."""
    from numcheck.reporters import claim_record

    return {
        name: value
        for name, value in claim_record(claim).items()
        if name not in _PLACE_FIELDS and value not in (None, [], "", {})
    }


# Read in one line as the interval, or said by the value and unit already.
_FOLDED_FIELDS = frozenset(
    {"low", "high", "low_inclusive", "high_inclusive", "base_value", "base_unit", "precision", "dimension"}
)


def evidence_text(claim: Claim) -> str:
    """One line: the claim's text, its interval when it is not a point, then every other non-empty
    field as name=value (the interval's ends and the base units are folded away)."""
    fields = evidence(claim)
    text = fields.pop("text", claim.text)
    shown = [f"{name}={_shown(value)}" for name, value in fields.items() if name not in _FOLDED_FIELDS]
    if claim.low != claim.high:
        low = "[" if claim.low_inclusive else "("
        high = "]" if claim.high_inclusive else ")"
        ends = f"{_end(claim.low, '-inf')}, {_end(claim.high, 'inf')}"
        shown.insert(min(3, len(shown)), f"interval={low}{ends}{high}")
    return f"'{text}' [{', '.join(shown)}]"


def _end(value: float | None, unbounded: str) -> str:
    return unbounded if value is None else _shown(value)


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, list):
        return "[" + ", ".join(_shown(item) for item in value) + "]"
    if isinstance(value, dict):  # a nested record, such as the linking evidence: its non-empty entries
        return "{" + ", ".join(f"{k}: {_shown(v)}" for k, v in value.items() if v not in (None, [], "", {})) + "}"
    return str(value)


def claims_at(claims: Sequence[Claim], document: Document, texts: Iterable[str]) -> list[Claim]:
    """The claims numcheck read that overlap one of `texts` in `document`."""
    wanted = tuple(texts)
    return [claim for claim in claims if claim_overlaps(claim, document, wanted)]
