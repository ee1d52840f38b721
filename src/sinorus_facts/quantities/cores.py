"""The numbers of a text, before their units are read (pure: no model).

A core is the stretch that holds a number and its value: digits ("3,812", "-5", "$US240"
glued to its currency), number words ("thirty-one thousand four hundred"), vague plurals
("hundreds of"), fractions ("a third of", "two-thirds", "1/2", "two out of five"),
scientific notation ("6.67×10−11") and multiplier words ("doubled"). What stands around it
(scale, unit, bound, change) is read by :mod:`sinorus_facts.quantities.finder`.

>>> [(text[c.start:c.end], str(c.value)) for text in ["Nearly two-thirds of 6 hundred"]
...  for c in core_finder().find(text)]
[('two-thirds', '0.6666666666666666666666666667'), ('6 hundred', '600')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sinorus_facts.lexicons import CueEntry, NumberWordEntry, lexicon_cache, load_lexicon
from sinorus_facts.quantities.numbers import (
    as_decimal,
    fraction_value,
    parse_digits,
    power_of_ten,
    words_value,
)
from sinorus_facts.quantities.units import UnitMatcher, _alternation, unit_matcher

__all__ = ["CoreFinder", "NumberCore", "core_finder"]

# The patterns below that start at a digit open with a look-ahead for it ("(?=\d)"), which
# lets the engine pass over every other character fast; it changes no match.

# A run of Latin letters: "two" and "hundred" in "two hundred".
LETTERS = re.compile(r"[A-Za-z]+")
# A mark that ends a clause: the "," in "Exports, which grew twice".
CLAUSE_MARK = re.compile(r"[,;:.!?]")

# A number written with digits, not glued to digits or a decimal point before it.
# Matches "3,812", "12,000,000", "1 000 000" (no-break spaces), "18,8" (decimal comma
# before a word), "31.2", "2017", ".75"; not the "5" of "1.5". Digits glued to letters
# ("G20", "USD25m") are kept only after a currency code (checked in code).
DIGITS = re.compile(
    r"""
    (?=[\d.])(?<![\d.,])
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

# Thousands grouped by plain spaces, as wire copy from Russia prints them: "38 000",
# "1 450 000"; never a phone number ("495 123 4567") nor a number after another ("in 2019 100").
SPACE_GROUPED = re.compile(r"(?<![\d.,])(?<!\d[ ])\d{1,3}(?:[ ]\d{3})+(?:\.\d+)?(?![ ]?\d|[.,]\d)")

# Digits with a blank (or a point and a blank or line break) between them: "45 000", "36. 4",
# "6.\n\n5"; a text without one has no space-grouped number nor scraped decimal.
DIGITS_APART = re.compile(r"\d(?:\.?[ \u00a0]|\.[ \t\u00a0]*\n\s*)\d")

# The stray blank after a decimal point of scraped copy: the ". " of "41. 6 million".
SCRAPED_POINT = re.compile(r"\.(?:[ \u00a0]|[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){1,2})")

# A month name right before a number, which makes its first group a day: "May 15 200".
MONTH_THEN_BLANK = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]\Z"
)

# What may follow a number and still leave it a number: not ".5" of "1.5.2", not ":20".
# Matches the ".11" of "17.11.2017" and the ":20" of "16:20".
NUMBER_CONTINUES = re.compile(r"[.,:]\d")

# A sign glued to the digits, after a blank, a bracket or a currency: "-7 metres",
# "+0.4%", "$-12.5bn", "(−2%)".
SIGN_BEFORE = re.compile(r"(?:^|(?<=[\s(\[$€£¥=/]))(?P<sign>[-−+])\Z")

# "minus" before the digits: "minus 45 Celsius", "minus-60 degrees".
MINUS_BEFORE = re.compile(r"\bminus[- \u00a0]?\Z", re.IGNORECASE)

# A capitalised word and a blank before a sign: the "Su " of "Su -27".
NAME_THEN_BLANK = re.compile(r"[A-Z][A-Za-z]*[ \u00a0]\Z")

# "hundred" after digits: "6 hundred", "3 hundred million".
DIGITS_HUNDRED = re.compile(r"[ \u00a0]+hundred\b", re.IGNORECASE)

# A fraction with digits, maybe after a whole number: "1/2", "1⁄8", "12 1/2".
DIGIT_FRACTION = re.compile(
    r"(?=\d)(?<![\d./⁄])(?:(?P<whole>\d{1,3})[ \u00a0]+)?(?P<num>\d{1,3})[/⁄](?P<den>\d{1,4})(?![\d/⁄])"
)

