"""Showing evidence: a document's text with its claims highlighted and labelled.

Each figure is a ``<mark>`` coloured by modality (actual, forecast, target) with a label
after it, in the manner of displaCy's entity view; the text the period was read from is
underlined. A :class:`Highlight` shows inline in Jupyter (``_repr_html_``) and saves as a
standalone HTML page; ``sinorus-facts show FILE --html out.html`` writes the review page of
:mod:`sinorus_facts.views.review` (the text beside a table of its claims).

>>> page = highlight("Trade rose 15 percent in 2017.", published="2018-01-10")
>>> page.n_claims, page.html.count('15 percent<span class="sf-label">trade · actual · 2017</span></mark>')
(1, 1)
"""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sinorus_facts.errors import InputError, InputNotFoundError
from sinorus_facts.models import Claim, Document, Period
from sinorus_facts.views.formats import figure_text, period_text

__all__ = ["Highlight", "highlight", "render_document", "render_evidence", "show_file"]

_STYLE = """
.sf-doc { font-family: Georgia, serif; line-height: 2.1; max-width: 60em; }
.sf-text { white-space: pre-wrap; }
.sf-title { font-family: sans-serif; font-size: 1.1em; margin: 1em 0 0.3em; }
.sf-source { font-family: sans-serif; font-size: 0.8em; color: #555; margin-top: 0.8em; }
.sf-claim { padding: 0.15em 0.3em; border-radius: 0.3em; }
.sf-actual { background: #ffe08a; }
.sf-forecast { background: #a8d8ff; }
.sf-target { background: #d7b8ff; }
.sf-label { font-family: sans-serif; font-size: 0.65em; font-weight: bold; text-transform: uppercase;
            margin-left: 0.4em; vertical-align: middle; }
.sf-period { text-decoration: underline dotted; text-underline-offset: 0.25em; }
.sf-legend { font-family: sans-serif; font-size: 0.8em; }
"""
_LEGEND = (
    '<p class="sf-legend">Figures: <mark class="sf-claim sf-actual">actual</mark> '
    '<mark class="sf-claim sf-forecast">forecast</mark> <mark class="sf-claim sf-target">target</mark>'
    ' · <span class="sf-period">period</span> the figure holds for</p>'
)


