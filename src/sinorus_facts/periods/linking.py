"""Which time expression of its sentence a figure holds for.

The closest one in the parse wins, with four rules of the language:
- a figure that values a noun ("a 2018-2020 budget at $279 billion", "the 2019 harvest
  of 5 million tonnes") holds for the time said of that noun, whatever time the clause
  gives its event ("Last month, parliament approved ..." dates the approval);
- a figure that describes a thing ("the 941.8-kilometer line", "the $1.5 billion plant")
  takes only the times said of that thing (in the noun's own phrase); a duration that
  describes an event ("a two-day forum") takes the sentence's time like any figure;
- a time inside a comparison ("nine times more than ... in 2014") is the basis of the
  comparison, not the figure's time;
- a change ("fourfold increase", "more than doubled") prefers the span it was measured over
  ("for the past year") to a point in time ("In June 2016");
- the time of the verb of speech that reports a figure ("reported in March that the share
  rose to 10%") dates the telling, not the figure;
- the time of a verb that made the thing ("the $200 billion target the leaders set in
  2019", "a $400 billion deal signed in 2014") dates the making, not the figure, which
  then has no time of its own; a time in a clause that describes some other noun
  ("Under an agreement signed in 2000, groups of 50 tourists ...") is that clause's.

The tense of the figure's clause, which the document pass reads (a figure without a time
of its own told in the past may take the day the sentence before gives), is one of its
roles (:mod:`sinorus_facts.claims.roles`); :func:`ahead_if_to_come` takes it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from sinorus_facts.common.extensions import text_of
from sinorus_facts.common.syntax import FINITE_TAGS, head_of_mention, span_of, tree_distance
from sinorus_facts.lexicons import CueEntry, PatternEntry, lexicon_cache, load_lexicon
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.periods.resolve import month_end
from sinorus_facts.quantities.mention import QuantityMention

__all__ = [
    "PeriodLink",
    "basis_before",
    "choose_period",
    "link_period",
]

# How far in the parse a time may stand from its figure.
MAX_DISTANCE = 8
# "now", "current": only right by the figure or its verb.
MAX_DISTANCE_CURRENT = 2
# How far a time said in the subject of the figure's verb counts, however deep it stands.
MEASURE_DISTANCE = 3

SPAN_KINDS = ("frame", "range", "since", "to_date")


@lexicon_cache
def _words(label: str) -> tuple[str, ...]:
    return tuple(
        " ".join(w.lower().split())
        for e in load_lexicon("periods").entries
        if isinstance(e, PatternEntry) and e.label == label
        for w in e.words
    )


@lexicon_cache
def _comparison(label: str = "comparison") -> re.Pattern[str]:
    """A comparison word between a figure and a later time: "than", "compared with"; with
    ``label="change_basis"``, the words that give a change its basis ("up 31% from")."""
    words = sorted(_words(label), key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b",
        re.IGNORECASE,
    )


# A figure, with up to three words of its unit, between a comparison word and the time it
# is compared with: "compared with 46 percent in 2012", "up from 3.2 bcm in 2020"; perhaps
# after an article and up to three words that qualify it, or after a verb in -ing: "after a
# record 97 million tonnes in 2023", "up from an all-time high of 3.2 bcm in 2020", "after
# falling 5% in 2021".
BASIS_FIGURE = (
    r"(?:(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,3}?|[a-z]+ing\s+)?"
    r"[^\s\d]*\d[\d.,]*\S*(?:\s+(?!in\b|of\b|the\b)[^\W\d][\w-]*){0,3}\s+)?"
)
# Words that may stand between a comparison word and its time: "than in the same period of".
BASIS_FILLER = r"(?:(?:in|the|same|period|of|a|during|for)\s+)*"
# A change right before the word that gives its basis: "an increase of 6% over", "a 9%
# rise on", "12% higher from", "doubled compared to", with the level it reached between
# ("up 5% to $20 billion from") ({CHANGE} is the changes lexicon's
# words said after a figure and its multipliers; a multiple, "2.5 times", "3-fold"; a
# fraction in words after "by", "by a fifth", "by half").
CHANGE_THEN_BASIS = (
    r"(?:\d\s*(?:%|percent\b|per\s+cent\b|-?fold\b|times\b)|\b(?:{CHANGE})\b"
    r"|\bby\s+(?:(?:a|one)\s+)?(?:half|third|quarter|fifth|sixth|tenth)\b)\s+"
    r"(?:to\s+[^\s\d]*\d[\d.,]*\S*(?:\s+(?!from\b|over\b|on\b)[^\W\d][\w-]*){0,3}\s+)?"
    r"(?:over|from|on|against|compared\s+(?:with|to)|comparing\s+to|relative\s+to)\s+"
)
# After "over", only a point in time is a basis ("up 5% over 2021", "over the previous
# year"); a span is the change's own ("rose 5% over the past year", "over the first half").
SPAN_AFTER_OVER = re.compile(
    r"(?:over\s+)?(?:the\s+)?(?:past|last\s+(?:\w+\s+)?(?:years|months|weeks|days|decade)|first|"
    r"second|next|coming|following|course|same|whole|entire|full)\b",
    re.IGNORECASE,
)
# A time that opens with "over" ("over the previous year"): the word is the basis word.
OVER_FIRST = re.compile(r"over\s+", re.IGNORECASE)
# A time that opens with "from" ("from April")...
FROM_FIRST = re.compile(r"from\s+(?!.*\b(?:to|through|till|until)\b)", re.IGNORECASE)
# ... right after the size of a change: "up 18% " in "up 18% from April", "down 3 percent "
# (the month is the basis; "rose from April" with no size is a span).
CHANGE_SIZE_BEFORE = re.compile(
    r"\b(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s*\Z", re.IGNORECASE
)
# "over" right before a time: "up 4% over 2022".
OVER_LAST = re.compile(r"\bover\s+" + BASIS_FILLER + r"\Z", re.IGNORECASE)


@lexicon_cache
def _change_words() -> tuple[str, ...]:
    """Words of a change said after its figure, and multipliers ("increase", "higher",
    "doubled"): before "over" or "from" they make the time after it the change's basis."""
    words: list[str] = []
    for entry in load_lexicon("changes").entries:
        if isinstance(entry, CueEntry) and (
            (entry.label == "noun" and entry.position == "after") or entry.change == "factor"
        ):
            words.extend(w for w in entry.words if w[:1].isalpha() and " " not in w)
    return tuple(sorted(set(words), key=len, reverse=True))


