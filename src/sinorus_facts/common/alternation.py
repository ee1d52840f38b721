"""One regex alternative for a set of words, as a trie: the engine steps through the letters
once instead of trying every word at every place ("ten|tenth|thirty" becomes
``t(?:en(?:th)?|hirty)``). The words match as they would in a plain alternation with the
longer ones first, so the longest word wins where one begins another.

>>> words_alternation(["ten", "tenth", "thirty"])
't(?:en(?:th)?|hirty)'
>>> import re
>>> re.fullmatch(words_alternation(["a.m.", "am"]), "a.m.") is not None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["words_alternation"]

_END = ""  # the key of a trie node that marks a word's end


def words_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (each escaped), the longest first where two start
    alike: the same matches as ``"|".join(sorted(words, key=len, reverse=True))``."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[_END] = {}
    return _pattern(trie) if trie else "(?!)"


def _pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    """The regex of one trie node: its branches, longest first (a word's end comes last, so
    "tenth" is tried before "ten")."""
    branches = [re.escape(c) + _pattern(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        return body if _END not in node else (body + "?" if len(body) == 1 else f"(?:{body})?")
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if _END in node else body
