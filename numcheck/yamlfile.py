"""Safe YAML loading that remembers the line of every mapping key, for error messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from numcheck.errors import ConfigError, did_you_mean


class LineDict(dict[str, Any]):
    """A YAML mapping that knows the 1-based line of itself and of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A YAML sequence that knows the 1-based line of itself and of each item.
    Only built when loading with item_lines=True, so other loaders keep plain lists."""

    line: int = 0
    item_lines: tuple[int, ...] = ()

    def line_of_item(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


def _construct_mapping(loader: Any, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in mapping:
            raise ConfigError(loader.name, "duplicate key", line=key_node.start_mark.line + 1, key=key)
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: Any, node: yaml.SequenceNode) -> LineList:
    items = LineList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    items.item_lines = tuple(child.start_mark.line + 1 for child in node.value)
    return items


def _line_loader(base: type[Any], *, item_lines: bool) -> type[Any]:
    """A safe loader (it never constructs Python objects, so a rule file cannot run code) whose
    mappings know their lines; with item_lines, its sequences too, for errors about one entry."""
    loader: type[Any] = type(f"_LineLoader{base.__name__}", (base,), {})
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    if item_lines:
        loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
    return loader


_PURE = {item_lines: _line_loader(yaml.SafeLoader, item_lines=item_lines) for item_lines in (False, True)}
# libyaml's parser, when PyYAML was built with it, reads the rules and vocabulary at start-up
# several times faster. It is only a fast path: on any YAML error the pure-Python parser reads
# the text again, so what is accepted, and the words of every error, do not depend on the build.
_FAST = (
    {item_lines: _line_loader(yaml.CSafeLoader, item_lines=item_lines) for item_lines in (False, True)}
    if yaml.__with_libyaml__
    else {}
)


def _parse(loader_class: type[Any], text: str, name: str) -> Any:
    loader = loader_class(text)
    try:
        loader.name = name
        return loader.get_single_data()
    finally:
        loader.dispose()


def load_yaml_text(text: str, name: str, *, item_lines: bool = False) -> Any:
    """Parse one YAML document. With item_lines, sequences come back as LineList."""
    if item_lines in _FAST:
        try:
            return _parse(_FAST[item_lines], text, name)
        except yaml.YAMLError:
            pass
    try:
        return _parse(_PURE[item_lines], text, name)
    except yaml.reader.ReaderError as error:
        # Raised before parsing starts, for characters YAML forbids (control codes).
        raise ConfigError(
            name,
            f"invalid YAML: {error.reason} ({error.character:#06x})",
            line=text.count("\n", 0, error.position) + 1,
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = None if mark is None else mark.line + 1
        raise ConfigError(name, f"invalid YAML: {error.problem}", line=line) from None
    except yaml.YAMLError as error:
        raise ConfigError(name, f"invalid YAML: {error}") from None


def load_yaml_file(path: str | Path, *, item_lines: bool = False) -> Any:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), f"cannot read: {error}") from None
    return load_yaml_text(text, str(path), item_lines=item_lines)


def check_keys(mapping: LineDict, allowed: set[str] | frozenset[str], path: str, *, prefix: str = "") -> None:
    """Reject keys we do not know, naming the closest one we do.
    `prefix` (e.g. "params.") is put before the key in the error, for nested mappings."""
    for key in mapping:
        if key not in allowed:
            raise ConfigError(
                path,
                "unknown key" + did_you_mean(key, allowed),
                line=mapping.line_of(key),
                key=prefix + key,
            )


def describe_value(value: Any) -> str:
    """How a loaded YAML value reads in an error: "'abc' (str)", "a list", "null"."""
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"{shown} ({type(value).__name__})"


def require_mapping(value: Any, path: str, *, what: str, line: int | None = None) -> LineDict:
    if not isinstance(value, LineDict):
        raise ConfigError(path, f"{what} must be a mapping", line=line)
    return value