# A fraction written as one character, maybe after a whole number: "½", "2½", "1 ¾".
VULGAR_FRACTION = re.compile(
    r"(?=[\d½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])(?<![\d.,])(?:(?P<whole>\d{1,3})[ \u00a0]?)?(?P<frac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
)

# The value of each one-character fraction (Unicode's vulgar fractions).
VULGAR_VALUES = dict(
    zip(
        "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞",
        (
            (1, 2),
            (1, 3),
            (2, 3),
            (1, 4),
            (3, 4),
            (1, 5),
            (2, 5),
            (3, 5),
            (4, 5),
            (1, 6),
            (5, 6),
            (1, 8),
            (3, 8),
            (5, 8),
            (7, 8),
        ),
        strict=True,
    )
)

# What must follow a fraction written with digits or spaced words: "of" or a unit.
# Matches " of" in "1/16 of a pint".
OF_AFTER = re.compile(r"[ \u00a0]+(?:of|the|its|their|his|her|our|all)\b", re.IGNORECASE)

# The end of a clause right after a fraction in words, which makes "one sixth" a share
# and not a rank: the "." of "a chance of one sixth." (never "one fifth-generation jet").
FRACTION_ENDS = re.compile(r"[ \u00a0]*(?:[.,;:!?)]|$)")

# A verb of a share right before a fraction, perhaps hedged: "accounted for roughly " in
# "Wheat accounted for roughly a third.", "made up ", "represents almost ".
SHARE_VERB_BEFORE = re.compile(
    r"\b(?:accounted|accounts?|made|makes?|represented|represents?|comprised|comprises?"
    r"|constituted|constitutes?)(?:[\s\u00a0]+(?:for|up))?"
    r"(?:[\s\u00a0]+(?:roughly|about|around|nearly|almost|some|over|under|just|more\s+than"
    r"|less\s+than|barely|only)){0,2}[\s\u00a0]+\Z",
    re.IGNORECASE,
)

# "by" right before a fraction in words that sizes a change: "rose by a third", "fell by half".
BY_BEFORE = re.compile(r"\bby[ \u00a0]+\Z", re.IGNORECASE)

# What may follow the size of a change in words (never a noun: "by a third party"): the end of
# the clause or a word that goes on with the change ("fell by a third to $2 billion", "rose by
# a quarter in 2022", "by half year on year").
CHANGE_ENDS = re.compile(
    r"[ \u00a0]*(?:[.,;:!?)]|$)|[ \u00a0]+(?:to|in|from|on|over|since|compared|against|versus"
    r"|year|y/y|last|this|and|while|as|after|during|between)\b",
    re.IGNORECASE,
)

# "half" that sizes a change: "fell by half" (three characters before it: "by ").
BY_HALF = re.compile(r"(?<=\bby )half\b", re.IGNORECASE)

# Scientific notation: "6.67×10−11", "3.2 x 10^9", "6×10²³".
SCIENTIFIC = re.compile(
    r"(?=\d)(?<![\d.,])(?P<m>\d+(?:\.\d+)?)[ \u00a0]*"
    r"(?:[×✕][ \u00a0]*10[ \u00a0]*(?:\^|\*\*)?(?P<e1>[-−–+]?\d{1,3}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    r"|[xX*][ \u00a0]*10[ \u00a0]*(?:\^|\*\*)(?P<e2>[-−–+]?\d{1,3})"
    r"|[xX*][ \u00a0]*10(?P<e3>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))(?![\d.])"
)

# Words before "half" that make it a period or part of a name: "the first half of".
HALF_PERIOD_BEFORE = re.compile(
    r"\b(?:first|second|the|latter|other|back|a|an|one|and)[ \u00a0]+\Z", re.IGNORECASE
)

# A figure (and up to two words) right before an article, which makes "a dollar" a rate and
# not one dollar: "65 rubles to " in "65 rubles to a dollar", "5.2 " in "5.2 a dollar".
FIGURE_BEFORE = re.compile(r"\d[\d.,]*%?[ \u00a0]*(?:[^\s\d]+[ \u00a0]+){0,2}\Z")

# The end of a sentence or clause before a capitalised word: ". ", ": ", a line break.
CLAUSE_START = re.compile(r"(?:^|[.:;!?\n\"“(]|[-–—]\s)[\s\"“'‘(]*\Z")


