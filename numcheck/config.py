"""Settings stage: [tool.numcheck] in pyproject.toml or .numcheck.yaml, merged with flags and defaults.

Precedence, lowest first: built-in defaults, the config file, the command line. Every value
keeps where it came from, for `numcheck config` and for error messages.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from numcheck.config_text import read_config_text
from numcheck.errors import ConfigError, did_you_mean
from numcheck.model import Severity
from numcheck.rules import Rule, RuleSet
from numcheck.scanning import LazyPattern
from numcheck.yamlfile import LineDict, LineList, check_keys, describe_value, load_yaml_text

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

YAML_CONFIG = ".numcheck.yaml"
PYPROJECT = "pyproject.toml"
FAIL_LEVELS = ("error", "warning", "info", "never")
DEFAULT = "default"
COMMAND_LINE = "command line"

# The names are the same in both file formats, in `numcheck config` and in the README.
SETTING_KEYS = (
    "against", "rule_folders", "vocabulary", "include", "exclude", "fail_on", "strict", "rules", "exchange_rates"
)  # fmt: skip
_RULE_KEYS = frozenset({"enabled", "severity", "params"})
_RATE_KEYS = frozenset({"base", "rates"})
_ISO_CODE = LazyPattern(r"[A-Z]{3}")


@dataclass(frozen=True, slots=True)
class ExchangeRates:
    """`rates[code]` is what one unit of that currency is worth in `base`."""

    base: str
    rates: Mapping[str, float] = field(hash=False)

    def in_reference_currency(self) -> Mapping[str, float]:
        """ISO code -> value in the base currency, the base included: what the engine takes."""
        return MappingProxyType({self.base: 1.0, **self.rates})


@dataclass(frozen=True, slots=True)
class Settings:
    """The merged settings for one run. Paths are relative to the working directory;
    include/exclude patterns are relative to `root` (the config file's folder, else the
    working directory)."""

    config_file: str | None
    root: str
    against: tuple[str, ...]
    rule_folders: tuple[str, ...]
    vocabulary: str | None
    include: tuple[str, ...]
    exclude: tuple[str, ...]
    fail_on: str
    rules: RuleSet
    exchange_rates: ExchangeRates | None
    strict: bool  # no document to check is an error, not a warning
    # "fail_on" -> "pyproject.toml:12"; rule settings as "rules.<id>.severity", "rules.<id>.params.<name>"
    origins: Mapping[str, str] = field(hash=False)

    def selects(self, path: str) -> bool:
        """Whether a document under check passes the include and exclude patterns."""
        if path == "-" or not (self.include or self.exclude):
            return True
        relative = Path(os.path.relpath(os.path.abspath(path), self.root)).as_posix()
        inside = relative != ".." and not relative.startswith("../")
        if self.include and not (inside and _pathspec(self.include).match_file(relative)):
            return False
        return not (inside and self.exclude and _pathspec(self.exclude).match_file(relative))


# Finding the file ---------------------------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """The nearest .numcheck.yaml, or pyproject.toml with a [tool.numcheck] table, from `start`
    upward. The search stops at the repository root (a folder holding .git)."""
    for folder in (start, *start.parents):
        stray = folder / ".numcheck.yml"
        if stray.is_file():
            raise ConfigError(os.path.relpath(stray, start), f"numcheck reads {YAML_CONFIG}; rename this file")
        yaml_file = folder / YAML_CONFIG
        pyproject = folder / PYPROJECT
        has_table = pyproject.is_file() and _numcheck_table(pyproject, os.path.relpath(pyproject, start)) is not None
        if yaml_file.is_file() and has_table:
            raise ConfigError(
                os.path.relpath(yaml_file, start),
                f"{PYPROJECT} in the same folder also has a [tool.numcheck] table; keep one of the two",
            )
        if yaml_file.is_file():
            return yaml_file
        if has_table:
            return pyproject
        if (folder / ".git").exists():
            return None
    return None


def repository_root(start: Path) -> Path:
    """The nearest folder holding .git, or `start` itself outside a repository."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def _numcheck_table(path: Path, shown: str) -> LineDict | None:
    """The [tool.numcheck] table with the line of every key, or None when there is none."""
    from numcheck.tomlfile import key_lines, load_toml_file, with_lines

    text, document = load_toml_file(path, shown)
    tool = document.get("tool")
    if not isinstance(tool, dict) or "numcheck" not in tool:
        return None
    lines = key_lines(text)
    table = with_lines(tool["numcheck"], ("tool", "numcheck"), lines, 1)
    if not isinstance(table, LineDict):
        raise ConfigError(shown, "tool.numcheck must be a table", line=lines.get(("tool", "numcheck")))
    return table