@dataclass(frozen=True)
class Highlight:
    """Highlighted text: ``html`` is a fragment with its style; shows inline in Jupyter."""

    html: str
    title: str = "sinorus-facts evidence"
    n_claims: int = 0

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"Highlight({self.title!r}, {self.n_claims} claims)"

    def __str__(self) -> str:
        return self.html

    def page(self) -> str:
        """A standalone HTML page."""
        return (
            f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{html.escape(self.title)}</title>\n</head>\n<body>\n{self.html}\n</body>\n</html>\n"
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write :meth:`page` to ``path`` (UTF-8); returns the path."""
        target = Path(path)
        target.write_text(self.page(), encoding="utf-8")
        return target


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    kind: str  # "claim" or "period"
    css: str
    label: str
    tooltip: str
    claim_id: str = ""


def _day_range(period: Period) -> str:
    return f"{period.start or '?'} – {period.end or '?'}"


def _tooltip(claim: Claim) -> str:
    figure = figure_text(claim)
    parts = [
        f"{'' if claim.bound == '=' else claim.bound + ' '}{figure} {claim.unit or ''}".strip(),
        claim.change or "",
        claim.category,
        claim.modality,
        f"period {_day_range(claim.period)}" if claim.period else "no period",
        f"measure: {claim.measure}" if claim.measure else "",
        f"per {claim.attribution}" if claim.attribution else "",
        claim.id,
    ]
    return " · ".join(p for p in parts if p)


def _spans(claims: Iterable[Claim], base: int, length: int) -> list[_Span]:
    """Non-overlapping spans to mark in a text that starts at ``base`` in the document."""
    figures: dict[tuple[int, int], list[Claim]] = {}
    periods: dict[tuple[int, int], Period] = {}
    for claim in claims:
        figures.setdefault((claim.evidence.quantity_start, claim.evidence.quantity_end), []).append(
            claim
        )
        period = claim.period
        if period is not None and period.text_start is not None and period.text_end is not None:
            periods.setdefault((period.text_start, period.text_end), period)
    wanted = []
    for (start, end), group in figures.items():
        first = group[0]
        label = " · ".join(
            p for p in (first.category, first.modality, period_text(first.period)) if p
        )
        wanted.append(
            _Span(
                start - base,
                end - base,
                "claim",
                f"sf-claim sf-{first.modality}",
                label,
                " | ".join(_tooltip(c) for c in group),
                " ".join(c.id for c in group),
            )
        )
    for (start, end), period in periods.items():
        wanted.append(
            _Span(
                start - base,
                end - base,
                "period",
                "sf-period",
                "",
                f"period of a claim: {_day_range(period)}",
            )
        )
    kept: list[_Span] = []
    for span in sorted(wanted, key=lambda s: (s.kind != "claim", s.start)):  # figures win overlaps
        inside = 0 <= span.start < span.end <= length
        if inside and all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _marked(text: str, spans: list[_Span]) -> str:
    out, at = [], 0
    for span in spans:
        out.append(html.escape(text[at : span.start]))
        inner = html.escape(text[span.start : span.end])
        tip = html.escape(span.tooltip)
        if span.kind == "claim":
            out.append(
                f'<mark class="{span.css}" data-claim-id="{html.escape(span.claim_id)}" title="{tip}">'
                f'{inner}<span class="sf-label">{html.escape(span.label)}</span></mark>'
            )
        else:
            out.append(f'<span class="{span.css}" title="{tip}">{inner}</span>')
        at = span.end
    out.append(html.escape(text[at:]))
    return "".join(out)


def render_document(
    document: Document, claims: Iterable[Claim], *, title: str | None = None
) -> Highlight:
    """The whole text of ``document`` with the figures of ``claims`` marked.

    Claims of other documents, or whose offsets do not fit the text, are left out.
    """
    text = document.text
    mine = [
        c
        for c in claims
        if c.doc_id == document.doc_id
        and text[c.evidence.quantity_start : c.evidence.quantity_end] == c.evidence.quantity
    ]
    heading = title or document.title or document.doc_id
    body = _marked(text, _spans(mine, 0, len(text)))
    fragment = (
        f'<style>{_STYLE}</style><div class="sf-doc"><div class="sf-title">{html.escape(heading)}'
        f'</div>{_LEGEND}<div class="sf-text">{body}</div></div>'
    )
    return Highlight(fragment, title=heading, n_claims=len(mine))


def render_evidence(claims: Iterable[Claim], *, title: str = "sinorus-facts evidence") -> Highlight:
    """Each claim's sentence with its figures marked, sentence by sentence, document by document.

    >>> import sinorus_facts
    >>> shown = render_evidence(sinorus_facts.extract("Exports rose 5%. Imports fell 2%.", doc_id="memo"))
    >>> shown.n_claims, shown.html.count("data-claim-id=")
    (2, 2)
    """
    sentences: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        sentences.setdefault((claim.doc_id, claim.evidence.sentence_start), []).append(claim)
    parts, current, count = [f"<style>{_STYLE}</style>", _LEGEND], None, 0
    for (doc_id, start), group in sentences.items():
        if doc_id != current:
            parts.append(f'<div class="sf-source">{html.escape(doc_id)}</div>')
            current = doc_id
        sentence = group[0].evidence.sentence
        parts.append(
            f'<div class="sf-doc"><div class="sf-text">'
            f"{_marked(sentence, _spans(group, start, len(sentence)))}</div></div>"
        )
        count += len(group)
    return Highlight("".join(parts), title=title, n_claims=count)


def highlight(
    source: Document | str | os.PathLike[str],
    *,
    claims: Iterable[Claim] | None = None,
    published: str | date | None = None,
    model: str | None = None,
) -> Highlight:
    """Highlight a document, a file or a text; its claims are extracted unless given."""
    from sinorus_facts.api import extract_document, read

    document = source if isinstance(source, Document) else read(source, published=published)
    found = list(claims) if claims is not None else extract_document(document, model=model)
    return render_document(document, found)


def show_file(
    path: str | os.PathLike[str],
    *,
    html_path: str | os.PathLike[str] | None = None,
    published: str | date | None = None,
    model: str | None = None,
) -> int:
    """Read a ``.txt``/``.html`` file, extract, and write its review page
    (:mod:`sinorus_facts.views.review`: the text with its figures, periods and speakers marked
    beside a table of the claims) to ``html_path`` (standard output when not given);
    returns the number of claims shown."""
    from sinorus_facts.views.review import review_file

    given = Path(path)
    if not given.is_file():
        if not given.exists():
            raise InputNotFoundError(f"no such file: '{given}'")
        raise InputError(f"'{given}' is a folder; show takes one .txt or .html file")
    if given.suffix.lower() in (".jsonl", ".ndjson"):
        raise InputError(f"'{given}' is a corpus; show takes one .txt or .html file")
    page, count = review_file(given, published=published, model=model)
    if html_path is None:
        sys.stdout.write(page)
    else:
        Path(html_path).write_text(page, encoding="utf-8")
    return count
