"""Hostile inputs grow linearly: work is counted (function calls), never timed.

The probes are benchmarks/hostile.py's, at small sizes. For a probe of size n, 2n and 4n, the
extra work from 2n to 4n is about twice the extra work from n to 2n when the growth is linear,
and four times when it is quadratic.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import numcheck
from numcheck.documents import _INLINE_MASK, _inline_constructs, mask_markdown
from numcheck.subjects import _CLAUSE_BREAK, entities_of
from numcheck.suppression import _directive_spans
from numcheck.vocabulary import load_vocabulary


def _load_hostile() -> ModuleType:
    # benchmarks/ is not a package (and pysbd installs an unrelated top-level "benchmarks").
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "hostile.py"
    spec = importlib.util.spec_from_file_location("bench_hostile", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


hostile = _load_hostile()


def calls(work: Callable[[], object]) -> int:
    """Python and C function calls made by `work`: a measure of work that no machine load skews."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def second_difference_ratio(work_at: Callable[[int], object], n: int) -> float:
    """(work(4n) - work(2n)) / (work(2n) - work(n)): 2 for linear growth, 4 for quadratic."""
    work_at(n)  # warm every cache that the first call fills
    at_n, at_2n, at_4n = (calls(lambda size=size: work_at(size)) for size in (n, 2 * n, 4 * n))
    return (at_4n - at_2n) / max(at_2n - at_n, 1)


COUNTED = [probe for probe in hostile.PROBES if not probe.name.startswith("run of")]


