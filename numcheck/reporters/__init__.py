"""Reporters: claims and findings -> text for people, and JSON, SARIF, JUnit and more for machines."""

from __future__ import annotations

import csv
import functools
import importlib
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast

import orjson

from numcheck.model import Claim, Finding, Severity
from numcheck.rules import Rule, RuleSet
from numcheck.scanning import LazyPattern

SCHEMA_VERSION = 2  # 2: claims carry `evidence`, findings `link`
CLAIM_FIELDS = tuple(f.name for f in fields(Claim))


# Stands for the one long list of a JSON document that json_chunks writes item by item.
PLACEHOLDER = "\x00numcheck-items\x00"
_PLACEHOLDER_JSON = json.dumps(PLACEHOLDER)


def json_chunks(document: Any, items: Iterable[Any]) -> Iterator[str]:
    """`document` as indented JSON with `items` in place of its one PLACEHOLDER, an item at a time.

    The text is json.dumps's of the whole with indent=2 (plus a final newline), so a report of
    millions of findings never has to be one string in memory."""
    head, tail = json.dumps(document, ensure_ascii=False, indent=2).split(_PLACEHOLDER_JSON)
    last_line = head[head.rfind("\n") + 1 :]
    outer = " " * (len(last_line) - len(last_line.lstrip(" ")))
    inner = outer + "  "
    yield head
    separator = "[\n"
    for item in items:
        # JSON strings hold no raw newline, so every newline here is indentation
        yield separator + inner + _indented(item).replace("\n", "\n" + inner)
        separator = ",\n"
    yield "[]" if separator == "[\n" else f"\n{outer}]"
    yield tail + "\n"


def _indented(item: Any) -> str:
    """One item as JSON indented by two: json.dumps's layout, written by orjson, which is many
    times faster than the pure-Python encoder json uses whenever it indents. Floats are written
    in their shortest form ("1e-7" where json writes "1e-07"), which any reader parses the same."""
    return orjson.dumps(item, option=orjson.OPT_INDENT_2).decode()


def claim_record(claim: Claim) -> dict[str, Any]:
    """Every field of a claim, JSON-ready, in declaration order."""
    record: dict[str, Any] = {}
    for name in CLAIM_FIELDS:
        value = getattr(claim, name)
        record[name] = list(value) if isinstance(value, tuple) else value
    evidence = claim.evidence
    record["evidence"] = None if evidence is None else evidence.as_record()
    return record


# The claim formats of `extract` give their text in pieces, as the finding formats' chunks do.


def claims_json(claims: Sequence[Claim]) -> Iterator[str]:
    return json_chunks(PLACEHOLDER, (claim_record(c) for c in claims))


# JSON leaves these raw inside strings, yet many line readers (Python's splitlines among them) end a
# line at each: escaped, a record is one line for any reader.
_LINE_BREAKS_JSON_KEEPS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def claims_jsonl(claims: Sequence[Claim]) -> Iterator[str]:
    return (json.dumps(claim_record(c), ensure_ascii=False).translate(_LINE_BREAKS_JSON_KEEPS) + "\n" for c in claims)


def claims_csv(claims: Sequence[Claim]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CLAIM_FIELDS, lineterminator="\n")
    writer.writeheader()
    for claim in claims:
        record = claim_record(claim)
        record["path"] = printable(claim.path)  # a CSV field may hold a newline; a CI log must not see one
        record["entities"] = "; ".join(claim.entities)
        record["evidence"] = json.dumps(record["evidence"], ensure_ascii=False, sort_keys=True)
        writer.writerow(record)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def claims_table(claims: Sequence[Claim]) -> Iterator[str]:
    """A table readable at a glance: where, kind, text, value, interval and subject."""
    import pandas as pd

    from numcheck.notation import interval_text, number_text

    rows = []
    for c in claims:
        grouped = c.kind.is_quantity  # a year or an identifier is never "2,021"
        interval = "" if c.low == c.high else interval_text(c.interval, grouped=grouped)
        rows.append({"where": f"{printable(c.path)}:{c.line}:{c.column}", "kind": c.kind.value,
                     "text": one_line(c.text), "value": number_text(c.value, grouped=grouped), "unit": c.unit or "",
                     "interval": interval,
                     "subject": c.subject or ""})  # fmt: skip
    yield pd.DataFrame(rows).to_string(index=False) + "\n" if rows else "no claims found\n"


# Findings ------------------------------------------------------------------------------------

# Each format is one module with `render(findings, run) -> str`, imported only when used, and
# optionally `chunks(findings, run) -> Iterator[str]`, the same text in pieces.
FORMATS: Mapping[str, str] = MappingProxyType(
    {
        "text": "numcheck.reporters.text",
        "json": "numcheck.reporters.json_output",
        "sarif": "numcheck.reporters.sarif",
        "github": "numcheck.reporters.github",
        "junit": "numcheck.reporters.junit",
        "markdown": "numcheck.reporters.markdown",
    }
)
AUTO = "auto"


@dataclass(frozen=True, slots=True)
class RunContext:
    """What a reporter may say about the run besides the findings."""

    documents: tuple[str, ...]
    sources: tuple[str, ...] = ()
    claims: int = 0
    rules: RuleSet | None = None
    # SARIF URIs and GitHub annotation paths are relative to this folder (the repository root).
    root: str = "."
    colour: bool = False
    # Findings hidden by each filter, by HIDDEN_BY's keys: the summary says how many, and by what.
    hidden: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    @property
    def documents_read(self) -> int:
        return len(self.documents) + len(self.sources)


