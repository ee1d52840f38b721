"""Is a text English? A cheap test by script and function words (no model).

Non-English text gives no claims (and is reported as such) rather than garbage.

>>> guess_language("Trade between China and Russia rose by 15 percent in April.")
'en'
>>> guess_language("Товарооборот между Россией и Китаем вырос на 15 процентов.")
'cyrillic'
"""

from __future__ import annotations

import re

__all__ = ["guess_language"]

# English function words: a text of English prose has several in every hundred words.
ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as by was at from are be this it an were has "
    "have its which or will said not their been than after also more but".split()
)

# A word of Latin letters: "trade", "Russia's".
LATIN_WORD = re.compile(r"[A-Za-z]+")


def guess_language(text: str) -> str:
    """'en' for English; else the script seen ('cyrillic', 'cjk', 'arabic', 'other') or
    'latin' for another language written in Latin letters. Text too short to tell is 'en'."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return "en"
    counts = {"latin": 0, "cyrillic": 0, "cjk": 0, "arabic": 0, "other": 0}
    for char in letters:
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
    script = max(counts, key=lambda k: counts[k])
    if script != "latin" or counts["latin"] < 0.5 * len(letters):
        return script if script != "latin" else "other"
    words = [w.lower() for w in LATIN_WORD.findall(text)]
    if len(words) >= 30 and sum(w in ENGLISH_WORDS for w in words) < 0.06 * len(words):
        return "latin"
    return "en"
