"""Hostile inputs that once grew quadratically: how time and peak memory grow with their size.

Each probe builds a document of size n (a repeat count); reading it, extracting its claims and
parsing its directives (for the `check:` rows, linking and checking them too) is timed at n, 2n,
4n and 8n. Linear growth shows as an 8n/n ratio near 8; quadratic growth would show near 64.
Run from the repository root:

    .venv/bin/python benchmarks/hostile.py [--quick]

`make bench` adds the same table to BENCHMARKS.md; tests/test_growth.py reuses the probes at
small sizes and counts work instead of timing it.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

SCALES = (1, 2, 4, 8)


@dataclass(frozen=True)
class Probe:
    """One hostile input: `build(n)` is its text; `n` and `quick_n` the smallest sizes timed."""

    name: str
    build: Callable[[int], str]
    path: str
    n: int
    quick_n: int
    checked: bool = False  # linked and checked too, as `numcheck check` does, not only read and extracted


def _nested_list(depth: int) -> str:
    return "".join("  " * level + "- level\n" for level in range(depth)) + "  " * depth + "- It had 40,000 troops.\n"


def _nested_quote(depth: int) -> str:
    return "".join(">" * level + " level\n" for level in range(depth)) + ">" * depth + " It had 40,000 troops.\n"


def _table_rows(rows: int) -> str:
    return "| troops | tanks |\n| --- | --- |\n" + "| 40,000 troops | 5 tanks |\n" * rows


def _table_columns(columns: int) -> str:
    return "|" + " a |" * columns + "\n|" + " --- |" * columns + "\n|" + " 40 troops |" * columns + "\n"


def _backtick_runs(characters: int) -> str:
    """Backtick runs of length 1, 2, 3, ... about `characters` long in all: no run closes another."""
    runs: list[str] = []
    length = total = 0
    while total < characters:
        length += 1
        runs.append("`" * length + " 5 ")
        total += length + 3
    return "It had 40,000 troops " + "".join(runs) + "\n"


PROBES: tuple[Probe, ...] = (
    Probe(
        "one number repeated in a sentence", lambda n: "The army had " + "40,000 " * n + "troops.", "p.txt", 1000, 250
    ),
    Probe("run of spaces", lambda n: "It had 40,000" + " " * n + "troops and 5 tanks.", "p.txt", 64_000, 16_000),
    Probe("run of tabs", lambda n: "It had 40,000" + "\t" * n + "troops and 5 tanks.", "p.txt", 64_000, 16_000),
    Probe("run of no-break spaces", lambda n: "It had 40,000" + "\u00a0" * n + "troops.", "p.txt", 64_000, 16_000),
    Probe('"1 1 1 ..."', lambda n: "1 " * n, "p.txt", 1000, 250),
    Probe('"0 1 2 3 ..."', lambda n: " ".join(map(str, range(n))), "p.txt", 1000, 250),
    Probe('"1-1-1-..."', lambda n: "-".join(["1"] * n), "p.txt", 1000, 250),
    Probe('"1%, 1%, ..."', lambda n: "1%, " * n, "p.txt", 1000, 250),
    Probe('"40,000\\n" repeated', lambda n: "40,000\n" * n, "p.txt", 1000, 250),
    Probe(
        "the same sentence repeated on one line",
        lambda n: "NATO troop numbers have increased tenfold to 40,000 since the invasion. " * n,
        "p.txt",
        250,
        60,
    ),
    Probe("unclosed directive comments", lambda n: "<!-- numcheck: off " * n, "p.md", 4000, 1000),
    Probe('"<!-- " inside a paragraph', lambda n: "The army had 40,000 troops <!-- " * n, "p.md", 500, 120),
    Probe("ever-longer backtick runs (characters)", _backtick_runs, "p.md", 40_000, 10_000),
    Probe("Markdown table rows", _table_rows, "p.md", 500, 120),
    Probe("Markdown table columns", _table_columns, "p.md", 250, 60),
    # One line each, so that the text grows as the depth does: "- - - ... It had" is nested lists.
    Probe("nested lists (levels)", lambda n: "- " * n + "It had 40,000 troops.\n", "p.md", 4000, 1000),
    Probe("nested quotes (levels)", lambda n: "> " * n + "It had 40,000 troops.\n", "p.md", 4000, 1000),
    # Linking: every claim of these is about one subject, so all meet in one block.
    Probe(
        "check: one number repeated in a sentence",
        lambda n: "The army had " + "40,000 " * n + "troops.",
        "p.txt",
        400,
        100,
        checked=True,
    ),
    Probe(
        "check: one subject, a new figure each sentence",
        lambda n: " ".join(f"The fleet has {40 + i} ships." for i in range(n)),
        "p.txt",
        400,
        100,
        checked=True,
    ),
    Probe(
        "check: one sentence repeated, each its own line",
        lambda n: "The fleet has 40 ships.\n" * n,
        "p.txt",
        400,
        100,
        checked=True,
    ),
)


def run(probe: Probe, text: str) -> int:
    """The probe's work on `text`: claims extracted, or findings when it is checked. Each run reads
    its text afresh: numcheck remembers the sentences it has read, and the probes repeat a text."""
    from numcheck.extraction import forget_sentences

    forget_sentences()
    return read_and_check(text, probe.path) if probe.checked else read_and_extract(text, probe.path)


def read_and_check(text: str, path: str) -> int:
    """`numcheck check` on one document, in process: read, extract, link, run the rules."""
    import numcheck
    from numcheck.documents import document_from_string

    return len(numcheck.check([document_from_string(text, path)]).findings)


def read_and_extract(text: str, path: str) -> int:
    """What numcheck does with one document before linking: read, extract, parse directives."""
    from numcheck.documents import document_from_string
    from numcheck.extraction import extract_document
    from numcheck.suppression import parse_directives

    document = document_from_string(text, path)
    claims = extract_document(document)
    parse_directives(document, ())
    return len(claims)


@dataclass(frozen=True)
class Growth:
    """One probe timed at each of `sizes`."""

    probe: Probe
    sizes: tuple[int, ...]
    seconds: tuple[float, ...]
    peak_bytes: tuple[int, ...]

    @property
    def time_ratio(self) -> float:
        return self.seconds[-1] / max(self.seconds[0], 1e-4)


def measure(probe: Probe, n: int, repeats: int = 3) -> Growth:
    sizes = tuple(n * scale for scale in SCALES)
    run(probe, probe.build(n))  # warm: compiled patterns, the lemma dictionary
    seconds: list[float] = []
    peaks: list[int] = []
    for size in sizes:
        text = probe.build(size)
        best = float("inf")
        for _ in range(repeats):  # the best of a few: other work on the machine only adds time
            gc.collect()
            started = time.perf_counter()
            run(probe, text)
            best = min(best, time.perf_counter() - started)
        seconds.append(best)
        tracemalloc.start()  # a second run: tracing slows the first one down
        run(probe, text)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return Growth(probe, sizes, tuple(seconds), tuple(peaks))


GROWTH_HEADER = ("input", "n", "time at n, 2n, 4n, 8n (s)", "8n/n", "peak memory at n, 2n, 4n, 8n (MB)")


def growth_rows(quick: bool, progress: Callable[[str], None] = lambda line: None) -> list[list[str]]:
    rows: list[list[str]] = []
    for probe in PROBES:
        growth = measure(probe, probe.quick_n if quick else probe.n)
        row = [
            probe.name,
            f"{growth.sizes[0]:,}",
            " / ".join(f"{s:.3f}" for s in growth.seconds),
            f"{growth.time_ratio:.1f}",
            " / ".join(f"{b / 1e6:.1f}" for b in growth.peak_bytes),
        ]
        progress("  ".join(row))
        rows.append(row)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes")
    args = parser.parse_args(argv)
    growth_rows(args.quick, progress=lambda line: print(line, flush=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
