"""The document pass: claim drafts of all sentences become :class:`Claim` records, with
what needs more than one sentence resolved:

- the source of a figure's own sentence, resolved with the article
  (:mod:`sinorus_facts.context.sources.credit`);
- a figure whose doer is "it" or "they" is categorised with the sentence before, where
  news names the doer ("The first line ... It has transported 110 million tons");
- periods that need other sentences (:mod:`sinorus_facts.periods.document`);
- then the article as the context of each figure: the period and source a report gives
  its breakdowns (:mod:`sinorus_facts.context`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import takewhile

from sinorus_facts.claims.assemble import PART_OF_A_COUNT
from sinorus_facts.claims.category import (
    FigureWords,
    category_in_article,
    category_of,
    instrument_category,
)
from sinorus_facts.claims.draft import ClaimDraft
from sinorus_facts.common.ids import claim_id
from sinorus_facts.common.scans import indexed
from sinorus_facts.context import Figure, read_in_context
from sinorus_facts.context.frames.reports import ASIDE, narrower
from sinorus_facts.context.sources.credit import credit
from sinorus_facts.lexicons.cues import cue_words, phrase_pattern
from sinorus_facts.models import Article, Claim, Document, Evidence, Period, Sentence
from sinorus_facts.periods.document import period_in_context
from sinorus_facts.periods.page import Page
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["build_claims"]

# A year written out in a time expression: "2019" in "in May 2019" (not "last year").
YEAR_WRITTEN = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _counts_as_before(draft: ClaimDraft, mention: QuantityMention) -> bool:
    """Whether a figure with no unit is said of the figure before it ("this figure exceeded
    400,000", "the indicator reached 900,000", "expects the number to exceed 300,000": a
    measure that is a pointer back, of the categories or claim_filters lexicon), and so
    counts what that figure counted."""
    if mention.unit is not None or not draft.measure:
        return False
    measure = draft.measure.lower()
    return measure in cue_words("claim_filters", "anaphoric_count") or (
        measure in (pointing := cue_words("categories", "anaphoric_measure"))
        or (draft.measure_head or "").lower() in pointing
    )


# The sign both the yen and the yuan are written with, which the quantity layer reads as yen.
YEN_SIGN = "¥"


def _currency_of_the_sign(
    document: Document, article: Article | None, unit: str | None
) -> str | None:
    """The yuan for a bare "¥" in an article that speaks of China or the yuan and never of
    Japan or the yen ("Bank of China's loans reached ¥12 billion"); ``unit`` otherwise."""
    if unit != "JPY":
        return unit
    text = document.text[article.start : article.end] if article is not None else document.text
    if phrase_pattern("context", "yuan_sign_context").search(text) and not phrase_pattern(
        "context", "yen_sign_context"
    ).search(text):
        return "CNY"
    return unit


def _article_of(document: Document, sentence: Sentence) -> Article | None:
    return document.articles[sentence.article] if sentence.article is not None else None


def _category(
    document: Document,
    index: int,
    draft: ClaimDraft,
    unit: str | None,
    before: list[tuple[int, str]] | None = None,
) -> str:
    """The draft's category, read with the figures ``before`` it in the article (sentence
    index, category) where its measure points back or says nothing
    (:func:`~sinorus_facts.claims.category.category_in_article`)."""
    own = _category_with_doer(document, index, draft, unit)
    sentence = document.sentences[index]
    last = before[-1] if before else None
    near = last[1] if last is not None and index - last[0] <= 2 else None
    recent = takewhile(lambda figure: index - figure[0] <= 2, reversed(before or []))
    earlier = next((kind for at, kind in recent if at < index), None)
    words = FigureWords(
        measure=draft.measure,
        head=draft.measure_head,
        sentence=document.text[sentence.start : sentence.end],
        unit=unit,
    )
    prior = document.sentences[index - 1] if index > 0 else None
    previous = (
        document.text[prior.start : prior.end]
        if prior is not None
        and prior.article == sentence.article
        and prior.paragraph == sentence.paragraph
        else None
    )
    return category_in_article(own, words, near, earlier, previous)


def _category_with_doer(document: Document, index: int, draft: ClaimDraft, unit: str | None) -> str:
    """The draft's category; a figure whose doer is "it" or "they" is read with the
    sentence before, where news names the doer ("The first line ... It has transported")."""
    if not draft.agent_pronoun or index == 0:
        return draft.category
    sentence, previous = document.sentences[index], document.sentences[index - 1]
    if previous.article != sentence.article:
        return draft.category
    article = _article_of(document, sentence)
    return category_of(
        FigureWords(
            measure=draft.measure,
            head=draft.measure_head,
            whole=draft.whole,
            agent=document.text[previous.start : previous.end],
            sentence=document.text[sentence.start : sentence.end],
            title=article.title if article else None,
            unit=unit,
        )
    )


def _in_dateline(document: Document, article: Article | None, mention: QuantityMention) -> bool:
    """Whether a figure stands inside the line the article's date was read from."""
    if article is None or not article.dateline:
        return False
    # the first time the article writes its dateline, if it starts at or before the figure
    end = min(article.end, mention.start + len(article.dateline))
    start = document.text.find(article.dateline, article.start, end)
    return start >= 0 and start <= mention.start < start + len(article.dateline)


