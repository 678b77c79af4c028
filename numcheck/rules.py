"""Rule loading: rules/<id>.yaml files -> validated, frozen Rule records in a RuleSet."""

from __future__ import annotations

import builtins
import math
import re
import string
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from numcheck.config_text import read_config_text
from numcheck.errors import ConfigError, did_you_mean
from numcheck.model import Severity
from numcheck.scanning import LazyPattern
from numcheck.yamlfile import LineDict, LineList, check_keys, describe_value, load_yaml_text

# The names a message template may use; the engine fills every one of them.
MESSAGE_FIELDS = frozenset(
    {
        "primary",
        "other",
        "subject",
        "primary_value",
        "other_value",
        "primary_interval",
        "other_interval",
        "arithmetic",
        "detail",
        "unit",
    }
)

RULE_ID = LazyPattern(r"^[a-z][a-z0-9-]*$")
RULE_SUFFIX = ".yaml"
# Lives next to the built-in rules but holds words, not a rule.
VOCABULARY_FILE = "vocabulary.yaml"

PARAM_TYPES: tuple[builtins.type, ...] = (float, int, bool, str, tuple)
EXAMPLE_ROLES = ("draft", "source")

_RULE_KEYS = frozenset({"kind", "severity", "message", "summary", "description", "params", "examples", "enabled"})
# A summary is one short sentence: SARIF's shortDescription, the `rules list` column.
SUMMARY_MAX = 80
_REQUIRED_KEYS = ("kind", "severity", "message", "description", "examples")
_EXAMPLE_SETS = ("fail", "pass")
# Only fill, alignment and width: they work whether the engine passes text or numbers.
_SIMPLE_FORMAT_SPEC = LazyPattern(r"(?:.?[<>^])?[0-9]{0,3}")

_EXPECTED = {
    float: "a number",
    int: "a whole number",
    bool: "true or false",
    str: "a string",
    tuple: "a list of strings",
}


