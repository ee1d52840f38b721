"""What a batch has done so far: counts for the summary line, and a progress line on a
terminal (documents, claims, failures, rate), redrawn in place at most a few times a second.

Plain writes to stderr, no dependency: the line is drawn only when the stream is a
terminal, so logs and pipes get nothing but the final summary.

>>> from sinorus_facts.models import DocumentError, DocumentResult
>>> stats = BatchStats()
>>> stats.add(DocumentResult(doc_id="a", language="en"))
>>> stats.add(DocumentResult(doc_id="b", language="cyrillic"))
>>> stats.add(DocumentResult(doc_id="c", error=DocumentError(document="c", stage="read", reason="no such file")))
>>> stats.summary()
'3 documents, 0 claims; 1 not in English (no claims); 1 failed (first: c: read: no such file)'
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from sinorus_facts.models import DocumentError, DocumentResult

__all__ = ["BatchStats", "ProgressLine"]

# Seconds between two redraws of the progress line.
REDRAW_EVERY = 0.25


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


@dataclass
class BatchStats:
    """Counts of a batch so far (constant memory: only the first error is kept)."""

    documents: int = 0
    claims: int = 0
    failed: int = 0
    not_english: int = 0
    first_error: DocumentError | None = None

    def add(self, result: DocumentResult) -> None:
        """Count one document's result."""
        self.documents += 1
        self.claims += len(result.claims)
        if result.error is not None:
            self.failed += 1
            self.first_error = self.first_error or result.error
        elif result.language not in (None, "en"):
            self.not_english += 1

    def summary(self) -> str:
        """One line: documents, claims, texts not in English, failures and the first one."""
        line = f"{_count(self.documents, 'document')}, {_count(self.claims, 'claim')}"
        if self.not_english:
            line += f"; {self.not_english} not in English (no claims)"
        if self.first_error is not None:
            first = self.first_error
            line += f"; {self.failed} failed (first: {first.document}: {first.stage}: {first.reason})"
        return line


class ProgressLine:
    """A line on a terminal, redrawn in place; does nothing when ``enabled`` is False."""

    def __init__(self, stream: TextIO, *, enabled: bool, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.enabled, self.clock = stream, enabled, clock
        self.started = clock()
        self._drawn_at: float | None = None
        self._width = 0

    def update(self, stats: BatchStats, *, force: bool = False) -> None:
        """Redraw the line if enough time has passed since the last time (or ``force``)."""
        if not self.enabled:
            return
        now = self.clock()
        if not force and self._drawn_at is not None and now - self._drawn_at < REDRAW_EVERY:
            return
        self._drawn_at = now
        elapsed = max(now - self.started, 1e-9)
        line = (f"{stats.documents} documents, {stats.claims} claims, {stats.failed} failed, "
                f"{stats.documents / elapsed:.1f} documents/s")
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Blank the line (before another message is written to the stream)."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
            self._drawn_at = None

    def close(self, stats: BatchStats) -> None:
        """Draw the final counts and end the line."""
        if self.enabled:
            self.update(stats, force=True)
            self.stream.write("\n")
            self.stream.flush()
