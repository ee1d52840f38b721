"""Every ``Doc._`` attribute the library sets, in one table, registered once.

Values are plain data (dicts, lists, strings), so Docs pickle and travel between
processes (``nlp.pipe(n_process=2)``).

| attribute         | set by             | holds                                             |
|-------------------|--------------------|---------------------------------------------------|
| ``sf_context``    | the caller         | ``{"reference_date": "YYYY-MM-DD" or None, ...}`` |
| ``sf_quantities`` | sinorus_quantities | one dict per quantity (QuantityMention.to_dict)   |
| ``sf_timexes``    | sinorus_timexes    | one dict per time expression (Timex.to_dict)      |
| ``sf_claims``     | sinorus_claims     | one dict per claim draft (sentence level)         |

``text_of(doc)`` gives a Doc's text, built once: spaCy's ``doc.text`` joins the tokens
anew at every access, and the components read it once per figure and time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

from sinorus_facts.errors import SinorusError

__all__ = ["EXTENSIONS", "forget", "made_from", "per_doc", "register_extensions", "text_of"]

T = TypeVar("T")

# Where :func:`text_of` keeps a Doc's text (``Doc.user_data``, which spaCy leaves to users).
TEXT_KEY = "sinorus_facts.text"

# What :func:`per_doc` worked out, per Doc (gone with the Doc).
_MEMOS: WeakKeyDictionary[Doc, dict[str, Any]] = WeakKeyDictionary()

EXTENSIONS: dict[str, str] = {
    "sf_context": "what the caller knows of the text: its reference date (and, for a date "
    "inferred from the text, the earliest day the page can have been written)",
    "sf_quantities": "the quantities found in the text",
    "sf_timexes": "the time expressions found in the text",
    "sf_claims": "the claim drafts assembled from them",
}


def register_extensions() -> None:
    """Register every extension (default None); fail loudly on a clashing definition."""
    for name in EXTENSIONS:
        if Doc.has_extension(name):
            default, method, getter, setter = Doc.get_extension(name)
            if default is not None or method or getter or setter:
                raise SinorusError(
                    f"Doc._.{name} is already defined by other code in another way; "
                    "sinorus-facts needs it as a plain attribute"
                )
            continue
        Doc.set_extension(name, default=None)


def per_doc(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """``compute(doc)``, worked out once per Doc and kept beside it under ``key`` (for what
    every figure of a sentence asks: its time words, its lexicon names, its cues). The
    memo lives as long as the Doc and stays out of ``doc.user_data``, which must hold
    plain data for the Doc to pickle.

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose 5%.")
    >>> per_doc(doc, "sinorus_facts.example", len), per_doc(doc, "sinorus_facts.example", lambda d: 0)
    (5, 5)
    """
    memo = _MEMOS.get(doc)
    if memo is None:
        memo = _MEMOS[doc] = {}
    if key not in memo:
        memo[key] = compute(doc)
    return memo[key]  # type: ignore[no-any-return]


def forget(doc: Doc) -> None:
    """Let go what :func:`per_doc` kept for ``doc``. A memo that holds the Doc's tokens or
    spans keeps the Doc alive (it is no weak reference), so the component that reads the
    memos last lets them go.

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose 5%.")
    >>> per_doc(doc, "sinorus_facts.example", lambda d: d[0]).text
    'Exports'
    >>> forget(doc); doc in _MEMOS
    False
    """
    _MEMOS.pop(doc, None)


def text_of(doc: Doc) -> str:
    """``doc.text``, joined from the tokens once per Doc and kept in ``doc.user_data``
    (a Doc's text does not change: merging or splitting tokens keeps it).

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose 5%.")
    >>> text_of(doc) == doc.text, text_of(doc) is text_of(doc)
    (True, True)
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def made_from(doc: Doc, text: str) -> Doc:
    """``doc``, which the tokenizer made from ``text``, with ``text`` kept as what
    :func:`text_of` gives (a tokenizer keeps every character, so the tokens join to it
    again: joining them costs as much as tokenizing).

    >>> import spacy
    >>> text = "Exports rose 5%."
    >>> text_of(made_from(spacy.blank("en").make_doc(text), text)) is text
    True
    """
    doc.user_data[TEXT_KEY] = text
    return doc
