"""YAML that would take unbounded memory or time is refused with a clear error: the alias bombs
of issue 14 (complex keys of aliases, nine to a level) and long front matter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from numcheck.errors import ConfigError
from numcheck.yamlfile import MAX_EXPANDED_NODES, load_yaml_text

# Virtual memory for the whole checker: imports take a few hundred megabytes; the bomb took 3.4 GB.
MEMORY_LIMIT = 1536 * 1024 * 1024


def complex_key_bomb(levels: int = 9) -> str:
    """Each level's mapping has the previous level's node as its keys, three times over."""
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for index in range(1, levels):
        name, previous = chr(97 + index), chr(96 + index)
        lines.append(f"{name}: &{name} {{? *{previous} : 1, ? [*{previous}] : 2, ? [*{previous}, *{previous}] : 3}}")
    return "\n".join(lines) + "\n"


def laughs_bomb(levels: int = 9) -> str:
    """The billion laughs: each list holds the one before nine times."""
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for index in range(1, levels):
        name, previous = chr(97 + index), chr(96 + index)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _run_limited(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    limit = (
        "import resource, runpy, sys; "
        f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT})); "
        f"sys.argv = ['numcheck', *{args!r}]; "
        "runpy.run_module('numcheck', run_name='__main__')"
    )
    # The timeout only stops a hang from stalling the suite; nothing here asserts a speed.
    return subprocess.run([sys.executable, "-c", limit], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.mark.parametrize("bomb", [complex_key_bomb, laughs_bomb], ids=["complex keys", "billion laughs"])
@pytest.mark.parametrize("where", ["front matter", "rule file", "vocabulary", "config"])
def test_a_yaml_bomb_is_refused_under_a_memory_limit(bomb: object, where: str, tmp_path: Path) -> None:
    text = bomb()  # type: ignore[operator]
    (tmp_path / "doc.txt").write_text("The army had 40,000 troops.\n", encoding="utf-8")
    if where == "front matter":
        (tmp_path / "bomb.md").write_text(f"---\nnumcheck: off\n{text}---\nIt had 5 tanks.\n", encoding="utf-8")
        args = ["check", "bomb.md"]
    elif where == "rule file":
        (tmp_path / "bomb-rule.yaml").write_text("kind: figure-mismatch\n" + text, encoding="utf-8")
        args = ["check", "doc.txt", "--rules", "bomb-rule.yaml"]
    elif where == "vocabulary":
        (tmp_path / "bomb.yaml").write_text(text, encoding="utf-8")
        args = ["check", "doc.txt", "--vocabulary", "bomb.yaml"]
    else:
        (tmp_path / "bomb.yaml").write_text(text, encoding="utf-8")
        args = ["check", "doc.txt", "--config", "bomb.yaml"]
    done = _run_limited(args, tmp_path)
    assert done.returncode == 2, done.stderr
    assert "internal error" not in done.stderr and "MemoryError" not in done.stderr
    assert ".yaml:" in done.stderr or "bomb.md:" in done.stderr


def test_aliases_within_the_bound_still_load() -> None:
    loaded = load_yaml_text("base: &base [1, 2, 3]\nfirst: *base\nsecond: [*base, *base]\n", "ok.yaml")
    assert loaded["second"] == [[1, 2, 3], [1, 2, 3]]


def test_the_bound_counts_what_aliases_stand_for() -> None:
    with pytest.raises(ConfigError, match="expands to more than"):
        load_yaml_text(laughs_bomb(7), "laughs.yaml")  # 9 ** 6 = 531,441 values
    assert 9**5 < MAX_EXPANDED_NODES < 9**6
    load_yaml_text(laughs_bomb(5), "small.yaml")  # 9 ** 4 = 6,561: fine


# An alias key is reported where the node it stands for is written.
@pytest.mark.parametrize(
    ("key", "line"), [("? [a, b]\n: 1\n", 1), ("x: 0\n? {a: 1}\n: 2\n", 2), ("a: &a [1]\n? *a\n: 3\n", 1)]
)
def test_a_complex_key_is_refused_with_its_line(key: str, line: int) -> None:
    with pytest.raises(ConfigError, match="a key must be a plain word or number") as raised:
        load_yaml_text(key, "keys.yaml")
    assert raised.value.line == line


def test_long_front_matter_is_not_parsed(tmp_path: Path) -> None:
    from numcheck.documents import read_document
    from numcheck.suppression import MAX_FRONT_MATTER, parse_directives

    long = "---\nnumcheck: off\n" + "tag: x\n" * (MAX_FRONT_MATTER // 7 + 1) + "---\nIt had 5 tanks.\n"
    path = tmp_path / "long.md"
    path.write_text(long, encoding="utf-8")
    with pytest.raises(ConfigError, match="front matter longer than"):
        parse_directives(read_document(str(path)), ())
