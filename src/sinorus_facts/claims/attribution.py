"""Attribution within a sentence: who the text credits with a figure.

The forms of news English, each checked against the parse so that a speaker credits only
the figures in what they say:

- "according to X" (X a named source; "according to statistical data" credits nobody);
- the subject of a speech verb that governs the figure ("Zhang added [trade reached ...]",
  "said Li Hui"), or that follows its clause without a clause of its own ("Trade rose 5%,
  the ministry said"); a speech verb with its own reported clause ("..., while Putin said
  ties are strong") credits nothing else;
- the subject of a forecasting verb ("the ministry expects exports to reach ...");
- data with its source as subject ("statistics from China's General Administration of
  Customs show ...");
- an apposition names the subject ("the head of the center, Sergey Sanakoyev, said");
- a trailing speaker the parser hung on the clause before (", a senior official in the
  regional government told Interfax");
- "it was added", "it was noted": the source credited last goes on (kind ``same``).

- a relay ("according to Reuters, citing data from the customs", "the paper quoted data from
  the ministry as showing ...") credits the source of the data; an outlet after "according
  to" yields to a speaker the sentence names;
- data with their publisher ("according to data released on Monday by X").

Pronouns and descriptions ("he", "the Chinese envoy") are returned as such, for the
document pass to resolve to a name; so are data that point back at a source named before
("The data show", "according to the customs data it cited": kind ``anaphor``).

>>> import spacy
>>> from sinorus_facts.quantities.finder import find_quantities
>>> doc = spacy.blank("en")("Exports rose 5%, according to the Federal Customs Service.")
>>> speaker_of(doc, find_quantities(doc.text)[0]).text
'Federal Customs Service'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sinorus_facts.claims.entities import lexicon_names
from sinorus_facts.claims.roles import verb_form
from sinorus_facts.common.extensions import per_doc, text_of
from sinorus_facts.common.syntax import has_parse, head_of_mention, tree_distance
from sinorus_facts.lexicons import CalendarEntry, lexicon_cache, load_lexicon
from sinorus_facts.lexicons.cues import cue_words, entity_words, phrase_pattern, word_forms
from sinorus_facts.quantities.mention import QuantityMention

__all__ = [
    "POINTING_ADJECTIVES",
    "Speaker",
    "an_outlet",
    "clean_source",
    "described_body",
    "published_by",
    "speaker_of",
]

# A possessive "words" after a name: "Li Hui’s words" -> "Li Hui".
POSSESSIVE_WORDS = re.compile(
    r"['’]s\s+(?:words|data|figures|statistics|estimates|calculations|report|forecast|estimate)\b.*$",
    re.IGNORECASE,
)

# Data nouns after a source, in lower case: "Russian customs data" -> "Russian customs", "a
# China National Radio report" -> "China National Radio" (a capitalised one is the name's:
# "Kazakh Bureau of National Statistics").
TRAILING_DATA = re.compile(
    r"\s+(?:data|statistics|figures|estimates|calculations|numbers|report|reports)$"
)

# A possessive ending a source whose noun was cut: "the Customs Service's" (report).
TRAILING_POSSESSIVE = re.compile(r"['’]s$")

# A bracket opened and not closed at the end of a source: " (GAC" of "Customs (GAC".
OPEN_BRACKET = re.compile(r"\s*\([^)]*$")

# An article at the front of a source: "the Russian Central Election Commission".
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)

# Relations by which a speech verb after a clause reports that clause ("..., he said").
REPORTING_EDGES = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep"})

# Children that give a verb a clause of its own to report.
OWN_CLAUSE = frozenset({"ccomp", "xcomp"})

# Verbs whose passive subject still speaks: "he was quoted as saying".
PASSIVE_SPEAKERS = frozenset({"quote"})

# Subjects that are nobody in particular: "when you add ...", "one can say".
GENERIC_SUBJECTS = frozenset({"you", "one", "anyone", "everyone", "somebody", "someone"})

NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})

# Possessive pronouns before a body or a role: "its defence ministry", "their spokesman".
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})

# The subject each possessive pronoun stands for: "their study" is what "they" found.
SUBJECT_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}

# Determiners and adjectives by which data point back at a source named before: "The data
# show", "These figures show", "Official data show", "the customs data it cited".
POINTING_DETERMINERS = frozenset({"the", "this", "these", "those", "such"})
POINTING_ADJECTIVES = frozenset({"official", "cited", "same", "above", "aforementioned"})

# A name of two or three words that ends a description after a comma: ", Pavel Orlov" in
# "the head of the analytical centre at AgroTrans, Pavel Orlov".
TRAILING_NAME = re.compile(r",\s+(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})$")

# Relations of the words before a noun that belong to its phrase: "Indian customs data".
NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "case"})

# Pronouns a source may be given as: "according to him".
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})

# Where a sentence's verbs of speech, cognition and data are kept once found (doc.user_data).
SPEECH_VERBS_KEY = "sinorus_facts.speech_verbs"

# Where a sentence's PERSON entities are kept once read (doc.user_data).
PERSONS_KEY = "sinorus_facts.persons"
# Where a sentence's "according to X" and the subjects left behind by its speech verbs are
# kept once found (its figures share them).
ACCORDING_TO_KEY = "sinorus_facts.according_to"
LEFT_BEHIND_KEY = "sinorus_facts.subjects_left_behind"
# Where a sentence's opening or closing speaker found by its words is kept (its figures share it).
CLOSING_SPEAKER_KEY = "sinorus_facts.closing_speaker"
OPENING_SPEAKER_KEY = "sinorus_facts.opening_speaker"


@dataclass(frozen=True)
class Speaker:
    """Who a sentence credits: the text, what it is (``name``, ``pronoun``,
    ``description``), and where its words stand in the sentence (``start``, ``end``)."""

    text: str
    kind: str
    start: int
    end: int = -1


@lexicon_cache
def published_by() -> re.Pattern[str]:
    """Data and who published it, up to where the source's name begins: "data released on
    Monday by ", "a report published last week by " (up to four words between the participle
    and "by")."""
    nouns = sorted(cue_words("attribution", "data_noun"), key=len, reverse=True)
    verbs = sorted(cue_words("attribution", "publication_participle"), key=len, reverse=True)
    noun = "|".join(re.escape(n) for n in nouns)
    verb = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    return re.compile(
        rf"(?<![\w-])(?:{noun})\s+(?:{verb})(?:\s+(?!by\b)[\w’'.-]+){{0,4}}?\s+by\s+",
        re.IGNORECASE,
    )


def clean_source(text: str) -> str:
    """A source phrase without its frame: "the latest figures from the Russian Central
    Election Commission" -> "Russian Central Election Commission".

    >>> clean_source("the latest figures from the Russian Central Election Commission")
    'Russian Central Election Commission'
    >>> clean_source("Li Hui’s words")
    'Li Hui'
    """
    text = " ".join(text.split()).strip(" ,.;:")
    published = published_by().search(text)
    if published is not None:  # "data released on Monday by the Statistics Committee"
        text = text[published.end() :]
    for _ in range(3):
        found = phrase_pattern("attribution", "source_noun").match(text)
        if not found:
            break
        text = text[found.end() :].strip()
    framed = _data_frame().match(text) or _people_of_a_body().match(text)
    if framed is not None and framed.end() < len(text):
        # "a survey by the Carnegie Center" -> the centre; "analysts at Alfa-Bank" -> the bank
        text = text[framed.end() :]
    possessive = POSSESSIVE_WORDS.search(text)
    if possessive is not None and not _names_a_body(possessive.group(0)):
        text = text[: possessive.start()]
    text = _without_data_verb(text)
    text = _time_after_source().sub("", text)  # "the customs on Saturday" -> "the customs"
    text = TRAILING_DATA.sub("", text)
    text = LEADING_ARTICLE.sub("", text)
    text = TRAILING_POSSESSIVE.sub("", text)  # "the Customs Service's" (report)
    text = OPEN_BRACKET.sub("", text)  # "the Customs Administration (GAC" cut at its bracket
    return text.strip(" ,.;:\"“”'‘’")


@lexicon_cache
def _time_after_source() -> re.Pattern[str]:
    """A time that ends a source phrase and is no part of the name: " on Saturday", " last
    week", " earlier this month", " on March 5", " earlier today", never a name's own word
    ("Theresa May": a word of time opens the phrase) (the calendar's weekdays and
    months and the lexicon's time_after_source words)."""
    names = [  # each name in full, the first of its entry ("Sunday", not "Sun")
        entry.words[0]
        for entry in load_lexicon("calendar").entries
        if isinstance(entry, CalendarEntry) and entry.kind in ("month", "weekday")
    ]
    words = sorted([*names, *cue_words("attribution", "time_after_source")], key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"\s+(?:(?:on|in|at|last|this|earlier|early|late|later|the|past)\s+)+"
        rf"(?:{body})(?![\w-])(?:\s+\d{{1,2}})?$"
    )


@lexicon_cache
def _people_of_a_body() -> re.Pattern[str]:
    """People named by their trade at a body, before the body's name: "analysts at ",
    "Economists from ", "independent experts of " (the lexicon's people_of_a_body)."""
    words = "|".join(
        sorted(map(re.escape, cue_words("attribution", "people_of_a_body")), key=len)[::-1]
    )
    return re.compile(
        rf"(?:[A-Za-z-]+\s+){{0,2}}?(?i:{words})\s+(?:at|from|of|with)\s+(?:the\s+)?(?=[A-Z])"
    )


@lexicon_cache
def _data_frame() -> re.Pattern[str]:
    """A phrase of data or a document before its source, in lower case: "a survey by ", "the
    latest study from ", "a quarterly review of " (the lexicon's data and document nouns)."""
    nouns = sorted(_data_words(), key=len, reverse=True)
    body = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    return re.compile(
        rf"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{body})\s+(?:by|from|of)\s+(?=\S)"
    )


def _names_a_body(possessed: str) -> bool:
    """Whether the data word after a possessive is part of a body's name: "Qatar's statistics
    authority" (not "Li Hui's words", "the ministry's data")."""
    words = possessed.split()
    return len(words) > 2 and words[2].lower().strip(".,") in cue_words("attribution", "body_noun")


def _without_data_verb(text: str) -> str:
    """A source without the data verb the parser left at its end ("figures from
    Rosselkhoznadzor show"): the last word, with "s", "ed" or "n" cut off, is a data verb
    of the lexicon."""
    head, _, word = text.rpartition(" ")
    forms = {word, word[:-1], word[:-2]}  # (a capitalised word is a name's: "Check Point")
    return (
        head if head and word.islower() and forms & cue_words("attribution", "data_verb") else text
    )


def _name_word(token: Token) -> bool:
    """A word of a name: NER's, or the entities lexicon's ("Gazprom", "Chinese")."""
    return token.ent_type_ in NAME_ENTS or (
        token.i in lexicon_names(token.doc) and token.text[:1].isupper()
    )


def _is_named(span: Span) -> bool:
    return (
        any(_name_word(t) for t in span)
        or any(t.text[:1].isupper() and t.i > span.start for t in span)
        or (len(span) == 1 and span[0].text[:1].isupper())
    )


def _phrase(token: Token) -> Span:
    """The words of a subject or object, without its relative clause or appositive
    ("Sergey Sanakoyev, head of the center, who ..." -> "Sergey Sanakoyev")."""
    doc = token.doc
    skip = {
        t.i
        for child in token.children
        if child.dep_ in ("relcl", "appos", "acl", "punct")
        for t in child.subtree
    }
    kept = [t.i for t in token.subtree if t.i not in skip and t.dep_ != "punct"] or [token.i]
    return doc[min(kept) : max(kept) + 1]


def _person_in(span: Span) -> Span | None:
    for ent in _persons(span.doc):
        if ent.start >= span.start and ent.end <= span.end:
            return ent
    return None


def _persons(doc: Doc) -> tuple[Span, ...]:
    """The PERSON entities of ``doc``, found once per Doc: spaCy builds ``doc.ents`` anew
    at each access, and every figure of a sentence asks."""
    return per_doc(
        doc, PERSONS_KEY, lambda d: tuple(ent for ent in d.ents if ent.label_ == "PERSON")
    )


def _according_to(doc: Doc) -> Speaker | None:
    """The source after "according to" and its kin; in a relay ("according to Reuters, citing
    data from the customs") the source of the data; else a named body's data that show the
    sentence's figures ("Rosstat's data show ...")."""
    found = list(_according_to_each(doc))
    relayed = [speaker for speaker, relay in found if relay]
    if relayed:
        return relayed[-1]
    return (
        found[0][0]
        if found
        else (_possessed_data(doc) or _compound_data(doc) or _trailing_data_tag(doc))
    )


@lexicon_cache
def _possessed_data_pattern() -> re.Pattern[str]:
    """A name with its data and a verb of data: "the Federal Customs Service's data show",
    "Rosstat's latest figures indicated" (the parse may read "data show" as one noun)."""
    nouns = "|".join(sorted(map(re.escape, cue_words("attribution", "data_noun")), key=len)[::-1])
    verbs = "|".join(word_forms(v) for v in sorted(cue_words("attribution", "data_verb")))
    name = r"(?-i:[A-Z])[\w&.-]*(?:\s+(?:(?-i:[A-Z])[\w&.-]*|of|and|for))*"
    return re.compile(
        rf"(?<![\w-])(?P<source>{name})['’]s?\s+(?:{DATA_OPENING.pattern})?(?:{nouns})\s+(?:{verbs})\b",
        re.IGNORECASE,
    )


def _possessed_data(doc: Doc) -> Speaker | None:
    """The body whose data show the sentence's figures: "The Federal Customs Service's data
    show imports rose 17%" credits the Federal Customs Service; a country's data name no body
    ("China's data show ...")."""
    text = text_of(doc)
    if "'" not in text and "’" not in text:
        return None
    found = _possessed_data_pattern().search(text)
    if found is None:
        return None
    source = clean_source(found.group("source"))
    if not source or source in entity_words("country", "city", "region"):
        return None
    start = found.start("source") + found.group("source").find(source.split()[0])
    return Speaker(source, "name", start, start + len(source))


# A publisher who compiled data from another's, up to the data's source: "Bloomberg from " in
# "data compiled by Bloomberg from customs figures" (the customs are credited, as in a relay).
COMPILED_FROM = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+from\s+(?=\S)")


def _compound_data(doc: Doc) -> Speaker | None:
    """The body whose data show the figures where the parse read "data show" as one noun
    ("..., customs data show.", "Rosstat data show trade rose 5%": "show" a noun, "customs
    data" its compounds): the words before the data noun, a name or a body's noun
    ("customs"); a country's data name no body, nor do words of time or kind ("official
    data", "latest figures")."""
    verbs = cue_words("attribution", "data_verb")
    nouns = cue_words("attribution", "data_noun")
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in verbs:
            continue
        data = [t for t in token.lefts if t.lower_ in nouns and t.i == token.i - 1]
        if not data:
            continue
        first = data[0].i
        while first > 0 and _word_of_a_body(doc[first - 1]):
            first -= 1  # the name's words right before the data ("Chinese customs", "Rosstat")
        words = list(doc[first : data[0].i])
        if not any(t.pos_ == "PROPN" or t.lower_ in _BODY_NOUNS for t in words):
            continue  # ("official data show", "Russian data show", "the latest figures show")
        source = clean_source(doc[words[0].i : words[-1].i + 1].text)
        if not source or source in entity_words("country", "city", "region"):
            continue
        start = doc[words[0].i].idx
        return Speaker(source, "name", start, start + len(source))
    return None


# Nouns that name a body in lower case before its data ("customs data show").
_BODY_NOUNS = frozenset({"customs"})


def _word_of_a_body(token: Token) -> bool:
    """A word of a body's name before its data: capitalised ("Rosstat", "Chinese"; not the
    sentence's first word alone), or a body's noun ("customs")."""
    if token.lower_ in _BODY_NOUNS:
        return True
    return token.is_alpha and token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN")


@lexicon_cache
def _trailing_data_tag_pattern() -> re.Pattern[str]:
    """A tag of data that ends a sentence in the present, which the parse may read as one
    noun: ", Chinese customs data show.", ", Rosstat figures indicate." (a data noun of the
    lexicon and a data verb)."""
    nouns = "|".join(sorted(map(re.escape, cue_words("attribution", "data_noun")), key=len)[::-1])
    verbs = "|".join(word_forms(v) for v in sorted(cue_words("attribution", "data_verb")))
    return re.compile(
        rf",\s+(?P<source>(?:(?-i:[A-Z])[\w-]*\s+){{0,3}}[\w-]+)\s+(?:{nouns})\s+(?:{verbs})"
        r"\s*[.!?]?[\"”’]?\s*$",
        re.IGNORECASE,
    )


def _trailing_data_tag(doc: Doc) -> Speaker | None:
    """The body a trailing tag of data names: "..., Chinese customs data show." credits
    Chinese customs (a name, or a body named by what it is); nobody's data ("official data
    show") credit no one."""
    text = text_of(doc)
    found = _trailing_data_tag_pattern().search(text)
    if found is None:
        return None
    source = clean_source(found.group("source"))
    last = source.split()[-1].lower() if source else ""
    if not source or (
        not source[:1].isupper() and last not in cue_words("attribution", "body_noun")
    ):
        return None
    if source in entity_words("country", "city", "region"):
        return None
    start = found.start("source") + found.group("source").find(source.split()[0])
    return Speaker(source, "name", start, start + len(source))


def _according_to_each(doc: Doc) -> Iterator[tuple[Speaker, bool]]:
    """Each source after a cue of the sentence, and whether a relay cue gives it ("citing")."""
    relays = [m.start() for m in phrase_pattern("attribution", "relay_cue").finditer(text_of(doc))]
    for match in phrase_pattern("attribution", "according_to").finditer(text_of(doc)):
        relay = any(r <= match.start() for r in relays)
        start = match.end()
        published = _published_at(text_of(doc), start)
        if published is not None:  # "according to data released on Monday by X": X
            start = published.end()
            compiled = COMPILED_FROM.match(text_of(doc), start)
            if compiled is not None:  # "data compiled by Bloomberg from customs figures"
                start, relay = compiled.end(), True
        span = doc.char_span(start, len(text_of(doc)), alignment_mode="expand")
        if span is None or not len(span):
            continue
        phrase = _source_phrase(doc, span)
        text = clean_source(phrase.text)
        named = _apposed_name(phrase)
        referring = _referring(phrase, text) or _fragment(phrase, text)
        person = _person_in(phrase)
        if named is not None:
            yield named, relay
        elif referring is not None:
            yield referring, relay
        elif text.islower() and described_body(text):
            # "according to the two countries' defence authorities": a described body, as written
            yield Speaker(text, "name", phrase.start_char, phrase.end_char), relay
        elif (
            text.islower()
            and text in cue_words("attribution", "collective_source")
            and _data_words() & {w.lower().strip(".,;:") for w in phrase.text.split()[1:]}
        ):
            # "according to customs data": the body whose data they are, as "customs data
            # showed" credits it
            yield Speaker(text, "name", phrase.start_char, phrase.end_char), relay
        elif (
            relay
            and text.islower()
            and (len(text.split()) > 1 or text in cue_words("attribution", "collective_source"))
        ) or (text in cue_words("attribution", "collective_source") and _of_data(phrase)):
            # (the data of a body named in lower case: "according to customs data" credits the
            # customs, as "customs data showed" does)
            # a relay names whose data it passes on, described ones too ("citing data from
            # market researchers", "citing customs data")
            yield Speaker(text, "name", phrase.start_char, phrase.end_char), relay
        elif not text or not (_is_named(phrase) or text[:1].isupper()):
            continue  # "according to statistical data" credits nobody
        elif person is not None:
            yield Speaker(person.text, "name", person.start_char, person.end_char), relay
        else:
            yield Speaker(text, "name", match.start(), phrase.end_char), relay


# Words that may open a phrase of data before its noun: "the latest", "new", "official".
DATA_OPENING = re.compile(
    r"(?:(?:the|a|an|new|latest|official|preliminary|fresh|recent|monthly|annual)\s+)+",
    re.IGNORECASE,
)


# One lower-case word and the spaces after it: "quarterly " in "a quarterly review issued by".
OPENING_WORD = re.compile(r"[a-z][\w-]*\s+")


def _published_at(text: str, start: int) -> re.Match[str] | None:
    """A phrase of data and who published it at ``start`` ("the latest data published by ",
    "a quarterly review issued by "), after spaces, the words that open a phrase of data and
    up to two words more."""
    while start < len(text) and text[start].isspace():
        start += 1
    opening = DATA_OPENING.match(text, start)
    start = opening.end() if opening else start
    for _ in range(3):
        found = published_by().match(text, start)
        word = OPENING_WORD.match(text, start)
        if found is not None or word is None:
            return found
        start = word.end()
    return None


@lexicon_cache
def _data_words() -> frozenset[str]:
    """Nouns of data and of documents: "data", "figures", "document", "release"."""
    return cue_words("attribution", "data_noun") | cue_words("attribution", "anaphoric_source")


def described_body(text: str) -> bool:
    """Whether a source in lower case describes a body or a group that speaks ("the two
    countries' defence authorities", "local officials"), not data ("statistical data")."""
    words = text.split()
    head = words[-1].strip(".,;:") if words else ""
    return (
        len(words) > 1
        and head
        in cue_words("attribution", "collective_source") | cue_words("attribution", "body_noun")
        and head not in _data_words()
    )


def _of_data(phrase: Span) -> bool:
    """Whether a source phrase ends in a noun of data: "customs data", "customs statistics"."""
    return bool(len(phrase)) and phrase[-1].lower_ in cue_words("attribution", "data_noun")


def _fragment(phrase: Span, text: str) -> Speaker | None:
    """A source that is only a nationality ("according to the Chinese data" -> "Chinese"):
    a fragment, standing for the source the article named with that word."""
    words = [t for t in phrase if t.text == text]
    if len(words) == 1 and (words[0].ent_type_ == "NORP" or words[0].dep_ == "amod"):
        return Speaker(phrase.text, "anaphor", phrase.start_char, phrase.end_char)
    return None


def _apposed_name(phrase: Span) -> Speaker | None:
    """The name right after a description: "Autostat" in "according to the analytical
    agency Autostat"."""
    doc = phrase.doc
    if not phrase.text.lower().startswith("the ") or phrase.end >= len(doc):
        return None
    words = []
    for token in doc[phrase.end :]:
        if not (token.text[:1].isupper() and token.is_alpha) or token.is_sent_start:
            break
        words.append(token)
    if not words:
        return None
    return Speaker(
        " ".join(t.text for t in words), "name", words[0].idx, words[-1].idx + len(words[-1])
    )


def _referring(phrase: Span, text: str) -> Speaker | None:
    """A source that points back: "according to him" (a pronoun), "according to the
    embassy" (a description of a body or person named before), "according to the same
    data" (the source credited last)."""
    words = phrase.text.lower().split()
    if not words:
        return None
    if len(words) == 1 and words[0] in OBJECT_PRONOUNS:
        return Speaker(phrase.text, "pronoun", phrase.start_char, phrase.end_char)
    if words[0] != "the" or text[:1].isupper():
        return None
    if "same" in words[1:3]:
        return Speaker(phrase.text, "same", phrase.start_char, phrase.end_char)
    if words[-1].strip(".,") in _data_words():
        # "according to the document", "the customs data it cited": the source named for them
        return Speaker(phrase.text, "anaphor", phrase.start_char, phrase.end_char)
    nouns = (
        cue_words("attribution", "body_noun")
        | cue_words("attribution", "company_noun")
        | cue_words("attribution", "person_role")
    )
    if words[-1].strip(".,") in nouns:
        return Speaker(phrase.text, "description", phrase.start_char, phrase.end_char)
    return None


def _source_phrase(doc: Doc, span: Span) -> Span:
    """The noun phrase that opens ``span`` ("the latest figures from the Commission, ...")."""
    if not has_parse(doc):
        end = next((t.i for t in span if t.is_punct), span.end)
        return doc[span.start : max(end, span.start + 1)]
    root = span[0]
    while root.head.i != root.i and span.start <= root.head.i < span.end and root.dep_ != "pobj":
        root = root.head
    if root.dep_ != "pobj":
        # the noun the first words modify: "Indian customs data" after "citing"
        root = span[0]
        while root.dep_ in NOUN_MODIFIERS and root.i < root.head.i < span.end:
            root = root.head
    phrase = _phrase(root)
    return doc[span.start : phrase.end] if phrase.start < span.start else phrase


def _speaker_from_subject(subject: Token) -> Speaker | None:
    """A subject as a speaker: a person's name, a pronoun, a description or a body."""
    phrase = _phrase(subject)
    appositions = [c for c in subject.children if c.dep_ == "appos"]
    person = _person_in(phrase) or next(
        (p for a in appositions if (p := _person_in(_phrase(a)))), None
    )
    if person is not None and _a_body_of_a_place(person):
        person = None  # "the Amur regional government said": a body, "Amur" no person
    if (
        person is not None
    ):  # the whole phrase is the speaker's words ("Commerce Minister Zhong Shan")
        return Speaker(
            person.text,
            "name",
            min(phrase.start_char, person.start_char),
            max(phrase.end_char, person.end_char),
        )
    described = subject.text.islower() or subject.lower_ in cue_words("attribution", "person_role")
    trailing = TRAILING_NAME.search(phrase.text) if described else None
    if trailing is not None:
        # "the head of the analytical centre at AgroTrans, Pavel Orlov": the person so described
        start = phrase.start_char + trailing.start("name")
        return Speaker(
            trailing.group("name"), "name", phrase.start_char, start + len(trailing.group("name"))
        )
    named = next(
        (
            a
            for a in appositions
            if a.pos_ == "PROPN" and subject.text.islower() and a.i > subject.i
        ),
        None,
    )
    if named is not None:
        # "the state rail monopoly KTZ said": the name the description is given
        words = _phrase(named)
        return Speaker(clean_source(words.text), "name", phrase.start_char, words.end_char)
    text = clean_source(phrase.text)
    if not text:
        return None
    lowered = phrase.text.lower().strip()
    if lowered in cue_words("attribution", "pronoun") or subject.pos_ == "PRON":
        body = _body_it_stands_for(subject) if subject.lower_ == "it" else None
        return body or Speaker(phrase.text, "pronoun", phrase.start_char, phrase.end_char)
    if (
        phrase[0].lower_ in ("the", "a", "an")
        and subject.text.islower()
        and not any(t.text[:1].isupper() for t in phrase if t.i > subject.i)
        and not _own_name_before(phrase, subject)
    ):
        # "the Chinese envoy", "the ministry": a role or body named before ("the ministry's
        # data": the ministry, without its possessive)
        as_named = TRAILING_POSSESSIVE.sub("", phrase.text).rstrip()
        return Speaker(
            as_named, "description", phrase.start_char, phrase.start_char + len(as_named)
        )
    if (
        phrase[0].lower_ in POSSESSIVE_PRONOUNS
        and len(phrase) > 1
        and subject.lower_
        in cue_words("attribution", "body_noun") | cue_words("attribution", "person_role")
    ):
        # "its defence ministry said": the body, as a description ("the defence ministry")
        as_described = "the " + phrase[1:].text
        return Speaker(as_described, "description", phrase.start_char, phrase.end_char)
    collective = subject.lower_ in cue_words("attribution", "collective_source")
    if not collective and not any(
        _name_word(t) or t.pos_ == "PROPN" or (t.text[:1].isupper() and t.i > t.sent.start)
        for t in phrase
    ):
        return None  # "analysts", "experts": nobody in particular ("local authorities" are a body)
    return Speaker(text, "name", phrase.start_char, phrase.end_char)


def _a_body_of_a_place(person: Span) -> bool:
    """Whether a name the model took for a person's only modifies a body's noun in lower
    case: "Amur" in "the Amur regional government", "the press office of the Amur region
    government" (no role of a person's: "Gazprom chief Alexei Miller" and "a Putin aide"
    keep their person)."""
    root = person.root
    head = root.head
    return (
        root.dep_ in ("compound", "nmod", "amod")
        and head.i > root.i
        and head.text.islower()
        and head.lower_ not in cue_words("attribution", "person_role")
    )


def _body_it_stands_for(pronoun: Token) -> Speaker | None:
    """The body "it" stands for where its sentence names one as the subject of the clause
    "it" hangs on: "Rosstat, asked about prices, gave no figure, though it reported that
    sales rose 5%" (an "it" is a body, never the person quoted before)."""
    verb = pronoun.head
    while verb.head.i != verb.i:
        verb = verb.head
        subjects = [
            c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i and c.pos_ == "PROPN"
        ]
        if subjects:
            phrase = _phrase(subjects[0])
            text = clean_source(phrase.text)
            return Speaker(text, "name", phrase.start_char, phrase.end_char) if text else None
    return _body_before_its_tag(pronoun)


def _body_before_its_tag(pronoun: Token) -> Speaker | None:
    """The body that "it" of a speech tag closing its sentence stands for: the named
    subject of the clause the tag reports ("Gazprom supplied 22.7 bcm in 2022, it said";
    never a country, a city or a region, which an "it" of a tag does not stand for)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in cue_words(
        "attribution", "speech_verb"
    ):
        return None
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "parataxis") or clause.i > pronoun.i:
            continue
        for subject in clause.children:
            named = subject.pos_ == "PROPN" or _name_word(subject)
            if subject.dep_ == "nsubj" and named and subject.ent_type_ != "PERSON":
                phrase = _phrase(subject)
                text = clean_source(phrase.text)
                if text and text not in entity_words("country", "city", "region"):
                    return Speaker(text, "name", phrase.start_char, phrase.end_char)
    return None


def _own_name_before(phrase: Span, subject: Token) -> bool:
    """Whether a description carries its own name before its noun: "the Cherkizovo meat
    holding", "the Rostec corporation" (a name before a company's noun, not a description
    to resolve; "the Chinese envoy" and "the Moscow government" are descriptions)."""
    company = subject.lower_ in cue_words("attribution", "company_noun")
    return any(
        phrase.start < t.i < subject.i
        and t.pos_ == "PROPN"
        and (company or t.ent_type_ not in ("NORP", "GPE", "LOC"))
        for t in phrase
    )


def _data_source(subject: Token) -> Speaker | None:
    """The source of data that "show" a figure: "statistics from the customs" -> customs."""
    data = cue_words("attribution", "data_noun")
    if not {subject.lemma_.lower(), subject.lower_} & data:
        return None  # ("data" has the lemma "datum")
    for child in subject.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "of", "by"):
            for source in child.children:
                if source.dep_ == "pobj" and not {source.lemma_.lower(), source.lower_} & data:
                    return _speaker_from_subject(source)
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS:
            # "Their study found": those "they" stands for, named before
            pronoun = SUBJECT_PRONOUNS[child.lower_]
            return Speaker(pronoun, "pronoun", child.idx, child.idx + len(child))
        if child.dep_ == "poss" and not any(
            c.dep_ == "compound" and c.i > child.i for c in subject.children
        ):  # ("China's customs data": the customs, below)
            return _speaker_from_subject(child)
        if child.dep_ == "acl" and child.lower_ in cue_words(
            "attribution", "publication_participle"
        ):
            # "data released on Monday by the Statistics Committee show"
            for agent in child.children:
                if agent.dep_ in ("agent", "prep") and agent.lower_ == "by":
                    for source in agent.children:
                        if source.dep_ == "pobj":
                            return _speaker_from_subject(source)
    bodies = [
        c
        for c in subject.children
        if c.dep_ in ("compound", "amod", "nmod")
        and c.i < subject.i
        and (
            c.pos_ == "PROPN" or _name_word(c) or c.lower_ in cue_words("attribution", "body_noun")
        )
    ]
    if bodies:  # "customs data show", "Rosstat figures show"
        words = subject.doc[subject.left_edge.i : subject.i]
        text = clean_source(words.text)
        return Speaker(text, "name", words.start_char, words.end_char) if text else None
    if any(
        (c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS)
        or (c.dep_ == "amod" and c.lower_ in POINTING_ADJECTIVES)
        for c in subject.children
    ):
        # "The data show", "Official data show": the source the article named for them
        phrase = _phrase(subject)
        return Speaker(phrase.text, "anaphor", phrase.start_char, phrase.end_char)
    return None


def _relayed(verb: Token) -> Speaker | None:
    """The source an outlet's verb of relaying passes on, its object: "quoted the spokesman
    Ivan Orlov as saying", "cited data from market researchers as showing" (a described
    source of data stays as written)."""
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        if {child.lemma_.lower(), child.lower_} & cue_words("attribution", "data_noun"):
            return _data_source(child) or _described_source(child)
        return _speaker_from_subject(child)
    return None


def _described_source(data: Token) -> Speaker | None:
    """The described source of data ("data from market researchers" -> "market researchers"):
    a noun with words of its own before it, kept as written."""
    for child in data.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "of", "by"):
            for source in child.children:
                if source.dep_ == "pobj" and source.left_edge.i < source.i:
                    phrase = _phrase(source)
                    text = clean_source(phrase.text)
                    return (
                        Speaker(text, "name", phrase.start_char, phrase.end_char) if text else None
                    )
    return None


def _set_off(verb: Token) -> tuple[bool, bool]:
    """Whether a speech verb and its subject stand between commas: a comma (or a quote)
    right before the subject, and one right after the verb's last word."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    first = subjects[0].left_edge.i if subjects else verb.i
    right = [
        t.i
        for c in verb.children
        if c.i > verb.i and not c.is_punct and c.dep_ not in OWN_CLAUSE
        for t in c.subtree
    ]
    last = max([verb.i, *right])
    before = doc[first - 1].text if first > 0 else ""
    after = doc[last + 1].text if last + 1 < len(doc) else ""
    return before in (",", "”", '"', "’"), after in (",", ".", ";", "")


