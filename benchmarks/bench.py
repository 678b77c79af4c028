"""Benchmark: numcheck's extraction against gold sets, beside plain quantulum3, plus timings.

Run from the repository root:

    .venv/bin/python benchmarks/bench.py                  # print the tables
    .venv/bin/python benchmarks/bench.py --write BENCHMARKS.md
    .venv/bin/python benchmarks/bench.py --quick          # small smoke run

numcheck is imported lazily: while it cannot be imported, or has no `extract`, its columns
read "n/a" and the quantulum3 side still runs.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import random
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import editor_latency
import hostile
import scale
from scoring import (
    CaseScore,
    Item,
    Level,
    Totals,
    UnitNames,
    in_scope,
    locate_surfaces,
    score_case,
)

from numcheck.atomic import write_text_atomic

REPO = Path(__file__).resolve().parents[1]
BENCH_DIR = REPO / "benchmarks"
OUT_DIR = BENCH_DIR / "out"
DEFAULT_SPECS = (
    REPO.parent / "shared" / "bench" / "quantulum3.jsonl",
    REPO.parent / "shared" / "bench" / "recognizers.jsonl",
)
# The *ExperimentalMode, *PercentMode and *SuppressExtendedTypes files test other recogniser
# settings and can expect something else for the same input, so only the defaults count.
DEFAULT_MODELS = (
    "AgeModel",
    "CurrencyModel",
    "DimensionModel",
    "TemperatureModel",
    "NumberModel",
    "NumberRangeModel",
    "OrdinalModel",
    "PercentModel",
)
START_MARKER = "<!-- bench:start -->"
END_MARKER = "<!-- bench:end -->"
SYSTEMS = ("numcheck", "quantulum3")
SEED = 20240611


# --- gold cases -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Case:
    """One gold text. `raw_gold` is the file's own JSON, kept for the error dump."""

    id: str
    source: str
    set_name: str
    text: str
    gold: tuple[Item, ...]
    raw_gold: tuple[dict[str, Any], ...]


