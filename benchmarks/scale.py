"""Benchmark timings at scale: end-to-end throughput, the scaling curve, and the pre-commit hook case.

Every figure is the wall time (and peak memory) of a fresh `numcheck` process, the way a user
runs it, taken beside its baseline in the same run. bench.py calls these and writes the tables;
run alone, this module prints them:

    .venv/bin/python benchmarks/scale.py --quick
"""

from __future__ import annotations

import itertools
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus import DEFAULT_SEED, write_corpus

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "benchmarks" / "out"
PLOT_NAME = "benchmarks-scaling.png"


# --- one measured process ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Run:
    """One finished (or stopped) process: wall time, peak resident memory, exit code."""

    seconds: float
    peak_rss_mb: float
    returncode: int
    timed_out: bool = False
    stderr: str = ""


def numcheck_argv(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "numcheck", *arguments]


def measure(argv: Sequence[str], cwd: Path, timeout_s: float | None = None) -> Run:
    """Run argv in a new process group; its rusage comes from wait4, so it is this process's own.

    ru_maxrss is the peak of the largest single process among the child and the worker processes
    it waited for (Linux keeps the maximum, not the sum)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    env["PYTHONWARNINGS"] = "ignore"
    # As for the cold start (bench.py): pip compiles an installed package's bytecode, but the editable
    # numcheck of a checkout gets its .pyc on first import; with writing turned off each timed run
    # would compile all of numcheck's source again (0.17 s of a check, measured), a cost no install has.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            list(argv), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True
        )
        deadline = None if timeout_s is None else started + timeout_s
        timed_out = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if deadline is not None and time.perf_counter() > deadline:
                os.killpg(process.pid, signal.SIGKILL)  # the group: --jobs workers too
                timed_out = True
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    return Run(elapsed, usage.ru_maxrss / 1024, process.returncode, timed_out, stderr[-2000:])


def ok(run: Run) -> bool:
    """Exit 0 (clean) or 1 (findings) with no traceback."""
    return not run.timed_out and run.returncode in (0, 1) and "Traceback" not in run.stderr


def supports(flag: str) -> bool:
    """Whether `numcheck check` has this flag yet (--jobs, --no-cache come with the per-file cache)."""
    completed = subprocess.run(numcheck_argv("check", "--help"), capture_output=True, text=True, cwd=REPO)
    return flag in completed.stdout


# --- end-to-end throughput ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EndToEnd:
    label: str
    command: str
    jobs: int
    runs: int
    median_s: float | None
    sentences: int
    note: str = ""

    @property
    def sentences_per_s(self) -> float | None:
        return None if not self.median_s else self.sentences / self.median_s


def end_to_end(documents: Sequence[str], sentences: int, runs: int, cores: int) -> list[EndToEnd]:
    """`numcheck extract` and `numcheck check` on the corpus as files, 1 job and all cores, no cache."""
    rows: list[EndToEnd] = []
    has_jobs, has_cache = supports("--jobs"), supports("--no-cache")
    with tempfile.TemporaryDirectory(prefix="numcheck-bench-") as workdir:
        folder = Path(workdir, "corpus")
        folder.mkdir()
        for number, text in enumerate(documents):
            (folder / f"doc-{number:05d}.txt").write_text(text, encoding="utf-8")
        for command in ("extract", "check"):
            base = [command, "corpus", "--format", "json"]
            if command == "check":
                base += ["--fail-on", "never"]
            if has_cache:
                base.append("--no-cache")
            for jobs in sorted({1, cores}):
                argv = [*base, "--jobs", str(jobs)] if has_jobs else base
                median, failure = _median_seconds(argv, Path(workdir), runs)
                note = failure or ("" if has_jobs else "no --jobs flag yet: one process")
                label = f"numcheck {command}, {jobs} job{'s' if jobs > 1 else ''}"
                rows.append(EndToEnd(label, "numcheck " + " ".join(argv), jobs, runs, median, sentences, note))
                if not has_jobs:
                    break
    return rows


def _median_seconds(argv: Sequence[str], cwd: Path, runs: int) -> tuple[float | None, str]:
    """The median wall time of `runs` fresh `numcheck` processes, or None and why the first failed."""
    times: list[float] = []
    for _ in range(runs):
        run = measure(numcheck_argv(*argv), cwd)
        if not ok(run):
            return None, f"exit {run.returncode}: {run.stderr.strip().splitlines()[-1:]}"
        times.append(run.seconds)
    return (statistics.median(times) if times else None), ""


def sentence_count(folder: Path) -> int:
    """The sentences numcheck reads in a folder's files, by numcheck's own splitter."""
    from numcheck.documents import expand_paths, read_document
    from numcheck.sentences import split_sentences

    return sum(len(split_sentences(read_document(path))) for path in expand_paths([str(folder)]))


def fresh_text_check(count: int, runs: int) -> EndToEnd:
    """`numcheck check` with one job on `count` generated stories, where few sentences repeat
    verbatim: the throughput corpus repeats each sentence about 18 times, and linking and the
    checks are worked out once per pair of distinct statements, which flatters `check` there."""
    folder, _ = corpus_folder(count)
    argv = ["check", folder.name, "--format", "json", "--fail-on", "never", "--no-cache", "--jobs", "1"]
    median, note = _median_seconds(argv, folder.parent, runs)
    label = f"numcheck check, 1 job, {count:,} generated stories"
    return EndToEnd(label, "numcheck " + " ".join(argv), 1, runs, median, sentence_count(folder), note)


# --- scaling ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScalePoint:
    documents: int
    megabytes: float
    runs: int
    median_s: float | None
    peak_rss_mb: float | None
    findings_mb: float | None
    note: str = ""


def corpus_folder(count: int, seed: int = DEFAULT_SEED) -> tuple[Path, float]:
    """The generated corpus of `count` documents, written once under benchmarks/out/ and reused."""
    folder = OUT_DIR / f"corpus-{count}-{seed}"
    stamp = folder / ".complete"
    if not stamp.exists():
        # written aside and renamed into place, so two benchmark runs never share a half-written corpus
        partial = OUT_DIR / f".corpus-{count}-{seed}.{os.getpid()}"
        shutil.rmtree(partial, ignore_errors=True)
        written = write_corpus(partial, count, seed)
        (partial / ".complete").write_text(f"{written}\n", encoding="utf-8")
        try:
            os.rename(partial, folder)
        except OSError:  # another run finished first (or a stale folder is there)
            shutil.rmtree(partial, ignore_errors=True)
            if not stamp.exists():
                shutil.rmtree(folder, ignore_errors=True)
                return corpus_folder(count, seed)
    return folder, int(stamp.read_text(encoding="utf-8")) / 1e6


def scaling(sizes: Sequence[int], runs_for: dict[int, int], timeout_s: float) -> list[ScalePoint]:
    """`numcheck check` (all cores, no cache, JSON to a file) on generated corpora of growing size.

    A point past `timeout_s` is stopped and reported as a lower bound; larger points are skipped."""
    points: list[ScalePoint] = []
    has_cache = supports("--no-cache")
    stopped = False
    for count in sizes:
        folder, megabytes = corpus_folder(count)
        runs = runs_for.get(count, 1)
        if stopped:
            points.append(ScalePoint(count, megabytes, 0, None, None, None, "skipped: a smaller corpus timed out"))
            continue
        with tempfile.TemporaryDirectory(prefix="numcheck-scale-") as workdir:
            report = Path(workdir, "findings.json")
            argv = ["check", str(folder), "--format", "json", "--fail-on", "never", "--output", str(report)]
            if has_cache:
                argv.append("--no-cache")
            measured: list[Run] = []
            note = ""
            for _ in range(runs):
                run = measure(numcheck_argv(*argv), Path(workdir), timeout_s)
                measured.append(run)
                if not ok(run):
                    break
            last = measured[-1]
            if last.timed_out:
                note = f"stopped after {timeout_s:,.0f} s"
                stopped = True
                points.append(ScalePoint(count, megabytes, 1, None, last.peak_rss_mb, None, note))
                continue
            if not ok(last):
                points.append(ScalePoint(count, megabytes, len(measured), None, None, None, f"exit {last.returncode}"))
                continue
            size = report.stat().st_size / 1e6 if report.exists() else None
            points.append(
                ScalePoint(
                    count,
                    megabytes,
                    runs,
                    statistics.median(r.seconds for r in measured),
                    max(r.peak_rss_mb for r in measured),
                    size,
                )
            )
    return points


def growth_exponents(points: Sequence[ScalePoint]) -> list[float | None]:
    """Between each point and the one before: k in time ∝ documents^k (1 is linear)."""
    exponents: list[float | None] = [None]
    for before, after in itertools.pairwise(points):
        if before.median_s and after.median_s:
            exponents.append(math.log(after.median_s / before.median_s) / math.log(after.documents / before.documents))
        else:
            exponents.append(None)
    return exponents


def plot(points: Sequence[ScalePoint], target: Path) -> bool:
    """Time and peak memory against corpus size, log-log, with a linear guide. False without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    done = [p for p in points if p.median_s is not None]
    figure, (time_axis, memory_axis) = plt.subplots(1, 2, figsize=(10, 4))
    if done:
        xs = [p.documents for p in done]
        time_axis.plot(xs, [p.median_s for p in done], "o-", label="numcheck check")
        first = done[0]
        assert first.median_s is not None
        guide = [first.median_s * x / first.documents for x in xs]
        time_axis.plot(xs, guide, "--", color="grey", label="linear from the first point")
        memory_axis.plot(xs, [p.peak_rss_mb for p in done], "o-", color="tab:orange", label="peak RSS")
    for point in points:
        if point.median_s is None and point.note.startswith("stopped"):
            seconds = float(point.note.split()[2].replace(",", ""))
            time_axis.plot([point.documents], [seconds], "^", color="red", label="stopped (lower bound)")
    for axis, label in ((time_axis, "wall time (s)"), (memory_axis, "peak memory (MB)")):
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("documents")
        axis.set_ylabel(label)
        axis.grid(True, which="both", alpha=0.3)
        axis.legend()
    time_axis.set_title("numcheck check: time")
    memory_axis.set_title("numcheck check: peak memory")
    figure.tight_layout()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    figure.savefig(partial, dpi=100, format="png")
    plt.close(figure)
    os.replace(partial, target)  # a reader never sees half a picture
    return True