class _InvalidValue(ValueError):
    """A parameter value that does not fit its ParamSpec; `index` points into a list value."""

    def __init__(self, message: str, index: int | None = None):
        super().__init__(message)
        self.index = index


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One typed parameter of a check kind. `tuple` as the type means a list of strings.
    A default of None means "not set"; a rule file cannot write None itself."""

    name: str
    type: builtins.type
    default: object
    description: str
    minimum: float | None = None
    choices: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.type not in PARAM_TYPES:
            raise ValueError(f"param {self.name!r}: type must be one of float, int, bool, str, tuple")
        if self.minimum is not None and self.type not in (float, int):
            raise ValueError(f"param {self.name!r}: minimum applies only to numbers")
        if self.choices is not None and self.type not in (str, tuple):
            raise ValueError(f"param {self.name!r}: choices apply only to str and tuple")
        if self.default is not None:
            try:
                object.__setattr__(self, "default", self.check(self.default))
            except _InvalidValue as error:
                raise ValueError(f"param {self.name!r}: bad default: {error}") from None

    @property
    def expected(self) -> str:
        return _EXPECTED[self.type]

    def check(self, value: object) -> object:
        """The value as the kind will see it (an int given for a float becomes a float,
        a list becomes a tuple). Raises ValueError saying what was expected and found."""
        if self.type is tuple:
            return self._check_list(value)
        if self.type is str:
            if not isinstance(value, str):
                raise self._wrong_type(value)
            self._check_choice(value)
            return value
        # bool is an int subclass, but `true` for a tolerance is a mistake, not 1.
        if isinstance(value, bool):
            if self.type is bool:
                return value
            raise self._wrong_type(value)
        if self.type is bool:
            raise self._wrong_type(value)
        number: float | int
        if self.type is int and isinstance(value, int):
            number = value
        elif self.type is float and isinstance(value, int | float):
            try:
                number = float(value)
            except OverflowError:
                number = math.inf
            if not math.isfinite(number):
                raise _InvalidValue(f"expected a finite number, got {describe_value(value)}")
        else:
            raise self._wrong_type(value)
        if self.minimum is not None and number < self.minimum:
            raise _InvalidValue(f"must be at least {self.minimum:g}, got {value!r}")
        return number

    def _wrong_type(self, value: object) -> _InvalidValue:
        return _InvalidValue(f"expected {self.expected}, got {describe_value(value)}" + _hint(value))

    def _check_list(self, value: object) -> tuple[str, ...]:
        if not isinstance(value, list | tuple):
            raise _InvalidValue(f"expected {self.expected}, got {describe_value(value)}")
        for index, item in enumerate(value):
            if not isinstance(item, str):
                raise _InvalidValue(f"expected a string, got {describe_value(item)}", index)
            self._check_choice(item, index)
        return tuple(value)

    def _check_choice(self, value: str, index: int | None = None) -> None:
        if self.choices is not None and value not in self.choices:
            allowed = ", ".join(repr(choice) for choice in self.choices)
            raise _InvalidValue(
                f"expected one of {allowed}, got {value!r}" + did_you_mean(value, self.choices),
                index,
            )


def _hint(value: object) -> str:
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return ""
        # PyYAML follows YAML 1.1, where 1e-3 (no dot) is text, not a number.
        return " (write numbers unquoted, and exponents with a dot: 1.0e-3)"
    return ""


@dataclass(frozen=True, slots=True)
class KindSpec:
    """What a check kind accepts. kinds.py builds these; rules.py only reads them."""

    name: str
    description: str
    params: tuple[ParamSpec, ...] = ()

    def __post_init__(self) -> None:
        names = [param.name for param in self.params]
        if len(set(names)) != len(names):
            raise ValueError(f"kind {self.name!r}: duplicate parameter names in {names}")

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(param.name for param in self.params)

    def param(self, name: str) -> ParamSpec | None:
        for param in self.params:
            if param.name == name:
                return param
        return None


@dataclass(frozen=True, slots=True)
class Example:
    """A rule example: one text, or documents as (role, text) pairs with role draft|source."""

    text: str = ""
    documents: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if bool(self.text) == bool(self.documents):
            raise ValueError("an Example has either a text or documents, not both or neither")
        for role, _ in self.documents:
            if role not in EXAMPLE_ROLES:
                raise ValueError(f"document role must be draft or source, not {role!r}")
        if self.documents and not self.drafts:
            raise ValueError("an Example with documents needs at least one draft")

    @property
    def drafts(self) -> tuple[str, ...]:
        return tuple(text for role, text in self.documents if role == "draft")

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(text for role, text in self.documents if role == "source")


@dataclass(frozen=True, slots=True)
class Rule:
    """One validated rule file. `params` holds every declared param of the kind."""

    id: str
    kind: str
    severity: Severity
    message: str
    description: str
    # A mappingproxy cannot be hashed, so hashing a Rule leaves it out.
    params: Mapping[str, object] = field(hash=False)
    fail_examples: tuple[Example, ...]
    pass_examples: tuple[Example, ...]
    path: str
    enabled: bool = True
    summary: str = ""  # one short sentence; `short_description` falls back on the description

    @property
    def short_description(self) -> str:
        """One short sentence: the summary, else the description's first clause."""
        if self.summary:
            return self.summary
        description = " ".join(self.description.split())
        first = re.split(r"(?<=[.!?])\s|[:;(]|, (?:or|and|so|but) ", description, maxsplit=1)[0].strip().rstrip(",.")
        return f"{first}."

    @property
    def message_fields(self) -> frozenset[str]:
        """The MESSAGE_FIELDS names this rule's message uses."""
        return frozenset(name for _, name, _, _ in string.Formatter().parse(self.message) if name is not None)

    def render(self, fields: Mapping[str, object]) -> str:
        """The message with its fields filled in; `fields` must cover message_fields."""
        return self.message.format_map(fields)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The rules for one run, sorted by id. Built per run and passed in; never global."""

    rules: tuple[Rule, ...]
    _by_id: Mapping[str, Rule] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.rules, key=lambda rule: rule.id))
        by_id = {rule.id: rule for rule in ordered}
        if len(by_id) != len(ordered):
            raise ValueError("a RuleSet cannot hold two rules with the same id")
        object.__setattr__(self, "rules", ordered)
        object.__setattr__(self, "_by_id", MappingProxyType(by_id))

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self.rules)

    @property
    def enabled(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.enabled)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)


# Loading ---------------------------------------------------------------------------------


def load_rules(paths: Sequence[str | Path], kinds: Mapping[str, KindSpec], *, builtin: Path | None) -> RuleSet:
    """The built-in rules, overridden by the user's rules of the same id.
    Each path is a rule file or a folder of them. Raises ConfigError on the first problem."""
    rules: dict[str, Rule] = {}
    if builtin is not None:
        for rule_path in _rule_files(builtin):
            rule = validate_rule_file(rule_path, kinds)
            rules[rule.id] = rule
    user: dict[str, Rule] = {}
    seen: set[Path] = set()
    for given in paths:
        for rule_path in _rule_files(Path(given)):
            resolved = rule_path.resolve()
            if resolved in seen:  # the same file reached twice is not a clash
                continue
            seen.add(resolved)
            rule = validate_rule_file(rule_path, kinds)
            if rule.id in user:
                raise ConfigError(
                    rule.path,
                    f"duplicate rule id {rule.id!r}: also defined in {user[rule.id].path}",
                )
            user[rule.id] = rule
    rules.update(user)
    return RuleSet(tuple(rules.values()))


def validate_rule_file(path: str | Path, kinds: Mapping[str, KindSpec]) -> Rule:
    """Load one rule file and check all of it; what `numcheck rules validate PATH` runs."""
    name = str(path)
    rule_id = rule_id_from_path(path)
    return parse_rule(read_config_text(path, name), name, kinds, rule_id=rule_id)


def rule_id_from_path(path: str | Path) -> str:
    """The rule id a file name gives, or a ConfigError when the name is not `<id>.yaml`."""
    path = Path(path)
    if path.name == VOCABULARY_FILE:
        raise ConfigError(str(path), f"{VOCABULARY_FILE} holds the vocabulary, not a rule")
    stem = path.stem
    if path.suffix != RULE_SUFFIX or not RULE_ID.match(stem):
        suggestion = re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
        hint = ""
        if RULE_ID.match(suggestion):
            hint = f" (did you mean {suggestion + RULE_SUFFIX!r}?)"
        raise ConfigError(
            str(path),
            f"a rule file must be named <id>{RULE_SUFFIX}, where the id is lowercase letters, "
            f"digits and hyphens starting with a letter; got {path.name!r}{hint}",
        )
    return stem


def parse_rule(text: str, path: str, kinds: Mapping[str, KindSpec], *, rule_id: str | None = None) -> Rule:
    """Validate rule YAML text. The id comes from `path` unless `rule_id` is given."""
    if rule_id is None:
        rule_id = rule_id_from_path(path)
    top = load_yaml_text(text, path, item_lines=True)
    if top is None:
        raise ConfigError(path, "the rule file is empty; it needs kind, severity, message, ...")
    if not isinstance(top, LineDict):
        raise ConfigError(
            path,
            "a rule file must be a mapping of keys (kind, severity, message, description, "
            f"examples), got {describe_value(top)}",
            line=_line(top, 1),
        )
    check_keys(top, _RULE_KEYS, path)
    for key in _REQUIRED_KEYS:
        if key not in top:
            raise ConfigError(path, "missing required key", line=top.line, key=key)

    kind_name = _string(top, "kind", path)
    kind = kinds.get(kind_name)
    if kind is None:
        known = did_you_mean(kind_name, kinds) or f" (known kinds: {', '.join(sorted(kinds))})"
        raise ConfigError(path, f"unknown kind {kind_name!r}{known}", line=top.line_of("kind"), key="kind")
    severity_name = _string(top, "severity", path)
    try:
        severity = Severity(severity_name)
    except ValueError:
        choices = [member.value for member in Severity]
        raise ConfigError(
            path,
            f"unknown severity {severity_name!r}, expected one of {', '.join(choices)}"
            + did_you_mean(severity_name, choices),
            line=top.line_of("severity"),
            key="severity",
        ) from None
    message = _string(top, "message", path)
    check_message(message, path, line=top.line_of("message"))
    description = _string(top, "description", path)
    summary = _summary(top, path)
    params = validated_params(top, kind, path)
    enabled = top.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(
            path,
            f"expected true or false, got {describe_value(enabled)}",
            line=top.line_of("enabled"),
            key="enabled",
        )
    fail_examples, pass_examples = _examples(top, path)
    return Rule(
        id=rule_id,
        kind=kind_name,
        severity=severity,
        message=message,
        description=description,
        params=params,
        fail_examples=fail_examples,
        pass_examples=pass_examples,
        path=path,
        enabled=enabled,
        summary=summary,
    )


def _summary(top: LineDict, path: str) -> str:
    if "summary" not in top:
        return ""
    summary = " ".join(_string(top, "summary", path).split())
    if len(summary) > SUMMARY_MAX or not summary.endswith((".", "!", "?")):
        raise ConfigError(
            path,
            f"expected one short sentence ending in a full stop, at most {SUMMARY_MAX} characters; got {summary!r}",
            line=top.line_of("summary"),
            key="summary",
        )
    return summary


def check_message(message: str, path: str, *, line: int | None = None) -> None:
    """A message template may only name MESSAGE_FIELDS, plainly: {primary} or {primary:>10}.
    Attribute and index access would let a rule file reach into our objects."""

    def fail(problem: str) -> ConfigError:
        return ConfigError(path, problem, line=line, key="message")

    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as error:
        raise fail(f"malformed template: {error} (write {{{{ and }}}} for literal braces)") from None
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name == "" or name.isdigit():
            raise fail(f"positional field {{{name}}}: name the field, e.g. {{primary}}")
        if "." in name or "[" in name:
            raise fail(f"{{{name}}}: attribute and index access are not allowed; use a plain name")
        if name not in MESSAGE_FIELDS:
            known = ", ".join(sorted(MESSAGE_FIELDS))
            raise fail(f"unknown field {{{name}}}" + (did_you_mean(name, MESSAGE_FIELDS) or f" (known: {known})"))
        if conversion is not None:
            raise fail(f"{{{name}!{conversion}...}}: conversions are not allowed; write {{{name}}}")
        if spec and not _SIMPLE_FORMAT_SPEC.fullmatch(spec):
            raise fail(f"{{{name}:{spec}}}: only fill, alignment and width are allowed, e.g. {{{name}:>12}}")


def _rule_files(path: Path) -> list[Path]:
    """The rule files a path names, sorted. A folder's stray .yml files are errors, not skipped."""
    if path.is_dir():
        strays = sorted(path.glob("*.yml"))
        if strays:
            raise ConfigError(
                str(strays[0]),
                f"rule files end in {RULE_SUFFIX}; rename it to {strays[0].stem}.yaml",
            )
        return sorted(item for item in path.glob("*" + RULE_SUFFIX) if item.name != VOCABULARY_FILE)
    if path.is_file():
        return [path]
    raise ConfigError(str(path), "no such rule file or folder")


