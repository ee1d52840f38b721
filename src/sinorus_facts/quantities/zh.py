"""Quantities in Chinese text: the same :class:`QuantityMention` records the English finder
gives, from the ``lexicons/zh`` files (no model: Chinese has no parser that installs
offline, so the reader works from characters and cues).

What Chinese writes differently: scale characters after digits (万 1e4, 亿 1e8: "2402.2亿美元"
is 240.22e9; "2181亿7600万" adds its parts) and numerals in characters ("两份", "一年");
a measure word after a number makes a count ("18艘", "40家"), 人次/游客 a count of people;
the change verb stands right before its figure ("同比增长25.7%", "略降2.2%"); "增长1倍" is
a factor of 2 (N倍 after a rise is N+1 times), "翻一番" doubles; "从A增至B" is a change from
A to B; a rate word before an amount ("每年380亿立方米", "年输油能力1500万吨") makes a rate;
"一" before a measure word is the article "a" ("一篇"), no figure.

>>> [(q.text, str(q.value), q.unit, q.change) for q in find_quantities("前10个月进出口2181亿7600万元，同比增长1倍。")]
[('2181亿7600万元', '218176000000', 'CNY', None), ('增长1倍', '2', 'x', 'factor')]
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

__all__ = ["find_quantities", "parse_chinese_numeral"]

LANG = "zh"

# Digits with a decimal point and optional grouping commas ("2259.7", "18,000"), not part
# of a Latin word or code ("hhx6", "3M") nor of a dotted or dashed date.
DIGITS = r"(?<![A-Za-z0-9.\-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|(?<![A-Za-z0-9.\-])\d+(?:\.\d+)?(?![\d.])"

# A numeral in characters ("两", "三十", "一百二十"), never inside a word of characters that
# are no numerals ("统一", "万一" are matched, then judged by what follows).
NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千壹贰叁肆伍陆陸柒捌玖拾佰仟"

# Characters after a numeral that make it part of a word, not a figure ("一些", "一直").
NOT_AFTER_NUMERAL = "些直起边邊致定般切是線线方面"

# A percent in words: "百分之十五" (15%), "百分之3.5".
# A fraction in words: "三分之一" (a third), "四分之三".
FRACTION_WORDS = re.compile(r"(?P<d>[二三四五六七八九十])分之(?P<n>[一二三四五六七八九])")
PERCENT_WORDS = re.compile(r"百分之(?P<n>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)")

# The most characters between a "从" and the figure it introduces ("从目前的5人").
FROM_GAP = 8

# Between a change verb and its figure: up to two of "了", "约", "达", "为" or a bound
# ("降幅约为15%", "增长超过50%").
CHANGE_GAP = r"(?:了|约|約|近|分别|分別|达|達|为|為|超过|超過|逾|将近|接近|不到|不足){0,2}"

# Punctuation that ends a clause.
CLAUSE_END = "，,。；;：:！？!?\n（）()、"

# A digit, a number in digits alone ("2259.7", "18,000").
DIGIT = re.compile(r"\d")
ALL_DIGITS = re.compile(r"[\d.,]+")

# A numeral character right before a number: part of a longer numeral.
NUMERAL_BEFORE = re.compile(f"[{NUMERAL_CHARS}]\\Z")
# Digits right before a numeral character: they multiply it ("3千万" is 3 times 千万), unless
# the character begins a unit of the number ("940千米": kilometres).
DIGITS_BEFORE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\Z")

# A Latin letter glued after a number or before it: a code or a name ("3M", "hhx6").
LATIN = re.compile(r"[A-Za-z]")
LATIN_BEFORE = re.compile(r"[A-Za-z]\Z")

# A time or a date in digits after a number: "16:02", "2021-09-14", "3/5".
TIME_OR_DATE_AFTER = re.compile(r"\s*[:：]\d|-\d{1,2}-|/\d")

# A month, a day or an hour after a number: a date ("5月", "11日", "8时").
DATE_AFTER = re.compile(r"(?:月份|月|日|号|號|时|時)")
DATE_WORD_AFTER = re.compile(r"(?:月|日|年)")

# 年 after four digits of a year: a year ("2024年"), no figure.
YEAR_AFTER = re.compile(r"年")
YEAR_DIGITS = re.compile(r"(?:1[89]|20|21)\d\d")

# "前" before "N个月": the first N months, a period ("前10个月").
FIRST_BEFORE = re.compile(r"前\Z")
MONTHS_OR_YEARS_AFTER = re.compile(r"(?:个月|個月|年)")

# A span that frames a time, no figure: "4个月内", "3天来".
WITHIN_AFTER = re.compile(r"(?:个月|個月|天)(?:内|內|里|裡|来|來)")

# 成 after a numeral counts tenths ("两成": 20%), unless a word goes on ("成为", "成本").
TENTH_WORD = re.compile(r"成")
WORD_GOES_ON = re.compile(r"[为為本功立员員果交长長熟绩績就]")

# Templates of patterns made of a lexicon's words (``{words}``), compiled once each by
# :func:`~sinorus_facts.quantities.lexical.lexical_pattern`:
# a verb right before a figure, with what may stand between: "同比增长25.7%", "增长1倍";
VERB_BEFORE = r"({words})" + CHANGE_GAP + r"\Z"
# a word right before: "第9", "$5";
WORD_BEFORE = r"({words})\s*\Z"
# the unit a price is paid per, after it: "80美元/桶", "80美元每吨";
PAID_PER_AFTER = r"(?:/|每)({words})"
# the "从" of a change a few characters before its first figure: "从目前的5人".
FROM_BEFORE = r"(?:{words}).{0," + str(FROM_GAP) + r"}\Z"


@lexicon_cache
def _to_before() -> re.Pattern[str]:
    """The verb that leads to a change's second figure, with a bound: "增至", "减少到", "增至约"."""
    to = cue_pattern(LANG, "to").pattern
    bound = lexicon_pattern(LANG, "cues", "bound").pattern
    return re.compile(rf"({to})(?:{bound})?\Z")


