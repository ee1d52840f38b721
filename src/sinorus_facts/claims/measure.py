"""Measure: what a figure measures, in the text's words, from the sentence's syntax.

The rules follow how news English hangs a figure on what it measures:

- the stuff a physical or money amount is of: "5.4 thousand tonnes *of flour*";
- a change noun's complement: "a fourfold increase *of the foreign economic turnover*";
- the noun a figure describes: "the $1.5 billion *Bystrinsky plant*", "the budget at $279
  billion" (a small parser hangs "at" on the verb: the noun right before it is taken);
- the subject of a verb the figure completes: "*the trade turnover* increased by 15
  percent", "*oil* accounts for 26 percent of Russia's GDP" (a parser's object before a
  verb without a subject is taken as its subject: "Zhang added *the bilateral trade volume*
  reached ..."); the object of a change verb: "raising *China's annual imports* to 30
  million tons"; a relative pronoun stands for its antecedent;
- a share's whole ("of total exports") is kept apart: it decides the category.

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Trade", "growth", "exceeds", "35", "%"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 4, 2],
...           deps=["compound", "nsubj", "ROOT", "nummod", "dobj"],
...           pos=["NOUN", "NOUN", "VERB", "NUM", "NOUN"], lemmas=["trade", "growth", "exceed", "35", "%"])
>>> from sinorus_facts.quantities.finder import find_quantities
>>> measure_of(doc, find_quantities(doc.text)[-1]).text
'Trade growth'
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from sinorus_facts.claims.entities import lexicon_names
from sinorus_facts.claims.phrases import phrase_text
from sinorus_facts.claims.roles import completed_verb
from sinorus_facts.common.extensions import per_doc, text_of
from sinorus_facts.common.syntax import (
    RELATIVE_PRONOUNS,
    has_parse,
    span_of,
    stand_in_subject,
    subject_of,
)
from sinorus_facts.lexicons.cues import cue_words
from sinorus_facts.periods.expressions import basis_spans
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["Measure", "gapped_measure", "measure_of", "phrase_text"]

# Entity types of places: "in China" says where.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _time_words(doc: Doc) -> frozenset[int]:
    """The indexes of the tokens inside the sentence's time expressions (``doc._.sf_timexes``)
    and comparison bases, its durations ("for 30 years") and their nouns ("a period of 20 years"):
    the library's own, so that NER is not needed to know that "in 2017", "from January"
    or "year on year" say when."""
    return per_doc(doc, "sinorus_facts.time_words", _find_time_words)


def _find_time_words(doc: Doc) -> frozenset[int]:
    indexes = _token_indexes(
        doc, [(t["start"], t["end"]) for t in doc._.sf_timexes or []] + basis_spans(text_of(doc))
    )
    durations = _token_indexes(
        doc,
        [
            (q["start"], q["end"])
            for q in doc._.sf_quantities or []
            if q.get("unit_kind") == "duration"
        ],
    )
    # a noun of a duration says when too: "a period of 20 years", "a term of five years"
    nouns = {
        t.head.head.i
        for t in doc
        if t.i in durations
        and t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and t.head.head.pos_ == "NOUN"
    }
    return frozenset(indexes | durations | nouns)


def _token_indexes(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    indexes: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            indexes.update(range(span.start, span.end))
    return indexes


def _says_when(token: Token) -> bool:
    """Whether ``token`` is part of a time expression: "2017" in "in 2017"."""
    return token.i in _time_words(token.doc)


@dataclass(frozen=True)
class Measure:
    """What a figure measures: the words (``text``), the index of their head noun in the
    sentence (``head``), where they come from (``source``: ``parse``, ``counted`` or
    ``none``), the whole a share is of (``whole``), and the doer of the figure's verb when
    that is not the measure (``agent``; ``agent_pronoun`` when it is "it", "they")."""

    text: str | None
    head: int | None = None
    source: str = "none"
    whole: str | None = None
    agent: str | None = None
    agent_pronoun: bool = False


def _words(label: str) -> frozenset[str]:
    return cue_words("measure_syntax", label)


def measure_of(doc: Doc, mention: QuantityMention) -> Measure:
    """What ``mention`` measures in ``doc`` (``Measure(None)`` when the parse gives nothing)."""
    counted = mention.counted
    figure = span_of(doc, mention.start, _core_end(mention))
    number = span_of(doc, mention.number_start, _core_end(mention))
    if not has_parse(doc) or figure is None or number is None:
        return Measure(counted, source="counted" if counted else "none")
    head = _look_through(number.root, figure)
    found = (
        _counted(head, doc, mention)
        or _distance(head, figure, mention)
        or _stuff(head, figure, mention)
        or _described(head, figure)
        or _complement_noun(head, figure)
        or _by_verb(head, figure, mention)
    )
    if found is None:
        found = Measure(
            counted, source="counted" if counted else "none", whole=_whole(head, figure, mention)
        )
    return _with_agent(found, head, figure)


# Tags of the words of a gapped conjunct's subject ("Haval", "the smaller Chery", "timber").
GAPPED_SUBJECT_TAGS = frozenset(
    {"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "POS", "PRP$", "HYPH"}
)

# How many words a gapped conjunct's subject may have.
GAPPED_SUBJECT_WORDS = 4


# Tags of the words of a name besides its capitalised ones ("the", "'s", "-").
NAME_TAGS = frozenset({"DT", "POS", "HYPH"})


def gapped_measure(doc: Doc, mention: QuantityMention, parallel: Measure | None) -> Measure | None:
    """The measure of a figure in a conjunct whose verb is left out (None for any other):
    its own subject ("Coal made up 27 mt and timber 6 mt": timber); where the subject is a
    name, a doer of the same thing as its parallel ("Geely sold 52,000 cars, and Haval 39,000":
    cars, by Haval)."""
    figure = span_of(doc, mention.start, _core_end(mention))
    if not has_parse(doc) or figure is None:
        return None
    subject = _gapped_subject(doc, figure)
    if subject is None:
        return None
    if all(t.tag_ in NAME_TAGS or t.text[:1].isupper() for t in subject) and any(
        t.text[:1].isupper() for t in subject
    ):
        like = parallel or Measure(mention.counted, None, "counted" if mention.counted else "none")
        return replace(like, agent=subject.text, agent_pronoun=False)
    return Measure(subject.text, subject.root.i, "parse")


def _gapped_subject(doc: Doc, figure: Span) -> Span | None:
    """The subject of a conjunct whose verb is left out, right before the figure, after a
    figure of the clause before: the "timber" of "Coal made up 27 mt and timber 6 mt", the
    "Haval" of "Geely sold 52,000 cars, and Haval 39,000" (then a stop or the end)."""
    start = figure.start
    while (
        start > 0
        and figure.start - start < GAPPED_SUBJECT_WORDS
        and (
            doc[start - 1].tag_ in GAPPED_SUBJECT_TAGS
            # a plural noun right before the figure that a tagger reads as a verb: "and imports
            # $39 billion" (a verb there would have the same object: the imports)
            or (start == figure.start and doc[start - 1].tag_ == "VBZ")
        )
    ):
        start -= 1
    if (
        start == figure.start
        or start == 0
        or doc[figure.start - 1].tag_ not in ("NN", "NNS", "NNP", "NNPS", "VBZ")
    ):
        return None
    joint = doc[start - 1]
    if not (
        joint.text == ","
        or (joint.lower_ in _words("gapping_conjunction") and joint.tag_ in ("CC", "IN"))
    ):
        return None
    if figure.end < len(doc) and not (doc[figure.end].is_punct or doc[figure.end].tag_ == "CC"):
        return None
    sentence = doc[start - 1].sent
    if not any(t.like_num for t in doc[sentence.start : start - 1]):
        return None  # no figure in the clause before: no parallel to leave a verb out of
    return doc[start : figure.start]


def _core_end(mention: QuantityMention) -> int:
    """Where the figure's number and unit end: "2 million tonnes" of "2 million tonnes of
    fertilizer a year" (the words after it may say what is measured)."""
    if mention.unit_text:
        at = mention.text.find(mention.unit_text, mention.number_end - mention.start)
        if at >= 0:
            return mention.start + at + len(mention.unit_text)
    return mention.end


