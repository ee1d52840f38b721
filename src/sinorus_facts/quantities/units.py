"""Where a figure's unit is decided: the words around a number, looked up in the lexicons.

``units.json`` says which words mean which unit; this module turns it into matchers that
look right after a number ("31.2 billion U.S. dollars", "1,000km", "3,812 cubic meters per
hour") or right before it ("$", "USD", "S$"). Units our lexicon lacks ("pound-feet",
"rpm") fall back on quantulum3's unit database, for physical units only (precomputed
as the ``fallback_units`` lexicon).

>>> m = unit_matcher()
>>> hit = m.after("38 bcm in 2018", 2)
>>> (hit.unit, hit.scale, "38 bcm in 2018"[hit.start:hit.end])
('m3', Decimal('1000000000'), 'bcm')
>>> m.before("worth S$345", 8).unit
'SGD'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sinorus_facts.common.alternation import words_alternation
from sinorus_facts.lexicons import RateEntry, ScaleEntry, UnitEntry, lexicon_cache, load_lexicon
from sinorus_facts.quantities.numbers import as_decimal

__all__ = ["RateHit", "ScaleHit", "UnitHit", "UnitMatcher", "unit_matcher"]

# Space that may stand between a number and its unit: blanks and no-break spaces.
# Matches " " in "31.2 billion", "\u00a0" in "15\u00a0percent".
INLINE_SPACE = re.compile(r"[ \t\u00a0\u202f\u2009]*")

# A run of word characters after a number, to try quantulum3's database on:
# matches "pound-feet" in "410 pound-feet of torque".
FALLBACK_WORDS = re.compile(r"[A-Za-z][A-Za-z\-]*(?:[ \u00a0][A-Za-z][A-Za-z\-]*){0,2}")


# Words after "a year", "a week" that make them a time, not a rate: "a year earlier".
NOT_A_RATE_AFTER = re.compile(
    r"[ \u00a0]+(?:earlier|ago|later|before|after|back|on|prior)\b", re.IGNORECASE
)

# What may follow a symbol written apart from its number ("27 C", "35 L"): the end, a
# punctuation mark, or a word the lexicon lists ("wide", "in", "of", and the words that open
# a time: "last", "this"); matches ", " in "27 C, " and " last" in "12,500 t last month".
# A rate after it lets it stand too ("46 t a day"), checked in code.
SPACED_SYMBOL_END = r"(?:[ \u00a0]*(?:$|[.,;:!?)\]])|[ \u00a0]+(?:{words})\b)"

# A lower-case word after a symbol written apart: " valued" in "278,000 t valued at".
LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+[a-z]")

# An amount that reads as money by its digits: grouped thousands or decimals ("21,700",
# "2.7", "1 200"); "PS" before it is the pound sign, never in "PS4".
MONEY_DIGITS = re.compile(r"\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?|\d+\.\d+")

# How far a context word may stand from a figure (characters each way): about a sentence.
CONTEXT_REACH = 120

# Scale words that may be glued to the digits ("2bn", "5mln"); after a currency also these.
GLUED_SCALE_WORDS = frozenset({"bn", "mln", "bln", "mn", "trn"})
GLUED_AFTER_CURRENCY = frozenset({"mil", "mill", "mio"})


# A hyphen between a number and its scale word, written as one modifier: the "-" of
# "the $100-billion target", "a 5-million-tonne plant".
HYPHEN_BEFORE_WORD = re.compile(r"-(?=[a-z])")

# One line end between a number and its scale word or unit word, as a hard-wrapped page
# prints it: the break of "12\nmillion tonnes", "90\nper cent" (never a blank line, which
# ends a paragraph).
LINE_WRAP = re.compile(r"[ \t\u00a0]*\r?\n[ \t\u00a0]*(?=[a-z])")


@dataclass(frozen=True)
class UnitHit:
    """A unit found in the text: where, which, and how it scales the number."""

    start: int
    end: int
    unit: str
    kind: str
    scale: Decimal
    rate: str | None
    entry_id: str


@dataclass(frozen=True)
class ScaleHit:
    """A scale word found after a number ("billion", glued "bn")."""

    start: int
    end: int
    scale: Decimal
    glued: bool


@dataclass(frozen=True)
class RateHit:
    """A rate denominator found after a unit ("per hour", "a year", "a barrel")."""

    start: int
    end: int
    per: str
    kind: str


def _alternation(aliases: list[str]) -> str:
    """Regex alternation of aliases, longest first, spaces as any blank, whole words (as a
    trie: :func:`~sinorus_facts.common.alternation.words_alternation`)."""
    return (
        words_alternation(aliases, blank=r"[ \u00a0]+", word_end=r"(?![^\W_])") if aliases else ""
    )


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


class UnitMatcher:
    """Matchers built from the units, scale-words and rates lexicons."""

    def __init__(
        self,
        units: tuple[UnitEntry, ...],
        scales: tuple[ScaleEntry, ...],
        rates: tuple[RateEntry, ...],
        spaced_after: tuple[str, ...] = (),
        contexts: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        self._after_words: dict[str, UnitEntry] = {}
        self._symbols: dict[str, UnitEntry] = {}
        self._before: dict[str, UnitEntry] = {}
        self._spaced: dict[str, UnitEntry] = {}
        self._if_money: dict[str, UnitEntry] = {}
        self._in_context: dict[str, UnitEntry] = {}
        for entry in units:
            for alias in entry.context_symbols:
                self._in_context.setdefault(alias, entry)
            for alias in entry.spaced:
                self._spaced.setdefault(alias, entry)
            for alias in entry.before_if_money:
                self._if_money.setdefault(alias, entry)
            for alias in entry.after:
                self._after_words.setdefault(_key(alias), entry)
            for alias in entry.symbols:
                self._symbols.setdefault(alias, entry)
            for alias in entry.before:
                self._before.setdefault(alias, entry)
        # Unit words after a number, any case: "U.S. dollars", "tonnes", "percent".
        self.after_pattern = re.compile(_alternation(list(self._after_words)), re.IGNORECASE)
        # Unit symbols after a number, exact case: "t", "km", "kWh", "%".
        self.symbol_pattern = re.compile(_alternation(list(self._symbols)))
        # A symbol written apart from its number, exact case: the "C" of "27 C", "L" of "35 L".
        self.spaced_pattern = re.compile(_alternation(list(self._spaced)) or r"(?!)")
        # What lets such a symbol stand: the end, a mark, "wide", "in", "of" ("35 L of fuel").
        self.spaced_end = re.compile(
            SPACED_SYMBOL_END.format(words=_alternation(list(spaced_after)) or r"(?!)")
        )
        # A transliterated currency sign before the amount: the "PS" of "PS3.4m", "PS 450".
        self.if_money_pattern = re.compile(
            r"(?<![A-Za-z])(?P<alias>"
            + (_alternation(list(self._if_money)) or r"(?!)")
            + r")(?P<gap>[ \u00a0]?)\Z"
        )
        # A short symbol that is a unit only in a context, exact case: the "c" of "30 c", the
        # "K" of "573.15K", the "b" of "1500b".
        self.context_symbol_pattern = re.compile(_alternation(list(self._in_context)) or r"(?!)")
        # The words that show what a text speaks of, by kind of unit: "temperatures", "°C" for
        # temperatures; "packet", "server" for data; "cost", "paid" for money.
        self._contexts = {
            kind: re.compile(rf"(?<![A-Za-z])(?:{_alternation(list(words))})", re.IGNORECASE)
            for kind, words in (contexts or {}).items()
            if words
        }
        # A currency or unit standing just before a number: "$", "US$", "USD ", "RMB".
        dollars = [a for a in self._before if "$" in a and sum(c.isalpha() for c in a) != 1]
        exact = [a for a in self._before if a not in dollars]
        self._dollars = {_key(a): self._before[a] for a in dollars}
        # A currency or unit standing just before a number, exact case: "$", "USD ", "RMB".
        self.before_pattern = re.compile(
            r"(?<![A-Za-z])(?P<alias>" + _alternation(exact) + r")[ \u00a0]?\Z"
        )
        # A dollar with its country, any case: "US$", "hk $" (lower-cased wire copy); one
        # letter and a dollar ("C $", "S $") only as written, never the "a $" of "a $10 fund".
        self.before_dollar_pattern = re.compile(
            r"(?<![A-Za-z])(?P<alias>" + _alternation(dollars) + r")[ \u00a0]?\Z", re.IGNORECASE
        )
        self._scale_words: dict[str, Decimal] = {}
        self._scale_symbols: dict[str, Decimal] = {}
        for scale in scales:
            for word in scale.words:
                self._scale_words[word.lower()] = as_decimal(scale.scale)
            for symbol in scale.symbols:
                self._scale_symbols[symbol] = as_decimal(scale.scale)
        # A scale word after a number: "billion", "mln", "bn" (any case, whole word).
        self.scale_word_pattern = re.compile(_alternation(list(self._scale_words)), re.IGNORECASE)
        # A scale symbol glued to the digits: "bn" in "$2bn", "k" in "10k", "m" in "$5m".
        self.scale_symbol_pattern = re.compile(_alternation(list(self._scale_symbols)))
        self._rates: dict[str, RateEntry] = {}
        for rate in rates:
            for word in rate.words:
                self._rates[_key(word)] = rate
        # A rate after a unit: "per hour", "a year", "/d", "a barrel".
        self.rate_pattern = re.compile(_alternation(list(self._rates)), re.IGNORECASE)

    # -- scale ---------------------------------------------------------------------------
    def scale_after(self, text: str, pos: int, *, currency: bool = False) -> ScaleHit | None:
        """A scale word at ``pos`` (glued symbol, or a word after blanks); after a currency
        also "mil" glued to the digits ("S$1mil")."""
        glued = self.scale_symbol_pattern.match(text, pos)
        if glued and not _letter_at(text, glued.end()):
            return ScaleHit(pos, glued.end(), self._scale_symbols[glued.group(0)], True)
        space = (
            HYPHEN_BEFORE_WORD.match(text, pos)
            or LINE_WRAP.match(text, pos)
            or INLINE_SPACE.match(text, pos)
        )
        start = space.end() if space else pos
        word = self.scale_word_pattern.match(text, start)
        glued_ok = GLUED_SCALE_WORDS | (GLUED_AFTER_CURRENCY if currency else frozenset())
        if word and (start > pos or word.group(0).lower() in glued_ok):
            return ScaleHit(start, word.end(), self._scale_words[word.group(0).lower()], False)
        return None

    # -- units -----------------------------------------------------------------------------
    def after(
        self, text: str, pos: int, *, allow_space_symbols: bool = False, measured: bool = False
    ) -> UnitHit | None:
        """The unit that starts at ``pos`` (after blanks), longest alias first.

        One-letter symbols ("t", "m", "h") count only when glued to the digits, or after a
        scale word when ``allow_space_symbols`` ("5 mln t"). A one-letter symbol written
        apart counts before a time phrase or a rate ("12,500 t last month"), and after a
        ``measured`` number (grouped thousands or decimals) before any lower-case word but
        a unit ("278,000 t valued at", never the "m" of "3.5 m tonnes"). A unit word may
        follow the number on the next line of a hard-wrapped page ("exceeded 90\nper cent").
        """
        space = LINE_WRAP.match(text, pos) or INLINE_SPACE.match(text, pos)
        start = space.end() if space else pos
        glued = start == pos
        best: UnitHit | None = None
        word = self.after_pattern.match(text, start)
        if word:
            entry: UnitEntry | None = self._after_words[_key(word.group(0))]
            if (
                entry is not None
                and entry.rate is not None
                and NOT_A_RATE_AFTER.match(text, word.end())
            ):
                # "3.9 bcm a year earlier": the time of a comparison, no rate ("bcm")
                word, entry = self._without_rate(text, start, word.end())
            if word is not None and entry is not None:
                best = self._hit(start, word.end(), entry)
        symbol = self.symbol_pattern.match(text, start)
        if symbol and (best is None or symbol.end() > best.end):
            alias = symbol.group(0)
            short = len(alias) == 1 and alias.isalpha()
            if (glued or allow_space_symbols or not short) and not _letter_at(text, symbol.end()):
                best = self._hit(start, symbol.end(), self._symbols[alias])
        if best is None and not glued:
            spaced = self.spaced_pattern.match(text, start)
            if spaced and (
                self.spaced_end.match(text, spaced.end())
                or self.rate_after(text, spaced.end())
                or (measured and self._word_after_measure(text, spaced.end(), spaced.group(0)))
            ):
                best = self._hit(start, spaced.end(), self._spaced[spaced.group(0)])
        return best

    def _without_rate(
        self, text: str, start: int, end: int
    ) -> tuple[re.Match[str] | None, UnitEntry | None]:
        """The longest alias at ``start`` that ends at a blank before ``end`` and makes no
        rate: "bcm" of "bcm a year" where "earlier" follows."""
        for blank in range(end - 1, start, -1):
            if not text[blank].isspace():
                continue
            word = self.after_pattern.match(text, start, blank)
            if word is not None and word.end() == blank:
                entry = self._after_words[_key(word.group(0))]
                if entry.rate is None:
                    return word, entry
        return None, None

    def _word_after_measure(self, text: str, end: int, alias: str) -> bool:
        """Whether a lower-case word that is no unit follows a one-letter symbol: " valued"."""
        word = LOWER_WORD_AFTER.match(text, end)
        return len(alias) == 1 and word is not None and self.after(text, end) is None

    def spaced_alias(self, text: str, hit: UnitHit) -> bool:
        """Whether ``hit`` was read as a symbol written apart from its number ("3 in")."""
        return text[hit.start : hit.end] in self._spaced

    def before_money(self, text: str, pos: int, end: int) -> UnitHit | None:
        """A currency sign that counts only before an amount that reads as money, glued to
        the number that runs from ``pos`` to ``end`` ("PS3.4m", "PS18,300"; never "PS4")."""
        found = self.if_money_pattern.search(text, max(0, pos - 4), pos)
        if not found:
            return None
        looks_money = MONEY_DIGITS.fullmatch(text[pos:end]) or self.scale_after(
            text, end, currency=True
        )
        # "PS 450", "PS450": only two digits or more in a text that speaks of money ("the
        # ticket cost PS450"), never the console of "a PS4"
        apart_or_plain = found.group("gap") or not looks_money
        if apart_or_plain and (
            end - pos < 2 or not self.speaks_of("currency", text, found.start(), end)
        ):
            return None
        return self._hit(found.start(), found.end("alias"), self._if_money[found.group("alias")])

    def speaks_of(self, kind: str, text: str, start: int, end: int) -> bool:
        """Whether the text around ``start``-``end`` (CONTEXT_REACH characters each way)
        holds a word of the ``unit_context`` of ``kind`` ("temperatures" for temperature)."""
        pattern = self._contexts.get(kind)
        if pattern is None:
            return False
        window_start = max(0, start - CONTEXT_REACH)
        window = text[window_start : end + CONTEXT_REACH]
        inner = (start - window_start, end - window_start)
        return any(not (inner[0] <= m.start() < inner[1]) for m in pattern.finditer(window))

    def in_context_after(self, text: str, pos: int, number_start: int) -> UnitHit | None:
        """A short symbol at ``pos`` that means a unit in the text around it: "30 c" and
        "573.15K" near "temperatures" or "°C", "1500b" near "packet". Glued to the number,
        or apart when the end, a mark or a listed word follows ("30 c in summer")."""
        space = INLINE_SPACE.match(text, pos)
        start = space.end() if space else pos
        found = self.context_symbol_pattern.match(text, start)
        if not found or _letter_at(text, found.end()):
            return None
        if start > pos and not (
            self.spaced_end.match(text, found.end()) or self.rate_after(text, found.end())
        ):
            return None
        entry = self._in_context[found.group(0)]
        if not self.speaks_of(entry.kind, text, number_start, found.end()):
            return None
        return self._hit(start, found.end(), entry)

    def before(self, text: str, pos: int) -> UnitHit | None:
        """The currency (or unit) that ends right before ``pos``: "$", "USD ", "S$"."""
        window_start = max(0, pos - 8)
        window = text[window_start:pos]
        found = self.before_pattern.search(window)
        dollar = self.before_dollar_pattern.search(window)
        if dollar and (found is None or dollar.start() <= found.start()):
            entry = self._dollars[_key(dollar.group("alias"))]
            return self._hit(
                window_start + dollar.start(), window_start + dollar.end("alias"), entry
            )
        if not found:
            return None
        entry = self._before[" ".join(found.group("alias").split())]
        return self._hit(window_start + found.start(), window_start + found.end("alias"), entry)

    def rate_after(self, text: str, pos: int) -> RateHit | None:
        """A rate denominator at ``pos``: "per day", "a year", "/h", "a barrel"."""
        space = INLINE_SPACE.match(text, pos)
        start = space.end() if space else pos
        found = self.rate_pattern.match(text, start)
        if not found or NOT_A_RATE_AFTER.match(text, found.end()):
            return None
        rate = self._rates[_key(found.group(0))]
        return RateHit(start, found.end(), rate.per, rate.kind)

    @staticmethod
    def _hit(start: int, end: int, entry: UnitEntry) -> UnitHit:
        return UnitHit(
            start, end, entry.unit, entry.kind, as_decimal(entry.scale), entry.rate, entry.id
        )

    def fallback_after(self, text: str, pos: int) -> UnitHit | None:
        """A physical unit from quantulum3's database ("pound-feet", "rpm"), or None."""
        space = INLINE_SPACE.match(text, pos)
        start = space.end() if space else pos
        words = FALLBACK_WORDS.match(text, start)
        if not words:
            return None
        surfaces = quantulum_surfaces()
        pieces = words.group(0).split()
        for count in range(len(pieces), 0, -1):
            candidate = " ".join(pieces[:count])
            name = surfaces.get(candidate.lower())
            if name is not None:
                end = start + len(" ".join(words.group(0).split(" ")[:count]))
                return UnitHit(start, end, name, "other", Decimal(1), None, "quantulum3")
        return None


