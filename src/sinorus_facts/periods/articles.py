"""The articles of a page, dated: what the page prints (:mod:`sinorus_facts.ingest.articles`)
completed by what its text makes plain (:mod:`sinorus_facts.periods.dating`).

A dateline without a year takes it from the article's text (the year its reported events
make plain, :func:`~sinorus_facts.periods.dating.dateline_year`), else from the
neighbouring articles; a page's clock or an archive's "Last Updated" stamp dates an article
only when nothing better does and its text does not date its events years earlier
(:func:`~sinorus_facts.periods.dating.stamp_is_stale`).

Each article's ``reference_date`` (what "last year" or "on Sunday" is resolved against)
is its own date, else that of the nearest dated article before it on the page (else after
it), else the date the page's address carries (``hint``), else the date its own text makes
plain (:func:`~sinorus_facts.periods.dating.reference_from_text`), flagged
``reference_inferred``; ``reference_source`` says which. ``reference_earliest`` and
``reference_latest`` say how sure that date is: the date itself where the page or its
address gives one, the bounds the text sets where it was inferred from the text
(:func:`~sinorus_facts.periods.dating.reference_bounds`, also where the text gives no
reference but bounds it), None where nothing bounds it. An article with no date of its
own has ``published: None``: a page's date (an HTML page's metadata) fills it, a caller's
date overrides every date.

>>> page = "Trade hits record\\n\\nBEIJING, May 31 (Xinhua) -- Trade rose.\\n\\u00a0\\nI think so too.\\n"
>>> [(a.title, a.published, a.is_comment) for a in split_articles(page, year_hint=2018)]
[('Trade hits record', datetime.date(2018, 5, 31), False), (None, None, True)]
"""

from __future__ import annotations

from datetime import date

from sinorus_facts.ingest.articles import Post, find_posts
from sinorus_facts.ingest.document import assemble_document
from sinorus_facts.ingest.reading import RawDocument
from sinorus_facts.models import Article, Document, ReferenceSource
from sinorus_facts.periods.dating import (
    dateline_year,
    printed_address,
    reference_bounds,
    reference_from_text,
    stamp_is_stale,
    url_date,
)

__all__ = ["build_document", "split_articles"]


def build_document(raw: RawDocument) -> Document:
    """``raw`` read as a :class:`~sinorus_facts.models.Document`: furniture marked, articles
    found and dated (a date in the page's address, from its metadata or printed on a line
    of its own, "Source: https://...", dates those nothing else does), sentences split (all
    offsets into the text as read).

    >>> doc = build_document(RawDocument("x", "Title of it\\n\\nMay 31, 2018\\n\\nTrade rose 5%.\\nSubscribe"))
    >>> [(doc.text[s.start:s.end], s.boilerplate) for s in doc.sentences]
    [('Title of it', False), ('May 31, 2018', False), ('Trade rose 5%.', False), ('Subscribe', True)]
    >>> doc.articles[0].reference_date
    datetime.date(2018, 5, 31)
    """
    address = raw.url or printed_address(raw.text)
    articles = split_articles(
        raw.text, published=raw.published, default=raw.page_published, hint=url_date(address)
    )
    return assemble_document(raw, articles)


def _unstamped(text: str, posts: list[Post]) -> list[tuple[Post, tuple[int, int] | None]]:
    """Each post, read without its stamp where the stamp is stale (the story is years older
    than its page), with the span of the stamp not taken."""
    out: list[tuple[Post, tuple[int, int] | None]] = []
    for post in posts:
        hit = post.hit
        if (
            hit is not None
            and post.stamp_with_year
            and hit.year is not None
            and stamp_is_stale(post.text_without_dateline(text), date(hit.year, hit.month, hit.day))
        ):
            out.append((post.without_stamp(), (hit.start, hit.end)))
        else:
            out.append((post, None))
    return out


def _own_dates(
    text: str, drafts: list[tuple[Post, tuple[int, int] | None]], year_hint: int | None
) -> list[date | None]:
    """Each post's date. A dateline without a year takes the year its text makes plain, or
    the nearest dated post's (the later of the two), else ``year_hint``."""
    known = [
        (i, d.found or date(d.hit.year, d.hit.month, d.hit.day))  # type: ignore[union-attr,arg-type]
        for i, (d, _) in enumerate(drafts)
        if d.found is not None or (d.hit is not None and d.hit.year is not None)
    ]
    dates: list[date | None] = []
    for index, (draft, stale) in enumerate(drafts):
        hit = draft.hit
        if draft.found is not None or hit is None:
            dates.append(draft.found)
            continue
        if hit.year is not None:
            dates.append(date(hit.year, hit.month, hit.day))
            continue
        neighbours = sorted(known, key=lambda k: abs(k[0] - index))
        year = neighbours[0][1].year if neighbours else year_hint
        guess = _safe_date(year, hit.month, hit.day) if year is not None else None
        if neighbours and guess is not None:
            n_index, n_date = neighbours[0]
            # the page runs in time order: an earlier post is not after a later one
            if n_index > index and guess > n_date:
                guess = _safe_date(year - 1, hit.month, hit.day)  # type: ignore[operator]
            elif n_index < index and guess < n_date:
                guess = _safe_date(year + 1, hit.month, hit.day)  # type: ignore[operator]
        # a post is not older than the events its text reports
        text_year = dateline_year(
            draft.text_without_dateline(text, blank=stale), hit.month, hit.day
        )
        if text_year is not None and (guess is None or text_year > guess.year):
            guess = _safe_date(text_year, hit.month, hit.day) or guess
        if guess is not None and hit.weekday is not None:
            guess = _on_weekday(guess, hit.weekday, text_year)
        dates.append(guess)
    return dates


