"""What looks like a number but is not a quantity: dates, times, years, ranks, scores,
names, addresses, links.

Each pattern has a name and an example. :func:`excluded_spans` marks the stretches of a
sentence no quantity may start in; :class:`NameRules` holds the checks that need to know
whether the number found a unit (a bare "2017" is a year, "2017 tonnes" is not; "iPhone 15"
is a name).

>>> [text for _, _, text, _ in excluded_spans("On May 31, 2018 at 16:20 see x.jpg and G-20")][:3]
['May 31, 2018', '16:20', 'x.jpg']
"""

from __future__ import annotations

import re

from sinorus_facts.common.alternation import words_alternation
from sinorus_facts.lexicons import CalendarEntry, PatternEntry, lexicon_cache, load_lexicon
from sinorus_facts.lexicons.cues import entity_words
from sinorus_facts.quantities.mention import QuantityMention

__all__ = ["MONTH_NAMES", "NameRules", "excluded_spans", "is_year_like", "name_rules"]

# The patterns below that start at a digit open with a look-ahead for it ("(?=\d)"), which
# lets the engine pass over every other character fast; it changes no match.

# A digit anywhere: a text without one has nothing to exclude.
ANY_DIGIT = re.compile(r"\d")

# A web address: "http://example.cn/n3/2019/0415/c1000-5512.html", "www.x.com/2017".
URL = re.compile(r"(?:https?://|www\.)\S+|\b\S+\.(?:com|org|net|cn|ru|gov|edu|info)/\S*")

# An e-mail address: "desk@example.org".
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# A file name: "2204113.jpg", "upload_2019-4-21_10-5-12.png". The look-behind starts a
# match only where a token starts, which keeps a long run of dots linear in time.
FILE_NAME = re.compile(
    r"(?<![^\s\"'()])[^\s\"'()]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|pdf|docx?|xlsx?|pptx?|s?html?|php|aspx?"
    r"|mp[34]|mov|avi|zip|rar|txt|csv|json|xml)\b",
    re.IGNORECASE,
)

# A date written with digits, one separator throughout: "17.11.2017", "2018-03-19",
# "3/19/2018", "2018-3-19"; not the range "2.5-5%".
NUMERIC_DATE = re.compile(r"(?=\d)(?<![\d.])\d{1,4}(?P<sep>[./-])\d{1,2}(?P=sep)\d{1,4}(?![\d%])")

# A clock time: "16:20", "10:14:16", "07:45", "7 p.m.", "9am", "11.15pm".
CLOCK_TIME = re.compile(
    r"(?=\d)(?:(?<!\d)\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)|(?<!\d)\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?<!\d)\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b))",
    re.IGNORECASE,
)

# A span of years: "2018-2020", "2013-2017", "2012-13", "2018/19" (a period, not a range).
YEAR_SPAN = re.compile(
    r"(?=[12])(?<![\d.,])(?:1[5-9]\d\d|20\d\d)\s*[-–—/]\s*(?:1[5-9]\d\d|20\d\d|\d\d)(?![\d%])"
)

# A decade: "1980s", "the '90s", "2010s".
DECADE = re.compile(r"(?=[\d'])(?:(?<![\d.,])(?:1[5-9]|20)?\d0s\b|'\d0s\b)")

# An ordinal: "24th", "23rd", "1st", "21st".
ORDINAL = re.compile(r"(?=\d)(?<![\d.,])\d+(?:st|nd|rd|th)\b", re.IGNORECASE)

# A rank or item number: "No 2", "No. 3", "no.1", "#1", "Number 10".
RANK = re.compile(r"\b(?:No\.?|no\.|Nos\.?|Number|number|#)\s?\d+\b")

# A list marker at the start of a line: "1) US-Russia ...", "2. The ...", "(3) ...".
ENUMERATOR = re.compile(r"(?m)^[ \t]*\(?\d{1,2}[.)](?=\s)")

# A name with a number: "Luna-26", "Su-35", "MH-17", "Luna-Resurs-1", "G-20", "Chang'e-6",
# a model's letters and digits after it ("Kh-32M2", "Su-30MKK"); not the lower-case words of
# "0-to-100" or "now-14".
HYPHENATED_NAME = re.compile(
    r"\b[A-Z][A-Za-z]*(?:['’][a-z]+)?-\d+(?:[A-Z]{1,3}\d{0,2}|[A-Za-z])?\b"
)