def _governs(verb: Token, head: Token | None) -> bool:
    """Whether a speech verb reports the clause that holds the figure's ``head``."""
    if head is None:
        return True
    if head in verb.subtree and (
        verb.i > head.i or not any(t.dep_ == "relcl" for t in _path(head, verb))
    ):
        return True
    own = [c for c in verb.children if c.dep_ in OWN_CLAUSE]
    if verb.dep_ == "ROOT" and not own and _a_closing_tag(verb, head):
        # "A will grow, and B could rise 30%, the director told reporters." parsed as two
        # sentences: the tag after the last comma reports all before it
        return True
    if verb.dep_ not in REPORTING_EDGES:
        return False
    if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in verb.children):
        return False  # "when you add ..."
    comma_before, comma_after = _set_off(verb)
    if verb.i < head.i:
        # "The pipeline, Sorokin said, would carry 50 bcm": a parenthetical report
        return (
            not own
            and comma_before
            and comma_after
            and verb.dep_ == "parataxis"
            and head in verb.head.subtree
        )
    if own and not (comma_before and all(c.i < verb.i for c in own)):
        return False  # "..., while Putin said ties are strong"
    # "A rose 5%, and B fell 2%, the ministry added": a trailing report credits the sentence
    return head in verb.head.subtree


def _a_closing_tag(verb: Token, head: Token) -> bool:
    """Whether a speech verb is a tag closing its sentence after the figure: after the last
    comma that follows the figure, no other verb, and nothing after the verb's own words."""
    doc = verb.doc
    if head.i > verb.i:
        return False
    commas = [t.i for t in doc[head.i : verb.i] if t.text == ","]
    if not commas:
        return False
    between = doc[commas[-1] + 1 : verb.i]
    after = [t for t in doc[verb.right_edge.i + 1 :] if not t.is_punct]
    return not after and not any(t.pos_ in ("VERB", "AUX") for t in between)


