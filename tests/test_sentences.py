"""Sentence stage: boundaries, offsets, and the cases syntok alone gets wrong."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numcheck.documents import document_from_string
from numcheck.model import Sentence
from numcheck.sentences import sentence_at, split_sentences


def texts(source: str, *, markdown: bool = False) -> list[str]:
    document = document_from_string(source, markdown=markdown)
    return [sentence.text for sentence in split_sentences(document)]


# (id, plain text, the exact sentences)
PLAIN_CASES = [
    (
        "titles",
        "Mr. Smith met Dr. Jones. Mrs. Brown left.",
        ["Mr. Smith met Dr. Jones.", "Mrs. Brown left."],
    ),
    (
        "countries",
        "The U.S. economy grew. The U.K. did too.",
        ["The U.S. economy grew.", "The U.K. did too."],
    ),
    (
        "e.g.",
        "Some fruit, e.g. apples, is cheap. Bread is not.",
        ["Some fruit, e.g. apples, is cheap.", "Bread is not."],
    ),
    ("page", "See p. 5 for details. It is short.", ["See p. 5 for details.", "It is short."]),
    (
        "number sign",
        "He lives at No. 10 Downing Street. It is old.",
        ["He lives at No. 10 Downing Street.", "It is old."],
    ),
    (
        "decimal",
        "Growth was 1.5 percent. It was 2.25 in 2019.",
        ["Growth was 1.5 percent.", "It was 2.25 in 2019."],
    ),
    (
        "money with scale",
        "Revenue hit $2.3bn. Then it fell.",
        ["Revenue hit $2.3bn.", "Then it fell."],
    ),
    ("decimal before a name", "It was 2.5m. Smith said so.", ["It was 2.5m.", "Smith said so."]),
    ("price", "The price was 3.50. Then 4.20.", ["The price was 3.50.", "Then 4.20."]),
    (
        "question in quotes",
        '"Is it true?" he asked. She nodded.',
        ['"Is it true?" he asked.', "She nodded."],
    ),
    (
        "curly quotes",
        "“Is it true?” he asked. She nodded.",
        ["“Is it true?” he asked.", "She nodded."],
    ),
    (
        "quote ends sentence",
        'He said "It rose 5%." Then he left.',
        ['He said "It rose 5%."', "Then he left."],
    ),
    (
        "brackets",
        "He left (see p. 5). Then he came back.",
        ["He left (see p. 5).", "Then he came back."],
    ),
    (
        "section reference",
        "Figures are in Sect. 4.2. They show growth.",
        ["Figures are in Sect. 4.2.", "They show growth."],
    ),
    (
        "semicolon",
        "Revenue rose 5%; Profit fell 3%. Costs rose.",
        ["Revenue rose 5%; Profit fell 3%.", "Costs rose."],
    ),
    ("question and exclamation", "Is it 5? Yes! It is.", ["Is it 5?", "Yes!", "It is."]),
    (
        "thousands",
        "Nato has 40,000 troops. That is 10 times more.",
        ["Nato has 40,000 troops.", "That is 10 times more."],
    ),
    (
        "hard wrap",
        "Nato has 40,000 troops on its\neastern borders. That is new.",
        ["Nato has 40,000 troops on its\neastern borders.", "That is new."],
    ),
    (
        "hard wrap before a year",
        "It was founded in\n2004. It grew.",
        ["It was founded in\n2004.", "It grew."],
    ),
    (
        "blank line ends a sentence",
        "First part without a stop\n\nSecond part",
        ["First part without a stop", "Second part"],
    ),
    ("blank line with spaces", "One\n   \nTwo", ["One", "Two"]),
    (
        "CRLF",
        "It rose 4%.\r\nIt fell\r\nagain.\r\n\r\nNext",
        ["It rose 4%.", "It fell\r\nagain.", "Next"],
    ),
    (
        "bullet list",
        "Results:\n- sales up 5%\n- costs down 2%",
        ["Results:", "- sales up 5%", "- costs down 2%"],
    ),
    ("numbered list", "1. Sales rose\n2. Costs fell", ["1. Sales rose", "2. Costs fell"]),
    ("leading and trailing space", "  \n  It rose 3%.  \n\n", ["It rose 3%."]),
    ("empty", "", []),
    (
        "news paragraph",
        "NATO troop numbers have increased tenfold to 40,000 since the invasion of Ukraine, "
        "The Daily Mail reported. Mr. Stoltenberg said the alliance would spend $2.5bn. "
        "The U.K. pledged 1,000 more troops (about 2.5% of its army) on Jan. 5.",
        [
            "NATO troop numbers have increased tenfold to 40,000 since the invasion of Ukraine, "
            "The Daily Mail reported.",
            "Mr. Stoltenberg said the alliance would spend $2.5bn.",
            "The U.K. pledged 1,000 more troops (about 2.5% of its army) on Jan. 5.",
        ],
    ),
    (
        "news quote",
        "He added: “What we see now is a new reality. Therefore, we have asked for options.” "
        "Prices rose 3.2% in the U.S. last year.",
        [
            "He added: “What we see now is a new reality.",
            "Therefore, we have asked for options.”",
            "Prices rose 3.2% in the U.S. last year.",
        ],
    ),
    (
        "a sentence that opens on a number of three digits",
        "In March, 410 staff joined the union. 560 staff joined in June. 2024 was a record year.",
        ["In March, 410 staff joined the union.", "560 staff joined in June.", "2024 was a record year."],
    ),
    (
        "an abbreviation or a month before a number",
        "See Fig. 123 for details. It cost approx. 300 dollars. It opened in Sept. 2024 with fanfare.",
        ["See Fig. 123 for details.", "It cost approx. 300 dollars.", "It opened in Sept. 2024 with fanfare."],
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"),
    [case[1:] for case in PLAIN_CASES],
    ids=[case[0] for case in PLAIN_CASES],
)
def test_plain_sentences(source: str, expected: list[str]) -> None:
    assert texts(source) == expected


MARKDOWN_CASES = [
    (
        "heading ends a sentence",
        "# Results for 2021\nRevenue rose 5%.\n## Outlook\nFlat",
        ["Results for 2021", "Revenue rose 5%.", "Outlook", "Flat"],
    ),
    (
        "list items",
        "Findings:\n\n- Sales rose 5%\n- Costs fell 2%\n  in total\n1. First\n2. Second",
        ["Findings:", "Sales rose 5%", "Costs fell 2%\n  in total", "First", "Second"],
    ),
    (
        "setext heading",
        "Summary for 2022\n================\nIt went well",
        ["Summary for 2022", "It went well"],
    ),
    (
        "ordered list markers are not sentences",
        "Steps:\n\n1. Add 5 g.\n2. Stir for 10 min.\n",
        ["Steps:", "Add 5 g.", "Stir for 10 min."],
    ),
    (
        "table rows",
        "| Year | Revenue |\n|------|---------|\n| 2020 | $5m |\n| 2021 | $6m |\n",
        ["Year | Revenue", "2020 | $5m", "2021 | $6m"],
    ),
    (
        "fence splits paragraphs",
        "Run the job\n```\nx = 1\n```\nthen wait",
        ["Run the job", "then wait"],
    ),
    (
        "front matter is skipped",
        "---\ntitle: Report. Draft 2.\n---\nSales rose 4%. Costs fell.",
        ["Sales rose 4%.", "Costs fell."],
    ),
    (
        "code and links stay in the sentence text",
        "Run `make 5`. Then read [the 2.0 notes](http://x.example/2.0). Done.",
        ["Run `make 5`.", "Then read [the 2.0 notes](http://x.example/2.0).", "Done."],
    ),
    (
        "block quote",
        "Intro line\n> Quoted 5%\n> continues.\n\nAfter.",
        ["Intro line", "Quoted 5%\n> continues.", "After."],
    ),
    (
        "hard-wrapped paragraph",
        "The alliance has 40,000 troops on its\neastern borders, almost 10 times\nmore.",
        ["The alliance has 40,000 troops on its\neastern borders, almost 10 times\nmore."],
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"),
    [case[1:] for case in MARKDOWN_CASES],
    ids=[case[0] for case in MARKDOWN_CASES],
)
def test_markdown_sentences(source: str, expected: list[str]) -> None:
    assert texts(source, markdown=True) == expected


def test_offsets_point_at_the_text() -> None:
    source = "# Title\n\nIt rose 5%. It fell 2%.\n"
    document = document_from_string(source, "report.md")
    sentences = split_sentences(document)
    assert [(s.start, s.end) for s in sentences] == [(2, 7), (9, 20), (21, 32)]
    assert all(s.path == "report.md" for s in sentences)
    assert all(source[s.start : s.end] == s.text for s in sentences)


def test_sentence_at() -> None:
    sentences = split_sentences(document_from_string("It rose 5%.  It fell 2%."))
    assert sentence_at(sentences, 0) == sentences[0]
    assert sentence_at(sentences, 10) == sentences[0]
    assert sentence_at(sentences, 11) is None
    assert sentence_at(sentences, 13) == sentences[1]
    assert sentence_at(sentences, 23) == sentences[1]
    assert sentence_at(sentences, 24) is None
    assert sentence_at((), 3) is None
    assert sentence_at([Sentence("p", 4, 6, "ab")], 3) is None


PIECES = [*"aB1.5 \t\n\r`-#>*|()!?;:\"'“”", "Mr.", "U.S.", "p. 5", "$2.3bn.", "e.g.", "\r\n"]
PIECES += ["1. ", "- ", "| ", "```", "http://x.example/9", "<!-- 3 -->", "   ", "é", "\u2028"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


def assert_well_formed(source: str, markdown: bool) -> None:
    document = document_from_string(source, markdown=markdown)
    sentences = split_sentences(document)
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end <= len(source)
        assert sentence.text == document.text[sentence.start : sentence.end]
        assert sentence.text == sentence.text.strip()
        assert sentence_at(sentences, sentence.start) == sentence
        previous_end = sentence.end


@given(TEXTS, st.booleans())
def test_sentences_are_ordered_slices(source: str, markdown: bool) -> None:
    assert_well_formed(source, markdown)


@given(st.text(max_size=300), st.booleans())
def test_any_unicode_never_crashes(source: str, markdown: bool) -> None:
    assert_well_formed(source, markdown)


def test_blocks_not_worth_splitting_give_no_sentences() -> None:
    document = document_from_string("No figures here. None at all.\n\nIt rose 5%. Then it fell.\n", "a.md")
    every = [s.text for s in split_sentences(document)]
    with_digits = [s.text for s in split_sentences(document, lambda prose: any(c.isdigit() for c in prose))]
    assert every == ["No figures here.", "None at all.", "It rose 5%.", "Then it fell."]
    assert with_digits == ["It rose 5%.", "Then it fell."]


@settings(max_examples=300)
@given(st.text(alphabet="ab Ab1,'\"\u00a0\u2009\u200b\u00ad\ufeff\t\n-:%£é)(.?", max_size=80))
def test_a_block_with_no_terminal_inside_is_the_sentence_syntok_finds(text: str) -> None:
    import re

    from numcheck import sentences

    document = document_from_string(text + " ends here.", "a.txt")
    fast = split_sentences(document)
    slow_pattern = re.compile(r"[\s\S]")  # every block goes through syntok
    original, sentences._MAY_END_A_SENTENCE = sentences._MAY_END_A_SENTENCE, slow_pattern
    try:
        assert fast == split_sentences(document)
    finally:
        sentences._MAY_END_A_SENTENCE = original


# --- the segmenter gives syntok's own boundaries ------------------------------------------------


def _syntok_reading(text: str) -> tuple[list[str], list[str], list[int], list[tuple[int, int]]]:
    """syntok itself: its tokens, and each sentence as the range of its tokens."""
    from syntok.segmenter import segment
    from syntok.tokenizer import Tokenizer

    tokens = list(Tokenizer(replace_not_contraction=False).tokenize(text))
    index = {id(token): number for number, token in enumerate(tokens)}
    sentences = [(index[id(sentence[0])], index[id(sentence[-1])] + 1) for sentence in segment(iter(tokens))]
    return [t.value for t in tokens], [t.spacing for t in tokens], [t.offset for t in tokens], sentences


def _our_reading(text: str) -> tuple[list[str], list[str], list[int], list[tuple[int, int]]]:
    from numcheck import sentences

    tokens = sentences._tokens(text)
    return tokens.values, tokens.spacings, tokens.offsets, sentences._segment(tokens)


# Every kind of token syntok decides on, or splits a word at, and words it treats specially.
_PIECES = [
    *("The the it No no NO Mr Dr etc U.S. A b e IV X Jan May 12 1925 3.5 4,200 5. 7th However In".split()),
    *("iPhone end.The a;b well-known f(x) . ! ? ; ... .. ?! , : ( ) [ ] { } don't n't $ % e.g. p.".split()),
    *("Fig. Sect. No.5 .) ). (The (see _ - ' \"".split()),
    *("\uff08 \uff09 \u3002 \uff01 \u201c \u201d \u2019 \u00b4 \u02bcs \u2010 \u00ad can\u2019t".split()),
    *('\u00a34.2bn \u00e9t\u00e9 \u00c9t\u00e9 \u00b2 ."'.split()),
    *[" ", "  ", "\n", "\t", "\r\n", "\u200b", "\u00a0", "\u2009"],
]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_PIECES) | st.sampled_from([" ", " ", " "]), max_size=60).map("".join))
def test_tokens_and_sentences_are_syntoks_on_generated_text(text: str) -> None:
    assert _our_reading(text) == _syntok_reading(text)


@settings(max_examples=500)
@given(st.text(alphabet="ab Ab1,'\"\u00a0\u200b\u00ad\t\n-:%\u00a3\u00e9)(.?!;[]{}\u201d\u2019", max_size=80))
def test_tokens_and_sentences_are_syntoks_on_any_characters(text: str) -> None:
    assert _our_reading(text) == _syntok_reading(text)


def test_tokens_and_sentences_are_syntoks_on_the_benchmark_texts() -> None:
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    files = [
        p
        for folder in ("benchmarks/pairs", "seeds")
        for p in sorted((root / folder).rglob("*"))
        if p.suffix in (".md", ".txt")
    ]
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        for paragraph in [text, *text.split("\n\n")]:
            assert _our_reading(paragraph) == _syntok_reading(paragraph), (path, paragraph[:80])


def test_a_long_bracket_holding_a_sentence_is_not_skipped() -> None:
    """syntok skips brackets shorter than 70 characters, or longer ones that hold no sentence."""
    short = "Prices rose (The index. It fell.) and then fell. Rents did not."
    long = "Prices rose (The index of all the prices that the office measures. It fell again in May.) Rents rose."
    for text in (short, long, "Prices rose. (The index rose.) Rents rose."):
        assert _our_reading(text) == _syntok_reading(text)