@lexicon_cache
def _introduced_as_basis() -> re.Pattern[str]:
    """What stands right before a time that makes it a basis whatever figure it stands by: a
    comparison word ("vs. " in "(+32% vs. 2022)", "compared with 46 percent in 2012"), "as
    many as", a change and the word of its basis ("an increase of 6% over 2021"), or a share
    or multiple of a measure ("less than half the volume in the same period of 2023")."""

    def alternation(label: str) -> str:
        words = sorted(_words(label), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)

    change = CHANGE_THEN_BASIS.replace("{CHANGE}", "|".join(re.escape(w) for w in _change_words()))
    return re.compile(
        rf"(?:\b(?:{alternation('comparison_of_figure')})\.?\s+(?P<figure>{BASIS_FIGURE})"
        rf"|\b(?:{alternation('comparison')})\.?\s+|\bas\s+(?:\w+\s+){{1,2}}as\s+"
        rf"|{change}(?P<figure_changed>{BASIS_FIGURE})"
        rf"|\b(?:{alternation('share_of_measure')})\s+(?:of\s+)?(?:the|its|their|this|that)\s+"
        rf"(?:{alternation('measure_of_basis')})\s+(?:(?:seen|recorded|registered|posted)\s+)?)"
        rf"{BASIS_FILLER}\Z",
        re.IGNORECASE,
    )


def basis_before(text: str, timex: Timex, mention: QuantityMention | None = None) -> bool:
    """Whether ``timex`` is introduced as a comparison's basis: "2022" in "(+32% vs. 2022)",
    "compared with 46 percent in 2012", "twice as many as in 2021", "an increase of 4%
    over 2022", "a 7% rise over the previous year". A time a figure is compared at is that
    figure's own (``mention``: "50 percent" keeps 2008)."""
    found = _basis_of(text, timex.start, timex.text)
    if found is None:
        return False
    figure_start, figure_end = found
    return not (
        mention is not None
        and figure_start < figure_end
        and mention.start < figure_end
        and figure_start < mention.end
    )


@lexicon_cache(maxsize=1024)
def _basis_of(text: str, start: int, words: str) -> tuple[int, int] | None:
    """Where the figure compared stands (empty where none) when the time ``words`` at
    ``start`` of ``text`` is introduced as a basis, else None (kept: the figures of a
    sentence ask of the same times)."""
    if FROM_FIRST.match(words) and CHANGE_SIZE_BEFORE.search(text, max(0, start - 30), start):
        return (0, 0)  # "up 18% from April": the level of April, compared with
    lead = OVER_FIRST.match(words)
    if lead is not None:
        # "over the previous year": the basis word is the time's first
        start, words = start + lead.end(), words[lead.end() :]
    window = max(0, start - 60)
    found = _introduced_as_basis().search(text[window:start])
    if found is None:
        return None
    over = lead or OVER_LAST.search(text[window:start])
    if over and SPAN_AFTER_OVER.match(words):
        return None
    group = "figure" if found.group("figure") else "figure_changed"
    figure = found.group(group)
    if not figure:
        return (0, 0)
    figure_start = window + found.start(group)
    return (figure_start, figure_start + len(figure))


# A figure or a change right before its own time: "7% in ", "3 million tonnes during ",
# "a 9% rise in " ({CHANGE} as in CHANGE_THEN_BASIS).
CHANGE_THEN_OWN_TIME = (
    r"(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|-?fold\b|times\b)"
    r"|\d[\d.,]*(?:\s+[^\W\d][\w-]*){{1,3}}|\b(?:{CHANGE})\b)"
    r"\s+(?:(?:in|on|during|for|at)\s+)?\Z"
)
# Between a change's own time and "from" and its basis: " ", ", ".
OWN_TIME_GAP = re.compile(r",?\s+\Z")


@lexicon_cache
def _change_then_own_time() -> re.Pattern[str]:
    change = "|".join(re.escape(w) for w in _change_words())
    return re.compile(CHANGE_THEN_OWN_TIME.format(CHANGE=change), re.IGNORECASE)


def _from_after_own_time(text: str, timex: Timex, timexes: list[Timex]) -> bool:
    """Whether ``timex`` ("from March") opens with "from" right after the own time of a
    change or figure before it, which makes it the change's basis, no running span: "fell 7%
    in April from March", "rose to 3 million tonnes in May from April" (April and May)."""
    if timex.kind != "since" or timex.text[:5].lower() != "from ":
        return False
    own = next(
        (
            t
            for t in timexes
            if t.end <= timex.start
            and t.kind in ("date", "relative")
            and OWN_TIME_GAP.fullmatch(text, t.end, timex.start)
        ),
        None,
    )
    if own is None:
        return False
    return _change_then_own_time().search(text, max(0, own.start - 60), own.start) is not None


# A figure whose earlier value is written last: "19% from 15%" (not "from 15% to 19%").
FROM_VALUE_LAST = re.compile(r"\bfrom\b(?!.*\bto\b)", re.IGNORECASE | re.DOTALL)

# What may stand between a figure and a time right after it: " in ", " at ", nothing.
TIME_RIGHT_AFTER = re.compile(r"\s*(?:(?:in|at|as\s+of|during)\s+)?", re.IGNORECASE)


def _compared_at(text: str, mention: QuantityMention, candidates: list[Timex]) -> Timex | None:
    """The time right after a figure that a comparison word introduces, which is that
    figure's own whatever the parse: "hit $240 billion in 2023 against $190 billion in
    2022" (2022 for the $190 billion)."""
    if not _compared_figure_before().search(
        text, max(0, mention.start - COMPARED_REACH), mention.start
    ):
        return None
    return next(
        (
            t
            for t in candidates
            if t.start >= mention.end and TIME_RIGHT_AFTER.fullmatch(text[mention.end : t.start])
        ),
        None,
    )