# --- the pre-commit hook case ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HookCase:
    documents: int
    runs: int
    first_s: float | None
    second_s: float | None
    note: str = ""


def hook_case(count: int, runs: int) -> HookCase:
    """A tree of `count` generated documents checked twice with the claim cache: a fresh copy of
    the tree (and so an empty cache) for each pair, medians over pairs."""
    source, _ = corpus_folder(count)
    firsts: list[float] = []
    seconds: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="numcheck-hook-") as workdir:
            tree = Path(workdir, "drafts")
            shutil.copytree(source, tree, ignore=shutil.ignore_patterns(".complete"))
            argv = numcheck_argv("check", "drafts", "--fail-on", "never")
            first = measure(argv, Path(workdir))
            second = measure(argv, Path(workdir))
            if not (ok(first) and ok(second)):
                bad = first if not ok(first) else second
                return HookCase(count, runs, None, None, f"exit {bad.returncode}")
            firsts.append(first.seconds)
            seconds.append(second.seconds)
    note = "" if supports("--no-cache") else "no claim cache yet: both runs do the same work"
    return HookCase(count, runs, statistics.median(firsts), statistics.median(seconds), note)


# --- tables -------------------------------------------------------------------------------------


def _seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.2f} s"


def _number(value: float | None, digits: int = 0) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


