"""The sentence stage for Russian and Chinese: what a figure's own sentence says of its
modality, its source and its category, from the language's cue lexicons (ConText-style
windows in the figure's clause: Chinese has no parser that installs offline, and these
cues need none).

- modality: a forecast cue in the clause before the figure ("ожидает", "预计") makes a
  forecast; a target cue ("план", "контракт", "计划", "设计") or a bare future ("будут",
  "将") a target; a forecast cue wins;
- source: the language's ``source_pattern`` regexes ("со ссылкой на данные X", "据X统计",
  "X表示"); a quotation's speaker for the figures inside it; Russian names put into the
  nominative;
- category: the cue words of ``categories.json``, weighted by where they stand.

>>> modality_of("zh", "预计今年贸易额将超过2000亿美元", 10)
'forecast'
>>> category_of("ru", "Поставки газа по газопроводу выросли на 5%", 38, title=None)
'pipeline'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sinorus_facts.ingest.morphology import name_at_end, nominative
from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.languages import entries_with
from sinorus_facts.quantities.lexical import lexical_pattern, lexicon_pattern

__all__ = [
    "CONTRAST_OPEN",
    "Source",
    "category_of",
    "clause_before",
    "cued_category",
    "modality_cue",
    "modality_of",
    "only_a_flow",
    "quoted_spans",
    "relayed",
    "sources_in",
    "trim_source",
]

# What ends a clause for the modality cues (a cue does not reach across it).
CLAUSE_END = {
    "ru": re.compile(
        r"[;:]|(?<!тыс)(?<!млн)(?<!млрд)(?<!трлн)(?<!руб)(?<!долл)\.\s|,\s+(?:а|но|и|что|однако)\s"
        r"|\s(?:а|но|и),\s"  # "вырос на 5% и, как ожидается, увеличится": a parenthesis opens
    ),
    "zh": re.compile(r"[。；;！？!?，,]"),
}

# Where a clause of contrast opens: what was expected or planned before it does not reach a
# figure after it ("Ожидалось, что ... достигнет 200 млрд долларов, однако уже в 2023 году он
# составил 240 млрд": a fact; "预计……，但实际……"). Matches ", однако ", ", но ", "，但".
CONTRAST_OPEN = {
    "ru": re.compile(r",\s+(?:однако|но|а|тогда\s+как|в\s+то\s+время\s+как)\s", re.IGNORECASE),
    "zh": re.compile(r"[，,;；](?:但|但是|然而|不过|可是)"),
}

# Languages whose forecast cue governs the clauses after it in its sentence ("预计，...，将有"):
# a Chinese sentence strings clauses with commas, a Russian one says "ожидает, что ...".
FORECAST_SCOPE_SENTENCE = ("ru", "zh")

# Languages whose target cues reach over the whole sentence before a figure (Russian: "по
# контракту ... будут поставлены"); a Chinese cue governs its own clause.
TARGET_SCOPE_SENTENCE = ("ru", "zh")

# Pronouns that stand for the last person the article named ("он отметил", "他还表示").
PRONOUNS = re.compile(r"^(?:он|она|они|他|她|他们|她们)(?:还|還|也|又|同时)?$", re.IGNORECASE)

# Quotation marks of each language, open and close.
QUOTES = {"ru": ('«"„“', '»"“”'), "zh": ('“「『"', '”」』"'), "en": ('"“', '"”')}

# A date, a day or a word of time before a Chinese speech verb is no part of the source
# ("29日公布", "何亚东4月17日表示", "近日表示").
ZH_DAY = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}[日号]|近日|日前|当天|當天|今天|昨天|此前)$")

# Sources no reader takes for a name: pronouns and words of the writer's own voice.
NOT_A_SOURCE = frozenset(
    {
        "это",
        "этом",
        "об этом",
        "мы",
        "я",
        "который",
        "которая",
        "стороны",
        "эксперты",
        "我们",
        "报道",
        "数据",
        "数据显示",
        "统计",
        "分析",
        "分析认为",
        "有关方",
        "文章",
    }
)


@dataclass(frozen=True)
class Source:
    """A source a sentence names: its name as the article should give it, where its words
    are, and its kind (``report``: a source of the whole report; ``speaker``/``quote``: a
    person's or a body's words)."""

    name: str
    start: int
    end: int
    kind: str
    rank: int = 0  # the pattern's place in the lexicon: the first that matches a span wins
    backward: bool = False  # named after its figures ("Об этом сообщает ..."): credits them


def clause_before(language: str, text: str, position: int) -> str:
    """The text of the clause up to ``position``."""
    start = 0
    for m in CLAUSE_END[language].finditer(text, 0, position):
        start = m.end()
    return text[start:position]


def _since_contrast(language: str, before: str) -> str:
    """The text before a figure from the last clause of contrast that opens before it (all
    of it where none does); offsets stay those of the sentence (the part cut is blanked)."""
    pattern = CONTRAST_OPEN.get(language)
    opens = list(pattern.finditer(before)) if pattern else []
    if not opens:
        return before
    last = opens[-1]
    return " " * last.end() + before[last.end() :]


def _any(language: str, name: str, label: str, text: str) -> bool:
    return bool(lexicon_pattern(language, name, label).search(text))


def modality_cue(language: str, sentence: str, position: int) -> tuple[int, int, str] | None:
    """The cue that makes a figure at ``position`` of ``sentence`` a forecast or a target
    (:func:`modality_of`), as (start, end, rule) with offsets into ``sentence``; None for a
    fact.

    >>> modality_cue("zh", "预计今年贸易额将超过2000亿美元", 10)
    (0, 2, 'modality.zh.forecast')
    """
    before = _since_contrast(language, sentence[:position])
    clause_after = sentence[position:]
    end = CLAUSE_END[language].search(clause_after)
    after = clause_after[: end.start()] if end else clause_after
    clause = clause_before(language, sentence, position)
    target_before = before if language in TARGET_SCOPE_SENTENCE else clause
    searches = (
        ("forecast", before, 0),
        ("forecast", after, position),
        ("target", target_before, position - len(target_before)),
        ("target", after, position),
        ("future", clause, position - len(clause)),
        ("future", after, position),
        ("design", clause, position - len(clause)),
        ("design", after, position),
    )
    for label, part, offset in searches:
        found = lexicon_pattern(language, "modality", label).search(part)
        if found:
            return offset + found.start(), offset + found.end(), f"modality.{language}.{label}"
    return None


def modality_of(language: str, sentence: str, position: int) -> str:
    """'forecast', 'target' or 'actual' for a figure at ``position`` of ``sentence``: the
    cues of the whole sentence before the figure, and of its clause after it."""
    before = _since_contrast(language, sentence[:position])
    clause_after = sentence[position:]
    end = CLAUSE_END[language].search(clause_after)
    after = clause_after[: end.start()] if end else clause_after
    clause = clause_before(language, sentence, position)
    if _any(language, "modality", "forecast", before) or _any(
        language, "modality", "forecast", after
    ):
        return "forecast"
    target_before = before if language in TARGET_SCOPE_SENTENCE else clause
    if _any(language, "modality", "target", target_before) or _any(
        language, "modality", "target", after
    ):
        return "target"
    if any(
        _any(language, "modality", label, part)
        for label in ("future", "design")
        for part in (clause, after)
    ):
        return "target"
    return "actual"


# What ends the words after a figure that its category reads: a semicolon ("运输货物超过300万吨；
# 大桥设计年过货能力为2100万吨": the capacity is the next clause's; a comma does not: "每年供应50亿
# 立方米,以后供气量将达到" is the pipeline's).
SEMICOLON = re.compile(r"[;；]")


def category_of(language: str, sentence: str, position: int, *, title: str | None) -> str:
    """The category whose cues weigh most for a figure at ``position``: three times in its
    clause, once elsewhere in the sentence, a quarter in the article's title; 'other' where
    no cue speaks (:func:`cued_category`)."""
    return cued_category(language, sentence, position, title=title) or "other"


def cued_category(language: str, sentence: str, position: int, *, title: str | None) -> str | None:
    """The category the cues give a figure at ``position``, None where none speaks. The kind
    of figure decides before its topic: freight carried in its clause ("运送货物", "перевезено
    21 млн тонн грузов", "中欧班列"), or in its sentence where the clause names no topic of its
    own, is trade, or energy where an energy word is there too, unless a word of design
    capacity makes it the carrier's own figure; then the weighted cues."""
    ahead = sentence[position : position + 20]
    ahead = ahead[: m.start()] if (m := SEMICOLON.search(ahead)) else ahead
    clause = clause_before(language, sentence, position) + ahead
    in_sentence = _with_flows(_cue_counts(language, sentence))
    in_clause = _with_flows(_cue_counts(language, clause), in_sentence)
    # the freight of the clause, or of the sentence where the clause names no topic of its own
    # ("中欧班列开行4200列，同比增长12%": the 12% too)
    freight = (
        in_clause
        if in_clause["freight"]
        else in_sentence
        if not any(in_clause[label] for label in _LABELS)
        else None
    )
    if (
        freight is not None
        and freight["freight"]
        and not freight["capacity"]
        and not in_clause["passengers"]  # "перевезли 2,1 млн пассажиров": people travel
    ):
        return "energy" if freight["energy"] else "trade"
    in_title = _cue_counts(language, title) if title else {}
    scores: dict[str, float] = {}
    for label, weight in _weights(language).items():
        score = 3.0 * in_clause[label] + in_sentence[label] + 0.25 * in_title.get(label, 0)
        if score:
            scores[label] = score * weight
    if not scores:
        return None
    return max(scores, key=lambda k: scores[k])


def _with_flows(counts: dict[str, int], sentence: dict[str, int] | None = None) -> dict[str, int]:
    """The counts with the flows of goods ("进口", "出口") counted for trade, unless the goods
    they carry are energy or resources: where the clause names such goods and no goods of
    trade ("进口原油9017万吨", "出口木材320万立方米"), or names no goods and its sentence names
    such goods and none of trade ("进口金额97.5亿美元" after "进口煤炭8870万吨"), the flow counts
    for nothing and the goods' own words decide. ``sentence`` is None for the sentence's own."""
    if not counts["flow"]:
        return counts
    named = any(counts[label] for label in ("trade", *COMMODITIES))
    goods = counts if named or sentence is None else sentence
    if not goods["trade"] and any(goods[label] for label in COMMODITIES):
        return counts  # the commodity's own words speak; the flow adds nothing to trade
    return {**counts, "trade": counts["trade"] + counts["flow"]}


def only_a_flow(language: str, sentence: str) -> bool:
    """Whether the sentence names a flow of goods ("экспорт", "出口") but no goods nor trade
    ("экспорт сохранится на уровне 90–95 млн тонн"): its goods are those the article
    measured before."""
    counts = _cue_counts(language, sentence)
    return bool(counts["flow"]) and not any(counts[label] for label in ("trade", *COMMODITIES))


# The categories of goods that a flow ("进口", "出口") carries other than trade's.
COMMODITIES = ("energy", "resources")


@lexicon_cache
def _weights(language: str) -> dict[str, float]:
    """Each category's weight (its entries' highest)."""
    return {
        label: max((e.weight for e in entries_with(language, "categories", label)), default=1.0)
        for label in _LABELS
    }


@lexicon_cache(maxsize=8192)
def _cue_counts(language: str, text: str) -> dict[str, int]:
    """How many cue words of each category ``text`` holds (a sentence is asked once per
    figure: remembered)."""
    return {
        label: len(lexicon_pattern(language, "categories", label).findall(text))
        for label in (*_LABELS, *_KINDS)
    }


_LABELS = (
    "trade",
    "energy",
    "pipeline",
    "investment",
    "finance",
    "price",
    "economy",
    "resources",
    "tourism",
    "demographics",
    "infrastructure",
    "military",
    "politics",
    "event",
    "other",
)

# The kinds of figure read before the weighted topics (their cues are no category).
_KINDS = ("freight", "capacity", "flow", "passengers")


# A time before a source's name is no part of it ("В марте 2019 года министр ...").
LEADING_TIME = re.compile(r"^.*?(?:19|20)\d\d\s*(?:года|году|г\.)?\s*", re.IGNORECASE)

# A wire's dateline and byline before a name ("新华社北京8月16日电(记者 王)公司", "新华社北京1月12日电
# 海关总署"): no part of it.
WIRE_BYLINE = re.compile(r"^[^，,。]*?\d{1,2}日(?:电|電)\s*(?:[(（][^)）]*[)）])?\s*")

# A date after a source's name ("ГТУ от 13 апреля", "во вторник 14 мая"): no part of it.
TRAILING_DATE = re.compile(r"\s+(?:во?|на|от)\s+(?:\S+\s+)?\d.*$")

# A digit (a name has none: "2019-12-03 05" is a stamp) and a capital letter (a Russian
# speaker is named with one, or by a title).
DIGIT = re.compile(r"\d")
CAPITAL = re.compile(r"[А-ЯЁA-Z]")

# The occasion of a Chinese speaker's words after the name ("在接受人民日报记者采访时",
# "在论坛上"), cut from it; the words are the lexicon's 'occasion'.
OCCASION = r"(?:在|于|於)(?:接受)?[^，,。]{0,30}?(?:{words})(?:时|時|上|中|期间|期間)?\Z"

# A word of "according to" right before an outlet's name ("据" of "据人民日报报道").
ACCORDING_BEFORE = r"(?:{words})\s*\Z"

# A word of a lexicon at the start of a name ("据" of "据海关统计"), cut from it, and at
# its end ("署" of "海关总署": a body, whose title words stay).
LEADING_WORD = r"^(?:{words})"
TRAILING_WORD = r"(?:{words})\Z"

# Words that open the writer's own clause, never a source ("Об этом сообщает ...").
NOT_A_SOURCE_START = re.compile(r"^(?:об\s+этом|при\s+этом|кроме\s+того|также)\b", re.IGNORECASE)


def trim_source(language: str, name: str, case: str | None = None) -> str:
    """A source as the article should give it: a relay's outlet and a date cut off, a
    Russian name in the nominative, a title before a person's name cut ("经理罗志立" keeps
    "罗志立", "глава ассоциации Павел Зуев" keeps "Павел Зуев")."""
    name = name.strip(' \t\n,.;:—-–"“”')
    for opening, closing in (
        "«»",
        "()",
        "（）",
    ):  # a mark keeps its pair: "дилеры (РОАД)", "«Восход»"
        if name.count(opening) != name.count(closing):
            name = name.strip(opening + closing + " ")
    name = WIRE_BYLINE.sub("", name).strip()
    if language == "zh":
        name = ZH_DAY.sub("", name)
        name = lexical_pattern(OCCASION, language, "sources", "occasion").sub("", name)
        titles = lexicon_pattern(language, "sources", "title")
        last = None
        for m in titles.finditer(name):
            last = m
        body = lexical_pattern(TRAILING_WORD, language, "sources", "body_end")
        if last is not None and 2 <= len(name) - last.end() <= 12 and not body.search(name):
            name = name[last.end() :]
        return lexical_pattern(LEADING_WORD, language, "sources", "according").sub("", name)
    name = TRAILING_DATE.sub("", name)
    name = LEADING_TIME.sub("", name)
    if NOT_A_SOURCE_START.match(name):
        return ""
    words = name.split()
    if words and lexicon_pattern(language, "sources", "preposition").fullmatch(words[0]):
        words = words[1:]
        case = case or "loct"
    if not words:
        return ""
    name = nominative(" ".join(words), case)
    person = name_at_end(name)
    if person is not None and lexicon_pattern(language, "sources", "title").search(
        name[: -len(person)]
    ):
        return person  # "министр финансов Антон Силуанов": the person, not the title
    return name


def sources_in(language: str, sentence: str) -> list[Source]:
    """The sources one sentence names, in text order (a relay's outlet is no source)."""
    relays = lexicon_pattern(language, "sources", "relay")
    anaphors = lexicon_pattern(language, "sources", "report_anaphor")
    out: list[Source] = []
    outlets: list[Source] = []  # outlets that report: sources where they relay no one
    for rank, entry in enumerate(entries_with(language, "sources", "source_pattern")):
        assert entry.regex is not None
        for m in re.finditer(entry.regex, sentence, re.MULTILINE):
            raw = m.group("source")
            name = trim_source(language, raw, entry.case)
            if name and relays.fullmatch(name):
                if lexical_pattern(ACCORDING_BEFORE, language, "sources", "according").search(
                    sentence, 0, m.start("source")
                ):  # "据人民日报报道", "по данным ТАСС": the outlet, where it relays no one
                    outlets.append(Source(name, m.start("source"), m.end("source"), "report", rank))
                continue
            if not name or name.lower() in NOT_A_SOURCE or len(name) > 80:
                continue
            if DIGIT.search(name) or relays.match(name):
                continue  # a date line or an outlet that relays, no source
            if (
                entry.kind == "speaker"
                and language == "ru"
                and not CAPITAL.search(name)
                and not lexicon_pattern(language, "sources", "title", "report_anaphor").search(name)
            ):
                continue
            kind = entry.kind or "report"
            start, end = m.start("source"), m.end("source")
            stripped = raw.rstrip(" \t\n,.;:—-–")
            if (
                name != stripped
                and stripped.endswith(name)
                and lexicon_pattern(language, "sources", "title").search(stripped[: -len(name)])
            ):  # "министр финансов Антон Силуанов": the person's words are the name
                start = m.start("source") + len(stripped) - len(name)
                end = start + len(name)
            if PRONOUNS.match(name) or anaphors.fullmatch(raw.strip()) or anaphors.fullmatch(name):
                kind = "pronoun" if PRONOUNS.match(name) else "anaphor"
            out.append(Source(name, start, end, kind, rank, entry.position == "after"))
    if relayed(language, sentence):  # "据塔斯社报道, X表示": X is the source of the report
        out = [replace(s, kind="report") if s.kind == "speaker" else s for s in out]
        if not out and outlets:  # "据人民日报报道" citing no one: the outlet, as in English
            out = [min(outlets, key=lambda s: (s.rank, s.start))]
    points_back = bool(lexicon_pattern(language, "sources", "report_after").search(sentence))
    kept: list[Source] = []
    for source in sorted(out, key=lambda s: (s.rank, s.start)):
        if all(source.end <= k.start or source.start >= k.end for k in kept):
            # a source named after its figures stays so when another pattern names it better
            # ("Об этом пишет РБК со ссылкой на отчет X": X, after its figures)
            backward = any(
                o.backward and o.start < source.end and source.start < o.end for o in out
            )
            kept.append(replace(source, backward=source.backward or backward or points_back))
    return sorted(kept, key=lambda s: s.start)


def relayed(language: str, sentence: str) -> bool:
    """Whether the sentence relays an outlet's report ("据塔斯社报道", "как передает ТАСС"),
    where the speaker it names is the source of the report (a wire's dateline is no relay).

    >>> relayed("zh", "据塔斯社报道,俄罗斯旅游业联盟表示"), relayed("zh", "新华社北京8月16日电 公司宣告")
    (True, False)
    """
    return bool(_relay_pattern(language).search(sentence))


@lexicon_cache
def _relay_pattern(language: str) -> re.Pattern[str]:
    """An outlet with a verb of saying: "据塔斯社报道" (after a word of "according to", in
    its clause), "как передает ТАСС", "ТАСС сообщает"."""
    relays = lexicon_pattern(language, "sources", "relay").pattern
    speech = lexicon_pattern(language, "sources", "speech_verb").pattern
    if language == "zh":
        according = lexicon_pattern(language, "sources", "according").pattern
        return re.compile(
            rf"(?:{according})[^，,。]{{0,12}}?(?:{relays})[^，,。]{{0,12}}?(?:{speech})"
        )
    return re.compile(rf"(?:{speech})\s+(?:{relays})|(?:{relays})\s*(?:{speech})", re.IGNORECASE)


def quoted_spans(language: str, text: str) -> list[tuple[int, int]]:
    """The spans of the quotations of ``text`` (between a language's quotation marks)."""
    opens, closes = QUOTES[language]
    spans = []
    stack: int | None = None
    for i, char in enumerate(text):
        if stack is None and char in opens:
            stack = i
        elif stack is not None and char in closes:
            if i - stack > 15:
                spans.append((stack, i + 1))
            stack = None
    return spans
