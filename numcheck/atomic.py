"""Writing files: atomically where numcheck owns the path, and never harming what the user points it at."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from numcheck.errors import NumcheckError

STANDARD_OUTPUT = "-"


def write_text_atomic(path: str | Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_chunks_atomic(path: str | Path, chunks: Iterable[str]) -> None:
    """Text that arrives in pieces, so a large report is never one string in memory."""
    _write_atomic(path, (chunk.encode("utf-8") for chunk in chunks))


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    _write_atomic(path, (data,))


def write_output(path: str, chunks: Iterable[str], *, inputs: Iterable[str] = (), what: str = "the output") -> None:
    """A report or baseline written where the user asked (--output, --html), without harming what is there.

    - `-` is standard output.
    - A FIFO, a terminal or another character device is written straight through: replacing it
      would turn `/dev/stdout` or a named pipe into a plain file.
    - A regular file (or a symlink to one) is replaced atomically, keeping the link and the file's
      mode; a hard-linked file is written in place, since a rename would split it from its twins.
    - A read-only file, a folder, a block device, or a document this run reads is refused.
    Every refusal and every failed write is a NumcheckError naming the path (exit 2)."""
    if path == STANDARD_OUTPUT:
        sys.stdout.writelines(chunks)
        return
    try:
        existing = os.stat(path)
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise _cannot(path, what, error) from None
    try:
        if existing is None:
            _write_atomic(path, _encoded(chunks))
            return
        _refuse_unsafe(path, existing, inputs, what)
        if stat.S_ISREG(existing.st_mode) and existing.st_nlink == 1:
            _write_atomic(os.path.realpath(path), _encoded(chunks), like=existing)
        else:
            _write_through(path, _encoded(chunks))
    except OSError as error:
        raise _cannot(path, what, error) from None


def _refuse_unsafe(path: str, existing: os.stat_result, inputs: Iterable[str], what: str) -> None:
    mode = existing.st_mode
    if stat.S_ISDIR(mode):
        raise NumcheckError(f"{path}: cannot write {what}: it is a folder")
    if stat.S_ISBLK(mode):
        raise NumcheckError(f"{path}: cannot write {what}: it is a block device")
    if not stat.S_ISREG(mode):
        return  # a FIFO, terminal or socket: written through, so nothing is replaced
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise NumcheckError(f"{path}: cannot write {what}: the file is read-only")
    for document in inputs:
        try:
            read = os.stat(document)
        except OSError:
            continue
        if (read.st_dev, read.st_ino) == (existing.st_dev, existing.st_ino):
            raise NumcheckError(f"{path}: cannot write {what}: it is a document this run reads ({document})")


def _cannot(path: str, what: str, error: OSError) -> NumcheckError:
    return NumcheckError(f"{path}: cannot write {what}: {error.strerror or error}")


def _encoded(chunks: Iterable[str]) -> Iterable[bytes]:
    return (chunk.encode("utf-8") for chunk in chunks)


def _write_through(path: str, pieces: Iterable[bytes]) -> None:
    """Open what is there and write into it: no new file, no rename, no change of mode or links."""
    with open(path, "wb") as stream:
        stream.writelines(pieces)


def _write_atomic(path: str | Path, pieces: Iterable[bytes], like: os.stat_result | None = None) -> None:
    """Write beside the target, then rename over it: the rename is atomic on POSIX and Windows.

    The result gets the mode (and, where allowed, the owner) of the file it replaces, `like`;
    a new file gets the mode a plain open() would give it."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.writelines(pieces)
        if like is None:
            umask = os.umask(0)  # mkstemp makes 0600 files
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        else:
            os.chmod(temporary, stat.S_IMODE(like.st_mode))
            if hasattr(os, "chown") and (like.st_uid, like.st_gid) != (os.getuid(), os.getgid()):
                # only root may give a file away; without that the content still lands
                with contextlib.suppress(PermissionError):
                    os.chown(temporary, like.st_uid, like.st_gid)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