@lexicon_cache(maxsize=1)
def _compared_figure_before() -> re.Pattern[str]:
    """A comparison word right before a figure ("against ", "compared with ", "up from "),
    perhaps with a bound word ("against some ")."""
    words = _comparison("comparison_of_figure").pattern
    return re.compile(
        rf"(?:{words}|{FIGURE_THEN_FROM})\s+(?:(?:about|around|some|nearly|almost|roughly|over|under)\s+)?\Z",
        re.IGNORECASE,
    )


# A figure, with up to three words of its unit, then "from": the earlier value follows ("fell
# to 210,000 units from 290,000 in Q2", "rose to 14% from 9% a year earlier").
FIGURE_THEN_FROM = r"(?<![\d.,])\d[\d.,]{0,20}(?:\s*%|\s+[^\W\d][\w-]*){0,3}\s+from"
# How far before a figure its comparison word and the figure before it are looked for.
COMPARED_REACH = 80


def _basis_between(text: str, mention: QuantityMention, timex: Timex) -> bool:
    """Whether ``timex`` (after the figure) is what the figure is compared with: "than in
    2014", "as in 2022"; for a change, also "from January 2022" right after it, or after the
    figure compared with ("doubled from 40 million tonnes in 2020")."""
    between = text[mention.end : timex.start]
    if _comparison().search(between):
        return True
    if (
        mention.from_value is not None
        and FROM_VALUE_LAST.search(mention.text)
        and TIME_RIGHT_AFTER.fullmatch(between)
    ):
        return True  # "climbed to 19% from 15% in 2021": the earlier value's year
    words = between.split()
    if words and words[-1].lower() in _words("comparison_last"):
        return True  # "three times as many cars in 2023 as in 2022"
    return mention.change is not None and bool(_change_gap().fullmatch(between.strip() + " "))


@lexicon_cache
def _change_gap() -> re.Pattern[str]:
    """What stands between a change and the time of its basis: "from ", "higher over ",
    "from 57 million tonnes "."""
    words = sorted(_words("change_basis"), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(
        rf"(?:[\w-]+\s+){{0,2}}(?:{body})\s+{BASIS_FIGURE}{BASIS_FILLER}", re.IGNORECASE
    )


def _valued_noun(doc: Doc, mention: QuantityMention) -> Token | None:
    """The noun a figure values: "budget" in "a 2018-2020 budget at $279 billion"."""
    span = span_of(doc, mention.start, mention.end)
    if span is None:
        return None
    for length in (2, 1):
        first = span.start - length
        if first < 1:
            continue
        words = " ".join(t.lower_ for t in doc[first : span.start])
        noun = doc[first - 1]
        if words in _words("valuing") and noun.pos_ in ("NOUN", "PROPN"):
            return noun
    return None


def _in_other_clause(doc: Doc, timex: Timex, head: Token) -> bool:
    """Whether ``timex`` dates a clause that describes a noun the figure is neither part of
    nor told of: "2000" in "Under an agreement signed in 2000, groups of 5 to 50 tourists
    can travel"."""
    span = span_of(doc, timex.start, timex.end)
    if span is None:
        return False
    ancestors = {head.i, *(t.i for t in head.ancestors)}
    token = span.root
    while token.head.i != token.i:
        if token.dep_ in ("relcl", "acl") and head not in token.subtree:
            noun = token.head
            if (
                token.pos_ == "VERB"
                and token.lemma_.lower() in _words("act")
                and noun.lemma_.lower() in _words("deal_noun")
            ):
                # the day a deal was made, wherever it stands: "will build two units under
                # a contract signed in 2019" (the signing's, not the terms')
                return True
            # the figure's own thing ("a two-day forum, which concluded Wednesday") or the
            # doer of its verb ("The forum, which runs on May 5-8, has 100 sessions") keeps it
            own = noun.i in ancestors or _in_subject(noun, ancestors)
            told = _past(token) or (token.dep_ == "acl" and token.tag_ == "VBN")
            if own and _in_aside(doc, token, participle=True) and told and not _past(head):
                # an aside that tells a past event of the thing the figure's present speaks
                # of: "The bridge, which opened in 2022, is designed to carry 5 mt a year";
                # a participle alike: "The terminal, opened in October 2022, can handle ..."
                return True
            # (only a clause before the figure: one after it is too often hung on the wrong noun)
            return not own and noun.i < head.i
        token = token.head
    return False


def _past(token: Token) -> bool:
    """Whether the first verb with a tense that governs ``token`` (itself, or the verb of its
    clause, past its infinitives) is in the past: "opened", "was built", "had risen"."""
    verb: Token | None = token
    while verb is not None:
        if verb.pos_ in ("VERB", "AUX"):
            auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
            if auxes or verb.tag_ in FINITE_TAGS:
                return verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes)
        verb = verb.head if verb.head.i != verb.i else None
    return False


def _traded(noun: Token) -> bool:
    """Whether ``noun`` is what a verb of a transaction acquires or sells: "stake" in "bought
    a 10 percent stake in 2019" (the size of what changed hands holds when it did)."""
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and (
        noun.head.lemma_.lower() in _words("transaction")
    )


def _in_subject(noun: Token, ancestors: set[int], *, through_clauses: bool = False) -> bool:
    """Whether ``noun`` is in the subject of a verb that governs the figure: the figure's
    own measure ("the share of cars imported last year rose to 55%": "cars" in the subject
    of "rose"); with ``through_clauses``, also from inside a clause on a noun of that
    subject ("last year" in "imported last year")."""
    token = noun
    while token.head.i != token.i:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i in ancestors:
            return True
        if token.dep_ in ("ccomp", "advcl", "conj") or (
            token.dep_ in ("relcl", "acl") and not through_clauses
        ):
            return False
        token = token.head
    return False