def read_config(path: Path, shown: str) -> LineDict:
    """The settings table of a config file named on the command line or found by the search."""
    if not path.is_file():
        raise ConfigError(shown, "no such config file")
    if path.suffix == ".toml":
        table = _numcheck_table(path, shown)
        if table is None:
            raise ConfigError(shown, "has no [tool.numcheck] table")
        return table
    if path.suffix not in (".yaml", ".yml"):
        raise ConfigError(shown, f"a config file is {PYPROJECT} (or another .toml) or YAML ({YAML_CONFIG})")
    document = load_yaml_text(read_config_text(path, shown), shown, item_lines=True)
    if document is None:  # an empty file configures nothing
        empty = LineDict()
        empty.key_lines = {}
        return empty
    if not isinstance(document, LineDict):
        raise ConfigError(shown, f"expected a mapping of settings, got {describe_value(document)}", line=1)
    return document


# Reading the values -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Given:
    """A value from the config file and the line it sits on."""

    value: Any
    line: int


def _strings(table: LineDict, key: str, shown: str) -> list[tuple[str, int]]:
    """A string or a list of strings, each with its line."""
    value = table[key]
    if isinstance(value, str):
        items: list[tuple[Any, int]] = [(value, table.line_of(key))]
    elif isinstance(value, LineList):
        items = [(item, value.line_of_item(index)) for index, item in enumerate(value)]
    else:
        raise ConfigError(
            shown,
            f"expected a string or a list of strings, got {describe_value(value)}",
            line=table.line_of(key),
            key=key,
        )
    for index, (item, line) in enumerate(items):
        where = key if isinstance(value, str) else f"{key}[{index}]"
        if not isinstance(item, str):
            raise ConfigError(shown, f"expected a string, got {describe_value(item)}", line=line, key=where)
        if not item.strip():
            raise ConfigError(shown, "must not be empty", line=line, key=where)
    return items


def _existing_paths(table: LineDict, key: str, shown: str, folder: Path, cwd: Path) -> tuple[str, ...]:
    """Paths in a config file are relative to its folder; numcheck uses them relative to the cwd."""
    resolved: list[str] = []
    for item, line in _strings(table, key, shown):
        target = folder / item
        if not target.exists():
            raise ConfigError(shown, f"no such file or folder: {item}", line=line, key=key)
        resolved.append(os.path.relpath(target, cwd))
    return tuple(resolved)


def _patterns(table: LineDict, key: str, shown: str) -> tuple[str, ...]:
    items = _strings(table, key, shown)
    for item, line in items:
        try:
            _pathspec((item,))
        except (ValueError, re.error) as error:  # pathspec lets the regex module's own error through
            raise ConfigError(shown, f"not a valid .gitignore-style pattern: {error}", line=line, key=key) from None
    return tuple(item for item, _ in items)


def _fail_level(value: Any, shown: str, line: int) -> str:
    if not isinstance(value, str) or value not in FAIL_LEVELS:
        hint = did_you_mean(value, FAIL_LEVELS) if isinstance(value, str) else ""
        raise ConfigError(
            shown,
            f"expected one of {', '.join(FAIL_LEVELS)}, got {describe_value(value)}{hint}",
            line=line,
            key="fail_on",
        )
    return value