# A fraction or ratio written with a slash: "24/7", "1/3".
SLASHED = re.compile(r"(?=\d)(?<![\d.])\d+/\d+(?![\d])")

# A score or a code: two numbers joined by a dash, the second not larger ("won 2-1",
# "at 71-71", "ISO 9001-2"); a dash range has its larger end second. Checked in code.
DASHED_PAIR = re.compile(r"(?=\d)(?<![\d.,\-])(?P<a>\d{1,5})-(?P<b>\d{1,5})(?!\d|[.,]\d|%|-\d)")

# A year read against the year before: the "2011" of "rose 12% in May 2011 year-on-year"
# (a date, not 2,011 years).
YEAR_BEFORE_YEAR_ON_YEAR = re.compile(
    r"(?=[12])(?<![\d.,])(?:1[89]\d\d|20\d\d)(?=[\s\u00a0]+year[\s\u00a0-]+(?:on|over)[\s\u00a0-]+year\b)",
    re.IGNORECASE,
)

# A class written with plus signs: the "4++" of "a 4++ generation fighter", "3+ class".
PLUS_CLASS = re.compile(
    r"(?=\d)(?<![\d.,])\d{1,2}\+{1,3}(?=[\s\u00a0-]*(?:generation|gen|class|grade)\b)",
    re.IGNORECASE,
)

# A period written as months and "M": the "9M" of "in 9M 2019", "for 9M", "in this 9M
# period" or "6M results" (nine or six months), or of "by 9M, " / "by 9M the total" (the
# time by which a clause's figure holds); not the "$9M" of money nor "9M tonnes" nor "rose
# by 9M".
MONTHS_ABBREVIATED = re.compile(
    r"(?<![\w$€£¥.,])(?:[1-9]|1[0-2])M(?=[\s\u00a0]+(?:FY)?(?:19|20)\d\d\b)"
    r"|(?<![\w$€£¥.,])(?:[1-9]|1[0-2])M(?=[\s\u00a0]+(?:period|results)\b)"
    r"|\b(?:for|in|during|over|of)[\s\u00a0]+(?:(?:the|this|that|its|their)[\s\u00a0]+)?(?:[1-9]|1[0-2])M\b(?![\s\u00a0]*(?:[a-z]*s|t|bbl|tons?|tonnes?)\b)"
    r"|\bby[\s\u00a0]+(?:[1-9]|1[0-2])M\b(?=,|[\s\u00a0]+the\b)"
)

# A number alone in brackets, no unit: a reference or a shirt number, "Ivanov (7)".
BRACKETED = re.compile(r"\([ \u00a0]*\d{1,3}[ \u00a0]*\)")

# Words a bare year is read after, whatever follows: "in 2016", "since 2009", "the 2018
# season", "its 2019 sales", "Keytruda's 2018 sales"; a part of a year written short, in
# capitals: "9M 2024 purchases", "H1 2023 imports", "Q3 2024 sales".
YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|during|year|years|early|late|mid|before|after|through|circa"
    r"|the|its|their|his|her|our|this|that|last|next|every)|['’]s"
    r"|\b(?-i:(?:[1-9]|1[0-2])M|[QH][1-4]|[1-4][QH]))[\s\u00a0-]*\Z",
    re.IGNORECASE,
)

# Words a bare year is read after unless a plural noun follows: "to 2020" but "to 1800 hires".
WEAK_YEAR_CONTEXT = re.compile(
    r"\b(?:from|to|of|for|and|or|between|around|than)[\s\u00a0-]*\Z", re.IGNORECASE
)

# A plural-looking lower-case word after a bare four-digit number: "1500 cars".
PLURAL_AFTER = re.compile(r"[ \u00a0]+(?P<word>[a-z]+s)\b")

# Words ending in "s" that are not plural nouns.
NOT_PLURAL = frozenset(
    [
        "was",
        "is",
        "has",
        "as",
        "this",
        "thus",
        "its",
        "his",
        "plus",
        "us",
        "always",
        "across",
        "unless",
        "versus",
        "less",
        "was",
        "does",
        "yes",
        "gas",
        "news",
        "series",
        "means",
    ]
)

