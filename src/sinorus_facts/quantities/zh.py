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

from sinorus_facts.quantities.lexical import (
    cue_pattern,
    entry_of,
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
PERCENT_WORDS = re.compile(r"百分之(?P<n>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)")

# The most characters between a "从" and the figure it introduces ("从目前的5人").
FROM_GAP = 8

# Between a change verb and its figure: "了", "约", "略", a comparison basis ("同比").
CHANGE_GAP = r"(?:了|约|約|近|分别|分別|达|達|为|為)?"

# Punctuation that ends a clause.
CLAUSE_END = "，,。；;：:！？!?\n（）()、"


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


def _value(raw: str) -> Decimal | None:
    if re.fullmatch(r"[\d.,]+", raw):
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


def _change_before(text: str, start: int) -> str | None:
    """The direction of a change verb right before ``start`` ("同比增长25.7%")."""
    verbs = cue_pattern(LANG, "increase", "decrease").pattern
    m = re.compile(rf"({verbs}){CHANGE_GAP}\Z").search(text[max(0, start - 8) : start])
    if not m:
        return None
    entry = entry_of(LANG, "cues", m.group(1), "increase", "decrease")
    return entry.label if entry else None


def _rate_before(text: str, start: int) -> str | None:
    """A rate word in the clause before ``start`` ("每年供应50亿立方米": per year)."""
    clause = text[_clause_start(text, start) : start]
    found = None
    for m in lexicon_pattern(LANG, "units", "rate").finditer(clause):
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
        for m in PERCENT_WORDS.finditer(text):  # "百分之十五": 15 percent
            value = _value(m.group("n"))
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
        in_digits = bool(re.match(r"\d", raw))
        value = _value(raw)
        if value is None:
            return
        start, end = m.start(), m.end()
        scaled = bool(m.group("scale"))
        value *= _scale(m.group("scale"))
        if m.group("num2"):
            value += Decimal(m.group("num2")) * _scale(m.group("scale2"))
        before = text[:start]
        if re.search(cue_pattern(LANG, "ordinal").pattern + r"\Z", before):
            return  # "第9大", "首届"
        if not in_digits and (
            text[end : end + 1] in NOT_AFTER_NUMERAL
            or re.search(f"[{NUMERAL_CHARS}]$", before[-1:] or "")
        ):
            return
        if not in_digits and re.match(cue_pattern(LANG, "incidental").pattern, text[start:]):
            return
        if re.match(r"[A-Za-z]", text[end : end + 1]) or re.search(r"[A-Za-z]\Z", before):
            return  # a code or a name ("3M", "hhx6")
        if in_digits and re.match(r"\s*[:：]\d|-\d{1,2}-|/\d", text[end : end + 4]):
            return  # a time or a date ("16:02", "2021-09-14")
        if re.match(r"(?:月份|月|日|号|號|时|時)", text[end : end + 2]):
            return  # a date ("5月", "11日")
        if (
            re.match(r"年", text[end : end + 1])
            and not scaled
            and re.fullmatch(r"(?:1[89]|20|21)\d\d", raw)
        ):
            return  # a year ("2024年")
        if re.search(r"前\Z", before) and re.match(r"(?:个月|個月|年)", text[end:]):
            return  # a period ("前10个月")
        if re.match(r"(?:个月|個月|天)(?:内|內|里|裡|来|來)", text[end:]):
            return  # a frame of time ("4个月内")
        # the range partner: "5至50人", "100-102万吨"
        high = None
        rng = re.compile(r"(?:至|到|-|－|—|~|～)(" + NUMBER.pattern + ")").match(text, end)
        unit = None
        if rng and not scaled:
            inner = NUMBER.match(text, rng.start(1))
            assert inner is not None
            high_value = _value(inner.group("num"))
            if high_value is not None and not re.match(
                r"(?:月|日|年)", text[inner.end() : inner.end() + 1]
            ):
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
        if found is not None:
            unit, q_end = (found[1], found[2]), found[0].end()
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
        if not in_digits and not scaled and unit is not None and unit[0] in ("%",):
            return
        start_q = start
        if (cur := re.search(r"[$＄]\s*\Z", before)) is not None:
            unit, start_q = ("USD", "currency"), cur.start()
        code, kind = unit if unit else (None, None)
        if kind == "currency":  # "每桶80美元", "80美元/桶": a price
            clause = text[_clause_start(text, start_q) : start_q]
            before_price = list(lexicon_pattern(LANG, "units", "price_per").finditer(clause))
            after_price = re.compile(
                r"(?:/|每)(" + lexicon_pattern(LANG, "units", "unit").pattern + ")"
            ).match(text, q_end)
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
            rise = cue_pattern(LANG, "factor_after").pattern
            if re.search(rf"(?:{rise}){CHANGE_GAP}\Z", text[max(0, start - 6) : start]):
                value += 1
                start_q = (
                    max(0, start - 2)
                    if text[start - 2 : start] in ("增长", "增長", "增加", "提高")
                    else start_q
                )
        elif kind == "percent":
            change = _change_before(text, start_q)
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
            to = cue_pattern(LANG, "to").pattern
            bound = lexicon_pattern(LANG, "cues", "bound").pattern
            m = re.search(rf"({to})(?:{bound})?\Z", text[: q_to.start])
            if not m:
                continue
            for q_from in self.out:
                if q_from.end > m.start() or q_from is q_to:
                    continue
                if any(c in CLAUSE_END for c in text[q_from.end : m.start()]):
                    continue
                marker = re.search(
                    cue_pattern(LANG, "from").pattern + r".{0," + str(FROM_GAP) + r"}\Z",
                    text[: q_from.start],
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
    return _Reader(text).read()
