"""Claims made by hand, for tests of what is done with claims (not of how they are found)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sinorus_facts.models import Article, Claim, Evidence, Period


def make_claim(
    text: str,
    quantity: str,
    *,
    doc_id: str = "doc",
    period: tuple[str, str, str] | None = None,
    **fields: Any,
) -> Claim:
    """A claim of the figure ``quantity`` in ``text`` (the first occurrence), with ``period`` as
    (start, end, the words of the text it was read from) and any other field given."""
    start = text.index(quantity)
    evidence = Evidence(
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        quantity=quantity,
        quantity_start=start,
        quantity_end=start + len(quantity),
    )
    when = None
    if period is not None:
        begin, end, words = period
        at = text.index(words)
        when = Period(
            start=date.fromisoformat(begin),
            end=date.fromisoformat(end),
            text=words,
            text_start=at,
            text_end=at + len(words),
        )
    values: dict[str, Any] = {
        "id": f"c-{doc_id}-{start}",
        "doc_id": doc_id,
        "value": 1.0,
        "evidence": evidence,
        "period": when,
        "confidence": 0.9,
        "article": Article(title=None, published=None, start=0, end=len(text)),
    }
    values.update(fields)
    return Claim(**values)