def parse_chinese_numeral(text: str) -> Decimal | None:
    """The value of a numeral in characters ("三十五" 35, "两" 2, "一百二十" 120, "二〇一九"
    as digits 2019).

    >>> parse_chinese_numeral("三十五"), parse_chinese_numeral("两"), parse_chinese_numeral("一百零五")
    (Decimal('35'), Decimal('2'), Decimal('105'))
    """
    total, current = 0, 0
    if not text:
        return None
    values = []
    for char in text:
        entry = entry_of(LANG, "numbers", char, "digit", "ten", "hundred", "zero")
        if entry is None or entry.value is None:
            return None
        values.append((entry.label, int(entry.value)))
    if all(label in ("digit", "zero") for label, _ in values) and len(values) > 1:
        return Decimal("".join(str(v) for _, v in values))
    for label, value in values:
        if label in ("digit", "zero"):
            current = value
        else:
            total += (current or 1) * value
            current = 0
    return Decimal(total + current)


def unit_of_zh(word: str) -> str | None:
    """The unit code of a Chinese unit word ("桶": bbl)."""
    found = unit_of(LANG, word)
    return found[0] if found else None


def _clause_start(text: str, pos: int) -> int:
    i = pos
    while i > 0 and text[i - 1] not in CLAUSE_END:
        i -= 1
    return i


def _number_pattern() -> re.Pattern[str]:
    """A number in digits or characters with its scale characters, and a second part
    ("2181亿7600万")."""
    scale = lexicon_pattern(LANG, "numbers", "scale").pattern
    numeral = f"[{NUMERAL_CHARS}]+"
    part = rf"(?:{DIGITS}|{numeral})"
    return re.compile(
        rf"(?P<num>{part})(?P<scale>(?:{scale})+)?(?:(?P<num2>{DIGITS})(?P<scale2>(?:{scale})+))?"
    )


NUMBER = _number_pattern()

# The upper end of a range: "5至50人", "100-102万吨".
RANGE_AFTER = re.compile(r"(?:至|到|-|－|—|~|～)(" + NUMBER.pattern + ")")


