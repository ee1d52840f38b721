"""Scans of a long text by a regular expression, each done once per document.

The document stage looks words up before and after a figure: the last speaker named, the
body "the ministry" stands for, where a source is named, the quotation marks of a
paragraph. Done as ``pattern.finditer(text, start, end)`` for every figure, each lookup
reads the article up to the figure, and a document's work grows with its square. While
``indexed(text)`` is open, :func:`scan` and :func:`scan_back` answer the same question from
one scan of the text per pattern, which goes on from where it stopped as later positions
are asked: a lookup costs what lies between its ends, not the article before it.

They give exactly the matches of ``pattern.finditer(text, start, end)`` (forward, or newest
first), provided no match, and no attempt at one, reads more than :data:`SCAN_MARGIN`
characters past where it starts (a name, a speech verb, a quotation mark: the patterns of
the document stage read a few words). The ends of a range are read again from the text:
the last :data:`SCAN_MARGIN` characters before ``end``, and, where a match of the scan
straddles ``start``, from ``start`` until the two scans meet. Matches more than
:data:`KEPT_BEHIND` characters behind the furthest position asked are dropped; a range that
begins there is read from the text directly (the same matches, the old cost). Without
``indexed`` both are plain ``finditer``.

>>> import re
>>> text = "Li said. Zhang said. Wang said."
>>> pattern = re.compile(r"[A-Z]\\w+ said")
>>> with indexed(text):
...     [m.group(0) for m in scan(pattern, text, 0, 31)], [m.group(0) for m in scan_back(pattern, text, 2, 31)]
(['Li said', 'Zhang said', 'Wang said'], ['Wang said', 'Zhang said'])
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from contextlib import contextmanager
from re import Match, Pattern

__all__ = ["KEPT_BEHIND", "SCAN_MARGIN", "indexed", "scan", "scan_back"]

# How far past its start a match, or an attempt at one, of a pattern used with these scans
# reads (see the module's doc): a few words.
SCAN_MARGIN = 400

# How far behind the furthest position asked the matches of a scan are kept: more than any
# reach of the document stage (``context.sources.credit.SOURCE_REACH``).
KEPT_BEHIND = 60_000

# Pruned matches are let go in batches of at least this many.
PRUNE_BATCH = 4096


class _Index:
    """One scan of ``text`` by ``pattern`` from ``base`` on, advanced as far as asked. Its
    matches are numbered from the first found; those dropped leave their numbers unused."""

    def __init__(self, pattern: Pattern[str], text: str, base: int) -> None:
        self.pattern, self.text = pattern, text
        self._scan = pattern.finditer(text, base)
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.matches: list[Match[str]] = []
        self.dropped = 0  # how many matches were dropped from the front
        self.floor = base  # no match starting before this is kept
        self.done = False
        self.broken = False  # an empty match: the scans give up and read the text
        self.furthest = base

    def _pull_one(self) -> bool:
        """Scan on to the next match; False at the end of the text."""
        found = next(self._scan, None) if not self.done else None
        if found is None:
            self.done = True
            return False
        if found.end() == found.start():
            self.done = self.broken = True
            return False
        self.starts.append(found.start())
        self.ends.append(found.end())
        self.matches.append(found)
        return True

    def pull(self, position: int) -> None:
        """Scan on until a match starts at or after ``position`` (or the text ends)."""
        while (not self.starts or self.starts[-1] < position) and self._pull_one():
            pass

    def get(self, number: int) -> Match[str] | None:
        """Match ``number`` (scanning on to it); None past the end or once dropped."""
        local = number - self.dropped
        if local < 0:
            return None
        while len(self.starts) <= local:
            if not self._pull_one():
                return None
        return self.matches[local]

    def usable(self, start: int, end: int) -> bool:
        """Whether the index answers for ``text[start:end]``; drops what lies too far behind."""
        if self.broken or start < self.floor + (SCAN_MARGIN if self.floor else 0):
            return False
        if end > self.furthest:
            self.furthest = end
            limit = end - KEPT_BEHIND
            drop = bisect.bisect_left(self.starts, limit)
            if drop >= PRUNE_BATCH:
                # new lists: a lookup still going on keeps the old ones
                self.starts, self.ends = self.starts[drop:], self.ends[drop:]
                self.matches = self.matches[drop:]
                self.dropped += drop
                self.floor = limit
        return True

    def _synced(self, start: int, end: int) -> tuple[list[Match[str]], int]:
        """Where a match of the scan straddles ``start``: the matches from ``start`` read
        from the text until they meet the scan's; and the number of the scan's match that
        follows them (-1 when they never meet before ``end``)."""
        self.pull(start)
        first = bisect.bisect_right(self.ends, start)
        if first >= len(self.starts) or self.starts[first] >= start:
            return [], first + self.dropped
        read: list[Match[str]] = []
        for found in self.pattern.finditer(self.text, start, end):
            read.append(found)
            if found.start() >= end - SCAN_MARGIN:
                continue
            self.pull(found.start() + 1)
            at = bisect.bisect_left(self.starts, found.start())
            if at < len(self.starts) and (self.starts[at], self.ends[at]) == found.span():
                return read, at + 1 + self.dropped
        return read, -1

    def forward(self, start: int, end: int) -> Iterator[Match[str]]:
        read, number = self._synced(start, end)
        yield from read
        if number < 0:
            return
        resume, tail = (read[-1].end() if read else start), True
        while (found := self.get(number)) is not None and found.start() < end - SCAN_MARGIN:
            if found.end() > end:
                tail = False  # a match longer than the margin: the rest read from the text
                break
            resume = found.end()
            yield found
            number += 1
        if found is None and number < self.dropped:
            tail = False  # dropped while this went on: the rest read from the text
        yield from self.pattern.finditer(
            self.text, max(resume, end - SCAN_MARGIN) if tail else resume, end
        )

    def backward(self, start: int, end: int) -> Iterator[Match[str]]:
        read, number = self._synced(start, end)
        if number < 0:
            yield from reversed(read)
            return
        self.pull(end)
        last = max(number, bisect.bisect_left(self.starts, end - SCAN_MARGIN) + self.dropped)
        tail = True
        while last > number and self.ends[last - 1 - self.dropped] > end:
            last -= 1  # a match longer than the margin: the rest read from the text
            tail = False
        matches, dropped = self.matches, self.dropped
        if last > number:
            resume = matches[last - 1 - dropped].end()
        else:
            resume = read[-1].end() if read else start
        reread = self.pattern.finditer(
            self.text, max(resume, end - SCAN_MARGIN) if tail else resume, end
        )
        yield from reversed(list(reread))
        for kept in range(last - 1 - dropped, number - 1 - dropped, -1):
            yield matches[kept]
        yield from reversed(read)


class _Scans:
    def __init__(self, text: str) -> None:
        self.text = text
        self.indexes: dict[Pattern[str], _Index] = {}


_OPEN: dict[int, _Scans] = {}


@contextmanager
def indexed(text: str) -> Iterator[None]:
    """Within the block, :func:`scan` and :func:`scan_back` of ``text`` use indexes."""
    key = id(text)
    opened = key not in _OPEN
    if opened:
        _OPEN[key] = _Scans(text)
    try:
        yield
    finally:
        if opened:
            _OPEN.pop(key, None)


def _index(pattern: Pattern[str], text: str, start: int, end: int) -> _Index | None:
    scans = _OPEN.get(id(text))
    if scans is None or scans.text is not text:
        return None
    index = scans.indexes.get(pattern)
    if index is None:
        index = scans.indexes[pattern] = _Index(pattern, text, max(0, start - KEPT_BEHIND // 2))
    return index if index.usable(start, end) else None


def scan(pattern: Pattern[str], text: str, start: int, end: int) -> Iterator[Match[str]]:
    """The matches of ``pattern.finditer(text, start, end)``, in order."""
    end = min(end, len(text))
    index = _index(pattern, text, start, end)
    return index.forward(start, end) if index else pattern.finditer(text, start, end)


def scan_back(pattern: Pattern[str], text: str, start: int, end: int) -> Iterator[Match[str]]:
    """The matches of ``pattern.finditer(text, start, end)``, the last first."""
    end = min(end, len(text))
    index = _index(pattern, text, start, end)
    if index is None:
        return reversed(list(pattern.finditer(text, start, end)))
    return index.backward(start, end)
