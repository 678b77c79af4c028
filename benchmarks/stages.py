"""Where `numcheck check`'s CPU goes, stage by stage: the process time spent inside each stage's
entry function, and inside each rule kind's checks, on one run in this process.

A sampling profiler can overstate small functions called many times over (py-spy gave the
change-verb step of the subject reader 0.11 s of a run; timed around its 6,862 calls it takes
0.04 s), so a speed change is best judged by these totals, taken around whole stages, and by the
run's own CPU time:

    .venv/bin/python benchmarks/stages.py /tmp/corpus-1000

Stages nest (a sentence's subjects are read inside extraction), so the lines do not add up to
the total. The check runs with --no-cache --jobs 1 and its report is thrown away.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import io
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import numcheck.corpus
import numcheck.engine
import numcheck.extraction
from numcheck.cli import main as numcheck_main
from numcheck.kinds import KINDS

# (module, name): a stage's entry function, patched where its callers look it up
STAGES = (
    (numcheck.corpus, "read_document"),
    (numcheck.extraction, "split_sentences"),
    (numcheck.extraction, "read_sentence"),
    (numcheck.extraction, "subject_of"),
    (numcheck.extraction, "entities_of"),
    (numcheck.extraction, "evidence_of"),
    (numcheck.engine, "find_in_block"),
    (numcheck.engine, "find_in_document"),
)
# The scopes of a rule kind that run within one document (`numcheck.kinds.Kind`)
KIND_SCOPES = ("claim", "sentence", "document", "timeline")

seconds: Counter[str] = Counter()
calls: Counter[str] = Counter()


def _timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            result = function(*args, **kwargs)
            if isinstance(result, Iterator):
                result = list(result)  # a generator's work is done when it is read
            return result
        finally:
            seconds[label] += time.process_time() - started
            calls[label] += 1

    return timed


@contextlib.contextmanager
def stages_timed() -> Iterator[None]:
    """Every stage and every rule kind's within-document checks timed, and put back as they were after."""
    stages = [(module, name, getattr(module, name)) for module, name in STAGES]
    kinds = dict(KINDS)
    try:
        for module, name, function in stages:
            setattr(module, name, _timed(name, function))
        for kind_name, kind in kinds.items():
            scopes = {scope: getattr(kind, scope) for scope in KIND_SCOPES if getattr(kind, scope) is not None}
            timed = {scope: _timed(f"kind {kind_name}.{scope}", check) for scope, check in scopes.items()}
            if timed:
                KINDS[kind_name] = dataclasses.replace(kind, **timed)  # type: ignore[index]
        yield
    finally:
        for module, name, function in stages:
            setattr(module, name, function)
        KINDS.update(kinds)  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="files or folders to check")
    args = parser.parse_args(argv)
    seconds.clear()
    calls.clear()
    started = time.process_time()
    with stages_timed(), contextlib.redirect_stdout(io.StringIO()):
        numcheck_main(["check", *args.paths, "--format", "json", "--fail-on", "never", "--no-cache", "--jobs", "1"])
    total = time.process_time() - started
    print(f"{total:7.3f} s CPU  check, all of it (imports before this line excluded)")
    for label, spent in seconds.most_common():
        if spent >= 0.005:
            print(f"{spent:7.3f} s {calls[label]:8d} calls  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