def _with_agent(found: Measure, head: Token, figure: Span) -> Measure:
    """The doer of the figure's verb, when the measure is not its subject: "the region sold
    5.4 thousand tonnes of flour", "It has transported 110 million tons of crude oil"."""
    if found.agent is not None or found.agent_pronoun:
        return found
    verb, _ = completed_verb(head)
    subject = subject_of(verb) if verb is not None else None
    if subject is None or subject.i == found.head or subject.i in range(figure.start, figure.end):
        return found
    if subject.pos_ == "PRON" and subject.lower_ not in RELATIVE_PRONOUNS:
        return replace(found, agent=subject.text, agent_pronoun=True)
    if found.head is not None and subject.i in {t.i for t in subject.doc[found.head].subtree}:
        return found
    return replace(found, agent=phrase_text(subject, figure))


def _look_through(head: Token, figure: Span) -> Token:
    """ "a total of 110 million tons", "a record $108 billion": the figure stands where
    "total" and "record" stand."""
    for _ in range(3):
        if (
            head.dep_ == "pobj"
            and head.head.lower_ == "of"
            and head.head.head.lemma_.lower() in _words("look_through")
        ):
            head = head.head.head  # "a total of 110 million tons"
        elif head.dep_ in (
            "nummod",
            "compound",
            "appos",
            "nmod",
        ) and head.head.lemma_.lower() in _words("look_through"):
            head = head.head  # "a record $108 billion"
        else:
            break
    return head


