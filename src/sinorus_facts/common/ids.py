"""Stable ids of what leaves the library: the same input gives the same id on every run,
machine and number of processes."""

from __future__ import annotations

import hashlib
from decimal import Decimal

__all__ = ["claim_id"]


def claim_id(doc_id: str, start: int, end: int, value: Decimal | float) -> str:
    """A stable id: the same document, span and value give the same id everywhere.

    >>> claim_id("a.txt", 10, 20, 1.5)
    'c-caf29bbbf009e7d8'
    """
    key = f"{doc_id}|{start}|{end}|{Decimal(str(value)).normalize()}"
    return "c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