# A dash or "to" and a number after a bare number: " - 2600", " to 2000" (a range's end).
RANGE_PARTNER = re.compile(r"[ \u00a0]*(?:[-–—]|to)[ \u00a0]*(?P<digits>\d[\d,]*)")

# A capitalised word (or a camel-cased one) just before a bare number makes it part of a
# name: "Boeing 737", "Section 301", "Group of 20", "Power of Siberia 2", "iPhone 15".
NAME_BEFORE = re.compile(
    r"(?P<word>\b[A-Z][A-Za-z]*|\b[A-Z]{2,}|\b[a-z]+[A-Z][A-Za-z]*)(?:[ \u00a0]+of)?[ \u00a0]+\Z"
)


# A name with a gloss in brackets just before a year: the "2019" of "the Tsentr (Center) 2019
# drills" names the exercise, it counts no drills.
BRACKETED_NAME_BEFORE = re.compile(
    r"\b[A-Z][\w-]*[ \u00a0]*\([^()\n]{1,40}\)[ \u00a0]*[-–]?[ \u00a0]*\Z"
)


# A postal code: five or six digits written without grouping (checked in code), then a
# place name that ends the clause ("119034 Moscow.", "10115 Berlin, Germany"), or after a
# place name and a comma before a stop ("Moscow, 119034.").
POSTCODE_DIGITS = re.compile(r"\d{5,6}")
POSTCODE_PLACE_AFTER = re.compile(
    r"[ \u00a0]+[A-Z][a-z]+(?:[ \u00a0-][A-Z][a-z]+)?[ \u00a0]*(?:[,.;:)]|\Z)"
)
POSTCODE_PLACE_BEFORE = re.compile(r"\b[A-Z][a-z]+,[ \u00a0]\Z")
POSTCODE_END = re.compile(r"[ \u00a0]*(?:[,.;:)]|\Z)")

# Month names that are also common words, matched only capitalised.
CAPITALISED_MONTHS = frozenset({"may", "march", "mar"})


def is_year_like(digits: str) -> bool:
    """A bare four-digit number that reads as a year: "2017", "1689", "1958".

    >>> is_year_like("2017"), is_year_like("3812"), is_year_like("2,017")
    (True, False, False)
    """
    return len(digits) == 4 and digits.isdigit() and 1500 <= int(digits) <= 2199


@lexicon_cache(maxsize=1)
def _months() -> tuple[str, ...]:
    months: list[str] = []
    for entry in load_lexicon("calendar").entries:
        if isinstance(entry, CalendarEntry) and entry.kind == "month":
            months.extend(entry.words)
    return tuple(sorted(months, key=len, reverse=True))


MONTH_NAMES = _months


def _name_words(label: str) -> list[str]:
    words = [
        w
        for e in load_lexicon("number_names").entries
        if isinstance(e, PatternEntry) and e.label == label
        for w in e.words
    ]
    return sorted(words, key=len, reverse=True)


def _alternation(words: list[str]) -> str:
    return words_alternation((" ".join(w.split()) for w in words), blank=r"[ \u00a0]+")