def _rate_in_description(doc: Doc, timex: Timex, head: Token, mention: QuantityMention) -> bool:
    """Whether a rate (a capacity, a flow a year) stands in a clause that describes a noun
    ("Arctic LNG 2, *designed to produce 19.8 million tonnes a year*, shipped eight cargoes
    last year"; "the plant, *which can process 5 mt a year*, processed 3.1 mt in 2023") and
    ``timex`` outside it: the time of the main clause's deed is none of the description's."""
    if not (mention.per or (mention.unit and "/" in mention.unit)):
        return False
    clause = head
    while clause.head.i != clause.i and clause.dep_ not in ("relcl", "acl"):
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl") or clause.tag_ == "VBD":
        return False  # (a deed told in the past: "the pipeline, which carried 22 bcm a year")
    span = span_of(doc, timex.start, timex.end)
    return span is not None and span.root not in clause.subtree


def _in_told_clause(doc: Doc, timex: Timex, head: Token) -> bool:
    """Whether ``timex`` stands in what a verb of speech reports, and the figure does not:
    "last year" in "3 million came before the crisis, he said, adding that 900,000
    visitors came last year" dates the added clause only."""
    span = span_of(doc, timex.start, timex.end)
    if span is None:
        return False
    token = span.root
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() in _speech_verbs():
            return head.i not in {t.i for t in token.subtree}
        token = token.head
    return False


def _modified_noun(doc: Doc, mention: QuantityMention, head: Token) -> Token | None:
    """The noun outside the figure that the figure modifies: "target" in "the $200 billion
    target" (not "tons" in "30 million tons", which is the figure's own unit)."""
    noun = head.head
    if (
        head.dep_ in ("nummod", "compound", "amod", "nmod")
        and noun.pos_ in ("NOUN", "PROPN")
        and not (mention.start <= noun.idx < mention.end)
    ):
        return noun
    return None


# A word that makes the time after it a term of what was made, not the day of its making:
# "set a goal of $200 billion before 2024".
TERM_BEFORE = re.compile(r"\b(?:before|by|until|till|through|to|for)\s+\Z", re.IGNORECASE)


def _dates_an_act(doc: Doc, timex: Timex, noun: Token) -> bool:
    """Whether ``timex`` hangs on a verb that made ``noun`` (set, signed, agreed, ...)
    between it and the noun, or on the verb whose object the noun is: "2019" in "the target
    the leaders set in 2019", "May" in "signed a $3 billion agreement in May"; not a time of
    another verb's clause below the act ("when Putin visited in May 2024, trade had set a
    record of $240 billion for 2023")."""
    span = span_of(doc, timex.start, timex.end)
    if span is None:
        return False
    acts = set(_words("act"))
    token, act = span.root, False
    while token.i != noun.i and token.head.i != token.i:
        token = token.head
        if not act and token.pos_ == "VERB" and token.lemma_.lower() not in acts:
            return False  # the time of another verb's clause: "when Putin visited in May"
        act = act or (token.pos_ == "VERB" and token.lemma_.lower() in acts)
        if (
            act
            and noun.head.i == token.i
            and noun.dep_ in ("dobj", "obj", "nsubjpass")
            and timex.kind != "deadline"
            and not TERM_BEFORE.search(text_of(doc), 0, timex.start)
        ):
            return True  # "signed a $3 billion agreement in May": the act's own object
    return act and token.i == noun.i


def _dates_a_signing(doc: Doc, timex: Timex, head: Token) -> bool:
    """Whether ``timex`` dates the making of a deal whose terms the figure gives: it
    modifies a deal's noun ("Under the 2014 deal, Gazprom agreed to supply 38 bcm a year"),
    or it hangs on a verb of making told in the past whose infinitive clause holds the
    figure ("On Tuesday, the two companies signed a deal to raise supplies by 2.5 million
    tonnes a year")."""
    span = span_of(doc, timex.start, timex.end)
    if span is None:
        return False
    root = span.root
    if (
        root.dep_ in ("nummod", "compound", "amod", "nmod", "poss")
        and root.head.lemma_.lower() in _words("deal_noun")
        and head not in root.head.subtree
    ):
        return True
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in _words("act") or not _past(verb):
        return False
    token = head
    while token.head.i != token.i and token.i != verb.i:
        if (
            token.dep_ in ("xcomp", "advcl", "acl")
            and token.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        ):
            return token.head.i == verb.i or verb.i in {t.i for t in token.head.ancestors}
        token = token.head
    return False


def _said_of(doc: Doc, noun: Token, candidates: list[Timex]) -> bool:
    """Whether a time stands in the noun's own phrase before it ("a 2019-2021 budget")."""
    phrase = {t.i for t in noun.subtree if t.i < noun.i}
    return any(
        (span := span_of(doc, t.start, t.end)) is not None and span.root.i in phrase
        for t in candidates
    )


def _dates_the_telling(doc: Doc, timex: Timex, head: Token) -> bool:
    """Whether ``timex`` dates the verb of speech that reports the figure, not the figure:
    "in March" in "The central bank reported in March that the yuan's share rose to 10%"."""
    span = span_of(doc, timex.start, timex.end)
    if span is None:
        return False
    if _right_after_telling(doc, span, head):
        return True
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in _telling_verbs():
        return False
    token = head
    while token.head.i != token.i:
        if token.head.i == verb.i:
            return token.dep_ in ("ccomp", "xcomp", "parataxis") or (
                token.dep_ == "advcl" and _closing_teller(verb, head)
            )
        token = token.head
    return _trailing_teller(verb, head)


def _closing_teller(verb: Token, head: Token) -> bool:
    """Whether ``verb`` closes the sentence as the attribution of the figure before it, its
    subject after the figure and no object of its own: "Payments in yuan account for 95%
    of trade, the minister said in March" (the clause of the figure parsed as an adverbial
    one of the verb)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        verb.i > head.i
        and bool(subjects)
        and all(s.i > head.i for s in subjects)
        and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children)
    )


def _right_after_telling(doc: Doc, span: Span, head: Token) -> bool:
    """Whether the time stands right after a verb of speech and before the figure the verb
    reports: it dates the telling, wherever the parser hung it ("Rosneft said on Monday it
    shipped 2 million tonnes", "the ministry announced last week that exports rose 5%")."""
    if span.start == 0 or span.end > head.i:
        return False
    verb = doc[span.start - 1]
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in _telling_verbs()
        and not any(t.is_punct and t.text in ";:" for t in doc[span.end : head.i])
    )


