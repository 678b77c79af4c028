"""Claim cache: the claims extracted from each file, keyed by its content, kept in .numcheck_cache/."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import sys
import tempfile
import time
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from enum import StrEnum
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any, NoReturn

from msgpack import UnpackException, packb, unpackb

from numcheck.atomic import write_bytes_atomic, write_text_atomic
from numcheck.evidence import Evidence
from numcheck.model import Claim
from numcheck.scanning import LazyPattern

CACHE_FOLDER = ".numcheck_cache"
# Bump when the entry layout below changes; older entries then simply stop matching.
SCHEMA = 5  # 2: entries signed whole; 3: claims gained `per` and `noun`; 4: and their evidence; 5: a row's kind
_MAGIC = b"numcheck-claims"
# https://bford.info/cachedir/: backup tools that honour the tag skip the folder. Its exact text
# is also how numcheck knows a folder is its own: prune never touches a root without it.
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by numcheck.\n"
    "# For information about cache directory tags, see https://bford.info/cachedir/\n"
)
# In each build folder, written when numcheck creates it: the second proof of ownership.
BUILD_MARKER = ".numcheck-build"
_BUILD_MARKER_TEXT = "numcheck claim cache build folder; safe to delete\n"
# The key that signs entries, readable by its owner only: an entry someone else wrote into a
# shared folder, or an entry moved to another file's slot, fails the signature and is re-extracted.
_SECRET_FILE = ".numcheck-secret"
# What numcheck names the things it creates, so prune can tell them from anything else.
_BUILD_NAME = LazyPattern(r"[0-9a-f]{24}")
_SHARD_NAME = LazyPattern(r"[0-9a-f]{2}")
# What a numcheck process writing a new root has there before the tag lands (atomic writes' temporaries).
_ROOT_FILE_BEING_WRITTEN = LazyPattern(r"\.(?:CACHEDIR\.TAG|gitignore|numcheck-secret)\.[A-Za-z0-9_]+\.tmp")
_ENTRY_NAME = LazyPattern(r"[0-9a-f]{62}|\.[0-9a-f]{62}\.[A-Za-z0-9_]+\.tmp")
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


@dataclass(frozen=True, slots=True)
class ClaimCache:
    """One folder of entries for one build of numcheck; `fingerprint` names that build.

    `enabled` is False when the folder asked for belongs to someone else and so does the
    fallback inside it: numcheck then neither reads nor writes a cache."""

    root: Path
    fingerprint: str
    enabled: bool = True

    @classmethod
    def open(cls, root: str | Path | None = None) -> ClaimCache:
        """The cache under `root`; by default $NUMCHECK_CACHE_DIR, else .numcheck_cache in the working folder.

        A folder that already holds other things and is not a numcheck cache (`~/.cache`, `.`)
        gets the cache in a .numcheck_cache folder inside it, never among its own files."""
        asked = Path(root if root is not None else os.environ.get("NUMCHECK_CACHE_DIR") or CACHE_FOLDER)
        fingerprint = extractor_fingerprint()
        if _may_use(asked):
            return cls(asked, fingerprint)
        nested = asked / CACHE_FOLDER
        return cls(nested, fingerprint, enabled=_may_use(nested))

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
        """The claims stored under `key`, placed at `path`; None when absent, unreadable, damaged or forged."""
        if not self.enabled:
            return None
        secret = _secret(self.root, create=False)
        if secret is None:
            return None
        try:
            raw = self._entry(key).read_bytes()
        except OSError:
            return None
        return decode_claims(raw, path, key=key, secret=secret)

    def store(self, key: str, claims: Sequence[Claim]) -> None:
        """Keep the claims for later runs. A cache that cannot be written only costs time."""
        if not self.enabled:
            return
        entry = self._entry(key)
        try:
            if not _is_ours(self.root):
                self._create_root()
            secret = _secret(self.root, create=True)
            if secret is None:
                return
            if not (self.entries / BUILD_MARKER).is_file():
                self.entries.mkdir(exist_ok=True)
                write_text_atomic(self.entries / BUILD_MARKER, _BUILD_MARKER_TEXT)
            data = encode_claims(claims, key=key, secret=secret)
            entry.parent.mkdir(exist_ok=True)
            write_bytes_atomic(entry, data)
        except (OSError, OverflowError):  # a full disk, a read-only tree, an integer msgpack cannot hold
            pass

    def _create_root(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        if not _may_use(self.root):  # filled by someone else since open(): leave it alone
            raise OSError(f"{self.root} is not a numcheck cache")
        # The tag first: another numcheck process starting now sees an empty folder, one of these
        # files half-written (its temporary name), or the tag, and never takes the folder for a stranger's.
        write_text_atomic(self.root / "CACHEDIR.TAG", _CACHEDIR_TAG)
        write_text_atomic(self.root / ".gitignore", "# Created by numcheck; safe to delete at any time.\n*\n")

    def prune(self, *, now: float | None = None) -> None:
        """Mark this build's entries as in use, and remove other builds' entries.

        Another build's folder stays while a run used it within STALE_AFTER_SECONDS, and only the
        OTHER_BUILDS_KEPT most recently used do: two installs sharing one tree (a hook and a
        development checkout) do not fight, and a checkout whose code changes all day (each
        change is a new build) does not pile up folders.

        Only what numcheck provably created is ever deleted: the root must carry numcheck's
        CACHEDIR.TAG, a build folder must have a build's name and its marker file, and inside it
        only files named as entries are removed. Anything else, anywhere, is left as it is."""
        if not self.enabled or not _is_ours(self.root):
            return
        now = time.time() if now is None else now
        try:
            if self.entries.is_dir():
                os.utime(self.entries, (now, now))
            others = [build for build in _builds(self.root) if build.name != self.fingerprint]
            last_used = {build: build.stat().st_mtime for build in others}
        except OSError:
            return
        by_recency = sorted(others, key=lambda build: last_used[build], reverse=True)
        for rank, build in enumerate(by_recency):
            if rank >= OTHER_BUILDS_KEPT or now - last_used[build] > STALE_AFTER_SECONDS:
                _remove_build(build)


def _is_ours(root: Path) -> bool:
    """A folder numcheck made into a cache: it holds numcheck's CACHEDIR.TAG, word for word."""
    try:
        with open(root / "CACHEDIR.TAG", "rb") as tag:
            return tag.read(len(_CACHEDIR_TAG) + 1) == _CACHEDIR_TAG.encode()
    except OSError:
        return False


