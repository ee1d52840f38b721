"""Commitments: a figure that a deal, a plan, a design or a schedule sets is a target.

A target is what someone has committed to; a forecast what someone expects. The sentence
stage (:mod:`sinorus_facts.claims.modality`) reads the words that govern a figure; what it
cannot see is the article around it. Sentences of deals and plans tell their terms in the
future ("Russia will supply 38 bcm a year", "18 ships will take part") or as a signing in
the past ("the banks signed a $2 billion loan agreement"), and the sentence alone reads
"will" as an expectation. Read with its article:

- a forecast that only a future or modal verb makes one ("will", "would", "is to"), or a
  headline's present ("China lends Russia $5 billion"), of a
  figure that is a *term* (its own verb is one by which a commitment is carried out:
  supply, lend, send, take part; or it belongs to a deal or a loan: the draft's ``term``),
  in a sentence, or an article's headline or lead, or the sentence just before it, that
  names a commitment (the
  ``context`` lexicon's ``commitment_noun``: deal, contract, plan, design, schedule,
  exercise), is a target (the headline and the lead sentence say what the article is
  about: "The navies launched a week of war games ..." and then "Russia would send 10
  ships"); a word of expectation in the sentence ("expects", "likely", "estimated", the
  ``strong_forecast`` words) keeps it a forecast, and so does a consequence ("the deal
  will cost the seller $3 billion", "GDP will shrink 4%" on a page of signed deals);
- a fact whose verb is a signing or an order told in the past ("signed", "inked",
  "ordered", ``signing_verb``) and stands after it is a term of what was signed: a target;
  a count of the agreements signed is not ("19 contracts were signed"), nor a figure of
  those who signed ("three refiners signed ..."), nor people ("ordered 10,000 troops
  home");
- a present figure of a loan's rate or term (``loan_term``: "an interest rate of 4.1%") in
  a sentence that names a loan, or just after one that does (``loan_noun``), is a term of
  it: a target; not a rate of a central bank or a market ("the key rate is 21%",
  ``policy_rate_word``);
- a design figure (a ``design_head`` word among the few words before it: "a capacity of
  38 bcm") is a target, whatever is expected of the thing, save where the sentence marks
  it as the present state ("its current capacity");
- a figure whose sentence is headed by a verb of expectation ("the company expects the
  contract to bring $3 billion", ``expecting_verb``) is a forecast, save where the
  sentence marks it as a fact (an earlier value: "nearly doubles from 57 million tonnes").

Each decision is kept on the figure's draft with the words that made it
(``ClaimDraft.modality_cue``, rule ``commitments.<label>``).

>>> says_any("Exports are expected to grow.", "strong_forecast")
True
"""

from __future__ import annotations

import re
from dataclasses import replace

from sinorus_facts.claims.draft import ClaimDraft, FieldCue
from sinorus_facts.common.alternation import words_alternation
from sinorus_facts.context.figures import Figure, context_words, lead_sentence
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import entity_words, word_forms
from sinorus_facts.models import Claim
from sinorus_facts.periods.expressions import Timex
from sinorus_facts.periods.page import Page

__all__ = ["commit", "design_figure", "says_any"]

# How many words before a figure a design word may stand: "the capacity of the new ferry
# will be close to 900 passengers".
DESIGN_WINDOW = 8

# How many characters before a figure are looked at for those words (eight words of news
# are well within it).
DESIGN_REACH = 200

# A word, as the design window counts them: "capacity", "900", "bcm/year".
WORD = re.compile(r"\S+")

# What splits off the clause a design word must share with the figure: "," ";" ":" "(" ")".
CLAUSE_MARKS = re.compile(r"[,;:()]")

# The units of counts: "19 contracts were signed" counts signings.
COUNT_UNITS = frozenset({"count", "person"})

# A piece of an article's text and where it starts in the document.
Segment = tuple[int, str]


@lexicon_cache
def _pattern(label: str) -> re.Pattern[str]:
    words = sorted(context_words(label), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!)"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@lexicon_cache
def _forms(label: str) -> re.Pattern[str]:
    """The words of ``label`` in any inflection ("sign": signed, signing)."""
    body = "|".join(word_forms(w) for w in sorted(context_words(label), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body or '(?!)'})(?![\w-])", re.IGNORECASE)


def says_any(text: str, label: str) -> bool:
    """Whether ``text`` holds a word of the ``context`` lexicon's ``label``."""
    return bool(_pattern(label).search(text))


def design_figure(claim: Claim) -> bool:
    """Whether a figure is what a thing is designed for: a design word stands among the
    few words before it in its clause ("a total capacity of 50 bcm", "the capacity of the
    new ferry will be 900 passengers").
    """
    return _design_word(claim) is not None