Renderer = Callable[[Sequence[Finding], RunContext], str]
ChunkRenderer = Callable[[Sequence[Finding], RunContext], Iterable[str]]


def resolve_format(name: str, environ: Mapping[str, str]) -> str:
    """`auto` is GitHub annotations inside GitHub Actions, plain text elsewhere."""
    if name == AUTO:
        return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name


def renderer(name: str) -> Renderer:
    return cast(Renderer, importlib.import_module(FORMATS[name]).render)


def chunk_renderer(name: str) -> ChunkRenderer:
    """The same text in pieces. Formats an archive can make huge (JSON, SARIF) have `chunks`;
    the others come in one piece."""
    module = importlib.import_module(FORMATS[name])
    chunks = getattr(module, "chunks", None)
    if chunks is not None:
        return cast(ChunkRenderer, chunks)
    render = cast(Renderer, module.render)
    return lambda findings, run: (render(findings, run),)


# The label of numcheck's own [project.urls] entry that gives the page of the built-in rules
# (docs/rules.md, one anchor per rule id). Whoever publishes numcheck sets it once in pyproject.toml;
# numcheck never makes up an address it does not know.
RULES_DOCUMENTATION_LABEL = "Rules"


@functools.cache
def rules_documentation_address() -> str | None:
    """The published address of the built-in rules' page, from numcheck's package metadata, if it has one."""
    import importlib.metadata  # here, not at start-up: only SARIF and the editor link to rules (about 15 ms)

    try:
        entries: list[str] = importlib.metadata.metadata("numcheck").get_all("Project-URL") or []
    except importlib.metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return None
    for entry in entries:
        label, _, address = entry.partition(",")
        if label.strip().casefold() == RULES_DOCUMENTATION_LABEL.casefold() and address.strip():
            return address.strip()
    return None


def rule_documentation(rule: Rule) -> str:
    """A link to what a rule checks: the built-in rules' published page at the rule's anchor, or else
    the rule's own file, which holds its description and examples (so a link always opens something)."""
    from numcheck.vocabulary import BUILTIN_RULES

    rule_file = Path(rule.path).resolve()
    published = rules_documentation_address()
    if published is not None and rule_file.parent == BUILTIN_RULES.resolve():
        return f"{published}#{rule.id}"
    return rule_file.as_uri()


# Control characters and bidi overrides in a file name could move the cursor or reorder what is shown
_UNPRINTABLE = LazyPattern("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text from documents and file names with control characters shown as escapes, never obeyed."""
    return _UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def one_line(text: str) -> str:
    """Text as read aloud: a hard-wrapped sentence or figure ("up to 90\nmiles") on one line."""
    return " ".join(text.split())


def quoted(claim: Claim) -> str:
    """ "'tenfold' in "NATO troop numbers have increased tenfold to 40,000 ..."", on one line."""
    return f'{one_line(claim.text)!r} in "{one_line(claim.sentence)}"'


def ordered(findings: Sequence[Finding]) -> list[Finding]:
    """The one report order (Finding.sort_key), whatever order the findings arrive in."""
    return sorted(findings, key=lambda f: f.sort_key)


def severity_counts(findings: Sequence[Finding]) -> dict[Severity, int]:
    return {s: sum(1 for f in findings if f.severity is s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}


# The filters that hide findings, in the order they apply, and how the summary names each.
HIDDEN_BY: Mapping[str, str] = MappingProxyType(
    {"directives": "by directives", "baseline": "by the baseline", "diff": "outside the --diff lines"}
)
_PLURALS = {"info": "info", "is": "are", "was": "were"}


def counted(number: int, noun: str) -> str:
    """ "1 warning", "2 warnings", "0 errors", "3 info": the one way numcheck counts things."""
    if number == 1:
        return f"{number:,} {noun}"
    return f"{number:,} {_PLURALS.get(noun, noun + 's')}"


def severity_summary(counts: Mapping[Severity, int]) -> str:
    """ "0 errors, 1 warning, 0 info" """
    return ", ".join(counted(counts.get(s, 0), s.value) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))


def hidden_summary(hidden: Mapping[str, int]) -> str:
    """ "; 3 findings hidden (2 by directives, 1 by the baseline)", or "" when nothing was hidden."""
    parts = [f"{count:,} {HIDDEN_BY[by]}" for by, count in hidden.items() if count]
    if not parts:
        return ""
    return f"; {counted(sum(hidden.values()), 'finding')} hidden ({', '.join(parts)})"


def summary_line(findings: Sequence[Finding], run: RunContext) -> str:
    documents = counted(run.documents_read, "document")
    return f"{documents}, {counted(run.claims, 'claim')}: {severity_summary(severity_counts(findings))}" + (
        hidden_summary(run.hidden)
    )


def repository_path(path: str, root: str) -> str | None:
    """`path` relative to `root`, with forward slashes; None for standard input or a file outside root."""
    if path.startswith("<"):
        return None
    relative = Path(os.path.relpath(os.path.abspath(path), os.path.abspath(root))).as_posix()
    if relative == ".." or relative.startswith("../"):
        return None
    return relative
