"""Word lists as regular expressions: the vocabulary's lists of units and number words, as tries."""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from functools import lru_cache

from numcheck.scanning import LazyPattern

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


_LETTER_RUN = LazyPattern(r"[a-z]+")


@lru_cache(maxsize=64)
def ascii_words(text: str) -> frozenset[str] | None:
    """The runs of letters of an ASCII text, lower case; None for any other text.

    A cheap test before a scan of a sentence for a word list: a word that a pattern under
    re.IGNORECASE finds between non-word characters is one of these runs, so a text with none
    of the list's words cannot match, and the scan, which tries the list at every character,
    is spared. Only for ASCII: there, lower() is exactly re.IGNORECASE's case folding, while
    elsewhere they differ ("İ", "ſ")."""
    return frozenset(_LETTER_RUN.findall(text.lower())) if text.isascii() else None


def may_hold(text: str, words: Set[str] | None) -> bool:
    """False only when `text` cannot hold any of `words` between non-word characters (see
    ascii_words). `words` comes from `letter_runs`; None never rules a text out."""
    if words is None:
        return True
    found = ascii_words(text)
    return found is None or not found.isdisjoint(words)


def may_end_with(text: str, endings: tuple[str, ...]) -> bool:
    """False only when `text`, its trailing white space left out, cannot end in any of `endings`
    (lower case). A cheap test before a pattern under re.IGNORECASE that must match one of them
    right before the spaces that end the text ("about 40", "rose 5%"): tried at every character
    of its window, it is spared where the word before a figure is none of them. Only for ASCII,
    as in `ascii_words`."""
    return not text.isascii() or text.rstrip().lower().endswith(endings)


def letter_runs(*lists: Iterable[str]) -> frozenset[str] | None:
    """Word lists for `may_hold`, lower case; None unless every word is a run of ASCII letters
    (a vocabulary may hold "per cent" or "½"), as then there is nothing to test by."""
    runs = frozenset(word.lower() for words in lists for word in words)
    return runs if all(_LETTER_RUN.fullmatch(word) for word in runs) else None