def _exchange_rates(table: LineDict, shown: str) -> ExchangeRates:
    raw = table["exchange_rates"]
    line = table.line_of("exchange_rates")
    if not isinstance(raw, LineDict):
        raise ConfigError(
            shown,
            f"expected a mapping with 'base' and 'rates', got {describe_value(raw)}",
            line=line,
            key="exchange_rates",
        )
    check_keys(raw, _RATE_KEYS, shown, prefix="exchange_rates.")
    for required in ("base", "rates"):
        if required not in raw:
            raise ConfigError(shown, "missing required key", line=raw.line, key=f"exchange_rates.{required}")
    base = raw["base"]
    if not isinstance(base, str) or not _ISO_CODE.fullmatch(base):
        raise ConfigError(
            shown,
            f"expected an ISO 4217 code such as 'EUR', got {describe_value(base)}",
            line=raw.line_of("base"),
            key="exchange_rates.base",
        )
    rates = raw["rates"]
    if not isinstance(rates, LineDict) or not rates:
        raise ConfigError(
            shown,
            f"expected a mapping of ISO codes to values in {base}, such as {{USD: 0.92}}, got {describe_value(rates)}",
            line=raw.line_of("rates"),
            key="exchange_rates.rates",
        )
    checked: dict[str, float] = {}
    for code, value in rates.items():
        key = f"exchange_rates.rates.{code}"
        if not _ISO_CODE.fullmatch(code):
            raise ConfigError(shown, "expected an ISO 4217 code such as 'USD'", line=rates.line_of(code), key=key)
        number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
        if number is None or not math.isfinite(number) or number <= 0:
            raise ConfigError(
                shown,
                f"expected a positive number (one {code} in {base}), got {describe_value(value)}",
                line=rates.line_of(code),
                key=key,
            )
        if code == base and number != 1:
            raise ConfigError(
                shown, f"the base currency is worth 1 {base} by definition", line=rates.line_of(code), key=key
            )
        checked[code] = float(number)
    checked.pop(base, None)
    return ExchangeRates(base, MappingProxyType(checked))


def _file_values(table: LineDict, shown: str, folder: Path, cwd: Path) -> dict[str, _Given]:
    """Every setting the file gives, validated, with its line. `rules` stays raw until the
    rule set is loaded, because its ids and parameters depend on the rule files."""
    check_keys(table, frozenset(SETTING_KEYS), shown)
    given: dict[str, _Given] = {}
    for key in table:
        line = table.line_of(key)
        value: Any
        if key in ("against", "rule_folders"):
            value = _existing_paths(table, key, shown, folder, cwd)
        elif key == "vocabulary":
            paths = _existing_paths(table, key, shown, folder, cwd)
            if len(paths) != 1 or not isinstance(table[key], str):
                raise ConfigError(shown, "expected one file name", line=line, key=key)
            value = paths[0]
        elif key in ("include", "exclude"):
            value = _patterns(table, key, shown)
        elif key == "fail_on":
            value = _fail_level(table[key], shown, line)
        elif key == "strict":
            value = table[key]
            if not isinstance(value, bool):
                raise ConfigError(shown, f"expected true or false, got {describe_value(value)}", line=line, key=key)
        elif key == "exchange_rates":
            value = _exchange_rates(table, shown)
        else:
            value = _rule_table(table, shown)
        given[key] = _Given(value, line)
    return given


def _rule_table(table: LineDict, shown: str) -> LineDict:
    """`rules:` maps rule ids to `false`/`true` or to a mapping of enabled, severity and params."""
    rules = table["rules"]
    if not isinstance(rules, LineDict):
        raise ConfigError(
            shown,
            f"expected a mapping of rule ids, got {describe_value(rules)}",
            line=table.line_of("rules"),
            key="rules",
        )
    for rule_id, setting in rules.items():
        if isinstance(setting, bool):
            continue
        if not isinstance(setting, LineDict):
            raise ConfigError(
                shown,
                f"expected true, false or a mapping of enabled, severity and params, got {describe_value(setting)}",
                line=rules.line_of(rule_id),
                key=f"rules.{rule_id}",
            )
        check_keys(setting, _RULE_KEYS, shown, prefix=f"rules.{rule_id}.")
    return rules


