"""Which quantities are claims (GUIDELINES.md): not bare numbers, not incidental counts
("the two countries", "one of the largest"), not frames of time ("the past six years").

>>> from sinorus_facts.quantities.finder import find_quantities
>>> text = "The two countries traded for eight years during the past six years."
>>> [(q.text, why_not_a_claim(text, q)) for q in find_quantities(text)]
[('two', 'bare number'), ('eight years', None), ('six years', 'frame of time')]
>>> text = "Putin, 65, opened a 5G network."
>>> [(q.text, why_not_a_claim(text, q)) for q in find_quantities(text)]
[('65', 'age in apposition'), ('5G', 'names a thing')]
>>> [why_not_a_claim(t, find_quantities(t)[0]) for t in ("The 59-year-old minister spoke.", "A 3000-year-old tomb was found.")]
['age of a person', 'age of a thing']
>>> [why_not_a_claim(t, find_quantities(t)[0]) for t in ("Last year the figure was 31,500.", "He counted 31,500.")]
[None, 'bare number']
"""

from __future__ import annotations

import re

from sinorus_facts.lexicons import lexicon_cache
from sinorus_facts.lexicons.cues import cue_entries, cue_words
from sinorus_facts.quantities.mention import QuantityMention
from sinorus_facts.quantities.refine import (
    a_part_of_a_count,
    counted_subject,
    opens_a_partition,
    remainder_before,
)

__all__ = ["why_not_a_claim"]


def _name_units() -> frozenset[str]:
    """Unit codes, exact case, whose figures name a thing ("5G")."""
    return frozenset(
        w for e in cue_entries("claim_filters") if e.label == "name_unit" for w in e.words
    )


# The word before a figure (with an opening quote between): "the" in 'the “three evils'.
WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z']+)[\s\u00a0]+[\"“‘']?\Z")

# The words after a figure: "ago" in "six years ago".
WORDS_AFTER = re.compile(r"[\s\u00a0]+(?P<words>[A-Za-z]+(?:[\s\u00a0]+[A-Za-z]+)?)")


def _names_a_person(text: str, end: int) -> bool:
    after = WORDS_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group("words").split()[0].lower()
    return word in cue_words("claim_filters", "person_word") or word in cue_words(
        "attribution", "person_role"
    )


@lexicon_cache(maxsize=1)
def _figure_subjects() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(e.regex, re.IGNORECASE)
        for e in cue_entries("claim_filters")
        if e.label == "figure_subject" and e.regex
    )


# How far before a bare number "the number of ... was" may start (characters): the counted
# phrase may hold a clause ("the number of Chinese students who enrolled at universities in Kazan this autumn").
FIGURE_SUBJECT_REACH = 100


def _said_to_be_a_figure(text: str, start: int) -> bool:
    """Whether a bare number is what "the figure", "the total" or "the death toll" is."""
    before = text[max(0, start - FIGURE_SUBJECT_REACH) : start]
    return any(pattern.search(before) for pattern in _figure_subjects())


@lexicon_cache(maxsize=1)
def _existential_counts() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(e.regex, re.IGNORECASE)
        for e in cue_entries("claim_filters")
        if e.label == "existential_count" and e.regex
    )


# A number in digits of three or more ("29,000", "640"), no year ("2019").
COUNT_IN_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d\b)\d{3,}")
# The end of a clause right after a figure: "29,000." / "29,000, the ministry said".
CLAUSE_END_AFTER = re.compile(r"[\s\u00a0]*(?:[.;,)]|\Z)")
# How far before a figure "there were" is looked for (characters).
THERE_BE_REACH = 40


def _counted_by_there_be(text: str, mention: QuantityMention) -> bool:
    """Whether a bare number in digits ends a clause after "there were": it counts what
    the article named before ("Russia had 52,000 trucks crossing last year. Five years ago
    there were 29,000.")."""
    start = max(0, mention.start - THERE_BE_REACH)
    if "there" not in text[start : mention.start].lower():
        return False  # (a cheap gate before the patterns)
    return (
        COUNT_IN_DIGITS.fullmatch(text, mention.number_start, mention.number_end) is not None
        and CLAUSE_END_AFTER.match(text, mention.end) is not None
        and any(p.search(text, start, mention.start) for p in _existential_counts())
    )


@lexicon_cache(maxsize=1)
def _frame_after_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(e.regex, re.IGNORECASE)
        for e in cue_entries("claim_filters")
        if e.label == "frame_after_pattern" and e.regex
    )


# Words before a figure, the last one first: "only", "in" for "in only five years".
WORDS_BEFORE = re.compile(r"[A-Za-z']+")

# A figure just before: "$3.6 bln " in "$3.6 bln over six months", "5 million tonnes ".
FIGURE_BEFORE = re.compile(
    r"\d(?:[\d.,]*\d)?[ \u00a0]*(?:%|per[ \u00a0]?cent|[A-Za-z$€£¥]{1,12}\.?)?[ \u00a0),]*\Z"
)

