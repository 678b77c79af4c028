"""Reading configuration text (rules, vocabulary, config, baseline): UTF-8 decoding and nesting
limits, with errors that name the file and the line."""

from __future__ import annotations

from pathlib import Path

from numcheck.errors import ConfigError

# No setting nests more than a handful of levels; a parser that recurses would run out of stack
# long before a hostile file ran out of brackets.
MAX_NESTING = 100


def read_config_text(path: str | Path, shown: str | None = None) -> str:
    """A configuration file's text. A file that is not UTF-8 is an error naming its line."""
    shown = shown or str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ConfigError(shown, f"cannot read: {error}") from None
    return decode_config(data, shown)


def decode_config(data: bytes, shown: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - data.rfind(b"\n", 0, error.start)
        raise ConfigError(
            shown,
            f"is not UTF-8: byte 0x{data[error.start]:02x} at column {column} cannot be decoded"
            " (save the file as UTF-8)",
            line=line,
        ) from None


def too_deep(shown: str, line: int | None) -> ConfigError:
    return ConfigError(shown, f"nested more than {MAX_NESTING} levels deep", line=line)


def bracket_nesting_line(text: str, *, comments: bool) -> int | None:
    """The line where brackets and braces (outside strings, and `#` comments with `comments`) first
    nest deeper than MAX_NESTING: where a JSON or TOML file is too deep. None if they never do."""
    depth = 0
    line = 1
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\n":
            line += 1
        elif char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return line
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char in "\"'":
            index = _string_end(text, index)
            continue  # at the closing quote, skipped below as a plain character, or a newline
        elif char == "#" and comments:
            end = text.find("\n", index)
            index = length if end < 0 else end
            continue
        index += 1
    return None


def _string_end(text: str, start: int) -> int:
    """Just past the quote that closes the string opening at `start` (a backslash escapes in
    double quotes only, as in TOML and JSON); at the end of the line when it never closes."""
    quote = text[start]
    index = start + 1
    while index < len(text):
        char = text[index]
        if char == "\\" and quote == '"' and text[index + 1 : index + 2] != "\n":
            index += 2
        elif char == quote:
            return index + 1
        elif char == "\n":
            return index
        else:
            index += 1
    return len(text)