END_TO_END_HEADER = ["measure", "command", "runs", "median", "sentences/s", "× quantulum3", "note"]


def end_to_end_rows(rows: Sequence[EndToEnd], quantulum3_rate: float | None) -> list[list[str]]:
    table = []
    for row in rows:
        rate = row.sentences_per_s
        ratio = f"{rate / quantulum3_rate:.1f}×" if rate and quantulum3_rate else "n/a"
        table.append(
            [row.label, f"`{row.command}`", str(row.runs), _seconds(row.median_s), _number(rate), ratio, row.note]
        )
    return table


SCALING_HEADER = [
    "documents",
    "corpus",
    "runs",
    "median time",
    "ms / document",
    "growth k",
    "peak memory",
    "JSON report",
    "note",
]


def scaling_rows(points: Sequence[ScalePoint]) -> list[list[str]]:
    rows = []
    for point, exponent in zip(points, growth_exponents(points), strict=True):
        per_document = None if point.median_s is None else 1000 * point.median_s / point.documents
        rows.append(
            [
                f"{point.documents:,}",
                f"{point.megabytes:,.1f} MB",
                str(point.runs),
                _seconds(point.median_s),
                _number(per_document, 1),
                "" if exponent is None else f"{exponent:.2f}",
                "n/a" if point.peak_rss_mb is None else f"{point.peak_rss_mb:,.0f} MB",
                "n/a" if point.findings_mb is None else f"{point.findings_mb:,.1f} MB",
                point.note,
            ]
        )
    return rows


