"""--jobs: extraction in worker processes gives byte for byte the output of one process."""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from numcheck import corpus, progress
from numcheck.cli import main
from numcheck.errors import ExitCode

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it is executed
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """seeds/ plus a generated corpus: enough files that the workers really are used."""
    folder = tmp_path_factory.mktemp("tree")
    shutil.copytree(SEEDS, folder / "seeds")
    _corpus_module().write_corpus(folder / "generated", 24)
    assert len(list(folder.rglob("*.*"))) >= 4 * corpus.IN_PROCESS_MAX_FILES
    return folder


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


COMMANDS = {
    "check-json": ["check", "--format", "json", "--fail-on", "never"],
    "check-text": ["check", "--fail-on", "warning"],
    "extract-jsonl": ["extract", "--format", "jsonl"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_output_is_byte_identical_whatever_the_number_of_jobs(
    command: str, tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tree)
    argv = [*COMMANDS[command][:1], "seeds", "generated", *COMMANDS[command][1:]]
    one = _run([*argv, "--jobs", "1", "--no-cache"], capsys)
    assert one[1].strip(), "the run produced no output to compare"
    assert _run([*argv, "--jobs", "2", "--no-cache"], capsys) == one
    assert _run([*argv, "--jobs", "3"], capsys) == one  # workers fill the cache...
    assert _run([*argv, "--jobs", "2"], capsys) == one  # ...and a second run reads it
    assert _run([*argv, "--jobs", "1"], capsys) == one


def test_the_workers_are_really_used(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from numcheck.vocabulary import load_vocabulary

    started: list[int] = []
    original = corpus._from_workers

    def counting(*args: object, **kwargs: object) -> object:
        started.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus, "_from_workers", counting)
    paths = sorted(str(p) for p in (tree / "generated").rglob("*.*"))
    parallel = list(corpus.extract_corpus(paths, load_vocabulary(), jobs=2))
    assert started == [1]
    assert parallel == list(corpus.extract_corpus(paths, load_vocabulary(), jobs=1))


def test_a_few_files_are_extracted_without_starting_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    from numcheck.vocabulary import load_vocabulary

    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("a pool was started for two files")

    monkeypatch.setattr(corpus, "_from_workers", refuse)
    paths = sorted(str(p) for p in SEEDS.iterdir())
    assert [e.path for e in corpus.extract_corpus(paths, load_vocabulary(), jobs=8)] == paths


def test_an_unreadable_file_gives_the_same_error_whatever_the_number_of_jobs(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mixed = tmp_path / "mixed"
    shutil.copytree(tree / "generated", mixed)
    files = sorted(p for p in mixed.rglob("*.*"))
    files[len(files) // 2].write_bytes(b"It cost \xff 5 pounds.")
    files[-2].write_bytes(b"And \xfe this one too.")
    outcomes = {jobs: _run(["check", str(mixed), "--no-cache", "--jobs", jobs], capsys) for jobs in ("1", "2")}
    assert outcomes["1"] == outcomes["2"]
    code, out, err = outcomes["1"]
    assert code == ExitCode.USAGE and out == ""
    assert str(files[len(files) // 2]) in err and "not UTF-8" in err


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_a_bad_job_count_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(SEEDS), "--jobs", value]) == ExitCode.USAGE
    assert "--jobs" in capsys.readouterr().err


# --- the progress bar ---------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_progress_bar_when_standard_error_is_not_a_terminal(
    tree: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "MIN_FILES", 1)
    monkeypatch.setattr(progress, "DELAY_SECONDS", 0)
    code, out, err = _run(["check", str(tree), "--fail-on", "never", "--no-cache"], capsys)
    assert code == ExitCode.CLEAN and err == ""
    assert "file/s" not in out and "\r" not in out


@pytest.mark.parametrize(
    ("stream", "files", "environ", "shown"),
    [
        (_Terminal(), progress.MIN_FILES, {}, True),
        (_Terminal(), progress.MIN_FILES - 1, {}, False),  # a short run: nothing to wait for
        (io.StringIO(), 1000, {}, False),  # a pipe or a file
        (_Terminal(), 1000, {"TERM": "dumb"}, False),
    ],
)
def test_a_bar_is_wanted_only_for_many_files_on_a_terminal(
    stream: io.StringIO, files: int, environ: dict[str, str], shown: bool
) -> None:
    assert progress.wanted(stream, files, environ) is shown


def test_the_bar_counts_files_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "DELAY_SECONDS", 0)
    terminal = _Terminal()
    with progress.progress_bar(terminal, 25) as advance:
        assert advance is not None
        for number in range(25):
            advance(f"doc{number}.md")
    drawn = terminal.getvalue()
    assert "/25" in drawn and "file" in drawn


def test_the_bar_goes_through_the_phases_rather_than_stalling_after_the_reading(
    tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(progress, "MIN_FILES", 1)
    monkeypatch.setattr(progress, "DELAY_SECONDS", 0)
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", str(tree), "--fail-on", "never", "--no-cache", "--jobs", "1"]) == ExitCode.CLEAN
    drawn = terminal.getvalue()
    files = len([p for p in tree.rglob("*") if p.is_file()])
    claims = int(re.findall(r"(\d+) claims:", capsys.readouterr().out)[-1])
    assert re.search(rf"reading: .*/{files} .*file/s", drawn)
    assert re.search(rf"comparing: .*/{claims} .*claim/s", drawn)
    assert re.search(rf"checking documents: .*/{files} .*file/s", drawn)
    phases = [drawn.index(name) for name in ("reading:", "comparing:", "checking documents:")]
    assert phases == sorted(phases)


def test_find_tells_the_steps_of_the_comparison_in_order() -> None:
    import numcheck
    from numcheck.engine import CHECKING_DOCUMENTS, COMPARING, builtin_rules, find

    claims = [
        *numcheck.extract("Nato has 40,000 troops, ten times as many. Turnout was 60%.", path="a.md"),
        *numcheck.extract("Nato has 41,000 troops, nearly ten times as many.", path="b.md"),
    ]
    told: list[tuple[str, int, int]] = []
    find(claims, builtin_rules(), steps=lambda phase, done, total: told.append((phase, done, total)))
    phases = [phase for phase, _, _ in told]
    assert phases == sorted(phases, key=[COMPARING, CHECKING_DOCUMENTS].index)
    assert told[-1] == (CHECKING_DOCUMENTS, 2, 2)
    assert (COMPARING, len(claims), len(claims)) in told
    for phase in (COMPARING, CHECKING_DOCUMENTS):
        done = [d for p, d, _ in told if p == phase]
        assert done == sorted(done)


def test_the_bar_yields_nothing_when_not_wanted() -> None:
    with progress.progress_bar(io.StringIO(), 1000) as advance:
        assert advance is None


def test_claims_come_back_from_a_worker_as_they_left() -> None:
    import pickle

    import numcheck

    text = (SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_text(encoding="utf-8")
    text += "\nPrices rose 15% from €40 to €46 in 2024, up to 90 miles (150 km).\n"
    claims = numcheck.extract(text, "a.md")
    back = pickle.loads(pickle.dumps(claims, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == claims
    assert any(c.direction is not None for c in back) and any(c.entities for c in back)
    assert all(type(a.kind) is type(b.kind) and type(a.entities) is tuple for a, b in zip(back, claims, strict=True))
