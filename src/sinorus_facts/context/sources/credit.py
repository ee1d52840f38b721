"""Who a figure's own sentence credits, read with the article around it:

- a figure in a quotation is credited to the speaker named after it ('..., the envoy
  added'), however many sentences the quotation runs, or before it ('The minister said:
  "...'); a speaker of a quotation outranks a source cited inside it;
- "he said" goes to the last named speaker, "the Chinese envoy said" to the last named
  person, "the ministry said" to the last body named with that noun (or "ministry"); a
  surname takes the full name the article gives, an acronym its expansion.
"""

from __future__ import annotations

from collections.abc import Sequence

from sinorus_facts.claims.draft import ClaimDraft
from sinorus_facts.context.sources.interview import answerer
from sinorus_facts.context.sources.speakers import (
    body_of_kind,
    expand_acronym,
    full_name,
    inside_quote,
    introduced_speaker,
    is_person,
    last_speaker,
    named_after,
    named_later,
    press_office_owner,
    quote_opening,
    quote_speaker,
    resolve_description,
)
from sinorus_facts.lexicons.cues import cue_words
from sinorus_facts.models import Article, Document, Sentence
from sinorus_facts.periods.page import Page

__all__ = ["SOURCE_REACH", "credit"]

# The pronouns that stand for a person, never a body: "he said", "she told reporters".
PERSONAL_PRONOUNS = frozenset({"he", "she"})

# How far before and after a figure's sentence, in characters, its source is looked for in
# the article: the speaker "he" or "the envoy" stands for, the body "the ministry" stands
# for, a surname's full name, an acronym's expansion (about 3,000 words: more than a news
# article holds; a longer text, a year of bulletins in one file, reads a window of it).
SOURCE_REACH = 20_000


def _article_of(document: Document | Page, sentence: Sentence) -> Article | None:
    return document.articles[sentence.article] if sentence.article is not None else None


def _paragraph_start(document: Page, index: int) -> int:
    return document.paragraph_span(index)[0]


def _paragraph_end(document: Page, index: int) -> int:
    return document.paragraph_span(index)[1]


def _resolve(
    text: str,
    said: str,
    scope_start: int,
    position: int,
    credited: Sequence[str] = (),
    scope_end: int | None = None,
) -> str | None:
    """A name for what a sentence or quotation credits: a name stays; "he" and "the envoy"
    go to the last named speaker; "the ministry" to the last body named with that noun;
    where the article names none, a bare description goes to the last of the sources it
    ``credited`` that has its noun ("the service" after "..., the veterinary service said"),
    and "the report", "the source" (named only by what it is) to the source credited last; a
    press office ("the company's press service", "its press office") to the body it speaks for."""
    owner = press_office_owner(said)
    if owner == "it":
        # "its press service", "the press service": the body credited last, as for "it"
        body = next((source for source in reversed(credited) if not is_person(source)), None)
        if body is not None:
            return body
    elif owner is not None:
        said = owner  # "the company's press service": the company
    if said.lower().startswith(("the ", "a ", "an ")) and len(said.split()) > 1:
        # "the ministry said" with no ministry named before still credits the ministry; "a trade
        # official said" is the person the article names later with that role
        found = resolve_description(text, said, scope_start, position)
        later = named_later(text, said, position, len(text) if scope_end is None else scope_end)
        return (
            later
            or found
            or _credited_before(said, credited)
            or named_after(text, said, position, len(text) if scope_end is None else scope_end)
            or said.split(maxsplit=1)[1]
        )
    if said[:1].isupper() and said.lower() not in cue_words("attribution", "pronoun"):
        return said
    # "he", "she": a person, the last the article named (speaking or not)
    persons = said.lower() in PERSONAL_PRONOUNS
    earlier = last_speaker(text, scope_start, position, descriptions=True, persons=persons)
    if earlier is not None and earlier.startswith("the "):
        return (
            resolve_description(text, earlier, scope_start, position)
            or earlier.split(maxsplit=1)[1]
        )
    if earlier is None and persons:
        # "A deputy head of the customs service said ... He added": the person credited last
        return next((source for source in reversed(credited) if is_person(source)), None)
    return earlier


