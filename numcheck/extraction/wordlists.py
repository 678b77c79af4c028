"""Word lists as regular expressions: the vocabulary's lists of units and number words, as tries."""

from __future__ import annotations

import re
from collections.abc import Iterable

_Trie = dict[str, "_Trie"]
_END = ""  # a key no character can be: a word ends here


def one_of(words: Iterable[str], *, ignore_case: bool = False, any_space: bool = False) -> str:
    """A pattern that matches any of `words`, longest first, like `a|b|c` sorted by length.

    `re` tries the branches of an alternation one at a time, so a list of two thousand unit
    names costs two thousand tries at every figure; written as a trie ("k(?:m|g)"), it costs
    one try per letter. For a list used under re.IGNORECASE, pass `ignore_case`, so words
    that differ only in case share their branch and the longest still comes first. With
    `any_space`, a space in a word matches any run of white space, a line break included, as
    in hard-wrapped text ("percentage\\npoints"): look the match up with `collapse_spaces`."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word.lower() if ignore_case else word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(trie, any_space)


def collapse_spaces(matched: str) -> str:
    """A match of `one_of(..., any_space=True)` as its word list writes it."""
    return " ".join(matched.split())


def _pattern(node: _Trie, any_space: bool = False) -> str:
    # The characters leaving one node differ, so at most one branch can go on at any place in
    # a text: trying them in any order, before stopping here, is trying the longest word first.
    branches = [
        (r"\s+" if any_space and char == " " else re.escape(char)) + _pattern(child, any_space)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if _END in node else body