def _value(raw: str) -> Decimal | None:
    if ALL_DIGITS.fullmatch(raw):
        return Decimal(raw.replace(",", ""))
    return parse_chinese_numeral(raw)


def _scale(raw: str | None) -> Decimal:
    factor = Decimal(1)
    if not raw:
        return factor
    for char_group in re.findall(lexicon_pattern(LANG, "numbers", "scale").pattern, raw):
        entry = entry_of(LANG, "numbers", char_group, "scale")
        if entry and entry.value:
            factor *= Decimal(str(int(entry.value)))
    return factor


def _at(
    text: str, pos: int, *labels: str, name: str = "units"
) -> tuple[re.Match[str], str, str] | None:
    """A word of ``labels`` at ``pos`` and its entry's unit and kind."""
    m = lexicon_pattern(LANG, name, *labels).match(text, pos)
    if not m:
        return None
    entry = entry_of(LANG, name, m.group(0), *labels)
    if entry is None:
        return None
    return m, entry.unit or "", entry.kind or entry.label


def _bound_before(text: str, start: int) -> tuple[str, int] | None:
    window = text[max(0, start - 4) : start]
    best = None
    for m in lexicon_pattern(LANG, "cues", "bound").finditer(window):
        if m.end() == len(window) or window[m.end() :] in ("有", "达", "達", "为", "為"):
            entry = entry_of(LANG, "cues", m.group(0), "bound")
            if entry and entry.position == "before":
                best = (entry.bound or "=", start - len(window) + m.start())
    return best


def _bound_after(text: str, end: int) -> tuple[str, int] | None:
    m = lexicon_pattern(LANG, "cues", "bound").match(text, end)
    if not m:
        return None
    entry = entry_of(LANG, "cues", m.group(0), "bound")
    return (entry.bound or "=", m.end()) if entry and entry.position == "after" else None


def _change_before(text: str, start: int, *, amount: bool = False) -> str | None:
    """The direction of a change verb right before ``start`` ("同比增长25.7%"); before an
    amount, a verb of two characters or more ("增加约70亿立方米", "减少5万吨": a change by it;
    "新增500亿元" is no change)."""
    m = lexical_pattern(VERB_BEFORE, LANG, "cues", "increase", "decrease").search(
        text[max(0, start - 8) : start]
    )
    if not m or (amount and len(m.group(1)) < 2):
        return None
    entry = entry_of(LANG, "cues", m.group(1), "increase", "decrease")
    return entry.label if entry else None


# What stands before the 年 of a rate word ("年输气量") when that 年 ends a time, and the word
# is the total of that year, no rate: "全年输气量", "2024年输气量", "今年供气量".
YEAR_OF_A_TIME = re.compile(r"(?:全|今|去|明|上|本|\d)\Z")


