"""The review tool (``sinorus-facts review PATH... --html out.html``): one offline HTML page
for a folder, a file or a JSONL corpus, on which a reviewer goes through every claim with
the keyboard and says what is right.

The page lists the documents; the one open shows its text with its figures marked (by
modality, and by what the reviewer decided), the numbers the library read and made no
claim of dimmed (``DocumentResult.rejected``), and beside it a table of its claims. The
claim selected has the evidence of each of its fields marked in the text: its quantity,
its period words, its source words and every ``Evidence.fields`` entry, each with the rule
that read it. Filters: category, modality, unit, confidence below a value, period
missing, source missing, status, and a search. Keys: ``j``/``k`` next and previous claim,
``a`` accept, ``x`` reject, ``e`` edit a field, ``u`` undo, ``/`` search, ``J``/``K``
next and previous number not made a claim, ``p`` promote it to a claim.

Decisions are kept in the browser as work goes on (``localStorage``, keyed by the page's
path and its documents) and exported as JSONL, one decision a line (a download)::

    {"record": "review", "action": "accept" | "reject" | "edit" | "promote",
     "doc_id", "claim_id" (null for a promoted number), "quantity", "start", "end",
     "fields" (the fields an edit replaced; every field of a promoted number),
     "claim" (the claim as the page showed it; null for a promoted number),
     "sentence", "sentence_start", "sentence_end", "reason", "rule" (a promoted number's),
     "time"}

which :func:`sinorus_facts.apply_review` and ``sinorus-facts review-to-gold`` read
(:mod:`sinorus_facts.analysis.review`).

Everything the page shows is in the page: the documents and their claims as JSON in a
``<script type="application/json">`` block, the style and the script inline; nothing is
fetched. Only the open document is drawn, so a corpus of hundreds of documents stays
quick. Offsets are those of the library (code points of the text as read).

>>> from sinorus_facts.models import Document
>>> page = corpus_review_page([ReviewDocument("memo.txt", Document(doc_id="memo.txt", text="Trade rose 5%."))])
>>> page.count('id="rv-data"'), "<title>sinorus-facts review: 1 document</title>" in page
(1, True)
"""

from __future__ import annotations

import bisect
import collections
import hashlib
import html
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from sinorus_facts.models import (
    CATEGORIES,
    Claim,
    Document,
    DocumentResult,
    DocumentWarning,
    RejectedNumber,
)
from sinorus_facts.pipeline import BATCH_SIZE
from sinorus_facts.views.formats import figure_text, period_code, period_text
from sinorus_facts.views.review import title_and_date

__all__ = [
    "ReviewDocument",
    "corpus_review_page",
    "page_data",
    "review_documents",
]


@dataclass(frozen=True)
class ReviewDocument:
    """One document of the review page: its text (None where it could not be read: then
    ``error`` says why), its claims, the numbers it read and made no claim of, its
    warnings."""

    doc_id: str
    document: Document | None
    claims: tuple[Claim, ...] = ()
    rejected: tuple[RejectedNumber, ...] = ()
    warnings: tuple[DocumentWarning, ...] = ()
    error: str | None = None


def _sentence_bounds(document: Document, start: int, end: int) -> tuple[int, int]:
    """The sentence that holds ``start`` (the text's line around it when the document has
    no sentence there)."""
    starts = [s.start for s in document.sentences]
    at = bisect.bisect_right(starts, start) - 1
    if at >= 0 and document.sentences[at].start <= start < document.sentences[at].end:
        sentence = document.sentences[at]
        return sentence.start, max(sentence.end, end)
    text = document.text
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return first, len(text) if last < 0 else last


def _shades(document: Document) -> list[tuple[int, int, str]]:
    shades = [(s, e, "rv-furniture") for s, e in document.boilerplate]
    for article in document.articles:
        if article.title_start is not None and article.title_end is not None:
            shades.append((article.title_start, article.title_end, "rv-heading"))
        if article.is_comment:
            shades.append((article.start, article.end, "rv-comment"))
    return shades


def _claim_data(claim: Claim) -> dict[str, Any]:
    return {
        "claim": claim.model_dump(mode="json"),
        "period_code": period_code(claim.period),
        "period_shown": period_text(claim.period),
        "figure": figure_text(claim),
    }


