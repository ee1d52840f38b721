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
from sinorus_facts.lexicons.cues import cue_entries, cue_words

__all__ = [
    "FigureWords",
    "category_in_article",
    "category_of",
    "decisive_category",
    "instrument_category",
]

# A word of a text, lower-cased: "ice-cream", "s-400", "gdp".
WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")

# The number a name's word carries after a hyphen, which the name's cues leave out: the "-2" of
# "siberia-2" ("Power of Siberia-2" is the Power of Siberia's kin), "-26" of "luna-26"; not of a
# short maker's code ("s-400", "su-35", "tu-160" stay whole).
NAME_NUMBER = re.compile(r"(?<=[a-z]{4})-\d+\Z")

# How much a cue counts by where it stands: the measure's head word counts on top of the
# measure ("the new bridge across the Amur River" is about a bridge).
WEIGHTS = {"head": 2.0, "measure": 3.0, "agent": 1.5, "whole": 1.5, "sentence": 1.0, "title": 0.25}

# Units of physical amounts a carrier moves.
PHYSICAL_UNITS = re.compile(r"^(?:t|kg|bbl|m3|TEU)(?:/(?:yr|d|h|mo))?$")

Cues = dict[str, list[tuple[str, float]]]

# Labels of cues that feed a rule, not the scores.
RULE_LABELS = (
    "goods_flow",
    "instrument",
    "instrument_sentence",
    "arms_trade",
    "commitment_count",
    "freight",
    "design",
    "deal_anaphor",
    "anaphoric_measure",
    "instrument_pattern",
    "part_of",
    "freight_vehicle",
    "travelling_people",
    "vehicle_trip",
    "unnamed_goods",
    "design_carrier",
    "carrier_anaphor",
)

# Units of the things and people a carrier is designed to take: "630 cars a day", "1.4 million
# passengers a year".
DESIGN_COUNT_UNITS = frozenset(
    {"count", "count/d", "count/yr", "count/h", "person", "person/d", "person/yr", "person/h"}
)

# Units of an energy commodity's flow: never a carrier's own figure.
ENERGY_FLOW_UNITS = re.compile(r"^(?:bbl|m3)(?:/(?:yr|d|h|mo))?$")

# A sum of several ("a total of 106 bcm", "in total", "combined").
TOTAL = re.compile(r"\b(?:total|totall?ing|combined|altogether)\b", re.IGNORECASE)

# Units of a length.
LENGTH_UNITS = ("km", "m", "mi")

# A price per unit: a currency over a unit of goods ("USD/bbl", "USD/t"), not a rate of
# exchange ("CNY/USD").
PRICE_UNIT = re.compile(r"^[A-Z]{3}/(?![A-Z]{3}$)")

# The kinds of deal whose later figures ("the contract value", "the agreement is for three
# years") keep the deal's category, with the categories of topic they win over: a supply
# contract through a named pipeline is the pipeline's, not energy; a swap agreement's term
# is finance, not politics.
DEAL_KINDS = {
    "pipeline": ("energy", "trade", "politics"),
    "finance": ("politics", "investment", "other"),
    "military": ("politics", "investment", "finance", "price", "other"),
}

# A deal named by its term, pointing back to the deal before: "The 25-year contract", "the
# 30-year agreement" (the term is the deal's figure).
DEAL_OF_YEARS = re.compile(
    r"\bthe\s+\d{1,3}-year\s+(?:contract|deal|agreement|accord)\b", re.IGNORECASE
)

# A currency code.
CURRENCY = re.compile(r"^[A-Z]{3}$")

# Units of money or a share: a currency code or a percent.
MONEY_OR_SHARE = re.compile(r"^(?:[A-Z]{3}|%)$")

# The labels of verbs that decide a figure's category, with the units they decide for: a
# currency code ("USD", "CNY") or a percent.
VERB_LABELS = {
    "verb_of_money": re.compile(r"^[A-Z]{3}$"),
    "verb_of_share": re.compile(r"^%$"),
}

# The units of figures that a verb of taking part (label ``verb_of_people``) makes an event's
# size, where nothing else names their category: people and things counted.
PEOPLE_UNITS = ("person", "count")

# Categories that a verb of taking part does not override: the figure's own topic says
# more ("1,300 personnel took part in the drills" is military).
TOPICS_OVER_TAKING_PART = frozenset({"military", "tourism", "trade", "energy"})


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


