"""Reading stage: decoding, masking of Markdown and plain text, and path expansion."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from numcheck.documents import (
    DocumentError,
    document_from_string,
    expand_paths,
    mask_markdown,
    mask_plain,
    read_document,
)


def assert_aligned(text: str, prose: str) -> None:
    assert len(prose) == len(text)
    for index, char in enumerate(text):
        if char in "\r\n":
            assert prose[index] == char, index
        else:
            assert prose[index] in (char, " "), index


# (id, Markdown source, substrings kept in the prose, substrings blanked out of it)
MARKDOWN_CASES = [
    (
        "front matter",
        "---\ntitle: Budget 2024\nversion: 3\n---\nSpending rose 4%.\n",
        ["Spending rose 4%."],
        ["Budget 2024", "version: 3", "---"],
    ),
    (
        "front matter closed by dots",
        "---\nyear: 1999\n...\nThe fleet has 12 ships.\n",
        ["The fleet has 12 ships."],
        ["1999", "..."],
    ),
    (
        "backtick fence with numbers",
        "The loop runs 10 times.\n\n```python\nfor i in range(42):\n    total += 3.5\n```\n\nDone.",
        ["The loop runs 10 times.", "Done."],
        ["range(42)", "3.5", "```", "python"],
    ),
    (
        "tilde fence",
        "Before 1.\n~~~\nport = 8080\n~~~\nAfter 2.\n",
        ["Before 1.", "After 2."],
        ["8080", "~~~"],
    ),
    (
        "fence right after a paragraph",
        "We tested 5 builds:\n```\nbuild 77 ok\n```\n",
        ["We tested 5 builds:"],
        ["77"],
    ),
    (
        "indented code block",
        "Set the limit.\n\n    limit = 250\n    retries = 7\n\nIt holds 9 items.",
        ["Set the limit.", "It holds 9 items."],
        ["250", "retries"],
    ),
    (
        "inline code",
        "Call `resize(640, 480)` to get 2 panes.",
        ["Call", "to get 2 panes."],
        ["640", "480", "`"],
    ),
    (
        "double-backtick code span",
        "Use ``a `b` 99`` with 3 args.",
        ["Use", "with 3 args."],
        ["99", "`"],
    ),
    (
        "HTML comment",
        "Sales were 40 units <!-- TODO: check 45 --> in May.",
        ["Sales were 40 units", "in May."],
        ["45", "TODO", "<!--"],
    ),
    (
        "multi-line HTML comment",
        "Profit was 7%.\n<!--\nold figure: 9%\n-->\nCosts were 3%.",
        ["Profit was 7%.", "Costs were 3%."],
        ["9%", "old figure"],
    ),
    (
        "inline HTML tags",
        'Up <span class="x-12">25%</span> and <b>4</b> more<br/>.',
        ["Up", "25%", "4", "more"],
        ["span", "x-12", "<b>", "</b>", "<br/>"],
    ),
    (
        "HTML block keeps text between tags",
        '<div align="center" data-n="77">\nAround 300 people came.\n</div>\n',
        ["Around 300 people came."],
        ["77", "div"],
    ),
    (
        "script inside an HTML block",
        "<div>\n<script>\nvar n = 66;\n</script>\nShown 5.\n</div>\n",
        ["Shown 5."],
        ["66", "var"],
    ),
    (
        "autolink",
        "See <https://example.com/report/2021> for 5 charts.",
        ["See", "for 5 charts."],
        ["2021", "example", "<", ">"],
    ),
    (
        "bare URLs",
        "Read https://stats.example.org/t/555?page=2 or www.data.example/88 today.",
        ["Read", "or", "today."],
        ["555", "page=2", "88", "www."],
    ),
    (
        "URL ends before the full stop",
        "Source: http://example.com/q3.",
        ["Source:", "."],
        ["q3"],
    ),
    (
        "link keeps its text",
        'The [2019 annual report](https://example.com/ar-2019.pdf "Report 7") says 12.',
        ["The", "2019 annual report", "says 12."],
        ["ar-2019", "Report 7", "](", "["],
    ),
    (
        "image keeps its alt text",
        "![Chart of 3 regions](img/chart-44.png) shows growth.",
        ["Chart of 3 regions", "shows growth."],
        ["44", "!["],
    ),
    (
        "link with code in its text",
        "Run [`make 66`](https://x.example/66) twice.",
        ["Run", "twice."],
        ["66"],
    ),
    (
        "reference link and definition",
        "See [the table][t1] for 8 rows.\n\n[t1]: https://example.com/tables/31 'Table 31'\n",
        ["See", "the table", "for 8 rows."],
        ["t1", "31"],
    ),
    (
        "footnotes",
        "Revenue rose 6%[^42].\n\n[^42]: Company filing, 2023.\n",
        ["Revenue rose 6%", "Company filing, 2023."],
        ["42"],
    ),
    (
        "footnote nothing refers to",
        "Text.\n\n[^note]: Survey of 1,200 adults.\n",
        ["Survey of 1,200 adults."],
        ["note"],
    ),
    (
        "ATX heading",
        "## 3 Results ##\nWe found 14 errors.",
        ["3 Results", "We found 14 errors."],
        ["#"],
    ),
    (
        "setext heading",
        "Summary for 2022\n================\nIt went well.",
        ["Summary for 2022", "It went well."],
        ["==="],
    ),
    (
        "ordered list markers",
        "1. Revenue fell 5%.\n2. Costs rose 3%.\n10. Staff grew by 20.",
        ["Revenue fell 5%.", "Costs rose 3%.", "Staff grew by 20."],
        ["1.", "2.", "10."],
    ),
    (
        "bullets and quotes",
        "> - Turnout was 61%.\n> - Up from 55%.",
        ["Turnout was 61%.", "Up from 55%."],
        [">", "-"],
    ),
    (
        "table",
        "| Year | Revenue |\n|-----:|---------|\n| 2020 | $5m |\n",
        ["Year", "Revenue", "2020", "$5m"],
        ["|", "-----"],
    ),
    (
        "thematic break",
        "Part 1.\n\n* * *\n\nPart 2.",
        ["Part 1.", "Part 2."],
        ["*"],
    ),
]


@pytest.mark.parametrize(
    ("source", "kept", "blanked"),
    [case[1:] for case in MARKDOWN_CASES],
    ids=[case[0] for case in MARKDOWN_CASES],
)
def test_mask_markdown(source: str, kept: list[str], blanked: list[str]) -> None:
    prose = mask_markdown(source)
    assert_aligned(source, prose)
    for piece in kept:
        assert piece in prose
    for piece in blanked:
        assert piece not in prose


PLAIN_CASES = [
    ("http URL", "See http://example.com/2021/q4.html for 3 tables.", "2021"),
    ("https URL with query", "Data: https://x.example/?id=77&n=5, and more.", "77"),
    ("www URL", "Visit www.example.org/page/12 today.", "12"),
    ("e-mail address", "Write to team2024@example.com for 6 copies.", "2024"),
]


@pytest.mark.parametrize(("source", "hidden"), [case[1:] for case in PLAIN_CASES], ids=[c[0] for c in PLAIN_CASES])
def test_mask_plain_blanks_urls(source: str, hidden: str) -> None:
    prose = mask_plain(source)
    assert_aligned(source, prose)
    assert hidden not in prose
    assert prose.split()[0] == source.split()[0]


def test_mask_plain_keeps_code_and_markup() -> None:
    source = "Use `x = 5` and <b>7</b> and # 9\n"
    assert mask_plain(source) == source


def test_mask_plain_keeps_trailing_punctuation() -> None:
    prose = mask_plain("It is at https://example.com/a.")
    assert prose.endswith(" .")
    assert prose.startswith("It is at ")


def test_crlf_offsets_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"# Title\r\n\r\nIt rose `7` to 12.\r\nSee https://e.example/9.\r\n")
    document = read_document(str(path))
    assert "\r\n" in document.text
    assert_aligned(document.text, document.prose)
    offset = document.text.index("12")
    assert document.prose[offset : offset + 2] == "12"
    assert document.position(offset) == (3, 16)
    assert "7" not in document.prose
    assert "9" not in document.prose


def test_bom_is_stripped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfGrowth was 3%.")
    document = read_document(str(path))
    assert document.text == "Growth was 3%."
    assert document.position(0) == (1, 1)


def test_undecodable_file_names_path_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Costs: 5 €\n".encode() + "Caf\xe9 12".encode("latin-1"))
    with pytest.raises(DocumentError) as caught:
        read_document(str(path))
    message = str(caught.value)
    assert str(path) in message
    assert "not UTF-8" in message
    assert "byte offset 16" in message
    assert caught.value.offset == 16


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_unreadable_paths_raise_document_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "gone.md"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(DocumentError, match=re.escape(str(path))):
        read_document(str(path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(DocumentError, match="permission denied"):
        read_document(str(path))


def test_stdin() -> None:
    document = read_document("-", stdin=io.BytesIO(b"We sold 40 units.\nhttps://e.example/1\n"))
    assert document.path == "<stdin>"
    assert document.text == "We sold 40 units.\nhttps://e.example/1\n"
    assert "1\n" not in document.prose


def test_stdin_undecodable() -> None:
    with pytest.raises(DocumentError, match=r"<stdin>.*byte offset 2"):
        read_document("-", stdin=io.BytesIO(b"ab\xff"))


def test_markdown_chosen_by_extension(tmp_path: Path) -> None:
    for name in ("a.md", "b.MARKDOWN", "c.mdown", "d.mkd", "e.txt"):
        (tmp_path / name).write_text("Run `x 5` now.")
    prose = {name: read_document(str(tmp_path / name)).prose for name in os.listdir(tmp_path)}
    assert "5" not in prose["a.md"]
    assert "5" not in prose["b.MARKDOWN"]
    assert "5" not in prose["c.mdown"]
    assert "5" not in prose["d.mkd"]
    assert "5" in prose["e.txt"]


@pytest.mark.parametrize(
    ("path", "markdown", "code_masked"),
    [
        ("<string>", None, False),
        ("notes.md", None, True),
        ("<string>", True, True),
        ("notes.md", False, False),
    ],
)
def test_document_from_string(path: str, markdown: bool | None, code_masked: bool) -> None:
    document = document_from_string("Try `n = 3` once.", path, markdown=markdown)
    assert document.path == path
    assert ("3" not in document.prose) == code_masked


def test_expand_paths_walks_folders_in_order(tmp_path: Path) -> None:
    for name in [
        "b.md",
        "a.txt",
        "c.markdown",
        "skip.py",
        "image.png",
        ".hidden.md",
        "sub/z.md",
        "sub/deeper/y.txt",
        ".git/x.md",
        ".venv/lib/readme.md",
        "node_modules/pkg/README.md",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    root = str(tmp_path)
    found = expand_paths([root])
    assert [os.path.relpath(path, root) for path in found] == [
        "a.txt",
        "b.md",
        "c.markdown",
        os.path.join("sub", "z.md"),
        os.path.join("sub", "deeper", "y.txt"),
    ]
    assert expand_paths([root]) == found


def test_expand_paths_passes_files_and_stdin_through(tmp_path: Path) -> None:
    script = tmp_path / "notes.py"
    script.write_text("x")
    doc = tmp_path / "b.md"
    doc.write_text("x")
    assert expand_paths([str(script), "-", str(doc), str(script)]) == [
        str(script),
        "-",
        str(doc),
    ]


def test_expand_paths_rejects_missing(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope")
    with pytest.raises(DocumentError, match=re.escape(missing)):
        expand_paths([missing])


PIECES = [*"ab1.5 \t\n\r`~-#>*|[]()<>!:/\"'_\\", "http://", "www.", "<!--", "-->", "```"]
PIECES += ["---\n", "\r\n", "1. ", "- ", "| ", "    ", "é", "\ufeff", "\u2028", "\x00"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@given(TEXTS)
def test_markdown_masking_preserves_length_and_newlines(text: str) -> None:
    assert_aligned(text, mask_markdown(text))


@given(st.text(max_size=200))
def test_markdown_masking_any_unicode(text: str) -> None:
    assert_aligned(text, mask_markdown(text))


@given(TEXTS)
def test_plain_masking_preserves_length_and_newlines(text: str) -> None:
    assert_aligned(text, mask_plain(text))


@given(st.text(alphabet="ab \n\r\u2028", max_size=40))
def test_line_starts_follow_every_line_feed(text: str) -> None:
    from numcheck.model import Document

    expected = (0, *(index + 1 for index, char in enumerate(text) if char == "\n"))
    assert Document.from_text("a.txt", text).line_starts == expected


@pytest.mark.parametrize(
    ("prose", "readable", "moved"),
    [
        ("Sales rose 40,000 in 2020.", "Sales rose 40,000 in 2020.", False),  # ASCII: as it is
        ("Sales rose 4\u200b0,000.", "Sales rose 40,000.", True),
        ("Sales rose \uff14\uff10\uff0c\uff10\uff10\uff10.", "Sales rose 40,000.", False),
    ],
)
def test_readable_figures(prose: str, readable: str, moved: bool) -> None:
    from numcheck.documents import readable_figures

    text, offsets = readable_figures(prose)
    assert text == readable
    assert (offsets is not None) is moved