# The years tried, in order, around the year a yearless dateline was given, for one in which
# its day falls on the weekday it prints: a day's weekday recurs after five years at the
# least, so these hold at most one answer that is not the year given.
WEEKDAY_YEARS = (0, 1, -1, 2)


def _on_weekday(guess: date, weekday: int, floor: int | None) -> date:
    """``guess`` moved to the nearest year in which its day falls on ``weekday`` ("BEIJING,
    Tuesday, Oct. 10": 10 October 2023, not 2022, a Monday), never before the year its text
    makes plain (``floor``); ``guess`` where no year near it fits.

    >>> _on_weekday(date(2022, 10, 10), 1, 2022)
    datetime.date(2023, 10, 10)
    """
    for step in WEEKDAY_YEARS:
        moved = _safe_date(guess.year + step, guess.month, guess.day)
        if (
            moved is not None
            and moved.weekday() == weekday
            and (floor is None or moved.year >= floor)
        ):
            return moved
    return guess


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _references(dates: list[date | None]) -> list[tuple[date | None, bool]]:
    """(reference date, inferred) of each article: its own date, else the nearest dated
    article's before it, else after it."""
    out: list[tuple[date | None, bool]] = []
    for index, own in enumerate(dates):
        if own is not None:
            out.append((own, False))
            continue
        before = next((d for d in reversed(dates[:index]) if d is not None), None)
        after = next((d for d in dates[index + 1 :] if d is not None), None)
        reference = before or after
        out.append((reference, reference is not None))
    return out


def _source(own: date | None, when: date | None, published: date | None) -> ReferenceSource | None:
    """How an article's own date was reached: the caller's or the page's date, or its dateline."""
    if published is not None:
        return "published"
    if own is not None:
        return "dateline"
    return "published" if when is not None else None


def split_articles(
    text: str,
    *,
    published: date | None = None,
    year_hint: int | None = None,
    default: date | None = None,
    hint: date | None = None,
) -> list[Article]:
    """The articles of a page, in order.

    ``published`` (the caller's date) overrides every date the page gives; ``default`` (a
    date the page carries outside its text) dates the articles that give none;
    ``year_hint`` supplies a year no article states (the default's, if not given); ``hint``
    (the date in the page's address) is the reference of articles nothing else dates, and
    its year a year no article states.

    >>> [a.published.isoformat() for a in split_articles("Oil deal\\n\\nMay 31, 2018\\n\\nGas too.")]
    ['2018-05-31']
    """
    anchor = default or hint
    if year_hint is None and anchor is not None:
        year_hint = anchor.year
    drafts = _unstamped(text, find_posts(text))
    if not drafts:
        given = published or default
        return [
            Article(
                title=None,
                published=given,
                start=0,
                end=len(text),
                reference_date=given or hint,
                reference_inferred=given is None and hint is not None,
                reference_source="published" if given else ("url" if hint else None),
                reference_earliest=given or hint,
                reference_latest=given or hint,
            )
        ]
    own = _own_dates(text, drafts, year_hint)
    dates = [
        published or found or (default if not d.is_comment else None)
        for (d, _), found in zip(drafts, own, strict=True)
    ]
    articles = []
    for (draft, stale), found, when, (reference, inferred) in zip(
        drafts, own, dates, _references(dates), strict=True
    ):
        title = text[draft.title[0] : draft.title[1]] if draft.title else None
        span = draft.dateline_span()
        dateline = text[span[0] : span[1]].rstrip() if span else None
        source = (
            _source(found, when, published)
            if when is not None
            else ("neighbour" if inferred else None)
        )
        if reference is None and hint is not None:
            reference, inferred, source = hint, True, "url"
        earliest = latest = reference if source in ("published", "dateline", "url") else None
        if reference is None:
            own_text = draft.text_without_dateline(text, blank=stale)
            reference = reference_from_text(own_text)
            if reference is not None:
                inferred, source = True, "text"
            # the text may bound the page's date where it dates nothing it reports ("plan to
            # carry 25 mln tonnes in 2027": written before the end of 2027)
            earliest, latest = reference_bounds(own_text)
        articles.append(
            Article(
                title=title,
                published=when,
                start=draft.start,
                end=draft.end,
                is_comment=draft.is_comment,
                reference_date=reference,
                reference_inferred=inferred,
                reference_source=source,
                title_start=draft.title[0] if draft.title else None,
                title_end=draft.title[1] if draft.title else None,
                dateline=dateline,
                reference_earliest=earliest,
                reference_latest=latest,
            )
        )
    return articles
