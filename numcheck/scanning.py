"""Scanning: patterns compiled when first used, and a pattern's matches in a sentence, tried only
where one can start.

`re` skips ahead to where a match can start only when a pattern opens with a literal or a character
class. A pattern that opens with a lookbehind or a word boundary ("(?<![\\w])", "\\b") is tried in full
at every character of the text. `matches_from` jumps from one character that can open a match to the
next (one character class, which `re` scans fast) and tries the pattern there."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

# The methods of a compiled pattern that numcheck calls, which a LazyPattern hands on.
_METHODS = ("search", "match", "fullmatch", "findall", "finditer", "sub", "split")


class LazyPattern:
    """A regular expression, compiled the first time one of its methods is called.

    numcheck keeps about a thousand patterns beside the code that reads them, and compiling them
    all at import took half the start-up of a run that checks one small file, most of them never
    used there. The pattern's text and flags are those `re.compile` would get, and each method
    answers as `re.Pattern`'s does. Compiling puts the compiled pattern's own methods on the
    instance, where they shadow the methods below, so every later call costs what a call on
    `re.Pattern` costs."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"

    def _compile(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self.flags)
        vars(self).update({name: getattr(compiled, name) for name in _METHODS})
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._compile().fullmatch(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self._compile().findall(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self._compile().finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self._compile().sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self._compile().split(string, maxsplit)


def matches_from(pattern: LazyPattern, openers: LazyPattern, text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in `text` that hold something, as `pattern.finditer(text)` gives them.

    `openers` is one character class that finds the first character of every such match. Where
    `pattern` matches the empty string it must match nothing longer (as where a branch backs off
    to nothing), since `finditer` would then go on to try a longer match at the same place."""
    position = 0
    while (candidate := openers.search(text, position)) is not None:
        match = pattern.match(text, candidate.start())
        if match is None or match.end() == match.start():
            position = candidate.start() + 1
        else:
            yield match
            position = match.end()
