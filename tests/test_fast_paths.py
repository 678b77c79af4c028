"""Each shortcut taken for speed against the plain computation it stands for (STYLE.md: every fast
path gets an oracle). The shortcuts must change how fast, never what."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from itertools import islice
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.documents import _INLINE_MARKS, _INLINE_MASK, _MASK_MARKS, _PLAIN_MASK, _blank_match, mask_plain
from numcheck.evidence import (
    _AGE_BAND,
    _CLAUSE_BREAK,
    _COUNTED_BY_VERB,
    _COUNTED_MODAL_NOUNS,
    _COUNTING_VERBS,
    _DEFINITE_BEFORE,
    _DEFINITE_ENDINGS,
    _DETERMINERS,
    _FRAGMENT,
    _FRAME_WORD,
    _GAPPED,
    _LABEL,
    _LABEL_IN_CLAUSE,
    _LABEL_START,
    _MODAL,
    _MONTH_IN_CLAUSE,
    _MONTH_START,
    _NEUTRAL_VERBS,
    _NOUN_NUMBER_WORDS,
    _NOUN_NUMBERS,
    _NOUN_OF,
    _WORD,
    Spot,
    _content_verb,
    _frame,
    _governor,
    _is_modal,
    _is_verb,
    _span,
    _starts_of,
)
from numcheck.extraction.changes import _patterns as change_patterns
from numcheck.extraction.hedges import hedge_patterns
from numcheck.extraction.nonquantities import _FUSED_ENDINGS, _FUSED_TO_LETTERS
from numcheck.extraction.nonquantities import _patterns as nonquantity_patterns
from numcheck.extraction.numbers import _DIGITS, _FIGURE_START, number_patterns
from numcheck.extraction.wordlists import may_end_with
from numcheck.frames import _MARGIN, _is_margin
from numcheck.linking import _AGE_BEFORE, _LABEL_BEFORE, _aged_before, _label_word_before
from numcheck.model import ClaimKind
from numcheck.restatements import _DETERMINER_BEFORE as _DETERMINER_BEFORE_PHRASE
from numcheck.restatements import _DETERMINER_ENDINGS, _PHRASE_BEFORE, _PHRASE_BEFORE_ENDINGS
from numcheck.scanning import LazyPattern, matches_from
from numcheck.shares import _SHARE_WORD_CORES, _SHARE_WORDS
from numcheck.subjects import (
    _CAPITAL,
    _NAME,
    _OF_BEFORE,
    _OPENER,
    _RELATIVE_TIME,
    _YEAR_START,
    _may_name_a_relative_time,
    lemma,
)
from numcheck.subjects import _YEAR as _YEAR_IN_CLAUSE
from numcheck.timing import _MONTH_BEFORE, _without_month
from numcheck.vocabulary import load_vocabulary

# Pieces that make the patterns match, and near-misses around them.
_MONTH_PIECES = ["June", "September", "May", "XJune", "june", "in", "on", " ", "  ", "\n", "\t", "(", "5", "the"]
_GAPPED_PIECES = ["Revenue", "revenue", "hardware", "was", "were", "of", "$515 million", "14%", "and", "AND",
                  "And", "aNd", "sand", ",", ", ", " ", "  ", "\n", "the", "orders", "rose"]  # fmt: skip


@pytest.mark.parametrize(
    "before",
    ["", "on June ", "on June", "the 4 September  ", "XJune ", "in May\n", "June June ", "it opened in", "  "],
)
def test_a_month_before_a_date_is_cut_as_the_pattern_cuts_it(before: str) -> None:
    assert _without_month(before) == _MONTH_BEFORE.sub("", before)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_MONTH_PIECES), max_size=12).map(" ".join))
def test_cutting_a_month_searches_only_where_it_can_start(before: str) -> None:
    assert _without_month(before) == _MONTH_BEFORE.sub("", before)


@pytest.mark.parametrize(
    ("said", "sentence"),
    [
        ("2024", "Up 10% on 2024, and 2,000 more than in 2024."),
        ("last year", "Last year it was 40; last year's figure"),
        ("aa", "aaaaa"),  # one after the other, never overlapping
        ("in 2019", "in 2019in 2019"),
        ("2020", "no such year"),
        ("2021", ""),
        ("the previous year", "İn the previous year, the previous year"),
    ],
)
def test_a_time_is_found_where_the_escaped_pattern_finds_it(said: str, sentence: str) -> None:
    assert _starts_of(said, sentence) == [found.start() for found in re.finditer(re.escape(said), sentence)]


@settings(max_examples=300)
@given(st.text(alphabet="a2 İı.", min_size=1, max_size=4), st.text(alphabet="a2 İı.", max_size=30))
def test_any_time_is_found_where_the_escaped_pattern_finds_it(said: str, sentence: str) -> None:
    assert _starts_of(said, sentence) == [found.start() for found in re.finditer(re.escape(said), sentence)]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_GAPPED_PIECES), max_size=14).map(" ".join))
def test_a_gapped_figure_always_has_an_and_before_it(text: str) -> None:
    """evidence._gapped tries its pattern only where "and" is written before the figure."""
    for end in range(len(text) + 1):
        window = max(0, end - 120)
        if _GAPPED.search(text, window, end) is not None:
            assert "and" in text[window:end].lower()


_BEFORE_PIECES = ["women", "aged", "AGED", "age", "ages", "age of", "Age Of", "Turn", "Sims", "X", "TURN", "the",
                  "ſ", " ", "  ", "\n", "\t", ",", "3", "-", "é"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=12).map("".join))
def test_ages_and_labels_before_a_figure_are_found_as_by_a_full_search(before: str) -> None:
    full = _LABEL_BEFORE.search(before)
    assert _aged_before(before) == (_AGE_BEFORE.search(before) is not None)
    assert _label_word_before(before) == (None if full is None else full.group(1))


_MARGIN_PIECES = ["won", "WON", "a record", "record", "by", "BY", "By", "bY", "baby", "nearby", "the", "votes", "x",
                  "ſ", "é", " ", "  ", "\n", "\x1c", "\u2003", ",", "38"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_MARGIN_PIECES), max_size=10).map("".join))
def test_a_margin_is_found_only_after_by_as_by_a_full_search(text: str) -> None:
    """frames._is_margin tries its pattern only where "by" and a space end the text before the figure."""
    for at in range(len(text) + 1):
        assert _is_margin(text, at) == (_MARGIN.search(text, max(0, at - 50), at) is not None)


def test_a_margin_is_found_after_by() -> None:
    assert _is_margin("set a course record by 38 seconds", len("set a course record by "))
    assert _is_margin("Won BY\n12", len("Won BY\n"))
    assert not _is_margin("won nearby 12", len("won nearby "))


_DEFINITE_PIECES = ["The", "the", "its", "Their", "his", "her", "our", "this", "that", "these", "those", "All",
                    "number", "of", "plant's", "workers’", "region’s", "Leeds'", "sold", "by", "x", " ", "  ",
                    "\n", ",", "3,900"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_DEFINITE_PIECES), max_size=10).map(" ".join))
def test_a_definite_phrase_ends_in_a_determiner_of_or_a_possessive(before: str) -> None:
    """evidence._is_definite tries its pattern only after one of `_DEFINITE_ENDINGS`."""
    for end in range(len(before) + 1):
        window = max(0, end - 40)
        if _DEFINITE_BEFORE.search(before, window, end) is not None:
            assert before[window:end].rstrip().endswith(_DEFINITE_ENDINGS)


_VOCABULARY = load_vocabulary()
_BEFORE_A_FIGURE = ["about", "ABOUT", "up to", "more than", "~", "rose", "ROSE", "fell", "by", "of", "a rise of",
                    "raised fees by", "Article", "art.", "no.", "No", "Flight", "MH", "S-", "sub-", "x", "the",
                    "ſ", "é", " ", "  ", "\n", ",", "5"]  # fmt: skip
_END_ANCHORED = {
    "hedge": (hedge_patterns(_VOCABULARY).before, hedge_patterns(_VOCABULARY).endings),
    "change verb": (change_patterns(_VOCABULARY).verb_before, change_patterns(_VOCABULARY).verb_endings),
    "identifier": (nonquantity_patterns(_VOCABULARY).identifier_before,
                   nonquantity_patterns(_VOCABULARY).identifier_endings),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(_END_ANCHORED))
@settings(max_examples=300)
@given(before=st.lists(st.sampled_from(_BEFORE_A_FIGURE), max_size=8).map(" ".join))
def test_an_end_anchored_word_pattern_matches_only_where_its_words_end_the_text(name: str, before: str) -> None:
    """The words before a figure are tried with the pattern only where `may_end_with` allows."""
    pattern, endings = _END_ANCHORED[name]
    if pattern.search(before) is not None:
        assert may_end_with(before, endings)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_BEFORE_A_FIGURE), max_size=8).map("".join))
def test_letters_fused_to_a_figure_end_the_text_before_it(before: str) -> None:
    if _FUSED_TO_LETTERS.search(before) is not None:
        assert before[-1:] in _FUSED_ENDINGS


@pytest.mark.parametrize(
    ("name", "before", "matches"),
    [("hedge", "sold about ", True), ("hedge", "sold ", False), ("change verb", "profits rose ", True),
     ("change verb", "a rise of ", True), ("change verb", "sales were ", False), ("identifier", "see Article ", True),
     ("identifier", "sold ", False)],
)  # fmt: skip
def test_the_cheap_test_rules_out_only_what_the_pattern_does(name: str, before: str, matches: bool) -> None:
    pattern, endings = _END_ANCHORED[name]
    assert (pattern.search(before) is not None) == matches
    assert may_end_with(before, endings) == matches


_TIME_PIECES = ["last", "LAST", "this", "next", "the previous", "the same", "year", "Years", "month", "summer",
                "yesterday", "Today", "on Monday", "mondays", "Q3", "q5", "xlast", "2019", "ſ", " ", ", ",
                "-"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=8).map(" ".join))
def test_a_relative_time_is_looked_for_only_in_clauses_with_its_words(clause: str) -> None:
    if _RELATIVE_TIME.search(clause) is not None:
        assert _may_name_a_relative_time(clause)


_PHRASE_PIECES = ["The", "that", "its", "Their", "our", "his", "her", "council's", "Leeds’", "figure", "rate",
                  "recycling", "of", "at", "was", "is", "stood", "came", "to", ",", "about", "just", "sold", "x",
                  " ", "  ", "\n"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PHRASE_PIECES), max_size=9).map(" ".join))
def test_a_phrase_naming_a_figure_is_tried_only_after_its_last_words(before: str) -> None:
    """restatements._noun_phrase tries each pattern only after the words that can end it."""
    if _PHRASE_BEFORE.search(before) is not None:
        assert before.rstrip().endswith(_PHRASE_BEFORE_ENDINGS)
    if _DETERMINER_BEFORE_PHRASE.search(before) is not None:
        assert before.rstrip().endswith(_DETERMINER_ENDINGS)


_SHARE_PIECES = ["the", "a", "vast", "majority", "Majority", "MINORITY", "most", "Most", "almost", "of", "voters",
                 "ſ", "80", " ", ", "]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_SHARE_PIECES), max_size=8).map(" ".join))
def test_a_share_in_words_holds_one_of_its_words(sentence: str) -> None:
    """shares._Reader.in_words scans an ASCII sentence only when it holds 'majority', 'minority' or 'most'."""
    if _SHARE_WORDS.search(sentence) is not None and sentence.isascii():
        assert any(word in sentence.lower() for word in _SHARE_WORD_CORES)


_DIGIT_PIECES = ["40", "000", ",", ".", "5", "1/4", "24/7", "¼", "½0", "¼0", "2 1/2", "1.5e-3", "3 × 10^8", "12,34,567",
                 "USD", "MH17", "zł", "Rs", "$", "-", "/", "٣", "３", "x", " ", "  ", "\n", "a"]  # fmt: skip


_NAME_PIECES = ["In", "in", "at", "across", "Leeds", "the", "Black Sea", "Ukraine's", "Mr", "O'Neill", "of", "2019",
                "1990s", "12019", "x2020", "ـ", " ", ", ", "-", "."]  # fmt: skip
_SCANS = {
    "figures in digits": (_DIGITS, _FIGURE_START, _DIGIT_PIECES, ""),
    "years": (_YEAR_IN_CLAUSE, _YEAR_START, _NAME_PIECES, " "),
    "names": (_NAME, _CAPITAL, _NAME_PIECES, " "),
    "labels": (_LABEL_IN_CLAUSE, _LABEL_START, [*_NAME_PIECES, "Turn", "Sims", "3", "4%", "7,5", "66", "Route"], " "),
    "months": (_MONTH_IN_CLAUSE, _MONTH_START, [*_NAME_PIECES, "May", "June", "XJune", "Mayor", "September"], " "),
}


@pytest.mark.parametrize("scan", sorted(_SCANS))
@settings(max_examples=300)
@given(data=st.data())
def test_a_pattern_tried_where_it_can_start_finds_what_a_full_scan_finds(scan: str, data: st.DataObject) -> None:
    pattern, openers, pieces, glue = _SCANS[scan]
    text = glue.join(data.draw(st.lists(st.sampled_from(pieces), max_size=10)))
    full = [(m.span(), m.groups()) for m in pattern.finditer(text) if m.end() > m.start()]
    assert [(m.span(), m.groups()) for m in matches_from(pattern, openers, text)] == full


_MODAL_PIECES = ["target", "Targets", "aim", "AIMED", "goals", "23", "league", "three", "expected", "may", "May",
                 "could", "plans", "planned", "hopeful", "forecast2", "_aim", "missed", "ſ", "x", " ", ", ", ".",
                 "-"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_MODAL_PIECES), max_size=10).map(" ".join))
def test_a_modal_clause_is_found_by_its_words_as_by_the_pattern(clause: str) -> None:
    assert _is_modal(clause) == bool(_MODAL.search(_COUNTED_MODAL_NOUNS.sub(" ", clause)))


_MASK_PIECES = ["see", "https://x.org/a1", "http:", "//", "ftp://f", "www.example.com", "WWW.", "a@b.co", "@", "x.y",
                "jo.bloggs+1@mail.example.org", "3", " ", "\n", "."]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_MASK_PIECES), max_size=10).map("".join))
def test_plain_text_is_masked_as_the_pattern_masks_it(text: str) -> None:
    if _PLAIN_MASK.search(text) is not None:
        assert any(mark in text for mark in _MASK_MARKS)
    assert mask_plain(text) == _PLAIN_MASK.sub(_blank_match, text)


_MARKDOWN_PIECES = [*_MASK_PIECES, "`", "``code``", "<!--", "-->", "<b>", "</i>", "<https://a.b>", "[x](y)", "![i](p)",
                    "[^1]", "[a][b]", "\\", "*", "#"]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_MARKDOWN_PIECES), max_size=10).map("".join))
def test_an_inline_construct_holds_one_of_its_marks(text: str) -> None:
    if _INLINE_MASK.search(text) is not None:
        assert any(mark in text for mark in _INLINE_MARKS)


def _words_as_alternation() -> re.Pattern[str]:
    """numbers.number_patterns' figures in words as they were written before the trie: one branch per word."""
    number_words = sorted(_VOCABULARY.number_words, key=len, reverse=True)
    scale_words = sorted({*_VOCABULARY.scales, *_VOCABULARY.count_nouns}, key=len, reverse=True)
    fractions = sorted(_VOCABULARY.fractions, key=len, reverse=True)
    content = "|".join(map(re.escape, number_words + scale_words + fractions))
    atom = rf"{content}|a|an|of(?=\s+an?\b)"
    first = rf"(?:{content}|an?(?=\s+(?:{content})\b))"
    joint = r"(?:[\s-]+and[\s-]+|[\s-]+)"  # "and" hyphened as its number words are: "two-and-a-half"
    return re.compile(rf"(?<![\w-]){first}(?:{joint}(?:{atom}))*(?!\w)(?!-(?:{atom})\b)", re.IGNORECASE)


