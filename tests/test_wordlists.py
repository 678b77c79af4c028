"""Word lists as tries match what the plain alternation, longest first, matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.extraction.lexicon import unit_lexicon
from numcheck.extraction.wordlists import collapse_spaces, one_of
from numcheck.vocabulary import load_vocabulary

# few letters, so that words are often prefixes of each other; a space and a slash as in units
_WORDS = st.lists(st.text(alphabet="aA /", min_size=1, max_size=4), min_size=1, max_size=8)
_TEXTS = st.text(alphabet="aA /x", max_size=10)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int] | None]:
    compiled = re.compile(rf"(?:{pattern})(?![\w])", flags)
    return [m.span() if (m := compiled.match(text, start)) else None for start in range(len(text) + 1)]


@settings(max_examples=400)
@given(_WORDS, _TEXTS)
def test_the_trie_matches_what_the_longest_first_alternation_matches(words: list[str], text: str) -> None:
    assert _spans(one_of(words), text) == _spans(_alternation(words), text)


@settings(max_examples=400)
@given(_WORDS, _TEXTS)
def test_under_ignorecase_words_that_differ_in_case_share_a_branch(words: list[str], text: str) -> None:
    assert _spans(one_of(words, ignore_case=True), text, re.IGNORECASE) == _spans(
        _alternation(words), text, re.IGNORECASE
    )


def test_the_unit_lexicon_reads_the_units_after_a_figure_as_before() -> None:
    lexicon = unit_lexicon(load_vocabulary())
    words = sorted(lexicon.words, key=len, reverse=True)
    symbols = sorted(lexicon.symbols, key=len, reverse=True)
    plain = re.compile(
        rf"(?:\s?-\s?|\s|\u00a0)?(?:(?P<symbol>{_alternation(symbols)})|(?i:(?P<word>{_alternation(words)})))(?![\w])"
    )
    texts = [f" {surface}" for surface in [*words, *symbols]] + [f"-{w} run" for w in words[:200]]
    texts += [" km/h", " sq km", " per cent of", " m²", " USD.", " kmph", " milesx", " € 5"]
    for text in texts:
        ours, theirs = lexicon.after.match(text), plain.match(text)
        assert (ours and (ours.span(), ours.group("symbol"), ours.group("word"))) == (
            theirs and (theirs.span(), theirs.group("symbol"), theirs.group("word"))
        ), text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("percentage points", "percentage points"),
        ("percentage\npoints", "percentage points"),
        ("percentage  points", "percentage points"),
        ("percentagepoints", None),
    ],
)
def test_any_space_matches_a_line_break_and_collapses_back(text: str, found: str | None) -> None:
    pattern = re.compile(one_of(["percentage points", "percent"], any_space=True))
    match = pattern.fullmatch(text)
    assert (collapse_spaces(match.group()) if match else None) == found
