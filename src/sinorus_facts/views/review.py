"""The review page of one document (``sinorus-facts show FILE --html out.html``): the text
on the left with its figures, period words and speaker words marked and page furniture
dimmed, the article's title and date at the top, and a table of the claims on the right,
one row a claim; clicking a row scrolls the text to its figure, clicking a figure selects
its row. One self-contained HTML file: no network, no external file.

The text pane holds the document's text exactly as read (``#sf-text``'s text is
``Document.text``); every mark and row carries the offsets of its evidence
(``data-start``/``data-end``), so the page can be checked against the claims.

>>> from sinorus_facts.models import Document
>>> page = review_page(Document(doc_id="memo.txt", text="Trade rose 5%."), [])
>>> page.count('<tr class="sf-row"'), "<title>memo.txt</title>" in page
(0, True)
"""

from __future__ import annotations

import html
import itertools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sinorus_facts.errors import SinorusError
from sinorus_facts.models import Article, Claim, Document, DocumentWarning
from sinorus_facts.views.formats import figure_text, period_text
from sinorus_facts.views.review_style import LEGEND, SCRIPT, STYLE

__all__ = ["review_file", "review_page", "speaker_offsets", "title_and_date"]

# Which inline mark wins where two overlap (lower wins).
_RANK = {"fig": 0, "speaker": 1, "period": 2}


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str  # "fig", "speaker" or "period"
    css: str
    attrs: str = ""


def speaker_offsets(claim: Claim) -> tuple[int, int] | None:
    """Where the speaker's words are in the text, when the claim carries them
    (``attribution_start``/``attribution_end``); None otherwise: nothing is searched for.

    >>> from sinorus_facts.models import Claim, Evidence
    >>> speaker_offsets(Claim(id="c", doc_id="d", value=5, attribution="Li", confidence=1,
    ...     evidence=Evidence(sentence="x", sentence_start=0, sentence_end=1, quantity="x",
    ...                       quantity_start=0, quantity_end=1)))
    """
    start, end = getattr(claim, "attribution_start", None), getattr(claim, "attribution_end", None)
    if isinstance(start, int) and isinstance(end, int) and start < end:
        return start, end
    return None


def _lead_article(document: Document) -> Article | None:
    return next((a for a in document.articles if not a.is_comment and a.title), None) or next(
        (a for a in document.articles if not a.is_comment), None
    )


def title_and_date(document: Document) -> tuple[str, str]:
    """The page's heading: the first article's title (else the page's, else the file
    name) and its date as a line ("31 May 2018", or what is known of it).

    >>> title_and_date(Document(doc_id="memo.txt", text=""))
    ('memo.txt', 'no publication date found')
    """
    article = _lead_article(document)
    title = (article.title if article else None) or document.title or document.doc_id
    published = (article.published if article else None) or document.published
    if published is not None:
        when = f"{published.day} {published:%B %Y}"
    elif article is not None and article.reference_date is not None:
        when = (
            f"no publication date found (periods read against {article.reference_date.isoformat()})"
        )
    else:
        when = "no publication date found"
    return title, when


def _figure_marks(rows: Sequence[Claim]) -> tuple[list[_Mark], dict[int, str]]:
    """One mark a figure (claims of the same figure share it); the id of each row's mark."""
    marks: list[_Mark] = []
    by_offsets: dict[tuple[int, int], str] = {}
    target: dict[int, str] = {}
    for number, claim in enumerate(rows, 1):
        key = (claim.evidence.quantity_start, claim.evidence.quantity_end)
        if key not in by_offsets:
            by_offsets[key] = f"sf-q-{number}"
            marks.append(
                _Mark(
                    key[0],
                    key[1],
                    "fig",
                    f"sf-fig sf-{claim.modality}",
                    f' id="sf-q-{number}" data-n="{number}" data-start="{key[0]}" data-end="{key[1]}"',
                )
            )
        target[number] = by_offsets[key]
    return marks, target


