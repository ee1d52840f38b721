"""Properties that hold for any text (hypothesis): extraction never raises, every offset is
inside the text, ``text[quantity_start:quantity_end] == quantity`` (and the same for the
sentence and the period's words), and every value is a finite number.

Three generators: arbitrary Unicode (control characters, every script); text built from
the pieces news figures are made of, as sentences and in any order, which reaches deep into
the quantity, period and claim code; and such a sentence inside arbitrary Unicode. The full pipeline runs on every example (the model is loaded once
for the session; a text without a figure never reaches it).
"""

from __future__ import annotations

import math
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from sinorus_facts import extract
from sinorus_facts.ingest.language import without_surrogates
from sinorus_facts.models import Claim

EXAMPLES = 400

# A lone surrogate, which no UTF-8 file can hold: "\udcff".
SURROGATE = re.compile("[\ud800-\udfff]")

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# What figures in news are made of (written for this test).
_PIECES = [
    "0",
    "7",
    "15",
    "2018",
    "1,250",
    "3.5",
    "12.000.000",
    "1 000",
    "18,8",
    ".5",
    "99999999999",
    "1e9",
    "one",
    "twenty-five",
    "a hundred",
    "half",
    "dozens of",
    "thousands of",
    "twice",
    "doubled",
    "-fold",
    "%",
    "percent",
    "per cent",
    "bn",
    "billion",
    "mln",
    "million",
    "trillion",
    "k",
    "$",
    "US$",
    "€",
    "£",
    "¥",
    "rubles",
    "yuan",
    "tons",
    "tonnes",
    "bcm",
    "cubic meters",
    "km",
    "kilometers",
    "barrels per day",
    "a year",
    "per",
    "/",
    "more than",
    "up to",
    "about",
    "nearly",
    "at least",
    "over",
    "under",
    "between",
    "and",
    "to",
    "from",
    "rose",
    "fell",
    "increased by",
    "dropped",
    "up",
    "down",
    "expected to",
    "will",
    "plans to",
    "said",
    "according to",
    "Putin",
    "China",
    "Russia's",
    "Gazprom",
    "in",
    "since",
    "by",
    "January",
    "May 31",
    "Q3",
    "the first half of",
    "last year",
    "2017-2019",
    "2018/19",
    "in the 1990s",
    "No. 3",
    "Su-35",
    "G20",
    "3:45",
    "(",
    ")",
    '"',
    "“",
    "”",
    "'",
    ",",
    ".",
    ";",
    "-",
    "–",
    "—",
    "…",
    "\n",
    "\n\n",
    "\u00a0",
    "\t",
    "\udcff",
    "<p>",
    "</p>",
    "&amp;",
    "http://x.ru/2018/05",
    "a.jpg",
    "Mr.",
    "U.S.",
    "Прибыль",
    "亿元",
]

_SEPARATORS = st.sampled_from(["", " ", " ", " ", "\n", ", ", ". ", "-", "\u00a0"])

# Pieces in any order.
jumble = st.lists(st.tuples(st.sampled_from(_PIECES), _SEPARATORS), max_size=30).map(
    lambda parts: "".join(piece + sep for piece, sep in parts)
)

