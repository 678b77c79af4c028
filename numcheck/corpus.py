"""Corpus stage: many files -> their claims, one document at a time, from the cache or from worker processes."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from numcheck.cache import ClaimCache
from numcheck.documents import DocumentError, document_from_bytes, is_markdown_path, read_bytes, read_document
from numcheck.model import Claim, Document
from numcheck.vocabulary import Vocabulary

if TYPE_CHECKING:
    from concurrent.futures import Future

# A Document already in memory, or a file's path ("-" for standard input).
Item = Document | str | Path
# Told the path of each file as it is done, in any order: what a progress bar needs.
Progress = Callable[[str], None]

# Up to this many files to extract are done in this process. Measured on two cores: a news
# story takes 12-15 ms to extract, and forking two workers, feeding them and stopping them
# 10-30 ms, so a pool pays for itself from about five files.
IN_PROCESS_MAX_FILES = 4
# Files per task sent to a worker: large enough that a task's overhead is small beside its work,
# small enough that the workers finish together.
_MAX_BATCH = 16


@dataclass(frozen=True, slots=True)
class Extracted:
    """One document's claims. The document itself is not kept: only its claims outlive extraction."""

    path: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class _Pending:
    """A file the cache did not have, waiting for a worker."""

    index: int
    path: str


@dataclass(frozen=True, slots=True)
class _Failure:
    """A worker's account of a file it could not read; raised again in the parent, in file order."""

    path: str
    detail: str
    offset: int | None


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13
        return max(1, os.process_cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def extract_corpus(
    items: Iterable[Item],
    vocabulary: Vocabulary,
    *,
    cache: ClaimCache | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> Iterator[Extracted]:
    """Each item's claims, in the order given, whatever `jobs` is.

    Items are read one at a time and dropped once their claims are out. With `jobs` above one,
    the files the cache lacks are extracted by that many worker processes, when there are enough
    of them to be worth it. Standard input and Documents in memory are never cached."""
    done = progress or _ignore
    if jobs <= 1:
        for item in items:
            extracted = _extract_here(item, vocabulary, cache)
            done(extracted.path)
            yield extracted
    else:
        yield from _extract_in_parallel(items, vocabulary, cache, jobs, done)
    if cache is not None:
        cache.prune()


def _ignore(path: str) -> None:
    pass


def _extract_here(item: Item, vocabulary: Vocabulary, cache: ClaimCache | None) -> Extracted:
    if isinstance(item, Document):
        return Extracted(item.path, _claims_of(item, vocabulary))
    path = str(item)
    if path == "-" or cache is None:
        document = read_document(path)
        return Extracted(document.path, _claims_of(document, vocabulary))
    return Extracted(path, claims_of_file(path, vocabulary, cache))


def claims_of_file(path: str, vocabulary: Vocabulary, cache: ClaimCache) -> tuple[Claim, ...]:
    """One file's claims: from the cache when its content was seen before, else extracted and stored."""
    data = read_bytes(path)
    key = cache.key(data, markdown=is_markdown_path(path), vocabulary_digest=vocabulary.digest)
    claims = cache.load(key, path)
    if claims is None:
        claims = _claims_of(document_from_bytes(path, data), vocabulary)
        cache.store(key, claims)
    return claims


def _claims_of(document: Document, vocabulary: Vocabulary) -> tuple[Claim, ...]:
    # Imported here: a run whose files are all in the cache never loads the extractors.
    from numcheck.extraction import extract_document

    return extract_document(document, vocabulary)


def _extract_in_parallel(
    items: Iterable[Item], vocabulary: Vocabulary, cache: ClaimCache | None, jobs: int, done: Progress
) -> Iterator[Extracted]:
    """Two passes: the cache answers what it can here, then workers extract the rest.

    Only paths wait between the passes, never contents. Results go back into input order, and a
    file that cannot be read is reported where it stands, so the outcome is the one `jobs=1` gives."""
    results: list[Extracted | _Pending | _Failure] = []
    for item in items:
        if isinstance(item, Document) or str(item) == "-":
            results.append(_extract_here(item, vocabulary, cache))
            done(results[-1].path)
            continue
        path = str(item)
        try:
            claims = _cached(path, vocabulary, cache) if cache is not None else None
        except DocumentError as error:
            results.append(_Failure(error.path, error.detail, error.offset))
            break  # nothing after the first unreadable file can change the outcome
        if claims is None:
            results.append(_Pending(len(results), path))
        else:
            results.append(Extracted(path, claims))
            done(path)

    pending = [result for result in results if isinstance(result, _Pending)]
    # The first file is extracted here, whatever follows: that loads the lexicon and the
    # dictionaries once, and forked workers inherit them instead of each loading its own.
    here, there = (pending, []) if len(pending) <= IN_PROCESS_MAX_FILES else (pending[:1], pending[1:])
    finished: Iterable[tuple[_Pending, tuple[Claim, ...] | _Failure]] = chain(
        ((waiting, _extract_batch_with([waiting.path], vocabulary, cache)[0]) for waiting in here),
        _from_workers(there, vocabulary, cache, jobs) if there else (),
    )
    for waiting, outcome in finished:
        results[waiting.index] = Extracted(waiting.path, outcome) if isinstance(outcome, tuple) else outcome
        done(waiting.path)

    for result in results:
        if isinstance(result, _Failure):
            raise DocumentError(result.path, result.detail, offset=result.offset)
        assert isinstance(result, Extracted)
        yield result


def _cached(path: str, vocabulary: Vocabulary, cache: ClaimCache) -> tuple[Claim, ...] | None:
    data = read_bytes(path)
    return cache.load(cache.key(data, markdown=is_markdown_path(path), vocabulary_digest=vocabulary.digest), path)


def _from_workers(
    pending: Sequence[_Pending], vocabulary: Vocabulary, cache: ClaimCache | None, jobs: int
) -> Iterator[tuple[_Pending, tuple[Claim, ...] | _Failure]]:
    """Each pending file with its claims, as the workers finish them."""
    # Imported here: the process machinery costs start-up time that most hook runs never need.
    from concurrent.futures import ProcessPoolExecutor, as_completed

    size = max(1, min(_MAX_BATCH, len(pending) // (jobs * 4)))
    batches = [pending[start : start + size] for start in range(0, len(pending), size)]
    pool = ProcessPoolExecutor(
        min(jobs, len(batches)), initializer=_start_worker, initargs=(vocabulary, cache, os.getpid())
    )
    try:
        futures: dict[Future[list[tuple[Claim, ...] | _Failure]], Sequence[_Pending]] = {
            pool.submit(_extract_batch, [waiting.path for waiting in batch]): batch for batch in batches
        }
        for future in as_completed(futures):
            yield from zip(futures[future], future.result(), strict=True)
    finally:
        # On an error or Ctrl-C, drop the batches not yet started rather than wait for them.
        pool.shutdown(wait=True, cancel_futures=True)


# What a worker process works with, set once when it starts.
_worker_setup: tuple[Vocabulary, ClaimCache | None] | None = None


def _start_worker(vocabulary: Vocabulary, cache: ClaimCache | None, parent: int) -> None:
    global _worker_setup
    # Ctrl-C reaches the whole process group; the parent alone handles it, and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(parent)
    _worker_setup = (vocabulary, cache)


def _die_with(parent: int) -> None:
    """End this worker when its parent ends, however it ends (SIGKILL included): a worker waits on
    a queue that it holds open itself, so it would wait forever, holding standard output open.
    Linux does it for us (PR_SET_PDEATHSIG); elsewhere a thread watches the parent's pid."""
    import threading

    if _ask_for_death_signal() and os.getppid() == parent:
        return  # the parent may have died before the request: then the check above fails

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="numcheck-parent-watch", daemon=True).start()


def _ask_for_death_signal() -> bool:
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)  # the process's own symbols, libc's among them
        pr_set_pdeathsig = 1
        return bool(libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _extract_batch(paths: list[str]) -> list[tuple[Claim, ...] | _Failure]:
    assert _worker_setup is not None, "a worker runs _start_worker first"
    return _extract_batch_with(paths, *_worker_setup)


def _extract_batch_with(
    paths: list[str], vocabulary: Vocabulary, cache: ClaimCache | None
) -> list[tuple[Claim, ...] | _Failure]:
    """Claims per path, or the reason a file could not be read: an error raised in a worker
    would have to survive pickling, and would arrive out of file order."""
    outcomes: list[tuple[Claim, ...] | _Failure] = []
    for path in paths:
        try:
            outcomes.append(_extract_here(path, vocabulary, cache).claims)
        except DocumentError as error:
            outcomes.append(_Failure(error.path, error.detail, error.offset))
    return outcomes