def _subject_left_behind(verb: Token) -> Token | None:
    """The subject of a trailing speech verb that the parser hung on the clause before
    ("..., a senior official in the regional government told Interfax": "official" taken
    for an apposition): the noun phrase between a comma and the verb, ending right before it."""
    doc = verb.doc
    if verb.i == 0 or verb.i < 3:
        return None
    for token in doc[verb.sent.start : verb.i]:
        if (
            token.pos_ in ("NOUN", "PROPN")
            and token.dep_ in ("appos", "conj", "npadvmod", "dobj", "pobj")
            and token.right_edge.i == verb.i - 1
            and token.left_edge.i > verb.sent.start
            and doc[token.left_edge.i - 1].text == ","
        ):
            return token
    return None


def _speaker_after_a_time(verb: Token) -> Speaker | None:
    """The speaker of a verb of speech that the parser read as the object of the time that
    opens its sentence, with the time as part of the name ("On Friday Sorokin said", "In
    April Pavel Sorokin told reporters"): the name's words after the time's."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i != verb.sent.start:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.right_edge.i != verb.i - 1:
                continue
            words = list(obj.subtree)
            time = 0
            while time < len(words) and words[time].lower_ in cue_words("context", "not_a_source"):
                time += 1
            if 0 < time < len(words) and all(w.text[:1].isupper() for w in words[time:]):
                name = doc[words[time].i : words[-1].i + 1]
                return Speaker(name.text, "name", name.start_char, name.end_char)
    return _speaker_set_off_after_an_opening(verb)


def _speaker_set_off_after_an_opening(verb: Token) -> Speaker | None:
    """The speaker of a verb of speech that the parser hung, set off by commas, on the phrase
    that opens its sentence ("In an interview with RBC, the head of the council, Ivan Orlov,
    said"; "Speaking in Harbin, Governor Ivan Orlov said"): the person among the phrase's
    appositions after its comma, else the first of them."""
    doc = verb.doc
    opening = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("prep", "advcl") and c.i == verb.sent.start and c.right_edge.i < verb.i
        ),
        None,
    )
    if opening is None or doc[verb.i - 1].text != ",":
        return None
    appositions = [t for t in opening.subtree if t.dep_ == "appos" and t.i > opening.i]
    for apposition in appositions:
        person = _person_in(_phrase(apposition))
        if person is not None:
            return Speaker(person.text, "name", person.start_char, person.end_char)
    return _speaker_from_subject(appositions[0]) if appositions else None


def _a_deed(verb: Token, lemma: str) -> bool:
    """Whether a verb that may speak names a deed here: it has an object that is no data
    ("concluded contracts with India worth $3 billion", not "concluded that ..." or "posted
    figures showing ..."), or, for "add", an object counted ("added another 600,000 barrels")."""
    if lemma in cue_words("attribution", "speech_unless_counted"):
        # "flows added another 600,000 barrels a day": an object with a number of its own
        return any(
            c.dep_ == "dobj" and (c.like_num or any(n.dep_ == "nummod" for n in c.children))
            for c in verb.children
        )
    if lemma not in cue_words("attribution", "speech_only_with_clause"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ not in _data_words() for c in verb.children)


def _named_subject(subjects: list[Token]) -> Token:
    """The subject that speaks: of a description and the name right after it, which the parser
    may read as two subjects ("the state rail monopoly KTZ said"), the name."""
    if len(subjects) > 1 and _dateline_place(subjects[0]):
        # "MOSCOW, May 2 (Reuters) - Gazprom said ...": the parser took the dateline's place
        # for a subject; the speaker is the other
        subjects = subjects[1:]
    first, last = subjects[0], subjects[-1]
    if (
        len(subjects) > 1
        and first.text.islower()
        and last.pos_ == "PROPN"
        and last.left_edge.i == first.right_edge.i + 1
    ):
        return last
    return first


def _dateline_place(token: Token) -> bool:
    """Whether a token is the place of a wire dateline that opens its sentence: a word in
    capitals followed by a comma ("MOSCOW, May 2 (Reuters) - ...", "BEIJING, Jan. 15 ...")."""
    doc = token.doc
    return (
        token.i == token.sent.start
        and token.text.isupper()
        and len(token.text) > 1
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text == ","
    )


def _inverted_speaker(verb: Token, lemma: str) -> Token | None:
    """The speaker of a trailing speech tag the parser read as the verb's object: "...,
    declared the head of the analytical center, Pavel Orlov." (the verb after a comma, its
    object running to the end of the sentence; not "told" or "quoted", whose object is
    another)."""
    doc = verb.doc
    if lemma in ("tell", "quote", "inform", "brief") or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i:
            end = child.right_edge.i + 1
            if end >= len(doc) or (doc[end].is_punct and doc[end].text in ".!?"):
                return child
    return None


def _left_behind(verb: Token) -> Token | None:
    """:func:`_subject_left_behind`, worked out once per verb of a sentence."""
    found: dict[int, Token | None] = per_doc(verb.doc, LEFT_BEHIND_KEY, lambda d: {})
    if verb.i not in found:
        found[verb.i] = _subject_left_behind(verb)
    return found[verb.i]


def _impersonal_passive(verb: Token) -> bool:
    """A speech verb in the passive with "it" for subject: "it was added", "it was noted"."""
    return (
        any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
        and verb_form(verb).passive
    )


def _path(low: Token, high: Token) -> list[Token]:
    path = []
    current = low
    while current.i != high.i and current.head.i != current.i:
        path.append(current)
        current = current.head
    return path


def _verb_like(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun but the parser gave a subject ("The
    ministry forecast that ...")."""
    return token.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in token.children)


def _discourse_marker(subject: Token, verb: Token) -> bool:
    """Whether a subject and its speech verb are a discourse marker of the writer's ("That
    said,", "Having said that,")."""
    doc = subject.doc
    words = doc[min(subject.i, verb.i) : max(subject.right_edge.i, verb.i) + 1].text.lower()
    return words in cue_words("attribution", "discourse_marker")


def speaker_of(doc: Doc, mention: QuantityMention) -> Speaker | None:
    """The speaker the sentence ``doc`` credits with ``mention``, or None: "according to
    X", else the subject of a verb of speech; a speaker named in the sentence outranks the
    medium that carried the words ("the governor said ..., according to a radio interview")."""
    source = per_doc(doc, ACCORDING_TO_KEY, _according_to)
    if source is not None and not _a_medium(source.text):
        return source
    if not has_parse(doc):
        return source
    spoken = _spoken_by(doc, mention)
    return (
        spoken
        or source
        or per_doc(doc, OPENING_SPEAKER_KEY, _opening_speaker)
        or per_doc(doc, CLOSING_SPEAKER_KEY, _closing_speaker)
    )


def _opening_speaker(doc: Doc) -> Speaker | None:
    """The body whose people open the sentence and speak or estimate, where the parse lost
    their verb: "Raiffeisenbank" of "Analysts at Raiffeisenbank estimate that the yuan ...",
    "VTB Capital" of "Economists from VTB Capital expect ..." (the verb read as a noun)."""
    return _speaker_found(_speaker_patterns()[0].match(text_of(doc)))


def _closing_speaker(doc: Doc) -> Speaker | None:
    """A body, by its name or by its people, and a verb of speech or of estimating that
    close the sentence after a comma, where the parse lost the verb: "Sitonia Consulting" of
    "..., analysts at Sitonia Consulting estimate.", "..., Rosstat estimates." (the verb
    read as a noun)."""
    return _speaker_found(_speaker_patterns()[1].search(text_of(doc)))


def _speaker_found(found: re.Match[str] | None) -> Speaker | None:
    if found is None:
        return None
    return Speaker(found.group("source"), "name", found.start("source"), found.end("source"))


@lexicon_cache
def _speaker_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """People by their role, a preposition and a body's name, then a verb of speech or of
    estimating, opening the sentence ("Analysts at Raiffeisenbank estimate", "Strategists
    from the Bank of China say"); and a comma, a body by its people or its capitalised name
    and such a verb, closing it (", analysts at Sitonia Consulting estimate.")."""
    roles = "|".join(sorted(map(re.escape, cue_words("attribution", "person_role")), key=len)[::-1])
    lemmas = cue_words("attribution", "speech_verb") | cue_words("attribution", "cognition_verb")
    verbs = "|".join(word_forms(v) for v in sorted(lemmas, key=len, reverse=True))
    name = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for))"
    people_at = rf"(?:[A-Za-z-]+\s+){{0,2}}?(?i:{roles})s?\s+(?:at|from|of|with)\s+(?:the\s+)?"
    opening = re.compile(rf"\s*{people_at}(?P<source>{name}*)\s+(?:{verbs})\b")
    closing = re.compile(
        rf",\s+(?:{people_at})?(?P<source>{name}{{0,5}})\s+(?:{verbs})\s*[.!]?[\s\"'”’]*\Z"
    )
    return opening, closing


def _a_medium(text: str) -> bool:
    """Whether a source only carried the words: "a radio interview", "a newspaper report",
    an outlet ("AFP", "the business daily")."""
    words = {w.lower().strip(".,") for w in text.split()}
    return bool(words & cue_words("attribution", "medium_noun")) or an_outlet(text)


def an_outlet(text: str) -> bool:
    """Whether a source is an outlet that passes on others' figures: "AFP", "the Vestnik
    business weekly", "Reuters"."""
    return bool(phrase_pattern("attribution", "outlet").search(text))


def _speech_verbs(doc: Doc) -> list[tuple[Token, str]]:
    """The verbs of speech, cognition or data of ``doc`` with their lemmas, in order
    (looked for once per sentence: its figures share them)."""
    words = (
        cue_words("attribution", "speech_verb")
        | cue_words("attribution", "cognition_verb")
        | cue_words("attribution", "data_verb")
        | cue_words("attribution", "valuing_verb")
    )
    revising = cue_words("modality", "revision_verb")  # one list, read by modality too
    revised = cue_words("attribution", "revised_forecast")
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma in words and _verb_like(token):
            found.append((token, lemma))
        elif (
            lemma in revising
            and _verb_like(token)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in revised for c in token.children)
        ):
            # "the ministry raised its forecast ... to 135 mt": the ministry's forecast
            found.append((token, "forecast"))
    return found


