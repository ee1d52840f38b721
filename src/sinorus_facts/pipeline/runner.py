"""Running the pipeline over documents: a cheap pass picks the sentences that may hold a
figure, only those get tagging, parsing and NER, and one result per document streams out
in input order.

Each sentence is analysed on its own (what needs other sentences reads their text, not
their parse), so skipping the sentences without a figure changes nothing in the output:
``analyse_all=True`` runs the model on every sentence and gives the same claims.

Documents go through in groups (a few hundred sentences: one ``nlp.pipe`` call inside one
spaCy memory zone), so memory is bounded by the group, not by the corpus, and strings the
model learns from one group are freed before the next. Nothing a document holds can stop
the batch: whatever fails becomes that document's :class:`~sinorus_facts.models.DocumentError`.

>>> from sinorus_facts.ingest.reading import RawDocument
>>> from sinorus_facts.pipeline.loading import load_pipeline
>>> jobs = [Job("a", raw=RawDocument("a", "Exports rose 5%.")), Job("b", path=Path("no/such/file.txt"))]
>>> [(r.doc_id, len(r.claims), r.error.stage if r.error else None) for r in run(load_pipeline(), jobs)]
[('a', 1, None), ('b', 0, 'read')]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from sinorus_facts.claims.draft import ClaimDraft
from sinorus_facts.claims.entities import names_beyond_lexicon
from sinorus_facts.claims.worthiness import why_not_a_claim
from sinorus_facts.common.extensions import made_from, text_of
from sinorus_facts.common.normalise import (
    OffsetMap,
    claim_in_original,
    document_normalised,
    normalise,
    number_in_original,
)
from sinorus_facts.context.claims import build_claims
from sinorus_facts.context.ledger import rejected_numbers
from sinorus_facts.errors import InputError
from sinorus_facts.ingest.language import guess_language, looks_binary, without_surrogates
from sinorus_facts.ingest.reading import RawDocument, read_path
from sinorus_facts.models import (
    Claim,
    Document,
    DocumentError,
    DocumentResult,
    DocumentWarning,
    RejectedNumber,
    Sentence,
)
from sinorus_facts.periods.articles import build_document
from sinorus_facts.periods.page import Page
from sinorus_facts.pipeline import BATCH_SIZE, TOK2VEC_BATCH_SIZE
from sinorus_facts.pipeline.fast.decoding import decode
from sinorus_facts.pipeline.loading import uses_fast_paths
from sinorus_facts.pipeline.mixed import with_foreign_sentences
from sinorus_facts.pipeline.notices import cut_warnings, date_warnings, language_warnings
from sinorus_facts.quantities.component import preset_quantities
from sinorus_facts.quantities.finder import find_quantities
from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.refine import share_of_fraction
from sinorus_facts.quantities.tables import in_table_cells, table_columns

__all__ = [
    "MAX_SENTENCE",
    "Job",
    "bounded_sentences",
    "candidate_sentences",
    "may_hold_claims",
    "run",
    "warm_up",
]

# The longest sentence the library analyses. A longer "sentence" (a page without full
# stops, a line of digits, a table flattened into one line) is cut at blanks into pieces of
# at most this many characters, each a sentence of its own: the model, the quantity finder
# and the evidence of a claim never see more at once. (A sentence of news is rarely half as
# long; the time some steps take grows faster than the length of what they are given.)
MAX_SENTENCE = 1000

# A run of non-blank characters this long inside an over-long sentence (a line of ten
# thousand digits, a base64 blob, a row of dots) holds no figure of news: it is left out.
# (So every half of a piece holds a blank to cut at.) The look-behind starts a match only
# where a run starts, which keeps the search linear.
LONG_TOKEN = re.compile(r"(?<!\S)\S{500,}")

# A group ends when it holds this many sentences for the model, this many documents, or
# this many characters of text.
GROUP_SENTENCES = 512
GROUP_DOCUMENTS = 256
GROUP_CHARACTERS = 4_000_000

# A document longer than this many characters is read in parts, each handed on once read
# (its claims streamed with ``run(..., parts=True)``, its analyses let go): runs of whole
# articles, and an article longer than this in blocks of whole paragraphs (of sentences
# where one paragraph is longer).
PART_CHARACTERS = 100_000

# A block of a long article is read after the paragraphs of the block before it that start
# within this many characters of it: a period, a source, an event or a headline the article
# gave there carries into the block, one given further back does not (a frame, a source or
# an anaphor is looked for no further back across a block's start).
BLOCK_CONTEXT = 5_000

# The size of vocabulary (lexemes) up to which the words of the text read are kept for the
# next groups; beyond it each group's new words are dropped after it (spaCy's memory zone).
KEPT_VOCABULARY = 40_000


@dataclass
class Job:
    """One document to analyse: a document already read, a raw text, or a file to read
    (``path``, with the caller's ``published`` date); or the error that stopped it early."""

    doc_id: str
    raw: RawDocument | None = None
    document: Document | None = None
    path: Path | None = None
    published: date | None = None
    error: DocumentError | None = None
    skipped: DocumentWarning | None = None


@dataclass
class _Work:
    """A document through the cheap pass, waiting for the model."""

    document: Document
    page: Page  # the document's per-sentence time expressions, found once
    # the parts it is read in: (first sentence read for context, first sentence, end)
    plan: list[tuple[int, int, int]] = field(default_factory=list)
    drafts: dict[int, list[ClaimDraft]] = field(default_factory=dict)
    failure: str | None = None
    warnings: list[DocumentWarning] = field(default_factory=list)
    # the text as read and the map back to it, when the document was normalised
    original: str | None = None
    offsets: OffsetMap = field(default_factory=OffsetMap)
    # what the parts read so far gave, when they are handed on together
    claims: list[Claim] = field(default_factory=list)
    rejected: list[RejectedNumber] = field(default_factory=list)
    dated: list[DocumentWarning] = field(default_factory=list)


@dataclass
class _Part:
    """Sentences ``start`` to ``end`` of a document, read after those from ``context``."""

    work: _Work
    number: int
    context: int
    start: int
    end: int
    chosen: list[int]
    found: dict[int, list[QuantityMention]]  # the cheap pass's quantities

    @property
    def last(self) -> bool:
        return self.number == len(self.work.plan) - 1


def _error(doc_id: str, stage: str, exc: BaseException | str) -> DocumentResult:
    reason = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    return DocumentResult(
        doc_id=doc_id, error=DocumentError(document=doc_id, stage=stage, reason=reason[:500])
    )


def bounded_sentences(document: Document) -> Document:
    """The document with every sentence longer than :data:`MAX_SENTENCE` cut at blanks
    into pieces no longer than that, runs of 500 characters without a blank left out (the
    same document when no sentence is that long).

    >>> from sinorus_facts.ingest.reading import RawDocument
    >>> doc = bounded_sentences(build_document(RawDocument("x", "word " * 500)))
    >>> [s.end - s.start for s in doc.sentences]
    [999, 999, 499]
    """
    if all(s.end - s.start <= MAX_SENTENCE for s in document.sentences):
        return document
    sentences: list[Sentence] = []
    for sentence in document.sentences:
        if sentence.end - sentence.start <= MAX_SENTENCE:
            sentences.append(sentence)
            continue
        for start, end in _pieces(document.text, sentence.start, sentence.end):
            sentences.append(sentence.model_copy(update={"start": start, "end": end}))
    return document.model_copy(update={"sentences": tuple(sentences)})


def _dropped_runs(document: Document) -> int:
    """How many runs of :data:`LONG_TOKEN` :func:`bounded_sentences` leaves out of ``document``."""
    text = document.text
    return sum(
        len(LONG_TOKEN.findall(text, s.start, s.end))
        for s in document.sentences
        if s.end - s.start > MAX_SENTENCE
    )


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Pieces of ``text[start:end]`` of at most :data:`MAX_SENTENCE` characters, cut at
    blanks, leaving out every run of :data:`LONG_TOKEN` characters or more."""
    position = start
    for run in LONG_TOKEN.finditer(text, start, end):
        yield from _cut(text, position, run.start())
        position = run.end()
    yield from _cut(text, position, end)


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        stop = min(end, start + MAX_SENTENCE)
        if stop < end:
            blank = max(
                text.rfind(" ", start + MAX_SENTENCE // 2, stop),
                text.rfind("\n", start + MAX_SENTENCE // 2, stop),
            )
            stop = blank if blank > start else stop
        piece_end = stop
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        if piece_end > start:
            yield start, piece_end
        start = stop


def candidate_sentences(document: Document, *, analyse_all: bool = False) -> list[int]:
    """Indexes of the sentences worth the model: not page furniture, and holding a figure
    the text-only quantity finder sees (every sentence that is not furniture with
    ``analyse_all``).

    >>> from sinorus_facts.ingest.reading import RawDocument
    >>> candidate_sentences(build_document(RawDocument("x", "No figure here. Exports rose 5%.")))
    [1]
    """
    return list(_candidates(document, analyse_all=analyse_all))


def _candidates(
    document: Document, *, analyse_all: bool, sentences: range | None = None
) -> dict[int, list[QuantityMention]]:
    """The candidate sentences' indexes (of ``sentences``, else all), each with the
    quantities the text-only finder saw in it (none looked for with ``analyse_all``), which
    the model's component reuses."""
    chosen: dict[int, list[QuantityMention]] = {}
    cells = table_columns(document.text) if "|" in document.text else []
    for index in sentences if sentences is not None else range(len(document.sentences)):
        sentence = document.sentences[index]
        if sentence.boilerplate:
            continue
        if analyse_all:
            chosen[index] = []
        elif found := find_quantities(document.text[sentence.start : sentence.end]):
            chosen[index] = in_table_cells(found, sentence.start, cells)
    return chosen


def _raw_of(job: Job) -> RawDocument | DocumentResult:
    """The job's raw document (its file read); an error result if that fails."""
    if job.raw is not None:
        return job.raw
    if job.path is None:
        return _error(job.doc_id, "read", "nothing to read")
    try:
        raw = read_path(job.path)
    except InputError as exc:
        return _error(job.doc_id, "read", str(exc))
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop a batch
        return _error(job.doc_id, "read", exc)
    if looks_binary(raw.text):
        return _error(
            job.doc_id, "decode", f"'{job.path}' is not text: it looks like a binary file"
        )
    return dataclasses.replace(raw, doc_id=job.doc_id, published=job.published or raw.published)


def _prepare(job: Job, *, analyse_all: bool) -> _Work | DocumentResult:
    """The cheap pass of one job: read, check the language, split, pick the sentences."""
    if job.error is not None:
        return DocumentResult(doc_id=job.doc_id, error=job.error)
    if job.skipped is not None:
        return DocumentResult(doc_id=job.doc_id, warnings=(job.skipped,))
    source = job.document if job.document is not None else _raw_of(job)
    if isinstance(source, DocumentResult):
        return source
    if (text := without_surrogates(source.text)) is not source.text:
        source = (
            source.model_copy(update={"text": text})
            if isinstance(source, Document)
            else dataclasses.replace(source, text=text)
        )
    original = source.text
    clean, offsets = normalise(original)  # invisible characters out; offsets mapped back in _finish
    language = guess_language(clean)
    if language != "en":
        return _other_language(source, language, clean, offsets)
    try:
        if isinstance(source, Document):
            document = source if clean == original else document_normalised(source, clean, offsets)
        else:
            document = build_document(
                source if clean == original else dataclasses.replace(source, text=clean)
            )
    except Exception as exc:  # noqa: BLE001
        return _error(source.doc_id, "parse", exc)
    try:
        bounded = bounded_sentences(document)
        cut = cut_warnings(
            document,
            bounded,
            MAX_SENTENCE,
            _dropped_runs(document) if bounded is not document else 0,
        )
        work = _Work(bounded, Page(bounded), _plan(bounded), warnings=cut)
    except Exception as exc:  # noqa: BLE001
        return _error(document.doc_id, "extract", exc)
    if clean != original:
        work.original, work.offsets = original, offsets
    return work


def _other_language(
    source: RawDocument | Document, script: str, clean: str, offsets: OffsetMap
) -> DocumentResult:
    """A document not in English: read by the pipeline of its language (Russian, Chinese)
    where that language's extra is installed; else no claims, and a warning that says what
    to install."""
    # Loaded at the first such document: a corpus of English text needs none of it.
    from sinorus_facts.pipeline.languages import (
        extract_language,
        install_hint,
        language_available,
        reading_language,
    )

    language = reading_language(script, clean)
    if language is None or not language_available(language):
        hint = install_hint(language) if language else None
        return DocumentResult(
            doc_id=source.doc_id,
            language=script,
            warnings=tuple(language_warnings(source.doc_id, script, install=hint)),
        )
    try:
        claims = extract_language(clean, language, doc_id=source.doc_id, published=source.published)
        if clean != source.text:
            claims = [claim_in_original(c, source.text, clean, offsets) for c in claims]
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop a batch
        return _error(source.doc_id, "extract", exc)
    return DocumentResult(doc_id=source.doc_id, claims=tuple(claims), language=language)


def _prepared(job: Job, *, analyse_all: bool) -> _Work | DocumentResult:
    """:func:`_prepare`, with whatever it did not foresee one error record of the job."""
    try:
        return _prepare(job, analyse_all=analyse_all)
    except Exception as exc:  # noqa: BLE001 - one document's failure must not stop a batch
        return _error(job.doc_id, "read", exc)


def _plan(document: Document) -> list[tuple[int, int, int]]:
    """The parts a document is read in (first sentence read for context, first sentence,
    end): the whole of it when it holds at most :data:`PART_CHARACTERS` characters.

    >>> from sinorus_facts.ingest.reading import RawDocument
    >>> doc = build_document(RawDocument("x", "Exports rose 5% in May." * 4))
    >>> _plan(doc)
    [(0, 0, 1)]
    """
    sentences = document.sentences
    if len(document.text) <= PART_CHARACTERS or not sentences:
        return [(0, 0, len(sentences))]
    plan = []
    start = 0
    while start < len(sentences):
        end = _part_end(document, start)
        plan.append((_context_start(document, start), start, end))
        start = end
    return plan


def _part_end(document: Document, start: int) -> int:
    """Where a part that begins at sentence ``start`` ends: after the last whole article
    that fits in :data:`PART_CHARACTERS`, else the last whole paragraph, else the last
    sentence (one at least)."""
    sentences = document.sentences
    first = sentences[start].start
    article = paragraph = None
    end = start + 1
    while end < len(sentences):
        # a cut before sentence ``end``: between two articles, or two paragraphs
        if sentences[end].article != sentences[end - 1].article:
            article = end
        if sentences[end].paragraph != sentences[end - 1].paragraph:
            paragraph = end
        if sentences[end].end - first > PART_CHARACTERS:
            return article or paragraph or end
        end += 1
    return end


def _context_start(document: Document, start: int) -> int:
    """The first sentence read before a part that begins at sentence ``start`` inside an
    article: the first that opens a paragraph within :data:`BLOCK_CONTEXT` characters
    before it, in the same article (``start`` itself at an article's start)."""
    sentences = document.sentences
    article, limit = sentences[start].article, sentences[start].start - BLOCK_CONTEXT
    first = start
    while (
        first > 0
        and sentences[first - 1].article == article
        and sentences[first - 1].start >= limit
    ):
        first -= 1
    while (
        first < start and first > 0 and sentences[first - 1].paragraph == sentences[first].paragraph
    ):
        first += 1
    return first


def _parts(
    prepared: Iterable[_Work | DocumentResult], *, analyse_all: bool
) -> Iterator[_Part | DocumentResult]:
    """Each document's parts, their candidate sentences picked as they come."""
    for item in prepared:
        if not isinstance(item, _Work):
            yield item
            continue
        for number, (context, start, end) in enumerate(item.plan):
            try:
                found = _candidates(
                    item.document, analyse_all=analyse_all, sentences=range(start, end)
                )
            except Exception as exc:  # noqa: BLE001
                item.failure = item.failure or f"{type(exc).__name__}: {exc}"
                found = {}
            yield _Part(
                item, number, context, start, end, list(found), {} if analyse_all else found
            )


def _groups(prepared: Iterable[_Part | DocumentResult]) -> Iterator[list[_Part | DocumentResult]]:
    group: list[_Part | DocumentResult] = []
    sentences = characters = 0
    for item in prepared:
        group.append(item)
        if isinstance(item, _Part):
            sentences += len(item.chosen)
            document = item.work.document
            if item.end > item.start:
                characters += (
                    document.sentences[item.end - 1].end - document.sentences[item.start].start
                )
        if (
            sentences >= GROUP_SENTENCES
            or len(group) >= GROUP_DOCUMENTS
            or characters >= GROUP_CHARACTERS
        ):
            yield group
            group, sentences, characters = [], 0, 0
    if group:
        yield group


def _sentence_doc(nlp: Language, part: _Part, index: int) -> Doc:
    work = part.work
    document = work.document
    sentence = document.sentences[index]
    text = document.text[sentence.start : sentence.end]
    doc = made_from(nlp.make_doc(text), text)
    if index in part.found:
        preset_quantities(doc, part.found[index])
    doc._.sf_timexes = [t.to_dict() for t in work.page.timexes(index)]
    article = document.articles[sentence.article] if sentence.article is not None else None
    reference = article.reference_date if article else document.published
    # the earliest day a page dated from its own text can have been written
    earliest = article.reference_earliest if article and article.reference_inferred else None
    doc._.sf_context = {
        "reference_date": reference.isoformat() if reference else None,
        "reference_earliest": earliest.isoformat() if earliest else None,
        "title": article.title if article else document.title,
    }
    return doc


def _analyse(
    nlp: Language, works: list[_Part], batch_size: int, *, analyse_all: bool = False
) -> None:
    """Run the model over the chosen sentences of the parts ``works`` (their documents'
    ``drafts``); if the batch fails, again one sentence at a time, so only the culprit's
    document fails.

    The parser, NER and what follows run only on the sentences where a figure may be a
    claim once the tags have completed the quantities (:func:`_late_components`); the others have no
    claim whatever NER would say (``analyse_all``: every component on every sentence)."""

    def tasks() -> Iterator[tuple[Doc, tuple[int, int]]]:
        for number, work in enumerate(works):
            for index in work.chosen:
                yield _sentence_doc(nlp, work, index), (number, index)

    late = [] if analyse_all else _late_components(nlp)
    try:
        analysed = nlp.pipe(
            tasks(),
            as_tuples=True,
            batch_size=batch_size,
            disable=[name for name, _ in late],
            component_cfg={name: {"batch_size": TOK2VEC_BATCH_SIZE} for name in _EMBEDDERS},
        )
        for chunk in _chunks(analysed, batch_size):
            for doc, (number, index) in _claims_of(chunk, late, batch_size, uses_fast_paths(nlp)):
                works[number].work.drafts[index] = [
                    ClaimDraft.from_dict(d) for d in doc._.sf_claims or []
                ]
    except Exception:  # noqa: BLE001 - find the document that failed, below
        _analyse_one_by_one(nlp, works)


# The model's embedding layer, run in smaller batches than the rest (TOK2VEC_BATCH_SIZE).
_EMBEDDERS = ("tok2vec",)


def _late_components(nlp: Language) -> list[tuple[str, Any]]:
    """The components that need run only where a figure may be a claim: from the parser
    (or ``ner`` when there is no parser) on, all but the quantity finder, which needs the
    tags alone; none if the pipeline is not laid out so (no ``ner``, our components
    missing, the tagger after the parser).

    >>> from sinorus_facts.pipeline.loading import load_pipeline
    >>> [name for name, _ in _late_components(load_pipeline())]
    ['parser', 'attribute_ruler', 'lemmatizer', 'ner', 'sinorus_timexes', 'sinorus_claims']
    """
    names = nlp.pipe_names
    if "ner" not in names or not {"sinorus_quantities", "sinorus_claims"} <= set(names):
        return []
    if names.index("sinorus_claims") < names.index("ner"):
        return []
    first = names.index("ner")
    if "parser" in names and names.index("parser") < first:
        tagged_before = "tagger" in names and names.index("tagger") < names.index("parser")
        first = names.index("parser") if tagged_before else first
    return [(name, nlp.get_pipe(name)) for name in names[first:] if name != "sinorus_quantities"]


def _chunks(items: Iterable[tuple[Doc, Any]], size: int) -> Iterator[list[tuple[Doc, Any]]]:
    chunk: list[tuple[Doc, Any]] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def may_hold_claims(doc: Doc) -> bool:
    """Whether a quantity of ``doc`` (tagged, quantities found) passes the claim filter:
    if none does, the sentence has no claim, whatever its entities or parse.

    >>> from sinorus_facts.pipeline.loading import load_pipeline
    >>> nlp = load_pipeline()
    >>> [may_hold_claims(nlp(t)) for t in ("Exports rose 5%.", "He was one of them.")]
    [True, False]
    """
    text = text_of(doc)
    return any(
        why_not_a_claim(text, share_of_fraction(QuantityMention.from_dict(q), text)) is None
        for q in doc._.sf_quantities or []
    )


def _claims_of(
    chunk: list[tuple[Doc, Any]], late: list[tuple[str, Any]], batch_size: int, step: bool
) -> Iterator[tuple[Doc, Any]]:
    """The chunk's Docs with their claims: the ``late`` components run over those that may
    hold one (decoded step by step where ``step``: :mod:`sinorus_facts.pipeline.fast`);
    the others get none."""
    if not late:
        yield from chunk
        return
    chosen = []
    for doc, context in chunk:
        if may_hold_claims(doc):
            chosen.append((doc, context))
        else:
            doc._.sf_claims = []
            yield doc, context
    docs: Iterable[Doc] = (doc for doc, _ in chosen)
    for name, component in late:
        if name == "ner":
            docs = _names_found(component, list(docs), batch_size, step)
        else:
            docs = decode(component, docs, batch_size=batch_size, step=step)
    for doc, (_, context) in zip(docs, chosen, strict=True):
        yield doc, context


def _names_found(ner: Any, docs: list[Doc], batch_size: int, step: bool) -> list[Doc]:
    """``docs`` with NER run over those that name something the lexicons do not know
    (:func:`~sinorus_facts.claims.entities.names_beyond_lexicon`); on the others it would
    change no claim."""
    named = [doc for doc in docs if names_beyond_lexicon(doc)]
    for _ in decode(ner, named, batch_size=batch_size, step=step):
        pass
    return docs


def _analyse_one_by_one(nlp: Language, works: list[_Part]) -> None:
    for part in works:
        work = part.work
        for index in part.chosen:
            work.drafts.pop(index, None)
        for index in part.chosen:
            if work.failure is not None:
                break
            try:
                analysed = nlp(_sentence_doc(nlp, part, index))
                work.drafts[index] = [ClaimDraft.from_dict(d) for d in analysed._.sf_claims or []]
            except Exception as exc:  # noqa: BLE001
                sentence = work.document.sentences[index]
                work.failure = f"{type(exc).__name__}: {exc} (in the sentence at {sentence.start})"


def _read_part(part: _Part) -> tuple[list[Claim], tuple[RejectedNumber, ...]]:
    """The claims and rejected numbers of a part's sentences, its context read before them."""
    work = part.work
    document, page = work.document, work.page
    whole = len(work.plan) == 1
    drafts = sorted(
        (index, drafts) for index, drafts in work.drafts.items() if part.context <= index < part.end
    )
    page.window = None if whole else (part.context, part.end)
    try:
        claims = build_claims(document, drafts, page)
    finally:
        page.window = None
    if part.context < part.start:
        first = document.sentences[part.start].start
        claims = [c for c in claims if c.evidence.sentence_start >= first]
    claims = with_foreign_sentences(document, claims, range(part.start, part.end))
    sentences = None if whole else range(part.start, part.end)
    rejected = rejected_numbers(document, claims, part.found, sentences)
    if work.original is not None:
        claims = [claim_in_original(c, work.original, document.text, work.offsets) for c in claims]
        rejected = tuple(number_in_original(r, work.original, work.offsets) for r in rejected)
    return claims, rejected


def _finish(part: _Part, *, parts: bool) -> DocumentResult | None:
    """The result a part gives: with ``parts``, its own claims (the last also the
    document's warnings); else, at the last part, the whole document's."""
    work = part.work
    document = work.document
    if work.failure is None:
        try:
            claims, rejected = _read_part(part)
            dated = [w for w in date_warnings(document, claims) if w not in work.dated]
            work.dated.extend(dated)
        except Exception as exc:  # noqa: BLE001
            work.failure = f"{type(exc).__name__}: {exc}"
    if not part.last:  # let go what the next parts do not read
        following = work.plan[part.number + 1][0]
        for index in [i for i in work.drafts if i < following]:
            del work.drafts[index]
        work.page.forget(following)
    if work.failure is not None:
        return _error(document.doc_id, "extract", work.failure) if part.last else None
    if not parts:
        work.claims.extend(claims)
        work.rejected.extend(rejected)
        if not part.last:
            return None
        claims, rejected = work.claims, tuple(work.rejected)
    return DocumentResult(
        doc_id=document.doc_id,
        claims=tuple(claims),
        language="en",
        warnings=(*work.warnings, *work.dated) if part.last else (),
        rejected=tuple(rejected),
        more=parts and not part.last,
    )


def warm_up(nlp: Language) -> None:
    """Load now what the library loads on first use (lexicons, compiled patterns, the
    fallback unit table), so that the first document is not slow and worker
    processes forked afterwards share it all.

    >>> from sinorus_facts.pipeline.loading import load_pipeline
    >>> warm_up(load_pipeline())
    """
    from sinorus_facts.quantities.units import quantulum_surfaces

    quantulum_surfaces()
    text = "BEIJING, May 31 (Xinhua) -- Exports rose 5% to $3 billion in the first half of 2018, the ministry said."
    for _ in run(nlp, [Job("warm-up", raw=RawDocument("warm-up", text))]):
        pass


def run(
    nlp: Language | Callable[[], Language],
    jobs: Iterable[Job],
    *,
    batch_size: int = BATCH_SIZE,
    analyse_all: bool = False,
    parts: bool = False,
) -> Iterator[DocumentResult]:
    """Analyse the jobs' documents and yield one result per job, in input order: its
    claims, or the error that stopped it, or no claims and the script of a text that is
    not read (``DocumentResult.language``). ``nlp`` is the English pipeline, or what loads
    it: then it is loaded at the first English document (a corpus of Russian or Chinese
    text needs no English model).

    A document longer than :data:`PART_CHARACTERS` is read in parts; with ``parts`` each
    part's claims come as soon as it is read, in a result of their own (``more`` on all
    but the document's last, which holds its warnings), and a failure after the first
    part comes as an error result after the claims of the parts before."""
    prepared = (_prepared(job, analyse_all=analyse_all) for job in jobs)
    for group in _groups(_parts(prepared, analyse_all=analyse_all)):
        works = [item for item in group if isinstance(item, _Part) and item.work.failure is None]
        if works:
            if not isinstance(nlp, Language):
                nlp = nlp()
            # While the vocabulary is small, the words a group brings stay in it (the
            # common words, looked up again in every later group); once it is full, every
            # group's new words go with the group, so memory does not grow with the corpus.
            with nullcontext() if len(nlp.vocab) < KEPT_VOCABULARY else nlp.memory_zone():
                _analyse(nlp, works, batch_size, analyse_all=analyse_all)
        for item in group:
            if not isinstance(item, _Part):
                yield item
            elif (result := _finish(item, parts=parts)) is not None:
                yield result
