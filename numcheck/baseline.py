"""Baseline stage: record today's findings in a file, and hide exactly those in later runs."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numcheck
from numcheck.config_text import bracket_nesting_line, decode_config, too_deep
from numcheck.errors import ConfigError, NumcheckError
from numcheck.model import Finding

BASELINE_FILE = ".numcheck-baseline.json"
SCHEMA_VERSION = 1
_TOP_KEYS = frozenset({"schema_version", "tool", "findings"})
_ENTRY_KEYS = {"fingerprint": str, "rule": str, "path": str, "claims": list, "message": str, "count": int}
# Paths in a baseline are relative to its folder, so it works from any working directory and checkout.
_NOT_A_FILE = ("<stdin>", "<string>")


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One recorded finding, and how many times it occurred. Only `fingerprint` and `count` are matched;
    the other fields are there so a reviewer can read the file."""

    fingerprint: str
    rule: str
    path: str
    claims: tuple[str, ...]
    message: str
    count: int


@dataclass(frozen=True, slots=True)
class Baseline:
    entries: tuple[BaselineEntry, ...]

    @property
    def counts(self) -> Mapping[str, int]:
        counts: Counter[str] = Counter()
        for entry in self.entries:
            counts[entry.fingerprint] += entry.count
        return counts

    @property
    def total(self) -> int:
        return sum(entry.count for entry in self.entries)


def relative_path(path: str, root: Path) -> str:
    """`path` relative to the baseline's folder, with forward slashes on every platform."""
    if path in _NOT_A_FILE:
        return path
    try:
        return Path(os.path.relpath(os.path.abspath(path), root)).as_posix()
    except ValueError:  # another drive on Windows
        return Path(os.path.abspath(path)).as_posix()


def normalised_text(text: str) -> str:
    """Immune to rewrapping and to a change of case at the start of a sentence."""
    return " ".join(text.split()).casefold()


def fingerprint(finding: Finding, root: Path) -> str:
    """The same finding after lines move: rule, the claims' files and texts, and their subjects.

    Never the line, column or message; the claims are sorted, so a reordering that changes which
    claim is primary keeps the fingerprint."""
    claims = sorted([relative_path(c.path, root), normalised_text(c.text)] for c in finding.claims)
    subjects = sorted({c.subject for c in finding.claims if c.subject is not None})
    key = json.dumps([finding.rule, subjects, claims], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def baseline_of(findings: Sequence[Finding], root: Path) -> Baseline:
    """Findings -> a Baseline, identical findings counted once each, in a stable order."""
    counts: Counter[str] = Counter()
    first: dict[str, Finding] = {}
    for finding in findings:
        key = fingerprint(finding, root)
        counts[key] += 1
        first.setdefault(key, finding)
    entries = [
        BaselineEntry(
            key,
            finding.rule,
            relative_path(finding.primary.path, root),
            tuple(c.text for c in finding.claims),
            finding.message,
            counts[key],
        )
        for key, finding in first.items()
    ]
    entries.sort(key=lambda e: (e.path, e.rule, e.fingerprint))
    return Baseline(tuple(entries))


def baseline_json(baseline: Baseline) -> str:
    """The versioned file format, documented in docs/baseline.md."""
    payload = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "numcheck", "version": numcheck.__version__},
        "findings": [
            {
                "fingerprint": e.fingerprint,
                "rule": e.rule,
                "path": e.path,
                "claims": list(e.claims),
                "message": e.message,
                "count": e.count,
            }
            for e in baseline.entries
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def without_baselined(findings: Sequence[Finding], baseline: Baseline, root: Path) -> tuple[Finding, ...]:
    """Hide as many occurrences of each fingerprint as the baseline recorded, the first ones in report order."""
    left = Counter(baseline.counts)
    kept: list[Finding] = []
    for finding in findings:
        key = fingerprint(finding, root)
        if left[key] > 0:
            left[key] -= 1
        else:
            kept.append(finding)
    return tuple(kept)


def load_baseline(path: str | Path) -> Baseline:
    """Read and validate a baseline file. A missing or malformed one is a clear error."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise NumcheckError(f"{name}: no such baseline file (write one with `numcheck baseline PATH...`)") from None
    except IsADirectoryError:
        raise NumcheckError(f"{name}: is a directory, not a baseline file") from None
    except OSError as error:
        raise NumcheckError(f"{name}: cannot read baseline: {error}") from None
    text = decode_config(data, name)
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as error:
        raise ConfigError(name, f"not valid JSON: {error.msg} (column {error.colno})", line=error.lineno) from None
    except RecursionError:
        raise too_deep(name, bracket_nesting_line(text, comments=False)) from None
    except ValueError as error:  # an integer of more digits than Python converts (4,300)
        raise ConfigError(name, f"not a baseline numcheck wrote: {error}".split(";")[0]) from None
    return _validated(payload, name)


def _validated(payload: Any, name: str) -> Baseline:
    if not isinstance(payload, dict):
        raise ConfigError(name, "a baseline must be a JSON object")
    unknown = sorted(set(payload) - _TOP_KEYS)
    if unknown:
        raise ConfigError(name, "unknown key", key=unknown[0])
    version = payload.get("schema_version")
    if version != SCHEMA_VERSION:
        raise ConfigError(
            name,
            f"schema_version {version!r} is not supported: this numcheck reads version {SCHEMA_VERSION}",
            key="schema_version",
        )
    listed = payload.get("findings")
    if not isinstance(listed, list):
        raise ConfigError(name, "must be a list", key="findings")
    return Baseline(tuple(_entry(item, index, name) for index, item in enumerate(listed)))


def _entry(item: Any, index: int, name: str) -> BaselineEntry:
    where = f"findings[{index}]"
    if not isinstance(item, dict):
        raise ConfigError(name, "must be an object", key=where)
    for key in item:
        if key not in _ENTRY_KEYS:
            raise ConfigError(name, "unknown key", key=f"{where}.{key}")
    for key, expected in _ENTRY_KEYS.items():
        value = item.get(key)
        # bool is an int in Python, but `"count": true` is a mistake.
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ConfigError(name, f"missing or not a {expected.__name__}", key=f"{where}.{key}")
    if item["count"] < 1:
        raise ConfigError(name, "must be 1 or more", key=f"{where}.count")
    if not all(isinstance(text, str) for text in item["claims"]):
        raise ConfigError(name, "must be a list of strings", key=f"{where}.claims")
    return BaselineEntry(
        item["fingerprint"], item["rule"], item["path"], tuple(item["claims"]), item["message"], item["count"]
    )