def _trailing_teller(verb: Token, head: Token) -> bool:
    """Whether ``verb`` closes the sentence as the attribution of what came before, parsed
    as a conjunct of it: "China will send 900 pieces of weaponry, the ministry announced
    last week" (a verb of speech after the figure, with a subject and no object of its own)."""
    return (
        verb.dep_ == "conj"
        and verb.i > head.i
        and verb.head.i in {head.i, *(t.i for t in head.ancestors)}
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children)
    )


@lexicon_cache
def _telling_verbs() -> frozenset[str]:
    """Verbs whose time dates a telling: of speech ("said on Monday") and of data that
    report ("customs data showed on Saturday", "figures indicated last week")."""
    return _speech_verbs() | frozenset(
        w.lower()
        for e in load_lexicon("attribution").entries
        if isinstance(e, PatternEntry) and e.label == "data_verb"
        for w in e.words
    )


@lexicon_cache
def _speech_verbs() -> frozenset[str]:
    return frozenset(
        w.lower()
        for e in load_lexicon("attribution").entries
        if isinstance(e, PatternEntry) and e.label == "speech_verb"
        for w in e.words
    )


def _noun_time(doc: Doc, mention: QuantityMention, candidates: list[Timex]) -> Timex | None:
    """The time said of the noun the figure values, if it has one."""
    noun = _valued_noun(doc, mention)
    if noun is None:
        return None
    phrase = {t.i for t in noun.subtree}
    for timex in candidates:
        span = span_of(doc, timex.start, timex.end)
        if span is not None and span.root.i in phrase and timex.end <= mention.start:
            return timex
    return None


class PeriodLink(NamedTuple):
    """The time of its sentence a figure holds for (or None), and why a time of its
    sentence was refused when none is: ``"act"`` (it dates the making of the thing the
    figure measures), ``"clause"`` (another clause's: a clause on another noun, what a verb of
    speech reports), ``"unresolved"`` (its own time, right after it, is relative to a telling
    the page does not date), else None. A figure that refused its sentence's time takes no time from
    the sentence's other figures either."""

    timex: Timex | None
    refused: str | None = None


def choose_period(doc: Doc, mention: QuantityMention, timexes: list[Timex]) -> Timex | None:
    """The timex ``mention`` holds for, or None (a time in a "since" clause as written)."""
    return _link_period(doc, mention, timexes).timex


def link_period(
    doc: Doc, mention: QuantityMention, timexes: list[Timex], reference: date | None = None
) -> PeriodLink:
    """The timex ``mention`` holds for, with why its sentence's times were refused; a time in
    a clause opened by "since" runs from it to ``reference`` (the article's date; open where
    the page has none)."""
    link = _link_period(doc, mention, timexes)
    if link.timex is None:
        return link
    return link._replace(timex=_since_clause(doc, mention, link.timex, reference))


def _since_clause(
    doc: Doc, mention: QuantityMention, timex: Timex, reference: date | None
) -> Timex:
    """A time in a clause opened by "since", for a figure outside it, is where a running
    total starts: "Since the regime resumed in August 2023, groups have made 300,000
    trips" holds from August 2023 to the telling (an open end on a page with no date)."""
    span = span_of(doc, timex.start, timex.end)
    if span is None or timex.begin is None or timex.kind not in ("date", "relative"):
        return timex
    head = head_of_mention(doc, mention)
    if not _in_since_clause(span.root, head) and not _in_since_phrase(span.root, head):
        return timex
    if reference is not None and reference <= timex.begin:
        return timex
    return Timex(timex.start, timex.end, timex.text, "since", timex.begin, reference, "range")


def _own_time_unresolved(text: str, mention: QuantityMention, timexes: list[Timex]) -> bool:
    """Whether a figure's own time, right after it, is relative to a telling the page does
    not date ("up from 27 million tonnes this year", "400,000 tonnes in the first half of
    this year" on a page with no date): the figure then has no period, never another time of
    its sentence ("in 2025")."""
    return any(
        t.kind in UNRESOLVED_OWN_KINDS
        and not t.resolved
        and t.start >= mention.end
        and OWN_TIME_AFTER.fullmatch(text[mention.end : t.start])
        for t in timexes
    )


# The kinds of a time that a page with no date leaves unresolved: "this year", "in January",
# "the first half of this year", "so far this year".
UNRESOLVED_OWN_KINDS = ("relative", "date", "to_date")

# What may stand between a figure and a time of its own after it: up to three words of its
# measure and perhaps "in", "at", "during": "27 million tonnes this year", "5 billion cubic
# metres of gas last year" (no comma, no figure).
OWN_TIME_AFTER = re.compile(
    r"\s*(?:[^\W\d][\w'’-]*\s+){0,3}(?:(?:in|at|as\s+of|during)\s+)?", re.IGNORECASE
)


# A look-back that a duration closes: "the steepest fall in two years", "for the first time
# in 15 years", "its weakest level in the past 18 months" (the duration says how long since,
# and holds for no period of its own).
LOOK_BACK_BEFORE = re.compile(
    r"\b(?:first\s+time|(?:steepest|sharpest|biggest|largest|highest|lowest|strongest|weakest"
    r"|fastest|slowest|deepest|smallest|greatest|best|worst|longest|shortest)(?:\s+[\w-]+){0,3}?)"
    r"\s+in\s+(?:(?:the\s+)?(?:past|last)\s+|(?:more|less)\s+than\s+|over\s+|almost\s+|nearly\s+)?\Z",
    re.IGNORECASE,
)


def _in_since_clause(token: Token, head: Token | None) -> bool:
    """Whether ``token`` stands in a clause opened by "since" that ``head`` is outside:
    "Since the regime resumed in August 2023, ..."."""
    while token.head.i != token.i and token.dep_ not in ("advcl", "relcl", "acl", "ccomp"):
        token = token.head
    return (
        token.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "since" for c in token.children)
        and not (head is not None and head in token.subtree)
    )