# Merging ------------------------------------------------------------------------------------


def load_settings(flags: Mapping[str, Any], *, config: str | None = None, cwd: Path | None = None) -> Settings:
    """Defaults, then the config file (`config`, or the one found upward from `cwd`), then
    `flags`: setting name -> value from the command line, None where the flag was not given."""
    cwd = (cwd or Path.cwd()).absolute()
    path: Path | None = cwd / config if config is not None else find_config(cwd)
    shown = config if config is not None else os.path.relpath(path, cwd) if path is not None else ""
    values: dict[str, Any] = {
        "against": (),
        "rule_folders": (),
        "vocabulary": None,
        "include": (),
        "exclude": (),
        "fail_on": "error",
        "strict": False,
        "exchange_rates": None,
    }
    origins = dict.fromkeys(values, DEFAULT)
    rule_table: LineDict | None = None
    if path is not None:
        table = read_config(path, shown)
        for key, given in _file_values(table, shown, path.parent, cwd).items():
            if key == "rules":
                rule_table = given.value
                continue
            values[key] = given.value
            origins[key] = f"{shown}:{given.line}"
        if "exchange_rates" in table:  # each rate on its own line, for `numcheck config`
            raw, base = table["exchange_rates"], "exchange_rates.base"
            origins[base] = f"{shown}:{raw.line_of('base')}"
            origins |= {
                f"exchange_rates.rates.{code}": f"{shown}:{raw['rates'].line_of(code)}" for code in raw["rates"]
            }
    for key, value in flags.items():
        if key not in values:
            raise ValueError(f"no setting named {key!r}")
        if value is not None:
            values[key] = tuple(value) if isinstance(value, list | tuple) else value
            origins[key] = COMMAND_LINE
    rules, rule_origins = _configured_rules(values["rule_folders"], rule_table, shown)
    return Settings(
        config_file=shown if path is not None else None,
        root=str(path.parent if path is not None else cwd),
        rules=rules,
        origins=MappingProxyType({**origins, **rule_origins}),
        **values,
    )


def _configured_rules(folders: Sequence[str], table: LineDict | None, shown: str) -> tuple[RuleSet, dict[str, str]]:
    """The built-in and extra rules with the config's overrides applied, and each value's origin."""
    from numcheck.engine import builtin_rules
    from numcheck.kinds import kind_specs
    from numcheck.rules import validated_params  # the same checks a rule file gets
    from numcheck.vocabulary import BUILTIN_RULES

    loaded = builtin_rules(folders)
    origins: dict[str, str] = {}
    for rule in loaded:
        where = DEFAULT if Path(rule.path).parent == BUILTIN_RULES else rule.path
        for name in ("enabled", "severity", *(f"params.{param}" for param in rule.params)):
            origins[f"rules.{rule.id}.{name}"] = where
    if table is None:
        return loaded, origins
    specs = kind_specs()
    changed: dict[str, Rule] = {}
    for rule_id, setting in table.items():
        found = loaded.get(rule_id)
        line = table.line_of(rule_id)
        if found is None:
            hint = did_you_mean(rule_id, loaded.ids) or f" (known rules: {', '.join(loaded.ids)})"
            raise ConfigError(shown, f"unknown rule{hint}", line=line, key=f"rules.{rule_id}")
        rule = found
        if isinstance(setting, bool):
            changed[rule_id] = dataclasses.replace(rule, enabled=setting)
            origins[f"rules.{rule_id}.enabled"] = f"{shown}:{line}"
            continue
        replacements: dict[str, Any] = {}
        if "enabled" in setting:
            if not isinstance(setting["enabled"], bool):
                raise ConfigError(
                    shown,
                    f"expected true or false, got {describe_value(setting['enabled'])}",
                    line=setting.line_of("enabled"),
                    key=f"rules.{rule_id}.enabled",
                )
            replacements["enabled"] = setting["enabled"]
        if "severity" in setting:
            replacements["severity"] = _severity(setting, rule_id, shown)
        if "params" in setting:
            try:
                checked = validated_params(setting, specs[rule.kind], shown)
            except ConfigError as error:
                raise ConfigError(shown, error.detail, line=error.line, key=f"rules.{rule_id}.{error.key}") from None
            replacements["params"] = MappingProxyType(
                {**rule.params, **{name: checked[name] for name in setting["params"]}}
            )
        for name in replacements:
            if name == "params":
                for param in setting["params"]:
                    origins[f"rules.{rule_id}.params.{param}"] = f"{shown}:{setting['params'].line_of(param)}"
            else:
                origins[f"rules.{rule_id}.{name}"] = f"{shown}:{setting.line_of(name)}"
        changed[rule_id] = dataclasses.replace(rule, **replacements)
    return RuleSet(tuple(changed.get(rule.id, rule) for rule in loaded)), origins