HOOK_HEADER = ["tree", "runs", "first run (empty cache)", "second run (unchanged tree)", "second / first", "note"]


def hook_rows(case: HookCase) -> list[list[str]]:
    ratio = f"{case.second_s / case.first_s:.0%}" if case.first_s and case.second_s else "n/a"
    return [
        [
            f"{case.documents} generated documents",
            str(case.runs),
            _seconds(case.first_s),
            _seconds(case.second_s),
            ratio,
            case.note,
        ]
    ]


METHOD = """\
**End to end, scaling and the hook case** time fresh `python -m numcheck` processes, as a user
runs them, with no claim cache unless it is the subject (`--no-cache`). End to end runs
`extract` and `check` on the throughput corpus above written out as files, with `--jobs 1` and
with one job per core; "× quantulum3" divides by the quantulum3 rate measured in the same run.
That corpus repeats each sentence about 18 times, and `check` links and compares each pair of
distinct statements once (a reprinted story costs little), so a last row runs `check` with one
job on 1,000 generated stories (below), where most sentences are new; its sentences are counted
by numcheck's own splitter.
Scaling runs `numcheck check` (one job per core, JSON written to a file) on corpora made by
`benchmarks/corpus.py`: deterministic news-like stories about a few dozen places, ten years and
thirteen shared subjects (troops, nurses, unemployment, revenue, rainfall...), with hedges,
attributions, conversions, changes, multiples, poll shares and a few per cent of deliberate
contradictions. Document *i* is the same in every corpus, so each corpus extends the last.
*Peak memory* is `ru_maxrss` from `wait4` on the process: the largest single process among
numcheck and the extraction workers it started. *Growth k* is the exponent between a point
and the one before it (time ∝ documents^k; 1 is linear, 2 quadratic). A run past the time
limit is stopped and shown as a lower bound. The hook case copies a generated tree into a
fresh folder and runs `numcheck check` on it twice with the claim cache on (the default):
the first run fills `.numcheck_cache/`, the second finds every file unchanged.
"""


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes")
    parser.add_argument("--sizes", type=int, nargs="+", help="scaling corpus sizes")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds before a scaling run is stopped")
    args = parser.parse_args(argv)
    sizes = args.sizes or ([100, 300] if args.quick else [1000, 10000, 100000])
    points = scaling(sizes, {n: 3 for n in sizes if n <= 1000}, args.timeout)
    print("\n".join("  ".join(row) for row in [SCALING_HEADER, *scaling_rows(points)]))
    case = hook_case(50 if args.quick else 200, 1 if args.quick else 3)
    print("\n".join("  ".join(row) for row in [HOOK_HEADER, *hook_rows(case)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
