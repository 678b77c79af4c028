"""Diff stage: the lines git says changed since a revision -> only the findings on those lines."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from numcheck.errors import NumcheckError
from numcheck.model import Finding
from numcheck.scanning import LazyPattern

_HUNK = LazyPattern(r"^@@ -\d+(?:,(?P<old_count>\d+))? \+(?P<start>\d+)(?:,(?P<count>\d+))? @@")
# What a line of a hunk's body starts with: removed, added, context, "\ No newline at end of file".
_HUNK_BODY = ("-", "+", " ", "\\")
_NEW_FILE = "+++ "
_OCTAL = re.compile(rb"\\([0-7]{3})")
_ESCAPES = {b"a": b"\a", b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"v": b"\v"}
# Whatever the user's git config says: UTF-8 names unquoted (stranger ones are still quoted, see
# _unquoted), paths from the repository root, the a/ b/ prefixes, and file names that are not patterns.
_SETTINGS = ("--literal-pathspecs", "-c", "core.quotepath=off", "-c", "diff.relative=false",
             "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false")  # fmt: skip
_PLAIN_DIFF = ("diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv", "--find-renames",
               "--src-prefix=a/", "--dst-prefix=b/")  # fmt: skip
# Text read from standard input is not in git; it is new by definition.
_NOT_A_FILE = ("<stdin>", "<string>")


@dataclass(frozen=True, slots=True)
class ChangedLines:
    """Changed lines per file (resolved absolute paths), and files that are new as a whole."""

    lines: Mapping[str, frozenset[int]]
    new_files: frozenset[str]

    def touches(self, path: str, first: int, last: int) -> bool:
        if path in _NOT_A_FILE:
            return True
        resolved = _resolved(path)
        if resolved in self.new_files:
            return True
        changed = self.lines.get(resolved, frozenset())
        return any(line in changed for line in range(first, last + 1))


def within_diff(findings: Sequence[Finding], changed: ChangedLines) -> tuple[Finding, ...]:
    """Keep the findings whose primary claim sits on a changed line."""
    return tuple(f for f in findings if changed.touches(f.primary.path, f.primary.line, f.primary.end_line))


def parse_unified_diff(diff: str) -> dict[str, frozenset[int]]:
    """`git diff --unified=0` output -> the new-side line numbers of each file, by its repository path."""
    changed: dict[str, set[int]] = {}
    current: set[int] | None = None
    # Lines the current hunk announced and has yet to give: a body line is never a header, though
    # an added "++ x" shows as "+++ x" (so only "\n" ends a line: a form feed in the text must not)
    old_left = new_left = 0
    for line in diff.split("\n"):
        if (old_left > 0 or new_left > 0) and line.startswith(_HUNK_BODY):
            old_left -= line.startswith(("-", " "))
            new_left -= line.startswith(("+", " "))
            continue
        old_left = new_left = 0
        if line.startswith(_NEW_FILE):
            name = _unquoted(line[len(_NEW_FILE) :])
            # Deleted files have no new side; their hunks are skipped.
            current = None if name == "/dev/null" else changed.setdefault(name.removeprefix("b/"), set())
            continue
        hunk = _HUNK.match(line)
        if hunk is None:
            continue
        start = int(hunk.group("start"))
        new_left = 1 if hunk.group("count") is None else int(hunk.group("count"))
        old_left = 1 if hunk.group("old_count") is None else int(hunk.group("old_count"))
        if current is not None:
            # A hunk of zero new lines is a pure deletion: no line on the new side changed.
            current.update(range(start, start + new_left))
    return {name: frozenset(lines) for name, lines in changed.items()}


def _unquoted(name: str) -> str:
    """Undo git's C-style quoting of unusual file names: "a\\tb" and octal bytes such as \\303\\251."""
    name = name.rstrip("\t")  # git ends a name containing a space with a tab
    if not (len(name) >= 2 and name.startswith('"') and name.endswith('"')):
        return name
    raw = name[1:-1].encode("utf-8", "surrogateescape")
    raw = _OCTAL.sub(lambda m: bytes([int(m.group(1), 8)]), raw)
    raw = re.sub(rb"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), raw)
    return raw.decode("utf-8", "surrogateescape")


def changed_lines(revision: str, paths: Iterable[str], *, cwd: str | Path | None = None) -> ChangedLines:
    """Lines changed since the point where HEAD left `revision`, including uncommitted work and untracked files.

    Compared with the merge base, as a pull request's diff is: changes made on `revision`'s branch
    since then are not ours. For an ancestor of HEAD the merge base is the revision itself."""
    if revision.startswith("-"):
        raise NumcheckError(f"--diff: {revision!r} is not a git revision")
    here = Path(cwd) if cwd is not None else Path.cwd()
    files = [_resolved(str(here / p)) for p in paths if p not in ("-", *_NOT_A_FILE)]
    root = Path(_resolved(_git(["rev-parse", "--show-toplevel"], cwd).strip()))
    commit = _git(["rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}"], cwd, revision)
    base = _merge_base(commit.strip(), cwd)
    inside = [f for f in files if Path(f).is_relative_to(root)]
    # A file outside the repository is in no revision of it: new, like an untracked file.
    outside = {f for f in files if not Path(f).is_relative_to(root)}
    if not inside:
        return ChangedLines({}, frozenset(outside))
    # The whole tree, not just `files`: git finds a renamed file's old name only if it may look at it.
    diff = _git([*_PLAIN_DIFF, base], cwd)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", *inside], cwd)
    lines = {_resolved(str(root / name)): changed for name, changed in parse_unified_diff(diff).items()}
    new = frozenset(_resolved(str(root / name)) for name in untracked.split("\0") if name) | outside
    return ChangedLines(lines, new)


def _merge_base(commit: str, cwd: str | Path | None) -> str:
    try:
        return _git(["merge-base", commit, "HEAD"], cwd).strip()
    except NumcheckError:
        return commit  # unrelated histories, or no commit on HEAD yet: compare with the revision itself


def _git(arguments: Sequence[str], cwd: str | Path | None, revision: str | None = None) -> str:
    command = ["git", *_SETTINGS, *arguments]
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise NumcheckError("--diff needs git, and git was not found on PATH") from None
    except OSError as error:
        raise NumcheckError(f"--diff: cannot run git: {error}") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        if revision is not None and not message:
            raise NumcheckError(f"--diff: unknown git revision {revision!r}")
        detail = message[-1] if message else f"git {arguments[0]} failed with exit code {done.returncode}"
        raise NumcheckError(f"--diff: {detail.removeprefix('fatal: ')}")
    return done.stdout.decode("utf-8", "surrogateescape")


def _resolved(path: str) -> str:
    return os.path.realpath(path)
