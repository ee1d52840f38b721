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


def words_alternation(
    words: Iterable[str], *, blank: str | None = None, word_end: str | None = None
) -> str:
    r"""A regex matching any of ``words`` (each escaped), the longest first where two start
    alike: the same matches as ``"|".join(sorted(words, key=len, reverse=True))``.

    ``blank``, if given, is what a space of a word matches (``r"[ \u00a0]+"``: any run of
    blanks); ``word_end``, if given, follows every word that ends in a letter or digit
    (``r"(?![^\W_])"``: a whole word).

    >>> pattern = words_alternation(["per cent", "percent"], blank=r"[ ]+", word_end=r"(?!\w)")
    >>> pattern
    'per(?:[ ]+cent(?!\\w)|cent(?!\\w))'
    >>> re.match(pattern, "per  cent") is not None, re.match(pattern, "percentage") is None
    (True, True)
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for character in word:
            node = node.setdefault(character, {})
        node[_END] = {}
    return _pattern(trie, "", blank, word_end) if trie else "(?!)"


def _pattern(node: dict[str, dict], last: str, blank: str | None, word_end: str | None) -> str:  # type: ignore[type-arg]
    """The regex of one trie node reached by the character ``last``: its branches, longest
    first (a word's end comes last, so "tenth" is tried before "ten")."""
    branches = [
        (blank if c == " " and blank is not None else re.escape(c))
        + _pattern(child, c, blank, word_end)
        for c, child in sorted(node.items())
        if c
    ]
    ending = word_end if word_end is not None and last.isalnum() else ""
    if _END in node and ending:
        return "(?:" + "|".join([*branches, ending]) + ")" if branches else ending
    if not branches:
        return ""
    if len(branches) == 1:
        body = branches[0]
        return body if _END not in node else (body + "?" if len(body) == 1 else f"(?:{body})?")
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if _END in node else body