def _of_phrase(token: Token, figure: Span) -> Token | None:
    """The object of "of"/"in" hanging on ``token`` or on a word of the figure."""
    owners = [token, *(t for t in figure if t.i != token.i)]
    for owner in owners:
        for child in owner.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "in") and child.i >= figure.start:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if not objects or objects[0].i in range(figure.start, figure.end):
                    continue
                if child.lower_ == "in" and not _bare_noun(objects[0]):
                    continue  # "$3.6 billion in China", "in 30 projects" say where, not what
                return objects[0]
    return None


def _bare_noun(token: Token) -> bool:
    """A common noun with no article, number or owner: "loans" in "$10 billion in loans"."""
    return (
        token.pos_ == "NOUN"
        and token.ent_type_ not in PLACE_ENTS
        and token.i not in lexicon_names(token.doc)
        and not any(c.dep_ in ("det", "nummod", "poss", "predet") for c in token.children)
    )


def _whole(head: Token, figure: Span, mention: QuantityMention) -> str | None:
    """The whole a share is of: "26 percent *of Russia's GDP*"."""
    if mention.unit != "%":
        return None
    whole = _of_phrase(head, figure)
    return phrase_text(whole, figure) if whole is not None else None


def _share_whole(token: Token) -> str | None:
    """The whole named inside a measure: "oil and gas as a percentage *of total exports*",
    "the share of the yuan *in settlements*"."""
    for t in token.subtree:
        if t.lemma_.lower() in _words("share_noun") and t.dep_ != "nummod":
            within = [
                c for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "within", "among")
            ]
            objects = [
                o
                for c in (
                    within or [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
                )
                for o in c.children
                if o.dep_ == "pobj"
            ]
            if objects:  # "the share of the yuan in settlements": the whole is the settlements
                return phrase_text(objects[0])
    return None


def _distance(head: Token, figure: Span, mention: QuantityMention) -> Measure | None:
    """A distance measures the way it describes: "about 1,000km *east of Bystrinsky*",
    "400 kilometers *from the Chinese border*"."""
    governor = head.head
    if mention.unit_kind != "length" or head.dep_ != "npadvmod":
        return None
    if governor.pos_ != "ADP" and not (
        governor.pos_ == "ADV" and any(c.dep_ == "prep" for c in governor.children)
    ):
        return None  # "1.3 kilometers long": the subject is measured
    return Measure(phrase_text(governor, figure), governor.i, "parse")


def _stuff(head: Token, figure: Span, mention: QuantityMention) -> Measure | None:
    """What a physical or money amount is of: "tonnes of flour", "$5 billion of investment";
    what a change noun changes: "a fourfold increase of the turnover"."""
    is_change = head.lemma_.lower() in _words("change_noun")
    if mention.unit in (None, "%", "person", "count") and not is_change:
        return None
    target = _of_phrase(head, figure)
    if target is None or _says_when(target):
        return None
    return Measure(phrase_text(target, figure), target.i, "parse", whole=None)


def _counted(head: Token, doc: Doc, mention: QuantityMention) -> Measure | None:
    """A count's noun with its modifiers: "almost 30 million *people living on its
    territory*", "32 *tourist routes*"."""
    if mention.unit not in ("person", "count") or mention.change is not None:
        return None
    number = span_of(doc, mention.start, mention.number_end)
    if (
        head.pos_ not in ("NOUN", "PROPN")
        or number is None
        or head.i in range(number.start, number.end)
    ):
        return Measure(mention.counted, None, "counted") if mention.counted else None
    return Measure(phrase_text(head, number) or mention.counted, head.i, "parse")


def _described(head: Token, figure: Span) -> Measure | None:
    """The noun a figure describes: "the 941.8-kilometer *second line*", "a $10 billion *fund*"."""
    noun = head.head
    if head.dep_ not in ("compound", "amod", "nmod", "nummod", "quantmod") or noun.pos_ not in (
        "NOUN",
        "PROPN",
    ):
        return None
    if noun.i in range(figure.start, figure.end) or _says_when(noun):
        return None  # "30 percent year on year": a misparse onto a time
    if noun.lemma_.lower() in _words("change_noun"):
        changed = _of_phrase(noun, noun.doc[noun.i : noun.i + 1])
        if changed is not None:
            return Measure(phrase_text(changed, figure), changed.i, "parse")
    return Measure(phrase_text(noun, figure), noun.i, "parse")


def _complement_noun(head: Token, figure: Span) -> Measure | None:
    """A noun a figure hangs on by "at"/"of"/"worth", even where the parser put the
    preposition on the verb: "the federal budget at $279 billion", "a deal worth $400bn"."""
    prep = head.head
    if prep.lower_ not in _words("complement_preposition") or head.dep_ not in (
        "pobj",
        "npadvmod",
        "dobj",
        "amod",
    ):
        return None
    doc = head.doc
    noun = prep.head if prep.head.pos_ in ("NOUN", "PROPN") else None
    if (
        noun is not None
        and noun.pos_ == "PROPN"
        and noun.dep_ == "pobj"
        and noun.head.head.pos_ == "NOUN"
    ):
        noun = noun.head.head  # "a contract with CNPC worth $400 billion": the contract
    if noun is None and prep.i > 0 and doc[prep.i - 1].pos_ in ("NOUN", "PROPN"):
        noun = doc[prep.i - 1]  # the parser hung "at" on the verb
    if noun is None or noun.lemma_.lower() in _words("look_through") or _says_when(noun):
        return None
    return Measure(phrase_text(noun, figure), noun.i, "parse", whole=_share_whole(noun))


def _by_verb(head: Token, figure: Span, mention: QuantityMention) -> Measure | None:
    verb, hanging = completed_verb(head)
    whole = _whole(head, figure, mention)
    if verb is None:
        return _standalone(hanging, figure, whole)
    own = _own_complement(verb, head, figure)
    if own is not None:
        return own
    if verb.lemma_.lower() == "be" and hanging.dep_ == "prep":
        attributes = [
            c
            for c in verb.children
            if c.dep_ in ("attr", "acomp") and c.i not in range(figure.start, figure.end)
        ]
        if attributes:  # "has been Russia's largest trade partner for eight years"
            return Measure(phrase_text(attributes[0], figure), attributes[0].i, "parse")
    objects = [
        c for c in verb.children if c.dep_ == "dobj" and c.i not in range(figure.start, figure.end)
    ]
    if mention.unit_kind == "duration" and hanging.lower_ == "for" and objects:
        # "regulated relations ... for nearly two centuries": what lasted
        return Measure(f"{verb.text} {phrase_text(objects[0], figure)}", objects[0].i, "parse")
    if whole is not None and verb.lemma_.lower() not in _words("link_verb"):
        target = _of_phrase(head, figure)  # "won with 76 percent of the vote": the vote
        return Measure(whole, target.i if target is not None else None, "parse", whole=whole)
    if objects and _object_is_measured(verb, objects[0], hanging):
        # "raising imports from 15 to 30 million tons"; "posted a profit ..., up 12 percent"
        return Measure(phrase_text(objects[0], figure), objects[0].i, "parse", whole=whole)
    subject = stand_in_subject(verb)
    if subject is None:
        return _standalone(hanging, figure, whole)
    if subject.pos_ == "PRON":
        return Measure(
            _for_phrase(head, figure),
            None,
            "parse" if _for_phrase(head, figure) else "none",
            whole=whole,
            agent=subject.text,
            agent_pronoun=True,
        )
    text = phrase_text(subject, figure)
    whole = whole or _share_whole(subject)
    noun = (
        next((c for c in subject.children if c.dep_ in ("nsubj", "nsubjpass")), subject)
        if subject.pos_ == "VERB"
        else subject
    )
    if verb.lemma_.lower() in _words("link_verb") or hanging.dep_ != "dobj":
        return Measure(text, noun.i, "parse", whole=whole)
    return Measure(_action(verb, subject, head, figure), noun.i, "parse", whole=whole, agent=text)


def _object_is_measured(verb: Token, obj: Token, hanging: Token) -> bool:
    """Whether a figure hanging on a verb by a preposition or an adverb ("up 12 percent")
    measures the verb's object: a common noun, when the subject holds no figure of its own
    ("Nearly 2 million tourists visited Russia, up 10 percent": the tourists)."""
    if (
        verb.lemma_.lower() == "be"
        or hanging.dep_ not in ("prep", "npadvmod", "advmod")
        or obj.pos_ != "NOUN"
    ):
        return False
    if hanging.dep_ == "prep":
        return True  # "raised trade to $200 billion", "cut prices by 5 percent"
    subject = subject_of(verb)
    return subject is None or not any(t.tag_ == "CD" for t in subject.subtree)


def _own_complement(verb: Token, head: Token, figure: Span) -> Measure | None:
    """When the figure is the verb ("agreed to double trade") or its subject ("60 percent
    of exports are energy products"), what the verb says of it: the object or attribute."""
    if verb.i in range(figure.start, figure.end) or head.i == verb.i:
        objects = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.i not in range(figure.start, figure.end)
        ]
        if objects:
            return Measure(phrase_text(objects[0], figure), objects[0].i, "parse")
        return None
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i:
        attributes = [
            c
            for c in verb.children
            if c.dep_ in ("attr", "dobj") and c.i not in range(figure.start, figure.end)
        ]
        attributes += [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for o in c.children
            if o.dep_ == "pobj"
        ]
        whole = _of_phrase(head, figure)
        if attributes:
            return Measure(
                phrase_text(attributes[0], figure),
                attributes[0].i,
                "parse",
                whole=phrase_text(whole, figure) if whole is not None else None,
            )
        if whole is not None:
            return Measure(
                phrase_text(whole, figure), whole.i, "parse", whole=phrase_text(whole, figure)
            )
    return None