_NUMBER_WORD_PIECES = ["one", "One", "four", "fourteen", "fourteenth", "forty", "FORTY-two", "a", "an", "of", "and",
                       "hundred", "thousand", "dozen", "half", "a quarter", "three quarters", "million", "six-mile",
                       "x", "-", " ", "  ", ",", "ſix", "2"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_NUMBER_WORD_PIECES), max_size=10).map(" ".join))
def test_figures_in_words_are_found_by_the_trie_as_by_one_branch_per_word(text: str) -> None:
    words = number_patterns(_VOCABULARY).words
    assert [m.span() for m in words.finditer(text)] == [m.span() for m in _words_as_alternation().finditer(text)]


_OPENER_PIECES = ["Of", "of", "the", "among", "Out", "lorries", "tested", "share", "40", ",", ", ", " ", "\n", "("]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_OPENER_PIECES), max_size=8).map(" ".join))
def test_an_opener_or_an_of_ends_the_text_before_the_figure(before: str) -> None:
    """subjects._subject_beside tries _OPENER only after a comma, _OF_BEFORE only after "of"."""
    if _OPENER.search(before) is not None:
        assert before.rstrip().endswith(",")
    if _OF_BEFORE.search(before) is not None:
        assert before.rstrip().endswith("of")


def test_a_match_without_its_reasons_scores_and_tells_apart_as_the_explained_one() -> None:
    """linking.match leaves the reasons out (they are written only for reported pairs): the score,
    the link and what told two claims apart are those `explained` gives with its reasons."""
    from pathlib import Path

    import numcheck
    from numcheck.linking import blocks, explained, match

    pairs = Path(__file__).resolve().parents[1] / "benchmarks" / "pairs"
    files = [path for path in sorted(pairs.glob("*/*.*")) if path.suffix in (".md", ".txt")]
    claims = [claim for path in files for claim in numcheck.extract(path.read_text(encoding="utf-8"), str(path))]
    compared = with_reasons = 0
    for _, _, members in blocks(claims):
        for index, first in enumerate(members):
            for second in members[index + 1 : index + 30]:
                lean, full = match(first, second), explained(first, second)
                assert (lean.score, lean.apart, lean.linked, lean.reasons) == (full.score, full.apart, full.linked, ())
                compared += 1
                with_reasons += bool(full.reasons)
    assert compared > 200 and with_reasons > 100