def _in_since_phrase(token: Token, head: Token | None) -> bool:
    """Whether ``token`` dates the noun of a phrase opened by "since" that ``head`` is
    outside: "Since its launch in December 2019, the pipeline has delivered 80 bcm" (a
    running total from the launch), not "since 2019" itself (a time of its own)."""
    while token.head.i != token.i and token.dep_ in ("pobj", "prep", "nummod", "compound"):
        if token.dep_ == "pobj" and token.head.lower_ == "since" and token.head.dep_ == "prep":
            return token.pos_ == "NOUN" and not (head is not None and head in token.head.subtree)
        token = token.head
    return False


def _link_period(doc: Doc, mention: QuantityMention, timexes: list[Timex]) -> PeriodLink:
    text = text_of(doc)
    if _own_time_unresolved(text, mention, timexes):
        return PeriodLink(None, "unresolved")
    if mention.unit_kind == "duration" and LOOK_BACK_BEFORE.search(text[: mention.start]):
        return PeriodLink(None, "clause")
    candidates = [
        t
        for t in timexes
        if t.resolved
        and not (t.start < mention.end and mention.start < t.end)
        and not (t.start >= mention.end and _basis_between(text, mention, t))
        and not basis_before(text, t, mention)
        and not _from_after_own_time(text, t, timexes)
    ]
    head = head_of_mention(doc, mention)
    described = _described_name(head) if head is not None else None
    if described is not None:
        # "RCIF, a fund worth $2 billion": a description of a named thing set off beside
        # it holds only the times said inside it, and takes no frame of the report
        inside = {t.i for t in described.subtree}
        candidates = [
            t
            for t in candidates
            if (s := span_of(doc, t.start, t.end)) is not None and s.root.i in inside
        ]
        if not candidates:
            return PeriodLink(None, "aside")
    if not candidates:
        return PeriodLink(None)
    if head is None:
        return PeriodLink(min(candidates, key=lambda t: abs(t.start - mention.start)))
    thing = _valued_noun(doc, mention) or _modified_noun(doc, mention, head)
    if (
        thing is not None
        and not _said_of(doc, thing, candidates)
        and any(_dates_an_act(doc, t, thing) for t in candidates)
    ):
        # the time said of the thing dates its making; the figure has none of its own
        return PeriodLink(None, "act")
    made = [t for t in candidates if _dates_a_signing(doc, t, head)]
    if made:
        candidates = [t for t in candidates if t not in made]
        if not candidates:
            return PeriodLink(None, "act")
    kept = [
        t
        for t in candidates
        if not _in_other_clause(doc, t, head)
        and not _in_told_clause(doc, t, head)
        and not _rate_in_description(doc, t, head, mention)
    ]
    refused = "clause" if len(kept) < len(candidates) else None
    candidates = [t for t in kept if not _dates_the_telling(doc, t, head)]
    valued = _noun_time(doc, mention, candidates)
    if valued is not None:
        return PeriodLink(valued)
    describes_thing = mention.attributive or (
        head.dep_ in ("compound", "amod", "nmod") and head.head.pos_ in ("NOUN", "PROPN")
    )
    if describes_thing and mention.unit_kind != "duration" and not _traded(head.head):
        # a length, a cost, a size of a thing: only times said of that thing (a duration
        # such as "a two-day forum" places an event, which the sentence dates)
        noun = head.head
        inside = {t.i for t in noun.subtree}
        candidates = [
            t
            for t in candidates
            if (s := span_of(doc, t.start, t.end)) is not None
            and s.root.i in inside
            and s.root.i != head.i
            and not _dates_an_act(doc, t, noun)
        ]
    parallel = _parallel_time(doc, mention, candidates)
    if parallel is not None:
        # "In 2017, exports doubled to $3.7 million; the previous year they were $1.8 million"
        return PeriodLink(_year_before(text, parallel, timexes))
    compared_at = _compared_at(text, mention, candidates)
    if compared_at is not None:
        return PeriodLink(compared_at)
    # the verb of the figure's own clause: a time said of its subject is said of the measure
    own_verb = {next((t.i for t in (head, *head.ancestors) if t.pos_ in ("VERB", "AUX")), head.i)}
    scored = []
    for timex in candidates:
        span = span_of(doc, timex.start, timex.end)
        if span is None:
            continue
        distance = min(tree_distance(head, token) for token in span)
        if (
            timex.kind != "current"
            and _in_subject(span.root, own_verb, through_clauses=True)
            and not _in_aside(doc, span.root)
        ):
            # a time said of the figure's own measure, however deep its phrase ("the portion
            # of makers among the phones brought in last year rose to 70%")
            distance = min(distance, MEASURE_DISTANCE)
        elif timex.kind == "current" and _in_subject(span.root, own_verb):
            distance = min(distance, MAX_DISTANCE_CURRENT)  # "The current order book is $9 bn"
        limit = MAX_DISTANCE_CURRENT if timex.kind == "current" else MAX_DISTANCE
        if distance > limit:
            continue
        if mention.change is not None and timex.kind in SPAN_KINDS:
            distance -= 3
        scored.append((distance, abs(timex.start - mention.start), timex))
    if not scored:
        return PeriodLink(None, refused)
    chosen = _year_before(text, min(scored, key=lambda s: (s[0], s[1]))[2], timexes)
    return PeriodLink(running_total(text, head, _from_to_range(text, mention, timexes, chosen)))


# The links by which a figure stands inside the noun phrase it describes: "worth $2
# billion" (amod, npadvmod), "with a capacity of 5 bcm" (prep, pobj), "$2 billion" (quantmod).
_INSIDE_A_PHRASE = frozenset(
    ["amod", "npadvmod", "prep", "pobj", "quantmod", "nummod", "compound", "advmod", "nmod"]
)


def _described_name(head: Token) -> Token | None:
    """The noun in apposition to a name that the figure describes, if it stands inside one:
    "fund" in "went through RCIF, a fund worth $2 billion", "pipeline" in "Power of Siberia,
    a pipeline with a capacity of 38 bcm a year". Not a figure that is itself the
    appositive ("exports rose to $5 billion, a 20% increase")."""
    token = head
    while token.dep_ in _INSIDE_A_PHRASE and token.head.i != token.i:
        token = token.head
        if token.dep_ == "appos":
            return (
                token
                if token.pos_ == "NOUN"
                and token.head.pos_ == "PROPN"
                and not any(c.like_num for c in token.children)
                else None
            )
    return None


