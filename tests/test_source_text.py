"""numcheck's own source holds no control characters: a patch that writes "\\b" into a plain string
leaves a backspace in a regular expression, which then never matches and fails no other test."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FILES = sorted(
    path
    for pattern in ("numcheck/**/*.py", "benchmarks/*.py", "rules/*.yaml", "tests/*.py")
    for path in ROOT.glob(pattern)
)


def test_the_files_are_found() -> None:
    assert len(FILES) > 100


@pytest.mark.parametrize("path", FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [(text.count("\n", 0, match.start()) + 1, hex(ord(match[0]))) for match in _CONTROL.finditer(text)]
    assert not found, f"{path.name}: control characters at (line, code) {found}"
