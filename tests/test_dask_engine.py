"""The Dask engine finds exactly what the local engine finds, on a cluster of two worker processes."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from numcheck import cli

pytest.importorskip("dask.distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")
pytest.importorskip("dask.dataframe", reason="the dask extra is not installed: pip install -e '.[dask]'")

REPO = Path(__file__).resolve().parents[1]
SEEDS = str(REPO / "seeds")


def _corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The local cluster --engine dask starts when given no address, here with two worker
    processes; the tests reach it by its address, as --scheduler does a real cluster."""
    from numcheck.dask_engine import local_client

    with local_client(workers=2) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        yield str(client.scheduler.address)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Forty generated news stories: shared subjects, hedges, conversions, some contradictions."""
    folder = tmp_path_factory.mktemp("corpus")
    _corpus_module().write_corpus(folder, 40)
    return str(folder)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(["CORPUS", "--against", "SEEDS"], id="synthetic-against-seeds"),
        pytest.param(["SEEDS", "CORPUS"], id="seeds-and-synthetic"),
    ],
)
def test_findings_are_the_local_engines(
    arguments: list[str], scheduler: str, synthetic: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [{"SEEDS": SEEDS, "CORPUS": synthetic}.get(a, a) for a in arguments]
    common = ["check", *argv, "--format", "json", "--fail-on", "never", "--no-cache"]
    local_code, local_json, local_err = _run(capsys, *common)
    dask_code, dask_json, dask_err = _run(capsys, *common, "--engine", "dask", "--scheduler", scheduler)
    assert (local_code, local_err) == (0, "")
    assert (dask_code, dask_err) == (0, "")
    assert '"findings": [\n' in local_json  # a run with findings, so the comparison says something
    assert dask_json == local_json


def test_an_unreadable_file_is_the_same_clear_error(
    tmp_path: Path, scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text("About 40,000 troops are stationed in Poland.\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Revenue rose 8% to \xff5 billion.\n")
    local = _run(capsys, "check", str(tmp_path), "--no-cache")
    distributed = _run(capsys, "check", str(tmp_path), "--engine", "dask", "--scheduler", scheduler)
    assert local[0] == distributed[0] == 2
    assert "bad.txt" in distributed[2] and "Traceback" not in distributed[2]
    assert distributed[2] == local[2]


def test_workers_read_and_fill_the_claim_cache(
    tmp_path: Path, scheduler: str, synthetic: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from numcheck.cache import ClaimCache
    from numcheck.documents import expand_paths, is_markdown_path
    from numcheck.vocabulary import load_vocabulary

    monkeypatch.setenv("NUMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    common = ["check", synthetic, "--format", "json", "--fail-on", "never"]
    local = _run(capsys, *common, "--no-cache")
    filled = _run(capsys, *common, "--engine", "dask", "--scheduler", scheduler)
    cache = ClaimCache.open()
    files = expand_paths([synthetic])
    assert filled == local
    assert len(list(cache.entries.glob("??/*"))) == len({Path(f).read_bytes() for f in files})

    # An entry planted for one file, saying it has no claims: a run that reads the cache believes it.
    planted = files[0]
    key = cache.key(Path(planted).read_bytes(), markdown=is_markdown_path(planted),
                    vocabulary_digest=load_vocabulary().digest)  # fmt: skip
    cache.store(key, ())
    read = _run(capsys, *common, "--engine", "dask", "--scheduler", scheduler)
    assert read != filled
    assert f'"path": "{planted}"' in local[1] and f'"path": "{planted}"' not in read[1]


def test_scheduler_without_the_dask_engine_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "check", SEEDS, "--scheduler", "tcp://127.0.0.1:8786")
    assert code == 2
    assert "--scheduler needs --engine dask" in err


def test_without_the_extra_installed_the_error_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # None in sys.modules makes `import dask.distributed` raise ImportError, as on a light install
    for name in ("dask.distributed", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)
    code, out, err = _run(capsys, "check", SEEDS, "--engine", "dask")
    assert (code, out) == (2, "")
    assert "pip install 'numcheck[dask]'" in err
