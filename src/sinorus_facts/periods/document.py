"""Periods that need more than one sentence.

- "so far" starts at the date the sentence before gives ("put into use on January 1, 2011.
  It has transported 110 million tons so far": 2011-01-01 to the article's date);
- a figure told in the past tense with no time of its own takes the day the sentence
  before it in the same paragraph gives, when that sentence gives exactly one and the two
  speak of the same thing (they share a content word: "On Sunday, the country held its
  election. The ruling party won the election with 54 percent": Sunday's date). News
  narrates one event over consecutive sentences; a present-tense or future figure, one
  that describes a thing, or one in a sentence about something else takes nothing;
- a figure whose sentence points back to a time ("over the same period", "in the same
  months") takes the period of the article's figure before it that had one;
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from sinorus_facts.lexicons import PatternEntry, lexicon_cache, load_lexicon
from sinorus_facts.lexicons.cues import cue_words, word_forms
from sinorus_facts.models import Period
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.periods.page import Page

__all__ = [
    "anchor_so_far",
    "carried_day",
    "day_of_telling",
    "period_in_context",
    "same_period",
    "same_period_of",
    "shares_content",
]

# Kinds of timex that name a day of the narrated past ("on Sunday", "on June 25, 2016").
DAY_KINDS = ("date", "relative")

# A word in lower case (common nouns and verbs; names are left out, as news repeats them
# in every sentence): "election" in "re-election", "plant".
LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z]{3,}")
# Words share a stem when they share this many first letters, once an ending is cut off:
# "election"/"elections", "voted"/"vote".
STEM_LENGTH = 6
# Endings cut off a word before its stem is taken, longest first.
ENDINGS = ("ations", "ation", "ings", "ions", "ing", "ion", "ed", "es", "s", "e")


def anchor_so_far(document: Page, index: int, period: Period) -> Period:
    """A "so far" period with no start runs from the last date of the sentence before."""
    if period.start is not None or index == 0:
        return period
    dated = [t for t in document.timexes(index - 1) if t.kind == "date" and t.begin is not None]
    if not dated:
        return period
    return period.model_copy(update={"start": dated[-1].begin})


def _stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)][:STEM_LENGTH]
    return word[:STEM_LENGTH]


def _stems(text: str, skip: str) -> set[str]:
    skipped = set(LOWER_WORD.findall(skip))
    return {_stem(w) for w in LOWER_WORD.findall(text) if w not in STOP_WORDS and w not in skipped}


def shares_content(first: str, second: str, *, skip: str = "") -> bool:
    """Whether two sentences share a content word (not a name, a function word or a word
    of ``skip``).

    >>> shares_content("On Sunday, Russia held its election.", "Putin won re-election with 76 percent.")
    True
    >>> shares_content("On Monday, the leaders met.", "Trade reached $107 billion.")
    False
    """
    return bool(_stems(first, skip) & _stems(second, skip))


def carried_day(document: Page, index: int) -> Period | None:
    """The one day the sentence before ``index`` gives, if it is in the same paragraph and
    article, and the sentence at ``index`` gives no time of its own."""
    if index == 0:
        return None
    sentence, previous = document.sentences[index], document.sentences[index - 1]
    if (
        previous.paragraph != sentence.paragraph
        or previous.article != sentence.article
        or previous.boilerplate
    ):
        return None
    if document.timexes(index):
        return None
    before = document.text[previous.start : previous.end]
    days = [
        t
        for t in document.timexes(index - 1)
        if t.kind in DAY_KINDS
        and t.granularity == "day"
        and not _telling().search(before[: t.start])
    ]
    if len(days) != 1 or days[0].begin is None:
        return None
    day = days[0]
    if not shares_content(
        document.text[previous.start : previous.end],
        document.text[sentence.start : sentence.end],
        skip=day.text,
    ):
        return None
    return Period(
        start=day.begin,
        end=day.end_date,
        text=day.text,
        text_start=previous.start + day.start,
        text_end=previous.start + day.end,
        granularity="day",
        origin="article",
    )


def day_of_telling(text: str, start: int) -> bool:
    """Whether the time at ``start`` of the sentence ``text`` is the day something was said
    or published ("the ministry said on Monday"), not a day the sentence narrates.

    >>> text = "The drills run from July 20 to 23, the ministry said on Monday."
    >>> day_of_telling(text, text.index("on Monday")), day_of_telling(text, text.index("from"))
    (True, False)
    """
    return _speech_before().search(text, 0, start) is not None


@lexicon_cache(maxsize=1)
def _speech_before() -> re.Pattern[str]:
    """A verb of speech right before a time: "said on ", "told reporters on " is not one
    (the day must follow the verb); a verb of an event ("concluded Wednesday") is none."""
    forms = [re.escape(w).replace(r"\ ", r"\s+") for w in cue_words("attribution", "speech_form")]
    body = "|".join(sorted(forms, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(?:{body})\s*,?\s*\Z", re.IGNORECASE)


@lexicon_cache(maxsize=1)
def _telling() -> re.Pattern[str]:
    """A verb of speech, data or publication right before a day, which the day then dates
    ("customs data showed on Friday", "the ministry said Monday", "figures released on
    Tuesday"): the day of the telling, not one the article narrates."""
    said = cue_words("attribution", "speech_form") | cue_words(
        "attribution", "publication_participle"
    )
    forms = [re.escape(w).replace(r"\ ", r"\s+") for w in said]
    forms += [word_forms(verb) for verb in cue_words("attribution", "data_verb")]
    body = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:{body})\s*,?\s*\Z", re.IGNORECASE)


