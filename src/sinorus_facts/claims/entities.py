"""Entities a claim is about: countries, organisations, companies, projects, each under
one name (the entities lexicon: "PRC" and "Beijing" are China).

>>> entities_in("Gazprom will supply China via Power of Siberia 2, the PRC said.")
('Gazprom', 'China', 'Power of Siberia 2')
"""

from __future__ import annotations

import re
from functools import lru_cache

from sinorus_facts.claims.cues import cue_entries

__all__ = ["entities_in"]


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for entry in cue_entries("entities"):
        for word in entry.words:
            names.setdefault(word, entry.label)
    words = sorted(names, key=len, reverse=True)
    # Any entity name as whole words, longest first: "Power of Siberia 2" before "Power of Siberia".
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
    return pattern, names


def entities_in(text: str) -> tuple[str, ...]:
    """The canonical names of the entities ``text`` mentions, in order of first mention."""
    pattern, names = _matcher()
    seen: list[str] = []
    for match in pattern.finditer(text):
        label = names[match.group(0)]
        if label not in seen:
            seen.append(label)
    return tuple(seen)
