"""--output, --html and the baseline: a report lands where it was asked to, and never harms what is there."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.errors import ExitCode

DRAFT = "The council employs 4,200 staff.\nThe council employs 4,900 staff.\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "draft.txt").write_text(DRAFT, encoding="utf-8")
    return tmp_path


def _check_to(tree: Path, output: Path | str, *extra: str) -> int:
    argv = ["check", str(tree / "docs"), "--fail-on", "never", "--format", "json", "--output", str(output)]
    return main([*argv, *extra])


# The three commands that write a file the user names, each as a function of (tree, path).
WRITERS = {
    "check --output": lambda tree, path: _check_to(tree, path),
    "extract --output": lambda tree, path: main(["extract", str(tree / "docs"), "--output", str(path)]),
    "report --html": lambda tree, path: main(["report", str(tree / "docs"), "--fail-on", "never", "--html", str(path)]),
    "baseline --output": lambda tree, path: main(["baseline", str(tree / "docs"), "--output", str(path)]),
}


@pytest.mark.parametrize("writer", WRITERS)
def test_a_symlink_stays_a_link_and_its_target_gets_the_content(tree: Path, writer: str) -> None:
    target = tree / "reports" / "real.out"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tree / "link.out"
    link.symlink_to(target)
    assert WRITERS[writer](tree, link) == ExitCode.CLEAN
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert target.read_text(encoding="utf-8") not in ("", "old")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.parametrize("writer", WRITERS)
def test_an_existing_file_keeps_its_mode(tree: Path, writer: str) -> None:
    out = tree / "out.txt"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o604)
    assert WRITERS[writer](tree, out) == ExitCode.CLEAN
    assert stat.S_IMODE(out.stat().st_mode) == 0o604 and out.read_text(encoding="utf-8") != "old"


@pytest.mark.parametrize("writer", WRITERS)
def test_a_hard_link_stays_one_file_under_two_names(tree: Path, writer: str) -> None:
    out = tree / "out.txt"
    out.write_text("old", encoding="utf-8")
    twin = tree / "twin.txt"
    os.link(out, twin)
    assert WRITERS[writer](tree, out) == ExitCode.CLEAN
    assert out.stat().st_ino == twin.stat().st_ino and out.stat().st_nlink == 2
    assert twin.read_text(encoding="utf-8") == out.read_text(encoding="utf-8") != "old"


@pytest.mark.parametrize("writer", WRITERS)
def test_a_read_only_file_is_refused_and_left_as_it_was(
    tree: Path, writer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tree / "locked.txt"
    out.write_text("keep me", encoding="utf-8")
    out.chmod(0o444)
    assert WRITERS[writer](tree, out) == ExitCode.USAGE
    assert out.read_text(encoding="utf-8") == "keep me" and stat.S_IMODE(out.stat().st_mode) == 0o444
    err = capsys.readouterr().err
    assert "locked.txt" in err and "read-only" in err


@pytest.mark.parametrize("writer", WRITERS)
def test_a_document_of_the_same_run_is_never_overwritten(
    tree: Path, writer: str, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tree / "docs" / "draft.txt"
    assert WRITERS[writer](tree, draft) == ExitCode.USAGE
    assert draft.read_text(encoding="utf-8") == DRAFT
    assert "a document this run reads" in capsys.readouterr().err
    alias = tree / "alias.txt"
    alias.symlink_to(draft)  # the same document under another name
    assert WRITERS[writer](tree, alias) == ExitCode.USAGE
    assert draft.read_text(encoding="utf-8") == DRAFT and alias.is_symlink()


def test_a_source_of_the_same_run_is_never_overwritten(tree: Path) -> None:
    source = tree / "source.txt"
    source.write_text("The council employs 4,200 staff.\n", encoding="utf-8")
    assert _check_to(tree, source, "--against", str(source)) == ExitCode.USAGE
    assert source.read_text(encoding="utf-8") == "The council employs 4,200 staff.\n"


@pytest.mark.parametrize("writer", WRITERS)
def test_a_fifo_is_written_through_and_stays_a_fifo(tree: Path, writer: str) -> None:
    fifo = tree / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    try:
        assert WRITERS[writer](tree, fifo) == ExitCode.CLEAN
    finally:
        reader.join(timeout=60)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert received and received[0]


@pytest.mark.parametrize("writer", WRITERS)
def test_a_character_device_is_written_through_and_stays_a_device(tree: Path, writer: str) -> None:
    before = os.lstat("/dev/null")
    assert WRITERS[writer](tree, "/dev/null") == ExitCode.CLEAN
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_dash_is_standard_output(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _check_to(tree, "-") == ExitCode.CLEAN
    assert '"findings"' in capsys.readouterr().out
    assert not (tree / "-").exists()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tree: tree / "docs", "it is a folder"),
        (lambda tree: tree / "missing" / "out.json", "No such file or directory"),
    ],
    ids=["a-folder", "a-missing-folder"],
)
def test_a_path_that_cannot_take_a_file_is_a_usage_error(
    tree: Path, make: object, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check_to(tree, make(tree)) == ExitCode.USAGE  # type: ignore[operator]
    assert reason in capsys.readouterr().err


def test_a_new_file_gets_the_mode_open_would_give_it(tree: Path) -> None:
    umask = os.umask(0o022)
    try:
        assert _check_to(tree, tree / "new.json") == ExitCode.CLEAN
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tree / "new.json").stat().st_mode) == 0o644
    assert not list(tree.glob(".*.tmp"))