def _period(draft: ClaimDraft, offset: int, article: Article | None) -> Period | None:
    timex = draft.period
    if timex is None:
        return None
    # a relative time ("this year") read against a date inferred for a page without one
    inferred = (
        article is not None and article.reference_inferred and not YEAR_WRITTEN.search(timex.text)
    )
    return Period(
        start=timex.begin,
        end=timex.end_date,
        text=timex.text,
        text_start=timex.start + offset,
        text_end=timex.end + offset,
        granularity=timex.granularity,
        origin="inferred" if inferred else "sentence",
    )


def build_claims(
    document: Document, analysed: Iterable[tuple[int, list[ClaimDraft]]], page: Page | None = None
) -> list[Claim]:
    """Claims of ``document`` from the drafts of its analysed sentences (sentence index,
    drafts with offsets into the sentence); ``page`` holds the document's time expressions
    where they were found already. The text's scans are indexed meanwhile
    (:mod:`sinorus_facts.common.scans`)."""
    with indexed(document.text):
        return _build_claims(document, analysed, page if page is not None else Page(document))


def _build_claims(
    document: Document, analysed: Iterable[tuple[int, list[ClaimDraft]]], page: Page
) -> list[Claim]:
    text = document.text
    figures: list[Figure] = []
    # the sources credited in each article, each once, in the order they were last credited
    credited: dict[int | None, list[str]] = {}
    dated: dict[int | None, Period] = {}  # the last period of a figure in each article
    kinds: dict[int | None, list[tuple[int, str]]] = {}  # each figure's sentence and category
    counts: dict[int | None, str] = {}  # the unit of the last count in each article
    counted: dict[int | None, str] = {}  # and its category
    for index, drafts in analysed:
        sentence = document.sentences[index]
        offset = sentence.start
        article = _article_of(document, sentence)
        for draft in drafts:
            mention = draft.quantity.shifted(offset)
            if _in_dateline(document, article, mention):
                continue  # "3" of "December 18, 21:04 UTC+3 MOSCOW": page furniture
            if sentence.article in counts and (
                PART_OF_A_COUNT in mention.flags or _counts_as_before(draft, mention)
            ):
                # "1.2 million tourists came. The remaining 300,000 ...", "... this figure
                # exceeded 400,000": that count's unit
                mention = mention.with_(unit=counts[sentence.article])
            if mention.unit_text == YEN_SIGN:  # "¥12 billion" in news of China: yuan
                mention = mention.with_(unit=_currency_of_the_sign(document, article, mention.unit))
            if mention.unit in ("count", "person") and mention.change is None:
                counts[sentence.article] = mention.unit
            period = period_in_context(
                page,
                index,
                draft.period,
                draft.tense,
                _period(draft, offset, article),
                dated.get(sentence.article),
            )
            if period is not None and not _aside_within(
                document, sentence, period, dated.get(sentence.article)
            ):
                # (a narrower time told as an aside, "In July alone", is not what "over the
                # same period" after it points back to: the report's span is)
                dated[sentence.article] = period
            in_comment = bool(article and article.is_comment)
            attribution = credit(
                page, index, draft, mention.start, credited.get(sentence.article, [])
            )
            if attribution is not None:
                sources = credited.setdefault(sentence.article, [])
                if attribution in sources:
                    sources.remove(attribution)
                sources.append(attribution)
            category = _category(document, index, draft, mention.unit, kinds.get(sentence.article))
            if PART_OF_A_COUNT in mention.flags and draft.measure is None:
                # "Some 1,200 tourists crossed by bus; another 300 came by ferry": more of that count
                category = counted.get(sentence.article, category)
            elif mention.unit in ("count", "person") and mention.change is None:
                counted[sentence.article] = category
            kinds.setdefault(sentence.article, []).append((index, category))
            figures.append(
                Figure(
                    claim=Claim(
                        id=claim_id(document.doc_id, mention.start, mention.end, mention.value),
                        doc_id=document.doc_id,
                        value=float(mention.value),
                        high=float(mention.high) if mention.high is not None else None,
                        unit=mention.unit,
                        bound=mention.bound,
                        change=mention.change,
                        from_value=float(mention.from_value)
                        if mention.from_value is not None
                        else None,
                        category=category,
                        measure=draft.measure,
                        period=period,
                        modality=draft.modality,
                        attribution=attribution,
                        evidence=Evidence(
                            sentence=text[sentence.start : sentence.end],
                            sentence_start=sentence.start,
                            sentence_end=sentence.end,
                            quantity=text[mention.start : mention.end],
                            quantity_start=mention.start,
                            quantity_end=mention.end,
                        ),
                        article=article,
                        confidence=0.0,  # set once the article has been read (context.confidence)
                        unit_text=mention.unit_text,
                        counted=mention.counted,
                        entities=draft.entities,
                        in_comment=in_comment,
                    ),
                    index=index,
                    article=sentence.article,
                    draft=draft,
                )
            )
    return read_in_context(page, _same_sum_same_instrument(document, figures))


