"""Suppression stage: inline `<!-- numcheck: ... -->` directives and front matter -> findings kept or hidden."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from numcheck.documents import STDIN_PATH, is_markdown_path, markdown_code_ranges, read_document
from numcheck.errors import ConfigError, did_you_mean
from numcheck.model import Document, Finding
from numcheck.scanning import LazyPattern

# Case-insensitive on the word numcheck, as ruff is on its own directives; the body is parsed below.
# Only the opening: the body runs to the first `-->` (see _directive_spans).
_DIRECTIVE_OPENING = LazyPattern(r"<!--\s*numcheck\s*:", re.IGNORECASE)
_MENTION = b"numcheck"
_BODY = LazyPattern(r"(?P<action>[A-Za-z-]+)\s*(?:=\s*(?P<rules>.*))?", re.DOTALL)
_RULE_SEPARATOR = LazyPattern(r"\s*,\s*")
# The front matter markdown-it recognises: `---` on the first line, closed by `---`.
_FRONT_MATTER = LazyPattern(r"\A---[ \t]*\r?\n(?P<body>(?:.*?\r?\n)??)---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_FRONT_MATTER_KEY = "numcheck"
# Settings take a few lines; a document's front matter is parsed only when it names numcheck.
MAX_FRONT_MATTER = 64 * 1024
_FRONT_MATTER_SETTINGS = frozenset({"disable"})


class Action(StrEnum):
    DISABLE = "disable"
    ENABLE = "enable"
    DISABLE_NEXT_LINE = "disable-next-line"
    DISABLE_LINE = "disable-line"
    OFF = "off"
    ON = "on"
    FRONT_MATTER = "front-matter"

    @property
    def suppresses(self) -> bool:
        """The actions that can hide a finding, and so can be unused."""
        return self not in (Action.ENABLE, Action.ON)


_WRITTEN_ACTIONS = tuple(a.value for a in Action if a is not Action.FRONT_MATTER)
_LINE_SCOPED = frozenset({Action.DISABLE_NEXT_LINE, Action.DISABLE_LINE, Action.FRONT_MATTER})
_TAKES_RULES = frozenset({Action.DISABLE, Action.ENABLE, Action.DISABLE_NEXT_LINE, Action.DISABLE_LINE})


@dataclass(frozen=True, slots=True)
class Directive:
    """One directive as written. `rules` is empty when it applies to every rule."""

    path: str
    line: int
    column: int
    end_line: int
    start: int
    end: int
    action: Action
    rules: tuple[str, ...]
    text: str

    def covers(self, rule: str) -> bool:
        return not self.rules or rule in self.rules


@dataclass(frozen=True, slots=True)
class UnusedDirective:
    """A directive, or one rule id in it (`rule`), that hid no finding."""

    directive: Directive
    rule: str | None

    @property
    def location(self) -> str:
        return f"{self.directive.path}:{self.directive.line}:{self.directive.column}"

    @property
    def message(self) -> str:
        written = self.directive.text
        if self.rule is not None and len(self.directive.rules) > 1:
            return f"{self.rule!r} in numcheck directive {written!r} suppresses nothing"
        return f"numcheck directive {written!r} suppresses nothing"


@dataclass(frozen=True, slots=True)
class Suppression:
    """What the directives did to one run's findings."""

    kept: tuple[Finding, ...]
    suppressed: tuple[Finding, ...]
    unused: tuple[UnusedDirective, ...]


def read_directives(
    paths: Iterable[str], rule_ids: Collection[str], *, standard_input: Document | None = None
) -> dict[str, tuple[Directive, ...]]:
    """The directives of each file, by path. A file that never says "numcheck" has none, so it is
    not parsed. Standard input was read to its end by the check, which hands it over here."""
    found: dict[str, tuple[Directive, ...]] = {}
    for path in paths:
        if path == STDIN_PATH:
            if standard_input is not None and (directives := parse_directives(standard_input, rule_ids)):
                found[path] = directives
            continue
        try:
            with open(path, "rb") as handle:
                if _MENTION not in handle.read().lower():
                    continue
        except OSError:
            pass  # read_document names the problem
        directives = parse_directives(read_document(path), rule_ids)
        if directives:
            found[path] = directives
    return found


