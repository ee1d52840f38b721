"""Category: which of CONTRACT.md's categories a figure belongs to, from the categories
lexicon (cue words weighted by where they stand: the measure's head word x2 on top of
the measure x3, a share's whole and the doer x1.5, the sentence x1, the article title
x0.25; unit priors: "USD/bbl" is a price).

Two rules of news decide outright: a share takes the category of its whole ("26 percent
of Russia's GDP" is economy, "30 percent of the federal budget" finance), and a physical
amount that a carrier moves is the carrier's figure ("the line has transported 110 million
tons of crude oil" is a pipeline figure); energy whose sentence names the route it goes by
is the route's figure ("22 bcm of gas via the Power of Siberia pipeline").

>>> category_of(FigureWords(measure="China's annual imports of Russian crude oil", unit="t/yr"))
'energy'
>>> category_of(FigureWords(measure="oil and gas", whole="total exports", unit="%"))
'economy'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import cue_entries

__all__ = ["FigureWords", "category_of", "decisive_category"]

# A word of a text, lower-cased: "ice-cream", "s-400", "gdp".
WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")

# How much a cue counts by where it stands: the measure's head word counts on top of the
# measure ("the new bridge across the Amur River" is about a bridge).
WEIGHTS = {"head": 2.0, "measure": 3.0, "agent": 1.5, "whole": 1.5, "sentence": 1.0, "title": 0.25}

# Units of physical amounts a carrier moves.
PHYSICAL_UNITS = re.compile(r"^(?:t|kg|bbl|m3|TEU)(?:/(?:yr|d|h|mo))?$")

Cues = dict[str, list[tuple[str, float]]]

# The labels of verbs that decide a figure's category, with the units they decide for: a
# currency code ("USD", "CNY") or a percent.
VERB_LABELS = {"verb_of_money": re.compile(r"^[A-Z]{3}$"), "verb_of_share": re.compile(r"^%$")}


@lexicon_cache(maxsize=1)
def _deciding_verbs() -> dict[str, tuple[re.Pattern[str], str]]:
    """Each verb lemma of a ``verb_of_*`` entry, with the units it decides for and its category."""
    return {
        word.lower(): (VERB_LABELS[e.label], e.value or "other")
        for e in cue_entries("categories")
        if e.label in VERB_LABELS
        for word in e.words
    }


@lexicon_cache(maxsize=1)
def _flow_words() -> frozenset[str]:
    return frozenset(
        w.lower() for e in cue_entries("categories") if e.label == "flow" for w in e.words
    )


@lexicon_cache(maxsize=1)
def _routes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Routes that energy goes by, as the ``route`` entries' regexes: "via the Power of
    Siberia pipeline" makes an energy figure a pipeline figure."""
    return tuple(
        (re.compile(e.regex, re.IGNORECASE), e.value or "other")
        for e in cue_entries("categories")
        if e.label == "route" and e.regex
    )


def _route(sentence: str) -> str | None:
    return next((category for pattern, category in _routes() if pattern.search(sentence)), None)


@lexicon_cache(maxsize=2)
def _labelled(label: str) -> Cues:
    """The cues of one label: "goods_flow" (flows of goods between countries)."""
    table: Cues = {}
    for entry in cue_entries("categories"):
        if entry.label == label:
            for word in entry.words:
                table.setdefault(" ".join(WORD.findall(word.lower())), []).append(
                    (entry.value or "other", entry.weight)
                )
    return table


@lexicon_cache(maxsize=1)
def _cues() -> tuple[Cues, dict[str, tuple[str, float]], Cues, Cues]:
    words: Cues = {}
    priors: dict[str, tuple[str, float]] = {}
    wholes: Cues = {}
    conduits: Cues = {}
    for entry in cue_entries("categories"):
        if entry.label in ("flow", "route", "goods_flow", *VERB_LABELS):
            continue
        if entry.label.startswith("unit:"):
            priors[entry.label[5:]] = (entry.value or "other", entry.weight)
            continue
        table = {"whole": wholes, "conduit": conduits}.get(entry.label, words)
        label = entry.value if entry.label in ("whole", "conduit") and entry.value else entry.label
        for word in entry.words:
            table.setdefault(" ".join(WORD.findall(word.lower())), []).append((label, entry.weight))
    return words, priors, wholes, conduits


