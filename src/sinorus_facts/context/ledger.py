"""The ledger of a document's numbers: every number the library read ends as a claim or as
a rejected number with its reason, so that a missed figure can be found and rescued.

A number is a run of digits ("31.2", "1,500") or of number words ("twenty-five", "three
hundred", "hundreds of thousands"), or a multiplier word ("doubled", "twofold"). Each
number that no claim covers gets the first reason that applies:

- ``page_furniture``: its sentence is page furniture (a menu, a subscription box);
- ``dateline``: it stands in the line an article's date was read from;
- the kind of span the quantity layer excludes (``date``, ``time``, ``year``, ``decade``,
  ``ordinal``, ``rank``, ``enumerator``, ``name``, ``ratio``, ``address``, ``reference``,
  ``url``, ``email``, ``file``, ``score``; rule ``exclusions.<kind>``);
- the reason the claim filter gave a quantity found there (``bare_number``,
  ``incidental_count``, ``time_frame``, ``age_of_a_person``, ...; rule
  ``worthiness.<reason>``);
- ``year``: a bare number that reads as a year ("in 2018");
- ``no_quantity``: a number the quantity layer read no quantity in (no unit, scale or cue:
  "one of the largest", "two countries").

>>> from sinorus_facts.ingest.reading import RawDocument
>>> from sinorus_facts.periods.articles import build_document
>>> doc = build_document(RawDocument("d", "In 2018, two firms sold 5 million tonnes."))
>>> [(r.text, r.reason) for r in rejected_numbers(doc, [], {})]
[('2018', 'year'), ('two', 'no_quantity'), ('5 million', 'no_quantity')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from sinorus_facts.claims.worthiness import why_not_a_claim
from sinorus_facts.common.alternation import words_alternation
from sinorus_facts.lexicons import CueEntry, ScaleEntry, lexicon_cache, load_lexicon
from sinorus_facts.models import Claim, Document, RejectedNumber
from sinorus_facts.quantities.exclusions import excluded_spans, is_year_like
from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.numbers import number_word_table
from sinorus_facts.quantities.refine import share_of_fraction

__all__ = ["number_spans", "rejected_numbers"]

# A run of digits as news writes it: "31.2", "1,500", "2018", "12 500" is two runs.
DIGITS = r"\d+(?:[.,]\d+)*"

# Words that count a span of time as a number does ("more than a decade": ten years).
TIME_COUNTS = ("decade", "decades")

# What a reason's slug has no room for: the spaces and the "'" of "page furniture's".
NOT_SLUG = re.compile(r"[^a-z0-9]+")

# A digit, and a word of letters (for the quick look before the numbers are read).
ANY_DIGIT = re.compile(r"\d")
WORDS = re.compile(r"[^\W\d_]+")

# The kinds of excluded span under the names the ledger gives them.
EXCLUDED_AS = {"years": "year", "furniture": "page_furniture"}


@lexicon_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The number, scale and multiplier words a number may be written with (lower case)."""
    # "hundreds of" is a word of the lexicon: its "of" joins the next number, if any
    words = {
        w.removesuffix(" of") for w, entry in number_word_table().items() if entry.role != "article"
    }
    multipliers = {
        w.lower()
        for e in load_lexicon("changes").entries
        if isinstance(e, CueEntry) and e.change == "factor"
        for w in e.words
        if " " not in w
    }
    scales = {
        w.lower()
        for e in load_lexicon("scale_words").entries
        if isinstance(e, ScaleEntry)
        for w in e.words
    }
    return frozenset(words | multipliers | scales | set(TIME_COUNTS))


@lexicon_cache(maxsize=1)
def _number_pattern() -> re.Pattern[str]:
    """Digits, number and scale words joined by blanks, hyphens and "and"/"of" ("two hundred
    and five", "hundreds of thousands", "5 million"), and the multiplier words of the
    changes lexicon."""
    alternation = words_alternation(_words())  # a trie: each place read once
    one = rf"(?:{DIGITS}|(?:{alternation})(?![\w]))"
    return re.compile(
        rf"(?<![\w.,]){one}(?:(?:[\s\u00a0-]+(?:(?:and|of)[\s\u00a0]+)?){one})*", re.IGNORECASE
    )


