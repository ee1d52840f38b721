"""Finding the quantities of a sentence in its text (pure: no model needed).

A number is found first (:mod:`~sinorus_facts.quantities.cores`: digits, number words,
"hundreds of", fractions, "doubled"); then the words around it are read: a scale
("billion"), a unit after it or a currency before it (:mod:`~sinorus_facts.quantities.units`),
a rate ("per hour"), a bound and a change (:mod:`~sinorus_facts.quantities.cues`).
Numbers that are years, names, addresses or clock times are dropped
(:mod:`~sinorus_facts.quantities.exclusions`); neighbouring figures are paired into ranges
and from/to changes (:mod:`~sinorus_facts.quantities.combine`) and restatements take the
bound of the figure they restate (:mod:`~sinorus_facts.quantities.relations`).

>>> [(q.value, q.unit, q.bound) for q in find_quantities("It is likely to surpass 100 billion U.S. dollars.")]
[(Decimal('100000000000'), 'USD', '>')]
>>> [(q.value, q.unit, q.change) for q in find_quantities("Trade rose 15% in 2017.")]
[(Decimal('15'), '%', 'increase')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.quantities.combine import combine_mentions
from sinorus_facts.quantities.cores import BY_BEFORE, CoreFinder, NumberCore, core_finder
from sinorus_facts.quantities.cues import CueReader, cue_reader
from sinorus_facts.quantities.exclusions import NOT_PLURAL, NameRules, excluded_spans, name_rules
from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.relations import lend_bounds_and_changes
from sinorus_facts.quantities.units import (
    MONEY_DIGITS,
    RateHit,
    ScaleHit,
    UnitHit,
    UnitMatcher,
    unit_matcher,
)

__all__ = ["QuantityFinder", "find_quantities", "quantity_finder"]

# Kinds of unit a time rate turns into a new unit ("t/yr", "km/h").
RATE_KINDS = frozenset({"mass", "volume", "energy", "length", "data"})

# Kinds of unit a rate leaves as they are, noting it in ``per`` ("$5bn a year", "40 hours a week").
PER_KINDS = frozenset({"currency", "percent", "count", "duration"})

# Glued scale symbols that count without a currency: "10k", "5bn", "3.9M".
BARE_SCALE_SYMBOLS = frozenset({"bn", "bln", "mln", "trn", "k", "K", "M"})

# Kinds of unit after which a glued "m" is "million", not "metres": "1.6m tonnes".
NOT_LENGTH = frozenset({"mass", "volume", "currency", "energy", "count", "data"})

# An "m" written apart from its number, before a blank: " m" of "3.5 m tonnes" (a million
# when a unit that is no length follows, checked in code).
SPACED_MILLION = re.compile(r"[ \u00a0]m(?=[ \u00a0])")

# What follows a glued "m" that counts things, which makes it "million" not "metres": a
# plural noun after at most three words, no preposition among them ("3.4m cars", "3.4m
# combined online sales", "2.7m digital and physical tickets"; never "400m in two
# minutes") or "of its" ("35m of its devices").
COUNTED_AFTER_M = re.compile(
    r"[ \u00a0]+(?:of[ \u00a0]+(?:its|their|the|his|her|our)\b"
    r"|(?:(?!(?:in|on|at|for|to|from|by|with|within|under|over|than|per|a|an|the|and)\b)[a-z][a-z-]*[ \u00a0]+"
    r"(?:and[ \u00a0]+)?){0,3}?(?P<noun>[a-z]+s|people|children|men|women)\b)"
)

# The digits before a glued scale symbol: "3.4" of "3.4m".
NUMBER_BEFORE = re.compile(r"[\d.,]*\Z")

# A straight double quote that opens a quotation: after the start, a blank or a bracket,
# before a non-blank: the first '"' of 'he said "we sold 5"'.
OPENING_QUOTE = re.compile(r'(?:^|(?<=[\s(\[]))"(?=\S)')

# A straight double quote that closes a quotation after a word (not after digits, where
# it may be an inch mark): the last '"' of '"nice" he said'.
CLOSING_QUOTE = re.compile(r'(?<=[^\s\d])"')

# What follows an inch mark that closes no quotation: the end, a blank, a mark ('8" ').
MARK_END = re.compile(r"(?:$|[\s,.;:)])")

# A margin of error between a number and its unit: "±0.01" of "2,000.45±0.01 pounds",
# " +/- 0.5" of "12.4 +/- 0.5 tonnes".
PLUS_MINUS = re.compile(r"[ \u00a0]*(?:±|\+/-|\+/−)[ \u00a0]*\d+(?:\.\d+)?")

# The scale of a temperature named after its degrees: " on the Celsius scale" of "-40° on
# the Celsius scale", " in Fahrenheit" of "98 degrees in Fahrenheit".
DEGREE_SCALE_AFTER = re.compile(
    r"[ \u00a0]+(?:on|in)[ \u00a0]+(?:the[ \u00a0]+)?(?P<scale>[A-Z][a-z]+)(?:[ \u00a0]+scale)?\b"
)

# How far (characters) a price or an equivalence may stand after a unit counted by its
# article and still be of it: "a tonne of Russian wheat now costs $230".
PRICED_REACH = 60

# A mark that ends a clause: the "," of "a gallon of beer, and 3 L of wine".
CLAUSE_BREAK = re.compile(r"[,;:.!?()]")

# An equivalence between two measures: " is equal to " in "a metric ton is equal to 2,204.62
# pounds", " equals ", " = ".
EQUALS_BETWEEN = re.compile(r"\b(?:is|are|equals?|equal[ \u00a0]+to|makes?)\b|=", re.IGNORECASE)

# An article right before a number, which makes a glued "m" a length: "a 35m yacht", "the 100m".
ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)[ \u00a0]+\Z", re.IGNORECASE)

# "of" right after a unit: " of" in "2 million pounds of beef".
OF_AFTER = re.compile(r"[ \u00a0]+of\b", re.IGNORECASE)

# One word of what a unit measures: " copper", " cathode" (read one by one, up to three).
OF_WORD = re.compile(r"[ \u00a0]+[A-Za-z][\w'’-]*")

# An age in apposition: "Ivanov, 58, now heads" (the name, then the age between commas).
AGE_APPOSITION_BEFORE = re.compile(r"\b[A-Z][a-z]+,[ \u00a0]\Z")
AGE_APPOSITION_AFTER = re.compile(r",[ \u00a0]+(?:[a-z]|who\b)")


def _priced(text: str, one: QuantityMention, following: list[QuantityMention]) -> bool:
    """Whether a unit counted by its article is what the next figure of its clause prices or
    equals: "a barrel of Urals fetched $60", "a metric ton is 2,204.62 pounds" (no figure)."""
    if not following:
        return False
    between = text[one.end : following[0].start]
    if len(between) > PRICED_REACH or CLAUSE_BREAK.search(between):
        return False
    return following[0].unit_kind == "currency" or bool(EQUALS_BETWEEN.search(between))


def _pounds_of_money(text: str, unit: UnitHit) -> bool:
    """ "pounds" after a scale word is money ("415 million pounds"), not weight, unless
    "of" names the thing weighed ("2 million pounds of beef")."""
    written = text[unit.start : unit.end].lower()
    return (
        unit.entry_id == "pound_mass"
        and written.startswith("pound")
        and not OF_AFTER.match(text, unit.end)
    )


@dataclass(frozen=True)
class _Reading:
    """What stands around a number: its currency, unit, scale; a hyphen after it."""

    currency: UnitHit | None
    unit: UnitHit | None
    scale: ScaleHit | None
    hyphen: bool
    pos: int  # where the number (and its scale) ends
    flags: tuple[str, ...] = ()  # "plus_minus": a margin stands between the number and its unit


class QuantityFinder:
    """Finds quantities in text, with patterns built once from the lexicons."""

    def __init__(
        self, units: UnitMatcher, cores: CoreFinder, cues: CueReader, names: NameRules
    ) -> None:
        self.units = units
        self.cores = cores
        self.cues = cues
        self.names = names

    def find(self, text: str) -> list[QuantityMention]:
        """All quantities of ``text``, in text order, none overlapping."""
        cores = self.cores.find(text)
        if not cores:
            return []
        blocked = [(s, e, why) for s, e, _, why in excluded_spans(text)]
        mentions: list[QuantityMention] = []
        for core in cores:
            if self._is_blocked(text, core, blocked):
                continue
            mention = self._read(text, core)
            if mention is not None and not self.names.is_year_or_name(text, core, mention):
                mentions.append(mention)
        mentions.sort(key=lambda m: (m.start, -m.end))
        kept: list[QuantityMention] = []
        for mention in mentions:
            if kept and mention.number_start < kept[-1].end and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        kept = [
            m
            for i, m in enumerate(kept)
            if not ("article_one" in m.flags and _priced(text, m, kept[i + 1 : i + 2]))
        ]
        return lend_bounds_and_changes(text, combine_mentions(text, kept))

    def _is_blocked(self, text: str, core: NumberCore, blocked: list[tuple[int, int, str]]) -> bool:
        for start, end, why in blocked:
            if not (start < core.end and core.start < end):
                continue
            if why == "ratio" and core.fraction:
                continue  # "1/2 tonne" is a fraction, "24/7" a ratio
            if why == "name" and (core.sign or self.cues.glued_bound_before(text, core.start)):
                continue  # "minus-8 metres", "sub-5 nanometre"
            if (
                why == "reference"
                and self._bracketed(text, core.start, core.end)
                and self.units.scale_after(text, core.end + 1)
            ):
                continue  # "(21) million rubles": an accounting minus, no reference
            return True
        return False

    # ------------------------------------------------------------------------------------
    def _read(self, text: str, core: NumberCore) -> QuantityMention | None:
        if core.factor:
            end = self.cues.change_after_factor(text, core.end)
            mention = QuantityMention(
                start=core.start,
                end=end,
                text=text[core.start : end],
                value=core.value,
                unit="x",
                unit_kind="multiplier",
                change="factor",
                number_start=core.start,
                number_end=core.end,
            )
            return self.cues.read_bound_before(text, mention)
        reading = self._read_unit(text, core)
        if reading is None:
            return None
        currency, unit, scale = reading.currency, reading.unit, reading.scale
        if core.fraction and unit is not None and unit.kind == "count" and scale is None:
            unit = None  # "one in five Russians": a share of them, no count of people
        chosen = currency if currency is not None else unit
        end = unit.end if unit is not None else reading.pos
        code, kind = (chosen.unit, chosen.kind) if chosen else (None, None)
        multiplier = (scale.scale if scale else Decimal(1)) * (
            chosen.scale if chosen else Decimal(1)
        )
        per = None
        if chosen is not None and (not reading.hyphen or text[end : end + 1] == "-"):
            code, per, end = self._rate(text, chosen, code, end)
        start = currency.start if currency is not None else core.start
        written = unit if unit is not None else currency
        if (
            code is None
            and not scale
            and (self._age_in_apposition(text, core) or self._age_after_word(text, core))
        ):
            code, kind = "year", "age"
        mention = QuantityMention(
            start=start,
            end=end,
            text=text[start:end],
            value=core.value * multiplier,
            unit=code,
            unit_kind=kind,
            unit_text=text[written.start : written.end] if written else None,
            bound=core.bound,
            number_start=core.start,
            number_end=core.end,
            scaled=scale is not None,
            multiplier=multiplier,
            attributive=reading.hyphen and unit is not None,
            vague=core.vague,
            word_number=core.words,
            per=per,
            flags=(
                *(("signed",) if core.sign else ()),
                *(("fraction",) if core.fraction else ()),
                *(
                    ("by_fraction",)  # "reduced its supplies by a third": the size of a change
                    if core.fraction and BY_BEFORE.search(text[max(0, core.start - 8) : core.start])
                    else ()
                ),
                *(("article_one",) if core.article else ()),
                *reading.flags,
            ),
        )
        if currency is not None and not core.sign:
            mention = self._sign_before_currency(text, mention)
        if "accounting_negative" in reading.flags:  # "(2.1) million rubles", brackets and all
            return mention.with_(start=start - 1, text=text[start - 1 : end], value=-mention.value)
        mention = self.cues.read(text, mention)
        if (
            kind == "currency"
            and "signed" not in mention.flags
            and self._in_accounting_brackets(text, mention)
        ):
            mention = mention.with_(
                value=-mention.value, flags=(*mention.flags, "accounting_negative")
            )
        return mention

    def _sign_before_currency(self, text: str, mention: QuantityMention) -> QuantityMention:
        """A sign before the currency of an amount: "-$5 million", "+€3bn" (as "$-5m")."""
        sign, start = self.cores._sign(text, mention.start, "")
        if sign not in ("-", "+"):
            return mention
        value = -mention.value if sign == "-" else mention.value
        return mention.with_(
            start=start,
            text=text[start : mention.end],
            value=value,
            flags=(*mention.flags, "signed"),
        )

    def _in_accounting_brackets(self, text: str, mention: QuantityMention) -> bool:
        """Whether an amount stands alone in brackets as accounts write a minus: "net
        income was ($3.7 million)"; "5 billion rubles ($70 million)" restates a figure."""
        if (
            text[mention.start - 1 : mention.start] != "("
            or text[mention.end : mention.end + 1] != ")"
        ):
            return False
        return bool(
            self.names.accounting_before.search(
                text[max(0, mention.start - 24) : mention.start - 1]
            )
        )

    def _read_unit(self, text: str, core: NumberCore) -> _Reading | None:
        """The currency before, the scale and the unit after a number; None when what is
        glued to it makes it no quantity ("9AB", "six-speed")."""
        units = self.units
        currency = (
            (units.before(text, core.start) or units.before_money(text, core.start, core.end))
            if not core.vague
            else None
        )
        if currency is None and not core.vague and not core.words:
            in_context = units.in_context_after(text, core.end, core.start)
            if in_context is not None:  # "30 c" near "temperatures", "573.15K" near "°C"
                return _Reading(None, in_context, None, False, core.end)
        scale = units.scale_after(text, core.end, currency=currency is not None)
        flags: tuple[str, ...] = ()
        if scale is None and currency is None and (apart := SPACED_MILLION.match(text, core.end)):
            counted = units.after(text, apart.end())  # "3.5 m tonnes": million, not metres
            if counted is not None and counted.start > apart.end() and counted.kind in NOT_LENGTH:
                scale = ScaleHit(apart.start(), apart.end(), Decimal(1_000_000), False)
        if scale is None and self._bracketed(text, core.start, core.end):
            scale = units.scale_after(text, core.end + 1)  # "(2.1) million rubles": accounts' minus
            if scale is not None and not scale.glued:
                flags = ("accounting_negative",)
            else:
                scale = None
        if scale and currency is not None and self._names_a_note(text, currency, scale):
            scale = None  # "a $50 bill" is a banknote of twenty dollars
        if (
            scale
            and scale.glued
            and currency is None
            and not self._bare_scale(text, scale.start, scale.end)
        ):
            scale = None
        pos = scale.end if scale else core.end
        hyphen = text[pos : pos + 1] == "-" and text[pos + 1 : pos + 2].isalpha()
        unit_pos = pos + 1 if hyphen else pos
        measured = not core.words and bool(
            MONEY_DIGITS.fullmatch(text[core.start : core.end].lstrip("+-−"))
        )
        unit: UnitHit | None = units.after(
            text, unit_pos, allow_space_symbols=bool(scale and not scale.glued), measured=measured
        )
        uncertainty = PLUS_MINUS.match(text, pos) if unit is None and not hyphen else None
        if (
            uncertainty is not None
        ):  # "2,000.45±0.01 pounds": the unit after the margin is the figure's
            margin_scale = None if scale else units.scale_after(text, uncertainty.end())
            unit = units.after(
                text,
                margin_scale.end if margin_scale else uncertainty.end(),
                allow_space_symbols=margin_scale is not None,
            )
            if unit is None:
                uncertainty = None
            elif margin_scale is not None:
                scale = margin_scale  # "12.4 +/- 0.5 million tonnes"
        if unit is not None and (
            (hyphen and unit.start != unit_pos)
            or (currency is not None and unit.kind != "currency")
        ):
            unit = None  # "$5 per tonne" is a price, read as a rate
        if (
            unit is not None
            and unit.entry_id == "degree"
            and (named := DEGREE_SCALE_AFTER.match(text, unit.end))
        ):
            scale_unit = units.after(text, named.start("scale"))  # "-40° on the Celsius scale"
            if scale_unit is not None and scale_unit.kind == "temperature":
                unit = replace(unit, unit=scale_unit.unit, entry_id=scale_unit.entry_id)
        if unit is not None and scale and _pounds_of_money(text, unit):
            unit = replace(unit, unit="GBP", kind="currency", entry_id="gbp")
        if unit is None and currency is None and not hyphen and not core.vague:
            unit = self._length_mark(text, core.start, pos) or units.fallback_after(text, pos)
        if (
            unit is None
            and currency is None
            and (text[pos : pos + 1].isalpha() or (hyphen and core.words))
        ):
            return (
                None  # "9AB", "3D": digits glued to letters; "six-speed", "three-bed": adjectives
            )
        if unit is not None and unit.kind == "currency" and scale is None:
            after = units.scale_after(text, unit.end)  # "40 USD million"
            if after is not None and not after.glued:
                scale, unit = after, replace(unit, end=after.end)
        return _Reading(
            currency,
            unit,
            scale,
            hyphen,
            pos,
            (*flags, *(("plus_minus",) if uncertainty is not None else ())),
        )

    @staticmethod
    def _bracketed(text: str, start: int, end: int) -> bool:
        """Whether the digits stand alone in brackets: the "(2.1)" of "(2.1) million"."""
        return text[start - 1 : start] == "(" and text[end : end + 1] == ")"

    def _length_mark(self, text: str, start: int, pos: int) -> UnitHit | None:
        """A straight quote or apostrophe glued to a number as an inch or foot mark: "5'8\"",
        "9\" wide", "6' tall"."""
        mark = text[pos : pos + 1]
        if mark not in ("'", '"'):
            return None
        is_mark = self.names.length_mark.match(text, pos) or (
            mark == '"'
            and (
                self.names.inch_after_feet.search(text[max(0, start - 4) : start])
                or (not self._quotation_open(text, pos) and MARK_END.match(text, pos + 1))
            )
        )
        if not is_mark:
            return None
        entry = "inch" if mark == '"' else "foot"
        return UnitHit(
            pos, pos + 1, "in" if entry == "inch" else "ft", "length", Decimal(1), None, entry
        )

    @staticmethod
    def _quotation_open(text: str, pos: int) -> bool:
        """Whether a quotation opened before ``pos`` is still open (a '"' there closes it)."""
        return len(OPENING_QUOTE.findall(text, 0, pos)) > len(CLOSING_QUOTE.findall(text, 0, pos))

    def _names_a_note(self, text: str, currency: UnitHit, scale: ScaleHit) -> bool:
        """Whether the scale word after an amount is a banknote ("a $50 bill", "the $100 bill")."""
        return text[scale.start : scale.end].lower() in self.names.denominations and bool(
            self.names.denomination_before.search(
                text[max(0, currency.start - 12) : currency.start]
            )
        )

    def _bare_scale(self, text: str, start: int, end: int) -> bool:
        """Whether a glued scale symbol counts without a currency: "10k", "3.9M", and "m"
        before a unit that is no length ("1.6m tonnes")."""
        symbol = text[start:end]
        if symbol in BARE_SCALE_SYMBOLS:
            return True
        if symbol == "m":
            unit = self.units.after(text, end)
            if unit is not None:
                return unit.start > end and unit.kind in NOT_LENGTH
            counted = COUNTED_AFTER_M.match(text, end)
            if counted and counted.group("noun") not in NOT_PLURAL:
                digits = NUMBER_BEFORE.search(text[max(0, start - 24) : start])
                number_start = start - (len(digits.group(0)) if digits else 0)
                return not ARTICLE_BEFORE.search(text[max(0, number_start - 8) : number_start])
        return False

    def _rate(
        self, text: str, chosen: UnitHit, code: str | None, end: int
    ) -> tuple[str | None, str | None, int]:
        rate = self.units.rate_after(text, end)
        if rate is None and chosen.kind in RATE_KINDS:
            rate = self._rate_after_of(text, end)
        if rate is None or chosen.rate is not None:
            return code, None, end
        kind = chosen.kind
        if rate.kind == "time" and kind in RATE_KINDS:
            return f"{code}/{rate.per}", None, rate.end
        if rate.kind == "unit" and kind == "currency":
            return f"{code}/{rate.per}", None, rate.end
        if rate.kind == "time" and kind in PER_KINDS:
            return code, rate.per, rate.end
        return code, None, end

    def _rate_after_of(self, text: str, end: int) -> RateHit | None:
        """A time rate after what is measured: "52,000 tonnes of zinc concentrate a year"."""
        of = OF_AFTER.match(text, end)
        if not of:
            return None
        pos = of.end()
        for _ in range(3):
            word = OF_WORD.match(text, pos)
            if not word:
                return None
            pos = word.end()
            rate = self.units.rate_after(text, pos)
            if rate is not None:
                return rate if rate.kind == "time" else None
        return None

    def _age_after_word(self, text: str, core: NumberCore) -> bool:
        """ "aged 45", "at the age of 70", "aged 18 to 30": a whole number an age word opens."""
        if (
            core.fraction
            or core.sign
            or not (0 <= core.value <= 130)
            or core.value != int(core.value)
        ):
            return False
        return bool(self.names.age_before.search(text[max(0, core.start - 40) : core.start]))

    @staticmethod
    def _age_in_apposition(text: str, core: NumberCore) -> bool:
        if (
            core.words
            or core.fraction
            or core.sign
            or not (1 <= core.value <= 120)
            or core.value != int(core.value)
        ):
            return False
        return bool(
            AGE_APPOSITION_BEFORE.search(text[max(0, core.start - 30) : core.start])
            and AGE_APPOSITION_AFTER.match(text, core.end)
        )


@lexicon_cache(maxsize=1)
def quantity_finder() -> QuantityFinder:
    """The finder built from the installed lexicons (cached)."""
    return QuantityFinder(unit_matcher(), core_finder(), cue_reader(), name_rules())


def find_quantities(text: str) -> list[QuantityMention]:
    """Find every quantity in ``text`` (a sentence or any short text).

    >>> [(q.value, q.high, q.unit) for q in find_quantities("30,000–35,000 tonnes")]
    [(Decimal('30000'), Decimal('35000'), 't')]
    """
    return quantity_finder().find(text)
