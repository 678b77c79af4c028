"""Sentence stage: Document -> sentences with offsets into its text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from syntok._segmentation_states import State
from syntok.tokenizer import Tokenizer

from numcheck.layout import aligned_rows
from numcheck.model import Document, Sentence
from numcheck.scanning import LazyPattern

# A line starts after "\n", after a lone "\r", or at the start: the same lines markdown-it sees.
_LINE = LazyPattern(r"(?:\A|(?<=\n)|(?<=\r)(?!\n))[^\r\n]*")
_BLOCK_MARKER = LazyPattern(
    r"""
    [ \t]*(?P<quote>(?:>[ \t]?)*)[ \t]*
    (?:(?P<heading>\#{1,6}(?:[ \t]|$))
      |(?P<row>\|.*\|[ \t]*$)
      |(?P<bullet>[-+*•][ \t])
      |(?P<number>\d{1,9})[.)](?:[ \t]|$))?
    """,
    re.VERBOSE,
)
# syntok keeps a terminal after any token holding a dot (for "U.S."), so "$2.3bn. The" stays one.
# syntok's sentence terminals, and the opening bracket it may also split before.
_MAY_END_A_SENTENCE = LazyPattern("[.!?;\u203c\u203d\u2047\u2048\u2049\u3002\ufe52\ufe57\uff01\uff0e\uff1f\uff61(]")
_ORDINARY_SPACES = str.maketrans("\t\n\r", "   ")
_DECIMAL = LazyPattern(r"\d[\d,]*\.\d+[^\W\d_]*")
# Abbreviations that come before a number; syntok splits "Sect. 4.2" as it does not know them.
_NUMBERED_ABBREVIATIONS = frozenset(
    {"approx", "art", "ca", "cap", "ch", "chap", "cl", "eq", "eqs", "ex", "fig", "figs", "no"}
    | {"nos", "nr", "op", "p", "para", "pp", "pt", "pts", "ref", "refs", "reg", "rev", "sch"}
    | {"sec", "sect", "tab", "ver", "vol", "vols", "vs"}
)


def split_sentences(document: Document, worth_splitting: Callable[[str], object] = bool) -> tuple[Sentence, ...]:
    """The document's sentences in order. Boundaries come from the prose; text is the original.

    Blocks whose prose fails `worth_splitting` are left out: finding sentences is most of the cost
    of a paragraph that the caller would skip anyway (one with no number, for extraction)."""
    text = document.text
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(document):
        prose = document.prose[block_start:block_end]
        if not worth_splitting(prose):
            continue
        if not _MAY_END_A_SENTENCE.search(prose, 0, len(prose.rstrip()) - 1) and _plain(prose):
            # Nothing before its last character can end a sentence, so the block is one: syntok
            # would say so too, at a good part of the cost of extracting it.
            start = block_start + len(prose) - len(prose.lstrip())
            end = block_start + len(prose.rstrip())
            if start < end:
                sentences.append(Sentence(document.path, start, end, text[start:end]))
            continue
        # Tokens stay relative to the block and are shifted here.
        tokens = _tokens(prose)
        for first, last in _repaired(tokens, _segment(tokens)):
            start = block_start + tokens.offsets[first]
            end = block_start + tokens.offsets[last] + len(tokens.values[last])
            raw = text[start:end]
            stripped = raw.strip()
            if stripped:
                start += len(raw) - len(raw.lstrip())
                sentences.append(Sentence(document.path, start, start + len(stripped), stripped))
    return tuple(sentences)


def _plain(prose: str) -> bool:
    """No spaces but the ordinary ones, and nothing invisible: where syntok and str.strip agree
    on what is space (syntok also counts a zero-width space, for one)."""
    return prose.translate(_ORDINARY_SPACES).isprintable()


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """The sentence that holds a character offset, if any; `sentences` must be in order."""
    index = bisect.bisect_right(sentences, offset, key=_start) - 1
    if index >= 0 and offset < sentences[index].end:
        return sentences[index]
    return None


def _start(sentence: Sentence) -> int:
    return sentence.start


def _blocks(document: Document) -> Iterator[tuple[int, int]]:
    """Spans no sentence may cross: paragraphs, headings, table rows, list items, quotes."""
    text, prose = document.text, document.prose
    start: int | None = None
    end = 0
    quoted = False
    in_list = False
    rows = _aligned_row_starts(prose) | _fact_box_line_starts(prose)
    for line in _LINE.finditer(prose):
        line_start, line_end = line.span()
        if line_start == line_end or line.group().isspace():
            if start is not None:
                yield start, end
            start, in_list = None, False
            continue
        marker = _BLOCK_MARKER.match(text, line_start, line_end)
        assert marker is not None
        is_quote = bool(marker.group("quote"))
        number = marker.group("number")
        standalone = bool(marker.group("heading") or marker.group("row")) or line_start in rows
        item = bool(marker.group("bullet")) or (
            number is not None and (in_list or number == "1" or prose[marker.start("number")] == " ")
        )
        if start is not None and (standalone or item or is_quote != quoted):
            yield start, end
            start = None
        if start is None:
            start = line_start
        end = line_end
        quoted = is_quote
        in_list = in_list or item
        if standalone:
            yield start, end
            start = None
    if start is not None:
        yield start, end


def _aligned_row_starts(prose: str) -> frozenset[int]:
    """Where the lines of a plain-text table or fact box start: each is a row of its own."""
    if "  " not in prose and "\t" not in prose:
        return frozenset()
    lines = list(_LINE.finditer(prose))
    return frozenset(lines[index].start() for index in aligned_rows([line.group() for line in lines]))


# A fact box's line: a short label, a colon, then what it gives ("Staff: 2,400", "Buses ordered: 64",
# "Reopens: 14 June 2027"), with no full stop to end it
_FACT_LINE = LazyPattern(r"[ \t]*[A-Z][\w'’ -]{0,40}:[ \t]+\S[^\r\n]*?(?<![.!?])[ \t]*")


def _fact_box_line_starts(prose: str) -> frozenset[int]:
    """Where the lines of a fact box start: two or more lines in a row that each give a label and a
    figure, each a row of its own. Their words are not one sentence's: "Lamps replaced: 1,320" and
    "Streets covered: 41" on the next line share no verb, name or subject."""
    if ":" not in prose or "\n" not in prose:
        return frozenset()
    lines = list(_LINE.finditer(prose))
    boxed = [_FACT_LINE.fullmatch(line.group()) is not None for line in lines]
    return frozenset(
        line.start()
        for index, line in enumerate(lines)
        if boxed[index] and ((index > 0 and boxed[index - 1]) or (index + 1 < len(lines) and boxed[index + 1]))
    )


# --- syntok's boundaries, worked out at the tokens that can end a sentence ----------------------
#
# syntok's segmenter walks every token through a state machine of objects, which cost about a
# fifth of extracting a paragraph. Its decisions are taken only at terminals and opening brackets,
# from a few tokens around them, so this is the same machine over three flat lists, jumping from
# one such token to the next. It gives syntok's boundaries exactly (tests/test_sentences.py checks
# it against syntok on the benchmark texts and on generated text), from syntok's own word lists
# and patterns, so an upgrade of syntok that changes them changes both alike.

_SPACES = Tokenizer._spaces
_SEPARATION = Tokenizer._separation
_APOSTROPHE_T = Tokenizer._apostrophe_t
_NOT_EMITTED = Tokenizer._hyphens_and_underscore
_TERMINALS = State.terminals
_OPENING = State.opening_brackets
_CLOSING = State.closing_brackets
_CLOSING_QUOTES = State.closing_quotes
_INNER_PUNCTUATION = State.inner_sentence_punctuation
_STARTERS = State.starters
_ABBREVIATIONS = State.abbreviations
_MONTHS = State.months
_ROMAN_NUMERALS = State.roman_numerals
_VOWELS = State.vowels
_BRACKETS_SKIPPED_UNDER = State.max_bracket_skipping_length
_NUMBER_WORDS = frozenset({"no", "No", "NO"})
_DECIDING = _TERMINALS | _OPENING


@dataclass(frozen=True, slots=True)
class _Tokens:
    """syntok's tokens of one block: each one's text, the space before it and its offset, and the
    indices of the tokens at which the segmenter decides (terminals and opening brackets)."""

    values: list[str]
    spacings: list[str]
    offsets: list[int]
    deciding: list[int]


def _tokens(text: str) -> _Tokens:
    """syntok's Tokenizer(replace_not_contraction=False).tokenize(text), as flat lists."""
    values: list[str] = []
    spacings: list[str] = []
    offsets: list[int] = []
    deciding: list[int] = []

    def add(value: str, spacing: str, offset: int) -> None:
        if value in _DECIDING:
            deciding.append(len(values))
        values.append(value)
        spacings.append(spacing)
        offsets.append(offset)

    previous_end = 0
    for chunk in _SPACES.finditer(text):
        chunk_start, chunk_end = chunk.span()
        spacing = text[previous_end:chunk_start]
        previous_end = chunk_end
        word = chunk.group()
        start, end = chunk_start, chunk_end
        if not word.isalnum():  # punctuation around the word (most chunks are a bare word)
            while start < chunk_end and not text[start].isalnum():
                start += 1
            if start == chunk_end:
                add(word, spacing, chunk_start)
                continue
            while not text[end - 1].isalnum():
                end -= 1
            for index in range(chunk_start, start):
                add(text[index], spacing, index)
                spacing = ""
            word = text[start:end]
        splits = _WORD_SPLITS.get(word)
        if splits is None:
            splits = _splits(word)
        if splits:
            _split_word(word, start, spacing, add)
        else:  # the common case: one word, which decides nothing
            values.append(word)
            spacings.append(spacing)
            offsets.append(start)
        if end < chunk_end:
            if text.startswith("...", end, chunk_end):
                add("...", "", end)
                end += 3
            for index in range(end, chunk_end):
                add(text[index], "", index)
    if previous_end < len(text):
        add("", text[previous_end:], len(text))
    return _Tokens(values, spacings, offsets, deciding)


