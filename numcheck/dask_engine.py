"""Distributed engine stage: the checks of engine.find, run on a Dask cluster (the only module that imports dask).

The work splits as engine.find splits it. Extraction is a map over partitions of documents,
read on the workers from their paths. The claims become a Dask DataFrame; the pair rules run
per linking block after a shuffle on the block number (worked out from the claims' keys), and
the document rules run per partition of documents; the checks against sources run last, on the
whole run's claims. Each finding carries the place engine.find would have made it in, so
the sorted result is the local engine's, finding for finding.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from numcheck.cache import ClaimCache
from numcheck.corpus import claims_of_file
from numcheck.documents import expand_paths, read_document
from numcheck.engine import Report, aligned_with_sources, builtin_rules, find_in_block, find_in_document
from numcheck.errors import NumcheckError
from numcheck.extraction import extract_document
from numcheck.linking import block_keys, comparison_key, group_numbers
from numcheck.model import Claim, Document, Finding
from numcheck.rules import RuleSet
from numcheck.vocabulary import Vocabulary, load_vocabulary

if TYPE_CHECKING:
    import pandas as pd

INSTALL_HINT = "pip install 'numcheck[dask]'"
# A partition is a unit of scheduling: big enough that a task's overhead is small beside
# its work, small enough that the workers share the load and a partition's claims fit easily.
MAX_DOCUMENTS_PER_PARTITION = 500
PARTITIONS_PER_WORKER = 4
CONNECT_TIMEOUT = "10s"

CLAIM_COLUMNS = ["document", "position", "path", "key", "block_keys", "claim"]
_KEYS_JOINED = "\x1f"  # block keys travel as one string column
FINDING_COLUMNS = ["phase", "group", "subgroup", "sequence", "finding"]
_BLOCK_PHASE, _DOCUMENT_PHASE = 0, 1


@dataclass(frozen=True, slots=True)
class Entry:
    """One document to check: its index in the run, the path it is reported under, and where a
    worker reads it (an absolute path), or the document itself when it came from standard input."""

    index: int
    path: str
    location: str | None
    document: Document | None = None


def check_on_dask(
    documents: Sequence[str],
    sources: Sequence[str] = (),
    rules: RuleSet | None = None,
    vocabulary: Vocabulary | None = None,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    keep: Callable[[str], bool] | None = None,
    exchange_rates: Mapping[str, float] | None = None,
    cache: ClaimCache | None = None,
    standard_input: Document | None = None,
) -> Report:
    """What engine.check_documents reports for these paths, computed on a Dask cluster.

    With no `scheduler` address a local cluster of `workers` processes (default: one per core)
    is started for the run and stopped after it. `keep` filters the documents under check,
    as the config's include/exclude patterns do. The workers read and fill `cache`'s folder:
    on a cluster it helps when the folder is on storage they share. `standard_input` is what
    `-` stands for, when the caller has read it already."""
    rules = rules if rules is not None else builtin_rules()
    vocabulary = vocabulary or load_vocabulary()
    document_paths = [p for p in expand_paths(documents) if keep is None or keep(p)]
    source_paths = expand_paths(sources) if sources else []
    entries = [_entry(index, path, standard_input) for index, path in enumerate([*document_paths, *source_paths])]
    source_set = frozenset(_reported_path(path) for path in source_paths)
    # Only the folder travels: each worker names its own build, as a local run does.
    cache_folder = str(cache.root.absolute()) if cache is not None else None
    with _client(scheduler, workers) as client:
        claims, findings = _run(client, entries, (rules, vocabulary, exchange_rates, cache_folder), source_set)
    if cache is not None:
        cache.prune()
    return Report(
        findings,
        tuple(e.path for e in entries[: len(document_paths)]),
        tuple(e.path for e in entries[len(document_paths) :]),
        claims,
    )


def _reported_path(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _entry(index: int, path: str, standard_input: Document | None) -> Entry:
    if path == "-":  # standard input can only be read here, so the document travels with its task
        document = standard_input or read_document(path)
        return Entry(index, document.path, None, document)
    return Entry(index, path, os.path.abspath(path))


# --- the cluster ----------------------------------------------------------------------------------


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a local cluster started for this run."""
    try:
        from dask.distributed import Client
    except ImportError:
        raise NumcheckError(f"--engine dask needs the dask extra, which is not installed: {INSTALL_HINT}") from None
    # distributed logs routine connection closes at shutdown as warnings; numcheck does its own reporting
    logging.getLogger("distributed").setLevel(logging.ERROR)
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as error:
            raise NumcheckError(f"cannot connect to the Dask scheduler at {scheduler}: {error}") from None
        with client:
            yield client
        return
    with local_client(workers) as client:
        yield client