def _design_word(claim: Claim) -> FieldCue | None:
    """The design word before the figure in its clause, as a cue (offsets in the sentence)."""
    sentence = claim.evidence.sentence
    figure = claim.evidence.quantity_start - claim.evidence.sentence_start
    # only the last few words before the figure count: look no further back than a window
    # of characters (the cost of a figure stays the same in a sentence of any length)
    window = max(0, figure - DESIGN_REACH)
    before = sentence[window:figure]
    marks = list(CLAUSE_MARKS.finditer(before))
    clause_start = marks[-1].end() if marks else 0
    words = list(WORD.finditer(before, clause_start))[-DESIGN_WINDOW:]
    for match in reversed(words):
        if match.group(0).lower().strip(".") in context_words("design_head"):
            start = window + match.start()
            word = match.group(0).strip(".")
            return FieldCue(start, start + len(word), word, "commitments.design_head")
    return None


def _present_state(claim: Claim, design: FieldCue) -> bool:
    """Whether a capacity is told as the present state of a thing: a present copula right
    after it ("the route's capacity is 25 million tonnes") and no ``design_qualifier``
    among the words before it ("the maximum capacity is")."""
    sentence = claim.evidence.sentence
    figure = claim.evidence.quantity_start - claim.evidence.sentence_start
    between = sentence[design.end : figure]
    copula = _pattern("state_copula").match(between.strip())
    if copula is None or copula.end() != len(between.strip()):
        return False
    before = sentence[: design.start].lower().split()[-DESIGN_WINDOW:]
    return not any(w.strip(".,") in context_words("design_qualifier") for w in before)


def _found(
    segments: list[Segment], label: str, origin: int, *, inflected: bool = False
) -> FieldCue | None:
    """The first word of ``label`` in ``segments`` (in any inflection where ``inflected``),
    with offsets from ``origin`` (the start of the figure's sentence in the document)."""
    pattern = _forms(label) if inflected else _pattern(label)
    for start, text in segments:
        match = pattern.search(text)
        if match is not None:
            return FieldCue(
                start + match.start() - origin,
                start + match.end() - origin,
                match.group(0),
                f"commitments.{label}",
            )
    return None


def _parted(claim: Claim, cue: FieldCue) -> bool:
    """Whether a semicolon stands between the figure and ``cue`` in its sentence: a clause
    ends there ("arrivals rose to 850,000*;* the industry expects 1.3 million")."""
    evidence = claim.evidence  # the figure's offsets are the document's, the cue's its sentence's
    start, end = (
        evidence.quantity_start - evidence.sentence_start,
        evidence.quantity_end - evidence.sentence_start,
    )
    low, high = min(end, cue.start), max(start, cue.end)
    return ";" in evidence.sentence[max(0, low) : max(0, high)]


def _modality(
    figure: Figure,
    scene: list[Segment],
    *,
    headline: bool = False,
    before: list[Segment] | None = None,
) -> tuple[str, FieldCue | None]:
    claim, draft = figure.claim, figure.draft
    before = before or []
    sentence: list[Segment] = [(claim.evidence.sentence_start, claim.evidence.sentence)]
    origin = claim.evidence.sentence_start
    stated = claim.modality == "actual" and draft.modality_cue is not None  # "its current"
    design = _design_word(claim)
    if design is None and (draft.measure_head or "").lower() in context_words("design_head"):
        design = _found(sentence, "design_head", origin)
    if design is not None and not stated and not _present_state(claim, design):
        return "target", design
    expecting = _found(sentence, "expecting_verb", origin, inflected=True)
    if (
        (draft.verb or "") in context_words("expecting_verb")
        and expecting
        and not draft.modality_cue
        and not draft.quantity.attributive  # "the 2,600-km pipeline is expected to cost": its size
        and not _parted(claim, expecting)  # "rose to 850,000; the industry expects": its own
    ):
        return "forecast", expecting  # "The company expects the contract to bring $3 billion"
    # a headline tells a deal's terms in the present ("China lends Russia $5 billion"), but
    # a figure of its own time is a report ("Russia ships 2 mln bpd to China in May")
    told = claim.modality == "forecast" or (
        headline
        and claim.modality == "actual"
        and draft.tense == "present"
        and draft.period is None
        and not stated
    )
    if told and draft.term and not says_any(claim.evidence.sentence, "strong_forecast"):
        noun = _found(sentence, "commitment_noun", origin) or _found(
            scene, "commitment_noun", origin
        )
        if noun is not None:
            return "target", noun
        if _future_commitment(claim, draft):
            return "target", draft.modality_cue
    if (
        claim.modality == "forecast"
        and _built_thing_described(draft)
        and not says_any(claim.evidence.sentence, "strong_forecast")
    ):
        return "target", draft.modality_cue
    if (
        claim.modality == "actual"
        and not stated
        and draft.tense in ("present", "future", None)
        and (draft.measure_head or "").lower() in context_words("loan_term")
        and not says_any(draft.measure or "", "policy_rate_word")
    ):
        loan = _found(sentence + before, "loan_noun", origin)
        if loan is not None:
            return "target", loan  # "the loan carries an interest rate of 4.1%"
    signing = _found(sentence, "signing_verb", origin, inflected=True)
    if (
        claim.modality == "actual"
        and (draft.tense in ("past", "perfect") or _signed_to(claim, draft))
        and (draft.verb or "") in context_words("signing_verb")
        and not _counts_commitments(figure)
        and claim.unit != "person"
        and not stated
        and (signing is None or signing.start < claim.evidence.quantity_start - origin)
    ):
        return "target", signing
    return claim.modality, draft.modality_cue