def _other_marks(rows: Sequence[Claim]) -> list[_Mark]:
    marks: list[_Mark] = []
    for claim in rows:
        period = claim.period
        if period is not None and period.text_start is not None and period.text_end is not None:
            marks.append(_Mark(period.text_start, period.text_end, "period", "sf-period"))
        spoken = speaker_offsets(claim)
        if spoken is not None:
            marks.append(_Mark(spoken[0], spoken[1], "speaker", "sf-speaker"))
    return marks


def _kept(marks: Iterable[_Mark], length: int) -> list[_Mark]:
    """Marks inside the text that overlap none kept before them (figures first)."""
    kept: list[_Mark] = []
    for mark in sorted(set(marks), key=lambda m: (_RANK[m.kind], m.start, m.end)):
        if 0 <= mark.start < mark.end <= length and all(
            mark.end <= k.start or k.end <= mark.start for k in kept
        ):
            kept.append(mark)
    return sorted(kept, key=lambda m: m.start)


def _shades(document: Document) -> list[tuple[int, int, str]]:
    """Ranges of the text drawn apart: page furniture (dimmed), titles, reader comments."""
    shades = [(start, end, "sf-furniture") for start, end in document.boilerplate]
    for article in document.articles:
        if article.title_start is not None and article.title_end is not None:
            shades.append((article.title_start, article.title_end, "sf-heading"))
        if article.is_comment:
            shades.append((article.start, article.end, "sf-comment"))
    return shades


def _shaded(text: str, start: int, end: int, shades: list[tuple[int, int, str]]) -> str:
    """``text[start:end]`` escaped, with each piece inside a shade wrapped in its classes."""
    cuts = sorted({start, end, *(p for s, e, _ in shades for p in (s, e) if start < p < end)})
    out = []
    for a, b in itertools.pairwise(cuts):
        css = " ".join(sorted({c for s, e, c in shades if s <= a and b <= e}))
        piece = html.escape(text[a:b])
        out.append(f'<span class="{css}">{piece}</span>' if css else piece)
    return "".join(out)


def _text_html(document: Document, marks: list[_Mark]) -> str:
    text, shades, out, at = document.text, _shades(document), [], 0
    for mark in marks:
        out.append(_shaded(text, at, mark.start, shades))
        out.append(
            f'<mark class="{mark.css}"{mark.attrs}>'
            if mark.kind == "fig"
            else f'<span class="{mark.css}">'
        )
        out.append(_shaded(text, mark.start, mark.end, shades))
        out.append("</mark>" if mark.kind == "fig" else "</span>")
        at = mark.end
    out.append(_shaded(text, at, len(text), shades))
    return "".join(out)