def parse_directives(document: Document, rule_ids: Collection[str]) -> tuple[Directive, ...]:
    """Every directive in a document, in order; front matter first. Raises ConfigError for a bad one."""
    found: list[Directive] = []
    code: list[tuple[int, int]] = []
    if is_markdown_path(document.path):
        front = _front_matter_directive(document, rule_ids)
        if front is not None:
            found.append(front)
        code = markdown_code_ranges(document.text)
    code_starts = [start for start, _ in code]
    for start, body_start, end in _directive_spans(document.text):
        before = bisect.bisect_right(code_starts, start) - 1
        if before < 0 or start >= code[before][1]:  # in code it is an example
            found.append(_directive(document, start, document.text[body_start : end - 3], end, rule_ids))
    return tuple(found)


def _directive_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """Where each `<!-- numcheck: ... -->` starts, where its body starts, and where it ends. A lazy
    `.*?-->` would scan to the end of the text from every opening left unclosed (quadratic); once
    no `-->` follows, no later opening can close either."""
    position = 0
    while (opening := _DIRECTIVE_OPENING.search(text, position)) is not None:
        close = text.find("-->", opening.end())
        if close < 0:
            return
        yield opening.start(), opening.end(), close + 3
        position = close + 3


def _directive(document: Document, start: int, inside: str, end: int, rule_ids: Collection[str]) -> Directive:
    line, column = document.position(start)
    end_line, _ = document.position(end - 1)
    written = " ".join(inside.split())
    body = _BODY.fullmatch(written)
    word = body.group("action").lower() if body else written
    if body is None or word not in _WRITTEN_ACTIONS:
        raise ConfigError(
            document.path,
            f"unknown numcheck directive {written!r}; expected one of {', '.join(_WRITTEN_ACTIONS)}"
            + did_you_mean(word, _WRITTEN_ACTIONS),
            line=line,
        )
    action = Action(word)
    listed = body.group("rules")
    rules: tuple[str, ...] = ()
    if listed is not None:
        if action not in _TAKES_RULES:
            raise ConfigError(document.path, f"numcheck directive {word!r} takes no rule ids", line=line)
        rules = tuple(_RULE_SEPARATOR.split(listed.strip()))
        if rules == ("",) or "" in rules:
            raise ConfigError(document.path, f"numcheck directive {written!r} has an empty rule id", line=line)
        _check_rule_ids(rules, rule_ids, document.path, line)
    return Directive(document.path, line, column, end_line, start, end, action, rules, written)


def _check_rule_ids(rules: Iterable[str], rule_ids: Collection[str], path: str, line: int) -> None:
    for rule in rules:
        if rule not in rule_ids:
            raise ConfigError(path, "unknown rule" + did_you_mean(rule, rule_ids), line=line, key=rule)