def _letter_at(text: str, pos: int) -> bool:
    return pos < len(text) and (text[pos].isalpha() or text[pos].isdigit())


@lexicon_cache(maxsize=1)
def quantulum_surfaces() -> dict[str, str]:
    """quantulum3's physical unit surfaces (4+ letters, lower-cased) to the unit's name,
    from the ``fallback_units`` lexicon (built from quantulum3 by
    ``tools/build_fallback_units.py``, so no process builds quantulum3's table).

    >>> quantulum_surfaces()["kelvins"]
    'kelvin'
    """
    table: dict[str, str] = {}
    for entry in load_lexicon("fallback_units").entries:
        for surface in entry.surfaces:
            table.setdefault(surface, entry.unit)
    return table


@lexicon_cache(maxsize=1)
def unit_matcher() -> UnitMatcher:
    """The matcher built from the installed lexicons (cached; clear with
    :func:`sinorus_facts.lexicons.reload_lexicons`)."""
    names = load_lexicon("number_names").entries
    contexts: dict[str, tuple[str, ...]] = {}
    for entry in names:
        if getattr(entry, "label", None) == "unit_context" and getattr(entry, "kind", None):
            contexts[entry.kind] = (*contexts.get(entry.kind, ()), *entry.words)
    return UnitMatcher(
        tuple(load_lexicon("units").entries),
        tuple(load_lexicon("scale_words").entries),
        tuple(load_lexicon("rates").entries),
        tuple(
            w
            for e in names
            if getattr(e, "label", None) in ("spaced_symbol_after", "time_word")
            for w in e.words
        ),
        contexts,
    )