def _rate_before(text: str, start: int) -> str | None:
    """A rate word in the clause before ``start`` ("每年供应50亿立方米": per year)."""
    clause = text[_clause_start(text, start) : start]
    found = None
    for m in lexicon_pattern(LANG, "units", "rate").finditer(clause):
        if m.group(0).startswith("年") and YEAR_OF_A_TIME.search(clause, 0, m.start()):
            continue
        found = m
    if found is None:
        return None
    entry = entry_of(LANG, "units", found.group(0), "rate")
    return entry.unit if entry else None


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[QuantityMention] = []

    def read(self) -> list[QuantityMention]:
        text = self.text
        for m in NUMBER.finditer(text):
            self._number(m)
        for m in [*PERCENT_WORDS.finditer(text), *FRACTION_WORDS.finditer(text)]:
            value = _value(m.group("n"))  # "百分之十五": 15 percent
            if value is not None and m.groupdict().get("d"):  # "三分之一": a third, 33.33%
                whole = _value(m.group("d"))
                value = (value * 100 / whole).quantize(Decimal("0.01")) if whole else None
            if value is not None and all(
                q.end <= m.start() or q.start >= m.end() for q in self.out
            ):
                self.out = [q for q in self.out if not (m.start() <= q.start < m.end())]
                bound = _bound_before(text, m.start())
                self.out.append(
                    mention(
                        text,
                        m.span(),
                        value,
                        ("%", "percent"),
                        bound=bound[0] if bound else "=",
                        change=_change_before(text, m.start()),
                        word_number=True,
                    )
                )
        for m in lexicon_pattern(LANG, "numbers", "multiplier").finditer(text):
            entry = entry_of(LANG, "numbers", m.group(0), "multiplier")
            if entry and entry.value:
                self.out.append(
                    mention(
                        text,
                        m.span(),
                        Decimal(int(entry.value)),
                        ("x", "multiplier"),
                        change="factor",
                    )
                )
        self._from_to()
        return sorted(self.out, key=lambda q: q.start)

    def _number(self, m: re.Match[str]) -> None:
        text = self.text
        raw = m.group("num")
        in_digits = bool(DIGIT.match(raw))
        value = _value(raw)
        if value is None:
            return
        start, end = m.start(), m.end()
        scaled = bool(m.group("scale"))
        value *= _scale(m.group("scale"))
        if m.group("num2"):
            value += Decimal(m.group("num2")) * _scale(m.group("scale2"))
        before = text[:start]
        if lexical_pattern(WORD_BEFORE, LANG, "cues", "ordinal").search(before):
            return  # "第9大", "首届"
        lead = None if in_digits else DIGITS_BEFORE.search(before)
        if lead is not None:
            if lexicon_pattern(LANG, "units", "unit").match(text, start):
                return  # "940千米": the unit of the number before, no number 千
            value *= Decimal(lead.group(0))  # "3千万美元": 3 times 千万
            start, before, in_digits = lead.start(), text[: lead.start()], True
        if not in_digits and (
            text[end : end + 1] in NOT_AFTER_NUMERAL or NUMERAL_BEFORE.search(before)
        ):
            return
        if not in_digits and cue_pattern(LANG, "incidental").match(text, start):
            return
        if LATIN.match(text, end) or LATIN_BEFORE.search(before):
            return  # a code or a name ("3M", "hhx6")
        if in_digits and TIME_OR_DATE_AFTER.match(text, end):
            return  # a time or a date ("16:02", "2021-09-14")
        if DATE_AFTER.match(text, end):
            return  # a date ("5月", "11日")
        if YEAR_AFTER.match(text, end) and not scaled and YEAR_DIGITS.fullmatch(raw):
            return  # a year ("2024年")
        if FIRST_BEFORE.search(before) and MONTHS_OR_YEARS_AFTER.match(text, end):
            return  # a period ("前10个月")
        if WITHIN_AFTER.match(text, end):
            return  # a frame of time ("4个月内")
        # the range partner: "5至50人", "100-102万吨"
        high = None
        rng = RANGE_AFTER.match(text, end)
        unit = None
        if rng and not scaled:
            inner = NUMBER.match(text, rng.start(1))
            assert inner is not None
            high_value = _value(inner.group("num"))
            if high_value is not None and not DATE_WORD_AFTER.match(text, inner.end()):
                high = high_value * _scale(inner.group("scale"))
                if inner.group("scale"):
                    value *= _scale(inner.group("scale"))
                    scaled = True
                end = inner.end()
        q_end = end
        loose = None  # "20余架", "3000多万": a bound between the number and its unit
        if (after := _bound_after(text, end)) is not None and (
            _at(text, after[1], "unit", "classifier", "person", "duration") is not None
        ):
            loose, end = after[0], after[1]
        found = _at(text, end, "unit")
        if (
            found is not None
            and TENTH_WORD.fullmatch(found[0].group(0))
            and WORD_GOES_ON.match(text, found[0].end())
        ):
            found = None  # "成为", "成本": a word, no tenth
        if found is not None:
            unit, q_end = (found[1], found[2]), found[0].end()
            if (counted := entry_of(LANG, "units", found[0].group(0), "unit")) and counted.value:
                value *= Decimal(str(int(counted.value)))  # "两成": 2 tenths, 20 percent
        elif (person := self._person(end)) is not None:
            unit, q_end = ("person", "count"), person
        elif (dur := _at(text, end, "duration")) is not None:
            unit, q_end = (dur[1], "duration"), dur[0].end()
        elif (cls := _at(text, end, "classifier")) is not None:
            if value == 1 and not in_digits:
                return  # "一篇", "一个": the article, not a figure
            unit, q_end = ("count", "count"), cls[0].end()
            if (person := self._person(q_end)) is not None:
                unit, q_end = ("person", "count"), person
        elif not scaled:
            return  # a bare number: a page number, a counter, a code
        start_q = start
        if (
            cur := lexical_pattern(WORD_BEFORE, LANG, "units", "unit_before").search(before)
        ) is not None:
            unit, start_q = ("USD", "currency"), cur.start()
        code, kind = unit if unit else (None, None)
        if kind == "currency":  # "每桶80美元", "80美元/桶": a price
            clause = text[_clause_start(text, start_q) : start_q]
            before_price = list(lexicon_pattern(LANG, "units", "price_per").finditer(clause))
            after_price = lexical_pattern(PAID_PER_AFTER, LANG, "units", "unit").match(text, q_end)
            per_word = before_price[-1].group(0) if before_price else None
            entry = entry_of(LANG, "units", per_word, "price_per") if per_word else None
            if entry is not None:
                code = priced(code, kind, entry.unit)
            elif after_price is not None and (paid := unit_of_zh(after_price.group(1))) is not None:
                code, q_end = priced(code, kind, paid), after_price.end()
        if code == "year" and value > 200:
            return
        bound = loose or "="
        if (cue := _bound_before(text, start_q)) is not None:
            bound = cue[0]
        if (after := _bound_after(text, q_end)) is not None:
            bound, q_end = after
        change = None
        if code == "x":
            change = "factor"
            window = max(0, start - 6)
            rise = lexical_pattern(VERB_BEFORE, LANG, "cues", "factor_after").search(
                text[window:start]
            )
            if rise is not None:  # "增长1倍": one time more, twice
                value += 1
                start_q = window + rise.start()
        elif kind == "percent":
            change = _change_before(text, start_q)
        elif code is not None and kind not in ("duration", "count"):
            change = _change_before(text, start_q, amount=True)
        per = _rate_before(text, start_q) if code is not None and kind != "percent" else None
        rated = rated_unit(code, kind, per)
        self.out.append(
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
                word_number=not in_digits,
                per=per if rated == code else None,
            )
        )

    def _person(self, pos: int) -> int | None:
        """Where a count of people ends: a person word right after ``pos``, or after up to
        four characters that describe the people ("中国游客", "俄游客")."""
        text = self.text
        for gap in range(5):
            segment = text[pos : pos + gap]
            if any(c in CLAUSE_END or c.isdigit() for c in segment):
                return None
            m = lexicon_pattern(LANG, "units", "person").match(text, pos + gap)
            if m and (gap == 0 or m.group(0) in ("游客", "遊客", "旅客", "人次")):
                return m.end()
        return None

    def _from_to(self) -> None:
        """ "从A增至B": a change from A to B; the A and B figures found become one."""
        text = self.text
        for q_to in list(self.out):
            m = _to_before().search(text[: q_to.start])
            if not m:
                continue
            for q_from in self.out:
                if q_from.end > m.start() or q_from is q_to:
                    continue
                if any(c in CLAUSE_END for c in text[q_from.end : m.start()]):
                    continue
                marker = lexical_pattern(FROM_BEFORE, LANG, "cues", "from").search(
                    text[: q_from.start]
                )
                if not marker or any(c in CLAUSE_END for c in marker.group(0)):
                    continue
                self.out.remove(q_from)
                self.out.remove(q_to)
                self.out.append(
                    q_to.with_(
                        start=marker.start(),
                        text=text[marker.start() : q_to.end],
                        from_value=q_from.value,
                        change="from_to",
                        bound="=",
                    )
                )
                break


def find_quantities(text: str) -> list[QuantityMention]:
    """The quantities of one Chinese sentence, in text order.

    >>> [(q.text, str(q.value), q.unit, q.bound) for q in find_quantities("游客人数从3万人次增至约4.5万人次。")]
    [('从3万人次增至约4.5万人次', '45000.0', 'person', '=')]
    """
    return elliptical_units([_Reader(text).read()])[0]