@contextmanager
def local_client(workers: int | None = None) -> Iterator[Any]:
    """A client of a cluster of worker processes on this machine, stopped when the block ends."""
    from dask.distributed import Client, LocalCluster

    # Extraction is pure Python, so one thread per process: threads would share one GIL.
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        # no dashboard; its small HTTP server takes any free port, so two runs never collide
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        # CRITICAL: a file that cannot be read fails its task, and numcheck reports it once, itself;
        # at ERROR each worker would log "Compute Failed" and a traceback first.
        silence_logs=logging.CRITICAL,
    )
    with cluster, Client(cluster) as client:
        yield client


# The run's rules, vocabulary, exchange rates and claim cache folder, sent to every worker.
Setup = tuple[RuleSet, Vocabulary, Mapping[str, float] | None, str | None]


def _run(
    client: Any, entries: Sequence[Entry], setup: Setup, sources: frozenset[str]
) -> tuple[tuple[Claim, ...], tuple[Finding, ...]]:
    import cloudpickle
    import dask
    import dask.dataframe as dd
    from dask.base import compute

    if not entries:
        return (), ()
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    size = max(1, min(MAX_DOCUMENTS_PER_PARTITION, math.ceil(len(entries) / (workers * PARTITIONS_PER_WORKER))))
    partitions = [list(entries[i : i + size]) for i in range(0, len(entries), size)]
    # A RuleSet holds read-only mappings, which plain pickle refuses; cloudpickle sends them once as bytes.
    pickled = cloudpickle.dumps(setup)

    # Claim objects stay Python objects: no conversion of object columns to Arrow strings.
    with dask.config.set({"dataframe.convert-string": False}):
        claims = dd.from_map(_extract_partition, partitions, args=[pickled], meta=_claim_meta(), label="extract")
        claims = claims.persist()
        linkable = claims[claims["key"].notnull()]
        # Blocks join claims through shared keys (linking.group_numbers): worked out on the keys
        # alone, then each claim carries its block's number through the shuffle.
        keyed = linkable[["document", "position", "key", "block_keys"]].compute()
        numbers = group_numbers([(key, keys.split(_KEYS_JOINED)) for key, keys in zip(keyed["key"], keyed["block_keys"],
                                                                                      strict=True)])  # fmt: skip
        block_of = dict(zip(zip(keyed["document"], keyed["position"], strict=True), numbers, strict=True))
        numbered = linkable.map_partitions(_with_block, block_of, meta=_claim_meta().assign(block=pd_int64()))
        blocks = numbered.shuffle(on=["block"], shuffle_method="tasks")
        meta = _finding_meta()
        in_blocks = blocks.map_partitions(_block_findings, pickled, sources, meta=meta, enforce_metadata=False)
        in_documents = claims.map_partitions(_document_findings, pickled, sources, meta=meta, enforce_metadata=False)
        claim_frame, block_frame, document_frame = compute(claims["claim"], in_blocks, in_documents)

    tagged = [
        (finding.sort_key, (phase, group, subgroup, sequence), finding)
        for frame in (block_frame, document_frame)
        for phase, group, subgroup, sequence, finding in frame.itertuples(index=False)
    ]
    tagged.sort(key=lambda item: (item[0], item[1]))
    all_claims = tuple(claim_frame)
    findings = aligned_with_sources([finding for _, _, finding in tagged], all_claims, setup[0], sources)
    return all_claims, tuple(sorted(findings, key=lambda f: f.sort_key))


def pd_int64() -> Any:
    import pandas as pd

    return pd.Series(dtype="int64")


def _with_block(partition: pd.DataFrame, block_of: Mapping[tuple[int, int], int]) -> pd.DataFrame:
    numbers = [block_of[(document, position)] for document, position in
               zip(partition["document"], partition["position"], strict=True)]  # fmt: skip
    return partition.assign(block=numbers).astype({"block": "int64"})


def _claim_meta() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {
            "document": pd.Series(dtype="int64"),
            "position": pd.Series(dtype="int64"),
            "path": pd.Series(dtype=object),
            "key": pd.Series(dtype=object),
            "block_keys": pd.Series(dtype=object),
            "claim": pd.Series(dtype=object),
        }
    )