def _document_data(item: ReviewDocument) -> dict[str, Any]:
    document = item.document
    text = document.text if document is not None else ""
    claims = sorted(
        (
            c
            for c in item.claims
            if c.doc_id == item.doc_id
            and text[c.evidence.quantity_start : c.evidence.quantity_end] == c.evidence.quantity
        ),
        key=lambda c: (c.evidence.quantity_start, c.evidence.quantity_end),
    )
    rejected = []
    if document is not None:
        for number in sorted(item.rejected, key=lambda r: (r.start, r.end)):
            if number.doc_id != item.doc_id or text[number.start : number.end] != number.text:
                continue
            first, last = _sentence_bounds(document, number.start, number.end)
            rejected.append(
                number.model_dump(mode="json", exclude={"record"})
                | {"sentence_start": first, "sentence_end": last}
            )
    title, when = title_and_date(document) if document is not None else (item.doc_id, "")
    return {
        "id": item.doc_id,
        "title": title,
        "when": when,
        "text": text,
        "shades": _shades(document) if document is not None else [],
        "warnings": [w.message for w in item.warnings],
        "error": item.error,
        "claims": [_claim_data(c) for c in claims],
        "rejected": rejected,
    }


def page_data(items: Iterable[ReviewDocument]) -> dict[str, Any]:
    """What the page carries: its documents (id, title, date line, text, shaded ranges,
    warnings, error, claims with their period written as the gold writes it, numbers not
    made claims with their sentence) and ``corpus``, a digest of the documents' ids and
    texts that keys the reviewer's decisions in the browser.

    >>> from sinorus_facts.models import Document
    >>> data = page_data([ReviewDocument("a", Document(doc_id="a", text="x"))])
    >>> sorted(data), [d["id"] for d in data["documents"]], len(data["corpus"])
    (['categories', 'corpus', 'documents'], ['a'], 16)
    """
    documents = [_document_data(item) for item in items]
    digest = hashlib.sha1()
    for document in documents:
        digest.update(f"{document['id']}\0{document['text']}\0".encode())
    return {"documents": documents, "corpus": digest.hexdigest()[:16], "categories": CATEGORIES}


