"""Quantities in Russian text: the same :class:`QuantityMention` records the English finder
gives, from the ``lexicons/ru`` files and the morphology of the ``[ru]`` extra.

What Russian writes differently: the decimal comma ("202,2 млрд" is 202.2 billion) and
spaced thousands ("1 500" is fifteen hundred); scale and unit words in every case
("млрд кубометров", "миллиарда долларов", "тыс. туристов"); a count is any noun after a
number ("64 совместных проекта"), a count of people where the noun is a person; the
change is told by the verb or noun before "на N" ("вырос на 15,4%", "рост составил 4%");
"до" after a change says what the figure reached (a level), without one "up to";
"с A до B" is a change from A to B; "в два раза", "вдвое" a factor; "треть" a share.

>>> [(q.text, str(q.value), q.unit, q.change) for q in find_quantities("Экспорт вырос на 12,5% до $3,4 млрд.")]
[('12,5%', '12.5', '%', 'increase'), ('$3,4 млрд', '3400000000.0', 'USD', None)]
"""

from __future__ import annotations

import re
from decimal import Decimal

from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.quantities.lexical import (
    cue_pattern,
    elliptical_units,
    entry_of,
    lexical_pattern,
    lexicon_pattern,
    mention,
    priced,
    rated_unit,
    unit_of,
)
from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.ru_context import (
    WORD_AFTER,
    bound_before,
    change_before,
    comparative_after,
    counted_at,
    counted_subject,
    date_after,
    direction_of,
    figure_bound,
    incidental,
    last_change,
    scale_at,
    unit_at,
)

__all__ = ["find_quantities", "parse_number"]

LANG = "ru"

# A number in digits: spaced thousands and a decimal comma ("1 500", "202,2", "69,525"),
# not inside a word, a code or a dotted date ("Ту-214", "05.11.2024"), and not a time.
NUMBER = re.compile(
    r"""(?<![\w.,/:])(?<![A-Za-zА-Яа-яЁё]-)
    (?P<int>\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?!\d)|\d+)
    (?:,(?P<frac>\d+))?
    (?![\d]|[.:]\d)""",
    re.VERBOSE,
)

# A number in words and what it counts: "двух десятков", "двум", "тридцать".
WORD_NUMBER_LABELS = ("digit", "ten", "hundred")

# What stands between a figure and the words of its change ("на", "на почти").
BY = re.compile(
    r"(?:^|\s)на\s+(?:(?:всего|лишь|почти|более\s+чем|около|уже|еще|ещё)\s+)?\Z", re.IGNORECASE
)

# Words after which a figure is a level that the clause's change reached ("составил 4%"
# keeps a change noun's direction, "до 5%" never does).
LEVEL_BEFORE = re.compile(
    r"(?:^|\s)(?:до|составил\w*|составля\w*|достиг\w*)\s+\S*\s*\Z", re.IGNORECASE
)

# Up to two words between an amount and its rate ("12 млрд кубометров газа в год").
RATE_GAP = r"(?:\s+[а-яё]+){0,2}?"

# The year of a date: four digits from 1800 to 2199.
YEAR = re.compile(r"(?:18|19|20|21)\d\d")

# A hyphenated adjective of a term after a number: "30-летнего", "5-дневный".
TERM_ADJECTIVE = re.compile(r"-?\s*(?P<word>летн\w*|лет\w*|дневн\w*|месячн\w*)", re.IGNORECASE)

# What is no digit of a number in digits (the blanks of "1 500").
NOT_A_DIGIT = re.compile(r"\D")

# A time after a number: "10:30", "- 9:15" (the number is its hour, no figure).
TIME_AFTER = re.compile(r"\s*[-–—]?\s*\d{1,2}:\d\d")

# A Latin letter glued to a number ("5G"), a Latin word before it and one after ("Haval 6 Max").
LATIN = re.compile(r"[A-Za-z]")
LATIN_WORD_BEFORE = re.compile(r"[A-Za-z]\s\Z")
LATIN_WORD_AFTER = re.compile(r"\s[A-Za-z]")