def test_two_claims_of_different_heads_never_link_so_linking_does_not_score_them() -> None:
    """linking.linked_pairs skips scoring a pair whose heads differ (linking.heads_differ): on every
    pair of the pairs corpus' blocks, such a pair scores under the threshold and is not linked."""
    from pathlib import Path

    import numcheck
    from numcheck.linking import LINK_THRESHOLD, blocks, head_of, heads_differ, match

    pairs = Path(__file__).resolve().parents[1] / "benchmarks" / "pairs"
    files = [path for path in sorted(pairs.glob("*/*.*")) if path.suffix in (".md", ".txt")]
    claims = [claim for path in files for claim in numcheck.extract(path.read_text(encoding="utf-8"), str(path))]
    skipped = 0
    for _, _, members in blocks(claims):
        for index, first in enumerate(members):
            for second in members[index + 1 :]:
                if heads_differ(head_of(first), head_of(second)):
                    found = match(first, second)
                    assert found.score < LINK_THRESHOLD and not found.linked
                    skipped += 1
    assert skipped > 50


@settings(max_examples=500)
@given(
    sources=st.lists(st.lists(st.integers(0, 40), max_size=12).map(lambda found: sorted(set(found))), max_size=5),
    after=st.integers(-1, 41),
    limit=st.integers(0, 30),
)
def test_a_claims_candidates_gathered_at_once_are_those_merged_one_at_a_time(
    sources: list[list[int]], after: int, limit: int
) -> None:
    """linking._candidates_after sorts the candidates at once where there are few; the merge is the oracle."""
    from itertools import islice

    from numcheck.linking import _ascending_after, _candidates_after

    assert list(_candidates_after(sources, after, limit)) == list(islice(_ascending_after(sources, after), limit))