# Whether a word splits into several tokens, for the words seen last: most words of a text recur.
_WORDS_REMEMBERED = 50_000
_WORD_SPLITS: dict[str, bool] = {}


def _splits(word: str) -> bool:
    if len(_WORD_SPLITS) >= _WORDS_REMEMBERED:
        _WORD_SPLITS.clear()
    splits = _WORD_SPLITS[word] = _SEPARATION.search(word) is not None
    return splits


def _split_word(word: str, base: int, prefix: str, add: Callable[[str, str, int], None]) -> None:
    """syntok's Tokenizer._split_word: a word from its first to its last letter or digit, split
    where case turns, at apostrophes, brackets and some hyphens."""
    remainder = 0
    for separation in _SEPARATION.finditer(word):
        start, end = separation.span()
        separator = separation.group()
        if start > remainder:
            if word[start - 1] == "n" and _APOSTROPHE_T.fullmatch(separator):
                if remainder < start - 1:
                    add(word[remainder : start - 1], prefix, base + remainder)
                    prefix = ""
                add("n" + separator, prefix, base + start - 1)
                prefix = ""
                remainder = end
                continue
            add(word[remainder:start], prefix, base + remainder)
            prefix = ""
        if separator and separator not in _NOT_EMITTED:
            add(separator, prefix, base + start)
            prefix = ""
        else:
            prefix += separator
        remainder = end
    if remainder == 0:
        add(word, prefix, base)
    elif remainder < len(word):
        add(word[remainder:], prefix, base + remainder)


