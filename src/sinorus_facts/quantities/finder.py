"""Finding the quantities of a sentence in its text (pure: no model needed).

A number is found first (digits, number words, "hundreds of", "doubled"); then the words
around it are read: a scale ("billion"), a unit after it or a currency before it (see
:mod:`sinorus_facts.quantities.units`), a rate ("per hour"), a bound before or after
("more than", "or more") and a change ("increased by", "a 15% rise", "nine times more").
Neighbouring figures are then paired into ranges and from/to changes
(:mod:`sinorus_facts.quantities.combine`).

>>> [(q.value, q.unit, q.bound) for q in find_quantities("It is likely to surpass 100 billion U.S. dollars.")]
[(Decimal('100000000000'), 'USD', '>')]
>>> [(q.value, q.unit, q.change) for q in find_quantities("Trade rose 15% in 2017.")]
[(Decimal('15'), '%', 'increase')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from sinorus_facts.lexicons import CueEntry, NumberWordEntry, load_lexicon
from sinorus_facts.quantities.combine import combine_mentions
from sinorus_facts.quantities.exclusions import excluded_spans, is_year_like
from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.numbers import as_decimal, parse_digits, words_value
from sinorus_facts.quantities.units import UnitHit, UnitMatcher, _alternation, unit_matcher

__all__ = ["QuantityFinder", "find_quantities", "quantity_finder"]

# A number written with digits, not glued to a word before it.
# Matches "3,812", "12,000,000", "1 000 000" (no-break spaces), "18,8" (decimal comma
# before a word), "31.2", "2017", ".5"; not the "20" of "G20" nor the "5" of "1.5".
DIGITS = re.compile(
    r"""
    (?<![\w.,])
    (?:
        \d{1,3}(?:,\d{3})+(?:\.\d+)?
      | \d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?
      | \d+,\d{1,2}(?=[ \u00a0]*(?:[^\W\d_]|%|$))
      | \d+(?:\.\d+)?
      | \.\d+
    )
    (?!\d)
    """,
    re.VERBOSE,
)

# What may follow a number and still leave it a number: not ".5" of "1.5.2", not ":20".
# Matches the ".11" of "17.11.2017" and the ":20" of "16:20".
NUMBER_CONTINUES = re.compile(r"[.,:]\d")

# Words a bare year is read after: "in 2015", "since 2009", "by 2020", "the 2018".
YEAR_CONTEXT = re.compile(
    r"\b(?:in|since|by|until|till|from|to|of|for|during|year|years|early|late|mid|the|and|or|"
    r"before|after|through|between|around|circa|than)[\s\u00a0-]*\Z",
    re.IGNORECASE,
)

# A plural-looking lower-case word after a bare four-digit number: "1500 cars".
PLURAL_AFTER = re.compile(r"[ \u00a0]+(?P<word>[a-z]+s)\b")

# Words ending in "s" that are not plural nouns.
NOT_PLURAL = frozenset(
    "was is has as this thus its his plus us always across unless versus less was does "
    "yes gas news series means".split()
)

# A capitalised word just before a bare number makes it part of a name: "Boeing 737",
# "Section 427", "Group of 20", "Power of Siberia 2". Group "word" is that word.
NAME_BEFORE = re.compile(r"(?P<word>\b[A-Z][A-Za-z]*|\b[A-Z]{2,})(?:[ \u00a0]+of)?[ \u00a0]+\Z")

# Blanks.
BLANKS = re.compile(r"[ \t\u00a0\u202f\u2009]*")


@dataclass(frozen=True)
class _Core:
    start: int
    end: int
    value: Decimal
    words: bool = False
    vague: bool = False
    bound: str = "="
    factor: bool = False


class QuantityFinder:
    """Finds quantities in text, with patterns built once from the lexicons."""

    def __init__(self, units: UnitMatcher) -> None:
        self.units = units
        number_words = [e for e in load_lexicon("number_words").entries if isinstance(e, NumberWordEntry)]
        plain = [w for e in number_words if e.role in ("unit", "ten", "hundred", "fraction") for w in e.words]
        multiplying = [w for e in number_words if e.role in ("hundred", "fraction") for w in e.words]
        scales = [w for e in load_lexicon("scale_words").entries for w in e.words]
        word, mult, scale = _alternation(plain), _alternation(multiplying), _alternation(scales)
        sequence = rf"(?:{word})(?:(?:\s+and\s+|\s+|-)(?:(?:a|an)\s+)?(?:{word}))*"
        # A number in words: "nine", "twenty-five", "one hundred and twenty", "a hundred",
        # "a million" (the "a"; the scale word is read after), "two and a half",
        # "half a (billion)"; never the "a" of "a two-day forum".
        self.word_number = re.compile(
            rf"(?<![\w-])(?:(?:a|an)\s+(?=(?:{mult}))(?:{sequence})"
            rf"|(?:a|an)(?=\s+(?:{scale}))"
            rf"|{sequence}(?:\s+(?:a|an)(?=\s+(?:{scale})))?)(?!\w)",
            re.IGNORECASE,
        )
        self._vague: dict[str, NumberWordEntry] = {}
        for entry in number_words:
            if entry.role == "vague_plural":
                for phrase in entry.words:
                    self._vague[" ".join(phrase.lower().split())] = entry
        # A vague plural: "hundreds of", "tens of thousands of".
        self.vague_number = re.compile(rf"(?<![\w-])(?:{_alternation(list(self._vague))})", re.IGNORECASE)
        self._fraction_words = {w.lower() for e in number_words if e.role == "fraction" for w in e.words}
        self._load_cues()

    def _load_cues(self) -> None:
        bounds = [e for e in load_lexicon("bounds").entries if isinstance(e, CueEntry)]
        changes = [e for e in load_lexicon("changes").entries if isinstance(e, CueEntry)]
        self._bound_before = _cue_table(e for e in bounds if e.position == "before")
        self._bound_after = _cue_table(e for e in bounds if e.position == "after")
        self._change_before = _cue_table(e for e in changes if e.position == "before" and e.change in ("increase", "decrease"))
        self._change_after = _cue_table(e for e in changes if e.position == "after")
        self._change_around = _cue_table(e for e in changes if e.position == "around" and e.value is None)
        self._factor_words = _cue_table(e for e in changes if e.value is not None)
        auxiliaries = [w for e in changes if e.label == "auxiliary" for w in e.words]
        # A bound right before a figure: "more than ", "up to ", "exceeds " (+ article).
        self.bound_before = _ending_pattern(self._bound_before)
        # A change verb right before a figure (or its bound): "increased by ", "up ".
        self.change_before = _ending_pattern(self._change_before)
        # A bound after a figure: " or more", "-plus", "+".
        self.bound_after = re.compile(rf"[ \u00a0]*(?:{_alternation(list(self._bound_after))})", re.IGNORECASE)
        # A change after a figure: " increase", " growth", " higher", " times more", "-fold".
        self.change_after = re.compile(rf"[ \u00a0]*(?:{_alternation(list(self._change_after))})", re.IGNORECASE)
        # A change noun a few words before a percent: "growth exceeds 35%", "a rise of 5%".
        self.change_around = re.compile(
            rf"\b(?P<cue>{_alternation(list(self._change_around))})(?:[ \u00a0]+[A-Za-z']+){{0,3}}[ \u00a0]*\Z",
            re.IGNORECASE,
        )
        # A multiplier word: "doubled", "fourfold", "twice as much as", "halved".
        self.factor_word = re.compile(rf"(?<![\w-])(?:{_alternation(list(self._factor_words))})", re.IGNORECASE)
        # A word that shows "double"/"triple" is a verb: "expected to double".
        self.verb_marker = re.compile(rf"\b(?:{_alternation(auxiliaries)})[ \u00a0]+\Z", re.IGNORECASE)

    # ------------------------------------------------------------------------------------
    def find(self, text: str) -> list[QuantityMention]:
        """All quantities of ``text``, in text order, none overlapping."""
        blocked = [(s, e, why) for s, e, _, why in excluded_spans(text)]
        mentions: list[QuantityMention] = []
        for core in self._cores(text):
            if self._is_blocked(text, core, blocked):
                continue
            mention = self._read(text, core)
            if mention is not None and not self._is_year_or_name(text, core, mention):
                mentions.append(mention)
        mentions.sort(key=lambda m: (m.start, -m.end))
        kept: list[QuantityMention] = []
        for mention in mentions:
            if kept and mention.number_start < kept[-1].end and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return combine_mentions(text, kept)

    def _cores(self, text: str) -> list[_Core]:
        cores: list[_Core] = []
        for match in DIGITS.finditer(text):
            if NUMBER_CONTINUES.match(text, match.end()):
                continue
            value = parse_digits(match.group(0))
            if value is not None:
                cores.append(_Core(match.start(), match.end(), value))
        for match in self.vague_number.finditer(text):
            entry = self._vague[" ".join(match.group(0).lower().split())]
            cores.append(_Core(match.start(), match.end(), as_decimal(entry.value), vague=True, bound=entry.bound))
        taken = [(c.start, c.end) for c in cores]
        for match in self.word_number.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            words = re.findall(r"[A-Za-z]+", match.group(0))
            if all(w.lower() in self._fraction_words | {"a", "an"} for w in words) and not self.units.scale_after(text, match.end()):
                continue  # "half" alone is not a number ("the first half")
            value = words_value(words)
            if value is not None:
                cores.append(_Core(match.start(), match.end(), value, words=True))
        for match in self.factor_word.finditer(text):
            entry = self._factor_words[" ".join(match.group(0).lower().split())]
            if entry.label == "verb" and not self.verb_marker.search(text[max(0, match.start() - 20) : match.start()]):
                continue  # "a double freeze plan" is not a doubling
            cores.append(_Core(match.start(), match.end(), as_decimal(entry.value or 0), factor=True))
        cores.sort(key=lambda c: (c.start, -c.end))
        return cores

    @staticmethod
    def _is_blocked(text: str, core: _Core, blocked: list[tuple[int, int, str]]) -> bool:
        return any(s < core.end and core.start < e for s, e, _ in blocked)

    def _is_year_or_name(self, text: str, core: _Core, mention: QuantityMention) -> bool:
        bare = mention.unit is None and not mention.scaled and mention.change is None
        if not bare or core.words or core.vague or core.factor:
            return False
        digits = text[core.start : core.end]
        if is_year_like(digits):
            if YEAR_CONTEXT.search(text[max(0, core.start - 12) : core.start]):
                return True
            plural = PLURAL_AFTER.match(text, core.end)
            return not (plural and plural.group("word") not in NOT_PLURAL)
        name = NAME_BEFORE.search(text[max(0, core.start - 40) : core.start])
        if name and "." not in digits:
            word_start = core.start - (len(text[max(0, core.start - 40) : core.start]) - name.start("word"))
            return word_start > 0 and not text[:word_start].rstrip().endswith((".", ":", "\n"))
        return False

    # ------------------------------------------------------------------------------------
    def _read(self, text: str, core: _Core) -> QuantityMention | None:
        if core.factor:
            return self._read_factor(text, core)
        units = self.units
        value = core.value
        pos = core.end
        multiplier = Decimal(1)
        currency = units.before(text, core.start) if not core.vague else None
        scale = units.scale_after(text, pos)
        if scale and scale.glued and currency is None and text[scale.start : scale.end] not in ("bn", "bln", "mln", "trn", "k", "K"):
            scale = None
        if scale:
            multiplier *= scale.scale
            pos = scale.end
        hyphen = text[pos : pos + 1] == "-" and text[pos + 1 : pos + 2].isalpha()
        unit_pos = pos + 1 if hyphen else pos
        unit: UnitHit | None = units.after(text, unit_pos, allow_space_symbols=bool(scale and not scale.glued))
        if unit is not None and hyphen and unit.start != unit_pos:
            unit = None
        if unit is not None and currency is not None and unit.kind != "currency":
            unit = None  # "$5 per tonne" is a price, read as a rate below
        if unit is None and currency is None and not hyphen and not core.vague:
            unit = units.fallback_after(text, pos)
        end = unit.end if unit is not None else pos
        chosen = currency if currency is not None else unit
        code = chosen.unit if chosen else None
        kind = chosen.kind if chosen else None
        if unit is not None:
            multiplier *= unit.scale
        elif currency is not None:
            multiplier *= currency.scale
        per = None
        if chosen is not None and not hyphen:
            rate = units.rate_after(text, end)
            if rate is not None and chosen.rate is None:
                if rate.kind == "time" and kind in ("mass", "volume", "energy"):
                    code, end = f"{code}/{rate.per}", rate.end
                elif rate.kind == "unit" and kind == "currency":
                    code, end = f"{code}/{rate.per}", rate.end
                elif rate.kind == "time" and kind in ("currency", "percent", "count"):
                    per, end = rate.per, rate.end
        start = currency.start if currency is not None else core.start
        unit_text = None
        if unit is not None:
            unit_text = text[unit.start : unit.end]
        elif currency is not None:
            unit_text = text[currency.start : currency.end]
        mention = QuantityMention(
            start=start, end=end, text=text[start:end], value=value * multiplier,
            unit=code, unit_kind=kind, unit_text=unit_text, bound=core.bound,
            number_start=core.start, number_end=core.end, scaled=scale is not None,
            multiplier=multiplier,
            attributive=hyphen and unit is not None, vague=core.vague, word_number=core.words,
            per=per,
        )
        return self._read_cues(text, mention)

    def _read_factor(self, text: str, core: _Core) -> QuantityMention:
        end = core.end
        after = self.change_after.match(text, end)
        if after and self._change_after[_norm(after.group(0))].change == "increase":
            end = after.end()
        mention = QuantityMention(
            start=core.start, end=end, text=text[core.start:end], value=core.value, unit="x",
            unit_kind="multiplier", change="factor", number_start=core.start, number_end=core.end,
        )
        return self._read_bound_before(text, mention)

    def _read_cues(self, text: str, mention: QuantityMention) -> QuantityMention:
        end = mention.end
        after_bound = self.bound_after.match(text, end)
        if after_bound and not text[after_bound.end() : after_bound.end() + 1].isalnum():
            entry = self._bound_after[_norm(after_bound.group(0))]
            mention = mention.with_(bound=entry.bound or "=", end=after_bound.end())
            end = after_bound.end()
        after_change = self.change_after.match(text, end)
        if after_change:
            entry = self._change_after[_norm(after_change.group(0))]
            if entry.change == "factor" and mention.unit is None and not mention.scaled:
                mention = mention.with_(unit="x", unit_kind="multiplier", change="factor", end=after_change.end())
            elif entry.change in ("increase", "decrease") and mention.unit_kind in ("percent", "currency"):
                mention = mention.with_(change=entry.change, end=after_change.end())
        mention = self._read_bound_before(text, mention)
        left = mention.start
        if mention.change is None:
            window = text[max(0, left - 40) : left]
            verb = self.change_before.search(window)
            if verb:
                entry = self._change_before[_norm(verb.group("cue"))]
                mention = mention.with_(change=entry.change)
            elif mention.unit_kind == "percent":
                noun = self.change_around.search(text[max(0, left - 40) : left])
                if noun and not re.search(r"\d", noun.group(0)):
                    mention = mention.with_(change=self._change_around[_norm(noun.group("cue"))].change)
        return mention.with_(text=text[mention.start : mention.end])

    def _read_bound_before(self, text: str, mention: QuantityMention) -> QuantityMention:
        window_start = max(0, mention.start - 40)
        found = self.bound_before.search(text[window_start : mention.start])
        if not found:
            return mention.with_(text=text[mention.start : mention.end])
        entry = self._bound_before[_norm(found.group("cue"))]
        start = window_start + found.start("cue")
        bound = entry.bound or "="
        if mention.bound != "=" and bound == "~":
            bound = mention.bound  # "some hundreds of" stays "more than"
        return mention.with_(bound=bound, start=start, text=text[start : mention.end])


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _cue_table(entries: object) -> dict[str, CueEntry]:
    table: dict[str, CueEntry] = {}
    for entry in entries:  # type: ignore[attr-defined]
        for word in entry.words:
            table.setdefault(_norm(word), entry)
    return table


def _ending_pattern(table: dict[str, CueEntry]) -> re.Pattern[str]:
    """A cue that ends right before a figure, with blanks and maybe an article between."""
    return re.compile(
        rf"(?:^|(?<=[\s(\"“'‘]))(?P<cue>{_alternation(list(table))})"
        r"[ \u00a0]+(?:(?:a|an|the|some)[ \u00a0]+)?\Z",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def quantity_finder() -> QuantityFinder:
    """The finder built from the installed lexicons (cached)."""
    return QuantityFinder(unit_matcher())


def find_quantities(text: str) -> list[QuantityMention]:
    """Find every quantity in ``text`` (a sentence or any short text).

    >>> [(q.value, q.high, q.unit) for q in find_quantities("30,000–35,000 tonnes")]
    [(Decimal('30000'), Decimal('35000'), 't')]
    """
    return quantity_finder().find(text)