# "на" after a bound word: "выше на 5%" makes a change, not a bound.
BY_AFTER = re.compile(r"\s*на\s")

# A figure that a verb of amounting governs: "рост составил 4,2%".
AMOUNTED_TO = re.compile(r"составил\w*\s+\Z")

# A word after a fraction ("треть рынка"): a share of something, not the word alone.
WORD_FOLLOWS = re.compile(r"\s+\w")

# The second number of a range after a dash: "100-105 млн тонн".
RANGE_AFTER = re.compile(r"\s*[-–—]\s*(" + NUMBER.pattern + ")", re.VERBOSE)

# "с A до B": a change from A to B ("с 51,3 до 55,9 млн тонн", "с 200 тыс. до 480 тыс. человек",
# "с 28 до 44 рейсов").
FROM_TO = re.compile(
    r"(?<!\w)(?:с|со)\s+(?P<a>"
    + NUMBER.pattern
    + r")(?P<mid>(?:[^,;.]|(?:(?<=тыс)|(?<=млн)|(?<=млрд)|(?<=трлн)|(?<=руб)|(?<=долл))\.){0,30}?)\s+до\s+(?P<b>"
    + NUMBER.pattern.replace("(?P<int>", "(?P<int2>").replace("(?P<frac>", "(?P<frac2>")
    + ")",
    re.VERBOSE | re.IGNORECASE,
)

# Templates of patterns made of a lexicon's words (``{words}``), compiled once each by
# :func:`lexical_pattern`:
# a word right before: "меньше на 56%";
WORD_BEFORE = r"({words})\s*\Z"
# a rate a few words after an amount: "12 млрд кубометров газа в год";
RATE_AFTER = RATE_GAP + r"\s*({words})"
# a currency sign before a number: "$4,8 млрд";
SIGN_BEFORE = r"({words})\s*\Z"
# the sign of a number, not a figure: "№ 5", "номер 12";
SIGN_OF_NUMBER = r"(?:{words}|N°|No\.?)\s*\Z"
# a share's word earlier in the clause: "доля рынка составила 40%".
SHARE_BEFORE = r"(?:{words})[^,;]*\Z"


@lexicon_cache
def _times_pattern() -> re.Pattern[str]:
    """A factor "в N раза" in digits or words: "в 1,5 раза", "в три раза"."""
    words = lexicon_pattern(LANG, "numbers", *WORD_NUMBER_LABELS).pattern
    factor = cue_pattern(LANG, "factor_after").pattern
    return re.compile(
        r"(?<!\w)в\s+(?P<n>" + NUMBER.pattern + "|" + words + r")\s+(?:" + factor + ")",
        re.VERBOSE | re.IGNORECASE,
    )


def parse_number(int_part: str, frac: str | None = None) -> Decimal:
    """The value of a Russian number in digits ("1 500" and ",5").

    >>> parse_number("1 500"), parse_number("202", "2")
    (Decimal('1500'), Decimal('202.2'))
    """
    digits = NOT_A_DIGIT.sub("", int_part)
    return Decimal(f"{digits}.{frac}") if frac else Decimal(digits)