# "the previous year", "the preceding year", "the prior fiscal year", "the year before": the
# year before the one the sentence speaks of.
PREVIOUS_YEAR = re.compile(
    r"\b(?:the\s+)?(?:previous|preceding|prior)\s+(?:(?:fiscal|financial)\s+)?year\b"
    r"|\bthe\s+year\s+before\b",
    re.IGNORECASE,
)


# "the year" with the definite article: the year the sentence or the report speaks of ("over
# the course of the year", "by the end of the year"); not "the year before".
THE_YEAR = re.compile(r"\bthe\s+year\b(?!\s+(?:before|after|earlier|ago))", re.IGNORECASE)


def previous_year(text: str | None) -> bool:
    """Whether a time's words say "the previous year"."""
    return bool(PREVIOUS_YEAR.search(text or ""))


def _year_before(text: str, chosen: Timex, timexes: list[Timex]) -> Timex:
    """ "The previous year" in a sentence that names its year is the year before that one:
    "Over January-July 2019 exports were 3.1 million tonnes, against 2.4 million tonnes of
    grain in the previous year" (2018); "the year" is that year ("the share was 1% at the
    start of 2022 and 15% over the course of the year": 2022); a year with a part of "the
    year" right after it is that part of it ("In 2021, in the first five months of the
    year": January-May 2021). A year the sentence compares with names none ("in the first
    ten months of the year, three times as much as in the same period of 2023": the year
    of the telling)."""
    apposed = next(
        (
            t
            for t in timexes
            if chosen.granularity == "year"
            and chosen.kind == "date"
            and 0 <= t.start - chosen.end <= APPOSED_GAP
            and THE_YEAR.search(t.text)
        ),
        None,
    )
    if apposed is not None:
        # "In 2021, in the first five months of the year": the part of that year
        chosen, timexes = apposed, [chosen]
    before = previous_year(chosen.text)
    if not before and not THE_YEAR.search(chosen.text):
        return chosen
    named = [
        t
        for t in timexes
        if t is not chosen
        and t.begin is not None
        and t.kind in ("date", "range")
        and (before or not basis_before(text, t))
    ]
    if not named or named[0].begin is None or chosen.begin is None or chosen.end_date is None:
        return chosen
    shift = named[0].begin.year - (1 if before else 0) - chosen.begin.year
    try:
        begin = chosen.begin.replace(year=chosen.begin.year + shift)
        end = chosen.end_date.replace(year=chosen.end_date.year + shift)
    except ValueError:  # 29 February
        return chosen
    return Timex(chosen.start, chosen.end, chosen.text, chosen.kind, begin, end, chosen.granularity)


# The most characters between a year and a part "of the year" that specifies it: ", in ".
APPOSED_GAP = 6


# What stands between a time that closes a conjunct and a change appended to its figure:
# a bracket or "up"/"down" ("in 2022 (-18%", "in 2022 (up 5%", "in 2022, up 5%", "in 2022 -
# down 3%"); not a bare comma, which lists a conjunct of its own ("40% in the first
# quarter, 9.7% in the second").
APPENDED_CHANGE = re.compile(
    r"\s*(?:\(\s*(?:(?:up|down)\s+)?|[,\u2013\u2014-]?\s*(?:up|down)\s+)", re.IGNORECASE
)


# Kinds of time that open parallel conjuncts: "In 2017, ... grew 20%, in 2018 - by 27%".
PARALLEL_KINDS = ("date", "relative", "range", "deadline")


def _parallel_time(doc: Doc, mention: QuantityMention, candidates: list[Timex]) -> Timex | None:
    """The time of the figure's own conjunct where a sentence gives each of its conjuncts a
    time of the same kind: "In 2016, turnover grew 4% to $70 billion, in 2017 - by 20%, to
    $84 billion" (each figure after a time takes it), "goals of $150 billion before 2022
    and $250 billion before 2026" (each figure before a time takes it); None elsewhere."""
    figures = sorted((q["start"], q["end"]) for q in (doc._.sf_quantities or []) if "start" in q)
    if len(figures) < 2:
        return None
    groups: dict[tuple[str, str | None], list[Timex]] = {}
    text = text_of(doc)
    for timex in candidates:
        if timex.kind in PARALLEL_KINDS and not basis_before(text, timex):
            groups.setdefault(
                ("deadline" if timex.kind == "deadline" else "point", timex.granularity), []
            ).append(timex)
    for times in groups.values():
        if len(times) < 2:
            continue
        times.sort(key=lambda t: t.start)
        if times[0].start < figures[0][0]:
            # each time opens its conjunct: a figure between two of them takes the first
            gaps = list(zip(times, [*(t.start for t in times[1:]), len(text)], strict=True))
            if not all(any(t.end <= f[0] < end for f in figures) for t, end in gaps):
                continue  # (a last time with no figure after it closes one: "from 290,000 in Q2")
            own = [t for t in times if t.end <= mention.start]
            if own and _time_between(candidates, times, own[-1].end, mention.start):
                return None  # a time of its own stands nearer: "..., in May 2019 exports ..."
            return own[-1] if own else None
        # each time closes its conjunct: a figure between two of them takes the second
        starts = [figures[0][0], *(t.end for t in times[:-1])]
        if not all(
            any(s <= f[0] < t.start for f in figures) for s, t in zip(starts, times, strict=True)
        ):
            continue
        closed = [t for t in times if t.end <= mention.start]
        if (
            mention.change is not None
            and closed
            and APPENDED_CHANGE.fullmatch(text[closed[-1].end : mention.start])
        ):
            # a change appended right after the time that closes its conjunct: "fell to 9
            # million m3 in 2022 (-18% y-o-y) and to 7.8 million in 2023" (2022's)
            return closed[-1]
        after = [t for t in times if t.start >= mention.end]
        opened = max((t.end for t in times if t.end <= mention.start), default=0)
        if after and _time_between(candidates, times, opened, after[0].start):
            # its conjunct has a time of its own: "sold 1.2 million cars in 2024, up 27%, ..."
            return None
        return after[0] if after and _same_clause(doc, mention, after[0]) else None
    return None