_PREPOSITION_PIECES = ["opened", "in", "IN", "on", "since", "sinc", "by", "at", "from", "begin", "x", "(", ")", " ",
                       "  ", "\n", "\t", "\u00a0", "\u2003", "é", "5"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_PREPOSITION_PIECES), max_size=12).map("".join))
def test_a_dates_preposition_is_found_near_the_end_as_by_a_full_search(before: str) -> None:
    """timing._date_preposition_start searches only the end of the text, where the pattern ends."""
    from numcheck.timing import _DATE_PREPOSITION, _date_preposition_start

    full = _DATE_PREPOSITION.search(before)
    assert full is not None
    assert _date_preposition_start(before) == full.start()


_WHOLE_PIECES = ["in total", "IN ALL", "In  all", "overall", "Altogether", "combined", "all told", "across the",
                 "group's", "Group’s", "groups", "nationwide", "WorldWide", "whole", "entire", "totals", "totally",
                 "ſ", "K", "ı", "é", " ", "\n", ",", "4,130", "staff", "all", "to", "al", "the"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_WHOLE_PIECES), max_size=8).map("".join))
def test_a_whole_is_looked_for_only_where_its_words_are(text: str) -> None:
    """restatements._says_whole skips the pattern in ASCII text that holds none of its words."""
    from numcheck.restatements import _WHOLE, _says_whole

    assert _says_whole(text) == (_WHOLE.search(text) is not None)