def _for_phrase(head: Token, figure: Span) -> str | None:
    """ "$61.03 for the OPEC basket": what a price is for."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            objects = [c for c in child.children if c.dep_ == "pobj" and not _says_when(c)]
            if objects:
                return phrase_text(objects[0], figure)
    return None


def _action(verb: Token, subject: Token, head: Token, figure: Span) -> str | None:
    """The deed, with the doer only when the deed says nothing more: "allocated ... for
    the development of the Far East", "the plant produce"."""
    preps = [
        c
        for c in verb.children
        if c.dep_ in ("prep", "dative", "prt") and c.i > verb.i and not _is_time(c)
    ]
    preps += [
        c
        for c in head.children
        if c.dep_ == "prep" and c.lower_ != "of" and c.i >= figure.end and not _is_time(c)
    ]
    words = [phrase_text(p, figure) for p in sorted(preps, key=lambda t: t.i)]
    deed = " ".join([verb.text, *(w for w in words if w)])
    if deed == verb.text:
        return " ".join(w for w in (phrase_text(subject, figure), verb.text) if w)
    return deed


def _is_time(prep: Token) -> bool:
    return any(_says_when(t) for t in prep.subtree)


def _standalone(hanging: Token, figure: Span, whole: str | None) -> Measure | None:
    """A figure with no verb of its own: an apposition "(20% of the population)", a
    distance "about 1,000km east of Bystrinsky"."""
    if whole is not None:
        return Measure(whole, None, "parse", whole=whole)
    governor = hanging.head if hanging.dep_ == "npadvmod" else None
    if governor is not None and governor.pos_ in ("ADV", "ADP", "ADJ"):
        return Measure(phrase_text(governor, figure), governor.i, "parse")
    return None