# A currency code: the unit of a sum of money.
CURRENCY = re.compile(r"^[A-Z]{3}$")


def _same_sum_same_instrument(document: Document, figures: list[Figure]) -> list[Figure]:
    """The figures with a sum of money said again in its article (the headline, the lead, a
    caption) filed as the instrument one of its mentions names: "sign $25 billion energy
    deal" is the loan deal its lead describes as "in return for loans"."""
    named: dict[tuple[int | None, float, str], set[str]] = {}
    for figure in figures:
        claim = figure.claim
        if claim.unit is None or not CURRENCY.match(claim.unit):
            continue
        sentence = document.sentences[figure.index]
        found = instrument_category(
            FigureWords(
                measure=claim.measure,
                head=figure.draft.measure_head,
                sentence=document.text[sentence.start : sentence.end],
                unit=claim.unit,
            )
        )
        if found is not None:
            named.setdefault((figure.article, claim.value, claim.unit), set()).add(found)
    out = []
    for figure in figures:
        kinds = named.get((figure.article, figure.claim.value, figure.claim.unit or ""), set())
        if len(kinds) == 1 and figure.claim.category not in kinds:
            figure = figure.with_claim(category=next(iter(kinds)))
        out.append(figure)
    return out


def _aside_within(
    document: Document, sentence: Sentence, period: Period, earlier: Period | None
) -> bool:
    """Whether a figure's period is a narrower time inside the article's last one that its
    sentence tells as an aside ("In July alone, flows reached 2.7 bcm" after January-July)."""
    return (
        earlier is not None
        and narrower(period, earlier)
        and ASIDE.search(document.text, sentence.start, sentence.end) is not None
    )
