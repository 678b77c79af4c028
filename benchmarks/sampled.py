"""Where `numcheck check`'s CPU goes, by sampling: the function (and line) running at each tick of
the process's CPU clock, with what called it, over one run in this process.

cProfile charges every Python call a fixed overhead, so it inflates small functions called often
and hides what runs outside named functions: the __init__ that `dataclasses` writes for each record
shows as many '<string>:N(__init__)' rows: building frozen records is 6-7% of a run (found here,
not there). Sampling costs almost nothing per call; its grain is the
kernel's tick (a few milliseconds), so a line needs some tens of samples to be read as more than
noise. Records are named by their class, as the '<string>' of their __init__ says nothing:

    .venv/bin/python benchmarks/sampled.py /tmp/corpus-1000

The check runs with --no-cache --jobs 1 and its report is thrown away. Unix only (SIGPROF).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import signal
import sys
from collections import Counter
from collections.abc import Iterator
from types import CodeType, FrameType

from numcheck.cli import main as numcheck_main

TICK = 0.001  # seconds of CPU between samples asked for; the kernel may give fewer

running: Counter[str] = Counter()  # the function running at a sample: its own time
within: Counter[str] = Counter()  # every function on the stack at a sample: its time with its callees'
lines: Counter[str] = Counter()
records: Counter[str] = Counter()  # the record class being built at a sample


def _name(code: CodeType) -> str:
    path = code.co_filename
    short = path.split("numcheck/", 1)[1] if "numcheck/" in path else path.rsplit("/", 1)[-1]
    return f"{short}:{code.co_name}"


def _sample(signum: int, frame: FrameType | None) -> None:
    if frame is None:
        return
    code = frame.f_code
    running[_name(code)] += 1
    lines[f"{_name(code)}:{frame.f_lineno}"] += 1
    if code.co_filename == "<string>" and code.co_name == "__init__":
        records[type(frame.f_locals.get("self")).__qualname__] += 1
    seen: set[str] = set()
    while frame is not None:
        name = _name(frame.f_code)
        if name not in seen:
            seen.add(name)
            within[name] += 1
        frame = frame.f_back


@contextlib.contextmanager
def sampling() -> Iterator[None]:
    previous = signal.signal(signal.SIGPROF, _sample)
    signal.setitimer(signal.ITIMER_PROF, TICK, TICK)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)


def _table(title: str, counts: Counter[str], total: int, rows: int) -> None:
    print(f"== {title}")
    for name, count in counts.most_common(rows):
        print(f"{count:6d} {100 * count / total:5.1f}%  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="files or folders to check")
    parser.add_argument("--rows", type=int, default=30, help="rows of each table (default 30)")
    args = parser.parse_args(argv)
    for counts in (running, within, lines, records):
        counts.clear()
    with sampling(), contextlib.redirect_stdout(io.StringIO()):
        numcheck_main(["check", *args.paths, "--format", "json", "--fail-on", "never", "--no-cache", "--jobs", "1"])
    total = sum(running.values()) or 1
    print(f"{total} samples (imports before the check excluded)")
    _table("own time: the function running", running, total, args.rows)
    ours = Counter({name: count for name, count in within.items() if not name.startswith(("/", "<"))})
    _table("with callees: the numcheck functions on the stack", ours, total, args.rows)
    _table("lines", lines, total, args.rows)
    _table("records being built ('<string>:__init__' by class)", records, total, args.rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