def _severity(setting: LineDict, rule_id: str, shown: str) -> Severity:
    value = setting["severity"]
    choices = [member.value for member in Severity]
    if isinstance(value, str) and value in choices:
        return Severity(value)
    hint = did_you_mean(value, choices) if isinstance(value, str) else ""
    raise ConfigError(
        shown,
        f"expected one of {', '.join(choices)}, got {describe_value(value)}{hint}",
        line=setting.line_of("severity"),
        key=f"rules.{rule_id}.severity",
    )


@functools.lru_cache(maxsize=16)
def _pathspec(patterns: tuple[str, ...]) -> GitIgnoreSpec:
    """.gitignore semantics, which people already know: `*.md` at any depth, `drafts/` a folder."""
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


# Showing ------------------------------------------------------------------------------------


def render_settings(settings: Settings) -> str:
    """`numcheck config`: every setting, its merged value and where that value came from."""
    rows: list[tuple[str, str, str]] = []
    for key in SETTING_KEYS:
        if key == "rules":
            continue
        value = getattr(settings, key)
        if key == "exchange_rates" and value is not None:
            rows.append((f"{key}.base", _shown(value.base), settings.origins.get(f"{key}.base", settings.origins[key])))
            rows += [
                (
                    f"{key}.rates.{code}",
                    _shown(rate),
                    settings.origins.get(f"{key}.rates.{code}", settings.origins[key]),
                )
                for code, rate in value.rates.items()
            ]
            continue
        rows.append((key, _shown(value), settings.origins[key]))
    for rule in settings.rules:
        prefix = f"rules.{rule.id}"
        rows.append((f"{prefix}.enabled", _shown(rule.enabled), settings.origins[f"{prefix}.enabled"]))
        rows.append((f"{prefix}.severity", _shown(rule.severity.value), settings.origins[f"{prefix}.severity"]))
        rows += [
            (f"{prefix}.params.{name}", _shown(value), settings.origins[f"{prefix}.params.{name}"])
            for name, value in rule.params.items()
        ]
    found = settings.config_file or "none found (the search stops at the repository root)"
    assignments = [f"{key} = {value}" for key, value, _ in rows]
    width = min(max(len(text) for text in assignments), 60)
    lines = [f"# config file: {found}"]
    lines += [f"{text:<{width}}  # {origin}" for text, (_, _, origin) in zip(assignments, rows, strict=True)]
    return "\n".join(lines) + "\n"


def _shown(value: object) -> str:
    """TOML-like: strings quoted, lists in brackets, true/false, none for unset."""
    if value is None:
        return "none"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_shown(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)