_LABEL_PIECES = ["Workforce", "range", "up to", "Staff", ":", " : ", "：", " ", "\n", "é", "x", "3", ","]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=10).map("".join))
def test_a_label_before_a_figure_always_has_its_colon(text: str) -> None:
    """evidence._labelled tries its pattern only where a colon is written in the 40 characters before."""
    for end in range(len(text) + 1):
        window = max(0, end - 40)
        if _LABEL.search(text, window, end) is not None:
            assert ":" in text[window:end]


_HEAD_PIECES = ["visitor", "Visitor", "numbers", "Numbers", "NUMBERS", "figures", "totals", "levels", "count", "counts",
                "number", "numbered", "total", "totalled", "Total", "of", "Of", "OF", "aged", "age", "ages", "Age",
                "under the", "between the", "women", "range", "(", ",", ", up", "down", "ſ", "K", "é", " ", "  ",
                "\n", "\x1c", "-", "3"]  # fmt: skip


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (_NOUN_NUMBERS, _NOUN_NUMBER_WORDS),
        (_COUNTED_BY_VERB, _COUNTING_VERBS),
        (_NOUN_OF, ("of",)),
        (_FRAGMENT, (",", "(")),
        (_AGE_BAND, ("age",)),
    ],
)
@settings(max_examples=300)
@given(st.lists(st.sampled_from(_HEAD_PIECES), max_size=12).map("".join))
def test_a_pattern_is_skipped_only_where_it_cannot_match(
    pattern: re.Pattern[str], words: tuple[str, ...], text: str
) -> None:
    """evidence tries these patterns only in text that holds one of their words, as written."""
    for end in range(len(text) + 1):
        for start in (0, max(0, end - 40)):
            if pattern.search(text, start, end) is not None:
                assert any(word in text[start:end] for word in words)


def _governor_word_by_word(spot: Spot, clause_start: int, clause_end: int) -> str | None:
    """evidence._governor as it read each word from its match, again for each neighbour."""
    vocabulary = load_vocabulary()
    before = list(_WORD.finditer(spot.sentence, max(clause_start, spot.start - 80), spot.start))
    for index in range(len(before) - 1, max(-1, len(before) - 7), -1):
        word = before[index].group()
        following = before[index + 1].group().lower() if index + 1 < len(before) else ""
        previous = before[index - 1].group().lower() if index > 0 else ""
        if previous in _DETERMINERS:
            continue
        found = _content_verb(word, following, vocabulary, next_to_figure=index == len(before) - 1)
        if found:
            return found
        if word.islower() and _is_verb(word, next_to_figure=True) and lemma(word) in _NEUTRAL_VERBS:
            return None
    after = list(islice(_WORD.finditer(spot.sentence, spot.end, clause_end), 6))
    for index, match in enumerate(after):
        following = after[index + 1].group().lower() if index + 1 < len(after) else ""
        found = _content_verb(match.group(), following, vocabulary, next_to_figure=index == 0)
        if found:
            return found
    return None


_GOVERNOR_PIECES = ["the", "The", "grant", "totalled", "took", "in", "housed", "were", "evacuated", "employs", "people",
                    "rose", "to", "its", "council", "planted", "trees", "bottling", "costing", "and", ",", "well-",
                    "known", "X-ray", "é", " ", "  ", "300", "£4.2m"]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_GOVERNOR_PIECES), min_size=1, max_size=16).map(" ".join), st.data())