def _line(value: object, fallback: int) -> int:
    return value.line if isinstance(value, LineDict | LineList) else fallback


def _string(mapping: LineDict, key: str, path: str) -> str:
    value = mapping[key]
    if not isinstance(value, str):
        raise ConfigError(
            path,
            f"expected a string, got {describe_value(value)}",
            line=mapping.line_of(key),
            key=key,
        )
    if not value.strip():
        raise ConfigError(path, "must not be empty", line=mapping.line_of(key), key=key)
    return value


def validated_params(top: LineDict, kind: KindSpec, path: str) -> Mapping[str, object]:
    given = top.get("params", {})
    if not isinstance(given, LineDict):
        if "params" in top:
            raise ConfigError(
                path,
                f"expected a mapping of parameter names to values, got {describe_value(given)}",
                line=top.line_of("params"),
                key="params",
            )
        given = LineDict()
    for name in given:
        if kind.param(name) is None:
            if kind.params:
                hint = did_you_mean(name, kind.param_names) or (f" (its parameters: {', '.join(kind.param_names)})")
            else:
                hint = " (it takes no parameters)"
            raise ConfigError(
                path,
                f"unknown parameter for kind {kind.name!r}{hint}",
                line=given.line_of(name),
                key=f"params.{name}",
            )
    values: dict[str, object] = {}
    for spec in kind.params:
        if spec.name not in given:
            values[spec.name] = spec.default
            continue
        raw = given[spec.name]
        try:
            values[spec.name] = spec.check(raw)
        except _InvalidValue as error:
            key = f"params.{spec.name}"
            line = given.line_of(spec.name)
            if error.index is not None:
                key += f"[{error.index}]"
                if isinstance(raw, LineList):
                    line = raw.line_of_item(error.index)
            raise ConfigError(path, str(error), line=line, key=key) from None
    return MappingProxyType(values)