# Sentences in the order of a figure of news, each part drawn at random.
_number = st.one_of(
    st.integers(0, 10**13).map(lambda n: f"{n:,}"),
    st.integers(0, 10**6).map(str),
    st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:.{len(str(int(x))) % 3}f}"),
    st.sampled_from(
        ["one", "two", "twelve", "a hundred", "three and a half", "dozens", "hundreds of"]
    ),
)
_parts = (
    st.sampled_from(
        [
            "Trade",
            "Exports of crude",
            "Gas supplies",
            "Investment",
            "The deal",
            "Tourist arrivals",
            "Output",
            "He said trade",
            "“Imports",
            "Revenue of Gazprom",
        ]
    ),
    st.sampled_from(
        [
            " rose ",
            " fell ",
            " reached ",
            " totaled ",
            " increased by ",
            " is expected to reach ",
            " exceeded ",
            " stood at ",
            " will double to ",
            " dropped from ",
        ]
    ),
    st.sampled_from(["", "more than ", "about ", "up to ", "nearly ", "some ", "between "]),
    st.sampled_from(["", "$", "US$", "€", "£", "¥", "RUB "]),
    _number,
    st.sampled_from(
        ["", " million", " billion", "bn", " trillion", " thousand", "-fold", " times"]
    ),
    st.sampled_from(
        [
            "",
            " dollars",
            " tonnes",
            "%",
            " percent",
            " cubic meters",
            " rubles",
            " barrels a day",
            " yuan",
            " people",
            " km",
            " tourists",
        ]
    ),
    st.sampled_from(
        ["", " to 5", " and 7 million", " from 3", " per year", " a month", " year-on-year"]
    ),
    st.sampled_from(
        [
            "",
            " in 2018",
            " last year",
            " in the first half",
            " from January to May",
            " by 2025",
            " in Q1",
            " since 2014",
            " this month",
            " on May 31",
        ]
    ),
    st.sampled_from(
        ["", ", Xinhua reported", ", he said", ", according to customs", " (about 5%)", "”"]
    ),
    st.sampled_from([".", "", ". ", "!", ";", "\n"]),
)
sentence = st.tuples(*_parts).map("".join)

newsy_text = st.lists(st.one_of(sentence, sentence, jumble), min_size=1, max_size=5).flatmap(
    lambda chunks: st.sampled_from([" ", "\n", "\n\n", " \u00a0"]).map(lambda sep: sep.join(chunks))
)

# Every code point, lone surrogates too, and often (a JSON line may hold "\udcff").
any_character = st.one_of(
    st.characters(exclude_categories=()), st.sampled_from(["\udcff", "\ud83d", "\udfff"])
)
any_text = st.text(any_character, max_size=400)

# A figure of news inside arbitrary text: odd characters right beside the offsets.
figure_in_noise = st.tuples(
    st.text(any_character, max_size=60), sentence, st.text(any_character, max_size=60)
).map("".join)


def _violations(given: str, claims: list[Claim]) -> list[str]:
    """What is wrong with the claims of the text ``given`` (nothing, when the properties
    hold). A lone surrogate stands as U+FFFD in the text the library reads."""
    text = without_surrogates(given)
    wrong = []
    for claim in claims:
        e = claim.evidence
        if not (
            0
            <= e.sentence_start
            <= e.quantity_start
            < e.quantity_end
            <= e.sentence_end
            <= len(text)
        ):
            wrong.append(f"offsets out of order or outside the text: {e}")
        if text[e.quantity_start : e.quantity_end] != e.quantity:
            wrong.append(f"quantity {e.quantity!r} is not at {e.quantity_start}:{e.quantity_end}")
        if text[e.sentence_start : e.sentence_end] != e.sentence:
            wrong.append(f"sentence is not at {e.sentence_start}:{e.sentence_end}")
        period = claim.period
        if (
            period is not None
            and period.text_start is not None
            and period.text_end is not None
            and text[period.text_start : period.text_end] != period.text
        ):
            wrong.append(f"period {period.text!r} is not at {period.text_start}:{period.text_end}")
        if SURROGATE.search(claim.model_dump_json()):
            wrong.append("a lone surrogate in the claim: it cannot be written as UTF-8")
        numbers = [claim.value, claim.high, claim.from_value]
        if not all(math.isfinite(n) for n in numbers if n is not None):
            wrong.append(f"a value that is not a finite number: {numbers}")
    return wrong


@SETTINGS
@given(text=any_text)
def test_any_text(nlp: Language, text: str) -> None:
    assert _violations(text, extract(text, doc_id="any")) == []


@SETTINGS
@given(text=newsy_text)
def test_text_made_of_the_pieces_of_figures(nlp: Language, text: str) -> None:
    assert _violations(text, extract(text, doc_id="newsy", published="2019-06-30")) == []


@SETTINGS
@given(text=figure_in_noise)
def test_a_figure_inside_arbitrary_text(nlp: Language, text: str) -> None:
    assert _violations(text, extract(text, doc_id="noise")) == []
