"""Benchmark: the share and parts rules on ordinary copy, where any finding must be a real error.

Run from the repository root:

    .venv/bin/python benchmarks/share_precision.py                       # the table, then every finding
    .venv/bin/python benchmarks/share_precision.py --write BENCHMARKS.md  # also write the table there

`share-arithmetic`, `parts-total` and `impossible-share` run on every document of
benchmarks/pairs (drafts and sources), benchmarks/paraphrase (drafts, sources and summaries) and
every sentence of benchmarks/news, each document on its own, as the rules look at one sentence
at a time. These documents are full of shares, totals and their parts written correctly; a few
carry planted slips. A finding is "planted" when it cites a figure the benchmark marks as wrong
(a pair's expected primary figure, a paraphrase case's edited figure), and "unexpected"
otherwise: each unexpected finding is listed with its sentence for a person to judge. It is a
measurement: it exits 0 whatever it finds.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from numcheck.atomic import write_text_atomic
from numcheck.engine import builtin_rules, check_documents
from numcheck.model import Claim, Document, Finding
from numcheck.rules import RuleSet

HERE = Path(__file__).resolve().parent
RULE_IDS = ("share-arithmetic", "parts-total", "impossible-share")
START, END = "<!-- share-checks:start -->", "<!-- share-checks:end -->"


@dataclass(frozen=True, slots=True)
class Corpus:
    """Documents of one benchmark, and the figures it marks as wrong in each (by path)."""

    name: str
    documents: tuple[Document, ...]
    wrong: dict[str, tuple[str, ...]]


def pairs_corpus(root: Path) -> Corpus:
    from pairs import load_pairs

    documents: list[Document] = []
    wrong: dict[str, tuple[str, ...]] = {}
    for pair in load_pairs(root, builtin_rules().ids):
        documents += [pair.draft, pair.source]
        wrong[pair.draft.path] = tuple(text for e in pair.expectations for text in e.primary)
    return Corpus("pairs", tuple(documents), wrong)


def paraphrase_corpus(root: Path) -> Corpus | None:
    if not root.is_dir():
        return None
    from paraphrase import load_cases

    by_path: dict[str, Document] = {}
    wrong: dict[str, tuple[str, ...]] = {}
    for case in load_cases(root):
        for document in (case.draft, case.source):
            if document is not None:
                by_path.setdefault(document.path, document)
        if case.flawed:
            wrong[case.draft.path] = case.figures
    return Corpus("paraphrase", tuple(by_path.values()), wrong)


def news_corpus(root: Path) -> Corpus | None:
    """The wire-copy sentences of benchmarks/news, each a document; none carries a slip."""
    if not root.is_dir():
        return None
    from newsbench import read_news

    from numcheck.documents import document_from_string

    documents = tuple(document_from_string(s.text + "\n", f"news/{s.where}") for s in read_news(root))
    return Corpus("news", documents, {})


def _overlaps(claim: Claim, document: Document, texts: Iterable[str]) -> bool:
    for text in texts:
        start = document.text.find(text)
        while start >= 0:
            if start < claim.end and claim.start < start + len(text):
                return True
            start = document.text.find(text, start + 1)
    return False


@dataclass(frozen=True, slots=True)
class Result:
    corpus: Corpus
    sentences: int
    findings: tuple[tuple[Finding, bool], ...]  # each finding, and whether it cites a planted slip


def run(corpus: Corpus, rules: RuleSet) -> Result:
    report = check_documents(list(corpus.documents), [], rules)
    by_path = {d.path: d for d in corpus.documents}
    marked = []
    for finding in report.findings:
        document = by_path[finding.primary.path]
        planted = any(_overlaps(c, document, corpus.wrong.get(document.path, ())) for c in finding.claims)
        marked.append((finding, planted))
    sentences = len({(c.path, c.sentence_start) for c in report.claims})
    return Result(corpus, sentences, tuple(marked))


def table(results: Sequence[Result]) -> str:
    header = ["corpus", "documents", "sentences with figures", *RULE_IDS, "planted", "unexpected"]
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    for result in results:
        per_rule = Counter(f.rule for f, _ in result.findings)
        planted = sum(1 for _, p in result.findings if p)
        cells = [result.corpus.name, str(len(result.corpus.documents)), str(result.sentences),
                 *(str(per_rule[r]) for r in RULE_IDS), str(planted), str(len(result.findings) - planted)]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def listing(results: Sequence[Result]) -> str:
    lines = []
    for result in results:
        for finding, planted in result.findings:
            primary = finding.primary
            lines.append(f"{'planted   ' if planted else 'UNEXPECTED'} {primary.path}:{primary.line}:{primary.column}"
                         f" [{finding.rule}] {finding.message}")  # fmt: skip
            lines.append(f"           {primary.sentence.strip()}")
    return "\n".join(lines) or "(no findings)"


def section(results: Sequence[Result]) -> str:
    return f"{START}\n{table(results)}\n{END}"


def merge_into(existing: str, generated: str) -> str:
    if START in existing and END in existing:
        before, rest = existing.split(START, 1)
        return before + generated + rest.split(END, 1)[1]
    return existing.rstrip("\n") + "\n\n" + generated + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", type=Path, metavar="FILE", help="write the table between its markers in FILE")
    args = parser.parse_args(argv)
    everything = builtin_rules()
    rules = RuleSet(tuple(r for r in everything if r.id in RULE_IDS))
    corpora = [pairs_corpus(HERE / "pairs"), paraphrase_corpus(HERE / "paraphrase"), news_corpus(HERE / "news")]
    results = [run(corpus, rules) for corpus in corpora if corpus is not None]
    print(table(results))
    print()
    print(listing(results))
    if args.write is not None:
        existing = args.write.read_text(encoding="utf-8") if args.write.exists() else ""
        write_text_atomic(args.write, merge_into(existing, section(results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
