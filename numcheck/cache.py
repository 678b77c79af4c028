"""Claim cache: the claims extracted from each file, keyed by its content, kept in .numcheck_cache/."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from msgpack import UnpackException, packb, unpackb

from numcheck.atomic import write_bytes_atomic, write_text_atomic
from numcheck.model import Claim, ClaimKind, Direction, Role

CACHE_FOLDER = ".numcheck_cache"
# Bump when the entry layout below changes; older entries then simply stop matching.
SCHEMA = 2  # 2: claims gained `per` and `noun`
_MAGIC = b"numcheck-claims"
# https://bford.info/cachedir/: backup tools that honour the tag skip the folder.
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by numcheck.\n"
    "# For information about cache directory tags, see https://bford.info/cachedir/\n"
)
# The libraries whose versions shape what extraction returns (masking, sentences, units, lemmas).
_LIBRARIES = ("markdown_it", "mdit_py_plugins", "syntok", "quantulum3", "pint", "simplemma", "regex")
# Entries of another build of numcheck are removed once no run has used them for this long,
# and beyond this many other builds.
STALE_AFTER_SECONDS = 7 * 24 * 3600
OTHER_BUILDS_KEPT = 2

# Claim fields in entry order. `path` is left out, so files with equal content share an entry,
# and `sentence` is stored once per sentence and referred to by its index.
_STORED = tuple(f.name for f in fields(Claim) if f.name not in ("path", "sentence"))
# Where `sentence` goes back in, counted in _STORED (which has no `path` before it).
_SENTENCE_SLOT = [f.name for f in fields(Claim)].index("sentence") - 1
# msgpack has no enums or tuples: these fields are rebuilt on the way in (a dict lookup is
# cheaper than calling the enum, and a second run decodes every claim of the tree).
_KIND, _ENTITIES, _DIRECTION, _ROLE = (_STORED.index(name) for name in ("kind", "entities", "direction", "role"))
_KINDS = {kind.value: kind for kind in ClaimKind}
_DIRECTIONS: dict[str | None, Direction | None] = {None: None, **{d.value: d for d in Direction}}
_ROLES: dict[str | None, Role | None] = {None: None, **{r.value: r for r in Role}}


@dataclass(frozen=True, slots=True)
class ClaimCache:
    """One folder of entries for one build of numcheck; `fingerprint` names that build."""

    root: Path
    fingerprint: str

    @classmethod
    def open(cls, root: str | Path | None = None) -> ClaimCache:
        """The cache under `root`; by default $NUMCHECK_CACHE_DIR, else .numcheck_cache in the working folder."""
        root = root if root is not None else os.environ.get("NUMCHECK_CACHE_DIR") or CACHE_FOLDER
        return cls(Path(root), extractor_fingerprint())

    @property
    def entries(self) -> Path:
        return self.root / self.fingerprint

    def key(self, data: bytes, *, markdown: bool, vocabulary_digest: str) -> str:
        """Everything that decides a file's claims, apart from its path: build, vocabulary, content."""
        digest = hashlib.sha256(f"{self.fingerprint}\0{vocabulary_digest}\0{int(markdown)}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.entries / key[:2] / key[2:]

    def load(self, key: str, path: str) -> tuple[Claim, ...] | None:
        """The claims stored under `key`, placed at `path`; None when absent, unreadable or damaged."""
        try:
            raw = self._entry(key).read_bytes()
        except OSError:
            return None
        return decode_claims(raw, path)

    def store(self, key: str, claims: Sequence[Claim]) -> None:
        """Keep the claims for later runs. A cache that cannot be written only costs time."""
        entry = self._entry(key)
        try:
            if not self.root.is_dir():
                self._create_root()
            data = encode_claims(claims)
            entry.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(entry, data)
        except (OSError, OverflowError):  # a full disk, a read-only tree, an integer msgpack cannot hold
            pass

    def _create_root(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        write_text_atomic(self.root / "CACHEDIR.TAG", _CACHEDIR_TAG)
        write_text_atomic(self.root / ".gitignore", "# Created by numcheck; safe to delete at any time.\n*\n")

    def prune(self, *, now: float | None = None) -> None:
        """Mark this build's entries as in use, and remove other builds' entries.

        Another build's folder stays while a run used it within STALE_AFTER_SECONDS, and only the
        OTHER_BUILDS_KEPT most recently used do: two installs sharing one tree (a hook and a
        development checkout) do not fight, and a checkout whose code changes all day (each
        change is a new build) does not pile up folders."""
        now = time.time() if now is None else now
        try:
            if self.entries.is_dir():
                os.utime(self.entries, (now, now))
            others = [p for p in self.root.iterdir() if p.is_dir() and not p.is_symlink()]
            others = [p for p in others if p.name != self.fingerprint]
            last_used = {build: build.stat().st_mtime for build in others}
        except OSError:
            return
        by_recency = sorted(others, key=lambda build: last_used[build], reverse=True)
        for rank, build in enumerate(by_recency):
            if rank >= OTHER_BUILDS_KEPT or now - last_used[build] > STALE_AFTER_SECONDS:
                shutil.rmtree(build, ignore_errors=True)


def encode_claims(claims: Sequence[Claim]) -> bytes:
    """One entry: a header line with the body's checksum, then the body in msgpack.

    msgpack, not pickle: loading an entry from a shared folder must never run code. It decodes
    five times faster than JSON here, and an entry is a tree of lists, strings and numbers."""
    sentences: dict[tuple[int, str], int] = {}
    rows: list[list[Any]] = []
    for claim in claims:
        index = sentences.setdefault((claim.sentence_start, claim.sentence), len(sentences))
        rows.append([index, *(getattr(claim, name) for name in _STORED)])
    body = packb({"schema": SCHEMA, "fields": _STORED, "sentences": [text for _, text in sentences], "claims": rows})
    return b"%s %d %s\n%s" % (_MAGIC, SCHEMA, hashlib.sha256(body).hexdigest().encode(), body)


def decode_claims(raw: bytes, path: str) -> tuple[Claim, ...] | None:
    """The claims of an entry, or None for anything but an intact entry of this schema."""
    header, _, body = raw.partition(b"\n")
    parts = header.split(b" ")
    if len(parts) != 3 or parts[0] != _MAGIC or parts[1] != b"%d" % SCHEMA:
        return None
    if hashlib.sha256(body).hexdigest().encode() != parts[2]:
        return None  # torn, truncated or edited: recompute rather than trust it
    try:
        entry = unpackb(body)
        if entry["schema"] != SCHEMA or tuple(entry["fields"]) != _STORED:
            return None
        sentences: list[str] = entry["sentences"]
        return tuple(_claim(row, path, sentences) for row in entry["claims"])
    except (UnpackException, ValueError, TypeError, KeyError, IndexError):
        return None  # well-formed by checksum yet not ours: still only a miss


def _claim(row: list[Any], path: str, sentences: list[str]) -> Claim:
    values = row[1:]
    if len(values) != len(_STORED):
        raise ValueError("an entry row has the wrong number of fields")
    values[_KIND] = _KINDS[values[_KIND]]
    values[_ENTITIES] = tuple(values[_ENTITIES])
    values[_DIRECTION] = _DIRECTIONS[values[_DIRECTION]]
    values[_ROLE] = _ROLES[values[_ROLE]]
    values.insert(_SENTENCE_SLOT, sentences[row[0]])
    return Claim(path, *values)


@cache
def extractor_fingerprint() -> str:
    """A digest of everything besides the file and the vocabulary that shapes extraction output:
    numcheck's version and its own files (so an edited checkout never reads stale claims),
    Python's version, and the installed versions of the libraries extraction relies on."""
    from numcheck import __version__

    digest = hashlib.sha256(f"{SCHEMA}\0{__version__}\0{sys.version_info[:2]}\0".encode())
    package = Path(__file__).parent
    for source in sorted([*package.rglob("*.py"), *(package / "data").glob("*")]):
        if not source.is_file():
            continue
        digest.update(str(source.relative_to(package)).encode() + b"\0")
        digest.update(source.read_bytes())
    for name in _installed_distributions():
        digest.update(name.encode() + b"\0")
    return digest.hexdigest()[:24]


def _installed_distributions() -> list[str]:
    """The dist-info names (which carry versions) beside the libraries extraction uses.

    Read from the folder listing: importlib.metadata alone costs a tenth of a second to import."""
    folders: set[Path] = set()
    for library in _LIBRARIES:
        spec = find_spec(library)
        if spec is not None and spec.origin is not None:
            folders.add(Path(spec.origin).parent.parent)
    names: list[str] = []
    for folder in sorted(folders):
        try:
            names += [name for name in os.listdir(folder) if name.endswith((".dist-info", ".egg-info"))]
        except OSError:
            continue
    return sorted(names)