def test_the_verb_over_a_figure_is_found_as_word_by_word(sentence: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(sentence)))
    end = data.draw(st.integers(start, len(sentence)))
    spot = Spot(sentence, start, end, ClaimKind.COUNT, None, (), None)
    clause_start, clause_end = _span(sentence, start, end, _CLAUSE_BREAK)
    assert _governor(spot, load_vocabulary(), clause_start, clause_end) == _governor_word_by_word(
        spot, clause_start, clause_end
    )


_FRAME_PIECES = ["Said", "NO", "and", "were", "Unsure", "ſ", "K", "é", "İ", "x-ray", "15%", ",", " ", "\n"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_FRAME_PIECES), min_size=1, max_size=12).map(" ".join), st.data())
def test_a_frame_is_lower_cased_as_word_by_word(sentence: str, data: st.DataObject) -> None:
    """evidence._frame lower-cases its words all at once, as they are ASCII letters."""
    start = data.draw(st.integers(0, len(sentence)))
    end = data.draw(st.integers(start, len(sentence)))
    before = _FRAME_WORD.findall(sentence[max(0, start - 40) : start])[-2:]
    after = _FRAME_WORD.findall(sentence[end : end + 40])[:2]
    expected = None
    if len(before) + len(after) >= 3:
        expected = " ".join(w.lower() for w in before) + " _ " + " ".join(w.lower() for w in after)
    assert _frame(Spot(sentence, start, end, ClaimKind.PERCENT, None, (), None)) == expected


# Documents with restatements, and one with none: the pairs remembered for one must never answer another
_RESTATING_DOCUMENTS = [
    "The harvest fair drew a crowd of 8,200 on Sunday. Attendance of 2,800 made it the biggest fair in years.",
    "Halden Glass employs 740 people at Selby. The works' workforce of 470 would get a pay rise.",
    "A crowd of 12,600 watched the Orme half marathon. The turnout of 16,200 was a record.",
    "The county's shop vacancy rate reached 11.4% in June. Traders said that figure of 14.1% hid empty units.",
    "The pool is 25 metres long and cost £4 million. It opened in 1998.",
]


def test_restated_pairs_remembered_for_a_document_are_those_worked_out_afresh() -> None:
    """Within remembered.document_remembered, restated_pairs (a per_document analysis) remembers
    its claims' pairs by identity: asked again, of another document, of the first again, or of an
    equal copy of a document's claims, it answers as the plain computation does; on the way out it
    forgets."""
    import numcheck
    from numcheck.remembered import _DOCUMENT, document_remembered
    from numcheck.restatements import restated_pairs

    documents = [numcheck.extract(text, f"doc{i}.md") for i, text in enumerate(_RESTATING_DOCUMENTS)]
    copies = [numcheck.extract(text, f"doc{i}.md") for i, text in enumerate(_RESTATING_DOCUMENTS)]
    asked = [*documents, documents[0], documents[0], copies[0], *reversed(copies), documents[-1], documents[1]]
    fresh = {id(claims): list(restated_pairs(claims)) for claims in asked}  # outside the memory: afresh
    found = 0
    with document_remembered():
        for claims in asked:
            assert list(restated_pairs(claims)) == fresh[id(claims)]
            assert list(restated_pairs(list(claims))) == fresh[id(claims)]  # a list of the same claims
            for later, earlier in restated_pairs(claims):  # this document's claims, not an equal copy's
                assert any(later is claim for claim in claims) and any(earlier is claim for claim in claims)
            found += bool(fresh[id(claims)])
        assert _DOCUMENT.answers
    assert found >= 8  # most of the documents restate a figure
    assert not _DOCUMENT.answers and not _DOCUMENT.on  # forgotten on the way out


def test_a_claim_has_block_keys_exactly_when_blocking_gives_it_some() -> None:
    """linking.has_block_keys answers whether block_keys gives any without writing them out."""
    from pathlib import Path

    import numcheck
    from numcheck.linking import block_keys, has_block_keys

    pairs = Path(__file__).resolve().parents[1] / "benchmarks" / "pairs"
    files = [path for path in sorted(pairs.glob("*/*.*")) if path.suffix in (".md", ".txt")]
    claims = [claim for path in files for claim in numcheck.extract(path.read_text(encoding="utf-8"), str(path))]
    answers = [has_block_keys(claim) for claim in claims]
    assert answers == [bool(block_keys(claim)) for claim in claims]
    assert answers.count(True) > 100 and answers.count(False) > 10