@lexicon_cache(maxsize=1)
def _lexicon_patterns() -> tuple[re.Pattern[str], ...]:
    # Month names in any case ("nov. 14" in lower-cased wire copy), but "May" and "March"
    # only capitalised: "may 12" and "march 5" are more often a verb and a number.
    exact = [m for m in _months() if m.lower().rstrip(".") in CAPITALISED_MONTHS]
    loose = [m for m in _months() if m.lower().rstrip(".") not in CAPITALISED_MONTHS]
    months = (
        "|".join(re.escape(m) for m in exact)
        + "|(?i:"
        + "|".join(re.escape(m) for m in loose)
        + ")"
    )
    # A month then a day (and maybe a year): "May 31", "May 14-15", "Nov. 15, 2018",
    # "January 02, 2018", "December 11-16".
    month_day = re.compile(
        rf"(?=[A-Za-z])\b(?:{months})(?![a-z])\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?!\d|[.,]\d)"
        rf"(?:,?\s+\d{{4}})?"
    )
    # A day then a month (and maybe a year): "16 November 2018", "31 May", "3-4 June".
    day_month = re.compile(
        rf"(?=\d)(?<![\d.,])\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?(?:{months})(?![a-z])"
        rf"(?:,?\s+\d{{4}})?"
    )
    streets = _alternation(_name_words("street"))
    # An address: "14 Tverskaya Street", "7 W 43rd St", "12 Ave Kléber", "10-12 Harbour Road".
    address = re.compile(
        rf"(?=\d)(?<![\d.,])\d{{1,5}}(?:-\d{{1,5}})?[A-Za-z]?[ \u00a0]+(?:(?:[A-Z][\w'’.]*|\d+(?:st|nd|rd|th))[ \u00a0]+){{0,3}}"
        rf"(?:{streets})(?![\w])"
    )
    zones = _alternation(_name_words("time_zone"))
    # A clock time with its zone: "0615 GMT", "1300 UTC", "9 ET".
    zoned_time = re.compile(rf"(?=\d)(?<![\d.,])\d{{1,4}}[ \u00a0]*(?:{zones})\b")
    furniture = _alternation(_name_words("furniture_after"))
    # A counter of page furniture: "0 Comments", "12 Shares", or a line "3 comments".
    counter = re.compile(
        rf"(?<![\d.,])\d[\d,]*[ \u00a0]+(?:{furniture})\b|^[ \t]*\d[\d,]*[ \t]+(?i:{furniture})[ \t]*$",
        re.MULTILINE,
    )
    labels = _alternation(_name_words("label_before"))
    # Numbers of a labelled list: "units 7 and 8", "power units 3 and 4", "blocks 3-4",
    # "phases 2, 3 and 4" (names of things, each number a label, none a count).
    labelled_list = re.compile(
        rf"(?<![\w-])(?i:{labels})s?[ \u00a0]+\d{{1,4}}(?![\d.,]?\d)"
        rf"(?:(?:[ \u00a0]*(?:and|or|&|[-–]|to)[ \u00a0]*|,[ \u00a0]+)\d{{1,4}}(?![\d.,]?\d))+"
        rf"(?![ \u00a0]*(?:%|per[ \u00a0]?cent))"
    )
    gallery = _alternation(_name_words("gallery_noun"))
    # A gallery counter: "1 of 5 photos", "3/12 images".
    gallery_counter = re.compile(
        rf"(?<![\d.,])\d{{1,3}}[ \u00a0]*(?:of|/)[ \u00a0]*\d{{1,3}}[ \u00a0]+(?i:{gallery})\b"
    )
    return month_day, day_month, address, zoned_time, counter, labelled_list, gallery_counter


# A tolerance, no amount: "a margin of error of ±3%", "plus or minus 2.5 percentage points",
# "+/- 4 points" (the figure it qualifies, if any, stands apart: "52% ±3%" keeps the 52).
TOLERANCE = re.compile(
    r"(?:±|\+/-|\+/−|\bplus[ \u00a0]+or[ \u00a0]+minus)[ \u00a0]*\d[\d.,]*"
    r"(?:[ \u00a0]*(?:%|per[ \u00a0]?cent\b|percent\b|(?:percentage[ \u00a0]+)?points?\b))?"
)

# The reading time of page furniture: "2 min read", "5 minute read".
READING_TIME = re.compile(r"(?<![\d.,])\d{1,2}[ \u00a0-]?min(?:ute)?s?\.?[ \u00a0]+read\b")

# A place in a ranked list, no count: "Top 10 facts about the bridge", "the top 5 exporters";
# not the verb before an amount ("may top 95 million tonnes", "to top 300 billion").
TOP_RANK = re.compile(
    r"\b[Tt]op[ \u00a0-]\d{1,3}\b(?![.,]\d|[ \u00a0]*(?:%|per[ \u00a0]?cent"
    r"|(?:thousand|million|billion|trillion|mln|bln|bn)\b))"
)

# A power written with a caret, a notation and no amount: "10^9", "2^-3".
POWER = re.compile(r"(?<![\d.,])\d[\d.,]*[ \u00a0]*\^[ \u00a0]*[-−]?\d*")

# A title in quotes: "the film \u201c9 Nights in Omsk\u201d", 'the book "100 Years of Friendship"';
# an opening quote right after a space or a bracket, a closing one before a space or a mark.
QUOTED = re.compile(
    r"(?:(?<=[\s(])|^)[\"\u201c](?P<inner>[^\"\u201c\u201d\n]{3,80})[\"\u201d](?=[\s,.;:)]|$)"
)

