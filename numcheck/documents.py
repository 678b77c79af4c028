"""Reading stage: files and stdin -> Document, with code, markup and URLs masked from the prose."""

from __future__ import annotations

import bisect
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from numcheck.errors import NumcheckError
from numcheck.model import Document
from numcheck.scanning import LazyPattern

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
WALKED_SUFFIXES = MARKDOWN_SUFFIXES | {".txt"}
SKIPPED_FOLDERS = frozenset({"node_modules", "__pycache__"})
STDIN_PATH = "<stdin>"


class DocumentError(NumcheckError):
    """A document that cannot be read or decoded. Names the path, and the byte offset if any."""

    def __init__(self, path: str, message: str, *, offset: int | None = None) -> None:
        self.path = path
        self.detail = message
        self.offset = offset
        super().__init__(f"{path}: {message}")


# Tables and footnotes are common in the reports we check; the commonmark preset has neither.
# Only block structure is used, so the inline pass (and what builds on it) is switched off:
# that also keeps footnote definitions in place even when nothing refers to them.
_MARKDOWN = (
    MarkdownIt("commonmark")
    .enable("table")
    .use(front_matter_plugin)
    .use(footnote_plugin)
    .disable(["inline", "footnote_tail", "text_join"])
)
# markdown-it leaves whatever lies deeper than this many levels unparsed and silent (20 in the
# commonmark preset: nine nested lists). Deeper text is still read, as plain lines: see _too_deep.
_MARKDOWN.options["maxNesting"] = 100
_CONTAINERS = frozenset({"blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open", "footnote_open"})

# markdown-it counts lines on all three newline styles, so we must too for its maps to line up.
_LINE_BREAK = LazyPattern(r"\r\n|\r|\n")
_NOT_NEWLINE = LazyPattern(r"[^\r\n]")

_URL = r"""
    (?:\b(?:https?|ftp)://|(?<![\w.@/-])www\.)
    [^\s<>"`“”‘’]*
    [^\s<>"'`“”‘’.,;:!?)\]}*_~]
"""
_EMAIL = r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
_PLAIN_MASK = LazyPattern(rf"{_URL}|{_EMAIL}", re.VERBOSE)
_MASK_MARKS = ("://", "www.", "@")  # one of them is in every match of _PLAIN_MASK

_LINK_DESTINATION = r"""
    \]\(\s*
    (?:<[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)
    (?:\s+(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?
    \s*\)
"""
# One alternation, scanned left to right, so the leftmost construct wins as in CommonMark.
_INLINE_MASK = LazyPattern(
    rf"""
    (?P<code>(?<![`\\])`+(?!`))   # only its opening run: see _inline_constructs
    |(?P<comment><!--)       # only its opening: see _inline_constructs
    |(?P<autolink>
        <[A-Za-z][A-Za-z0-9.+-]{{1,31}}:[^\s<>]*>
        |<[\w.!#$%&'*+/=?^`{{|}}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*>)
    |(?P<tag>
        </?[A-Za-z][A-Za-z0-9-]*
        (?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*
        \s*/?>)
    |(?P<link>
        (?P<open>!?\[)
        (?P<text>(?:[^\[\]\\]|\\.|\[(?:[^\[\]\\]|\\.)*\])*)
        (?P<rest>{_LINK_DESTINATION}|\]\[(?:[^\[\]\\]|\\.)*\]))
    |(?P<footnote>\[\^[^\]\s]+\])
    |(?P<url>{_URL})
    |(?P<email>{_EMAIL})
    """,
    re.VERBOSE | re.DOTALL,
)
_INLINE_MARKS = ("`", "<", "[", "://", "www.", "@")  # one of them is in every match of _INLINE_MASK
# Inside an HTML block, a comment left open and a raw element left unclosed run to the end.
_HTML_BLOCK_MASK = LazyPattern(
    r"<!--(?:.*?-->|.*\Z)|<(script|style|pre|textarea)\b(?:.*?</\1\s*>|.*\Z)",
    re.DOTALL | re.IGNORECASE,
)
_RAW_HTML_BLOCK = LazyPattern(
    r"[ \t]*(?:>[ \t]?)*(?:<(?:script|pre|style|textarea)(?:[\s>]|$)|<\?|<![A-Za-z]|<!\[CDATA\[)",
    re.IGNORECASE,
)

