"""Word lists as tries match what the plain alternation, longest first, matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.extraction.lexicon import unit_lexicon
from numcheck.extraction.wordlists import ascii_words, collapse_spaces, letter_runs, may_hold, one_of
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


# --- the word test that spares a scan ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "may"),
    [
        ("Exports rose tenfold", {"fold"}, False),  # a run of letters, not a part of one
        ("Exports doubled in 2020", {"doubled", "twice"}, True),
        ("Exports DOUBLED", {"doubled"}, True),
        ("a half-hour wait", {"half"}, True),
        ("Halfway there", {"half"}, False),
        ("It took 3 hours", {"a", "an"}, False),
        ("It took an hour", {"a", "an"}, True),
        ("Tens of thousands marched", {"tens"}, True),
        ("Attendance rose", {"ten"}, False),  # "ten" inside "attendance" is no word
        ("Il a pris plus d’une heure", {"half"}, True),  # not ASCII: never ruled out
        ("HALF AN HOUR in İstanbul", {"fold"}, True),
    ],
)
def test_may_hold_rules_a_text_out_only_without_the_words(text: str, words: set[str], may: bool) -> None:
    assert may_hold(text, letter_runs(words)) is may


def test_ascii_words_are_lower_case_runs_of_letters_or_none() -> None:
    assert ascii_words("The 2-Thirds rule, half-an-hour") == frozenset({"the", "thirds", "rule", "half", "an", "hour"})
    assert ascii_words("ſix") is None  # re.IGNORECASE reads "ſ" as "s"; lower() does not


def test_a_list_with_other_than_single_words_gives_nothing_to_test_by() -> None:
    assert letter_runs(["per cent", "half"]) is None
    assert letter_runs(["½"]) is None
    assert may_hold("anything at all", None)
    assert letter_runs(["Half"], ["a"]) == frozenset({"half", "a"})


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(
            "a an half twice doubled tripled tenfold ten-fold two-thirds three quarters of a third dozens tens "
            "thousands several hundred few couple million less than hour up to mile FIVE Fold HALF A rose 5 the "
            "by x İ ſ é , . -".split()
        ),
        max_size=14,
    ).map(" ".join)
)
def test_readings_are_the_same_with_and_without_the_word_test(text: str) -> None:
    from numcheck.extraction import changes, numbers, proportions, read_sentence, vague
    from numcheck.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    tested = read_sentence(text, vocabulary)
    modules = (changes, numbers, vague, proportions)
    saved = [module.may_hold for module in modules], changes.ascii_words
    try:
        for module in modules:
            module.may_hold = lambda text, words: True  # type: ignore[assignment]
        changes.ascii_words = lambda text: None  # type: ignore[assignment]
        assert read_sentence(text, vocabulary) == tested
    finally:
        for module, original in zip(modules, saved[0], strict=True):
            module.may_hold = original  # type: ignore[assignment]
        changes.ascii_words = saved[1]  # type: ignore[assignment]