@dataclass(frozen=True)
class NumberCore:
    """A number found in a text: where, its value, and what kind of number it is."""

    start: int
    end: int
    value: Decimal
    words: bool = False
    vague: bool = False
    bound: str = "="
    factor: bool = False
    sign: str = ""
    fraction: bool = False
    article: bool = False  # "a" or "an" counting one unit: "a gallon", "a penny"


class CoreFinder:
    """Finds number cores, with patterns built once from the lexicons."""

    def __init__(self, units: UnitMatcher) -> None:
        self.units = units
        entries = [
            e for e in load_lexicon("number_words").entries if isinstance(e, NumberWordEntry)
        ]
        plain = [
            w for e in entries if e.role in ("unit", "ten", "hundred", "fraction") for w in e.words
        ]
        multiplying = [w for e in entries if e.role in ("hundred", "fraction") for w in e.words]
        scales = [w for e in load_lexicon("scale_words").entries for w in e.words]
        word, mult, scale = _alternation(plain), _alternation(multiplying), _alternation(scales)
        sequence = rf"(?:{word})(?:(?:\s+(?:and|&)\s+|\s+|-)(?:(?:a|an)\s+)?(?:{word}))*"
        # A number in words: "nine", "twenty-five", "one hundred and twenty", "a hundred",
        # "a million" (the "a"; the scale word is read after), "two and a half",
        # "half a (billion)"; never the "a" of "a two-day forum".
        self.word_number = re.compile(
            rf"(?<![\w-])(?:(?:a|an)\s+(?=(?:{mult}))(?:{sequence})"
            rf"|(?:a|an)(?=\s+(?:{scale}))"
            rf"|{sequence}(?:\s+(?:a|an)(?=\s+(?:{scale})))?)(?!\w)",
            re.IGNORECASE,
        )
        percent = _alternation(
            [
                w
                for e in load_lexicon("units").entries
                if e.kind == "percent"
                for w in (*e.after, *e.symbols)
            ]
        )
        # A decimal of scraped wire copy with a blank after its point, before a scale word
        # or a percent: "41. 6 million tonnes", "7. 4%", or a line break or a blank line:
        # "6.\n\n5 percent" (never "in 2018. 5 firms").
        self.scraped_decimal = re.compile(
            rf"(?<![\d.,])\d{{1,3}}\.(?:[ \u00a0]|[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){{1,2}})\d{{1,3}}(?=[ \u00a0]?(?:{percent})|[ \u00a0](?:{scale}))",
            re.IGNORECASE,
        )
        # A scale word inside a number in words, and the words after it: "thousand six
        # hundred fifty-one" in "thirty-one thousand four hundred fifty-one".
        self.inner_scale = re.compile(
            rf"[ \u00a0]+(?P<scale>{scale})(?:,?[ \u00a0]+(?:(?:and|&)[ \u00a0]+)?)(?=\w)",
            re.IGNORECASE,
        )
        self._scales = {
            w.lower(): as_decimal(e.scale)
            for e in load_lexicon("scale_words").entries
            for w in e.words
        }
        self._vague = {
            " ".join(p.lower().split()): e
            for e in entries
            if e.role == "vague_plural"
            for p in e.words
        }
        # A vague plural: "hundreds of", "tens of thousands of".
        self.vague_number = re.compile(
            rf"(?<![\w-])(?:{_alternation(list(self._vague))})", re.IGNORECASE
        )
        self._hundreds = {w.lower() for e in entries if e.role == "hundred" for w in e.words}
        self._fraction_words = {w.lower() for e in entries if e.role == "fraction" for w in e.words}
        self._numerators = {
            w.lower(): as_decimal(e.value)
            for e in entries
            if e.role in ("unit", "article") and 1 <= e.value <= 10
            for w in e.words
        }
        self._denominators = {
            w.lower(): as_decimal(e.value)
            for e in entries
            if e.role == "denominator"
            for w in e.words
        }
        # A fraction in words: "a third", "two-thirds", "one fourth", "three quarters".
        self.word_fraction = re.compile(
            rf"(?<![\w-])(?P<num>{_alternation(list(self._numerators))})(?P<gap>[ \u00a0]+|-)"
            rf"(?P<den>{_alternation(list(self._denominators))})(?![\w-])",
            re.IGNORECASE,
        )
        small = _alternation([w for w in self._numerators if w not in ("a", "an")])
        # A ratio: "two out of five", "1 in 5".
        self.ratio = re.compile(
            rf"(?<![\w.,-])(?P<a>\d{{1,3}}|{small})[ \u00a0]+(?P<link>out[ \u00a0]+of|in)[ \u00a0]+"
            rf"(?P<b>\d{{1,4}}|{small}|twenty|fifty|hundred)(?![\w-]|[.,]\d)",
            re.IGNORECASE,
        )
        # "half" as a share: "half the wells", "nearly half of them".
        self.half = re.compile(
            r"(?<![\w-])half(?=[ \u00a0]+(?:of|the|its|their|his|her|our|all)\b)", re.IGNORECASE
        )
        ones = [
            w
            for e in load_lexicon("number_names").entries
            if getattr(e, "label", None) == "one_by_article"
            for w in e.words
        ]
        # "a" or "an" right before a unit it counts as one: the "a" of "a gallon of diesel",
        # "an ounce", "a penny" (the unit is read after it as after any number).
        self.article_one = re.compile(
            rf"(?<![\w-])(?:a|an)(?=[ \u00a0]+(?:{_alternation(ones) or '(?!)'})(?![\w-]))",
            re.IGNORECASE,
        )
        factors = [
            e
            for e in load_lexicon("changes").entries
            if isinstance(e, CueEntry) and e.value is not None
        ]
        self._factor_words = {" ".join(w.lower().split()): e for e in factors for w in e.words}
        auxiliaries = [
            w
            for e in load_lexicon("changes").entries
            if isinstance(e, CueEntry) and e.label == "auxiliary"
            for w in e.words
        ]
        # A multiplier word: "doubled", "fourfold", "twice as much as", "halved".
        self.factor_word = re.compile(
            rf"(?<![\w-])(?:{_alternation(list(self._factor_words))})", re.IGNORECASE
        )
        # After a bare "twice", a word of comparison makes it a multiplier: "twice higher".
        compared = [
            w
            for e in load_lexicon("changes").entries
            if isinstance(e, CueEntry) and e.label == "bare_factor_after"
            for w in e.words
        ]
        self.bare_factor_after = re.compile(
            rf"[ \u00a0]+(?:{_alternation(compared) or '(?!)'})\b", re.IGNORECASE
        )
        # Before it, a verb of change does: "exports grew twice", "rose almost twice".
        self.change_verbs = frozenset(
            w.lower()
            for e in load_lexicon("changes").entries
            if isinstance(e, CueEntry) and e.id in ("increase_verbs", "decrease_verbs")
            for w in e.words
            if " " not in w
        )
        # A word that shows "double"/"triple" is a verb: "expected to double".
        self.verb_marker = re.compile(
            rf"\b(?:{_alternation(auxiliaries)})[ \u00a0]+\Z", re.IGNORECASE
        )

    # ------------------------------------------------------------------------------------
    def find(self, text: str) -> list[NumberCore]:
        """Every number core of ``text``, in text order, none overlapping (longest first)."""
        cores = [*self._special(text), *self._digits(text), *self._vague_cores(text)]
        cores.extend(self._word_cores(text, [(c.start, c.end) for c in cores]))
        cores.extend(self._factor_cores(text))
        cores.extend(self._article_cores(text))
        cores.sort(key=lambda c: (c.start, -c.end))
        kept: list[NumberCore] = []
        for core in cores:
            if kept and core.start < kept[-1].end:
                continue
            kept.append(core)
        return kept

    def _digit_matches(self, text: str) -> list[tuple[int, int, str]]:
        """Where digits stand: the plain matches, a space-grouped number over its groups."""
        found = [(m.start(), m.end(), m.group(0)) for m in DIGITS.finditer(text)]
        if not DIGITS_APART.search(text):
            return found
        grouped = [
            (m.start(), m.end(), m.group(0))
            for m in SPACE_GROUPED.finditer(text)
            if not MONTH_THEN_BLANK.search(text[max(0, m.start() - 10) : m.start()])
        ]
        grouped += [(m.start(), m.end(), m.group(0)) for m in self.scraped_decimal.finditer(text)]
        if not grouped:
            return found
        inside = [(s, e) for s, e, _ in grouped]
        return sorted([*grouped, *(f for f in found if not any(s <= f[0] < e for s, e in inside))])

    def _digits(self, text: str) -> list[NumberCore]:
        cores = []
        for start, end, digits in self._digit_matches(text):
            if NUMBER_CONTINUES.match(text, end):
                continue
            if start and text[start - 1].isalpha():
                glued = self.units.before(text, start) or self.units.before_money(text, start, end)
                if glued is None or glued.end != start or glued.kind != "currency":
                    continue  # "G20", "S22", "M50": a name, not a number
            value = parse_digits(SCRAPED_POINT.sub(".", digits))
            if value is None:
                continue
            hundred = DIGITS_HUNDRED.match(text, end)
            if hundred:
                value, end = value * 100, hundred.end()
            sign, start = self._sign(text, start, digits)
            if sign == "?":
                continue
            cores.append(NumberCore(start, end, -value if sign == "-" else value, sign=sign))
        return cores

    @staticmethod
    def _sign(text: str, start: int, digits: str) -> tuple[str, int]:
        """The sign written before the digits ("-", "+", "" for none, "?" for the dash of
        a name written apart), and where the number then starts."""
        before = text[max(0, start - 12) : start]
        minus = MINUS_BEFORE.search(before)
        if minus:
            return "-", start - (len(before) - minus.start())
        found = SIGN_BEFORE.search(before)
        if not found:
            return "", start
        if "." not in digits and NAME_THEN_BLANK.search(before[: found.start()]):
            return "?", start  # "Su -27": a name written apart, no number at all
        return ("-" if found.group("sign") in "-−" else "+"), start - 1

    def _vague_cores(self, text: str) -> list[NumberCore]:
        cores = []
        for match in self.vague_number.finditer(text):
            entry = self._vague[" ".join(match.group(0).lower().split())]
            cores.append(
                NumberCore(
                    match.start(),
                    match.end(),
                    as_decimal(entry.value),
                    vague=True,
                    bound=entry.bound,
                )
            )
        return cores

    def _word_cores(self, text: str, taken: list[tuple[int, int]]) -> list[NumberCore]:
        cores = []
        for match in self.word_number.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            words = LETTERS.findall(match.group(0))
            lowered = {w.lower() for w in words}
            if lowered <= self._fraction_words | {"a", "an"} and not self.units.scale_after(
                text, match.end()
            ):
                continue  # "half" alone is not a number ("the first half")
            if lowered <= self._hundreds:
                continue  # "several hundred", "a baker's dozen": no number of its own
            if words[0][0].isupper() and not CLAUSE_START.search(
                text[max(0, match.start() - 4) : match.start()]
            ):
                continue  # "Formula One", "Channel Five": a name
            value = words_value(words)
            if value is None:
                continue
            value, end = self._inner_scales(text, value, match.end())
            cores.append(NumberCore(match.start(), end, value, words=True))
        return cores

    def _inner_scales(self, text: str, value: Decimal, end: int) -> tuple[Decimal, int]:
        """ "thirty-one thousand four hundred fifty-one": a scale word followed by a smaller
        number in words joins both into one number."""
        scale = self.inner_scale.match(text, end)
        if not scale:
            return value, end
        rest = self.word_number.match(text, scale.end())
        if not rest:
            return value, end
        size = self._scales[scale.group("scale").lower()]
        tail = words_value(LETTERS.findall(rest.group(0)))
        if tail is None or tail >= size:
            return value, end
        if tail < 1:
            return (value + tail) * size, rest.end()  # "three million and a half": 3.5 million
        tail_value, tail_end = self._inner_scales(text, tail, rest.end())
        return value * size + tail_value, tail_end

    def _special(self, text: str) -> list[NumberCore]:
        """Scientific notation, fractions and ratios."""
        cores = []
        for match in SCIENTIFIC.finditer(text):
            value = power_of_ten(
                match.group("m"), match.group("e1") or match.group("e2") or match.group("e3")
            )
            if value is not None:
                cores.append(NumberCore(match.start(), match.end(), value))
        return cores + self._fractions(text) + self._ratios(text)

    def _fractions(self, text: str) -> list[NumberCore]:
        """ "1/2 tonne", "12 1/2 km", "two-thirds", "a third of", "2½", "half the"."""
        cores = []
        for match in DIGIT_FRACTION.finditer(text):
            num, den = Decimal(match.group("num")), Decimal(match.group("den"))
            value = fraction_value(num, den)
            followed = (
                OF_AFTER.match(text, match.end())
                or self.units.after(text, match.end())
                or match.group("whole")
            )
            if value is not None and num < den and followed:
                whole = Decimal(match.group("whole") or 0)
                cores.append(NumberCore(match.start(), match.end(), whole + value, fraction=True))
        for match in self.word_fraction.finditer(text):
            value = fraction_value(
                self._numerators[match.group("num").lower()],
                self._denominators[match.group("den").lower()],
            )
            plural = match.group("den").lower().endswith("s") and match.group(
                "num"
            ).lower() not in ("a", "an", "one")
            joined = (
                match.group("gap") == "-"
                or plural
                or OF_AFTER.match(text, match.end())
                or (
                    match.group("num").lower() not in ("a", "an")
                    and FRACTION_ENDS.match(text, match.end())
                )
                or (
                    BY_BEFORE.search(text[max(0, match.start() - 8) : match.start()])
                    and CHANGE_ENDS.match(text, match.end())
                )
                or (
                    SHARE_VERB_BEFORE.search(text[max(0, match.start() - 50) : match.start()])
                    and FRACTION_ENDS.match(text, match.end())
                )
            )
            if value is not None and (joined or self.units.scale_after(text, match.end())):
                cores.append(
                    NumberCore(match.start(), match.end(), value, words=True, fraction=True)
                )
        for match in VULGAR_FRACTION.finditer(text):
            top, bottom = VULGAR_VALUES[match.group("frac")]
            part = fraction_value(Decimal(top), Decimal(bottom)) or Decimal(0)
            cores.append(
                NumberCore(
                    match.start(),
                    match.end(),
                    Decimal(match.group("whole") or 0) + part,
                    fraction=True,
                )
            )
        if "by half" in text.lower():
            for match in BY_HALF.finditer(text):
                if CHANGE_ENDS.match(text, match.end()):
                    cores.append(
                        NumberCore(
                            match.start(), match.end(), Decimal("0.5"), words=True, fraction=True
                        )
                    )
        for match in self.half.finditer(text):
            if not HALF_PERIOD_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
                cores.append(
                    NumberCore(
                        match.start(), match.end(), Decimal("0.5"), words=True, fraction=True
                    )
                )
        return cores

    def _ratios(self, text: str) -> list[NumberCore]:
        """ "two out of five", "1 in 5": a share written as a ratio (never "5 in 2019")."""
        cores = []
        for match in self.ratio.finditer(text):
            a, b = (self._small(match.group(k)) for k in ("a", "b"))
            if a is not None and b is not None and 0 < a < b <= 1000 and not (1500 <= b <= 2199):
                cores.append(
                    NumberCore(
                        match.start(),
                        match.end(),
                        fraction_value(a, b) or Decimal(0),
                        fraction=True,
                    )
                )
        return cores

    def _small(self, word: str) -> Decimal | None:
        if word.isdigit():
            return Decimal(word)
        return words_value([word])

    def _article_cores(self, text: str) -> list[NumberCore]:
        """ "a gallon", "a penny": one unit counted by its article; never after a figure,
        where "a dollar" is what a price is quoted in ("65 rubles to a dollar")."""
        cores = []
        for match in self.article_one.finditer(text):
            if not FIGURE_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
                cores.append(
                    NumberCore(match.start(), match.end(), Decimal(1), words=True, article=True)
                )
        return cores

    def _factor_cores(self, text: str) -> list[NumberCore]:
        cores = []
        for match in self.factor_word.finditer(text):
            entry = self._factor_words[" ".join(match.group(0).lower().split())]
            if entry.label == "verb" and not self.verb_marker.search(
                text[max(0, match.start() - 20) : match.start()]
            ):
                continue  # "a double freeze plan" is not a doubling
            if entry.label == "bare" and not self._bare_is_factor(text, match.start(), match.end()):
                continue  # "the leaders met twice" counts meetings, no multiplier
            cores.append(
                NumberCore(match.start(), match.end(), as_decimal(entry.value or 0), factor=True)
            )
        return cores

    def _bare_is_factor(self, text: str, start: int, end: int) -> bool:
        """Whether a bare "twice" multiplies: a comparison after it, or a verb of change among
        the five words before it in its clause ("grew twice", "twice higher")."""
        if self.bare_factor_after.match(text, end):
            return True
        before = text[max(0, start - 60) : start]
        clause = CLAUSE_MARK.split(before)[-1]
        return any(w in self.change_verbs for w in clause.lower().split()[-5:])


@lexicon_cache(maxsize=1)
def core_finder() -> CoreFinder:
    """The core finder built from the installed lexicons (cached)."""
    return CoreFinder(unit_matcher())