def _finding_meta() -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {
            "phase": pd.Series(dtype="int64"),
            "group": pd.Series(dtype=object),
            "subgroup": pd.Series(dtype=object),
            "sequence": pd.Series(dtype="int64"),
            "finding": pd.Series(dtype=object),
        }
    )


# --- on the workers -------------------------------------------------------------------------------


@cache
def _loaded(pickled: bytes) -> Setup:
    """The run's setup, unpickled once per worker process."""
    import cloudpickle

    rules, vocabulary, exchange_rates, cache_folder = cloudpickle.loads(pickled)
    return rules, vocabulary, exchange_rates, cache_folder


@cache
def _claim_cache(folder: str) -> ClaimCache:
    return ClaimCache.open(folder)


def _claims(entry: Entry, vocabulary: Vocabulary, cache_folder: str | None) -> tuple[Claim, ...]:
    """One document's claims, through the claim cache when the run has one, as engine.find gets them."""
    if entry.document is not None:
        return extract_document(entry.document, vocabulary)
    assert entry.location is not None
    try:
        if cache_folder is not None:
            claims = claims_of_file(entry.location, vocabulary, _claim_cache(cache_folder))
            return tuple(replace(claim, path=entry.path) for claim in claims)
        document = read_document(entry.location)
    except NumcheckError as error:
        # Our error types carry extra fields that do not survive the trip back to the client,
        # and the message should name the path as the user gave it.
        detail = getattr(error, "detail", str(error))
        raise NumcheckError(f"{entry.path}: {detail}") from None
    return extract_document(replace(document, path=entry.path), vocabulary)


def _extract_partition(entries: Sequence[Entry], pickled: bytes) -> pd.DataFrame:
    """Read and extract one partition of documents, in order."""
    import pandas as pd

    _, vocabulary, _, cache_folder = _loaded(pickled)
    rows: list[tuple[int, int, str, str | None, str | None, Claim]] = []
    for entry in entries:
        for position, claim in enumerate(_claims(entry, vocabulary, cache_folder)):
            key = comparison_key(claim)
            keys = _KEYS_JOINED.join(block_keys(claim)) if key else None
            rows.append((entry.index, position, claim.path, key, keys, claim))
    frame: pd.DataFrame = pd.DataFrame(rows, columns=CLAIM_COLUMNS)
    frame = frame.astype({"document": "int64", "position": "int64", "path": object, "key": object,
                          "block_keys": object, "claim": object})  # fmt: skip
    return frame


def _findings_frame(rows: list[tuple[int, str, str, int, Finding]]) -> pd.DataFrame:
    import pandas as pd

    frame: pd.DataFrame = pd.DataFrame(rows, columns=FINDING_COLUMNS)
    frame = frame.astype({"phase": "int64", "group": object, "subgroup": object, "sequence": "int64",
                          "finding": object})  # fmt: skip
    return frame


def _block_findings(partition: pd.DataFrame, pickled: bytes, sources: frozenset[str]) -> pd.DataFrame:
    """Pair rules over every linking block in one shuffled partition; a block never spans two.

    Members keep the run's claim order, as linking.blocks gives them to engine.find."""
    rules, _, exchange_rates, _ = _loaded(pickled)
    rows: list[tuple[int, str, str, int, Finding]] = []
    ordered = partition.sort_values(["block", "document", "position"], kind="stable")
    for block_number, block in ordered.groupby("block", sort=False):
        members = list(block["claim"])
        for sequence, finding in enumerate(find_in_block(members, rules, sources, exchange_rates=exchange_rates)):
            rows.append((_BLOCK_PHASE, str(block_number), "", sequence, finding))
    return _findings_frame(rows)


def _document_findings(partition: pd.DataFrame, pickled: bytes, sources: frozenset[str]) -> pd.DataFrame:
    """Rules that look at one document only, for each document of one partition."""
    rules, _, _, _ = _loaded(pickled)
    rows: list[tuple[int, str, str, int, Finding]] = []
    by_path: dict[str, list[Claim]] = {}
    for claim in partition["claim"]:
        by_path.setdefault(claim.path, []).append(claim)
    for path, claims in by_path.items():
        claims.sort(key=lambda c: c.start)  # as engine.find orders a document's claims
        for sequence, finding in enumerate(find_in_document(claims, rules, sources)):
            rows.append((_DOCUMENT_PHASE, path, "", sequence, finding))
    return _findings_frame(rows)
