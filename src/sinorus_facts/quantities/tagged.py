"""The noun a number counts, read from part-of-speech tags alone (no parse needed).

After the number comes the counted phrase: adjectives, participles and nouns, the counted
noun being its first plural noun or else its last noun ("13,000 workers", "five new
seasons", "80 Zenit fans", "one local store"). A number followed by "of" counts what
follows it ("one of the largest plants", "hundreds of students", "two of Sechin's deputies").
Tags are the Penn Treebank's, as spaCy's English taggers give them in ``Token.tag_``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sinorus_facts.lexicons import PatternEntry, lexicon_cache, load_lexicon

__all__ = ["counted_noun", "of_object", "partitive_pronouns", "time_words"]

# Tags a counted phrase may hold: adjectives, adverbs ("decently sized"), participles,
# nouns, numbers inside it ("new 320 Neo jets"), hyphens and the "and" of "Lada and Haval".
PHRASE_TAGS = frozenset(
    {
        "JJ",
        "JJR",
        "JJS",
        "RB",
        "RBR",
        "RBS",
        "VBN",
        "VBG",
        "NN",
        "NNS",
        "NNP",
        "NNPS",
        "HYPH",
        "CD",
        "CC",
    }
)

# Tags that end the phrase once a noun has come: "12 page document labeled ...".
BEFORE_NOUN_ONLY = frozenset({"VBN", "VBG", "RB", "RBR", "RBS", "CD"})

# Tags of nouns.
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})

# Tags of plural nouns: the counted noun when one comes ("Lada and Haval cars").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})

# Tags that may stand between "of" and the counted phrase: "of the", "of its", "of Sechin 's".
DETERMINER_TAGS = frozenset({"DT", "PDT", "PRP$", "POS", "WDT"})

# Longest counted phrase, in tokens.
MAX_PHRASE = 7


@lexicon_cache(maxsize=1)
def partitive_pronouns() -> frozenset[str]:
    """Pronouns after "of" that a number counts ("12 of them"): number_names.json."""
    return frozenset(
        w.lower()
        for e in load_lexicon("number_names").entries
        if isinstance(e, PatternEntry) and e.label == "partitive_pronoun"
        for w in e.words
    )


@lexicon_cache(maxsize=1)
def time_words() -> frozenset[str]:
    """Words that open a time after a number ("last", "next"): number_names.json."""
    return frozenset(
        w.lower()
        for e in load_lexicon("number_names").entries
        if isinstance(e, PatternEntry) and e.label == "time_word"
        for w in e.words
    )


def _phrase_noun(doc: Doc, start: int, *, number_first: bool = False) -> Token | None:
    """The counted noun of the phrase starting at token ``start``: its first plural noun,
    or else its last noun. A number may open it only after "of" ("of the 1.4 billion")."""
    noun: Token | None = None
    if doc[start].lower_ in time_words():
        return None  # "up from 380 last year": a time follows, not what is counted
    for token in doc[start : start + MAX_PHRASE]:
        tag = token.tag_
        if (
            tag == "CD"
            and noun is not None
            and noun.tag_ == "NNP"
            and token.i == noun.i + 1
            and noun.text[:1].isupper()
            and token.text[:1].isdigit()
        ):
            continue  # "12 Boeing 737 jets": a maker and a model number, then what is counted
        if tag not in PHRASE_TAGS or (noun is not None and tag in BEFORE_NOUN_ONLY):
            break
        if tag == "CD" and token.i == start and not number_first:
            break  # "one 80,000 barrel-a-day refinery": the next number counts it
        if tag == "CC" and (
            token.i == start
            or token.i + 1 >= len(doc)
            or doc[token.i + 1].tag_ not in PHRASE_TAGS
            or doc[token.i + 1].tag_ == "CD"
            or _gapped_conjunct(doc, token.i + 1)
        ):
            break
        if tag in NOUN_TAGS:
            noun = token
            if tag in PLURAL_TAGS:
                break
    return noun


def _gapped_conjunct(doc: Doc, start: int) -> bool:
    """Whether the words after a conjunction are a clause whose verb is left out, a noun and
    then its own number ("27 mt and timber 6 mt", "52,000 cars and Haval 39,000"): the number
    before counts no noun of that clause."""
    for token in doc[start : start + MAX_PHRASE]:
        if token.tag_ == "CD":
            return token.i > start
        if token.tag_ not in PHRASE_TAGS or token.tag_ in BEFORE_NOUN_ONLY:
            return False
    return False


def of_object(doc: Doc, token: Token) -> Token | None:
    """The noun counted after "of" right after ``token`` ("one of the largest plants")."""
    index = token.i + 1 if token.lower_ != "of" else token.i
    if index >= len(doc) or doc[index].lower_ != "of":
        return None
    index += 1
    if index < len(doc) and doc[index].lower_ in partitive_pronouns():
        return doc[index]  # "12 of them", "a hundred and two of those"
    while index < len(doc) and (
        doc[index].tag_ in DETERMINER_TAGS
        or (doc[index].tag_ == "NNP" and index + 1 < len(doc) and doc[index + 1].tag_ == "POS")
    ):
        index += 1
    return _phrase_noun(doc, index, number_first=True) if index < len(doc) else None


@lexicon_cache(maxsize=1)
def aim_nouns() -> frozenset[str]:
    """Singular nouns of an aim a number names, not counts ("the 600,000 forecast"):
    number_names.json."""
    return frozenset(
        w.lower()
        for e in load_lexicon("number_names").entries
        if isinstance(e, PatternEntry) and e.label == "aim_noun"
        for w in e.words
    )


def counted_noun(doc: Doc, token: Token) -> Token | None:
    """The noun the number ending with ``token`` counts, or None; not a singular noun of an
    aim ("beat the 600,000 forecast": the forecast's figure of what it counts)."""
    if token.lower_ == "of" or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"):
        return of_object(doc, token)
    if token.i + 1 >= len(doc):
        return None
    noun = _phrase_noun(doc, token.i + 1)
    if noun is not None and noun.tag_ == "NN" and noun.lower_ in aim_nouns():
        return None
    return noun