# A signing told in the past, then what was signed and the infinitive of its terms before
# the figure: "signed a deal to raise supplies by", "inked an agreement to deliver".
SIGNED_TO = re.compile(r"\b(?:[a-z]+ed|struck|sealed)\b[^.;:]*?\bto\s+[a-z]+\b", re.IGNORECASE)


def _signed_to(claim: Claim, draft: ClaimDraft) -> bool:
    """Whether a figure with no tense of its own (in an infinitive) gives the terms of what
    its sentence's verb of signing, told in the past, made: "On Tuesday, the companies
    signed a deal to raise supplies by 2.5 million tonnes a year"."""
    if draft.tense is not None or draft.period is not None:
        return False
    before = claim.evidence.sentence[
        : claim.evidence.quantity_start - claim.evidence.sentence_start
    ]
    signing = _forms("signing_verb").search(before)
    return (
        signing is not None
        and signing.group(0).lower() != draft.verb
        and SIGNED_TO.match(before, signing.start()) is not None
    )


def _future_commitment(claim: Claim, draft: ClaimDraft) -> bool:
    """Whether a figure is told as what its verb's subject will do by a verb of carrying
    out a commitment ("the bank will lend the builder 8 billion yuan"): the plain future
    ("will", "shall"), not a hedge ("would", "could", "may"), right before a
    ``committing_verb`` (an adverb may stand between: "will also supply") that comes
    before the figure. A figure with a year of its own is an expected flow of that time,
    not a term ("Russia will supply 22 bcm this year": how much is expected to flow); a span
    of several years is the term's ("will invest up to $2 billion over the next three
    years")."""
    cue = draft.modality_cue
    if cue is None or cue.text.lower() not in FUTURE_MODALS or not _horizon(draft.period):
        return False
    sentence = claim.evidence.sentence
    figure = claim.evidence.quantity_start - claim.evidence.sentence_start
    if not cue.end <= figure <= len(sentence):
        return False
    after = COMMITTING_AFTER_MODAL.match(sentence, cue.end, figure)
    return (
        after is not None and _forms("committing_verb").fullmatch(after.group("verb")) is not None
    )


def _horizon(period: Timex | None) -> bool:
    """Whether a figure's time is none, or the span of a commitment: more than a year ("over
    the next three years", "in 2026-2030"), not one year's flow ("this year")."""
    if period is None:
        return True
    return (
        period.begin is not None
        and period.end_date is not None
        and period.end_date.year > period.begin.year
    )


# The verb right after a modal, past one adverb: " lend" / " also supply" / " soon deliver".
COMMITTING_AFTER_MODAL = re.compile(r"\s+(?:\w+ly\s+|also\s+|then\s+)?(?P<verb>[a-z]+)\b")


def _built_thing_described(draft: ClaimDraft) -> bool:
    """Whether a figure is the size, cost or capacity of a thing being built, told in the
    plain future or the conditional ("the bridge will be 1,080 metres long", "would cost
    $2 billion"): the figure measures a ``built_thing`` through a ``built_describing_verb``
    (the verb the figure completes, also where a speaker's verb heads the sentence: "the
    bridge will cost 19 billion roubles, the developer said"),
    with no time of its own ("the pipeline will carry 20 bcm this year" is an expectation
    of that year)."""
    cue = draft.modality_cue
    return (
        cue is not None
        and cue.text.lower() in (*FUTURE_MODALS, "would")
        and draft.period is None
        and (
            (draft.measure_head or "").lower() in context_words("built_thing")
            or _project_named(draft.agent)
        )
        and bool({draft.own_verb, draft.verb} & context_words("built_describing_verb"))
    )


@lexicon_cache(maxsize=1)
def _projects() -> re.Pattern[str]:
    """The names of the projects of the entities lexicon (pipelines, plants, fields), as
    written: "Power of Siberia 2", "Arctic LNG 2"."""
    return re.compile(rf"(?<![\w-])(?:{words_alternation(entity_words('project'))})(?![\w])")


