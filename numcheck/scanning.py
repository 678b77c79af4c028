"""Scanning: a pattern's matches in a sentence, tried only where one can start.

`re` skips ahead to where a match can start only when a pattern opens with a literal or a character
class. A pattern that opens with a lookbehind or a word boundary ("(?<![\\w])", "\\b") is tried in full
at every character of the text. `matches_from` jumps from one character that can open a match to the
next (one character class, which `re` scans fast) and tries the pattern there."""

from __future__ import annotations

import re
from collections.abc import Iterator


def matches_from(pattern: re.Pattern[str], openers: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
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