# A figure, its unit word and the words after it, before an amount of money: "8.7 yuan per "
# in "8.7 yuan per 100 roubles" (the words are checked against the lexicon).
FIGURE_AND_WORDS_BEFORE = re.compile(
    r"\d[\d.,]*[ \u00a0]*[A-Za-z$€£¥]{1,12}\.?[ \u00a0]+(?P<words>[a-z]+(?:[ \u00a0]+[a-z]+)?)[ \u00a0]+\Z"
)

# What a year compared with stands after: "over" in "a 29% increase over 2021".
COMPARED_YEAR_BEFORE = re.compile(
    r"\b(?:over|from|than|versus|vs\.?|since|compared[ \u00a0]+(?:with|to))[ \u00a0]*\Z",
    re.IGNORECASE,
)

# Marks that may stand before the first word of a sentence: quotes, brackets, dashes.
OPENING_MARKS = " \t\n\u00a0\"“‘'(-—"

# A year-like whole number: 1900 to 2099.
YEAR_VALUE = re.compile(r"(?:19|20)\d\d")

# An amount of money that buys another, after the amount: " bought more than 18".
RATE_AFTER = re.compile(
    r"[ \u00a0]+(?P<verb>[a-z]+(?:[ \u00a0]+[a-z]+){0,2}?)[ \u00a0]+(?:(?:more|less|fewer)[ \u00a0]+than[ \u00a0]+|about[ \u00a0]+|almost[ \u00a0]+|nearly[ \u00a0]+|just[ \u00a0]+)?[$€£¥]?\d"
)

# Time counted in a row inside a duration: "consecutive" in "over four consecutive years" (a
# run, a figure, whatever verb comes before).
IN_A_ROW_WORDS = re.compile(r"\b(?:consecutive|straight|successive)\b", re.IGNORECASE)

# A small count written in words: "two" to "nine".
SMALL_COUNT_WORD = re.compile(r"(?i)(?:two|three|four|five|six|seven|eight|nine)\b")


@lexicon_cache(maxsize=1)
def _term_before() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(e.regex, re.IGNORECASE)
        for e in cue_entries("claim_filters")
        if e.label == "term_before" and e.regex
    )


# "over the next " or "for the coming " right before a duration.
NEXT_BEFORE = re.compile(
    r"\b(?:over|for|during)[\s\u00a0]+the[\s\u00a0]+(?:next|coming|following)[\s\u00a0]+\Z",
    re.IGNORECASE,
)

# The clause before a figure: back to the last stop, semicolon or comma.
CLAUSE_BEFORE = re.compile(r"[^.;,!?]*\Z")


def _a_term_or_run(text: str, start: int, frame_word: str) -> bool:
    """Whether a duration after a frame word states a term or a run, not a frame: "for the
    next 20 years", "will last five days", "the first drop in five years"."""
    before = text[max(0, start - 40) : start]
    if any(p.search(before) for p in _term_before()):
        return True
    if NEXT_BEFORE.search(before) and any(
        w in cue_words("claim_filters", "term_noun")
        for w in WORDS_BEFORE.findall(text[:start].lower())
    ):
        return True  # "signed a contract to supply grain over the next 12 years"
    if frame_word != "in":
        return False
    clause = CLAUSE_BEFORE.search(text[max(0, start - 80) : start])
    words = WORDS_BEFORE.findall(clause.group(0).lower()) if clause else []
    return any(w in cue_words("claim_filters", "run_word") for w in words[:-1])


def _frame_word_before(text: str, start: int) -> str:
    """The word before a duration, past the fillers of a frame: "in" for "in only five
    years" and "in the six months"."""
    words = WORDS_BEFORE.findall(text[max(0, start - 40) : start])
    fillers = cue_words("claim_filters", "frame_filler")
    while words and words[-1].lower() in fillers:
        words.pop()
    return words[-1].lower() if words else ""


def _basis_of_a_rate(text: str, mention: QuantityMention) -> bool:
    """Whether an amount of money is what a rate is read against: the "100 roubles" of
    "100 roubles bought more than 18 yuan"."""
    after = RATE_AFTER.match(text, mention.end)
    if after is not None and after.group("verb").lower() in cue_words("claim_filters", "rate_verb"):
        return True
    before = FIGURE_AND_WORDS_BEFORE.search(text[max(0, mention.start - 40) : mention.start])
    return before is not None and " ".join(before.group("words").lower().split()) in cue_words(
        "claim_filters", "rate_basis_before"
    )


def _year_compared_with(text: str, mention: QuantityMention) -> bool:
    """Whether a unitless number is the year a change is measured from ("a 29% increase
    over 2021")."""
    if mention.unit is not None or mention.multiplier != 1:
        return False
    digits = text[mention.number_start : mention.number_end]
    before = text[max(0, mention.number_start - 20) : mention.number_start]
    return bool(YEAR_VALUE.fullmatch(digits) and COMPARED_YEAR_BEFORE.search(before))


def _anecdote(text: str, mention: QuantityMention) -> bool:
    """Whether a small count in words tells a story ("with two college girls")."""
    counted = (mention.counted or "").lower()
    return bool(
        counted
        and SMALL_COUNT_WORD.match(text, mention.number_start)
        and any(
            counted == w or counted.endswith(" " + w)
            for w in cue_words("claim_filters", "anecdote_person")
        )
    )


