"""Paths from the file system are shown, never obeyed: a file name holding a newline and
`::error file=...` must not start a line that a CI runner reads as a command, in any format or on
standard error; and a folder walk does not follow a symlink out of the folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.errors import ExitCode

HOSTILE_NAME = "a\n::error file=x::pwned\r\x1b[31m\u2028.txt"
# Control characters other than tabs and the line breaks between lines of output; Unicode line breaks.
_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@pytest.fixture
def hostile_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / HOSTILE_NAME).write_text(
        "The army had 40,000 troops. Troop numbers increased tenfold to 40,000. The shares were 60%, 30% and 20%.\n",
        encoding="utf-8",
    )
    (folder / "source.txt").write_text("The army had almost 10 times as many troops as before.\n", encoding="utf-8")
    return folder


def assert_not_obeyed(output: str) -> None:
    for line in output.splitlines():
        assert not line.startswith("::error file=x"), line
        assert not _RAW_CONTROL.search(line), repr(line)


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit", "markdown"])
def test_no_check_format_lets_a_file_name_start_a_line(
    fmt: str, hostile_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "d", "--format", fmt, "--fail-on", "never"]) == ExitCode.CLEAN
    captured = capsys.readouterr()
    assert "pwned" in captured.out  # the finding is reported, with its file named
    assert_not_obeyed(captured.out)
    assert_not_obeyed(captured.err)


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_no_extract_format_lets_a_file_name_start_a_line(
    fmt: str, hostile_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "d", "--format", fmt]) == ExitCode.CLEAN
    captured = capsys.readouterr()
    assert "pwned" in captured.out
    assert_not_obeyed(captured.out)


def test_report_tables_do_not_let_a_file_name_start_a_line(
    hostile_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["report", "d"])
    captured = capsys.readouterr()
    assert_not_obeyed(captured.out)
    assert_not_obeyed(captured.err)


def test_an_error_about_a_hostile_file_name_is_escaped_on_standard_error(
    hostile_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (hostile_folder / HOSTILE_NAME).write_bytes(b"\xff\xfe not UTF-8")
    assert main(["check", "d"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "pwned" in err and "not UTF-8" in err
    assert_not_obeyed(err)


@pytest.fixture
def linked_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    walked = tmp_path / "walked"
    (walked / "inner").mkdir(parents=True)
    (walked / "real.txt").write_text("The army had 40,000 troops.\n", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("The secret budget was 900 pounds.\n", encoding="utf-8")
    (walked / "inner" / "inside.txt").symlink_to(walked / "real.txt")
    (walked / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (walked / "environ.txt").symlink_to("/proc/self/environ")
    return walked


def test_a_walk_skips_symlinks_out_of_the_folder_with_a_note(
    linked_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", "walked", "--format", "jsonl"]) == ExitCode.CLEAN
    captured = capsys.readouterr()
    assert "secret" not in captured.out and "environ" not in captured.out
    assert "walked/real.txt" in captured.out and "walked/inner/inside.txt" in captured.out  # a link inside is read
    assert "note: walked/leak.txt: skipped, a symlink to" in captured.err
    assert "note: walked/environ.txt: skipped" in captured.err


def test_follow_symlinks_reads_them(linked_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (linked_folder / "environ.txt").unlink()
    assert main(["extract", "walked", "--format", "jsonl", "--follow-symlinks"]) == ExitCode.CLEAN
    captured = capsys.readouterr()
    assert "walked/leak.txt" in captured.out and "skipped" not in captured.err


def test_a_symlink_named_on_the_command_line_is_read(linked_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "walked/leak.txt", "--format", "jsonl"]) == ExitCode.CLEAN
    assert "900" in capsys.readouterr().out


def test_check_skips_them_too(linked_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "walked", "--format", "json"]) == ExitCode.CLEAN
    captured = capsys.readouterr()
    assert "leak.txt" not in captured.out and "note: walked/leak.txt" in captured.err