def _may_use(root: Path) -> bool:
    """A root numcheck may write into: its own cache, an empty folder, or nothing yet."""
    if root.is_symlink() and not root.is_dir():
        return False
    if not root.exists():
        return True
    if not root.is_dir():
        return True  # a file in the way: writes fail, which only costs time
    if _is_ours(root):
        return True
    try:
        with os.scandir(root) as listing:
            if all(_ROOT_FILE_BEING_WRITTEN.fullmatch(item.name) for item in listing):
                return True
    except OSError:
        return False
    # Another numcheck process may have put its tag in place, and gone on to write entries, between
    # the look at the tag above and this listing: the tag is written first, so look at it again.
    return _is_ours(root)


def _builds(root: Path) -> list[Path]:
    """The build folders numcheck made under its root: named as builds, real folders, marked."""
    found = []
    with os.scandir(root) as listing:
        for item in listing:
            if not _BUILD_NAME.fullmatch(item.name) or not item.is_dir(follow_symlinks=False):
                continue
            marker = Path(item.path) / BUILD_MARKER
            try:
                if marker.is_symlink() or marker.read_text(encoding="utf-8") != _BUILD_MARKER_TEXT:
                    continue
            except (OSError, UnicodeDecodeError):
                continue
            found.append(Path(item.path))
    return found


def _remove_build(build: Path) -> None:
    """Delete a build's entries one by one, then the folders if nothing else is left in them."""
    try:
        with os.scandir(build) as shards:
            for shard in shards:
                if _SHARD_NAME.fullmatch(shard.name) and shard.is_dir(follow_symlinks=False):
                    _remove_entries(Path(shard.path))
        (build / BUILD_MARKER).unlink()
        build.rmdir()  # fails, harmlessly, when something not ours is inside
    except OSError:
        pass


def _remove_entries(shard: Path) -> None:
    with os.scandir(shard) as entries:
        for entry in entries:
            if _ENTRY_NAME.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
    with contextlib.suppress(OSError):
        shard.rmdir()


# Each root's key, once read: a run reads it once, not once per file.
_SECRETS: dict[Path, bytes] = {}


