"""The command line's output files: checked before anything is opened, written under a
temporary name beside them and moved into place only when the run reaches its end.

So an output that is one of the inputs is refused before the input is touched, and a run
that fails on the way (an unknown model, an unwritable ``--errors`` file, Ctrl-C,
``--strict``) leaves the file that was there as it was. A special file (``/dev/null``,
``/dev/stdout``, a pipe) is written directly: it cannot be replaced.

>>> check_outputs(["corpus.jsonl"], {"-o": "corpus.jsonl"})
Traceback (most recent call last):
...
sinorus_facts.errors.SinorusError: -o 'corpus.jsonl' is one of the inputs: it would be overwritten; write elsewhere
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from sinorus_facts.errors import SinorusError
from sinorus_facts.ingest.reading import READABLE_SUFFIXES

if TYPE_CHECKING:  # pragma: no cover
    from typing_extensions import Self

__all__ = ["OutputFile", "check_outputs"]


def _same(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _read_as_input(output: Path, given: Path) -> bool:
    """Whether the run would read ``output`` as one of its documents: it is ``given``, or
    an existing file with a readable suffix inside the folder ``given``."""
    if _same(output, given):
        return True
    if not (given.is_dir() and output.is_file() and output.suffix.lower() in READABLE_SUFFIXES):
        return False
    return given.resolve() in output.resolve().parents


def check_outputs(inputs: list[str], outputs: dict[str, str | None]) -> None:
    """A :class:`SinorusError` for an output (by option: ``{"-o": path}``) that is one of
    the inputs, names the same file as another output, is a folder, or lies in a folder
    that does not exist or cannot be written."""
    given = {option: Path(path) for option, path in outputs.items() if path}
    for option, path in given.items():
        for source in inputs:
            if _read_as_input(path, Path(source)):
                raise SinorusError(
                    f"{option} '{path}' is one of the inputs: it would be overwritten; write elsewhere"
                )
        if path.is_dir():
            raise SinorusError(f"cannot write '{path}': Is a directory")
        folder = path.parent
        if not folder.is_dir():
            raise SinorusError(f"cannot write '{path}': No such file or directory")
        if not path.exists() and not os.access(folder, os.W_OK | os.X_OK):
            raise SinorusError(f"cannot write '{path}': Permission denied")
    options = list(given)
    for number, option in enumerate(options):
        for other in options[number + 1 :]:
            if _same(given[option], given[other]):
                raise SinorusError(
                    f"{option} and {other} name the same file '{given[option]}'; give two files"
                )


def _creation_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


class OutputFile:
    """A text file written under a temporary name in its folder and moved into place by
    :meth:`commit`; left out (the old file untouched) when the block ends without it.

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "claims.jsonl"
    >>> with OutputFile(target) as out:
    ...     _ = out.handle.write("{}\\n")
    ...     target.exists()
    ...     out.commit()
    False
    >>> target.read_text()
    '{}\\n'
    """

    def __init__(self, path: str | os.PathLike[str], *, newline: str | None = None) -> None:
        self.path = Path(path)
        self.newline = newline
        self._temporary: Path | None = None
        self._handle: TextIO | None = None

    @property
    def handle(self) -> TextIO:
        """The open file to write to."""
        if self._handle is None:
            raise SinorusError(f"'{self.path}' is not open")
        return self._handle

    def __enter__(self) -> Self:
        try:
            special = self.path.exists() and not stat.S_ISREG(os.stat(self.path).st_mode)
        except OSError:
            special = False
        if special:  # /dev/null, /dev/stdout, a pipe: written as it is
            self._handle = open(self.path, "w", encoding="utf-8", newline=self.newline)
            return self
        descriptor, name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent
        )
        self._temporary = Path(name)
        try:
            mode = (
                stat.S_IMODE(os.stat(self.path).st_mode) if self.path.exists() else _creation_mode()
            )
            os.chmod(descriptor, mode)
        except OSError:
            pass
        self._handle = os.fdopen(descriptor, "w", encoding="utf-8", newline=self.newline)
        return self

    def commit(self) -> None:
        """Close the file and move it into place."""
        handle = self.handle
        handle.close()
        if self._temporary is not None:
            os.replace(self._temporary, self.path)
            self._temporary = None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._handle is not None and not self._handle.closed:
            self._handle.close()
        if self._temporary is not None:
            self._temporary.unlink(missing_ok=True)
            self._temporary = None