def number_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The numbers of ``text[start:end]``, as (start, end) offsets into ``text``.

    >>> text = "Trade doubled to $1,500 million; three hundred and five firms, 12 of them new."
    >>> [text[s:e] for s, e in number_spans(text)]
    ['doubled', '1,500 million', 'three hundred and five', '12']
    >>> text = "The talks took over a year; a year earlier, nearly a decade of work."
    >>> [text[s:e] for s, e in number_spans(text)]
    ['a year', 'a decade']
    """
    stop = len(text) if end is None else end
    lowered = text[start:stop].lower()
    spans = []
    if ANY_DIGIT.search(text, start, stop) or _number_words() & set(WORDS.findall(lowered)):
        spans = [(m.start(), m.end()) for m in _number_pattern().finditer(text, start, stop)]
    if any(unit in lowered for unit in _TIME_UNITS_OF_ONE):
        ones = [m.span("one") for m in _bounded_one().finditer(text, start, stop)]
        spans = sorted(ones + [n for n in spans if not _overlaps(*n, ones)])  # "a decade"
    return spans


# One of a unit of time, counted by its article after a bound: a duration ("over a year",
# "nearly a decade", "more than a month"), though no number word is written.
_TIME_UNITS_OF_ONE = frozenset({"year", "decade", "century", "month", "week", "day"})


@lexicon_cache(maxsize=1)
def _bounded_one() -> re.Pattern[str]:
    """ "over *a year*": a bound word of the bounds lexicon written before its figure, then
    "a"/"an" and a unit of time (the number: the article and the unit)."""
    bounds = {
        w.lower()
        for e in load_lexicon("bounds").entries
        if isinstance(e, CueEntry) and e.position == "before"
        for w in e.words
        if w[:1].isalpha()
    }
    units = words_alternation(_TIME_UNITS_OF_ONE)
    return re.compile(
        rf"(?<![\w-])(?:{words_alternation(bounds)})\s+(?P<one>an?\s+(?:{units}))\b",
        re.IGNORECASE,
    )


@lexicon_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    """Every word that begins a number of :func:`_number_pattern` but digits (lower case)."""
    return frozenset(w.split()[0] for w in _words())


def _slug(reason: str) -> str:
    return NOT_SLUG.sub("_", reason.lower()).strip("_")


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``start:end`` overlaps one of ``spans`` (sorted by start, none inside another
    by more than the longest span's length: the spans of claims or datelines)."""
    at = bisect.bisect_left(spans, (end, end))
    return any(s < end and start < e for s, e in spans[max(0, at - 8) : at])


def _dateline_spans(document: Document) -> list[tuple[int, int]]:
    spans = []
    for article in document.articles:
        if article.dateline:
            at = document.text.find(article.dateline, article.start, article.end)
            if at >= 0:
                spans.append((at, at + len(article.dateline)))
    return spans


def _why(
    document: Document,
    index: int,
    start: int,
    end: int,
    mentions: Sequence[QuantityMention],
    excluded: tuple[tuple[int, int, str, str], ...],
) -> tuple[str, str]:
    """(reason, rule) of the number at ``start:end`` of sentence ``index``, not in furniture
    or a dateline; ``excluded`` the sentence's excluded spans."""
    sentence = document.sentences[index]
    text = document.text[sentence.start : sentence.end]
    local = (start - sentence.start, end - sentence.start)
    for s, e, _, why in excluded:
        if s < local[1] and local[0] < e:
            return EXCLUDED_AS.get(why, why), f"exclusions.{why}"
    for mention in mentions:
        if mention.start < local[1] and local[0] < mention.end:
            refused = why_not_a_claim(text, share_of_fraction(mention, text))
            if refused is not None:
                return _slug(refused), f"worthiness.{_slug(refused)}"
    digits = document.text[start:end]
    if digits.isdigit() and is_year_like(digits):
        return "year", "quantities.year"
    return "no_quantity", "quantities.no_unit_or_cue"


def rejected_numbers(
    document: Document,
    claims: Sequence[Claim],
    mentions: Mapping[int, Sequence[QuantityMention]],
    sentences: range | None = None,
) -> tuple[RejectedNumber, ...]:
    """The numbers of ``document`` (of its ``sentences``, else all) that none of ``claims``
    covers, each with its reason; ``mentions`` are the quantities found in each sentence
    (by index, offsets into the sentence), where the quantity layer looked."""
    covered = sorted((c.evidence.quantity_start, c.evidence.quantity_end) for c in claims)
    datelines = sorted(_dateline_spans(document))
    out = []
    text = document.text
    for index in sentences if sentences is not None else range(len(document.sentences)):
        sentence = document.sentences[index]
        excluded: tuple[tuple[int, int, str, str], ...] | None = None
        for start, end in number_spans(text, sentence.start, sentence.end):
            if _overlaps(start, end, covered):
                continue
            if sentence.boilerplate:
                reason, rule = "page_furniture", "cleaning.furniture"
            elif _overlaps(start, end, datelines):
                reason, rule = "dateline", "articles.dateline"
            else:
                if excluded is None:
                    excluded = excluded_spans(text[sentence.start : sentence.end])
                found = mentions.get(index, ())
                reason, rule = _why(document, index, start, end, found, excluded)
            out.append(
                RejectedNumber(
                    doc_id=document.doc_id,
                    text=text[start:end],
                    start=start,
                    end=end,
                    reason=reason,
                    rule=rule,
                )
            )
    return tuple(out)