@lexicon_cache(maxsize=1)
def _same_period() -> re.Pattern[str]:
    """A time that points back: "over the same period" (not "the same period last year")."""
    words = sorted(
        (
            w
            for e in load_lexicon("periods").entries
            if isinstance(e, PatternEntry) and e.label == "same_period"
            for w in e.words
        ),
        key=len,
        reverse=True,
    )
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    # not followed by the year it is compared with: "... the same period last year"
    return re.compile(
        rf"\b(?:{body})\b(?!\s+(?:of\s+)?(?:the\s+)?(?:last|previous|prior|preceding|a\s+year)\b)",
        re.IGNORECASE,
    )


def same_period(document: Page, index: int, earlier: Period | None) -> Period | None:
    """The ``earlier`` period, for a sentence that points back to it ("over the same
    period"), with this sentence's words as its text.

    >>> from datetime import date
    >>> from sinorus_facts.models import Document, Sentence
    >>> doc = Document(doc_id="d", text="Trade rose in May. Exports grew 5% over the same period.",
    ...                sentences=(Sentence(start=0, end=18, paragraph=0), Sentence(start=19, end=56, paragraph=0)))
    >>> from sinorus_facts.periods.page import Page
    >>> same_period(Page(doc), 1, Period(start=date(2020, 5, 1), end=date(2020, 5, 31), text="in May")).text
    'over the same period'
    """
    if earlier is None:
        return None
    sentence = document.sentences[index]
    found = _same_period().search(document.text, sentence.start, sentence.end)
    if found is None:
        return None
    return earlier.model_copy(
        update={
            "text": found.group(0),
            "text_start": found.start(),
            "text_end": found.end(),
            "origin": "article",
        }
    )


def same_period_of(
    document: Page, index: int, period: Period, earlier: Period | None
) -> Period | None:
    """The months of the ``earlier`` period in the year a sentence names, for a sentence
    that points back to them: "In 2024, over the same months, imports were 98,000 tons"
    after a report on January-October 2025 is January-October 2024."""
    if (
        earlier is None
        or earlier.start is None
        or earlier.end is None
        or period.start is None
        or period.end is None
        or (period.start.month, period.start.day, period.end.month, period.end.day)
        != (1, 1, 12, 31)
        or period.start.year != period.end.year
        or earlier.start.year != earlier.end.year
        or (earlier.start.month, earlier.end.month, earlier.end.day) == (1, 12, 31)
    ):
        return None
    sentence = document.sentences[index]
    if _same_period().search(document.text, sentence.start, sentence.end) is None:
        return None
    try:
        start = earlier.start.replace(year=period.start.year)
        end = earlier.end.replace(year=period.start.year)
    except ValueError:  # 29 February
        end = earlier.end.replace(year=period.start.year, day=28)
        start = earlier.start.replace(year=period.start.year)
    return period.model_copy(
        update={"start": start, "end": end, "granularity": earlier.granularity}
    )


def period_in_context(
    document: Page,
    index: int,
    own: Timex | None,
    tense: str | None,
    period: Period | None,
    earlier: Period | None = None,
) -> Period | None:
    """The period of a claim draft of sentence ``index``, completed from the sentences
    around it: "so far" anchored; "over the same period" as ``earlier`` (the period of the
    article's last dated figure); a past-tense figure with no time carried from the day
    of the sentence before. ``own`` is the time expression of the figure's clause it was
    linked to (``period`` the period read from it), ``tense`` the tense of its clause."""
    if period is not None and own is not None and own.kind == "to_date":
        return anchor_so_far(document, index, period)
    if period is not None and (moved := same_period_of(document, index, period, earlier)):
        return moved
    if period is None and (pointed := same_period(document, index, earlier)) is not None:
        return pointed
    if period is None and tense == "past":
        return carried_day(document, index)
    return period