def why_not_a_claim(text: str, mention: QuantityMention) -> str | None:
    """The reason ``mention`` (found in ``text``) is not a claim, or None if it is one."""
    bare = (
        mention.unit is None
        and mention.multiplier == 1
        and mention.change is None
        and not mention.vague
    )
    if _year_compared_with(text, mention):
        return "year compared with"  # "a 29% increase over 2021"
    if (
        bare
        and not _said_to_be_a_figure(text, mention.start)
        and not _said_to_be_a_figure(text, mention.number_start)  # "the figure exceeded 400,000"
        and counted_subject(text, mention.start) is None
        and not a_part_of_a_count(text, mention)
        and not _counted_by_there_be(text, mention)
    ):
        return "bare number"  # ("visits grew 2.5-fold to 312,400" counts the visits)
    if mention.unit in _name_units():
        return "names a thing"
    if mention.unit_kind == "age" and mention.unit_text is None:
        return "age in apposition"  # "Senard, 65, said": who someone is, not a figure
    if mention.unit_kind == "age" and _names_a_person(text, mention.end):
        return "age of a person"  # "the 59-year-old minister"
    if mention.unit_kind == "age" and mention.attributive:
        return "age of a thing"  # "a 3000-year-old tomb" describes it; "is 50 years old" stays
    if mention.unit_kind == "currency" and _basis_of_a_rate(text, mention):
        return "basis of a rate"  # "100 roubles bought more than 18 yuan"
    if mention.change is None and _anecdote(text, mention):
        return "incidental count"  # "caught with two college girls"
    if mention.change is None and (mention.unit_text or "").lower() in cue_words(
        "claim_filters", "not_counted"
    ):
        return "incidental count"  # "agreed 5 points"; but "the index fell 190 points" is a claim
    before = WORD_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
    word = before.group("word").lower() if before else ""
    if mention.unit in ("count", "person") and mention.multiplier == 1 and not mention.vague:
        if mention.value == 1 and mention.bound == "=":
            return "a count of one"
        if (
            word in cue_words("claim_filters", "anaphoric_determiner")
            and not (
                mention.counted is None
                and not mention.unit_text
                and remainder_before(text, mention.start)
            )
            and (mention.word_number or not opens_a_partition(text, mention.start))
        ):  # ("the other 700", "another 300": the rest of a count or more of it, not "the other
            # two countries", "another two officials"; "Of the 180 companies registered, 64
            # ...": the whole it parts, but not "Of the two leaders")
            return "refers to things already named"
        counted = (mention.counted or "").lower().split()
        if counted and counted[-1] in cue_words("claim_filters", "not_counted"):
            return "incidental count"
    if (
        mention.unit_kind == "duration"
        and text[mention.start : mention.end].lower().startswith("over")
        and word in cue_words("claim_filters", "change_verb_before_span")
        and IN_A_ROW_WORDS.search(text, mention.start, mention.end) is None
    ):
        return "frame of time"  # "the situation had worsened over six months"
    if mention.unit_kind == "duration" and mention.attributive and mention.change is None:
        after = WORDS_AFTER.match(text, mention.end)
        next_word = after.group("words").lower().split()[0] if after else ""
        if next_word in cue_words("claim_filters", "time_noun"):
            return "frame of time"  # "the 10-month period", "its one-year anniversary"
    if mention.unit_kind == "duration" and not mention.attributive and mention.change is None:
        frame_words = cue_words("claim_filters", "frame_word")
        frame = _frame_word_before(text, mention.start)
        first = text[mention.start : mention.number_start].split()
        if mention.bound in ("<", "<=") and first and first[0].lower() in frame_words:
            frame = first[0].lower()  # "within five years": a bound word that opens a frame
        if frame in frame_words and not _a_term_or_run(text, mention.start, frame):
            return "frame of time"  # "in the six months", "in only five years"
        if mention.value == 1 and word in cue_words("claim_filters", "modal"):
            return "idiom of time"  # "might one day rival"
        if any(p.match(text, mention.end) for p in _frame_after_patterns()):
            return "frame of time"  # "for 9 months of the season", "for 9 months 2018/19"
        if (
            (mention.bound == ">" or "spread_over" in mention.flags)
            and text[mention.start : mention.end].lower().startswith("over")
            and FIGURE_BEFORE.search(text[max(0, mention.start - 30) : mention.start])
        ):
            return "frame of time"  # "$3.6 bln over six months": the span of the sum
        if (
            text[mention.start : mention.end].lower().startswith("over")
            and not text[: mention.start].strip(OPENING_MARKS)
            and text[mention.end :].lstrip().startswith(",")
        ):
            return "frame of time"  # "Over seven months, trade grew 11%": the span of what follows
        after = WORDS_AFTER.match(text, mention.end)
        if after and any(
            after.group("words").lower().startswith(w)
            for w in cue_words("claim_filters", "frame_after")
        ):
            return "frame of time"
    return None
