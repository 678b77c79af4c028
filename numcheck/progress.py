"""Progress: a bar on standard error while many files are read, shown only to a person at a terminal.

The one tqdm adapter. The command line opens it; the stages only call the function it yields."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

# Fewer files than this finish before a bar would tell anyone anything.
MIN_FILES = 20
# A run that ends sooner than this never shows a bar at all (tqdm's `delay`).
DELAY_SECONDS = 0.5


def wanted(stream: TextIO, files: int, environ: Mapping[str, str] | None = None) -> bool:
    """A bar only on a terminal: never in a pipe, a file, a CI log or a test's captured output."""
    if files < MIN_FILES or (os.environ if environ is None else environ).get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        return False


READING = "reading"


class Bar:
    """One bar through a run's phases: the files read (called with each path), then the steps
    the engine reports (`step`), each phase under its own name, so the bar never stalls at
    the end of the reading while the comparison runs."""

    def __init__(self, bar: tqdm[Any]) -> None:
        self._bar = bar
        self._phase = READING

    def __call__(self, path: str) -> None:
        self._bar.update()

    def step(self, phase: str, done: int, total: int) -> None:
        if phase != self._phase:
            from numcheck.engine import COMPARING

            self._phase = phase
            self._bar.set_description(phase, refresh=False)
            self._bar.unit = "claim" if phase == COMPARING else "file"
            self._bar.reset(total=total)  # drawn at once: the new phase shows even if it is quick
        self._bar.update(done - self._bar.n)


@contextmanager
def progress_bar(stream: TextIO, files: int) -> Iterator[Bar | None]:
    """A bar to tell of each file done, then of each step, or None when no bar is wanted."""
    if not wanted(stream, files):
        yield None
        return
    from tqdm import tqdm  # loaded only when a bar will be drawn: it costs a twentieth of a second

    # No monitor thread: worker processes are forked, and forking a process with threads is unsafe.
    tqdm.monitor_interval = 0
    with tqdm(total=files, desc=READING, file=stream, unit="file", delay=DELAY_SECONDS, leave=False,
              dynamic_ncols=True) as bar:  # fmt: skip
        yield Bar(bar)