@lexicon_cache(maxsize=4)
def _patterns(label: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The regexes of the entries of one label, with their category."""
    return tuple(
        (re.compile(e.regex, re.IGNORECASE), e.value or "other")
        for e in cue_entries("categories")
        if e.label == label and e.regex
    )


def _route(sentence: str) -> str | None:
    return next((category for pattern, category in _routes() if pattern.search(sentence)), None)


@lexicon_cache(maxsize=32)
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
        if entry.label in ("flow", "route", *RULE_LABELS, *VERB_LABELS):
            continue
        if entry.label.startswith("unit:"):
            priors[entry.label[5:]] = (entry.value or "other", entry.weight)
            continue
        table = {"whole": wholes, "conduit": conduits}.get(entry.label, words)
        label = entry.value if entry.label in ("whole", "conduit") and entry.value else entry.label
        for word in entry.words:
            table.setdefault(" ".join(WORD.findall(word.lower())), []).append((label, entry.weight))
    return words, priors, wholes, conduits


@lexicon_cache(maxsize=4096)
def _phrases(text: str) -> tuple[tuple[str, int], ...]:
    """The phrases of one to three words of ``text``, longest first (worked out once per
    text: the figures of a sentence ask of the same sentence)."""
    tokens = [NAME_NUMBER.sub("", w) for w in WORD.findall(text.lower())]
    return tuple(
        (" ".join(tokens[i : i + size]), size)
        for size in (3, 2, 1)
        for i in range(len(tokens) - size + 1)
    )


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
    tense: str | None = None  # of the clause that asserts it: "past", "present", "future"


def _instrument(words: FigureWords) -> str | None:
    """The category the figure's kind fixes before its topic: a unit price is a price; a
    loan, credit line, swap or stake named in its measure is finance or investment; money or
    a share in a sentence naming a loan deal or an arms trader is finance or military; a
    count of agreements is politics.

    >>> _instrument(FigureWords(measure="credit line", unit="USD"))
    'finance'
    >>> _instrument(FigureWords(measure="discount", unit="USD/bbl", sentence="via the pipeline"))
    'price'
    >>> _instrument(FigureWords(measure="contracts", head="contracts", unit="count"))
    'politics'
    """
    if words.unit and PRICE_UNIT.match(words.unit):
        return "price"
    if words.unit == "count":
        head = words.head or (words.measure or "").split(" ")[0]
        if head and _first_hit(head, _labelled("commitment_count")):
            return "politics"  # "signed 21 trade agreements"
    found = _first_hit(words.measure, _labelled("instrument"))
    if found:
        return found
    if words.unit and CURRENCY.match(words.unit):
        for pattern, category in _patterns("instrument_pattern"):
            if pattern.search(words.measure or "") or pattern.search(words.sentence):
                return category  # "100 roubles bought more than 18 yuan": a rate
    if words.unit and MONEY_OR_SHARE.match(words.unit):
        for label in ("instrument_sentence", "arms_trade"):
            found = _first_hit(words.sentence, _labelled(label))
            if found:
                return found
    return None


def instrument_category(words: FigureWords) -> str | None:
    """The category the figure's instrument fixes (a loan, a stake, a unit price), or None:
    the same sum said again elsewhere in the article ("Russia, China sign $25 billion energy
    deal" over a lead that names the loans) is that instrument too."""
    return _instrument(words)


def _carried(words: FigureWords) -> bool:
    """Whether the figure is freight a carrier actually moved ("the ports handled 120,000
    TEUs", "eight trucks crossed the bridge"), not its design ("a design capacity of", "600
    trucks can cross daily") nor a description of the carrier ("50 routes pass through the
    port")."""
    return (
        words.tense in ("past", "perfect")
        and bool(_first_hit(words.sentence, _labelled("freight")))
        and not _first_hit(words.sentence, _labelled("design"))
    )


# Words of travellers: a count of their trips is tourism's, whatever vehicle they take.
TRAVELLERS = re.compile(
    r"\b(?:tourists?|visitors?|travell?ers?|passengers?|holidaymakers?|pilgrims?)\b", re.IGNORECASE
)


def _freight_count(words: FigureWords) -> str | None:
    """The category of a count of the trips freight vehicles make ("China-Europe freight
    trains made 1,200 trips", "trucks made 45,000 trips across the crossing"): freight
    actually carried, trade, or the carrier's design, infrastructure ("the crossing can take
    30 runs a day"); None for any other figure, and for travellers' trips.

    >>> _freight_count(FigureWords(measure="trips", head="trips", unit="count",
    ...                            sentence="Freight trains made 1,200 trips in May."))
    'trade'
    >>> _freight_count(FigureWords(measure="trips", head="trips", unit="count",
    ...                            sentence="Tourists made 1,200 trips by train in May."))
    """
    if words.unit not in ("count", "%"):
        return None  # a count, or its change or share ("up 15%" of the trips)
    head = " ".join(WORD.findall((words.head or "").lower()))
    if head not in _labelled("vehicle_trip"):
        return None  # a count of the vehicles themselves is scored as any ("freight train routes")
    vehicles = _labelled("freight_vehicle")
    found = (
        _first_hit(words.measure, vehicles)
        or _first_hit(words.agent, vehicles)
        or _first_hit(words.sentence, vehicles)
    )
    if found is None or any(
        TRAVELLERS.search(text or "") for text in (words.measure, words.agent, words.sentence)
    ):
        return None
    return "infrastructure" if _first_hit(words.sentence, _labelled("design")) else found


def _travellers_count(words: FigureWords) -> str | None:
    """Tourism for a count of the trips or crossings people make, or its change ("border
    crossings by Chinese citizens rose 60% to 2.1 million", "trips by Russians"): travellers'
    trips, not a crossing's design ("the crossing can take 3,000 people a day"); None for any
    other figure.

    >>> _travellers_count(FigureWords(measure="crossings by Chinese citizens", head="crossings", unit="count"))
    'tourism'
    """
    if words.unit not in ("count", "%"):
        return None
    head = " ".join(WORD.findall((words.head or (words.measure or "").split(" ")[-1]).lower()))
    if head not in _labelled("vehicle_trip") or _first_hit(words.sentence, _labelled("design")):
        return None
    people = _labelled("travelling_people")
    if any(
        TRAVELLERS.search(text or "") or _first_hit(text, people)
        for text in (words.measure, words.agent, words.sentence)
    ):
        return "tourism"
    return None


def category_of(words: FigureWords) -> str:
    """The best category for a figure, ``other`` when no cue speaks."""
    fixed = (
        decisive_category(unit=words.unit, whole=words.whole, agent=words.agent, verb=words.verb)
        or _instrument(words)
        or _freight_count(words)
        or _travellers_count(words)
    )
    if (
        fixed is None
        and (
            words.unit in DESIGN_COUNT_UNITS
            or (words.unit is not None and PHYSICAL_UNITS.match(words.unit) is not None)
        )
        and words.agent
        and _first_hit(words.sentence, _labelled("design"))
    ):
        # "the crossing can process 630 cars and 200 trucks a day", "the crossing was designed to
        # handle 70 million tonnes a year", "the bridge can carry 1.4 million passengers a year":
        # a carrier's design (not an energy flow's, below)
        fixed = _first_hit(words.agent, _labelled("design_carrier"))
    if fixed == "infrastructure" and (
        _carried(words) or (words.unit and ENERGY_FLOW_UNITS.match(words.unit))
    ):
        fixed = None  # what the port handled is freight, scored as any flow
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
    if (
        words.unit in PEOPLE_UNITS
        and best not in TOPICS_OVER_TAKING_PART
        and (words.verb or "") in cue_words("categories", "verb_of_people")
    ):
        return "event"  # "more than 7,000 people from 70 countries are attending"
    if best == "infrastructure" and _carried(words):
        # "the two ports handled 120,000 TEUs of goods": freight carried, not the carrier
        scores.pop(best)
        best = "energy" if scores and max(scores.values()) == scores.get("energy") else "trade"
    if best == "infrastructure" and words.unit and ENERGY_FLOW_UNITS.match(words.unit):
        best = "energy"  # "exporting 750,000 barrels per day via the port": a flow of oil
    if best == "energy" or (
        best in ("infrastructure", "geography")
        and words.unit
        and (PHYSICAL_UNITS.match(words.unit) or words.unit in LENGTH_UNITS)
    ):
        # "22 bcm of gas via the Power of Siberia pipeline": the route's figure
        return _route(words.sentence) or best
    if best == "resources":
        # "exports included 4 million tonnes of iron ore": goods between countries are trade
        return _first_hit(words.sentence, _labelled("goods_flow")) or best
    return best


def _names(text: str | None, label: str) -> bool:
    return bool(_first_hit(text, _labelled(label)))


def _names_no_goods(text: str) -> bool:
    """Whether every cue of a sentence is a word of a flow that names no goods ("another
    supplier shipped ...", not "wheat exports", "trade turnover" or "coal supplies")."""
    table, generic = _cues()[0], _labelled("unnamed_goods")
    return all(phrase in generic for phrase, _ in _phrases(text) if phrase in table)


# Units of a duration: "for 20 years", "the first drop in five years", "a 90-day visa".
DURATION_UNITS = frozenset({"year", "month", "day", "week"})

# A measure that is itself a figure said before: "1.69 trillion yuan" measured by "up 32.7%"
# in "trade reached 1.69 trillion yuan, up 32.7%", "about 8.2 billion dollars" (a hedge, a
# currency sign or a digit opens it): the change's subject is the sum.
FIGURE_AS_MEASURE = re.compile(r"^(?:about |some |nearly |around |over |more than )?\W{0,3}\d")

# Categories of goods whose flows news keeps measuring without naming them again.
COMMODITY_KINDS = frozenset({"energy", "pipeline"})


def category_in_article(
    own: str,
    words: FigureWords,
    before: str | None,
    earlier: str | None = None,
    previous: str | None = None,
) -> str:
    """The category of a figure read with the figure before it in its article (``before``,
    in its sentence or the two before): a measure that points back ("this figure rose
    12%", "the indicator fell") or says nothing of its own ("followed by the UK ($2.9
    bln)") takes the category of the figure it continues; so does a figure of a deal named
    before ("the contract value at $400 billion") when that deal's figures were a pipeline's,
    a loan's or an arms deal's. A resource listed as a part of the flow that the sentence
    before measures (``earlier``: the last figure of the sentences before) is its freight.

    >>> category_in_article("other", FigureWords(measure="figure", head="figure"), "trade")
    'trade'
    >>> category_in_article("energy", FigureWords(sentence="with the contract value at"), "pipeline")
    'pipeline'
    >>> category_in_article("energy", FigureWords(measure="oil exports"), "trade")
    'energy'
    >>> category_in_article("trade", FigureWords(measure="deliveries", unit="m3"), "pipeline")
    'pipeline'

    A flow of gas or oil (or of goods it does not name) whose sentence names no route takes
    the route the sentence before it (``previous``, in its paragraph) names ("... signed a deal
    on the Far Eastern route. Supplies are to reach 10 bcm a year"; not "Timber supplies").

    >>> category_in_article("trade", FigureWords(measure="supplies", unit="m3/yr",
    ...     sentence="Supplies are to reach 10 bcm a year."), None, None,
    ...     "They signed a deal on the Far Eastern route.")
    'pipeline'
    """
    if (
        previous
        and (own == "energy" or (own == "trade" and _names_no_goods(words.sentence)))
        and words.unit
        and ENERGY_FLOW_UNITS.match(words.unit)
        and not _route(words.sentence)
        and not TOTAL.search(words.sentence)
        and (route := _route(previous)) is not None
    ):
        return route
    if (
        before is not None
        and before != "other"
        and (words.measure is None or FIGURE_AS_MEASURE.match(words.measure))
        and words.unit in ("%", "x")
    ):
        # "4 mln tonnes of coal (the twofold increase)", "reached 1.69 trillion yuan, up
        # 32.7%": the change of the figure before
        return before
    if own == "resources" and earlier == "trade" and _names(words.sentence, "part_of"):
        return earlier  # "Exports gained 37%. They included 4 mln tonnes of iron ore"
    if before is None or before == "other":
        return own
    if (
        own == "trade"
        and before in COMMODITY_KINDS
        and words.head is not None
        and _names(words.head, "flow")
        and words.unit is not None
        and words.unit not in ("%", "x")
        and _names_no_goods(words.measure or "")
    ):  # ("Wheat exports reached 1.5 mt" names its goods)
        # "Coal shipments fell 8% to 21 mln tonnes. Exports may recover to 100 mln tonnes":
        # a flow that names no goods is of the goods the figure before it measured
        return before
    if words.unit in DURATION_UNITS and not _cue_hits(words.sentence):
        # "Copper imports nearly doubled. The first drop in five years came in 2021.": a
        # duration whose sentence names no topic is of the topic of the figure before it
        return before
    if (
        own in ("trade", "other")
        and before == "energy"
        and words.unit is not None
        and (
            PHYSICAL_UNITS.match(words.unit) is not None
            or (words.unit in ("%", "x") and _names(words.head, "flow"))
        )
        and _names_no_goods(words.sentence)
    ):
        # "Coal exports rose to 101 mt. Indonesia, another supplier with 220 million tonnes,
        # ...": a flow whose sentence names no goods is of the fuel the figure before measured
        return before
    if (
        own == "other"
        or _names(words.head, "anaphoric_measure")
        or _names(" ".join((words.measure or "").split()[:2]), "anaphoric_measure")
    ):
        return before
    if (
        before == "pipeline"
        and own == "infrastructure"
        and _names(words.sentence, "carrier_anaphor")
    ):
        return before  # "... would carry 50 bcm a year. The route is 6,700 km long."
    if own in DEAL_KINDS.get(before, ()) and (
        _names(words.sentence, "deal_anaphor")
        or (words.unit == "year" and DEAL_OF_YEARS.search(words.sentence or ""))
    ):
        return before
    if (
        before == "pipeline"
        and own in ("energy", "trade")
        and words.unit
        and ENERGY_FLOW_UNITS.match(words.unit)
        and not TOTAL.search(words.sentence)
    ):
        # "... via the Power of Siberia pipeline. Deliveries are to reach 38 bcm" (not "a total
        # of 106 bcm", which sums several routes)
        return before
    return own