# A word of a title: a capitalised word or a number (checked word by word against the small
# words a title may hold in lower case).
TITLE_WORD = re.compile(r"[\w'’&+-]+")


def _is_title(inner: str, small: frozenset[str]) -> bool:
    """A quoted run that reads as a title: a number, two or more capitalised words, every
    other word one of the small words ("9 Nights in Omsk"; not "we will ship 5 million")."""
    words = TITLE_WORD.findall(inner)
    capitalised = 0
    has_number = False
    for word in words:
        if word[0].isdigit():
            has_number = True
        elif word[0].isupper():
            capitalised += 1
        elif word.lower() not in small:
            return False
    return has_number and capitalised >= 2


# Marks some patterns cannot match without: a text with none of them skips the pattern
# (a web address holds "/" or "www.", an e-mail "@", a decade "0s", a span a dash or "/").
NEEDED_MARKS: dict[re.Pattern[str], tuple[str, ...]] = {
    URL: ("/", "www."),
    EMAIL: ("@",),
    DECADE: ("0s",),
    YEAR_SPAN: ("-", "–", "—", "/"),
    HYPHENATED_NAME: ("-",),
    SLASHED: ("/",),
    TOLERANCE: ("±", "+/", "minus"),
    POWER: ("^",),
    READING_TIME: (" read",),
    TOP_RANK: ("op ", "op-", "op\u00a0"),
}


@lexicon_cache(maxsize=1024)
def excluded_spans(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """Spans of ``text`` that hold numbers that are not quantities: (start, end, text, why),
    worked out once per text (the finder and the ledger both ask of a sentence)."""
    if not ANY_DIGIT.search(text):
        return ()  # every pattern below holds a digit
    (
        month_day,
        day_month,
        address,
        zoned_time,
        counter,
        labelled_list,
        gallery_counter,
    ) = _lexicon_patterns()
    found: list[tuple[int, int, str, str]] = []
    named = (
        ("url", URL),
        ("email", EMAIL),
        ("file", FILE_NAME),
        ("date", month_day),
        ("date", day_month),
        ("date", NUMERIC_DATE),
        ("time", CLOCK_TIME),
        ("time", zoned_time),
        ("years", YEAR_SPAN),
        ("decade", DECADE),
        ("ordinal", ORDINAL),
        ("rank", RANK),
        ("enumerator", ENUMERATOR),
        ("name", HYPHENATED_NAME),
        ("ratio", SLASHED),
        ("address", address),
        ("reference", BRACKETED),
        ("date", YEAR_BEFORE_YEAR_ON_YEAR),
        ("name", PLUS_CLASS),
        ("period", MONTHS_ABBREVIATED),
        ("name", labelled_list),
        ("furniture", counter),
        ("furniture", gallery_counter),
        ("tolerance", TOLERANCE),
        ("notation", POWER),
        ("furniture", READING_TIME),
        ("rank", TOP_RANK),
    )
    for why, pattern in named:
        needed = NEEDED_MARKS.get(pattern)
        if needed is not None and not any(mark in text for mark in needed):
            continue  # the pattern cannot match a text without one of these marks
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), match.group(0), why))
    if '"' in text or "\u201c" in text:
        small = _title_small_words()
        for match in QUOTED.finditer(text):
            if _is_title(match.group("inner"), small):
                found.append((match.start(), match.end(), match.group(0), "title"))
    if "-" not in text:
        found.sort()
        return tuple(found)
    for match in DASHED_PAIR.finditer(text):
        if int(match.group("a")) >= int(match.group("b")) and not YEAR_SPAN.fullmatch(
            match.group(0)
        ):
            found.append((match.start(), match.end(), match.group(0), "score"))
    found.sort()
    return tuple(found)


