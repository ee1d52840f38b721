"""Reading files with a bound: only regular files (a FIFO would block for ever, a device
such as /dev/zero never end), at most :data:`MAX_FILE_BYTES` of them, gzip-compressed ones
decompressed (with the same bound), and corpora a line at a time, each line bounded.

>>> read_bytes(Path("/dev/zero"))
Traceback (most recent call last):
...
sinorus_facts.errors.InputError: '/dev/zero' is not a regular file (a pipe, socket or device): give a file
"""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sinorus_facts.errors import InputError

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_LINE_BYTES",
    "bounded_lines",
    "check_regular",
    "read_bytes",
    "size_text",
]

# The most bytes a document file may hold (and a gzip-compressed one give): a file larger
# than this is no article, and reading it whole could exhaust memory. A JSONL corpus is
# read a line at a time, each line at most MAX_LINE_BYTES.
MAX_FILE_BYTES = 128 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024 * 1024

# The first bytes of a gzip stream.
GZIP_MAGIC = b"\x1f\x8b"


def size_text(size: int) -> str:
    """A number of bytes for a message.

    >>> size_text(64 * 2**20), size_text(200)
    ('64 MB', '200 bytes')
    """
    return f"{size // 2**20} MB" if size >= 2**20 else f"{size} bytes"


def check_regular(path: Path) -> None:
    """An :class:`InputError` unless ``path`` is a regular file (a FIFO would block for
    ever, a device such as /dev/zero never end)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}") from exc
    if stat.S_ISDIR(mode):
        raise InputError(f"'{path}' is a directory; give a file, or use iter_paths()")
    if not stat.S_ISREG(mode):
        raise InputError(f"'{path}' is not a regular file (a pipe, socket or device): give a file")


def _gunzip(data: bytes, path: Path) -> bytes:
    """The bytes of a gzip-compressed file, at most :data:`MAX_FILE_BYTES` of them."""
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflate.decompress(data, MAX_FILE_BYTES + 1)
    except zlib.error as exc:
        raise InputError(f"'{path}' is gzip-compressed but cannot be decompressed ({exc})") from exc
    if len(out) > MAX_FILE_BYTES:
        raise InputError(
            f"'{path}' decompresses to more than {size_text(MAX_FILE_BYTES)}: split it"
        )
    return out


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file, at most :data:`MAX_FILE_BYTES`, decompressed when it is
    gzip-compressed."""
    check_regular(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read '{path}': {exc.strerror or exc}") from exc
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            f"'{path}' is larger than {size_text(MAX_FILE_BYTES)}, more than a document: split it"
        )
    return _gunzip(data, path) if data.startswith(GZIP_MAGIC) else data


def bounded_lines(handle: BinaryIO) -> Iterator[bytes | None]:
    """The lines of a file; None in place of a line longer than :data:`MAX_LINE_BYTES`
    (read past, never held)."""
    while line := handle.readline(MAX_LINE_BYTES + 1):
        if len(line) <= MAX_LINE_BYTES or line.endswith(b"\n"):
            yield line
            continue
        while (more := handle.readline(MAX_LINE_BYTES)) and not more.endswith(b"\n"):
            pass
        yield None