# Dates cued as a start, an end, both in a label, neither; in a range, before a clause that names
# the event, after a month cut from a label; with and without a colon before them.
_CUED_DOCUMENTS = [
    "Brindle Road pool shuts on 5 January 2026 for four weeks. It reopens on 16 March 2026.",
    "Quarry Lane will be closed from 9 February to 23 March 2026, a closure of nine weeks.",
    "The road is shut between 9 February and 23 March 2026 while it is resurfaced.",
    "17 April 2027 is when the church reopens, and 3 May 2027 is when the hall closes.",
    "Quay wall repairs at a glance:\n- start: 3 August 2026\n- finish: November 2026\n- length: 40 weeks",
    "Key dates: closure end: 4 June 2026. Opening: 9 October 2026. Work starts: March 2025.",
    "- reopening: July 2029\n- closes: 2 March 2027\n- cost: £3 million",
    "Timetable\n- closure end: 4 June 2026\n- start of closure: 1 May 2026\n- shut: 2 May",
    "The museum, which closed in 2019 and reopened in 2021, began work on 1 May 2024 and will finish in 2026.",
    "The clock stops on 9 October for restoration; it will be back in service on 20 November.",
    "Work started in 2020: the bridge, finished in 2023, closed again on 1 June 2024 until 2025.",
    "The team ended the season on 4 May, then started training on 1 July and stopped on 2 August.",
    "On 3 March the ferry began; on 14 April: the ferry stopped. Completion is due on 5 May 2026.",
]


@pytest.mark.parametrize("text", _CUED_DOCUMENTS)
def test_a_dates_start_and_end_cues_are_those_each_cue_alone_gives(text: str) -> None:
    """spans.cues_of answers for the start and the end cue at once, as the plain reading asked of
    one cue at a time does: the nearer of the two cues decides, a label says either or both."""
    import numcheck
    from numcheck.spans import (
        _AFTER_BREAK,
        _END,
        _END_LABELS,
        _LABEL,
        _MONTH_LAST,
        _RANGE_END,
        _REACH,
        _START,
        _START_LABELS,
        _last_at,
        cues_of,
    )
    from numcheck.spans import _CLAUSE_BREAK as _SPAN_BREAK

    def cued(claim: numcheck.Claim, cue: LazyPattern, labels: LazyPattern) -> bool:
        at = claim.start - claim.sentence_start
        before = claim.sentence[max(0, at - _REACH) : at]
        label = _LABEL.match(_MONTH_LAST.sub("", claim.sentence[:at]))
        if label:
            return bool(labels.search(label.group(1)))
        if _RANGE_END.search(before):
            return cue is _END
        clause = _SPAN_BREAK.split(before)[-1]
        other = _END if cue is _START else _START
        if not clause.strip():
            after = _AFTER_BREAK.split(claim.sentence[at + len(claim.text) :])[0]
            return _last_at(cue, after) is not None and _last_at(other, after) is None
        mine, theirs = _last_at(cue, clause), _last_at(other, clause)
        return mine is not None and (theirs is None or mine > theirs)

    dates = [claim for claim in numcheck.extract(text, "doc.md") if claim.kind is ClaimKind.DATE]
    assert dates
    for claim in dates:
        assert cues_of(claim) == (cued(claim, _START, _START_LABELS), cued(claim, _END, _END_LABELS)), claim.text


def test_a_claims_span_is_the_one_worked_out_afresh() -> None:
    """kinds.span remembers each claim's span under each rule's parameters: asked again, under other
    parameters, or of an equal copy of a claim, it answers as the plain computation does."""
    from pathlib import Path

    import numcheck
    from numcheck.kinds import FigureParams, _span, span

    pairs = Path(__file__).resolve().parents[1] / "benchmarks" / "pairs"
    files = [path for path in sorted(pairs.glob("*/*.*")) if path.suffix in (".md", ".txt")][:30]
    claims = [claim for path in files for claim in numcheck.extract(path.read_text(encoding="utf-8"), str(path))]
    copies = [claim for path in files for claim in numcheck.extract(path.read_text(encoding="utf-8"), str(path))]
    quantities = [claim for claim in claims + copies if claim.kind.is_quantity]
    settings = [FigureParams(), FigureParams(relative_tolerance=0.1, use_rounding=False), FigureParams()]
    for params in settings:
        for claim in [*quantities, *reversed(quantities)]:
            assert span(claim, params) == _span(claim, params)
    assert len(quantities) > 100
    assert any(span(claim, settings[0]) != span(claim, settings[1]) for claim in quantities)


def test_the_vocabulary_is_read_once_however_it_is_asked_for() -> None:
    """The checks ask load_vocabulary(), the command line load_vocabulary(settings.vocabulary),
    which is None unless the user names one: both are the one vocabulary read."""
    assert load_vocabulary() is load_vocabulary(None)


_DISTANCE_PIECES = ["On", "on", "in", "the", "The", "race", "2 March", "Sunday 26 April", "1971", ",", "(", ")", ".",
                    "a", "A", "week", "weeks", "two", "fortnight", "days", "16", "later", "LATER", "Later",
                    "afterwards", "after", "before", "ahead", "of", "just", "only", "lat", "er", "fore"]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_DISTANCE_PIECES), max_size=14).map(" ".join))