class NameRules:
    """The checks that drop a bare number once its unit is known: years and names."""

    def __init__(self) -> None:
        eras = _alternation(_name_words("era"))
        # An era mark around a year: "A.D. 1200", "300 BC".
        self.era_before = re.compile(rf"(?<![\w.])(?:{eras})[ \u00a0]+\Z")
        self.era_after = re.compile(rf"[ \u00a0]+(?:{eras})(?![\w])")
        # The second year of an era span: the "1300" of "between A.D. 1200 and 1300".
        self.era_span_before = re.compile(
            rf"(?<![\w.])(?:{eras})[ \u00a0]+\d{{1,4}}[ \u00a0]*(?:[-–]|to|and)[ \u00a0]*\Z"
        )
        # A word of a product model after a number: "15 Pro", "23 Ultra".
        self.model_after = re.compile(
            rf"[ \u00a0]+(?:{_alternation(_name_words('model_suffix'))})\b"
        )
        # Banknotes named by their value, and the words that open them: "a $50 bill".
        self.denominations = frozenset(w.lower() for w in _name_words("denomination"))
        self.denomination_before = re.compile(
            rf"\b(?:{_alternation(_name_words('denomination_determiner'))})[ \u00a0]+\Z",
            re.IGNORECASE,
        )
        # A word before a bracketed amount that makes the brackets a minus: "was ($3.7 million)".
        self.accounting_before = re.compile(
            rf"\b(?:{_alternation(_name_words('accounting_negative_before'))})[ \u00a0]*:?[ \u00a0]*\Z",
            re.IGNORECASE,
        )
        # A straight quote or apostrophe glued to a number as an inch or foot mark: the marks
        # of "5'8\"", "5' 8\"", "9\" wide", "6' tall" (never a closing quote: '"a 5" he said').
        self.length_mark = re.compile(
            rf"""(?P<mark>["'])(?=[ \u00a0]?\d{{1,2}}(?:\.\d+)?["″]|[ \u00a0]+(?:{_alternation(_name_words("dimension_after"))})\b)"""
        )
        self.inch_after_feet = re.compile(r"\d['′][ \u00a0]?\Z")
        # Words that make the bare number after them an age, maybe through a bound or a
        # range's first end: "aged 45", "at the age of 70", "aged over 65", "aged 18 to 30".
        self.age_before = re.compile(
            rf"\b(?:{_alternation(_name_words('age_before'))})[ \u00a0]+"
            r"(?:(?:between|from|about|around|over|under|nearly|almost)[ \u00a0]+)?"
            r"(?:\d{1,3}[ \u00a0]*(?:-|–|to|and)[ \u00a0]*)?\Z",
            re.IGNORECASE,
        )
        # A noun that labels the number after it: "category 5", "level 3", "phase 2".
        self.label_before = re.compile(
            rf"\b(?:{_alternation(_name_words('label_before'))})[ \u00a0]+\Z", re.IGNORECASE
        )

    def is_year_or_name(self, text: str, core: object, mention: QuantityMention) -> bool:
        """Whether a bare number (no unit, scale or change) is a year or part of a name;
        or a year of a name before what it seems to count ("the Peace Mission 2018 troops",
        "in May 2019 soldiers": no 2,018 troops)."""
        if self._named_year_before_a_count(text, mention):
            return True
        bare = mention.unit is None and not mention.scaled and mention.change is None
        if (
            not bare
            or getattr(core, "words", False)
            or mention.vague
            or getattr(core, "fraction", False)
        ):
            return False
        start, end = mention.number_start, mention.number_end
        digits = text[start:end]
        if self.era_before.search(text[max(0, start - 8) : start]) or self.era_after.match(
            text, end
        ):
            return True
        if self.era_span_before.search(text[max(0, start - 20) : start]):
            return True
        if is_year_like(digits):
            return self._is_year(text, start, end)
        if POSTCODE_DIGITS.fullmatch(digits) and (
            POSTCODE_PLACE_AFTER.match(text, end)
            or (
                POSTCODE_PLACE_BEFORE.search(text[max(0, start - 30) : start])
                and POSTCODE_END.match(text, end)
            )
        ):
            return True  # "119034 Moscow.", "Moscow, 119034": a postcode
        if self.model_after.match(text, end) or self.label_before.search(
            text[max(0, start - 14) : start]
        ):
            return True
        if GROUPED_DIGITS.fullmatch(digits) and GAPPED_SUBJECT_BEFORE.search(
            text[max(0, start - 60) : start]
        ):
            return False  # "Geely sold 52,000 cars, and Haval 39,000": a conjunct's own figure
        return "." not in digits and _name_word_before(text, start)

    @staticmethod
    def _named_year_before_a_count(text: str, mention: QuantityMention) -> bool:
        if (
            mention.unit_kind != "count"
            or mention.scaled
            or mention.change is not None
            or mention.bound != "="
        ):
            return False
        start, end = mention.number_start, mention.number_end
        return is_year_like(text[start:end]) and _name_word_before(text, start)

    @staticmethod
    def _is_year(text: str, start: int, end: int) -> bool:
        before = text[max(0, start - 12) : start]
        if YEAR_CONTEXT.search(before) or (
            NAME_BEFORE.search(before) and not WEAK_YEAR_CONTEXT.search(before)
        ):
            return True
        if BRACKETED_NAME_BEFORE.search(text[max(0, start - 60) : start]):
            return True  # "the Tsentr (Center) 2019 drills": the exercise's name
        plural = PLURAL_AFTER.match(text, end)
        if (
            plural
            and plural.group("word") not in NOT_PLURAL
            and plural.group("word") not in _year_nouns()
        ):
            return False  # "1800 hires", but "1996 sales" is the year's
        partner = RANGE_PARTNER.match(text, end)  # "about 2000 - 2600 tonnes" is no year
        return not (partner and not is_year_like(partner.group("digits").replace(",", "")))