@pytest.mark.parametrize("probe", COUNTED, ids=[probe.name for probe in COUNTED])
def test_reading_and_extracting_a_hostile_input_grows_linearly(probe: object, monkeypatch: pytest.MonkeyPatch) -> None:
    # Large enough that a cost per claim over the whole sentence shows: before the fix, the
    # number lists gave 2.95 to 3.6 here at n = 100. Linking's bounds, scaled down to these
    # sizes, so that the `check:` probes show the growth past them.
    _small_linking_bounds(monkeypatch)
    n = max(probe.quick_n // 2.5, 6) if probe.quick_n == 250 else max(probe.quick_n // 10, 6)  # type: ignore[attr-defined]

    def work_at(size: int) -> object:
        return hostile.run(probe, probe.build(int(size)))  # type: ignore[attr-defined]

    assert second_difference_ratio(work_at, int(n)) < 2.3


def _small_linking_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("numcheck.linking.STATEMENTS_PER_CLAIM", 8)
    monkeypatch.setattr("numcheck.linking.CANDIDATES_PER_CLAIM", 16)
    monkeypatch.setattr("numcheck.linking.LINKS_PER_CLAIM", 8)
    monkeypatch.setattr("numcheck.restatements.NEAREST_MENTIONS", 4)
    monkeypatch.setattr("numcheck.slips.NEAREST_FIGURES", 4)


def _comparisons(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """The pairs of claims `match` compares when `numcheck check` reads `text`."""
    from numcheck import linking

    compared = 0
    real = linking.match

    def counted(*args: object, **kwargs: object) -> object:
        nonlocal compared
        compared += 1
        return real(*args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(linking, "match", counted)
        hostile.read_and_check(text, "p.txt")
    return compared


@pytest.mark.parametrize(
    "build",
    [
        lambda n: " ".join(f"The fleet has {40 + i} ships." for i in range(n)),  # one subject, every figure new
        lambda n: "The army had " + "40,000 " * n + "troops.",  # one sentence: every statement new
        lambda n: "".join(f"The fleet has {40 + i % 3} ships.\n" for i in range(n)),  # three statements, repeated
    ],
    ids=["new figures", "one sentence", "three statements"],
)
def test_linking_compares_a_bounded_number_of_statements_per_claim(
    build: Callable[[int], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before the bound, every pair of the block was compared: n(n-1)/2 comparisons.
    _small_linking_bounds(monkeypatch)
    counts = [_comparisons(build(n), monkeypatch) for n in (40, 80, 160)]
    assert all(count <= 8 * n for count, n in zip(counts, (40, 80, 160), strict=True)), counts
    assert counts[2] - counts[1] <= 2.2 * max(counts[1] - counts[0], 1), counts


def test_under_the_bounds_every_candidate_pair_is_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    # The bounds only cut in past them: a block of 30 figures on one subject is compared whole.
    text = " ".join(f"The fleet has {40 + i} ships." for i in range(30))
    assert _comparisons(text, monkeypatch) == 30 * 29 // 2


def test_the_entities_of_a_clause_are_found_once_for_all_its_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    # Scanning the clause for names is C work that call counts miss: count the scans instead.
    from numcheck import subjects

    scans: list[str] = []
    real = subjects._names

    def counted(clause: str, *args: object) -> list[tuple[int, str]]:
        scans.append(clause)
        return real(clause, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(subjects, "_names", counted)
    claims = numcheck.extract("The Kyiv army had " + "40,000 " * 300 + "troops in May 2023.")
    assert len(claims) == 301
    assert len(scans) == 1
    assert claims[0].entities == ("Kyiv",) and claims[-2].entities == ("2023",)  # each within reach


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0", "\u2009"])
def test_a_clause_break_starts_only_where_a_run_of_spaces_starts(space: str) -> None:
    # "\s+but" tried at every space of a run backtracks over the rest of the run each time.
    text = "troops" + space * 50 + "but tanks"
    assert _CLAUSE_BREAK.search(text).span() == (6, 60)  # type: ignore[union-attr]
    assert _CLAUSE_BREAK.search(text, 7) is None


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0"])
def test_a_long_run_of_spaces_keeps_the_claims_on_both_sides(space: str) -> None:
    claims = numcheck.extract("It had 40,000" + space * 5000 + "troops and 5 tanks.")
    assert [claim.text for claim in claims] == ["40,000", "5"]


class CountingText(str):
    """A string that counts the searches for a comment's or a directive's close made in it with
    str.find (a look for a mark anywhere, to skip a scan that has nothing to find, is no close)."""

    finds = 0

    def find(self, *args: object) -> int:  # type: ignore[override]
        if args and isinstance(args[0], str) and args[0].endswith(">"):
            CountingText.finds += 1
        return super().find(*args)  # type: ignore[arg-type]


@pytest.mark.parametrize("opening", ["<!-- numcheck: off ", "<!--numcheck:disable "])
def test_unclosed_directives_are_searched_for_a_close_once(opening: str) -> None:
    CountingText.finds = 0
    text = CountingText("<!-- numcheck: off -->\n" + opening * 500)
    assert len(list(_directive_spans(text))) == 1
    assert CountingText.finds == 2  # the closed one, then the first unclosed one; none after


def test_unclosed_comments_in_a_paragraph_are_searched_for_a_close_once() -> None:
    CountingText.finds = 0
    text = CountingText("Troops <!-- rose --> to <!-- 40,000 " * 1 + "and <!-- 5 tanks " * 500)
    constructs = list(_inline_constructs(text))
    assert [text[match.start() : end] for match, end in constructs] == ["<!-- rose -->"]
    assert CountingText.finds == 2


@pytest.mark.parametrize(
    ("markdown", "kept", "blanked"),
    [
        ("A <!-- x --> 5 <!-- y", ["A", "5", "<!-- y"], ["<!-- x -->"]),
        ("A <!-- 4 <!-- 5 --> 6", ["A", "6"], ["4", "5"]),
        ("`<!--` 3 --> 4", ["3 --> 4"], ["<!--"]),
        ("<!-- `x` --> 7 `8`", ["7"], ["x", "8"]),
        ("[link <!-- 2 --> text](http://x/9) 10", ["link", "text", "10"], ["2", "9"]),
    ],
)
def test_comments_and_other_inline_constructs_keep_commonmarks_precedence(
    markdown: str, kept: list[str], blanked: list[str]
) -> None:
    prose = mask_markdown(markdown)
    for piece in kept:
        assert piece in prose
    for piece in blanked:
        assert piece not in prose


def test_the_inline_pattern_matches_only_the_opening_backtick_run() -> None:
    # Scanning for the closing run from every opening that no run of its length closes ("` `` ```
    # ...") is C work that call counts miss, and grew as n^1.5: the pattern must not do it.
    assert _INLINE_MASK.match("`` 5 `` 6 ``").group() == "``"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("markdown", "kept", "blanked"),
    [
        ("`5` and 6", ["6"], ["5"]),
        ("`` a ` 5 `` 6", ["6"], ["5"]),
        ("` `` 5 `` ` 7", ["7"], ["5"]),
        ("``` 5 `` 6 ` 7", ["5", "6", "7"], []),
        ("\\`5` 6", ["5", "6"], []),
        ("` 1 `` 2 ``` 3 `` 4 ` 5", ["5"], ["1", "2", "3", "4"]),
        ("`a\nb 5` 6", ["6"], ["5"]),
        ("| `4` | 5 |\n| --- | --- |\n| 6 | `7` |", ["5", "6"], ["4", "7"]),
    ],
)
def test_a_code_span_closes_at_the_next_backtick_run_of_its_length(
    markdown: str, kept: list[str], blanked: list[str]
) -> None:
    prose = mask_markdown(markdown)
    for piece in kept:
        assert piece in prose
    for piece in blanked:
        assert piece not in prose


def _town(index: int) -> str:
    return "Port " + "".join(chr(ord("a") + int(digit)) for digit in f"{index:03d}").title()


def test_entities_come_from_near_the_figure_in_a_long_clause() -> None:
    text = " ".join(f"{_town(index)} had {index} buses" for index in range(200)) + "."
    start = text.index(" 100 ") + 1
    entities = entities_of(text, start, start + 3, load_vocabulary())
    assert _town(100) in entities and _town(99) in entities
    assert _town(0) not in entities and _town(199) not in entities
    assert len(entities) < 40


@pytest.mark.parametrize("levels", [3, 9, 12, 25, 60, 150])
def test_deeply_nested_lists_are_read(levels: int) -> None:
    claims = numcheck.extract(hostile._nested_list(levels), "deep.md")
    assert [claim.text for claim in claims] == ["40,000"]


@pytest.mark.parametrize("levels", [3, 20, 21, 60, 99, 100, 101, 400])
def test_deeply_nested_quotes_are_read(levels: int) -> None:
    claims = numcheck.extract(">" * levels + " The army had 40,000 troops.\n", "deep.md")
    assert [(claim.text, claim.column) for claim in claims] == [("40,000", levels + 15)]
    nested = numcheck.extract(hostile._nested_quote(levels), "deep.md")
    assert [claim.text for claim in nested] == ["40,000"]


def test_text_deeper_than_markdown_it_parses_keeps_code_out() -> None:
    text = ">" * 150 + " It rose 5%.\n" + ">" * 150 + " `port 8080` and 7 ships.\n"
    assert [claim.text for claim in numcheck.extract(text, "deep.md")] == ["5%", "7"]


def test_heading_endpoints_are_figures_of_bounded_length() -> None:
    # "(?P<from>\S.*?)\s+to" backtracked over every run of spaces: each endpoint is one figure.
    from numcheck.extraction.changes import _HEADING_ENDPOINTS

    assert _HEADING_ENDPOINTS.match("From £4.5 billion to £2.1 billion: the fund halved")
    assert _HEADING_ENDPOINTS.match("From " + "9" * 70 + " to 5: a heading") is None
    assert _HEADING_ENDPOINTS.match("It had 40,000" + " " * 5000 + "troops to 5: x") is None


@pytest.mark.parametrize(
    ("between", "joins"),
    [
        (" to ", True),
        ("   to ", True),
        (" , to ", True),
        (" in 2015 to ", True),
        (" in 2015, to ", False),  # the comma must follow a space
        (" in March 2015 ,   to the current ", True),
        (" last year to a record ", True),
        (" a year earlier ,to ", True),
        (", to ", False),  # a space must come first
        (" and then to ", False),
        (" " * 20_000 + "troops ", False),  # a long run of spaces is split one way only, not every way
    ],
)
def test_what_may_sit_between_two_endpoints(between: str, joins: bool) -> None:
    from numcheck.extraction.changes import _BETWEEN_ENDPOINTS

    assert bool(_BETWEEN_ENDPOINTS.match(between)) is joins


def test_a_sentence_is_searched_for_market_words_once_for_all_its_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    # Scanning the whole sentence for each percentage ("1%, 1%, ...") is C work call counts miss.
    from numcheck.extraction import directions

    searches: list[str] = []
    real = directions._MARKET_CONTEXT

    class Counted:
        def search(self, text: str) -> re.Match[str] | None:
            searches.append(text)
            return real.search(text)

    monkeypatch.setattr(directions, "_MARKET_CONTEXT", Counted())
    directions._is_market_copy.cache_clear()
    claims = numcheck.extract("1%, " * 200)
    assert len(claims) == 200
    assert len(searches) == 1