def _segment(tokens: _Tokens) -> list[tuple[int, int]]:
    """syntok.segmenter.segment: each sentence as the range of its tokens, [first, end)."""
    values, spacings, offsets, deciding = tokens.values, tokens.spacings, tokens.offsets, tokens.deciding
    count = len(values)
    sentences: list[tuple[int, int]] = []

    def after_brackets(at: int) -> tuple[int, bool]:
        """How far the brackets opened at `at` close (0: not within 50 tokens), and whether
        they seem to hold a sentence."""
        depth = 1
        index = 1
        first_is_title: bool | None = None
        last_is_terminal = False
        while at + index < count and index < 50:
            value = values[at + index]
            if first_is_title is None and value.isalnum():
                first_is_title = value.istitle()
            elif first_is_title and value.isalnum():
                last_is_terminal = at + index + 1 < count and values[at + index + 1] in _TERMINALS
            if value in _OPENING:
                depth += 1
            elif value in _CLOSING:
                depth -= 1
                if depth == 0:
                    break
            index += 1
        return (index if depth == 0 else 0), bool(first_is_title and last_is_terminal)

    def skipped(at: int) -> int:
        """Where reading goes on after the brackets opened at `at`: past them when syntok skips them."""
        closing, holds_a_sentence = after_brackets(at)
        if closing > 0:
            end = offsets[at + closing] + len(values[at + closing])
            if end - offsets[at] < _BRACKETS_SKIPPED_UNDER or not holds_a_sentence:
                return at + closing + 1
        return at

    def is_single_letter_or_roman(token: str) -> bool:
        return len(token) == 1 or token in _ROMAN_NUMERALS

    def past_terminals(at: int, after: str | None) -> tuple[int, str | None]:
        """Past the terminals and closing brackets at `at`; the first of them, if none was before."""
        while at < count and (values[at] in _TERMINALS or values[at] in _CLOSING):
            at += 1
            if at == count:
                break
            if after is None:
                after = values[at - 1]
        return at, after

    def at_terminal(at: int, sentence_start: int, first_token: bool) -> tuple[int, bool]:
        """syntok's _move_and_maybe_extract_terminal: where reading goes on, and whether a
        sentence ends there."""
        before = values[at - 1] if at > sentence_start else ""
        if values[at] not in _OPENING:
            at += 1
        after: str | None = None
        last = values[at - 1] if at > sentence_start else ""
        if at < count and values[at] in _OPENING and last not in _TERMINALS:
            at = skipped(at)
        else:
            at, after = past_terminals(at, after)
            if at < count and values[at] in _CLOSING_QUOTES and not spacings[at]:
                at += 1
                if at < count and after is None:
                    after = values[at - 1]
            at, after = past_terminals(at, after)
            if at < count and values[at] in _OPENING:
                after = values[at]
        if after is None and at < count:
            after = values[at]
        token_after = "" if after is None else after
        following = values[at] if at < count else None
        spaced = at < count and bool(spacings[at])
        if following is not None and (following[:1].islower() or following in _INNER_PUNCTUATION):
            return at, False
        if not (first_token and is_single_letter_or_roman(before)) and following in _STARTERS:
            return at, True
        if before in _ABBREVIATIONS and token_after not in _CLOSING:
            return at, False
        if (
            before in _NUMBER_WORDS
            and following is not None
            and any(c.isnumeric() for c in following)
            and following.isalnum()
        ):
            return at, False
        if following is not None and following.isnumeric() and not spaced:
            return at, False
        if (
            following is not None
            and not spaced
            and (not token_after.istitle() or not token_after.isalpha() or len(token_after) == 1)
        ):
            return at, False
        if following is not None and following.isnumeric() and len(following) > 2:
            return at, False
        if before.isnumeric() and following in _MONTHS:
            return at, False
        if before in _MONTHS and following is not None and following.isnumeric():
            return at, False
        if "." in before and token_after != ".":
            return at, False
        if (first_token or before.isupper()) and is_single_letter_or_roman(before):
            return at, False
        if len(before) == 1 and before.isalpha() and before not in _VOWELS:
            return at, False
        if token_after in _OPENING:
            closing, holds_a_sentence = after_brackets(at)
            past = at + closing + 1
            beyond = values[past] if closing > 0 and not holds_a_sentence and past < count else ""
            inside = values[at + 1] if at + 1 < count else ""
            if beyond in _INNER_PUNCTUATION:
                return at, False
            if inside.istitle():
                return at, True
            return at, not beyond[:1].islower()
        return at, True

    def close(start: int, end: int) -> None:
        if end > start and (end - start > 1 or values[start]):
            sentences.append((start, end))

    at = start = 0
    first_token = True
    while at < count:
        if first_token:
            if values[at] in _OPENING:
                past = skipped(at)
                if past > at:
                    at = past
                    if at - start > 3 and not (at < count and values[at][:1].islower()):
                        close(start, at)
                        start = at
                        continue
                if at == count:
                    break
            at += 1
            if at < count and (values[at] in _TERMINALS or values[at] == "("):
                at, ends = at_terminal(at, start, True)
                if ends:
                    close(start, at)
                    start = at
            else:
                first_token = False
            continue
        # Inside a sentence nothing happens until the next terminal or opening bracket.
        following = bisect.bisect_right(deciding, at)
        at = deciding[following] if following < len(deciding) else count
        if at == count:
            break
        if values[at] in _OPENING:
            at = skipped(at)
            if at == count or values[at] not in _DECIDING:
                continue
        at, ends = at_terminal(at, start, False)
        if ends:
            close(start, at)
            start = at
            first_token = True
    close(start, at)
    return sentences


