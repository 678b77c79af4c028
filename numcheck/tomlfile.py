"""TOML loading (stdlib tomllib) that also finds the line of every key, for error messages.

tomllib parses and validates; it keeps no positions. `key_lines` walks the same text a second
time with a small TOML lexer and records where each key path is defined. It runs only on text
tomllib has accepted, and a key it cannot place falls back to its table's line, so a gap can
make an error point a few lines early, never make a valid file fail.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from numcheck.config_text import bracket_nesting_line, read_config_text, too_deep
from numcheck.errors import ConfigError
from numcheck.scanning import LazyPattern
from numcheck.yamlfile import LineDict, LineList

KeyPath = tuple[str | int, ...]

_TOKEN = LazyPattern(
    r'''
    (?P<newline>\r?\n)
    |(?P<space>[ \t]+)
    |(?P<comment>\#[^\r\n]*)
    |(?P<string>"""(?:[^\\]|\\.)*?"""(?!")|\'\'\'.*?\'\'\'(?!\')|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')
    |(?P<punct>[\[\]{}=,.])
    |(?P<bare>[^\s\[\]{}=,.\#"']+)
    ''',
    re.VERBOSE | re.DOTALL,
)
_ERROR_LINE = LazyPattern(r"\(at line (\d+), column \d+\)")


def load_toml_text(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise too_deep(name, bracket_nesting_line(text, comments=True)) from None
    except tomllib.TOMLDecodeError as error:
        found = _ERROR_LINE.search(str(error))
        message = _ERROR_LINE.sub("", str(error)).strip()
        raise ConfigError(name, f"invalid TOML: {message}", line=int(found.group(1)) if found else None) from None


def load_toml_file(path: str | Path, name: str | None = None) -> tuple[str, dict[str, Any]]:
    """The text and the parsed document; errors name the file as `name`."""
    shown = name or str(path)
    text = read_config_text(path, shown)
    return text, load_toml_text(text, shown)


def with_lines(value: Any, path: KeyPath, lines: dict[KeyPath, int], fallback: int) -> Any:
    """A parsed TOML value rebuilt as LineDict / LineList, so validation can name lines
    exactly as it does for YAML."""
    line = lines.get(path, fallback)
    if isinstance(value, dict):
        mapping = LineDict()
        mapping.line = line
        mapping.key_lines = {}
        for key, item in value.items():
            mapping.key_lines[key] = lines.get((*path, key), line)
            mapping[key] = with_lines(item, (*path, key), lines, mapping.key_lines[key])
        return mapping
    if isinstance(value, list):
        items = LineList(with_lines(item, (*path, index), lines, line) for index, item in enumerate(value))
        items.line = line
        items.item_lines = tuple(lines.get((*path, index), line) for index in range(len(value)))
        return items
    return value


def key_lines(text: str) -> dict[KeyPath, int]:
    """1-based line of every table, key and array item, by key path. Best effort (see above)."""
    try:
        return _Locator(text).run()
    except (IndexError, ValueError, tomllib.TOMLDecodeError):
        return {}


class _Locator:
    def __init__(self, text: str) -> None:
        self.tokens: list[tuple[str, str, int]] = []
        line = 1
        for match in _TOKEN.finditer(text):
            kind = match.lastgroup or ""
            if kind != "space":
                self.tokens.append((kind, match.group(), line))
            line += match.group().count("\n")
        self.index = 0
        self.lines: dict[KeyPath, int] = {}
        self.array_tables: dict[KeyPath, int] = {}

    def run(self) -> dict[KeyPath, int]:
        table: KeyPath = ()
        while self._skip_blank():
            _, value, line = self.tokens[self.index]
            if value == "[":
                table = self._header(line)
            else:
                key = self._key()
                self._expect("=")
                self._value((*table, *key), line)
        return self.lines

    def _record(self, path: KeyPath, line: int) -> None:
        for end in range(1, len(path) + 1):
            self.lines.setdefault(path[:end], line)

    def _header(self, line: int) -> KeyPath:
        self.index += 1
        is_array = self.tokens[self.index][1] == "["
        if is_array:
            self.index += 1
        key = self._key()
        self._expect("]")
        if is_array:
            self._expect("]")
            count = self.array_tables.get(key, 0)
            self.array_tables[key] = count + 1
            key = (*key, count)
        self._record(key, line)
        return key

    def _key(self) -> KeyPath:
        parts: list[str] = []
        while True:
            kind, value, _ = self.tokens[self.index]
            self.index += 1
            parts.append(tomllib.loads(f"k = {value}")["k"] if kind == "string" else value)
            if self.tokens[self.index][1] != ".":
                return tuple(parts)
            self.index += 1

    def _value(self, path: KeyPath, line: int) -> None:
        self._record(path, line)
        _, value, _ = self.tokens[self.index]
        if value == "{":
            self.index += 1
            while self._skip_blank() and self.tokens[self.index][1] != "}":
                key_line = self.tokens[self.index][2]
                key = self._key()
                self._expect("=")
                self._value((*path, *key), key_line)
                self._skip_blank()
                if self.tokens[self.index][1] == ",":
                    self.index += 1
            self._expect("}")
        elif value == "[":
            self.index += 1
            item = 0
            while self._skip_blank() and self.tokens[self.index][1] != "]":
                self._value((*path, item), self.tokens[self.index][2])
                item += 1
                self._skip_blank()
                if self.tokens[self.index][1] == ",":
                    self.index += 1
            self._expect("]")
        else:  # a scalar: one string, or bare pieces such as 1, ., 5 or a date and a time
            while self.index < len(self.tokens) and self.tokens[self.index][0] not in ("newline", "comment"):
                if self.tokens[self.index][1] in (",", "]", "}"):
                    break
                self.index += 1

    def _skip_blank(self) -> bool:
        """Step over newlines and comments; False at the end of the text."""
        while self.index < len(self.tokens) and self.tokens[self.index][0] in ("newline", "comment"):
            self.index += 1
        return self.index < len(self.tokens)

    def _expect(self, punctuation: str) -> None:
        self._skip_blank()
        if self.tokens[self.index][1] != punctuation:
            raise ValueError(f"expected {punctuation!r}")
        self.index += 1