# Digits grouped by thousands ("39,000", "1,250,000"): an amount, the way no model or edition
# number is written.
GROUPED_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+")

# A conjunction (or a comma) and the subject of a clause whose verb is left out, right before
# its number: ", and Haval ", " while Inner Mongolia ", ", Chery ".
GAPPED_SUBJECT_BEFORE = re.compile(
    r"(?:,|\b(?:and|while|whereas))[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w'’&.-]*(?:[ \u00a0]+[A-Z][\w'’&.-]*){0,2}[ \u00a0]+\Z"
)


def _name_word_before(text: str, start: int) -> bool:
    """Whether a name's word (NAME_BEFORE) stands right before ``start``, not as the first
    word of a sentence: "Boeing 737", "the Joint Sea 2016 sailors"; not "Exports 2,000"."""
    before = text[max(0, start - 40) : start]
    name = NAME_BEFORE.search(before)
    if name is not None and _place_given_to(before, name):
        return False  # "Russia sold China 24 jets": a place a verb gives something to
    return name is not None and not _starts_a_sentence(
        text, start - (len(before) - name.start("word"))
    )


# A verb's word right before a place that receives what the number counts: "sold China ",
# "gave Russia " (not a preposition or an article: "in Moscow 24" stays as it was).
VERB_BEFORE_PLACE = re.compile(r"\b(?P<verb>[a-z]+)[ \u00a0]+\Z")


def _place_given_to(before: str, name: re.Match[str]) -> bool:
    """Whether the name right before a number is a country, city or region that a verb
    before it gives or sends something to ("sold China 24 fighter jets")."""
    if name.group("word") not in entity_words("country", "city", "region"):
        return False
    verb = VERB_BEFORE_PLACE.search(before[: name.start("word")])
    return verb is not None and verb.group("verb") not in NOT_A_GIVING_VERB


# Function words that may stand before a place and a name's number ("in Moscow 24").
NOT_A_GIVING_VERB = frozenset(
    {"in", "at", "of", "to", "from", "for", "by", "on", "the", "a", "an", "and", "or", "with"}
)


# What may stand between a sentence's end and its first word: spaces, opening quotes and brackets.
SENTENCE_OPENERS = " \t\u00a0\"'“‘«(["
# Opening quotes: after one, a colon or comma also opens a sentence ('he said: "Some 300 ...').
QUOTE_OPENERS = '"“‘«'


def _starts_a_sentence(text: str, position: int) -> bool:
    """Whether the word at ``position`` opens a sentence (a capital there is no name's):
    "Some" in '... last year. "Some 450 tourists came', in 'he said: "Some 450 ...' or at
    the start of a line."""
    before = text[:position].rstrip(SENTENCE_OPENERS)
    quoted = any(mark in text[len(before) : position] for mark in QUOTE_OPENERS)
    return (
        not before
        or before.endswith((".", "!", "?", "\n", "\r"))
        or (quoted and before.endswith((":", ",")))
    )


@lexicon_cache(maxsize=1)
def _title_small_words() -> frozenset[str]:
    return frozenset(_name_words("title_small_word"))


@lexicon_cache(maxsize=1)
def _year_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in _name_words("year_noun"))


@lexicon_cache(maxsize=1)
def name_rules() -> NameRules:
    """The name rules built from the installed lexicons (cached)."""
    return NameRules()
