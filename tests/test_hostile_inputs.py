"""Every bad input is a clear error (exit 2, naming the file and the line or key), never a crash.

Each row below crashed with a traceback and exit 3 before (issue 14, section 3), or was accepted
silently and changed what numcheck read (an empty unit symbol made every number a length).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from numcheck.cli import main
from numcheck.errors import ExitCode
from numcheck.vocabulary import BUILTIN_VOCABULARY

DEEP = "[" * 5000
VOCABULARY = BUILTIN_VOCABULARY.read_text(encoding="utf-8")


def _vocabulary(old: str, new: str) -> str:
    assert old in VOCABULARY, old
    return VOCABULARY.replace(old, new, 1)


def _line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


# (id, files to write, arguments after `check doc.txt`, what stderr must hold)
BAD_SETTINGS: list[tuple[str, dict[str, str | bytes], list[str], list[str]]] = [
    ("deep rule file", {"deep-rule.yaml": "kind: " + DEEP}, ["--rules", "deep-rule.yaml"],
     ["deep-rule.yaml:1:", "nested more than 100 levels"]),
    ("deep block rule file", {"block-rule.yaml": "kind:\n" + "".join("  " * i + "- \n" for i in range(400))},
     ["--rules", "block-rule.yaml"], ["block-rule.yaml:", "nested more than 100 levels"]),
    ("deep vocabulary", {"v.yaml": "hedges: " + DEEP}, ["--vocabulary", "v.yaml"], ["v.yaml:1:", "nested"]),
    ("deep .numcheck.yaml", {"c.yaml": "against: " + DEEP}, ["--config", "c.yaml"], ["c.yaml:1:", "nested"]),
    ("deep pyproject.toml", {"p/pyproject.toml": "[tool.numcheck]\nagainst = " + DEEP},
     ["--config", "p/pyproject.toml"], ["pyproject.toml:2:", "nested"]),
    ("deep inline table in pyproject.toml", {"q/pyproject.toml": "[tool.numcheck]\nrules = " + "{a = " * 3000},
     ["--config", "q/pyproject.toml"], ["pyproject.toml:2:", "nested"]),
    ("deep baseline", {"b.json": '{\n"findings": ' + DEEP}, ["--baseline", "b.json"], ["b.json:2:", "nested"]),
    ("baseline with a 5,000-digit integer", {"b5.json": '{"schema_version": 1' + "0" * 5000 + ', "findings": []}'},
     ["--baseline", "b5.json"], ["b5.json", "4300 digits"]),
    ("vocabulary scale .inf", {"v.yaml": _vocabulary("  hundred: 100", "  hundred: .inf")}, ["--vocabulary", "v.yaml"],
     [f"v.yaml:{_line_of(VOCABULARY, '  hundred: 100')}:", "'hundred'", "inf"]),
    ("vocabulary scale .nan", {"v.yaml": _vocabulary("  hundred: 100", "  hundred: .nan")}, ["--vocabulary", "v.yaml"],
     ["'hundred'", "nan"]),
    ("vocabulary 400-digit scale", {"v.yaml": _vocabulary("  hundred: 100", "  hundred: 1" + "0" * 400)},
     ["--vocabulary", "v.yaml"], ["'hundred'", "over 18 digits"]),
    ("vocabulary 5,000-digit number", {"v.yaml": _vocabulary("  hundred: 100", "  hundred: 1" + "0" * 5000)},
     ["--vocabulary", "v.yaml"], ["v.yaml:", "too long"]),
    ("vocabulary scale 0", {"v.yaml": _vocabulary("  hundred: 100", "  hundred: 0")}, ["--vocabulary", "v.yaml"],
     ["'hundred'", "more than 0"]),
    ("vocabulary negative multiplier", {"v.yaml": _vocabulary("multipliers:\n", "multipliers:\n  backwards: -2\n")},
     ["--vocabulary", "v.yaml"], ["'backwards'", "more than 0"]),
    ("vocabulary empty hedge", {"v.yaml": _vocabulary("hedges:\n", "hedges:\n  '': {kind: around}\n")},
     ["--vocabulary", "v.yaml"], ["v.yaml:13:", "must not be empty"]),
    ("vocabulary blank number word", {"v.yaml": _vocabulary("number_words:\n", "number_words:\n  ' ': 4\n")},
     ["--vocabulary", "v.yaml"], ["must not be empty"]),
    ("vocabulary number word with a bracket", {"v.yaml": _vocabulary("number_words:\n", "number_words:\n  '(': 4\n")},
     ["--vocabulary", "v.yaml"], ["'('", "word of letters"]),
    ("vocabulary currency code '('", {"v.yaml": _vocabulary("currency_words:\n", "currency_words:\n  smackers: '('\n")},
     ["--vocabulary", "v.yaml"], ["'smackers'", "ISO 4217"]),
    ("vocabulary currency symbol code '('",
     {"v.yaml": _vocabulary("currency_symbols:\n", "currency_symbols:\n  '¤': '('\n")},
     ["--vocabulary", "v.yaml"], ["'¤'", "ISO 4217"]),
    ("vocabulary minor unit code",
     {"v.yaml": _vocabulary("currency_minor:\n", "currency_minor:\n  bit: {code: '|', factor: 0.1}\n")},
     ["--vocabulary", "v.yaml"], ["'bit'", "currency code"]),
    ("vocabulary 500-character word",
     {"v.yaml": _vocabulary("currency_words:\n", "currency_words:\n  " + "a" * 500 + ": USD\n")},
     ["--vocabulary", "v.yaml"], ["at most 100 characters"]),
    ("vocabulary 500-character number word",
     {"v.yaml": _vocabulary("number_words:\n", "number_words:\n  " + "a" * 500 + ": 5\n")},
     ["--vocabulary", "v.yaml"], ["at most 100 characters"]),
    ("vocabulary 500-character month", {"v.yaml": _vocabulary("months: [", "months: [" + "a" * 500 + ", ")},
     ["--vocabulary", "v.yaml"], ["at most 100 characters"]),
    ("vocabulary empty unit symbol", {"v.yaml": _vocabulary("unit_symbols:\n", "unit_symbols:\n  '': meter\n")},
     ["--vocabulary", "v.yaml"], ["must not be empty"]),
    ("vocabulary unknown unit", {"v.yaml": _vocabulary("unit_words:\n", "unit_words:\n  blorp: blorpometer\n")},
     ["--vocabulary", "v.yaml"], [f"v.yaml:{_line_of(VOCABULARY, 'unit_words:') + 1}:", "'blorp'", "blorpometer"]),
    ("vocabulary not UTF-8", {"v.yaml": _vocabulary("hedges:", "hedges: # caf\xe9").encode("latin-1", "replace")},
     ["--vocabulary", "v.yaml"], [f"v.yaml:{_line_of(VOCABULARY, 'hedges:')}:", "not UTF-8", "0xe9"]),
    ("include pattern [z-a]", {"i.yaml": "include: ['[z-a]']\n"}, ["--config", "i.yaml"],
     ["i.yaml:1:", "'include'", "pattern"]),
    ("Latin-1 pyproject.toml", {"l/pyproject.toml": "[tool.numcheck]\n# caf\xe9\n".encode("latin-1")},
     ["--config", "l/pyproject.toml"], ["pyproject.toml:2:", "not UTF-8"]),
    ("Latin-1 rule file", {"latin-rule.yaml": "kind: figure-mismatch\n# caf\xe9\n".encode("latin-1")},
     ["--rules", "latin-rule.yaml"], ["latin-rule.yaml:2:", "not UTF-8"]),
    ("Latin-1 .numcheck.yaml", {"lc.yaml": "\n\n# caf\xe9\n".encode("latin-1")}, ["--config", "lc.yaml"],
     ["lc.yaml:3:", "not UTF-8"]),
    ("Latin-1 baseline", {"lb.json": '{\n"caf\xe9": 1}'.encode("latin-1")}, ["--baseline", "lb.json"],
     ["lb.json:2:", "not UTF-8"]),
    ("complex key in a rule file", {"key-rule.yaml": "kind: figure-mismatch\n? [a, b]\n: 1\n"},
     ["--rules", "key-rule.yaml"], ["key-rule.yaml:2:", "plain word"]),
]  # fmt: skip


def _write(files: dict[str, str | bytes], root: Path) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "doc.txt").write_text("The army had 40,000 troops.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("files", "arguments", "expected"), [case[1:] for case in BAD_SETTINGS],
                         ids=[case[0] for case in BAD_SETTINGS])  # fmt: skip
def test_a_bad_setting_is_a_clear_error(
    files: dict[str, str | bytes],
    arguments: list[str],
    expected: list[str],
    folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _write(files, folder)
    assert main(["check", "doc.txt", *arguments]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err
    for piece in expected:
        assert piece in err


@pytest.mark.parametrize(
    "front_matter",
    [
        "numcheck: " + DEEP,
        "numcheck: off\ntitle: " + DEEP,
        "numcheck:\n" + "".join("  " * i + "- \n" for i in range(200)),
    ],
    ids=["flow", "after the key", "block"],
)
def test_deep_front_matter_is_a_clear_error(
    front_matter: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "fm.md").write_text(f"---\n{front_matter}\n---\nIt had 5 tanks.\n", encoding="utf-8")
    assert main(["check", "fm.md"]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "fm.md:" in err and "nested more than 100 levels" in err


@pytest.mark.parametrize(
    "words",
    [
        "currency_words:\n  '(': USD\n  ')': EUR\n",
        "currency_symbols:\n  '(': USD\n  '[': GBP\n",
        "hedges:\n  '(maybe': {kind: around}\n",
        "unit_symbols:\n  '(': meter\n",
        "currency_words:\n  " + "b" * 100 + ": USD\n",
        "number_words:\n  " + "c" * 100 + ": 5\n",
    ],
    ids=[
        "currency word (",
        "currency symbol (",
        "hedge (",
        "unit symbol (",
        "100-letter currency word",
        "100-letter number",
    ],
)
def test_vocabulary_words_that_are_regex_syntax_or_long_are_read_literally(
    words: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = words.split(":", 1)[0] + ":\n"
    vocabulary = folder / "v.yaml"  # an absolute path: load_vocabulary caches by path
    vocabulary.write_text(_vocabulary(key, words), encoding="utf-8")
    (folder / "doc.txt").write_text("It cost ( 40 and [ 5, maybe 7 m.\n", encoding="utf-8")
    assert main(["check", "doc.txt", "--vocabulary", str(vocabulary)]) in (
        ExitCode.CLEAN,
        ExitCode.FINDINGS,
    )
    assert "internal error" not in capsys.readouterr().err


def test_the_builtin_vocabulary_passes_its_own_validation() -> None:
    from numcheck.vocabulary import parse_vocabulary

    vocabulary = parse_vocabulary(VOCABULARY, str(BUILTIN_VOCABULARY))
    assert vocabulary.scales["million"] == 1e6 and vocabulary.currency_words


@pytest.mark.parametrize(
    "option", ["--diff", "--output", "--config", "--format", "--baseline", "--vocabulary", "--fail-on"]
)
def test_a_double_dash_given_as_a_value_is_a_usage_error(
    option: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "doc.txt", f"{option}=--"]) == ExitCode.USAGE
    assert f"argument {option}: expected a value" in capsys.readouterr().err
    assert main(["check", "doc.txt", option, "--"]) == ExitCode.USAGE


def test_html_double_dash_is_a_usage_error(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "doc.txt", "--html=--"]) == ExitCode.USAGE
    assert "argument --html" in capsys.readouterr().err


OUTPUTS: list[tuple[str, Callable[[Path], str], str]] = [
    ("a folder", lambda root: str(root), "folder"),
    ("a missing folder", lambda root: str(root / "missing" / "out.txt"), "No such file"),
    ("/proc", lambda root: "/proc/numcheck-out.txt", ""),
]


@pytest.mark.parametrize(("make_path", "reason"), [case[1:] for case in OUTPUTS], ids=[case[0] for case in OUTPUTS])
def test_output_that_cannot_be_written_is_a_clear_error(
    make_path: Callable[[Path], str], reason: str, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = make_path(folder)
    for command in (["check", "doc.txt"], ["extract", "doc.txt"]):
        assert main([*command, "--output", output]) == ExitCode.USAGE
        err = capsys.readouterr().err
        assert output in err and reason in err and "internal error" not in err


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root writes anywhere")
def test_output_into_a_read_only_folder_is_a_clear_error(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert main(["check", "doc.txt", "--output", str(locked / "out.txt")]) == ExitCode.USAGE
        assert "Permission denied" in capsys.readouterr().err
    finally:
        locked.chmod(0o755)


@pytest.mark.parametrize("command", ["check", "extract"])
def test_closed_standard_input_is_a_clear_error(command: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "numcheck", command, "-"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        preexec_fn=lambda: os.close(0),
    )
    assert done.returncode == ExitCode.USAGE, done.stderr
    assert "<stdin>: standard input is closed" in done.stderr


class _DirectoryReader(io.RawIOBase):
    """Standard input whose file descriptor is a directory: every read fails in the kernel (EISDIR)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        return os.readv(self.fd, [buffer])


@pytest.mark.parametrize("command", ["check", "extract"])
def test_standard_input_that_is_a_directory_is_a_clear_error(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # From a shell (`numcheck check - < /tmp`) the interpreter stops before numcheck runs (see
    # RELIABILITY.md); a host that hands numcheck such a stream in process gets exit 2 naming stdin.
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        stream = io.TextIOWrapper(io.BufferedReader(_DirectoryReader(fd)))
        monkeypatch.setattr(sys, "stdin", stream)
        assert main([command, "-"]) == ExitCode.USAGE
    finally:
        os.close(fd)
    error = capsys.readouterr().err
    assert "<stdin>" in error and "Is a directory" in error and "Traceback" not in error


def test_unreadable_standard_input_is_a_clear_error() -> None:
    from numcheck.documents import DocumentError, read_document

    class Broken:
        def read(self) -> bytes:
            raise IsADirectoryError(21, "Is a directory")

    with pytest.raises(DocumentError, match="<stdin>: cannot read: Is a directory"):
        read_document("-", stdin=Broken())  # type: ignore[arg-type]