def _front_matter_directive(document: Document, rule_ids: Collection[str]) -> Directive | None:
    """`numcheck: off` switches the whole file off; `numcheck: {disable: [rule, ...]}` some rules."""
    from numcheck.yamlfile import LineDict, load_yaml_text

    match = _FRONT_MATTER.match(document.text)
    if match is None or _FRONT_MATTER_KEY not in match.group("body").lower():
        return None
    if len(match.group("body")) > MAX_FRONT_MATTER:
        limit = f"{MAX_FRONT_MATTER:,}"
        raise ConfigError(
            document.path, f"front matter longer than {limit} characters is not read for settings", line=1
        )
    # A leading newline for the opening `---`, so YAML line numbers are the document's.
    loaded: Any = load_yaml_text("\n" + match.group("body"), document.path)
    if not isinstance(loaded, LineDict) or _FRONT_MATTER_KEY not in loaded:
        return None
    line = loaded.line_of(_FRONT_MATTER_KEY)
    setting = loaded[_FRONT_MATTER_KEY]
    offset = document.line_starts[line - 1]
    end = document.line_starts[line] if line < len(document.line_starts) else len(document.text)
    written = document.text[offset:end].strip()

    def directive(rules: tuple[str, ...]) -> Directive:
        return Directive(document.path, line, 1, line, offset, end, Action.FRONT_MATTER, rules, written)

    # YAML 1.1 reads a bare `off` as false and `on` as true.
    if setting is False or setting == "off":
        return directive(())
    if setting is True or setting == "on":
        return None
    if not isinstance(setting, LineDict):
        raise ConfigError(
            document.path,
            "must be off, on, or a mapping like {disable: [rule-id]}",
            line=line,
            key=_FRONT_MATTER_KEY,
        )
    for key in setting:
        if key not in _FRONT_MATTER_SETTINGS:
            raise ConfigError(
                document.path,
                "unknown key" + did_you_mean(key, _FRONT_MATTER_SETTINGS),
                line=setting.line_of(key),
                key=f"{_FRONT_MATTER_KEY}.{key}",
            )
    disabled = setting.get("disable", [])
    if isinstance(disabled, str):
        disabled = [disabled]
    if not isinstance(disabled, list) or not all(isinstance(rule, str) for rule in disabled):
        raise ConfigError(
            document.path,
            "must be a rule id or a list of rule ids",
            line=setting.line_of("disable"),
            key=f"{_FRONT_MATTER_KEY}.disable",
        )
    if not disabled:
        return None
    _check_rule_ids(disabled, rule_ids, document.path, setting.line_of("disable"))
    return directive(tuple(disabled))


def suppress(findings: Sequence[Finding], directives: Mapping[str, Sequence[Directive]]) -> Suppression:
    """Hide each finding whose primary claim sits where a directive switches its rule off.

    `directives` maps a document path to that document's directives, in order."""
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    used: set[tuple[Directive, str | None]] = set()
    for finding in findings:
        by = _suppressors(finding, directives.get(finding.primary.path, ()))
        if by:
            suppressed.append(finding)
            used.update((directive, None if not directive.rules else finding.rule) for directive in by)
        else:
            kept.append(finding)
    unused = [
        UnusedDirective(directive, rule)
        for path in sorted(directives)
        for directive in directives[path]
        if directive.action.suppresses
        for rule in (directive.rules or (None,))
        if (directive, rule) not in used
    ]
    return Suppression(tuple(kept), tuple(suppressed), tuple(unused))


def _scoped_lines(directive: Directive) -> range:
    """The lines a line-scoped directive covers; front matter covers the whole file."""
    if directive.action is Action.DISABLE_NEXT_LINE:
        return range(directive.end_line + 1, directive.end_line + 2)
    if directive.action is Action.DISABLE_LINE:
        return range(directive.line, directive.end_line + 1)
    return range(1, sys.maxsize)


def _suppressors(finding: Finding, directives: Sequence[Directive]) -> list[Directive]:
    """Every directive in force for this finding's rule at its primary claim.

    Two layers, as in Vale: `off`/`on` switches everything, and `disable`/`enable` keeps a set of
    rules; either hides a finding. All of them are credited, so none of them is reported unused."""
    claim, rule = finding.primary, finding.rule
    off_by: Directive | None = None
    all_by: Directive | None = None
    excepted: set[str] = set()
    rule_by: dict[str, Directive] = {}
    by: list[Directive] = []
    for directive in directives:
        action = directive.action
        if action in _LINE_SCOPED:
            if directive.covers(rule) and claim.line in _scoped_lines(directive):
                by.append(directive)
            continue
        if directive.end > claim.start:
            continue  # a region that opens after the claim; a later line directive may still apply
        if action is Action.OFF:
            off_by = directive
        elif action is Action.ON:
            off_by = None
        elif action is Action.DISABLE and not directive.rules:
            all_by, excepted = directive, set()
        elif action is Action.ENABLE and not directive.rules:
            all_by, excepted, rule_by = None, set(), {}
        elif action is Action.DISABLE:
            for named in directive.rules:
                rule_by[named] = directive
                excepted.discard(named)
        elif action is Action.ENABLE:
            for named in directive.rules:
                rule_by.pop(named, None)
                excepted.add(named)
    by.extend(d for d in (off_by, rule_by.get(rule)) if d is not None)
    if all_by is not None and rule not in excepted:
        by.append(all_by)
    return by
