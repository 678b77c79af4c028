"""Safe YAML loading that remembers the line of every mapping key, for error messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from numcheck.config_text import MAX_NESTING, read_config_text, too_deep
from numcheck.errors import ConfigError, did_you_mean

# Aliases let a few hundred bytes stand for billions of nodes ("? *a" nested nine deep took 3.4 GB):
# a document may expand to this many nodes at most, counting each alias as what it stands for.
MAX_EXPANDED_NODES = 200_000


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
        if not isinstance(key_node, yaml.ScalarNode):
            # "? [a, b]" or "? *list": Python would make a string of the whole structure.
            raise ConfigError(
                loader.name, "a key must be a plain word or number, not a list or mapping",
                line=key_node.start_mark.line + 1,
            )  # fmt: skip
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


def _construct_int(loader: Any, node: yaml.ScalarNode) -> int:
    try:
        return int(yaml.SafeLoader.construct_yaml_int(loader, node))
    except ValueError:  # Python converts at most 4,300 digits
        raise ConfigError(loader.name, "a number too long to read", line=node.start_mark.line + 1) from None


def _line_loader(base: type[Any], *, item_lines: bool) -> type[Any]:
    """A safe loader (it never constructs Python objects, so a rule file cannot run code) whose
    mappings know their lines; with item_lines, its sequences too, for errors about one entry."""
    loader: type[Any] = type(f"_LineLoader{base.__name__}", (base,), {})
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    loader.add_constructor("tag:yaml.org,2002:int", _construct_int)
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
        node = loader.get_single_node()
        if node is None:
            return None
        _check_size(node, name)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check_size(root: yaml.Node, name: str) -> None:
    """Refuse a document nested too deep, or whose aliases expand past MAX_EXPANDED_NODES.
    Iterative, and each node is sized once, so the check itself cannot be made to blow up."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    while stack:
        node, depth, children_done = stack.pop()
        if id(node) in sizes:
            continue
        children = _children(node)
        if children_done:
            sizes[id(node)] = 1 + sum(sizes[id(child)] for child in children)
            if sizes[id(node)] > MAX_EXPANDED_NODES:
                raise ConfigError(
                    name, f"expands to more than {MAX_EXPANDED_NODES:,} values through its aliases (*name)",
                    line=node.start_mark.line + 1,
                )  # fmt: skip
            continue
        if depth > MAX_NESTING:
            raise too_deep(name, node.start_mark.line + 1)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in children if id(child) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _nesting_line(text: str) -> int | None:
    """Where a YAML text first nests deeper than MAX_NESTING, found with the scanner (which does
    not recurse) once the parser has run out of stack."""
    depth = 0
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(
                token,
                yaml.FlowSequenceStartToken
                | yaml.FlowMappingStartToken
                | yaml.BlockSequenceStartToken
                | yaml.BlockMappingStartToken,
            ):
                depth += 1
                if depth > MAX_NESTING:
                    return int(token.start_mark.line) + 1
            elif isinstance(token, yaml.FlowSequenceEndToken | yaml.FlowMappingEndToken | yaml.BlockEndToken):
                depth -= 1
    except yaml.YAMLError:
        pass
    return None


def load_yaml_text(text: str, name: str, *, item_lines: bool = False) -> Any:
    """Parse one YAML document. With item_lines, sequences come back as LineList."""
    if item_lines in _FAST:
        try:
            return _parse(_FAST[item_lines], text, name)
        except (yaml.YAMLError, RecursionError):
            pass
    try:
        return _parse(_PURE[item_lines], text, name)
    except RecursionError:
        raise too_deep(name, _nesting_line(text)) from None
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
    return load_yaml_text(read_config_text(path), str(path), item_lines=item_lines)


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
