"""Running the pipeline over documents: a cheap pass picks the sentences that may hold a
figure, only those get tagging, parsing and NER, and results stream out in input order.

Each sentence is analysed on its own (what needs other sentences reads their text, not
their parse), so skipping the sentences without a figure changes nothing in the output:
``analyse_all=True`` runs the model on every sentence and gives the same claims.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sinorus_facts.claims.document import build_claims
from sinorus_facts.models import Claim, Document, DocumentError, DocumentResult, Sentence
from sinorus_facts.quantities.finder import find_quantities

__all__ = ["Job", "candidate_sentences", "run"]

# Longest piece of text the model sees at once; longer "sentences" (a page with no full
# stops, a line of digits) are cut at blanks into pieces of at most this size.
MAX_PIECE = 2000


@dataclass
class Job:
    """One document on its way through the pipeline."""

    doc_id: str
    document: Document | None = None
    error: DocumentError | None = None
    language: str | None = "en"
    expected: int = 0
    analysed: list[tuple[int, list[dict[str, Any]]]] = field(default_factory=list)


def candidate_sentences(document: Document, *, analyse_all: bool = False) -> list[int]:
    """Indexes of the sentences worth the model: not furniture, and holding a figure."""
    chosen = []
    for index, sentence in enumerate(document.sentences):
        if sentence.boilerplate:
            continue
        if analyse_all or find_quantities(document.text[sentence.start : sentence.end]):
            chosen.append(index)
    return chosen


def _context(document: Document, sentence: Sentence) -> dict[str, Any]:
    article = document.articles[sentence.article] if sentence.article is not None else None
    reference = article.reference_date if article else document.published
    return {
        "reference_date": reference.isoformat() if reference else None,
        "title": article.title if article else document.title,
    }


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence at blanks into pieces the model can take."""
    pieces = []
    while end - start > MAX_PIECE:
        cut = text.rfind(" ", start + MAX_PIECE // 2, start + MAX_PIECE)
        cut = cut if cut > start else start + MAX_PIECE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def run(
    nlp: Language,
    jobs: Iterable[Job],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    analyse_all: bool = False,
) -> Iterator[DocumentResult]:
    """Analyse the jobs' documents and yield one result per job, in input order."""
    pending: deque[Job] = deque()

    def tasks() -> Iterator[tuple[Doc, tuple[int, int, int]]]:
        for job in jobs:
            pending.append(job)
            if job.document is None or job.error is not None or job.language != "en":
                continue
            document = job.document
            for index in candidate_sentences(document, analyse_all=analyse_all):
                sentence = document.sentences[index]
                for start, end in _pieces(document.text, sentence.start, sentence.end):
                    doc = nlp.make_doc(document.text[start:end])
                    doc._.sf_context = _context(document, sentence)
                    job.expected += 1
                    yield doc, (id(job), index, start - sentence.start)

    def finish(job: Job) -> DocumentResult:
        if job.error is not None or job.document is None:
            return DocumentResult(doc_id=job.doc_id, error=job.error, language=job.language)
        try:
            claims: tuple[Claim, ...] = tuple(build_claims(job.document, _merge(job.document, job.analysed)))
        except Exception as exc:  # noqa: BLE001 - one document's failure must not stop a batch
            error = DocumentError(document=job.doc_id, stage="extract", reason=f"{type(exc).__name__}: {exc}")
            return DocumentResult(doc_id=job.doc_id, error=error, language=job.language)
        return DocumentResult(doc_id=job.doc_id, claims=claims, language=job.language)

    outputs = nlp.pipe(tasks(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, (job_key, sentence_index, piece_offset) in outputs:
        # results come in input order: every job before this one is complete
        while id(pending[0]) != job_key:
            yield finish(pending.popleft())
        drafts = [_shift_draft(d, piece_offset) for d in (doc._.sf_claims or [])]
        pending[0].analysed.append((sentence_index, drafts))
    while pending:
        yield finish(pending.popleft())


def _shift_draft(draft: dict[str, Any], offset: int) -> dict[str, Any]:
    if not offset:
        return draft
    quantity = dict(draft["quantity"])
    for key in ("start", "end", "number_start", "number_end"):
        quantity[key] += offset
    period = dict(draft["period"]) if draft.get("period") else None
    if period:
        period["start"] += offset
        period["end"] += offset
    return {**draft, "quantity": quantity, "period": period}


def _merge(document: Document, analysed: list[tuple[int, list[dict[str, Any]]]]) -> list[tuple[int, list[dict[str, Any]]]]:
    merged: dict[int, list[dict[str, Any]]] = {}
    for index, drafts in analysed:
        merged.setdefault(index, []).extend(drafts)
    return sorted(merged.items())