def _project_named(agent: str | None) -> bool:
    """Whether the subject of a figure's verb is a project named as one ("*Power of Siberia
    2* will carry 50 bcm a year", "Arctic LNG 2 will produce 19.8 million tonnes a year"):
    a thing built, whose capacity told in the future is what it is built for."""
    return bool(agent) and _projects().search(agent or "") is not None


# The modal verbs of the plain future.
FUTURE_MODALS = frozenset({"will", "shall", "'ll", "’ll"})


def _counts_commitments(figure: Figure) -> bool:
    """Whether a figure counts deals themselves ("19 contracts were signed")."""
    claim, draft = figure.claim, figure.draft
    if claim.unit not in COUNT_UNITS:
        return False
    counted = (draft.measure_head or claim.counted or "").lower()
    return counted in context_words("signed_paper")


def _in_headline(document: Page, figure: Figure) -> bool:
    """Whether the figure stands in its article's headline."""
    if figure.article is None:
        return False
    header = document.articles[figure.article]
    sentence = document.sentences[figure.index]
    return (
        header.title_start is not None
        and header.title_end is not None
        and header.title_start <= sentence.start < header.title_end
    )


def _scene(document: Page, article: int | None) -> list[Segment]:
    """What an article is about, as its headline and lead sentence say it."""
    sentences = document.article_sentences(article)
    segments: list[Segment] = []
    if article is not None:
        header = document.articles[article]
        if header.title_start is not None and header.title_end is not None:
            # the lead is the body's first sentence, not a long headline ("China lends
            # Russia's VEB $1.5 billion for port upgrade" and then "The loan agreement ...")
            body = [
                i
                for i in sentences
                if not header.title_start <= document.sentences[i].start < header.title_end
            ]
            sentences = body or sentences
        if header.title:
            start = header.title_start
            if start is None or document.text[start : start + len(header.title)] != header.title:
                start = document.text.find(header.title, header.start, header.end)
            if start >= 0:  # a title the text does not hold gives no words to point at
                segments.append((start, header.title))
    lead = lead_sentence(document, sentences)
    if lead is not None:
        # the lead, and the short sentences of its paragraph before it ("The exercise starts
        # on 3 September and lasts five days. Some 300,000 troops will take part ...")
        paragraph = document.sentences[lead].paragraph
        for index in sentences[: sentences.index(lead) + 1] if lead in sentences else [lead]:
            sentence = document.sentences[index]
            if index == lead or sentence.paragraph == paragraph:
                segments.append((sentence.start, document.text[sentence.start : sentence.end]))
    return segments


def _sentence_before(document: Page, figure: Figure) -> list[Segment]:
    """The sentence just before the figure's, in its article: a deal it names is the one
    the next sentence tells the terms of ("Rosneft and CNPC extended their supply agreement
    on Friday. Rosneft will ship 2.5 million tonnes ..."), where the figure has no year of
    its own ("shipments will not exceed 50 million tonnes this year" is that year's flow)."""
    if figure.index == 0:
        return []
    before = document.sentences[figure.index - 1]
    if before.article != figure.article or before.boilerplate:
        return []
    return [(before.start, document.text[before.start : before.end])]


def commit(document: Page, figures: list[Figure]) -> list[Figure]:
    """``figures`` with the terms of commitments as targets, and what the figure's own verb
    expects as forecasts; each draft keeps the words that decided (``modality_cue``), and
    for a forecast or a target they are the evidence of its modality (``cues``)."""
    scenes = {article: _scene(document, article) for article in {f.article for f in figures}}
    out = []
    for figure in figures:
        scene = scenes[figure.article]
        before = _sentence_before(document, figure)
        if _horizon(figure.draft.period):
            scene = scene + before
        modality, cue = _modality(
            figure, scene, headline=_in_headline(document, figure), before=before
        )
        cues = _with_evidence(figure.draft.cues, modality, cue)
        if (
            modality == figure.claim.modality
            and cue == figure.draft.modality_cue
            and cues == figure.draft.cues
        ):
            out.append(figure)
            continue
        draft = replace(figure.draft, modality=modality, modality_cue=cue, cues=cues)
        out.append(replace(figure.with_claim(modality=modality), draft=draft))
    return out


def _with_evidence(
    cues: tuple[tuple[str, int, int, str], ...], modality: str, cue: FieldCue | None
) -> tuple[tuple[str, int, int, str], ...]:
    """The draft's field cues with the one of its modality: the words that made it a
    forecast or a target (a fact has none: "actual" is the default)."""
    kept = tuple(c for c in cues if c[0] != "modality")
    if modality == "actual" or cue is None:
        return kept
    return (*kept, ("modality", cue.start, cue.end, cue.rule))