def _json_for_script(data: object) -> str:
    """JSON that cannot end the ``<script>`` block it stands in."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _asset(name: str) -> str:
    return resources.files("sinorus_facts.views").joinpath(name).read_text(encoding="utf-8")


_KEYS = (
    ("j / k", "next / previous claim"),
    ("a", "accept"),
    ("x", "reject"),
    ("e", "edit a field"),
    ("u", "undo"),
    ("/", "search"),
    ("J / K", "next / previous number not made a claim"),
    ("p", "promote it"),
    ("Esc", "close"),
)

_FILTERS = (
    '<label>category <select id="rv-f-category"><option value="">all</option></select></label>'
    '<label>modality <select id="rv-f-modality"><option value="">all</option></select></label>'
    '<label>unit <select id="rv-f-unit"><option value="">all</option></select></label>'
    '<label>confidence below <input id="rv-f-confidence" type="number" min="0" max="1" '
    'step="0.05" placeholder="1"></label>'
    '<label><input id="rv-f-noperiod" type="checkbox"> period missing</label>'
    '<label><input id="rv-f-nosource" type="checkbox"> source missing</label>'
    '<label>status <select id="rv-f-status"><option value="">all</option>'
    + "".join(
        f'<option value="{s}">{s}</option>'
        for s in ("undecided", "accepted", "edited", "rejected", "promoted")
    )
    + "</select></label>"
    '<input id="rv-search" type="search" placeholder="/ search figures, words, speakers">'
)


def corpus_review_page(
    items: Iterable[ReviewDocument], *, title: str = "sinorus-facts review"
) -> str:
    """The review page of ``items`` (their claims and rejected numbers whose offsets do
    not fit the text are left out), as one standalone HTML page."""
    data = page_data(items)
    documents = data["documents"]
    n_claims = sum(len(d["claims"]) for d in documents)
    n_docs = len(documents)
    heading = f"{title}: {n_docs} document{'s' if n_docs != 1 else ''}"
    summary = f"{n_docs} document{'s' if n_docs != 1 else ''} · {n_claims} claim" + (
        "s" if n_claims != 1 else ""
    )
    keys = " · ".join(f"<kbd>{html.escape(k)}</kbd> {html.escape(v)}" for k, v in _KEYS)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(heading)}</title>\n<style>{_asset('review.css')}</style>\n"
        "</head>\n<body>\n"
        '<header class="rv-top">'
        f'<div class="rv-brand"><h1>{html.escape(title)}</h1>'
        f'<span id="rv-summary">{html.escape(summary)}</span>'
        '<span id="rv-progress" class="rv-progress"></span>'
        '<button id="rv-export" type="button" title="download the decisions as JSONL">'
        "Export decisions</button></div>"
        f'<form id="rv-filters" class="rv-filters" autocomplete="off">{_FILTERS}'
        '<span id="rv-shown" class="rv-shown"></span></form>'
        f'<div class="rv-keys">{keys}</div>'
        "</header>\n"
        '<main class="rv-main">\n'
        '<nav class="rv-docs" id="rv-docs" aria-label="documents"></nav>\n'
        '<section class="rv-doc" id="rv-doc"><div class="rv-doc-head" id="rv-doc-head"></div>'
        '<div class="rv-text" id="rv-text"></div></section>\n'
        '<section class="rv-side" id="rv-side"><div class="rv-list" id="rv-list">'
        '<table class="rv-claims"><thead><tr><th>#</th><th></th><th>figure · measure</th>'
        "<th>value</th><th>period</th><th>modality</th><th>source</th><th>category</th>"
        '<th>conf.</th></tr></thead><tbody id="rv-rows"></tbody></table>'
        '<div class="rv-rejected"><h3>Numbers not made claims</h3>'
        '<table class="rv-claims"><tbody id="rv-rej-rows"></tbody></table></div></div>'
        '<div class="rv-detail" id="rv-detail"></div>'
        "</section>\n</main>\n"
        '<div class="rv-status" id="rv-status" role="status"></div>\n'
        f'<script type="application/json" id="rv-data">{_json_for_script(data)}</script>\n'
        f"<script>{_asset('review.js')}</script>\n</body>\n</html>\n"
    )


def _documents_of(
    paths: Sequence[str | os.PathLike[str]], published: date | None
) -> Iterator[tuple[str, Document | None, str | None, DocumentWarning | None]]:
    """(id, document, error, skipped) for every document the paths give, read as the
    extractor reads them."""
    import dataclasses

    from sinorus_facts.ingest.language import looks_binary, without_surrogates
    from sinorus_facts.ingest.reading import read_path
    from sinorus_facts.periods.articles import build_document
    from sinorus_facts.pipeline.inputs import jobs_of

    for job in jobs_of([Path(p) for p in paths], published=published):
        if job.error is not None:
            yield job.doc_id, None, f"{job.error.stage}: {job.error.reason}", None
            continue
        if job.skipped is not None:
            yield job.doc_id, None, None, job.skipped
            continue
        try:
            if job.document is not None:
                document = job.document
            else:
                raw = job.raw
                if raw is None and job.path is not None:
                    raw = read_path(job.path)
                    if looks_binary(raw.text):
                        raise ValueError(f"'{job.path}' is not text: it looks like a binary file")
                    raw = dataclasses.replace(
                        raw, doc_id=job.doc_id, published=job.published or raw.published
                    )
                if raw is None:
                    raise ValueError("nothing to read")
                raw = dataclasses.replace(raw, text=without_surrogates(raw.text))
                document = build_document(raw)
        except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the page
            yield job.doc_id, None, f"read: {exc}", None
            continue
        yield job.doc_id, document, None, None


def review_documents(
    paths: Sequence[str | os.PathLike[str]],
    *,
    published: date | None = None,
    model: str | None = None,
    claims: Iterable[Claim] | None = None,
    rejected: Iterable[RejectedNumber] | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[ReviewDocument]:
    """The documents of ``paths`` (files, folders, JSONL corpora) with their claims and
    the numbers they read and made no claim of: extracted here, or, where ``claims`` is
    given (claims written by ``sinorus-facts extract``), those claims (and ``rejected``,
    the numbers of a ledger) by their ``doc_id``. Skipped files are left out."""
    read = [
        (doc_id, document, error)
        for doc_id, document, error, skipped in _documents_of(paths, published)
        if skipped is None
    ]
    if claims is not None:
        by_doc: dict[str, list[Claim]] = collections.defaultdict(list)
        for claim in claims:
            by_doc[claim.doc_id].append(claim)
        numbers: dict[str, list[RejectedNumber]] = collections.defaultdict(list)
        for number in rejected or ():
            numbers[number.doc_id].append(number)
        for doc_id, document, error in read:
            yield ReviewDocument(
                doc_id,
                document,
                tuple(by_doc.get(doc_id, ())),
                tuple(numbers.get(doc_id, ())),
                error=error,
            )
        return
    from sinorus_facts.pipeline.loading import load_pipeline
    from sinorus_facts.pipeline.runner import Job, run

    documents = {doc_id: document for doc_id, document, _ in read if document is not None}
    jobs = [Job(doc_id, document=documents[doc_id]) for doc_id, _, _ in read if doc_id in documents]
    results: dict[str, DocumentResult] = {}
    if jobs:  # one result per job, in order
        ran = run(load_pipeline(model), jobs, batch_size=batch_size)
        results = {job.doc_id: result for job, result in zip(jobs, ran, strict=True)}
    for doc_id, document, error in read:
        found = results.get(doc_id)
        if found is None:
            yield ReviewDocument(doc_id, document, error=error)
            continue
        failure = found.error
        yield ReviewDocument(
            doc_id,
            document,
            found.claims,
            found.rejected,
            found.warnings,
            error=f"{failure.stage}: {failure.reason}" if failure is not None else error,
        )