_QUOTE_PREFIX = LazyPattern(r"[ \t]*(?:>[ \t]?)*")
_ITEM_PREFIX = LazyPattern(r"[ \t]*(?:(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*)*")
_FOOTNOTE_LABEL = LazyPattern(r"[ \t]{0,3}\[\^[^\]\s]+\]:")
_ATX_OPEN = LazyPattern(r"#{1,6}(?=[ \t]|$)")
_ATX_CLOSE = LazyPattern(r"(?:^|[ \t]+)#+[ \t]*$")
_TABLE_PIPE = LazyPattern(r"(?<!\\)\|")


def is_markdown_path(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in MARKDOWN_SUFFIXES


def read_document(path: str, *, stdin: BinaryIO | None = None) -> Document:
    """Read one file, or standard input for `-`, into a Document."""
    if path == "-":
        return _decoded_document(STDIN_PATH, _read_standard_input(stdin), markdown=False)
    return document_from_bytes(path, read_bytes(path))


def _read_standard_input(stdin: BinaryIO | None) -> bytes:
    if stdin is None:
        if sys.stdin is None:  # the parent closed it: `numcheck check - <&-`
            raise DocumentError(STDIN_PATH, "standard input is closed")
        stdin = sys.stdin.buffer
    try:
        return stdin.read()
    except OSError as error:
        raise DocumentError(STDIN_PATH, f"cannot read: {error.strerror or error}") from None


def read_bytes(path: str) -> bytes:
    """A file's raw content, for a reader that looks it up (in the claim cache) before decoding it."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise DocumentError(path, "no such file or directory") from None
    except IsADirectoryError:
        raise DocumentError(path, "is a directory, not a file") from None
    except PermissionError:
        raise DocumentError(path, "permission denied") from None
    except OSError as error:
        raise DocumentError(path, f"cannot read: {error.strerror or error}") from None


def document_from_bytes(path: str, data: bytes) -> Document:
    """A file's content, as `read_document` would have read it from `path`."""
    return _decoded_document(path, data, markdown=is_markdown_path(path))


def document_from_string(text: str, path: str = "<string>", *, markdown: bool | None = None) -> Document:
    """The library entry point: a Document from text already in memory."""
    if markdown is None:
        markdown = is_markdown_path(path)
    prose = mask_markdown(text) if markdown else mask_plain(text)
    return Document.from_text(path, text, prose)


def expand_paths(paths: Sequence[str], *, follow_symlinks: bool = False, skipped: list[str] | None = None) -> list[str]:
    """Files and `-` as given, folders walked for prose files in a fixed order, no duplicates.

    A walk leaves out a symlink that resolves outside the folder walked (`ln -s /proc/self/environ
    notes.txt` would print the environment in a finding) unless `follow_symlinks`; each one left
    out is added to `skipped` as a note. A file named on its own is read as given."""
    expanded: list[str] = []
    for path in paths:
        if path == "-":
            expanded.append(path)
        elif os.path.isdir(path):
            for found in _walk(path):
                if follow_symlinks or not os.path.islink(found) or _inside(found, path):
                    expanded.append(found)
                elif skipped is not None:
                    skipped.append(f"{found}: skipped, a symlink to {os.path.realpath(found)}, outside {path}")
        elif os.path.exists(path):
            expanded.append(path)
        else:
            raise DocumentError(path, "no such file or directory")
    return list(dict.fromkeys(expanded))


def _inside(path: str, folder: str) -> bool:
    target, root = os.path.realpath(path), os.path.realpath(folder)
    return os.path.commonpath([target, root]) == root


def _walk(folder: str) -> list[str]:
    """The prose files under a folder, in a fixed order, less what .gitignore and .ignore files
    leave out (the folder's own, those of the folders above it up to the repository root, and
    those met on the way down: a deeper file's rules win, as git's do)."""

    def fail(error: OSError) -> None:
        raise DocumentError(error.filename or folder, f"cannot list folder: {error.strerror}")

    found: list[str] = []
    inherited: dict[str, list[_Ignores]] = {}
    outer = _ignores_above(folder)
    if _ignored(folder, outer, folder=True):
        # A folder named on the command line is read even where an ignore file above it leaves it
        # out (a build or benchmark output folder with "*" beside it): naming it is asking for it.
        outer = []
    for root, folders, files in os.walk(folder, onerror=fail):
        above = inherited.pop(root, None)
        ignores = [*(outer if above is None else above), *_ignores_in(root)]
        folders[:] = sorted(name for name in folders if not name.startswith(".") and name not in SKIPPED_FOLDERS
                            and not _ignored(os.path.join(root, name), ignores, folder=True))  # fmt: skip
        inherited.update((os.path.join(root, name), ignores) for name in folders)
        found.extend(
            path
            for name in sorted(files)
            if not name.startswith(".")
            and os.path.splitext(name)[1].lower() in WALKED_SUFFIXES
            and not _ignored(path := os.path.join(root, name), ignores, folder=False)
        )
    return found


# Ignore files a folder walk obeys: git's, and the one ripgrep, ag and fd read for any tool.
IGNORE_FILES = (".gitignore", ".ignore")


@dataclass(frozen=True, slots=True)
class _Ignores:
    """The patterns of one ignore file, and the folder they are relative to (absolute)."""

    base: str
    spec: GitIgnoreSpec


def _ignores_in(folder: str) -> list[_Ignores]:
    found: list[_Ignores] = []
    for name in IGNORE_FILES:
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                lines = handle.read().splitlines()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            continue
        except OSError as error:
            raise DocumentError(path, f"cannot read ignore file: {error.strerror}") from None
        from pathspec import GitIgnoreSpec  # only where there is an ignore file to read

        found.append(_Ignores(os.path.abspath(folder), GitIgnoreSpec.from_lines(lines)))
    return found


def _ignores_above(folder: str) -> list[_Ignores]:
    """The ignore files of the folders above `folder`, up to its repository root, outermost first;
    none outside a repository, where a stray ~/.gitignore is no rule of this project's."""
    above: list[str] = []
    here = os.path.dirname(os.path.abspath(folder))
    start = os.path.abspath(folder)
    if os.path.exists(os.path.join(start, ".git")):
        return []
    while True:
        above.append(here)
        if os.path.exists(os.path.join(here, ".git")):
            break
        parent = os.path.dirname(here)
        if parent == here:
            return []
        here = parent
    return [ignores for base in reversed(above) for ignores in _ignores_in(base)]


def _ignored(path: str, ignores: Sequence[_Ignores], *, folder: bool) -> bool:
    """Whether the last rule that speaks of `path` leaves it out ("!name" takes it back)."""
    absolute = os.path.abspath(path)
    decision: bool | None = None
    for each in ignores:
        relative = os.path.relpath(absolute, each.base).replace(os.sep, "/") + ("/" if folder else "")
        if relative.startswith("../"):
            continue
        verdict = each.spec.check_file(relative).include
        if verdict is not None:
            decision = verdict
    return bool(decision)


def _decoded_document(path: str, data: bytes, *, markdown: bool) -> Document:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise DocumentError(
            path,
            f"is not UTF-8: byte 0x{bad:02x} at byte offset {error.start} cannot be decoded",
            offset=error.start,
        ) from None
    return document_from_string(text.removeprefix("\ufeff"), path, markdown=markdown)


# Invisible characters that split a number when pasted inside it: "4\u200b0,000" is one figure.
_HIDDEN = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_HIDDEN_IN_NUMBER = LazyPattern(rf"(?<=[\d.,])[{_HIDDEN}]+(?=[\d.,])")
# Fullwidth figures ("４０，０００", "５％"), and any other script's digits, read as ASCII: NFKC for
# one character each, so no offset moves.
_WIDE_MARK = LazyPattern("(?<=\\d)[\uff0c\uff0e](?=\\d)|(?<=\\d)\uff05")
_WIDE = {"\uff0c": ",", "\uff0e": ".", "\uff05": "%"}
_NON_ASCII_DIGIT = LazyPattern(r"(?![0-9])\d")


def readable_figures(prose: str) -> tuple[str, list[int] | None]:
    """`prose` as the extractor should read its figures: any script's digits and fullwidth marks in
    ASCII, and invisible characters inside numbers dropped. With the second value, which original
    offset each character of the result came from (and one past the end); None when nothing was
    dropped, so offsets are the same."""
    if prose.isascii():
        return prose, None  # no other script's digits, no fullwidth marks, nothing invisible
    if _NON_ASCII_DIGIT.search(prose):
        prose = _NON_ASCII_DIGIT.sub(lambda match: str(unicodedata.decimal(match.group())), prose)
        prose = _WIDE_MARK.sub(lambda match: _WIDE[match.group()], prose)
    if not _HIDDEN_IN_NUMBER.search(prose):
        return prose, None
    kept: list[int] = []
    pieces: list[str] = []
    done = 0
    for match in _HIDDEN_IN_NUMBER.finditer(prose):
        pieces.append(prose[done : match.start()])
        kept.extend(range(done, match.start()))
        done = match.end()
    pieces.append(prose[done:])
    kept.extend(range(done, len(prose) + 1))
    return "".join(pieces), kept


def mask_plain(text: str) -> str:
    """Blank URLs and e-mail addresses, so the numbers in them never reach the extractor."""
    if not any(mark in text for mark in _MASK_MARKS):
        return text  # the pattern, tried at every character of the file, has nothing to find
    return _PLAIN_MASK.sub(_blank_match, text)


def mask_markdown(text: str) -> str:
    """Keep only the prose of a Markdown document; everything else becomes spaces."""
    lines = _LINE_BREAK.split(text)
    breaks = _LINE_BREAK.findall(text)
    prose = [" " * len(line) for line in lines]
    item_starts: set[int] = set()
    chunks: list[tuple[int, int, str]] = []
    for token in _MARKDOWN.parse(text):
        if token.map is None:
            continue
        first, last = token.map
        if _too_deep(token):
            # Nothing inside was parsed: read its lines as text, each with its markers stripped.
            item_starts.update(range(first, last))
            chunks.append((first, last, "text"))
        elif token.type == "list_item_open":
            item_starts.add(first)
        elif token.type == "paragraph_open":
            chunks.append((first, last, "text"))
        elif token.type == "tr_open":
            chunks.append((first, last, "row"))
        elif token.type == "heading_open":
            # A setext heading's last line is its underline, which is not prose.
            setext = not token.markup.startswith("#")
            chunks.append((first, last - setext, "setext" if setext else "heading"))
        elif token.type == "html_block" and not _RAW_HTML_BLOCK.match(lines[first]):
            chunks.append((first, last, "html"))

    for first, last, kind in chunks:
        for index in range(first, last):
            prose[index] = _strip_markers(lines[index], kind, starts_item=index in item_starts)
        block = "\n".join(prose[first:last])
        if kind == "html":
            block = _HTML_BLOCK_MASK.sub(_blank_match, block)
        block = _mask_inline(block)
        prose[first:last] = block.split("\n")

    pieces = [piece for line, brk in zip(prose, [*breaks, ""], strict=True) for piece in (line, brk)]
    return "".join(pieces)


def _too_deep(token: Token) -> bool:
    """A list item or quote at markdown-it's nesting limit, whose content it left unparsed."""
    return token.type in _CONTAINERS and token.level >= _MARKDOWN.options["maxNesting"] - 1


def markdown_code_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of code in a Markdown document: code blocks, and code spans in the
    prose. What is written there is an example, not an instruction (a `<!-- numcheck: ... -->` shown
    in a README, say)."""
    starts = [0, *(match.end() for match in _LINE_BREAK.finditer(text))]
    ends = [*(match.start() for match in _LINE_BREAK.finditer(text)), len(text)]
    ranges: list[tuple[int, int]] = []
    for token in _MARKDOWN.parse(text):
        if token.map is None:
            continue
        first, last = token.map
        span = (starts[first], ends[max(first, last - 1)])
        if token.type in ("fence", "code_block"):
            ranges.append(span)
        elif token.type in ("paragraph_open", "heading_open", "tr_open"):
            ranges += [(match.start(), end) for match, end in _inline_constructs(text, *span) if match.group("code")]
    return ranges


def _strip_markers(line: str, kind: str, *, starts_item: bool) -> str:
    """Blank the block markup in a line: quote and list markers, footnote labels, `#`, pipes."""
    prefix = (_ITEM_PREFIX if starts_item else _QUOTE_PREFIX).match(line)
    end = prefix.end() if prefix else 0
    footnote = _FOOTNOTE_LABEL.match(line, end)
    if footnote:
        end = footnote.end()
    rest = line[end:]
    if kind == "heading":
        opening = _ATX_OPEN.match(rest)
        if opening:
            rest = " " * opening.end() + _ATX_CLOSE.sub(_blank_match, rest[opening.end() :])
    elif kind == "row":
        rest = _TABLE_PIPE.sub(" ", rest)
    return " " * end + rest


def _inline_constructs(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], int]]:
    """The inline constructs of text[start:end], left to right, each with where it ends.

    A comment runs to the first `-->`, and a code span to the next backtick run of its opening's
    length. The regex finds only their openings: `<!--.*?-->` would scan to the end of the block
    from every `<!--` left open, and a code span from every backtick run that no run of its length
    closes ("` `` ``` ...", growing as n^1.5). Once no `-->` follows, no later opening can close
    either, and each is plain text; the backtick runs are indexed by length once."""
    end = len(text) if end is None else end
    if all(text.find(mark, start, end) < 0 for mark in _INLINE_MARKS):
        return  # the pattern, tried at every character, has nothing to find
    position = start
    closers_left = True
    code_closers: _BacktickRuns | None = None
    while (match := _INLINE_MASK.search(text, position, end)) is not None:
        construct_end = match.end()
        if match.group("comment") is not None:
            close = text.find("-->", match.end(), end) if closers_left else -1
            if close < 0:
                closers_left = False
                position = match.start() + 1
                continue
            construct_end = close + len("-->")
        elif match.group("code") is not None:
            code_closers = code_closers or _BacktickRuns.of(text, start, end)
            close = code_closers.next_of_length(match.end() - match.start(), match.start())
            if close < 0:
                position = match.end()  # a run nothing closes is literal text, every backtick of it
                continue
            construct_end = close + match.end() - match.start()
        yield match, construct_end
        position = construct_end


_BACKTICK_RUN = LazyPattern(r"`+")


@dataclass(frozen=True, slots=True)
class _BacktickRuns:
    """Where each whole run of backticks in a block starts, by its length: what closes a code span."""

    starts_by_length: dict[int, list[int]]

    @classmethod
    def of(cls, text: str, start: int, end: int) -> _BacktickRuns:
        starts_by_length: dict[int, list[int]] = {}
        for run in _BACKTICK_RUN.finditer(text, start, end):
            starts_by_length.setdefault(run.end() - run.start(), []).append(run.start())
        return cls(starts_by_length)

    def next_of_length(self, length: int, after: int) -> int:
        """The start of the first run of exactly `length` backticks after offset `after`, or -1."""
        starts = self.starts_by_length.get(length, [])
        index = bisect.bisect_right(starts, after)
        return starts[index] if index < len(starts) else -1


def _mask_inline(text: str) -> str:
    """Blank every inline construct but the text of a link, which is masked in its turn."""
    pieces: list[str] = []
    done = 0
    for match, end in _inline_constructs(text):
        pieces += [text[done : match.start()], _inline_replacement(match, text[match.start() : end])]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _inline_replacement(match: re.Match[str], written: str) -> str:
    if match.group("link") is None:
        return _blank(written)
    return _blank(match.group("open")) + _mask_inline(match.group("text")) + _blank(match.group("rest"))


def _blank_match(match: re.Match[str]) -> str:
    return _blank(match.group())


def _blank(text: str) -> str:
    if "\n" in text or "\r" in text:
        return _NOT_NEWLINE.sub(" ", text)
    return " " * len(text)