def _cell(text: str | None, css: str = "", title: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    tip = f' title="{html.escape(title)}"' if title else ""
    return f"<td{klass}{tip}>{html.escape(text or '')}</td>"


def _row(number: int, claim: Claim, target: str) -> str:
    evidence, period = claim.evidence, claim.period
    when = " – ".join(
        f'<span class="sf-date">{html.escape(part)}</span>'
        for part in (period_text(period) if period is not None else "").split(" – ")
        if part
    )
    words = period.text if period is not None and period.text else ""
    if words:
        when += f'<div class="sf-words">{html.escape(words)}</div>'
    exact = f"{claim.value:,.12g}" + (f" – {claim.high:,.12g}" if claim.high is not None else "")
    cells = [
        f'<td class="sf-n"><a href="#{target}">{number}</a></td>',
        f'<td class="sf-quote">{html.escape(evidence.quantity)}'
        + (f'<div class="sf-measure">{html.escape(claim.measure)}</div>' if claim.measure else "")
        + "</td>",
        _cell(figure_text(claim), "sf-num", exact),
        _cell(claim.unit),
        _cell("" if claim.bound == "=" else claim.bound),
        _cell(claim.change),
        f'<td class="sf-when">{when}</td>',
        f'<td><span class="sf-chip sf-{claim.modality}">{claim.modality}</span></td>',
        _cell(claim.attribution),
        _cell(claim.category),
        _cell(f"{claim.confidence:.2f}", "sf-num"),
    ]
    return (
        f'<tr class="sf-row" id="sf-row-{number}" data-target="{target}" data-claim-id="{html.escape(claim.id)}" '
        f'data-start="{evidence.quantity_start}" data-end="{evidence.quantity_end}" '
        f'data-quantity="{html.escape(evidence.quantity)}">' + "".join(cells) + "</tr>"
    )


_HEAD = (
    "<tr><th>#</th><th>figure · measure</th><th>value</th><th>unit</th><th>bound</th>"
    "<th>change</th><th>period</th><th>modality</th><th>speaker</th><th>category</th><th>conf.</th></tr>"
)


def review_page(
    document: Document, claims: Iterable[Claim], *, warnings: Sequence[DocumentWarning] = ()
) -> str:
    """The review page of ``document`` with ``claims`` (those of other documents, or whose
    offsets do not fit the text, are left out), as one standalone HTML page."""
    text = document.text
    rows = sorted(
        (
            c
            for c in claims
            if c.doc_id == document.doc_id
            and text[c.evidence.quantity_start : c.evidence.quantity_end] == c.evidence.quantity
        ),
        key=lambda c: (c.evidence.quantity_start, c.evidence.quantity_end),
    )
    figures, target = _figure_marks(rows)
    marks = _kept([*figures, *_other_marks(rows)], len(text))
    title, when = title_and_date(document)
    articles = [a for a in document.articles if not a.is_comment]
    facts = [
        when,
        f"{len(rows)} claim{'s' if len(rows) != 1 else ''}",
        f"{len(articles)} articles on the page" if len(articles) > 1 else "",
        document.doc_id,
    ]
    notes = "".join(f'<li class="sf-warning">{html.escape(w.message)}</li>' for w in warnings)
    notes = f'<ul class="sf-warnings">{notes}</ul>' if notes else ""
    table = "".join(_row(n, c, target[n]) for n, c in enumerate(rows, 1)) or (
        '<tr><td colspan="11" class="sf-none">No claims in this document.</td></tr>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<header class="sf-top"><h1>{html.escape(title)}</h1>'
        f'<div class="sf-facts">{" · ".join(html.escape(f) for f in facts if f)}</div>'
        f"{notes}{LEGEND}</header>\n"
        '<main class="sf-review">\n'
        f'<section class="sf-pane sf-article"><div class="sf-text" id="sf-text">{_text_html(document, marks)}</div>'
        "</section>\n"
        f'<section class="sf-pane sf-claims"><table class="sf-table"><thead>{_HEAD}</thead>'
        f"<tbody>{table}</tbody></table></section>\n</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def review_file(
    path: str | os.PathLike[str], *, published: str | date | None = None, model: str | None = None
) -> tuple[str, int]:
    """Read a ``.txt``/``.html`` file, extract its claims; its review page and the number
    of claims on it. The page lists the document's warnings (no date found, text cut).

    >>> review_file("no/such/file.txt")
    Traceback (most recent call last):
    ...
    sinorus_facts.errors.InputNotFoundError: no such file: 'no/such/file.txt'
    """
    from sinorus_facts.api import read
    from sinorus_facts.pipeline.loading import load_pipeline
    from sinorus_facts.pipeline.runner import Job, run

    document = read(Path(path), published=published)
    result = next(run(load_pipeline(model), [Job(document.doc_id, document=document)]))
    if result.error is not None:
        raise SinorusError(f"{result.error.document}: {result.error.stage}: {result.error.reason}")
    page = review_page(document, result.claims, warnings=result.warnings)
    return page, page.count('<tr class="sf-row"')