def _credited_before(said: str, credited: Sequence[str]) -> str | None:
    """The source credited before that a bare description ("the report", "the service")
    stands for: the last with its noun, else (for a body described by its role, "the
    regulator", "the lender") the last body, else (for a source named only by what it is,
    "the report", "the source") the last one."""
    words = said.lower().split()
    if len(words) != 2 or words[0] != "the" or not credited:
        return None
    with_noun = [source for source in credited if words[1] in source.lower().split()]
    if with_noun:
        return with_noun[-1]
    if words[1] in cue_words("attribution", "role_body_noun"):
        # "..., according to the Bank of Russia. ..., the regulator said": the body credited last
        return next((source for source in reversed(credited) if not is_person(source)), None)
    return credited[-1] if words[1] in cue_words("attribution", "anaphoric_source") else None


def credit(
    document: Page, index: int, draft: ClaimDraft, start: int, credited: Sequence[str]
) -> str | None:
    """Who the article credits with the figure of ``draft`` (sentence ``index``) at
    ``start``: its sentence's speaker, the speaker of the quotation it stands in, "he" or
    "the ministry" resolved to whom the article named, a surname at its fullest;
    ``credited`` are the sources of the article's figures before it, the last for
    "according to the same data". The report's source carried to a figure whose sentence
    names none is :mod:`sinorus_facts.context.sources.carry`'s."""
    previous = credited[-1] if credited else None
    text = document.text
    sentence = document.sentences[index]
    article = _article_of(document, sentence)
    scope_start = max(article.start if article else 0, sentence.start - SOURCE_REACH)
    scope_end = min(article.end if article else len(text), sentence.end + SOURCE_REACH)
    speaker = draft.speaker
    paragraph_start = _paragraph_start(document, index)
    name: str | None = None
    if speaker and speaker.kind == "same":
        return previous
    quoted = inside_quote(text, paragraph_start, start) or _opens_quote_before(
        text, sentence.start, start
    )
    if speaker and speaker.kind == "anaphor" and not quoted:
        return (
            None  # "the data show": the source the article named for them (context.sources.carry)
        )
    if speaker and speaker.kind == "name" and not quoted:
        name = speaker.text
        if name[:1].islower():
            # "..., the statistics bureau said" after "the National Bureau of Statistics": a
            # description of a body of a kind the article named
            name = (
                body_of_kind(text, "the " + name, scope_start, sentence.start + speaker.start)
                or name
            )
    elif quoted:
        # the speaker of a quotation outranks a source cited inside it ('"According to the
        # registry, exports rose 5%," the ministry said' credits the ministry)
        said = quote_speaker(text, start, _paragraph_end(document, index) + 400)
        opening = quote_opening(text, min(paragraph_start, sentence.start), start)
        if said is None and opening is not None:
            said = introduced_speaker(text, opening)
        if said is None and opening is not None:
            # '"Ties are strong," said Li Wei. "Trade rose 5%."': the quotation goes on
            said = _earlier_quotation_speaker(text, paragraph_start, opening)
        said = said or (speaker.text if speaker else None)
        name = (
            _resolve(text, said, scope_start, sentence.start, credited, scope_end) if said else None
        )
    elif speaker:
        # "Gazprom pumped ..., the company said": the name may stand earlier in the sentence
        name = _resolve(
            text, speaker.text, scope_start, sentence.start + speaker.start, credited, scope_end
        )
    if name is None and not quoted:
        # "- About 3.2 million tonnes." after "- How much grain?": the person interviewed
        name = answerer(
            text, article.start if article else 0, article.end if article else len(text), start
        )
    if name is None:
        return None
    name = full_name(text, name, scope_start, scope_end)
    return expand_acronym(text, name, scope_start, scope_end)


def _earlier_quotation_speaker(text: str, paragraph_start: int, opening: int) -> str | None:
    """The speaker named after the quotation that ends right before another opens in the same
    paragraph ('"..." said Li Wei, a researcher. "..."'), if any."""
    for index in range(opening - 1, paragraph_start - 1, -1):
        if text[index] in '”"»':
            return quote_speaker(text, index, opening)
    return None


def _opens_quote_before(text: str, sentence_start: int, position: int) -> bool:
    """Whether a quotation opens in the sentence before ``position`` and is still open there
    (not a name in quotation marks: 'the daily “Vestnik” quoted data from ...')."""
    return inside_quote(text, sentence_start, position)