def _phrases(text: str) -> list[tuple[str, int]]:
    tokens = WORD.findall(text.lower())
    return [
        (" ".join(tokens[i : i + size]), size)
        for size in (3, 2, 1)
        for i in range(len(tokens) - size + 1)
    ]


def _score(text: str | None, factor: float, scores: dict[str, float]) -> None:
    for label, weight, length in _cue_hits(text or ""):
        scores[label] = scores.get(label, 0.0) + weight * factor * length


@lexicon_cache(maxsize=4096)
def _cue_hits(text: str) -> tuple[tuple[str, float, float], ...]:
    """The cues of ``text`` (its phrases of one to three words in the cue table), each
    with its label, weight and length bonus (x1.2 per word beyond the first): found once
    per text, since the figures of a sentence (and of an article, its title) share them."""
    table = _cues()[0]
    return tuple(
        (label, weight, 1 + 0.2 * (size - 1))
        for phrase, size in _phrases(text)
        for label, weight in table.get(phrase, ())
    )


def _first_hit(text: str | None, table: Cues) -> str | None:
    """The category of the longest cue of ``table`` in ``text``."""
    hits = [(size, table[p][0][0]) for p, size in _phrases(text or "") if p in table]
    return max(hits, key=lambda h: h[0])[1] if hits else None


def decisive_category(
    *, unit: str | None, whole: str | None = None, agent: str | None = None, verb: str | None = None
) -> str | None:
    """The category a rule of news fixes outright, or None.

    >>> decisive_category(unit="%", whole="the federal budget")
    'finance'
    >>> decisive_category(unit="t", agent="The first line from Mohe to Daqing")
    'pipeline'
    >>> decisive_category(unit="USD", verb="lend"), decisive_category(unit="%", verb="own")
    ('finance', 'investment')
    """
    _, _, wholes, conduits = _cues()
    if unit == "%" and whole:
        found = _first_hit(whole, wholes)
        if found:
            return found
    deciding = _deciding_verbs().get(verb or "")
    if unit and deciding is not None and deciding[0].match(unit):
        return deciding[1]  # "lent the producer $7 billion": a loan; "owns 60 percent": a stake
    if unit and PHYSICAL_UNITS.match(unit) and agent:
        return _first_hit(agent, conduits)
    return None


@dataclass(frozen=True)
class FigureWords:
    """The words around a figure that speak of its category: its measure and the measure's
    head word, the whole a share is of, the doer of its verb, its sentence, the article's
    title, its unit, and the verb it completes."""

    measure: str | None = None
    head: str | None = None
    whole: str | None = None
    agent: str | None = None
    sentence: str = ""
    title: str | None = None
    unit: str | None = None
    verb: str | None = None  # the lemma of the verb the figure completes


def category_of(words: FigureWords) -> str:
    """The best category for a figure, ``other`` when no cue speaks."""
    fixed = decisive_category(
        unit=words.unit, whole=words.whole, agent=words.agent, verb=words.verb
    )
    if fixed is not None:
        return fixed
    _, priors, _, _ = _cues()
    scores: dict[str, float] = {}
    texts = {
        f: getattr(words, f) for f in ("head", "measure", "whole", "agent", "sentence", "title")
    }
    if words.head and words.head.lower() in _flow_words() and words.measure:
        # "exports of Russian oil": the goods decide; the flow noun counts as the sentence does
        texts["measure"] = re.sub(rf"\b{re.escape(words.head)}\b", " ", words.measure, count=1)
        texts["head"] = None
        _score(words.head, WEIGHTS["sentence"], scores)
    for field, text in texts.items():
        _score(text, WEIGHTS[field], scores)
    if words.unit in priors:
        label, weight = priors[words.unit]
        scores[label] = scores.get(label, 0.0) + weight
    if not scores:
        return "other"
    best = max(sorted(scores), key=lambda label: scores[label])
    if best == "energy":
        # "22 bcm of gas via the Power of Siberia pipeline": the route's figure
        return _route(words.sentence) or best
    if best == "resources":
        # "exports included 4 million tonnes of iron ore": goods between countries are trade
        return _first_hit(words.sentence, _labelled("goods_flow")) or best
    return best
