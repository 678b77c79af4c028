"""Progress: a bar on standard error while many files are read, shown only to a person at a terminal.

The one tqdm adapter. The command line opens it; the stages only call the function it yields."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

from numcheck.corpus import Progress

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


@contextmanager
def progress_bar(stream: TextIO, files: int) -> Iterator[Progress | None]:
    """A function to call once per file done, or None when no bar is wanted."""
    if not wanted(stream, files):
        yield None
        return
    from tqdm import tqdm  # loaded only when a bar will be drawn: it costs a twentieth of a second

    # No monitor thread: worker processes are forked, and forking a process with threads is unsafe.
    tqdm.monitor_interval = 0
    with tqdm(total=files, file=stream, unit="file", delay=DELAY_SECONDS, leave=False, dynamic_ncols=True) as bar:

        def advance(path: str) -> None:
            bar.update()

        yield advance