def _examples(top: LineDict, path: str) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    examples = top["examples"]
    line = top.line_of("examples")
    if not isinstance(examples, LineDict):
        raise ConfigError(
            path,
            f"expected a mapping with 'fail' and 'pass' lists, got {describe_value(examples)}",
            line=line,
            key="examples",
        )
    check_keys(examples, frozenset(_EXAMPLE_SETS), path, prefix="examples.")
    found: list[tuple[Example, ...]] = []
    for which in _EXAMPLE_SETS:
        key = f"examples.{which}"
        if which not in examples:
            raise ConfigError(
                path,
                f"missing required key: every rule needs '{which}' examples",
                line=line,
                key=key,
            )
        items = examples[which]
        item_line = examples.line_of(which)
        if not isinstance(items, LineList):
            raise ConfigError(
                path,
                f"expected a list of examples, got {describe_value(items)}",
                line=item_line,
                key=key,
            )
        if not items:
            raise ConfigError(path, "needs at least one example", line=item_line, key=key)
        found.append(
            tuple(
                _example(item, path, items.line_of_item(index), f"{key}[{index}]") for index, item in enumerate(items)
            )
        )
    return found[0], found[1]


def _example(item: Any, path: str, line: int, key: str) -> Example:
    if isinstance(item, str):
        if not item.strip():
            raise ConfigError(path, "example text is empty", line=line, key=key)
        return Example(text=item)
    if not isinstance(item, LineDict):
        raise ConfigError(
            path,
            f"expected a sentence (string) or a mapping with 'draft' and optional 'source', got {describe_value(item)}",
            line=line,
            key=key,
        )
    check_keys(item, frozenset(EXAMPLE_ROLES), path, prefix=key + ".")
    if "draft" not in item:
        raise ConfigError(path, "missing required key", line=item.line, key=key + ".draft")
    documents: list[tuple[str, str]] = []
    for role in EXAMPLE_ROLES:
        if role in item:
            documents.extend((role, text) for text in _texts(item[role], path, item.line_of(role), f"{key}.{role}"))
    return Example(documents=tuple(documents))


def _texts(value: Any, path: str, line: int, key: str) -> list[str]:
    """A document role's value: one text, or a non-empty list of texts."""
    if isinstance(value, str):
        values: list[Any] = [value]
    elif isinstance(value, LineList) and value:
        values = list(value)
    else:
        raise ConfigError(
            path,
            f"expected a string or a list of strings, got {describe_value(value)}",
            line=line,
            key=key,
        )
    for index, text in enumerate(values):
        where = key if isinstance(value, str) else f"{key}[{index}]"
        at = value.line_of_item(index) if isinstance(value, LineList) else line
        if not isinstance(text, str):
            raise ConfigError(path, f"expected a string, got {describe_value(text)}", line=at, key=where)
        if not text.strip():
            raise ConfigError(path, "example text is empty", line=at, key=where)
    return values
