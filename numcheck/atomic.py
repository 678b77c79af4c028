"""Atomic writes: a reader, or a second numcheck process, never sees half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_text_atomic(path: str | Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def write_chunks_atomic(path: str | Path, chunks: Iterable[str]) -> None:
    """Text that arrives in pieces, so a large report is never one string in memory."""
    _write_atomic(path, (chunk.encode("utf-8") for chunk in chunks))


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    _write_atomic(path, (data,))


def _write_atomic(path: str | Path, pieces: Iterable[bytes]) -> None:
    """Write beside the target, then rename over it: the rename is atomic on POSIX and Windows."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.writelines(pieces)
        # mkstemp makes 0600 files; give the result the mode a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