class _Reader:
    """Reads one sentence: numbers in digits, then numbers in words, then factors."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[QuantityMention] = []
        self.taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in self.taken)

    def add(self, q: QuantityMention) -> None:
        self.out.append(q)
        self.taken.append((q.start, q.end))

    def read(self) -> list[QuantityMention]:
        self._from_to()
        self._times()  # "в 1,8 раза" before its number is read as a count of "раза"
        for m in NUMBER.finditer(self.text):
            if self.free(m.start(), m.end()):
                self._digits(m)
        self._words()
        return sorted(self.out, key=lambda q: q.start)

    # -- one number in digits ------------------------------------------------------------
    def _amount(
        self, start: int, end: int, value: Decimal
    ) -> tuple[Decimal, int, tuple[str, str] | None, bool]:
        """The number's scale and unit after it: (value at full scale, end, unit, scaled)."""
        text = self.text
        scaled = False
        if (scale := scale_at(text, end)) is not None:
            value, end, scaled = value * scale[0], scale[1], True
        unit = None
        if (found := unit_at(text, end)) is not None:
            unit, end = found
        return value, end, unit, scaled

    def _digits(self, m: re.Match[str]) -> None:
        text = self.text
        start, end = m.start(), m.end()
        value = parse_number(m.group("int"), m.group("frac"))
        if date_after(text, end) or TIME_AFTER.match(text, end):
            return
        if LATIN.match(text, end) or (
            LATIN_WORD_BEFORE.search(text, 0, start) and LATIN_WORD_AFTER.match(text, end)
        ):
            return  # part of a Latin name or code ("Tiggo 7 Pro")
        if lexical_pattern(SIGN_OF_NUMBER, LANG, "cues", "ordinal").search(text, 0, start):
            return
        high = None
        value, q_end, unit, scaled = self._amount(start, end, value)
        range_m = RANGE_AFTER.match(text, end) if not scaled and unit is None else None
        if range_m:
            inner = NUMBER.match(text, range_m.start(1))
            assert inner is not None
            high_raw = parse_number(inner.group("int"), inner.group("frac"))
            high, q_end, unit, scaled2 = self._amount(inner.start(), inner.end(), high_raw)
            if scaled2:
                value = value * (high / high_raw)
            if date_after(text, inner.end()):
                return
        start_q = start
        before = text[:start]
        if (
            cur := lexical_pattern(SIGN_BEFORE, LANG, "units", "unit_before").search(before)
        ) is not None:
            unit = unit_of(LANG, cur.group(1))
            start_q = cur.start()
        if unit is None and not scaled:
            if YEAR.fullmatch(m.group(0)):
                return  # a year ("в 2014 году", "2023-м")
            term = TERM_ADJECTIVE.match(text, end)
            if term and text[end : end + 1] == "-":
                unit, q_end = (
                    ("year", "duration")
                    if term.group("word").lower().startswith("лет")
                    else (
                        ("day", "duration")
                        if term.group("word").lower().startswith("дн")
                        else ("month", "duration")
                    ),
                    term.end(),
                )
            elif text[end : end + 1].isalpha():
                return  # glued to letters: a code, not a figure ("1гк")
            else:
                counted = counted_at(text, end)
                if counted is None:
                    return
                unit, q_end, _noun = counted
        elif unit is None and text[q_end : q_end + 1].isalpha():
            return
        if (
            unit is None
            and (counted := counted_at(text, q_end)) is not None
            and counted[0][1] == "count"
        ):
            unit, q_end = counted[0], counted[1]
        if unit is None and scaled:
            unit = counted_subject(text, start)  # "Число грузовиков ... достигло 62 тыс."
        price = lexical_pattern(WORD_AFTER, LANG, "units", "price_per").match(text, q_end)
        if price and unit is not None and unit[1] == "currency":
            entry = entry_of(LANG, "units", price.group(1), "price_per")
            unit, q_end = (
                (priced(unit[0], unit[1], entry.unit if entry else None) or unit[0], "price"),
                price.end(),
            )
        per = self._rate_at(q_end)
        code, kind = unit if unit else (None, None)
        bound = "="
        bound_cue = bound_before(text, start_q)
        if bound_cue is not None:
            bound, cue_start = figure_bound(text, start_q) or bound_cue
            if bound == ">" and BY_AFTER.match(text, cue_start):
                bound = "="
        change = self._change(start_q, q_end, kind)
        if (
            change is not None
            and bound_cue is not None
            and (
                text[bound_cue[1] : bound_cue[1] + 2].lower() == "до"
                # "превысила 95%": the verb is the figure's bound, a change only "на 5%"
                or cue_pattern(LANG, "increase", "decrease").fullmatch(
                    text[bound_cue[1] : start_q].strip()
                )
            )
        ):
            change = None
        rated = rated_unit(code, kind, per)
        self.add(
            mention(
                text,
                (start_q, q_end),
                value,
                (rated, kind),
                high=high,
                bound=bound,
                change=change,
                scaled=scaled,
                number_start=start,
                number_end=end,
                unit_text=text[end:q_end].strip() or None,
                per=per if rated == code else None,
            )
        )

    def _rate_at(self, end: int) -> str | None:
        """The time unit of a rate a few words after an amount ("44 млрд куб. м в год": year)."""
        rate = lexical_pattern(RATE_AFTER, LANG, "units", "rate").match(self.text, end)
        if rate is None:
            return None
        entry = entry_of(LANG, "units", rate.group(1), "rate")
        return entry.unit if entry else None

    def _change(self, start: int, end: int, kind: str | None) -> str | None:
        text = self.text
        after = comparative_after(text, end)
        if after is not None and kind in ("percent", None):
            return after
        if (by := BY.search(text[:start])) is not None:
            before_by = lexical_pattern(WORD_BEFORE, LANG, "cues", "comparative")
            if (comparative := before_by.search(text[: by.start() + 1])) is not None:
                return direction_of(comparative.group(1))
            return change_before(text, start) or last_change(text, start)
        if (
            kind == "percent"
            and not LEVEL_BEFORE.search(text[:start])
            and not lexical_pattern(SHARE_BEFORE, LANG, "cues", "share_of").search(text[:start])
        ):
            direction = change_before(text, start)
            if direction is not None:
                return direction
        if kind == "percent" and AMOUNTED_TO.search(text, 0, start):
            clause = text[:start]
            for m in cue_pattern(LANG, "increase", "decrease").finditer(clause):
                entry = entry_of(LANG, "cues", m.group(0), "increase", "decrease")
                return entry.label if entry else None
        return None

    # -- "с A до B" ------------------------------------------------------------------------
    def _from_to(self) -> None:
        text = self.text
        for m in FROM_TO.finditer(text):
            if date_after(text, m.end("b")) or date_after(text, m.end("a")):
                continue
            if change_before(text, m.start()) is None and change_before(text, len(text)) is None:
                continue
            b_val = parse_number(m.group("int2"), m.group("frac2"))
            b_value, end, unit, scaled = self._amount(m.start("b"), m.end("b"), b_val)
            a_val = parse_number(m.group("int"), m.group("frac"))
            a_value, _a_end, _a_unit, a_scaled = self._amount(m.start("a"), m.end("a"), a_val)
            if not a_scaled and scaled:
                a_value = a_val * (b_value / b_val)
            if unit is None and (counted := counted_at(text, end)) is not None:
                unit, end = counted[0], counted[1]  # what B counts: "до 44 рейсов"
            if unit is None and not scaled:
                unit = counted_subject(text, m.start())  # "Число поездов ... с 28 до 44"
            if unit is None and not scaled:
                continue
            code, kind = unit if unit else (None, None)
            per = self._rate_at(end)  # "с 38 до 44 млрд куб. м в год": a rate, as a level's
            rated = rated_unit(code, kind, per)
            self.add(
                mention(
                    text,
                    (m.start("a"), end),
                    b_value,
                    (rated, kind),
                    from_value=a_value,
                    change="from_to",
                    scaled=scaled,
                    number_start=m.start("b"),
                    number_end=m.end("b"),
                    per=per if rated == code else None,
                )
            )

    # -- numbers in words, factors and shares ----------------------------------------------
    def _times(self) -> None:
        """Factors "в N раза" in digits or words: "в 1,8 раза", "в три раза"."""
        text = self.text
        for m in _times_pattern().finditer(text):
            if not self.free(m.start(), m.end()):
                continue
            raw = m.group("n")
            entry = entry_of(LANG, "numbers", raw, *WORD_NUMBER_LABELS)
            value = (
                Decimal(str(entry.value))
                if entry and entry.value
                else parse_number(*raw.partition(",")[::2])
            )
            self._factor(m.start(), m.end(), value.normalize())

    def _words(self) -> None:
        text = self.text
        words_re = lexicon_pattern(LANG, "numbers", *WORD_NUMBER_LABELS)
        for m in lexicon_pattern(LANG, "numbers", "multiplier").finditer(text):
            entry = entry_of(LANG, "numbers", m.group(0), "multiplier")
            if entry and entry.value and self.free(m.start(), m.end()):
                self._factor(m.start(), m.end(), Decimal(str(int(entry.value))))
        for m in lexicon_pattern(LANG, "numbers", "fraction").finditer(text):
            entry = entry_of(LANG, "numbers", m.group(0), "fraction")
            if (
                entry
                and entry.value
                and self.free(m.start(), m.end())
                and WORD_FOLLOWS.match(text, m.end())
            ):
                # "на четверть больше": a change by a quarter
                change = comparative_after(text, m.end()) if BY.search(text, 0, m.start()) else None
                self.add(
                    mention(
                        text, m.span(), Decimal(str(entry.value)), ("%", "percent"), change=change
                    )
                )
        for m in words_re.finditer(text):
            if not self.free(m.start(), m.end()) or incidental(text, m.start()):
                continue
            entry = entry_of(LANG, "numbers", m.group(0), *WORD_NUMBER_LABELS)
            if entry is None or not entry.value or entry.value == 1:
                continue
            number = float(entry.value)  # "полтора" is 1.5
            value = Decimal(str(int(number))) if number.is_integer() else Decimal(str(number))
            end = m.end()
            tens = lexical_pattern(WORD_AFTER, LANG, "numbers", "tens_noun").match(text, end)
            if tens:
                value, end = value * 10, tens.end()
            scale = None if tens else scale_at(text, end)
            if scale is not None:  # "двух миллионов тонн", "трех млрд долларов"
                value, end = value * scale[0], scale[1]
                found = unit_at(text, end)
                counted = (found[0], found[1], "") if found is not None else counted_at(text, end)
            else:
                counted = counted_at(text, end)
            if counted is None or (
                counted[0][1] == "duration"
                and not tens
                and scale is None
                and not lexical_pattern(WORD_BEFORE, LANG, "units", "lasting").search(
                    text, 0, m.start()
                )  # "продлятся пять дней" is a figure; "за два года" a frame
            ):
                continue
            unit, q_end, _noun = counted
            bound = "="
            if (cue := figure_bound(text, m.start())) is not None:
                bound = cue[0]
            self.add(
                mention(
                    text,
                    (m.start(), q_end),
                    value,
                    unit,
                    bound=bound,
                    word_number=True,
                    number_start=m.start(),
                    number_end=end,
                )
            )

    def _factor(self, start: int, end: int, value: Decimal) -> None:
        bound = "="
        if (cue := bound_before(self.text, start)) is not None:
            bound = cue[0]
            if bound in (">", "<") and BY_AFTER.match(self.text, cue[1]):
                bound = "="
        self.add(
            mention(
                self.text,
                (start, end),
                value,
                ("x", "multiplier"),
                change="factor",
                bound=bound,
                number_start=start,
                number_end=end,
                word_number=True,
            )
        )


def find_quantities(text: str) -> list[QuantityMention]:
    """The quantities of one Russian sentence, in text order.

    >>> [(q.text, str(q.value), q.unit, q.bound) for q in find_quantities("Поставки составили около 12,3 млн тонн.")]
    [('12,3 млн тонн', '12300000.0', 't', '~')]
    """
    return elliptical_units([_Reader(text).read()])[0]