def _time_between(candidates: list[Timex], times: list[Timex], start: int, end: int) -> bool:
    """Whether a time of the sentence other than the parallel ``times`` stands between
    ``start`` and ``end``: the figure there has a time of its own ("Chinese brands sold 1.2
    million cars in 2024, ... slipped to 61% in December from 66% in November")."""
    return any(t not in times and start <= t.start and t.end <= end for t in candidates)


def _clause_of(token: Token) -> int:
    """The token that opens the relative or participle clause ``token`` stands in, or the
    sentence's root."""
    while token.head.i != token.i and token.dep_ not in ("relcl", "acl"):
        token = token.head
    return token.i


def _same_clause(doc: Doc, mention: QuantityMention, timex: Timex) -> bool:
    """Whether a figure and a time after it are told by one clause: not "$8 billion" and
    "2025" in "Exports, which rose 20% last year to $8 billion, will reach $10 billion in
    2025" (the relative clause tells the first, the main clause the second)."""
    head = head_of_mention(doc, mention)
    span = span_of(doc, timex.start, timex.end)
    return head is None or span is None or _clause_of(head) == _clause_of(span.root)


def _in_aside(doc: Doc, token: Token, *, participle: bool = False) -> bool:
    """Whether ``token`` stands in a relative clause set off by a comma, an aside on its
    noun: "2019" in "Trade between the two countries, which signed a pact in 2019, rose
    9%" (not "last year" in "the phones brought in last year", which says which phones);
    with ``participle``, a participle so set off too: "October 2022" in "The terminal,
    opened in October 2022, can handle ..."."""
    kinds = ("relcl", "acl") if participle else ("relcl",)
    while token.head.i != token.i:
        if token.dep_ in kinds:
            first = token.left_edge.i
            return first > 0 and doc[first - 1].text == ","
        token = token.head
    return False


def _from_to_range(
    text: str, mention: QuantityMention, timexes: list[Timex], chosen: Timex
) -> Timex:
    """A change from one figure to another with a time at each end holds for the span
    between them: "grew from $3 billion in 2012 to $7.1 billion in 2016" is 2012-2016."""
    if mention.change != "from_to" or chosen.begin is None or chosen.end_date is None:
        return chosen
    inner = [
        t
        for t in timexes
        if mention.start <= t.start
        and t.end <= mention.end
        and t.begin is not None
        and t.begin < chosen.begin
        and t.kind in PARALLEL_KINDS
    ]
    if not inner or chosen.start < mention.end - 1 or chosen.start - mention.end > MAX_RANGE_GAP:
        return chosen
    first = inner[0]
    return Timex(
        first.start,
        chosen.end,
        text[first.start : chosen.end],
        "range",
        first.begin,
        chosen.end_date,
        chosen.granularity if chosen.granularity == first.granularity else "range",
    )


# The most characters between the end of a from-to change and the time of its end.
MAX_RANGE_GAP = 4


# "as of" before a day: what has accumulated by then ("As of Tuesday, the port had handled
# 1,450 trains"), not what happened that day.
AS_OF = re.compile(r"\bas\s+(?:of|at|on)\s+(?:\w+\s+)?\Z", re.IGNORECASE)


def _perfect(head: Token) -> bool:
    """Whether the verb that governs ``head`` is in a perfect ("have handled", "had sold")."""
    verb: Token | None = head
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None:
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            break
        verb = verb.head
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def running_total(text: str, head: Token | None, timex: Timex) -> Timex:
    """A day after "as of" for a figure told in the perfect is the end of a running total
    from the start of that year: "As of Tuesday, the port had handled 1,450 trains" holds
    from 1 January to Tuesday. Any other time is returned as it is."""
    window = max(0, timex.start - 20)
    found = AS_OF.search(text[window : timex.start])
    if (
        head is None
        or found is None
        or timex.granularity != "day"
        or timex.end_date is None
        or not _perfect(head)
    ):
        return timex
    start = window + found.start()
    return Timex(
        start,
        timex.end,
        text[start : timex.end],
        "to_date",
        date(timex.end_date.year, 1, 1),
        timex.end_date,
        "range",
    )


# What names the year of a time expression ("2019", "2018/19", "this year", "next
# month's"): a time without it is placed by the reference date alone.
NAMES_ITS_YEAR = re.compile(
    r"\d{4}|\b\d\d/\d\d\b|\b(?:this|next|last|previous|past|coming|current|following)\b",
    re.IGNORECASE,
)

# The times that move to the next year when what they date is yet to come: a month, a
# quarter, a half, and a year named by no number or word of its own ("the full year").
MOVED_AHEAD = frozenset({"month", "quarter", "half", "year"})


def ahead_if_to_come(
    timex: Timex | None,
    reference: date | None,
    modality: str,
    tense: str | None,
    *,
    told_past: bool = False,
) -> Timex | None:
    """A month, quarter, half or year without its year said of what is yet to come (a forecast
    or a target not told in the past: ``tense`` of the figure's clause, ``told_past`` of
    its sentence's verb) is the next one not over at the reference, not the
    last one begun: "exports will rise in the second half", told in March, is this year's;
    "deliveries are due to begin in the first quarter", told in November, next year's.

    >>> half = Timex(0, 15, "the second half", "date", date(2017, 7, 1), date(2017, 12, 31), "half")
    >>> ahead_if_to_come(half, date(2018, 3, 10), "forecast", "future").begin
    datetime.date(2018, 7, 1)
    >>> ahead_if_to_come(half, date(2018, 3, 10), "actual", "past").begin
    datetime.date(2017, 7, 1)
    """
    if (
        timex is None
        or reference is None
        or modality not in ("forecast", "target")
        or tense in ("past", "perfect")
        or told_past
        or timex.granularity not in MOVED_AHEAD
        or timex.begin is None
        or timex.end_date is None
        or timex.end_date >= reference
        or NAMES_ITS_YEAR.search(timex.text)
    ):
        return timex
    begin, end = timex.begin, timex.end_date
    while end < reference:
        begin = begin.replace(year=begin.year + 1)
        end = month_end(end.year + 1, end.month)
    return replace(timex, begin=begin, end_date=end)