def _spoken_by(doc: Doc, mention: QuantityMention) -> Speaker | None:
    """The subject of a verb of speech, cognition or data that governs ``mention``."""
    head = head_of_mention(doc, mention)
    speech = cue_words("attribution", "speech_verb")
    cognition = cue_words("attribution", "cognition_verb")
    data = cue_words("attribution", "data_verb")
    valuing = cue_words("attribution", "valuing_verb")
    best: tuple[tuple[bool, int], Speaker] | None = None
    for token, lemma in per_doc(doc, SPEECH_VERBS_KEY, _speech_verbs):
        relayed = _relayed(token) if lemma in cue_words("attribution", "relay_verb") else None
        if relayed is not None:
            # "The Hindu quoted data from the ministry as showing ...": the ministry, not the paper
            if _governs(token, head):
                rank = (False, tree_distance(head, token) if head is not None else 0)
                if best is None or rank < best[0]:
                    best = (rank, relayed)
            continue
        if lemma not in cognition and any(
            c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in token.children
        ):
            continue  # "the market will continue to grow", "points to rise": no speaking
        if _a_deed(token, lemma):
            continue  # "the exporter concluded contracts worth $2 billion": a doer
        subjects = [
            c
            for c in token.children
            if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and lemma in PASSIVE_SPEAKERS)
        ]
        if not subjects and (orphan := _left_behind(token)) is not None:
            subjects = [orphan]
        if not subjects and (inverted := _inverted_speaker(token, lemma)) is not None:
            subjects = [inverted]
        if not subjects and (timed := _speaker_after_a_time(token)) is not None:
            # "On Friday Sorokin said": the name without the time the parser joined to it
            if _governs(token, head):
                rank = (lemma not in speech, tree_distance(head, token) if head is not None else 0)
                if best is None or rank < best[0]:
                    best = (rank, timed)
            continue
        if (
            not subjects
            and lemma in speech
            and _impersonal_passive(token)
            and _governs(token, head)
        ):
            # "..., it was added": the speaker credited last goes on
            rank = (False, tree_distance(head, token) if head is not None else 0)
            if best is None or rank < best[0]:
                best = (rank, Speaker(token.text, "same", token.idx, token.idx + len(token)))
            continue
        if (
            not subjects
            or subjects[0].tag_ in ("WDT", "WP")
            or subjects[0].lower_ in ("that", "which", "who")
        ):
            continue  # "which concluded Wednesday": a relative clause, nobody speaking
        if len(subjects) > 1 and head is not None:
            # "Some 900 trucks crossed in May, the ministry added": the parser gave the verb
            # the figure's phrase as a second subject; the speaker is the other
            subjects = [s for s in subjects if head not in s.subtree] or subjects
        subject = _named_subject(subjects)
        if subject.lower_ in GENERIC_SUBJECTS or (head is not None and head in subject.subtree):
            continue
        if _discourse_marker(subject, token):
            continue  # "That said, output rose 4%": the writer's, nobody's words
        speaker = _data_source(subject) if lemma in data else None
        if (
            speaker is None
            and lemma in data
            and lemma not in speech
            and lemma not in cognition
            and lemma not in valuing
        ):
            continue
        if (
            (lemma in cognition or lemma in valuing)
            and lemma not in speech
            and not (head is not None and head in token.subtree)
        ):
            continue  # "X expects", "X valued it at" credit only the figures they govern
        if speaker is None and (speaker := _speaker_from_subject(subject)) is None:
            continue
        if not _governs(token, head):
            continue
        # a speaker who says the figure outranks a subject who expects it ("Primorye expects
        # 120,000 tourists, said the head of its tourism agency"), then the nearer one wins
        rank = (lemma not in speech, tree_distance(head, token) if head is not None else 0)
        if best is None or rank < best[0]:
            best = (rank, speaker)
    return best[1] if best else None
