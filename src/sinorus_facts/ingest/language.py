"""What kind of text is this? Cheap tests by script, function words and control characters
(no model), run on every document before analysis.

Non-English text gives no claims (and is reported as such) rather than garbage; a binary
file read as text gives an error rather than figures made of its bytes; a lone surrogate
becomes U+FFFD rather than an error in the model or in the output.

>>> guess_language("Trade between China and Russia rose by 15 percent in April.")
'en'
>>> guess_language("Товарооборот между Россией и Китаем вырос на 15 процентов.")
'cyrillic'
>>> looks_binary("PK\\x03\\x04\\x14\\x00\\x06\\x00" * 20), looks_binary("Trade rose 5%.\\n")
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["guess_language", "looks_binary"]

# English function words: a text of English prose has several in every hundred words.
ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "by",
        "was",
        "at",
        "from",
        "are",
        "be",
        "this",
        "it",
        "an",
        "were",
        "has",
        "have",
        "its",
        "which",
        "or",
        "will",
        "said",
        "not",
        "their",
        "been",
        "than",
        "after",
        "also",
        "more",
        "but",
    ]
)

# A word of Latin letters: "trade", "Russia's".
LATIN_WORD = re.compile(r"[A-Za-z]+")

# One ASCII letter: the "T" of "Trade" (every one a Latin letter).
ASCII_LETTER = re.compile(r"[A-Za-z]")

# One character outside ASCII: the "é" of "augmenté", the "Т" of "Товарооборот".
NON_ASCII = re.compile(r"[^\x00-\x7f]")

# How much of a text the tests read: its language and kind show in its first characters,
# and a 20 MB page is judged as fast as a short one.
SAMPLE = 100_000

# Control characters that text does not hold (everything below U+0020 but tab, line feed,
# vertical tab, form feed and carriage return; and DEL): "\x00", "\x03".
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# The share of control characters above which a "text" is a binary file read as text:
# random bytes read as a single-byte code page give about 11%; a stray NUL or two in a
# scraped paragraph (2 in 108 characters) must not cost the text its figures.
BINARY_SHARE = 0.05
# The fewest letters of another script that make a short text that script's: two Chinese
# characters ("增长") or Cyrillic letters are no English.
MIN_SCRIPT_LETTERS = 2

# A lone surrogate: a code point no UTF-8 text can hold, which a JSON line may still carry
# as an escape ("\\udcff") and a Python string may hold.
SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (one code point for one, so
    every offset stays): what no UTF-8 file can hold cannot reach the model or the output.

    >>> without_surrogates("Trade rose 5% \\udcff in May.") == "Trade rose 5% \\ufffd in May."
    True
    """
    return SURROGATE.sub("\ufffd", text) if SURROGATE.search(text) else text


def looks_binary(text: str) -> bool:
    """True when ``text`` holds more than 5% control characters (NUL, ETX, ...): the
    bytes of an image, an archive or a PDF decoded as if they were text."""
    sample = text[:SAMPLE]
    if not sample:
        return False
    return len(CONTROL.findall(sample)) > BINARY_SHARE * len(sample)


def _without_repeats(words: list[str]) -> list[str]:
    """The words with each run of one word kept once: a page that repeats "billion" sixty
    times ("1 billion, 2 billion, ...") says nothing about its language sixty times.

    >>> _without_repeats(["billion", "billion", "trade", "billion"])
    ['billion', 'trade', 'billion']
    """
    return [w for i, w in enumerate(words) if i == 0 or words[i - 1] != w]


def guess_language(text: str) -> str:
    """'en' for English; else the script seen ('cyrillic', 'cjk', 'arabic', 'other') or
    'latin' for another language written in Latin letters. A short text is 'en' unless most of
    its letters are of another script.

    >>> guess_language("Le commerce entre la Chine et la Russie a augmenté de 15 pour cent, "
    ...                "selon les douanes, qui ont publié les chiffres du mois de mai dans la "
    ...                "matinée de lundi avec les données des autres pays de la région.")
    'latin'
    >>> guess_language("Экспорт вырос на 5%."), guess_language("出口增长5%。"), guess_language("Up 5%.")
    ('cyrillic', 'cjk', 'en')
    """
    sample = text[:SAMPLE]
    counts = {
        "latin": len(ASCII_LETTER.findall(sample)),
        "cyrillic": 0,
        "cjk": 0,
        "arabic": 0,
        "other": 0,
    }
    for char in NON_ASCII.findall(
        sample
    ):  # ASCII letters are Latin: only the rest is read one by one
        if not char.isalpha():
            continue
        code = ord(char)
        if code < 0x250:
            counts["latin"] += 1
        elif 0x400 <= code < 0x530:
            counts["cyrillic"] += 1
        elif 0x3040 <= code < 0xA000 or 0xAC00 <= code < 0xD7B0:
            counts["cjk"] += 1
        elif 0x600 <= code < 0x700:
            counts["arabic"] += 1
        else:
            counts["other"] += 1
    letters = sum(counts.values())
    script = max(counts, key=lambda k: counts[k])
    if letters < 20:
        # Too few letters to tell one Latin language from another; but a short text written
        # mostly in another script is in that script ("Экспорт вырос на 5%.", "出口增长5%。").
        if (
            script != "latin"
            and counts[script] >= MIN_SCRIPT_LETTERS
            and counts["latin"] < counts[script]
        ):
            return script
        return "en"
    if script != "latin" or counts["latin"] < 0.5 * letters:
        return script if script != "latin" else "other"
    words = _without_repeats([w.lower() for w in LATIN_WORD.findall(sample)])
    if len(words) >= 30 and sum(w in ENGLISH_WORDS for w in words) < 0.06 * len(words):
        return "latin"
    return "en"