def test_a_distance_between_dates_is_read_only_in_text_with_its_words(text: str) -> None:
    """gaps places a document's dates only when a sentence holds a word of distance: no pattern its
    three distance readers go by matches text without one."""
    from numcheck.gaps import (
        _APPOSED_DISTANCE,
        _DISTANCE_WORD,
        _LATER_AFTER,
        _LENGTH_THEN_DATE,
        _ONE_UNIT_AFTER,
        _ONE_UNIT_BEFORE,
    )

    patterns = (_APPOSED_DISTANCE, _LATER_AFTER, _LENGTH_THEN_DATE, _ONE_UNIT_AFTER, _ONE_UNIT_BEFORE)
    if _DISTANCE_WORD.search(text) is None:
        for start in range(len(text) + 1):  # the readers match slices: "^" is wherever one starts
            assert not any(pattern.search(text[start:]) for pattern in patterns)


def test_gaps_found_without_placing_dates_are_those_found_placing_them() -> None:
    """gaps skips placing the dates of a document that says no distance between them and sets no
    length after two dates: on every document of its tests, and on documents that date things and
    do neither, it finds what the four readers of placed dates find on them."""
    from test_within_gaps import RIGHT_GAPS, WRONG_GAPS

    import numcheck
    from numcheck.gaps import (
        _a_length_after_two_dates,
        _ages,
        _apposed,
        _bracketed_lengths,
        _clock_spans,
        _dated_spans,
        _later,
        _one_unit_later,
        _says_a_distance,
        gaps,
    )
    from numcheck.spans import placed_dates

    documents = [
        *(document for document, _ in WRONG_GAPS),
        *RIGHT_GAPS,
        "The trial began on 2 February. The verdict came on 20 February.",
        "The mill closed in 1968 and was sold in 1971. The 110-year-old vessel was built in 1926.",
        "The concert starts at 7.30pm and finishes at 10pm, three hours of music.",
    ]
    skipped = 0
    for text in documents:
        ordered = sorted(numcheck.extract(text, "doc.md"), key=lambda claim: claim.start)
        placed = placed_dates(ordered)
        plain = [*_bracketed_lengths(ordered), *_ages(ordered), *_later(ordered, placed), *_one_unit_later(placed),
                 *_apposed(placed), *_dated_spans(ordered, placed), *_clock_spans(ordered)]  # fmt: skip
        if not any(claim.kind is ClaimKind.DATE for claim in ordered):
            plain = [*_bracketed_lengths(ordered)]
        assert list(gaps(ordered)) == plain, text
        skipped += not (_says_a_distance(ordered) or _a_length_after_two_dates(ordered))
    assert skipped >= 10


# --- patterns compiled on first use ---------------------------------------------------------------


def _lazy_patterns() -> list[LazyPattern]:
    """Every pattern numcheck keeps at module level, alone or in a table of patterns."""
    import numcheck

    found: dict[int, LazyPattern] = {}
    for module_info in pkgutil.walk_packages(numcheck.__path__, "numcheck."):
        if module_info.name == "numcheck.__main__":
            continue  # importing it runs the command line
        for value in vars(importlib.import_module(module_info.name)).values():
            items = value if isinstance(value, tuple | list) else (value,)
            for item in items:
                for member in item if isinstance(item, tuple) else (item,):
                    if isinstance(member, LazyPattern):
                        found[id(member)] = member
    return list(found.values())


def test_every_pattern_compiles() -> None:
    """Compiling at import used to prove every pattern sound; compiled on first use, a bad one would
    wait for a sentence that asks for it."""
    patterns = _lazy_patterns()
    assert len(patterns) > 900
    for pattern in patterns:
        re.compile(pattern.pattern, pattern.flags)


_LAZY_SOURCES = [(r"(?<![\w])(?P<n>\d+)(?:\s*(?P<unit>km|miles?))?", re.IGNORECASE), (r"\s*,\s*|\band\b", 0)]


@pytest.mark.parametrize(("source", "flags"), _LAZY_SOURCES)
@settings(max_examples=200)
@given(text=st.text(alphabet="12 kmKMiles,and", max_size=20), pos=st.integers(0, 5))
def test_a_pattern_compiled_on_first_use_answers_as_one_compiled_at_once(
    source: str, flags: int, text: str, pos: int
) -> None:
    calls: dict[str, Callable[[Any], object]] = {
        "search": lambda pattern: _span_of(pattern.search(text, pos)),
        "match": lambda pattern: _span_of(pattern.match(text, pos)),
        "fullmatch": lambda pattern: _span_of(pattern.fullmatch(text)),
        "findall": lambda pattern: pattern.findall(text),
        "finditer": lambda pattern: [match.groupdict() for match in pattern.finditer(text, pos)],
        "sub": lambda pattern: pattern.sub("-", text, count=1),
        "split": lambda pattern: pattern.split(text, maxsplit=2),
    }
    compiled = re.compile(source, flags)
    for call in calls.values():
        lazy = LazyPattern(source, flags)
        assert call(lazy) == call(compiled)  # the call that compiles it
        assert [other(lazy) for other in calls.values()] == [other(compiled) for other in calls.values()]
        assert isinstance(lazy.search.__self__, re.Pattern)  # later calls go straight to the compiled pattern


def _span_of(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()