class BenchError(Exception):
    """A spec file that cannot be used; reported and exits 2."""


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise BenchError(f"{path}: cannot read: {error.strerror}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise BenchError(f"{path}:{number}: not JSON: {error.msg}") from error
        if not isinstance(record, dict) or "text" not in record or "source" not in record:
            raise BenchError(f"{path}:{number}: expected an object with 'source' and 'text'")
        records.append(record)
    return records


def load_cases(paths: Sequence[Path], units: UnitNames) -> list[Case]:
    cases: list[Case] = []
    for path in paths:
        for record in read_jsonl(path):
            case = _case(path, record, units)
            if case is not None:
                cases.append(case)
    return cases


def _case(path: Path, record: dict[str, Any], units: UnitNames) -> Case | None:
    source = record["source"]
    text: str = record["text"]
    raw: list[dict[str, Any]] = list(record.get("quantities", []))
    if source == "recognizers":
        if record.get("model") not in DEFAULT_MODELS:
            return None
        gold = tuple(
            Item(
                q["start"],
                q["end"],
                q["surface"],
                _number(q.get("value")),
                units.canonical(q.get("unit"), entity=q.get("type")),
                q.get("unit"),
                q.get("type"),
            )
            for q in raw
        )
        return Case(record["id"], source, record["model"], text, gold, tuple(raw))
    if source == "quantulum3":
        spans = locate_surfaces(text, [q["surface"] for q in raw])
        items: list[Item] = []
        for q, span in zip(raw, spans, strict=True):
            if span is None:
                raise BenchError(f"{path}: {record['id']}: surface {q['surface']!r} not in text")
            entity = q.get("entity")
            items.append(
                Item(
                    span[0],
                    span[1],
                    q["surface"],
                    _number(q.get("value")),
                    units.canonical(q.get("unit"), entity=entity),
                    q.get("unit"),
                    entity,
                )
            )
        return Case(record["id"], source, record["subset"], text, tuple(items), tuple(raw))
    raise BenchError(f"{path}: {record.get('id')}: unknown source {source!r}")


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


# --- the two systems --------------------------------------------------------------------------

Predict = Callable[[str, str], list[Item]]  # (text, set name) -> predictions


def include_claim(kind: str, set_name: str) -> bool:
    """Which numcheck claims count as predictions for a set.

    Dates are never quantities here. Ordinals are left out too, except on OrdinalModel,
    whose gold is ordinals.
    """
    if kind == "date":
        return False
    if kind == "ordinal":
        return set_name == "OrdinalModel"
    return True


@dataclass(frozen=True, slots=True)
class Numcheck:
    """numcheck.extract, or why it is unavailable."""

    extract: Callable[..., Any] | None
    version: str
    reason: str = ""


def load_numcheck() -> Numcheck:
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    try:
        module = importlib.import_module("numcheck")
    except Exception as error:  # a half-written package can fail in any way
        return Numcheck(None, "n/a", f"import numcheck failed: {type(error).__name__}: {error}")
    version = _version("numcheck") or str(getattr(module, "__version__", "source tree"))
    extract = getattr(module, "extract", None)
    if not callable(extract):  # the numcheck/extract/ subpackage is a module, not callable
        return Numcheck(None, version, "numcheck.extract is not defined yet")
    return Numcheck(extract, version)


def numcheck_predictor(extract: Callable[..., Any], units: UnitNames) -> Predict:
    def predict(text: str, set_name: str) -> list[Item]:
        items: list[Item] = []
        for claim in extract(text, path="<bench>"):
            kind = str(claim.kind)
            if not include_claim(kind, set_name):
                continue
            entity = "currency" if kind == "money" else None
            ranged = claim.qualifier in ("range", "between") and claim.low is not None and claim.high is not None
            unit = claim.unit
            items.append(
                Item(
                    claim.start,
                    claim.end,
                    claim.text,
                    float(claim.value),
                    units.canonical(unit, entity=entity),
                    unit,
                    kind,
                    (float(claim.low), float(claim.high)) if ranged else (),
                )
            )
        return items

    return predict


def quantulum3_predictor(units: UnitNames) -> Predict:
    parser = _quantulum3_parser()

    def predict(text: str, set_name: str) -> list[Item]:
        items: list[Item] = []
        for quantity in parser.parse(text):
            entity = quantity.unit.entity.name if quantity.unit.entity else None
            spread = float(quantity.uncertainty or 0.0)
            items.append(
                Item(
                    quantity.span[0],
                    quantity.span[1],
                    quantity.surface,
                    float(quantity.value),
                    units.canonical(quantity.unit.name, entity=entity),
                    quantity.unit.name,
                    entity,
                    (float(quantity.value) - spread, float(quantity.value) + spread) if spread else (),
                )
            )
        return items

    return predict


def _quantulum3_parser() -> Any:
    with warnings.catch_warnings():
        # it warns once that its optional classifier is missing; the report says so instead
        warnings.simplefilter("ignore")
        import quantulum3.parser as parser
    return parser


# --- scoring a run ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SystemRun:
    """One system's predictions and score on one case."""

    predictions: tuple[Item, ...]
    score: CaseScore
    error: str | None = None


@dataclass
class Scoreboard:
    """Totals per (system, set), built up case by case; mutable only while the run lasts."""

    totals: dict[tuple[str, str, str], Totals] = field(default_factory=dict)

    def add(self, system: str, case: Case, run: SystemRun) -> None:
        key = (system, case.source, case.set_name)
        self.totals[key] = self.totals.get(key, Totals()).add(run.score, len(case.gold), run.error is not None)

    def get(self, system: str, source: str, set_name: str) -> Totals:
        return self.totals.get((system, source, set_name), Totals())

    def source_total(self, system: str, source: str) -> Totals:
        return sum(
            (t for (s, src, _), t in self.totals.items() if s == system and src == source),
            Totals(),
        )

    def grand_total(self, system: str) -> Totals:
        return sum((t for (s, _, _), t in self.totals.items() if s == system), Totals())


def run_system(predict: Predict, case: Case) -> SystemRun:
    try:
        predictions = tuple(predict(case.text, case.set_name))
    except Exception as error:  # one bad text must not end the benchmark; it is counted
        return SystemRun((), score_case(case.gold, ()), f"{type(error).__name__}: {error}")
    # a set that annotates one kind of quantity is scored on predictions of that kind only
    predictions = tuple(item for item in predictions if in_scope(item.unit, case.set_name))
    return SystemRun(predictions, score_case(case.gold, predictions))


def score_all(
    cases: Sequence[Case], predictors: dict[str, Predict]
) -> tuple[Scoreboard, dict[str, list[dict[str, Any]]]]:
    board = Scoreboard()
    dumps: dict[str, list[dict[str, Any]]] = {}
    for case in cases:
        runs = {name: run_system(predict, case) for name, predict in predictors.items()}
        for name, run in runs.items():
            board.add(name, case, run)
        if any(run.error or not run.score.perfect for run in runs.values()):
            dumps.setdefault(f"{case.source}-{case.set_name}", []).append(_dump_record(case, runs))
    return board, dumps


def _dump_record(case: Case, runs: dict[str, SystemRun]) -> dict[str, Any]:
    systems: dict[str, Any] = {}
    for name, run in runs.items():
        systems[name] = {
            "error": run.error,
            "predictions": [item.to_json() for item in run.predictions],
            **{
                level.value: {
                    "missed_gold": list(run.score.level(level).missed),
                    "false_alarms": list(run.score.level(level).false_alarms),
                }
                for level in Level
            },
        }
    return {
        "id": case.id,
        "set": case.set_name,
        "text": case.text,
        "gold": [
            {**raw, "canonical_unit": item.unit.name, "span": [item.start, item.end]}
            for raw, item in zip(case.raw_gold, case.gold, strict=True)
        ],
        "systems": systems,
    }


def write_dumps(dumps: dict[str, list[dict[str, Any]]], set_names: Iterable[str]) -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    ignore = OUT_DIR / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    for set_name in set_names:
        lines = [json.dumps(record, ensure_ascii=False) for record in dumps.get(set_name, [])]
        write_atomic(OUT_DIR / f"{set_name}-errors.jsonl", "".join(f"{x}\n" for x in lines))


# --- timing -----------------------------------------------------------------------------------

SHORT_MARKDOWN = """# Harbour report

The harbour handled 1.2 million containers in 2023, up 8% on the year before.
About 340 ships called, and the average stay was 2.5 days.
"""


@dataclass(frozen=True, slots=True)
class ColdStart:
    label: str
    command: str
    median_s: float | None
    runs: int


def cold_start(label: str, argv_options: Sequence[Sequence[str]], runs: int) -> ColdStart:
    """Median wall time of a fresh interpreter; the first argv that succeeds is timed.

    Each run gets a fresh working directory holding the input file, so a cache kept
    beside the input or the working directory does not survive between runs.
    """
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    env["PYTHONWARNINGS"] = "ignore"
    # pip compiles an installed package's bytecode, but the editable numcheck of a checkout gets
    # its .pyc on first import; with writing turned off it would compile from source every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for argv in argv_options:
        times: list[float] = []
        for _ in range(runs + 1):  # one untimed run first, to warm the OS file cache
            with tempfile.TemporaryDirectory() as workdir:
                Path(workdir, "report.md").write_text(SHORT_MARKDOWN, encoding="utf-8")
                started = time.perf_counter()
                completed = subprocess.run([sys.executable, *argv], cwd=workdir, env=env, capture_output=True)
                elapsed = time.perf_counter() - started
            if not _finished(completed):
                break
            times.append(elapsed)
        else:
            return ColdStart(label, shlex.join(["python", *argv]), statistics.median(times[1:]), runs)
    return ColdStart(label, shlex.join(["python", *argv_options[0]]), None, runs)


def _finished(completed: subprocess.CompletedProcess[bytes]) -> bool:
    """Exit 1 is a checker's "found problems", but also Python's "No module named ...",
    so it counts only when the command printed a report and no traceback."""
    if completed.returncode == 0:
        return True
    return completed.returncode == 1 and bool(completed.stdout.strip()) and b"Traceback" not in completed.stderr


@dataclass(frozen=True, slots=True)
class Throughput:
    label: str
    sentences: int
    characters: int
    median_s: float | None
    runs: int
    note: str = ""

    @property
    def sentences_per_s(self) -> float | None:
        if self.median_s is None or self.median_s <= 0:
            return None
        return self.sentences / self.median_s


@dataclass(frozen=True, slots=True)
class Corpus:
    """News-like documents for throughput; `sentences` counts the units both systems see."""

    documents: tuple[str, ...]
    sentences: tuple[str, ...]
    repeats: int

    @property
    def characters(self) -> int:
        return sum(len(document) for document in self.documents)


def build_corpus(spec_paths: Sequence[Path], target_chars: int, per_document: int = 25) -> Corpus:
    """Every jsonl text counts as one sentence; seed files count one sentence per line."""
    base: list[str] = []
    for path in spec_paths:
        base.extend(str(record["text"]) for record in read_jsonl(path))
    seeds = REPO / "seeds"
    if seeds.is_dir():
        for seed in sorted(seeds.iterdir()):
            if seed.is_file():
                text = seed.read_text(encoding="utf-8", errors="replace")
                base.extend(line.strip() for line in text.splitlines() if line.strip())
    base = [sentence for sentence in base if sentence.strip()]
    if not base:
        raise BenchError("no sentences for the throughput corpus")
    rng = random.Random(SEED)
    documents: list[str] = []
    sentences: list[str] = []
    characters = 0
    repeats = 0
    while characters < target_chars:
        # each copy is shuffled differently, so no document repeats verbatim
        order = base[:]
        rng.shuffle(order)
        repeats += 1
        for begin in range(0, len(order), per_document):
            chunk = order[begin : begin + per_document]
            document = "\n\n".join(chunk) + "\n"
            documents.append(document)
            sentences.extend(chunk)
            characters += len(document)
            if characters >= target_chars:
                break
    return Corpus(tuple(documents), tuple(sentences), repeats)


def time_runs(work: Callable[[], None], runs: int) -> float:
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def numcheck_throughput(extract: Callable[..., Any] | None, corpus: Corpus, runs: int) -> Throughput:
    label = "numcheck.extract (whole documents)"
    if extract is None:
        return Throughput(label, len(corpus.sentences), corpus.characters, None, runs)
    failures: list[str] = []
    forget: Callable[[], None] = getattr(
        importlib.import_module("numcheck.extraction"), "forget_sentences", lambda: None
    )

    def work() -> None:
        failures.clear()
        forget()  # each run reads the corpus as a fresh process would, not from the last run's memory
        for document in corpus.documents:
            try:
                extract(document, path="<bench>")
            except Exception as error:  # counted and reported; the time spent still counts
                failures.append(f"{type(error).__name__}: {error}")

    try:
        extract("Warm-up: it costs $5.", path="<bench>")
    except Exception as error:
        note = f"warm-up call raised {type(error).__name__}: {error}"
        return Throughput(label, len(corpus.sentences), corpus.characters, None, runs, note)
    median = time_runs(work, runs)
    note = ""
    if failures:
        note = f"{len(failures)} of {len(corpus.documents)} documents raised, e.g. {failures[0]}"
    return Throughput(label, len(corpus.sentences), corpus.characters, median, runs, note)


def quantulum3_throughput(corpus: Corpus, sample_size: int, runs: int) -> Throughput:
    parser = _quantulum3_parser()
    sample = random.Random(SEED).sample(corpus.sentences, min(sample_size, len(corpus.sentences)))
    parser.parse("Warm-up: it costs $5.")

    def work() -> None:
        for sentence in sample:
            # it raises on a few inputs; the time spent still counts
            with contextlib.suppress(Exception):
                parser.parse(sentence)

    median = time_runs(work, runs)
    label = "quantulum3.parser.parse (per sentence, seeded sample)"
    return Throughput(label, len(sample), sum(len(s) for s in sample), median, runs)


# --- report -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Environment:
    date: str
    python: str
    numcheck: str
    quantulum3: str
    pint: str
    cpu_count: int | None
    platform: str
    classifier: bool  # quantulum3's optional scikit-learn disambiguator


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def describe_environment(numcheck_version: str) -> Environment:
    return Environment(
        date=dt.date.today().isoformat(),
        python=platform.python_version(),
        numcheck=numcheck_version,
        quantulum3=_version("quantulum3") or "n/a",
        pint=_version("pint") or "n/a",
        cpu_count=os.cpu_count(),
        platform=f"{platform.system()} {platform.machine()}",
        classifier=importlib.util.find_spec("sklearn") is not None,
    )


@dataclass(frozen=True, slots=True)
class ScoreRow:
    source: str
    set_name: str
    texts: int
    gold: int
    system: str
    totals: Totals
    available: bool


def score_rows(board: Scoreboard, cases: Sequence[Case], available: dict[str, bool]) -> list[ScoreRow]:
    """Per set, then per source, then overall; each with one row per system."""
    sizes: dict[tuple[str, str], tuple[int, int]] = {}
    for case in cases:
        texts, gold = sizes.get((case.source, case.set_name), (0, 0))
        sizes[(case.source, case.set_name)] = (texts + 1, gold + len(case.gold))
    sources = list(dict.fromkeys(source for source, _ in sizes))
    rows: list[ScoreRow] = []

    def add(source: str, set_name: str, size: tuple[int, int], pick: Callable[[str], Totals]) -> None:
        for system in SYSTEMS:
            rows.append(ScoreRow(source, set_name, *size, system, pick(system), available[system]))

    def total(keys: Iterable[tuple[str, str]]) -> tuple[int, int]:
        chosen = [sizes[key] for key in keys]
        return sum(t for t, _ in chosen), sum(g for _, g in chosen)

    for source in sources:
        keys = [key for key in sizes if key[0] == source]
        for _, set_name in keys:
            add(
                source,
                set_name,
                sizes[(source, set_name)],
                partial(board.get, source=source, set_name=set_name),
            )
        add(source, "all", total(keys), partial(board.source_total, source=source))
    if len(sources) > 1:
        add("all", "all", total(sizes), board.grand_total)
    return rows


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _row_cells(row: ScoreRow) -> list[str]:
    totals = row.totals
    cells = [row.source, row.set_name, str(row.texts), str(row.gold), row.system]
    if not row.available:
        return [*cells, *(["n/a"] * 9), "n/a"]
    for level in Level:
        counts = totals.level(level)
        cells.extend([_pct(counts.precision), _pct(counts.recall), _pct(counts.f1)])
    cells.append(str(totals.failures))
    return cells


SCORE_HEADER = [
    "source",
    "set",
    "texts",
    "gold",
    "system",
    "det P",
    "det R",
    "det F1",
    "val P",
    "val R",
    "val F1",
    "v+u P",
    "v+u R",
    "v+u F1",
    "crashes",
]


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def text_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

    return "\n".join([line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def _seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f} s"


def _rate(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f}"


TIMING_HEADER = ["measure", "command / call", "sentences", "chars", "runs", "median", "sentences/s"]


def timing_rows(colds: Sequence[ColdStart], speeds: Sequence[Throughput]) -> list[list[str]]:
    rows = [[f"cold start: {c.label}", f"`{c.command}`", "", "", str(c.runs), _seconds(c.median_s), ""] for c in colds]
    rows.extend(
        [
            f"throughput: {t.label}",
            t.note,
            f"{t.sentences:,}",
            f"{t.characters:,}",
            str(t.runs),
            _seconds(t.median_s),
            _rate(t.sentences_per_s),
        ]
        for t in speeds
    )
    return rows


METHOD = """\
**How the scores are computed.** Each gold text is run through `numcheck.extract` and through
`quantulum3.parser.parse` in the same process. A prediction and a gold quantity are paired
when their character spans overlap (quantulum3's gold gives only the surface, so its span is
found in the text, in reading order; Recognizers' gold gives `start`/`end`). Each prediction
and each gold item is used at most once, and the pairing is a maximum matching, so a greedy
choice cannot lose a hit. Three levels are counted, micro-averaged over texts:

- **det** (detection): the spans overlap.
- **val** (value): they overlap and the values are equal within a relative 1e-6, either as
  stated or as amounts (below). Gold items with no single value (Recognizers' ranges and
  relative ordinals) are left out at this level, and so is an unpaired prediction that
  overlaps only such items.
- **v+u** (value and unit): they overlap, the amounts are equal and the units match.

A prediction of a range ("eight to 10 feet", numcheck's `range` and `between` claims, or a
quantulum3 quantity with an uncertainty) states its midpoint and both ends, and matches a
gold value equal to any of them: Recognizers marks only "10 feet" there, quantulum3's own
gold the midpoint.

Units from every side (quantulum3 gold names such as `metre` or `pound sterling`,
Recognizers names such as `Meter`, `Dollar`, `C`, numcheck's pint names and ISO codes, and
quantulum3's predicted names) go through one table in `benchmarks/scoring.py` to a
canonical unit: an ISO 4217 code for money, a pint unit otherwise (compared by base units,
factor and offset, so `square_foot` equals `Square foot` and `cubic centimetre` equals
`milliliter`), or no unit for bare numbers (`dimensionless`, and Recognizers' `null`).
Percentages are pint `percent` (`%`, `percentage`). Unqualified `dollar` is USD; `pound`
and `rupee` are GBP and INR only when the item is money. An *amount* is the value times the
unit's factor, so coins and counting words compare with what they stand for: `50` `Cent` is
the amount 0.5 of a currency and matches `0.5 USD` (the gold does not say whose cent, so any
currency matches; `pence` is GBP's, `dime` USD's), and `1` `dozen` matches a bare 12. A name
that leaves the variant open matches any variant: Recognizers' `Ton` (its spec reads "tons"
and "tonnes" alike) matches metric, short and long tons, and `Barrel` any barrel; `Metric
ton` matches only `tonne`. The unqualified `franc` (French, Belgian or Swiss) and
Recognizers' TemperatureModel `Degree` (no scale stated) match no unit.

**What each set counts.** Recognizers' NumberWithUnit models and PercentModel each annotate
one kind of quantity only: CurrencyModel money, DimensionModel physical units other than
temperature and time, TemperatureModel temperatures, AgeModel durations, PercentModel
percentages. A correct "126 fighter jets" or "four years" in a CurrencyModel sentence is not
in its gold, so on these sets only predictions whose canonical unit is of the model's kind
are scored; both systems go through the same filter. A prediction of the wrong kind on a
gold span then counts as a miss, not also as a false alarm. The Number models and
quantulum3's sets annotate every number, so everything predicted is scored there.

Recognizers is scored on its default spec files only, per model. numcheck's `date` claims
never count, and its `ordinal` claims count only on OrdinalModel; quantulum3 has no such
kinds, so all its quantities count. A system that raises on a text gets no predictions for
it and the text is counted under *crashes*. P, R and F1 are percentages; "–" means the
denominator is zero (e.g. val on NumberRangeModel, whose gold values are all ranges).
Per-text misses and false alarms are written to `benchmarks/out/<source>-<set>-errors.jsonl`.

**How the timings are taken.** No figure here is a pass/fail threshold. Cold start is the
median wall time of fresh interpreters (after one untimed run), each in a new temporary
directory: `python -m numcheck check` on a four-line Markdown file (or `extract` when
`check` fails), against `python -c` importing quantulum3 and parsing one sentence. Both
import compiled bytecode, as an installed package does (the untimed run writes numcheck's).
Throughput uses the gold texts of both spec files (one sentence each) plus `seeds/` (one
sentence per line), shuffled into 25-sentence documents and repeated until the corpus
reaches the target size; numcheck extracts whole documents, quantulum3 parses a seeded
random sample of the same sentences one at a time. Both report the median of several runs
in one process after a warm-up call. Because sentences repeat across copies, an extractor
that caches per sentence would look faster than on fresh text.
"""


def render_markdown(
    environment: Environment,
    numcheck_reason: str,
    rows: Sequence[ScoreRow],
    colds: Sequence[ColdStart],
    speeds: Sequence[Throughput],
    quick: bool,
    scale_sections: Sequence[str] = (),
) -> str:
    env = environment
    facts = [
        f"- Date: {env.date}{' (quick run: reduced sizes)' if quick else ''}",
        f"- Python {env.python} on {env.platform}, `os.cpu_count()` = {env.cpu_count}",
        f"- numcheck {env.numcheck}, quantulum3 {env.quantulum3}, pint {env.pint}",
        "- quantulum3's optional classifier (scikit-learn) is "
        + ("installed" if env.classifier else "not installed, so it runs without unit disambiguation"),
    ]
    if numcheck_reason:
        facts.append(f"- numcheck columns are n/a: {numcheck_reason}")
    parts = [
        "\n".join(facts),
        "### Extraction",
        markdown_table(SCORE_HEADER, [_row_cells(row) for row in rows]),
        "### Timing",
        markdown_table(TIMING_HEADER, timing_rows(colds, speeds)),
        *scale_sections,
        "### Method",
        METHOD.rstrip(),
        *([scale.METHOD.rstrip()] if scale_sections else []),
    ]
    return "\n\n".join(parts) + "\n"


INTRO = """# Benchmarks

How well numcheck finds quantities, measured against public gold sets (quantulum3's own
tests and Microsoft Recognizers-Text's English specs, see `../shared/bench/README.md`),
with plain quantulum3 run beside it. Regenerate with `make bench`; everything between the
markers below is rewritten by `benchmarks/bench.py`.
"""


def merge_into(existing: str | None, generated: str) -> str:
    block = f"{START_MARKER}\n{generated}{END_MARKER}"
    if existing is not None:
        start = existing.find(START_MARKER)
        end = existing.find(END_MARKER, start + len(START_MARKER)) if start >= 0 else -1
        if start >= 0 and end >= 0:
            return existing[:start] + block + existing[end + len(END_MARKER) :]
    return f"{INTRO}\n{block}\n"


def write_atomic(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, content)


# --- command line -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sizes:
    corpus_chars: int
    quantulum3_sample: int
    throughput_runs: int
    cold_runs: int


FULL = Sizes(corpus_chars=1_000_000, quantulum3_sample=3000, throughput_runs=3, cold_runs=5)
QUICK = Sizes(corpus_chars=60_000, quantulum3_sample=200, throughput_runs=1, cold_runs=2)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--spec",
        action="append",
        type=Path,
        metavar="FILE",
        help="a gold JSON Lines file; repeat for more "
        "(default: ../shared/bench/quantulum3.jsonl and recognizers.jsonl)",
    )
    parser.add_argument("--write", type=Path, metavar="FILE", help="write the tables into FILE")
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--max-texts", type=int, metavar="N", help="score only the first N texts of each set")
    parser.add_argument("--no-timing", action="store_true", help="skip cold-start and throughput")
    parser.add_argument(
        "--scale", action="store_true", help="time end to end, scaling and the hook case (on with --write or --quick)"
    )
    parser.add_argument("--no-scale", action="store_true", help="skip end to end, scaling and the hook case")
    parser.add_argument(
        "--scale-sizes", type=int, nargs="+", metavar="N", help="scaling corpus sizes (default: 1000 10000 100000)"
    )
    parser.add_argument(
        "--scale-timeout", type=float, default=3600, metavar="S", help="stop a scaling run after S seconds"
    )
    return parser.parse_args(argv)


def scale_benchmarks(
    args: argparse.Namespace, sizes: Sizes, corpus: Corpus, quantulum3_rate: float | None
) -> list[str]:
    """End to end throughput, the scaling curve (with its plot) and the hook case, as Markdown sections."""
    cores = os.cpu_count() or 1
    ends = scale.end_to_end(corpus.documents, len(corpus.sentences), sizes.throughput_runs, cores)
    ends.append(scale.fresh_text_check(300 if args.quick else 1000, sizes.throughput_runs))
    scale_sizes = args.scale_sizes or ([100, 300, 1000] if args.quick else [1000, 10_000, 100_000])
    points = scale.scaling(scale_sizes, {n: 3 for n in scale_sizes if n <= 1000}, args.scale_timeout)
    hook = scale.hook_case(50 if args.quick else 200, sizes.throughput_runs)
    end_rows = scale.end_to_end_rows(ends, quantulum3_rate)
    scaling_rows = scale.scaling_rows(points)
    hook_rows = scale.hook_rows(hook)
    editor_rows = editor_latency.rows(editor_latency.measure(corpus.documents, sizes.throughput_runs))
    print()
    print(text_table(scale.END_TO_END_HEADER, end_rows))
    print()
    print(text_table(scale.SCALING_HEADER, scaling_rows))
    print()
    print(text_table(scale.HOOK_HEADER, hook_rows))
    print()
    print(text_table(editor_latency.HEADER, editor_rows))
    plot_note = "(matplotlib is not installed: no plot)"
    if args.write is not None:
        picture = args.write.parent / scale.PLOT_NAME
        if scale.plot(points, picture):
            plot_note = f"![numcheck check: time and peak memory against corpus size]({scale.PLOT_NAME})"
    print()
    growth = hostile.growth_rows(args.quick)
    print(text_table(hostile.GROWTH_HEADER, growth))
    return [
        f"### End to end ({cores} cores)",
        markdown_table(scale.END_TO_END_HEADER, end_rows),
        "### Scaling",
        markdown_table(scale.SCALING_HEADER, scaling_rows),
        plot_note,
        "### The pre-commit hook case",
        markdown_table(scale.HOOK_HEADER, hook_rows),
        "### Hostile inputs: growth with size (benchmarks/hostile.py)",
        "Read, extract and parse directives (`check:` rows: link and check too), best of three; linear growth"
        " gives an 8n/n ratio near 8.",
        markdown_table(hostile.GROWTH_HEADER, growth),
        "### In the editor",
        markdown_table(editor_latency.HEADER, editor_rows),
    ]


def _limit(cases: Sequence[Case], per_set: int | None) -> list[Case]:
    if per_set is None:
        return list(cases)
    seen: dict[tuple[str, str], int] = {}
    kept: list[Case] = []
    for case in cases:
        key = (case.source, case.set_name)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= per_set:
            kept.append(case)
    return kept


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = QUICK if args.quick else FULL
    specs = [path.resolve() for path in (args.spec or DEFAULT_SPECS)]
    units = UnitNames()
    try:
        cases = _limit(load_cases(specs, units), args.max_texts or (40 if args.quick else None))
    except BenchError as error:
        print(f"bench: {error}", file=sys.stderr)
        return 2

    numcheck = load_numcheck()
    predictors: dict[str, Predict] = {"quantulum3": quantulum3_predictor(units)}
    if numcheck.extract is not None:
        predictors["numcheck"] = numcheck_predictor(numcheck.extract, units)
    else:
        print(f"bench: numcheck side is n/a ({numcheck.reason})", file=sys.stderr)

    board, dumps = score_all(cases, predictors)
    set_keys = list(dict.fromkeys(f"{case.source}-{case.set_name}" for case in cases))
    write_dumps(dumps, set_keys)
    available = {system: system in predictors for system in SYSTEMS}
    rows = score_rows(board, cases, available)

    colds: list[ColdStart] = []
    speeds: list[Throughput] = []
    if not args.no_timing:
        colds = [
            cold_start(
                "numcheck",
                [
                    ["-m", "numcheck", "check", "report.md"],
                    ["-m", "numcheck", "extract", "report.md"],
                ],
                sizes.cold_runs,
            ),
            cold_start(
                "quantulum3",
                [["-c", 'import quantulum3.parser as p; p.parse("It costs $5.")']],
                sizes.cold_runs,
            ),
        ]
        try:
            corpus = build_corpus(specs, sizes.corpus_chars)
        except BenchError as error:
            print(f"bench: {error}", file=sys.stderr)
            return 2
        speeds = [
            numcheck_throughput(numcheck.extract, corpus, sizes.throughput_runs),
            quantulum3_throughput(corpus, sizes.quantulum3_sample, sizes.throughput_runs),
        ]
    scale_sections: list[str] = []
    # minutes to hours at full size: run with --write (make bench), --quick or --scale, not on every scoring run
    if not args.no_timing and not args.no_scale and (args.write or args.quick or args.scale):
        scale_sections = scale_benchmarks(args, sizes, corpus, speeds[-1].sentences_per_s)

    environment = describe_environment(numcheck.version)
    env = environment
    print(
        f"{env.date}  Python {env.python}  cpu_count={env.cpu_count}  "
        f"numcheck {env.numcheck}  quantulum3 {env.quantulum3}  pint {env.pint}"
    )
    print()
    print(text_table(SCORE_HEADER, [_row_cells(row) for row in rows]))
    if colds or speeds:
        print()
        print(text_table(TIMING_HEADER, timing_rows(colds, speeds)))
    print(f"\nerror dumps: {OUT_DIR.relative_to(REPO)}/<source>-<set>-errors.jsonl")

    if args.write is not None:
        target = args.write
        existing = target.read_text(encoding="utf-8") if target.exists() else None
        generated = render_markdown(environment, numcheck.reason, rows, colds, speeds, args.quick, scale_sections)
        write_atomic(target, merge_into(existing, generated))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
