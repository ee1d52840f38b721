"""What a batch has done so far: counts for the summary line, and a progress line on a
terminal (documents, claims, failures, rate), redrawn in place at most a few times a second.

Plain writes to stderr, no dependency: the line is drawn only when the stream is a
terminal, so logs and pipes get nothing but the final summary.

>>> from sinorus_facts.models import DocumentError, DocumentResult, DocumentWarning
>>> stats = BatchStats()
>>> stats.add(DocumentResult(doc_id="a", language="en"))
>>> greek = DocumentWarning(document="b", kind="not_english", message="the text looks other")
>>> stats.add(DocumentResult(doc_id="b", language="other", warnings=(greek,)))
>>> stats.add(DocumentResult(doc_id="c", error=DocumentError(document="c", stage="read", reason="no such file")))
>>> stats.summary()
'0 claims from 3 documents, 1 without figures; 1 not in English (no claims); 1 failed (first: c: read: no such file)'
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from sinorus_facts.models import DocumentError, DocumentResult, DocumentWarning

__all__ = ["BatchStats", "ProgressLine", "clear_drawn"]

# Seconds between two redraws of the progress line.
REDRAW_EVERY = 0.25

# How the summary names the documents with a warning of each kind (not_english has its
# place in the main line).
WARNING_LINES = {
    "skipped_file": ("file skipped", "files skipped"),
    "no_date": ("document without a publication date", "documents without a publication date"),
    "text_cut": ("text cut", "texts cut"),
}


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


@dataclass
class BatchStats:
    """Counts of a batch so far (constant memory: only the first error is kept)."""

    documents: int = 0
    claims: int = 0
    failed: int = 0
    not_english: int = 0
    without_figures: int = 0
    first_error: DocumentError | None = None
    warned: dict[str, int] = field(default_factory=dict)
    first_warning: dict[str, DocumentWarning] = field(default_factory=dict)
    parts: int = 0  # the parts read so far of a long document not read to its end

    @property
    def skipped(self) -> int:
        """Files not read (of a format the library does not read)."""
        return self.warned.get("skipped_file", 0)

    def add(self, result: DocumentResult) -> None:
        """Count one document's result (a skipped file is not a document), or the claims
        of a part of a long document (``result.more``)."""
        if result.more:
            self.claims += len(result.claims)
            self.parts += 1
            return
        self.parts = 0
        for kind in dict.fromkeys(w.kind for w in result.warnings):
            self.warned[kind] = self.warned.get(kind, 0) + 1
        for warning in result.warnings:
            self.first_warning.setdefault(warning.kind, warning)
        if (
            any(w.kind == "skipped_file" for w in result.warnings)
            and result.error is None
            and not result.claims
        ):
            return
        self.documents += 1
        self.claims += len(result.claims)
        if result.error is not None:
            self.failed += 1
            self.first_error = self.first_error or result.error
        elif any(w.kind == "not_english" for w in result.warnings):
            self.not_english += 1
        elif not result.claims:
            self.without_figures += 1

    def summary(self) -> str:
        """One line: claims, documents, those without figures, texts not in English,
        files skipped, failures and the first one."""
        line = f"{_count(self.claims, 'claim')} from {_count(self.documents, 'document')}"
        if self.without_figures:
            line += f", {self.without_figures} without figures"
        if self.not_english:
            line += f"; {self.not_english} not in English (no claims)"
        if self.skipped:
            line += f"; {self.skipped} {'file' if self.skipped == 1 else 'files'} skipped (not supported)"
        if self.first_error is not None:
            first = self.first_error
            line += (
                f"; {self.failed} failed (first: {first.document}: {first.stage}: {first.reason})"
            )
        return line

    def warning_lines(self) -> list[str]:
        """A line for each kind of warning seen: how many documents, and the first.

        >>> stats = BatchStats()
        >>> stats.add(DocumentResult(doc_id="a.pdf", warnings=(DocumentWarning(
        ...     document="a.pdf", kind="skipped_file", message="skipped 'a.pdf': not supported (PDF)"),)))
        >>> stats.warning_lines()
        ["1 file skipped (first: skipped 'a.pdf': not supported (PDF))"]
        """
        lines = []
        for kind, (one, many) in WARNING_LINES.items():
            count = self.warned.get(kind, 0)
            if count:
                first = self.first_warning[kind]
                where = "" if kind == "skipped_file" else f"{first.document}: "
                lines.append(
                    f"{count} {one if count == 1 else many} (first: {where}{first.message})"
                )
        return lines


# The progress line drawn now, if any (cleared before the message of Ctrl-C).
_DRAWN: list[ProgressLine] = []


def clear_drawn() -> None:
    """Blank the progress line drawn now, if any, so that a message starts a line of its own."""
    for line in list(_DRAWN):
        try:
            line.clear()
        except (OSError, ValueError):  # the stream is gone
            _DRAWN.remove(line)


class ProgressLine:
    """A line on a terminal, redrawn in place; does nothing when ``enabled`` is False."""

    def __init__(
        self, stream: TextIO, *, enabled: bool, clock: Callable[[], float] = time.monotonic
    ) -> None:
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
        line = (
            f"{stats.documents} documents, {stats.claims} claims, {stats.failed} failed, "
            f"{stats.documents / elapsed:.1f} documents/s"
        )
        if stats.parts:
            line += f"; a long document: {stats.parts} parts read"
        self._width = max(self._width, 1)  # (a line half drawn is cleared too)
        if self not in _DRAWN:
            _DRAWN.append(self)
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Blank the line (before another message is written to the stream)."""
        if self.enabled and self._width:
            width, self._width, self._drawn_at = self._width, 0, None
            if self in _DRAWN:
                _DRAWN.remove(self)
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()

    def close(self, stats: BatchStats) -> None:
        """Draw the final counts and end the line."""
        if self.enabled:
            self.update(stats, force=True)
            if self in _DRAWN:
                _DRAWN.remove(self)
            self.stream.write("\n")
            self.stream.flush()