def _secret(root: Path, *, create: bool) -> bytes | None:
    """The root's signing key, made on first use (readable by its owner only); None if unavailable."""
    if root in _SECRETS:
        return _SECRETS[root]
    path = root / _SECRET_FILE
    try:
        return _remember(root, _read_secret(path))
    except FileNotFoundError:
        if not create:
            return None
    except OSError:
        return None
    try:
        # Written whole under another name, then linked into place: a second process either
        # wins the link or reads the winner's key, never half of one.
        handle, temporary = tempfile.mkstemp(dir=root, prefix=f"{_SECRET_FILE}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(secrets.token_bytes(32))
            with contextlib.suppress(FileExistsError):
                os.link(temporary, path)
        finally:
            os.unlink(temporary)
        return _remember(root, _read_secret(path))
    except OSError:
        return None


def _remember(root: Path, secret: bytes | None) -> bytes | None:
    if secret is not None:
        _SECRETS[root] = secret
    return secret


def _read_secret(path: Path) -> bytes | None:
    if path.is_symlink():
        return None
    data = path.read_bytes()
    return data if len(data) == 32 else None


def _signature(secret: bytes, key: str, body: bytes) -> bytes:
    """Covers the whole entry: its schema, the key it was stored under, and every byte of its body."""
    return hmac.new(secret, b"%s %d %s\n%s" % (_MAGIC, SCHEMA, key.encode(), body), hashlib.sha256).hexdigest().encode()


def encode_claims(claims: Sequence[Claim], *, key: str = "", secret: bytes = b"") -> bytes:
    """One entry: a header line with the entry's signature, then the body in msgpack.

    msgpack, not pickle: loading an entry from a shared folder must never run code. It decodes
    five times faster than JSON here, and an entry is a tree of lists, strings and numbers."""
    sentences: dict[tuple[int, str], int] = {}
    rows: list[list[Any]] = []
    for claim in claims:
        index = sentences.setdefault((claim.sentence_start, claim.sentence), len(sentences))
        rows.append([index, *stored_fields(claim)])
    body = packb({"schema": SCHEMA, "fields": _STORED, "sentences": [text for _, text in sentences], "claims": rows})
    return b"%s %d %s\n%s" % (_MAGIC, SCHEMA, _signature(secret, key, body), body)


def stored_fields(claim: Claim) -> list[Any]:
    """A claim's _STORED fields as msgpack takes them: enums pack as str, tuples as lists, and the
    evidence as its own list (Evidence.encode)."""
    values = [getattr(claim, name) for name in _STORED]
    evidence = values[_EVIDENCE]
    values[_EVIDENCE] = None if evidence is None else evidence.encode()
    return values


def decode_claims(raw: bytes, path: str, *, key: str = "", secret: bytes = b"") -> tuple[Claim, ...] | None:
    """The claims of an entry, or None for anything but an intact, signed entry of this schema."""
    header, _, body = raw.partition(b"\n")
    parts = header.split(b" ")
    if len(parts) != 3 or parts[0] != _MAGIC or parts[1] != b"%d" % SCHEMA:
        return None
    if not hmac.compare_digest(_signature(secret, key, body), parts[2]):
        return None  # torn, truncated, edited, forged or moved: recompute rather than trust it
    try:
        entry = unpackb(body)
        if not isinstance(entry, dict) or entry.get("schema") != SCHEMA or tuple(entry.get("fields", ())) != _STORED:
            return None
        sentences = entry["sentences"]
        rows = entry["claims"]
        if not isinstance(sentences, list) or not isinstance(rows, list):
            return None
        if not all(isinstance(text, str) for text in sentences):
            return None
        return tuple(_claim(row, path, sentences) for row in rows)
    except (UnpackException, ValueError, TypeError, KeyError, IndexError, RecursionError):
        return None  # signed yet not a valid entry: still only a miss


def _claim(row: Any, path: str, sentences: list[str]) -> Claim:
    if not isinstance(row, list) or len(row) != len(_STORED) + 1:
        raise ValueError("an entry row has the wrong number of fields")
    index = row[0]
    if type(index) is not int or not 0 <= index < len(sentences):
        raise ValueError("an entry row names no sentence")
    values = [_DECODERS[name](value) for name, value in zip(_STORED, row[1:], strict=True)]
    values.insert(_SENTENCE_SLOT, sentences[index])
    return Claim(path, *values)


# --- one encoder and one checking decoder per claim field, derived from Claim's type hints ------
# msgpack has no enums or tuples, and an entry from disk is untrusted: every field is checked
# against its declared type on the way in, so a wrong type is a miss, never a crash later on.


def _check_type(expected: type) -> Callable[[Any], Any]:
    if expected is float:
        return _as_float
    if expected is bool:
        return lambda value: _exactly(value, bool)
    if expected in (int, str):
        return lambda value: _exactly(value, expected)
    if expected is Evidence:
        return Evidence.decode  # checks every field's type itself
    if isinstance(expected, type) and issubclass(expected, StrEnum):
        members = {member.value: member for member in expected}
        return lambda value: members[value] if isinstance(value, str) else _wrong(value)
    raise TypeError(f"the claim cache cannot store a field of type {expected!r}: add its decoder")


def _exactly(value: Any, expected: type) -> Any:
    return value if type(value) is expected else _wrong(value)


def _as_float(value: Any) -> float:
    if isinstance(value, float | int) and not isinstance(value, bool):
        return value
    return _wrong(value)


def _wrong(value: Any) -> NoReturn:
    raise TypeError(f"a cache entry holds a {type(value).__name__} where the claim has another type")


def _decoder(hint: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(hint)
    arguments = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType) and type(None) in arguments:
        (inner,) = [argument for argument in arguments if argument is not type(None)]
        decode = _decoder(inner)
        return lambda value: None if value is None else decode(value)
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        item = _decoder(arguments[0])
        return lambda value: tuple(item(part) for part in value) if isinstance(value, list) else _wrong(value)
    return _check_type(hint)


_HINTS = typing.get_type_hints(Claim, localns={"Evidence": Evidence})
_DECODERS = {name: _decoder(_HINTS[name]) for name in _STORED}
_EVIDENCE = _STORED.index("evidence")


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
