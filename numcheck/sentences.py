"""Sentence stage: Document -> sentences with offsets into its text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence

from syntok.segmenter import segment
from syntok.tokenizer import Token, Tokenizer

from numcheck.model import Document, Sentence

# Contractions must stay as written, or token offsets would drift from the text.
_TOKENIZER = Tokenizer(replace_not_contraction=False)

# A line starts after "\n", after a lone "\r", or at the start: the same lines markdown-it sees.
_LINE = re.compile(r"(?:\A|(?<=\n)|(?<=\r)(?!\n))[^\r\n]*")
_BLOCK_MARKER = re.compile(
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
_MAY_END_A_SENTENCE = re.compile("[.!?;\u203c\u203d\u2047\u2048\u2049\u3002\ufe52\ufe57\uff01\uff0e\uff1f\uff61(]")
_ORDINARY_SPACES = str.maketrans("\t\n\r", "   ")
_DECIMAL = re.compile(r"\d[\d,]*\.\d+[^\W\d_]*")
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
        # syntok reaches a base offset by padding the text with spaces, quadratic over many
        # blocks, so tokens stay relative to the block and are shifted here.
        tokens = _TOKENIZER.tokenize(prose)
        for sentence in _repaired(segment(tokens)):
            start = block_start + sentence[0].offset
            end = block_start + sentence[-1].offset + len(sentence[-1].value)
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
        standalone = bool(marker.group("heading") or marker.group("row"))
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


def _repaired(sentences: Iterator[list[Token]]) -> Iterator[list[Token]]:
    """Correct the few places where syntok's boundaries are known to be wrong."""
    pending: list[Token] | None = None
    for tokens in sentences:
        # syntok ends a span that has trailing spaces with an empty token.
        sentence = [token for token in tokens if token.value]
        if not sentence:
            continue
        for piece in _split_after_decimals(sentence):
            if pending is not None and _continues(pending, piece):
                pending = pending + piece
            else:
                if pending is not None:
                    yield pending
                pending = piece
    if pending is not None:
        yield pending


def _split_after_decimals(sentence: list[Token]) -> Iterator[list[Token]]:
    start = 0
    for index in range(1, len(sentence) - 1):
        following = sentence[index + 1]
        if (
            sentence[index].value == "."
            and following.spacing
            and following.value[:1].isupper()
            and _DECIMAL.fullmatch(sentence[index - 1].value)
        ):
            yield sentence[start : index + 1]
            start = index + 1
    yield sentence[start:]


def _continues(previous: list[Token], following: list[Token]) -> bool:
    """A semicolon never ends an English sentence, nor does "Sect." before a number."""
    last = previous[-1].value
    if last == ";":
        return True
    return (
        last == "."
        and len(previous) > 1
        and previous[-2].value.lower() in _NUMBERED_ABBREVIATIONS
        and following[0].value[:1].isdigit()
    )