def _repaired(tokens: _Tokens, sentences: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Correct the few places where syntok's boundaries are known to be wrong; each sentence as
    the indices of its first and last tokens."""
    values = tokens.values
    pending: tuple[int, int] | None = None
    for first, end in sentences:
        # syntok ends a span that has trailing spaces with an empty token.
        if end == len(values) and not values[end - 1]:
            end -= 1
        if end <= first:
            continue
        for piece in _split_after_decimals(tokens, first, end):
            if pending is not None and _continues(values, pending, piece):
                pending = (pending[0], piece[1])
            else:
                if pending is not None:
                    yield pending[0], pending[1] - 1
                pending = piece
    if pending is not None:
        yield pending[0], pending[1] - 1


def _split_after_decimals(tokens: _Tokens, first: int, end: int) -> Iterator[tuple[int, int]]:
    """Where syntok joins two sentences at a full stop: after a decimal ("$2.3bn. The"), and
    before a sentence that opens on a number of three digits or more, which syntok keeps with
    the word before for "No. 123" ("joined in March. 560 staff joined in June")."""
    values, spacings, deciding = tokens.values, tokens.spacings, tokens.deciding
    start = first
    for index in deciding[bisect.bisect_right(deciding, first) : bisect.bisect_left(deciding, end - 1)]:
        if (
            values[index] == "."
            and spacings[index + 1]
            and (
                (values[index + 1][:1].isupper() and _DECIMAL.fullmatch(values[index - 1]))
                or _opens_on_a_number(values, index)
            )
        ):
            yield start, index + 1
            start = index + 1
    yield start, end


def _opens_on_a_number(values: list[str], stop: int) -> bool:
    """A full stop after a plain word, then a number of three digits or more and a word: no
    abbreviation syntok or numcheck knows ("Fig. 123", "approx. 300"), and no month ("Sept. 2024")."""
    before, number = values[stop - 1], values[stop + 1]
    return (
        len(before) > 1
        and before.isalpha()
        and before.lower() not in _NUMBERED_ABBREVIATIONS
        and before.capitalize() not in _ABBREVIATIONS
        and before not in _ABBREVIATIONS
        and before.capitalize() not in _MONTHS
        and number.isdigit()
        and len(number) > 2
        and stop + 2 < len(values)
        and values[stop + 2].isalpha()
    )


def _continues(values: list[str], previous: tuple[int, int], following: tuple[int, int]) -> bool:
    """A semicolon never ends an English sentence, nor does "Sect." before a number."""
    last = values[previous[1] - 1]
    if last == ";":
        return True
    return (
        last == "."
        and previous[1] - previous[0] > 1
        and values[previous[1] - 2].lower() in _NUMBERED_ABBREVIATIONS
        and values[following[0]][:1].isdigit()
    )
